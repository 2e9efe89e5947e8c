#!/usr/bin/env node
// UI test of the extension in a REAL VS Code workbench (code-server + Chromium, offline), driven as a user
// would with playwright-core: the Express Entry view, a hover in notes.md, the cut-off chart, a profile with
// diagnostics and a CodeLens, and "Refresh Rounds" from a local feed (test/fixtures/feeds/later-rounds.json).
// Takes screenshots into screenshots/ (ignored) and copies sidebar, hover, chart and profile to
// docs/screenshots/ (used by the README).
//
//   node scripts/test-ui.mjs                 # the extension loaded from this repository (development mode)
//   node scripts/test-ui.mjs --vsix FILE     # the extension INSTALLED from a .vsix (npm run package makes one)
//   node scripts/test-ui.mjs --no-docs       # do not copy the screenshots to docs/screenshots/
//   node scripts/test-ui.mjs --extension DIR # load the extension from DIR instead of this repository
//
// Expected values are computed independently of the extension, straight from core/data/snapshot.json.
// Ends with one line "vscode ui tests: N passed, M failed"; exit code 1 when any check failed.
// Env: VERBOSE=1 for code-server's and the page's logs; EE_UI_TIMEOUT_S (default 300) overall timeout.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import {
  LATER_FEED, ROOT, checkBuilt, ensureCodeServer, installVsix, launchBrowser, makeWorkspace, runMain, say, startCodeServer,
  startFeedServer, tempDir, waitForWorkbench, workbenchUrl,
} from './lib/workbench.mjs';
import { assert, assertIncludes, check, dismissNotifications, findWebviewFrame, hoverOver, quickOpen, runCommand, results, widenSidebar } from './lib/workbenchUi.mjs';

const TAG = 'test-ui';
const argv = process.argv.slice(2);
const vsixArg = argv.includes('--vsix') ? argv[argv.indexOf('--vsix') + 1] : undefined;
const copyDocs = !argv.includes('--no-docs');
const extensionArg = argv.includes('--extension') ? resolve(argv[argv.indexOf('--extension') + 1]) : undefined;
const verbose = !!process.env.VERBOSE;
const TIMEOUT_MS = Number(process.env.EE_UI_TIMEOUT_S || 300) * 1000;
const SHOTS = join(ROOT, 'screenshots');
const DOCS_SHOTS = join(ROOT, 'docs/screenshots');

// ------------------------------------------------------------------ expected values, from the snapshot itself
const snapshot = JSON.parse(readFileSync(join(ROOT, 'core/data/snapshot.json'), 'utf8'));
const F = Object.fromEntries(snapshot.fields.map((f, i) => [f, i]));
const rounds = snapshot.rounds.map((row) => ({
  number: String(row[F.drawNumber]),
  date: row[F.drawDate],
  name: snapshot.names[row[F.drawName]],
  size: Number(row[F.drawSize]),
  crs: Number(row[F.drawCRS]),
}));
const newestFirst = [...rounds].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : Number(b.number) - Number(a.number)));
const latestCec = newestFirst.find((r) => r.name === 'Canadian Experience Class');
const HOVER_DATE = '2025-11-26';
const hoverRounds = rounds.filter((r) => r.date === HOVER_DATE);
const hoverCec = hoverRounds.find((r) => r.name === 'Canadian Experience Class');
if (!latestCec || !hoverCec) throw new Error('the bundled snapshot has no CEC round (latest, or on 2025-11-26)');

// The local test feed (hand-written, later than the snapshot): its newest CEC round and its new category.
const laterFeed = JSON.parse(readFileSync(LATER_FEED, 'utf8')).rounds;
const laterCec = laterFeed.find((r) => r.drawName === 'Canadian Experience Class');
const laterNew = laterFeed.find((r) => /Beekeeping/.test(r.drawName));

