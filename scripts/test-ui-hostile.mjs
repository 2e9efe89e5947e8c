#!/usr/bin/env node
// UI proof that feed text is data, in a REAL VS Code workbench (code-server + Chromium, offline), driven with
// playwright-core as a user would: a local server on 127.0.0.1 serves test/fixtures/feeds/hostile.json (rounds whose
// name, programs and tie-break texts carry <img onerror>, <script>, javascript: links, Markdown and HTML anchors, and a
// "round number" that is a command link); the extension refreshes from it (command palette), then the Draws view's
// tooltip, a hover in a Markdown file, the notifications and the chart are shown. In the page and in every frame
// (webviews included) the script checks: the hostile text is visible literally, no element from it exists
// (img[src="x"], scripts, iframes, javascript:/evil.example/command: links), and the marker window.__pwned that
// every payload would set stays undefined. The third refresh gets a 500 whose status line is a command link.
//
//   node scripts/test-ui-hostile.mjs          # after `npm run build`
//
// Screenshots: screenshots/hostile-*.png. Ends with "vscode hostile ui tests: N passed, M failed"; exit 1 on failure.
// Env: VERBOSE=1 for code-server's and the page's logs; EE_UI_TIMEOUT_S (default 300) overall timeout.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import {
  ROOT, checkBuilt, ensureCodeServer, launchBrowser, makeWorkspace, onCleanup, runMain, say, startCodeServer, waitForWorkbench,
  workbenchUrl,
} from './lib/workbench.mjs';
import { assert, assertIncludes, check, dismissNotifications, findWebviewFrame, hoverOver, quickOpen, runCommand, results, widenSidebar } from './lib/workbenchUi.mjs';

const TAG = 'test-ui-hostile';
const verbose = !!process.env.VERBOSE;
const TIMEOUT_MS = Number(process.env.EE_UI_TIMEOUT_S || 300) * 1000;
const SHOTS = join(ROOT, 'screenshots');
const FEED = readFileSync(join(ROOT, 'test/fixtures/feeds/hostile.json'));
const HOSTILE_LABEL = 'Img src x onerror window pwned 1 beekeeping occupations';
const NOTES = 'Round 441 was held on 2026-09-03.\n\nThen #442 on September 4, 2026.\n';

