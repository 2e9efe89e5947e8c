// Feed text is data, in a REAL VS Code workbench (code-server + Chromium, offline), used as a person would: a local
// server on 127.0.0.1 serves test/fixtures/feeds/hostile.json (rounds whose name, programs and tie-break texts carry
// <img onerror>, <script>, javascript: links, Markdown and HTML anchors, and a "round number" that is a command link);
// the extension refreshes from it, then the Draws view's tooltip, a hover in a Markdown file, the notifications and
// the chart are shown. In the page and in every frame (webviews included) the tests check: the hostile text is
// visible literally, no element from it exists, and the marker window.__pwned that every payload would set stays
// undefined. The third refresh gets a 500 whose status line is a command link.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkBuilt, makeWorkspace, onCleanup, say } from '../workbench/harness';
import { ROOT, openWorkbench, type Workbench } from './session';
import { dismissNotifications, expandPane, findWebviewFrame, hoverOver, openExpressEntry, pane, quickOpen, runCommand, widenSidebar } from './workbenchUi';

const TAG = 'ui-hostile';
const FEED = readFileSync(join(ROOT, 'test/fixtures/feeds/hostile.json'));
const HOSTILE_LABEL = 'Img src x onerror window pwned 1 beekeeping occupations';
const NOTES = 'Round 441 was held on 2026-09-03.\n\nThen #442 on September 4, 2026.\n';