await runMain(
  TAG,
  TIMEOUT_MS,
  async () => {
    await run();
    return 0;
  },
  (code) => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed + (code !== 0 ? 1 : 0); // + the error or timeout that stopped the run
    console.log(`\nvscode ui tests: ${passed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  },
);

async function run() {
  if (!extensionArg && !vsixArg) checkBuilt();
  ensureCodeServer();
  mkdirSync(SHOTS, { recursive: true });

  let extensionsDir;
  if (vsixArg) {
    const vsix = isAbsolute(vsixArg) ? vsixArg : resolve(vsixArg);
    if (!existsSync(vsix)) throw new Error(`${vsix} does not exist (npm run package makes dist/express-entry-draws.vsix)`);
    extensionsDir = tempDir('ee-ext-');
    say(TAG, `installing ${vsix}`);
    say(TAG, installVsix(vsix, extensionsDir).split('\n').pop());
  }

  const workspace = makeWorkspace();
  // The feed the "Refresh Rounds" command downloads, on loopback (auto-refresh stays off: 0 hours by default).
  const feed = await startFeedServer();
  const server = await startCodeServer({
    extensionsDir,
    userSettings: {
      // A clean picture: no notifications toasts from other extensions, a roomy editor.
      'workbench.activityBar.location': 'default',
      'workbench.colorTheme': 'Default Light+',
      'expressEntry.feedUrl': feed.url,
      'editor.fontSize': 14,
      'editor.hover.delay': 200,
      'editor.codeLens': true,
      'breadcrumbs.enabled': false,
      'workbench.editor.enablePreview': false,
    },
    log: verbose ? (l) => console.log(`  server| ${l}`) : undefined,
  });
  say(TAG, `code-server on ${server.origin}; workspace ${workspace}`);

  const { page } = await launchBrowser({ viewport: { width: 1400, height: 860 } });
  page.on('console', (m) => verbose && m.type() === 'error' && console.log(`  page| ${m.text()}`));
  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: vsixArg ? undefined : extensionArg || ROOT });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await waitForWorkbench(page);
  say(TAG, 'workbench is up');
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  // The theme: Light+, which a fresh profile in this headless Chromium starts with anyway (asking for another
  // in the settings gets it applied late, at a random moment, and mixed pictures). Wait until it is applied.
  await page.waitForSelector('.monaco-workbench.vscode-theme-defaults-themes-light_plus-json', { timeout: 60_000 })
    .catch(() => say(TAG, 'warning: the Light+ theme was not applied within 60 s'));
  // Let the workbench finish restoring (extensions scanned, activity bar complete).
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  await dismissNotifications(page);

  const shot = async (name, options = {}) => {
    const file = join(SHOTS, name);
    await page.screenshot({ path: file, ...options });
    say(TAG, `screenshot ${file.replace(ROOT + '/', '')}`);
    return file;
  };
  const finals = [];

  // ---------------------------------------------------------------- the sidebar
  await check('the activity bar has an "Express Entry" icon that opens the view', async () => {
    const icon = page.locator('.activitybar .action-item a[aria-label^="Express Entry"], .activitybar .action-item[aria-label^="Express Entry"]').first();
    await icon.waitFor({ state: 'visible', timeout: 60_000 });
    await icon.click();
    await page.locator('.sidebar .composite.title h2', { hasText: /Express Entry/i }).first().waitFor({ timeout: 30_000 });
    await page.mouse.move(900, 500); // away from the icon's tooltip
  });
  await widenSidebar(page, 520);

  const pane = (title) => page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();
  let rows = [];
  await check(`the Draws view shows the latest CEC round: CRS ${latestCec.crs} on ${latestCec.date} (#${latestCec.number})`, async () => {
    const draws = pane('Draws');
    await draws.waitFor({ timeout: 30_000 });
    await expandPane(draws);
    await draws.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    rows = await collectRows(page, draws);
    const cec = rows.find((t) => /Canadian Experience Class|\bCEC\b/.test(t));
    assert(cec, `no CEC row among the Draws rows:\n${rows.join('\n')}`);
    assertIncludes(cec, `CRS ${latestCec.crs}`, 'the CEC row');
    assertIncludes(cec, latestCec.date, 'the CEC row');
  });
  await check('the Draws view lists the latest round of every category, then "By year"', async () => {
    // Independently: the categories are the distinct draw names without their version suffix, give or take
    // renamings; the view must show at least the programs and a dozen categories.
    for (const program of ['Provincial Nominee Program', 'Federal Skilled Worker', 'Federal Skilled Trades']) {
      assert(rows.some((t) => t.includes(program)), `no row for ${program}:\n${rows.join('\n')}`);
    }
    const roundRows = rows.filter((t) => /CRS \d+/.test(t));
    assert(roundRows.length >= 12, `only ${roundRows.length} round rows:\n${rows.join('\n')}`);
    assert(/By year/i.test(rows[rows.length - 1] || ''), `the last row is not "By year":\n${rows.join('\n')}`);
  });
  await check('the Statistics view has a row per category with the last cut-off', async () => {
    const stats = pane('Statistics');
    await expandPane(stats);
    await stats.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    const statRows = await collectRows(page, stats);
    const cec = statRows.find((t) => t.includes('Canadian Experience Class'));
    assert(cec, `no CEC row in Statistics:\n${statRows.join('\n')}`);
    assertIncludes(cec, String(latestCec.crs), 'the Statistics CEC row');
  });
  await check('the Candidate view lists both workspace profiles with a verdict', async () => {
    const cecPane = pane('Candidate');
    await expandPane(cecPane);
    await cecPane.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    const texts = await collectRows(page, cecPane);
    const bad = texts.find((t) => t.includes('bad.ee-profile.json'));
    const good = texts.find((t) => t.includes('good.ee-profile.json'));
    assert(bad && good, `the Candidate view lacks a profile:\n${texts.join('\n')}`);
    assert(/not eligible/i.test(bad), `bad.ee-profile.json is not "not eligible": ${bad}`);
    assert(/eligible/i.test(good) && !/not eligible/i.test(good), `good.ee-profile.json is not "eligible": ${good}`);
  });
  // A tidy picture: Draws and Statistics open, the Candidate view folded.
  await collapsePane(pane('CEC check'));
  await page.mouse.move(900, 500);
  await page.waitForTimeout(300);
  // The picture: the activity bar and the sidebar only (the empty editor area says nothing).
  const side = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
  await shot('sidebar.png', side ? { clip: { x: 0, y: 0, width: Math.round(side.x + side.width), height: 860 } } : {});
  finals.push('sidebar.png');

  // ---------------------------------------------------------------- a hover in notes.md
  await check('notes.md opens from Quick Open', async () => {
    await quickOpen(page, 'notes.md');
    await page.locator('.editor-group-container .tab', { hasText: 'notes.md' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: HOVER_DATE }).first().waitFor({ timeout: 30_000 });
  });
  await check(`hovering ${HOVER_DATE} shows CEC round #${hoverCec.number} with cut-off ${hoverCec.crs}`, async () => {
    const text = await hoverOver(page, HOVER_DATE);
    assertIncludes(text, String(hoverCec.crs), 'the hover');
    assert(text.includes(`#${hoverCec.number}`) || text.includes(`round ${hoverCec.number}`) || text.includes(`Round ${hoverCec.number}`), `the hover does not name round ${hoverCec.number}:\n${text}`);
    assert(/Canadian Experience Class|\bCEC\b/.test(text), `the hover does not name the CEC:\n${text}`);
  });
  await settle(page);
  await shot('hover.png');
  finals.push('hover.png');
  await page.keyboard.press('Escape');

  // ---------------------------------------------------------------- the chart
  await check('"Express Entry: Show Cut-off Chart" asks for categories and a score, then opens a chart webview', async () => {
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility'); // room for the chart
    await runCommand(page, 'Express Entry: Show Cut-off Chart');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: /categories/i }).waitFor({ timeout: 30_000 });
    // CEC is picked by default; add two categories as a user would.
    for (const name of ['French-language proficiency', 'Healthcare and social services occupations']) {
      await widget.locator('.monaco-list-row', { hasText: name }).first().click();
    }
    await page.keyboard.press('Enter');
    await widget.locator('.quick-input-title', { hasText: /CRS score/i }).waitFor({ timeout: 15_000 });
    await page.keyboard.type('505');
    await page.keyboard.press('Enter');
    const frame = await findWebviewFrame(page, '#chart', 45_000);
    assert(frame, 'no webview frame with #chart');
    await frame.waitForFunction(() => {
      const c = document.querySelector('#chart');
      return c && c.querySelector('svg, canvas') && c.getBoundingClientRect().height > 50;
    }, null, { timeout: 30_000 });
    // The stylesheet must have loaded through the webview's resource URIs: lines are strokes, not filled shapes.
    const style = await frame.evaluate(() => {
      const line = document.querySelector('#chart polyline, #chart path');
      return {
        fill: line ? getComputedStyle(line).fill : 'no line',
        sheets: [...document.styleSheets].map((s) => s.href).filter(Boolean),
      };
    });
    assert(style.fill === 'none', `the chart's lines are filled (${style.fill}): its stylesheet did not load (${style.sheets.join(', ') || 'none'})`);
    const legend = (await frame.locator('#legend').innerText().catch(() => '')).replace(/\s+/g, ' ');
    for (const part of ['Canadian Experience Class', 'French', 'Healthcare', '505']) {
      assertIncludes(legend, part, "the chart's legend");
    }
    await page.mouse.move(1000, 780);
    await page.waitForTimeout(800); // transitions
  });
  await shot('chart.png');
  finals.push('chart.png');
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility').catch(() => {});

  // ---------------------------------------------------------------- a profile: diagnostics and CodeLens
  await check('a failing profile shows diagnostics and a CodeLens verdict', async () => {
    await quickOpen(page, 'bad.ee-profile.json');
    await page.locator('.editor-group-container .tab', { hasText: 'bad.ee-profile.json' }).first().waitFor({ timeout: 30_000 });
    const lens = page.locator('.monaco-editor .codelens-decoration').first();
    await lens.waitFor({ timeout: 45_000 });
    const lensText = (await page.locator('.monaco-editor .codelens-decoration').allInnerTexts()).join(' | ');
    assert(lensText.trim().length > 0, 'the CodeLens is empty');
    await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    console.log(`      CodeLens: ${lensText}`);
  });
  await check('the Problems panel lists the profile problems', async () => {
    await runCommand(page, 'View: Focus Problems');
    const panel = page.locator('.panel .markers-panel');
    await panel.waitFor({ timeout: 30_000 });
    await panel.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    const text = (await panel.locator('.monaco-list-row').allInnerTexts()).join('\n');
    assert(/bad\.ee-profile\.json/.test(text), `no problem for bad.ee-profile.json:\n${text}`);
    // Back to the editor so the squiggles and the lens are in view.
    await page.locator('.editor-group-container .tab', { hasText: 'bad.ee-profile.json' }).first().click();
  });
  // The sidebar for this picture: the CEC check, rule by rule.
  await collapsePane(pane('Draws')).catch(() => {});
  await collapsePane(pane('Statistics')).catch(() => {});
  await expandPane(pane('CEC check')).catch(() => {});
  await page.mouse.move(1000, 780);
  await page.waitForTimeout(600);
  await shot('profile.png');
  finals.push('profile.png');

  // ---------------------------------------------------------------- refresh from the local feed
  await check(`"Express Entry: Refresh Rounds" brings rounds #${laterCec.drawNumber} and #${laterNew.drawNumber} from the feed, with a notification`, async () => {
    await expandPane(pane('Draws'));
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notification-toast', { hasText: /new round|#?43[56]/i }).first();
    await toast.waitFor({ timeout: 45_000 });
    const toastText = (await toast.innerText()).replace(/\s+/g, ' ');
    console.log(`      notification: ${toastText}`);
    assert(feed.requests.length > 0, 'the feed server got no request');
    await page.waitForTimeout(800);
    const after = await collectRows(page, pane('Draws'));
    const cec = after.find((t) => t.includes('Canadian Experience Class'));
    assert(cec && cec.includes(`CRS ${laterCec.drawCRS}`) && cec.includes(laterCec.drawDate), `the CEC row does not show round #${laterCec.drawNumber}:\n${after.join('\n')}`);
    assert(after.some((t) => /Beekeeping/i.test(t) && t.includes(`CRS ${laterNew.drawCRS}`)), `no row for the new category of round #${laterNew.drawNumber}:\n${after.join('\n')}`);
  });
  await page.mouse.move(1000, 470); // no tooltip over the rows
  await page.waitForTimeout(800);
  await shot('refresh.png');

  if (copyDocs) {
    mkdirSync(DOCS_SHOTS, { recursive: true });
    for (const f of finals) copyFileSync(join(SHOTS, f), join(DOCS_SHOTS, f));
    say(TAG, `copied ${finals.join(', ')} to docs/screenshots/`);
  }
}

// ------------------------------------------------------------------ workbench helpers
/** Waits (at most 10 s) until the status bar no longer says "Activating Extensions...", for clean pictures. */
async function settle(page) {
  await page
    .waitForFunction(() => !/Activating Extensions/i.test(document.querySelector('.statusbar')?.innerText || ''), null, { timeout: 10_000 })
    .catch(() => {});
}

async function expandPane(pane) {
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
}
async function collapsePane(pane) {
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** All rows of a (virtualised) tree in a pane, scrolling it from top to bottom; whitespace collapsed. */
async function collectRows(page, pane) {
  const list = pane.locator('.monaco-list').first();
  const seen = new Map();
  const box = await list.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  let before = 0;
  let still = 0;
  for (let i = 0; i < 60; i++) {
    for (const row of await pane.locator('.monaco-list-row').all()) {
      const index = Number(await row.getAttribute('data-index'));
      const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      seen.set(index, text);
    }
    if (seen.size === before) {
      if (++still >= 3) break; // nothing new after three scrolls: the end
    } else still = 0;
    before = seen.size;
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(120);
  }
  // Back to the top for the screenshots.
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -400);
  await page.waitForTimeout(150);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