await runMain(TAG, TIMEOUT_MS, async () => {
  let setupError;
  try {
    await run();
  } catch (e) {
    setupError = e;
    console.error(`\n${TAG}: ERROR: ${e && e.message ? e.message : e}`);
    if (verbose && e && e.stack) console.error(e.stack);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (setupError ? 1 : 0);
  console.log(`\nvscode hostile ui tests: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
});

/** The hostile feed twice (new rounds, then "no new rounds" with the skipped round's message), then a 500. */
async function startHostileServer() {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (hits <= 2) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': FEED.length, 'cache-control': 'no-store' });
      res.end(FEED);
    } else {
      res.writeHead(500, '[Open a terminal](command:workbench.action.terminal.new)');
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const close = () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); });
  onCleanup(close);
  return { url: `http://127.0.0.1:${server.address().port}/ee_rounds_123_en.json`, hits: () => hits };
}

/** In the page and every frame: nothing from the feed became an element, and no payload ran. */
async function assertNothingInjected(page, when) {
  const problems = [];
  let frames = 0;
  for (const frame of page.frames()) {
    let found;
    try {
      found = await frame.evaluate(() => ({
        url: location.href.slice(0, 80),
        pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
        imgX: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.querySelectorAll('script')].filter((s) => /__pwned/.test(s.textContent || '')).length,
        handlers: document.querySelectorAll('[onerror], [onload*="__pwned"], [onclick*="__pwned"]').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
        evil: document.querySelectorAll('a[href*="evil.example"], iframe[src*="evil.example"], img[src*="evil.example"]').length,
        commandLinks: [...document.querySelectorAll('.notifications-toasts a, .notifications-center a, .monaco-hover a, .workbench-hover a')]
          .filter((a) => /command:/.test(a.getAttribute('href') || '') || /command:|Open a terminal|Run this/.test(a.textContent || '')).length,
      }));
    } catch {
      continue; // a frame navigating away
    }
    frames++;
    for (const [k, v] of Object.entries(found)) {
      if (k === 'url') continue;
      if ((k === 'pwned' && v !== null) || (k !== 'pwned' && v !== 0)) problems.push(`${found.url}: ${k} = ${v}`);
    }
  }
  assert(frames >= 1, 'no frame could be inspected');
  assert(problems.length === 0, `${when}: injected content found:\n${problems.join('\n')}`);
  return frames;
}

async function run() {
  checkBuilt('dist/chart.js');
  ensureCodeServer();
  mkdirSync(SHOTS, { recursive: true });

  const feed = await startHostileServer();
  say(TAG, `hostile feed at ${feed.url}`);
  const workspace = makeWorkspace();
  writeFileSync(join(workspace, 'hostile.md'), NOTES);
  const server = await startCodeServer({
    userSettings: {
      'workbench.colorTheme': 'Default Light+',
      'expressEntry.feedUrl': feed.url,
      'expressEntry.autoRefreshHours': 0,
      'editor.fontSize': 14,
      'editor.hover.delay': 200,
      'workbench.hover.delay': 300,
      'breadcrumbs.enabled': false,
      'workbench.editor.enablePreview': false,
    },
    log: verbose ? (l) => console.log(`  server| ${l}`) : undefined,
  });
  say(TAG, `code-server on ${server.origin}; workspace ${workspace}`);

  const { page } = await launchBrowser({ viewport: { width: 1400, height: 860 } });
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => verbose && m.type() === 'error' && console.log(`  page| ${m.text()}`));
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT }), { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await waitForWorkbench(page);
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench.vscode-theme-defaults-themes-light_plus-json', { timeout: 60_000 }).catch(() => {});
  say(TAG, 'workbench is up');
  await dismissNotifications(page);
  const shot = async (name) => {
    const file = join(SHOTS, name);
    await page.screenshot({ path: file });
    say(TAG, `screenshot ${file.replace(ROOT + '/', '')}`);
  };

  // ---------------------------------------------------------------- refresh from the hostile feed
  await check('"Express Entry: Refresh Rounds" takes the hostile feed: "2 new Express Entry rounds"', async () => {
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /2 new Express Entry rounds/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    assertIncludes(await toast.innerText(), '#442', 'the notification');
    assert(feed.hits() === 1, `${feed.hits()} requests`);
  });
  await dismissNotifications(page);

  // ---------------------------------------------------------------- the Draws view: a tooltip
  await check('the Draws view shows the hostile round under a plain label; its tooltip shows the markup as text', async () => {
    const icon = page.locator('.activitybar .action-item a[aria-label^="Express Entry"], .activitybar .action-item[aria-label^="Express Entry"]').first();
    await icon.click();
    await widenSidebar(page, 560, [1100, 700]);
    const draws = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Draws/i }) }).first();
    await draws.waitFor({ timeout: 30_000 });
    const header = draws.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // Room for every latest round: fold the other views; the new category is listed last.
    for (const title of ['Statistics', 'Candidate']) {
      const other = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();
      const h = other.locator('.pane-header').first();
      if ((await h.getAttribute('aria-expanded').catch(() => null)) === 'true') await h.click();
    }
    await draws.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
    const row = draws.locator('.monaco-list-row', { hasText: HOSTILE_LABEL }).first();
    for (let i = 0; i < 20 && !(await row.isVisible()); i++) {
      const list = await draws.locator('.monaco-list').first().boundingBox();
      await page.mouse.move(list.x + list.width / 2, list.y + Math.min(list.height / 2, 60));
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(200);
    }
    await row.waitFor({ timeout: 30_000 });
    assertIncludes((await row.innerText()).replace(/\s+/g, ' '), 'CRS 477', 'the hostile row');
    const tooltip = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Beekeeping occupations' }).first();
    for (let attempt = 0; attempt < 4; attempt++) {
      const box = await row.locator('.label-name, .monaco-icon-label').first().boundingBox();
      await page.mouse.move(box.x + 20, box.y - 60);
      await page.waitForTimeout(200);
      await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
      if (await tooltip.waitFor({ timeout: 6000 }).then(() => true, () => false)) break;
    }
    const text = await tooltip.innerText();
    assertIncludes(text, '<img src=x onerror="window.__pwned=1"> Beekeeping occupations', 'the tooltip');
    assertIncludes(text, '<script>window.__pwned=2</script>', 'the tooltip');
    assertIncludes(text, '[x](javascript:window.__pwned=3) **bold** <b>html</b>', 'the tooltip');
    assertIncludes(text, '[tie](javascript:window.__pwned=4)', 'the tooltip');
    await assertNothingInjected(page, 'with the tooltip open');
    await shot('hostile-tree-tooltip.png');
  });
  await page.mouse.move(1100, 700);
  await page.keyboard.press('Escape');

  // ---------------------------------------------------------------- a hover in a Markdown file
  await check('hovering "Round 441" in hostile.md shows the round with its markup as text', async () => {
    await quickOpen(page, 'hostile.md');
    await page.locator('.editor-group-container .tab', { hasText: 'hostile.md' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: '441' }).first().waitFor({ timeout: 30_000 });
    const text = await hoverOver(page, '441');
    assertIncludes(text, '<img src=x onerror="window.__pwned=1"> Beekeeping occupations', 'the hover');
    assertIncludes(text, '<script>window.__pwned=2</script>', 'the hover');
    assertIncludes(text, '**bold**', 'the hover');
    const frames = await assertNothingInjected(page, 'with the hover open');
    console.log(`      ${frames} frames inspected`);
    await shot('hostile-hover.png');
  });
  await page.keyboard.press('Escape');
  await check('hovering the date 2026-09-03 names the round by its plain label', async () => {
    const text = await hoverOver(page, '2026-09-03');
    assertIncludes(text, HOSTILE_LABEL, 'the date hover');
    assertIncludes(text, '441', 'the date hover');
    await assertNothingInjected(page, 'with the date hover open');
  });
  await page.keyboard.press('Escape');

  // ---------------------------------------------------------------- notifications quote without links
  await check('a notification quoting the feed (a skipped round whose "number" is a command link) shows it as text', async () => {
    await dismissNotifications(page);
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /No new rounds/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    const text = (await toast.innerText()).replace(/\s+/g, ' ');
    assertIncludes(text, '[Run this] (command:workbench.action.files.newUntitledFile)', 'the notification');
    assert((await toast.locator('.notification-list-item-message a').count()) === 0, 'the notification message has a link');
    await assertNothingInjected(page, 'with the notification');
  });
  await check("a server's status line that is a command link is shown as text", async () => {
    await dismissNotifications(page);
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /Refresh failed/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    const text = (await toast.innerText()).replace(/\s+/g, ' ');
    assertIncludes(text, 'answered 500 [Open a terminal] (command:workbench.action.terminal.new)', 'the error notification');
    assert((await toast.locator('.notification-list-item-message a').count()) === 0, 'the error notification message has a link');
    await assertNothingInjected(page, 'with the error notification');
    assert((await page.locator('.terminal-wrapper, .xterm').count()) === 0, 'a terminal was opened');
    // Both messages in the notification centre, expanded, for the picture.
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    await center.waitFor({ timeout: 15_000 });
    for (const toggle of await center.locator('.codicon-notifications-expand').all()) await toggle.click({ timeout: 2000 }).catch(() => {});
    await page.waitForTimeout(400);
    const all = (await center.innerText()).replace(/\s+/g, ' ');
    assertIncludes(all, '(command:workbench.action.terminal.new)', 'the notification centre');
    assert((await center.locator('.notification-list-item-message a').count()) === 0, 'a link in the notification centre');
    await shot('hostile-notification.png');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
  });
  await dismissNotifications(page);

  // ---------------------------------------------------------------- the chart
  await check('the chart of the hostile category: plain labels in a webview with a strict CSP, no injected content', async () => {
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'Express Entry: Show Cut-off Chart');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: /categories/i }).waitFor({ timeout: 30_000 });
    await page.locator('.quick-input-widget input').first().fill('beekeeping');
    await widget.locator('.monaco-list-row', { hasText: HOSTILE_LABEL }).first().click();
    await page.keyboard.press('Enter');
    await widget.locator('.quick-input-title', { hasText: /CRS score/i }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const frame = await findWebviewFrame(page, '#chart', 45_000);
    assert(frame, 'no webview frame with #chart');
    await frame.waitForFunction(() => document.querySelector('#chart svg'), null, { timeout: 30_000 });
    const legend = (await frame.locator('#legend').innerText()).replace(/\s+/g, ' ');
    assertIncludes(legend, HOSTILE_LABEL, 'the legend');
    const csp = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '');
    assert(/default-src 'none'/.test(csp) && /script-src 'nonce-/.test(csp) && !/unsafe-inline|unsafe-eval/.test(csp), `CSP: ${csp}`);
    await page.mouse.move(1000, 780);
    await page.waitForTimeout(600);
    await assertNothingInjected(page, 'with the chart open');
    await shot('hostile-chart.png');
  });

  await check('nothing ran: no dialog, hostile.md unchanged and not dirty', async () => {
    assert(dialogs.length === 0, `dialogs: ${dialogs.join(' | ')}`);
    assert(readFileSync(join(workspace, 'hostile.md'), 'utf8') === NOTES, 'hostile.md changed on disk');
    assert((await page.locator('.editor-group-container .tab.dirty').count()) === 0, 'an editor is dirty');
    await assertNothingInjected(page, 'at the end');
  });
}

// ------------------------------------------------------------------ workbench helpers (as in scripts/test-ui.mjs)