/** The hostile feed twice (new rounds, then "no new rounds" with the skipped round's message), then a 500. */
async function startHostileServer(): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    if (hits <= 2) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': FEED.length, 'cache-control': 'no-store' });
      res.end(FEED);
    } else {
      res.writeHead(500, '[Open a terminal](command:workbench.action.terminal.new)');
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onCleanup(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ee_rounds_123_en.json`, hits: () => hits };
}

/** In the page and every frame: nothing from the feed became an element, and no payload ran. Returns the frames seen. */
async function expectNothingInjected(page: Page, when: string): Promise<number> {
  const problems: string[] = [];
  let frames = 0;
  for (const frame of page.frames()) {
    let found: Record<string, string | number | null>;
    try {
      found = await frame.evaluate(() => ({
        url: location.href.slice(0, 80),
        pwned: typeof (window as { __pwned?: unknown }).__pwned === 'undefined' ? null : String((window as { __pwned?: unknown }).__pwned),
        imgX: document.querySelectorAll('img[src="x"]').length,
        scripts: Array.from(document.querySelectorAll('script')).filter((s) => /__pwned/.test(s.textContent || '')).length,
        handlers: document.querySelectorAll('[onerror], [onload*="__pwned"], [onclick*="__pwned"]').length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
        evil: document.querySelectorAll('a[href*="evil.example"], iframe[src*="evil.example"], img[src*="evil.example"]').length,
        commandLinks: Array.from(document.querySelectorAll('.notifications-toasts a, .notifications-center a, .monaco-hover a, .workbench-hover a'))
          .filter((a) => /command:/.test(a.getAttribute('href') || '') || /command:|Open a terminal|Run this/.test(a.textContent || '')).length,
      }));
    } catch {
      continue; // a frame navigating away
    }
    frames++;
    for (const [k, v] of Object.entries(found)) {
      if (k === 'url') continue;
      if ((k === 'pwned' && v !== null) || (k !== 'pwned' && v !== 0)) problems.push(`${String(found['url'])}: ${k} = ${String(v)}`);
    }
  }
  expect(frames, 'frames that could be inspected').toBeGreaterThanOrEqual(1);
  expect(problems, `${when}: injected content found`).toEqual([]);
  return frames;
}

test.describe('vscode hostile ui tests', () => {
  test.describe.configure({ mode: 'serial' });
  let wb: Workbench;
  let page: Page;
  let workspace: string;
  let feed: { url: string; hits: () => number };
  const dialogs: string[] = [];

  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(300_000);
    checkBuilt('dist/chart.js');
    feed = await startHostileServer();
    say(TAG, `hostile feed at ${feed.url}`);
    workspace = makeWorkspace();
    writeFileSync(join(workspace, 'hostile.md'), NOTES);
    wb = await openWorkbench(browser, TAG, {
      workspace,
      extensionDevelopmentPath: ROOT,
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
    });
    page = wb.page;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await dismissNotifications(page);
  });

  test.afterAll(async () => {
    await wb?.close();
  });

  // ---------------------------------------------------------------- refresh from the hostile feed
  test('"Express Entry: Refresh Rounds" takes the hostile feed: "2 new Express Entry rounds"', async () => {
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /2 new Express Entry rounds/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    expect(await toast.innerText()).toContain('#442');
    expect(feed.hits(), 'requests to the feed').toBe(1);
    await dismissNotifications(page);
  });

  // ---------------------------------------------------------------- the Draws view: a tooltip
  test('the Draws view shows the hostile round under a plain label; its tooltip shows the markup as text', async () => {
    await openExpressEntry(page);
    await widenSidebar(page, 560, [1100, 700]);
    const draws = pane(page, 'Draws');
    await draws.waitFor({ timeout: 30_000 });
    await expandPane(draws);
    // Room for every latest round: fold the other views; the new category is listed last.
    for (const title of ['Statistics', 'Candidate']) {
      const h = pane(page, title).locator('.pane-header').first();
      if ((await h.getAttribute('aria-expanded').catch(() => null)) === 'true') await h.click();
    }
    await draws.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
    const row = draws.locator('.monaco-list-row', { hasText: HOSTILE_LABEL }).first();
    for (let i = 0; i < 20 && !(await row.isVisible()); i++) {
      const list = await draws.locator('.monaco-list').first().boundingBox();
      if (list) await page.mouse.move(list.x + list.width / 2, list.y + Math.min(list.height / 2, 60));
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(200);
    }
    await row.waitFor({ timeout: 30_000 });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('CRS 477');
    const tooltip = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Beekeeping occupations' }).first();
    for (let attempt = 0; attempt < 4; attempt++) {
      const box = await row.locator('.label-name, .monaco-icon-label').first().boundingBox();
      if (!box) continue;
      await page.mouse.move(box.x + 20, box.y - 60);
      await page.waitForTimeout(200);
      await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
      if (await tooltip.waitFor({ timeout: 6000 }).then(() => true, () => false)) break;
    }
    const text = await tooltip.innerText();
    expect(text).toContain('<img src=x onerror="window.__pwned=1"> Beekeeping occupations');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(text).toContain('[x](javascript:window.__pwned=3) **bold** <b>html</b>');
    expect(text).toContain('[tie](javascript:window.__pwned=4)');
    await expectNothingInjected(page, 'with the tooltip open');
    await wb.shot('hostile-tree-tooltip.png');
    await page.mouse.move(1100, 700);
    await page.keyboard.press('Escape');
  });

  // ---------------------------------------------------------------- a hover in a Markdown file
  test('hovering "Round 441" in hostile.md shows the round with its markup as text', async () => {
    await quickOpen(page, 'hostile.md');
    await page.locator('.editor-group-container .tab', { hasText: 'hostile.md' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: '441' }).first().waitFor({ timeout: 30_000 });
    const text = await hoverOver(page, '441');
    expect(text).toContain('<img src=x onerror="window.__pwned=1"> Beekeeping occupations');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(text).toContain('**bold**');
    const frames = await expectNothingInjected(page, 'with the hover open');
    console.log(`      ${frames} frames inspected`);
    await wb.shot('hostile-hover.png');
    await page.keyboard.press('Escape');
  });

  test('hovering the date 2026-09-03 names the round by its plain label', async () => {
    const text = await hoverOver(page, '2026-09-03');
    expect(text).toContain(HOSTILE_LABEL);
    expect(text).toContain('441');
    await expectNothingInjected(page, 'with the date hover open');
    await page.keyboard.press('Escape');
  });

  // ---------------------------------------------------------------- notifications quote without links
  test('a notification quoting the feed (a skipped round whose "number" is a command link) shows it as text', async () => {
    await dismissNotifications(page);
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /No new rounds/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    expect((await toast.innerText()).replace(/\s+/g, ' ')).toContain('[Run this] (command:workbench.action.files.newUntitledFile)');
    expect(await toast.locator('.notification-list-item-message a').count(), 'links in the notification message').toBe(0);
    await expectNothingInjected(page, 'with the notification');
  });

  test("a server's status line that is a command link is shown as text", async () => {
    await dismissNotifications(page);
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /Refresh failed/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    expect((await toast.innerText()).replace(/\s+/g, ' ')).toContain('answered 500 [Open a terminal] (command:workbench.action.terminal.new)');
    expect(await toast.locator('.notification-list-item-message a').count(), 'links in the error notification message').toBe(0);
    await expectNothingInjected(page, 'with the error notification');
    expect(await page.locator('.terminal-wrapper, .xterm').count(), 'terminals opened').toBe(0);
    // Both messages in the notification centre, expanded, for the picture.
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    await center.waitFor({ timeout: 15_000 });
    for (const toggle of await center.locator('.codicon-notifications-expand').all()) await toggle.click({ timeout: 2000 }).catch(() => {});
    await page.waitForTimeout(400);
    expect((await center.innerText()).replace(/\s+/g, ' ')).toContain('(command:workbench.action.terminal.new)');
    expect(await center.locator('.notification-list-item-message a').count(), 'links in the notification centre').toBe(0);
    await wb.shot('hostile-notification.png');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
    await dismissNotifications(page);
  });

  // ---------------------------------------------------------------- the chart
  test('the chart of the hostile category: plain labels in a webview with a strict CSP, no injected content', async () => {
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
    await frame.waitForFunction(() => document.querySelector('#chart svg'), null, { timeout: 30_000 });
    expect((await frame.locator('#legend').innerText()).replace(/\s+/g, ' ')).toContain(HOSTILE_LABEL);
    const csp = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'nonce-/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.mouse.move(1000, 780);
    await page.waitForTimeout(600);
    await expectNothingInjected(page, 'with the chart open');
    await wb.shot('hostile-chart.png');
  });

  test('nothing ran: no dialog, hostile.md unchanged and not dirty', async () => {
    expect(dialogs, 'dialogs').toEqual([]);
    expect(readFileSync(join(workspace, 'hostile.md'), 'utf8'), 'hostile.md on disk').toBe(NOTES);
    expect(await page.locator('.editor-group-container .tab.dirty').count(), 'dirty editors').toBe(0);
    await expectNothingInjected(page, 'at the end');
  });
});
