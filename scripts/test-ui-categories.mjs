#!/usr/bin/env node
// The candidate view's categories and the chart's cleared rounds, in a real workbench (code-server + Chromium), as a
// person sees them: a cook's profile dated 2026-02-17, its Categories node expanded, then the cut-off chart with a
// score. Checks the rows and the legend against the rules written here, and takes screenshots into screenshots/
// (categories.png, chart-cleared.png). Run: npm run build && node scripts/test-ui-categories.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, checkBuilt, ensureCodeServer, launchBrowser, makeWorkspace, runMain, say, startCodeServer, waitForWorkbench, workbenchUrl } from './lib/workbench.mjs';
import { assert, assertIncludes, check, dismissNotifications, findWebviewFrame, results, runCommand, widenSidebar } from './lib/workbenchUi.mjs';

const TAG = 'test-ui-categories';
const SHOTS = join(ROOT, 'screenshots');
const SCORE = 520;

// A plain count of the CEC rounds of the chart's window (the last 3 years of the snapshot) cleared by SCORE.
const snapshot = JSON.parse(readFileSync(join(ROOT, 'core/data/snapshot.json'), 'utf8'));
const F = Object.fromEntries(snapshot.fields.map((f, i) => [f, i]));
const cec = snapshot.rounds.filter((r) => snapshot.names[r[F.name]] === 'Canadian Experience Class').map((r) => ({ date: r[F.date], crs: Number(r[F.crs]) }));
const newest = snapshot.rounds.map((r) => r[F.date]).sort().pop();
const from = new Date(Date.parse(newest) - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
const shown = cec.filter((r) => r.date >= from);
const cleared = shown.filter((r) => r.crs < SCORE).length;

await runMain(TAG, 300_000, async () => {
  checkBuilt();
  ensureCodeServer();
  mkdirSync(SHOTS, { recursive: true });
  const workspace = makeWorkspace();
  writeFileSync(join(workspace, 'cook.ee-profile.json'), JSON.stringify({
    asOf: '2026-02-17',
    jobs: [{ title: 'Cook', noc: '63200', start: '2024-06-01', end: '2026-01-31', hoursPerWeek: 40 }],
    language: { test: 'TEF', date: '2025-06-01', reading: 434, writing: 428, listening: 434, speaking: 455 },
  }, null, 2));
  const server = await startCodeServer({ userSettings: { 'workbench.colorTheme': 'Default Light+', 'workbench.editor.enablePreview': false } });
  const { page } = await launchBrowser({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT }), { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await waitForWorkbench(page);
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  await dismissNotifications(page);

  await check('the cook profile shows Categories with the trades list 2025 (Version 2) and French not eligible', async () => {
    const icon = page.locator('.activitybar .action-item a[aria-label^="Express Entry"], .activitybar .action-item[aria-label^="Express Entry"]').first();
    await icon.click();
    await widenSidebar(page, 640);
    for (const title of ['Draws', 'Statistics']) {
      const header = page.locator('.sidebar .pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }).first();
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /CEC check|candidate/i }) }).first();
    const header = pane.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    // Fold the other profiles, open the cook's Categories.
    for (const name of ['bad.ee-profile.json', 'good.ee-profile.json']) {
      const row = pane.locator('.monaco-list-row', { hasText: name }).first();
      if ((await row.count()) && (await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
    }
    // The cook's Categories row: the first one after the row of cook.ee-profile.json.
    const cookIndex = Number(await pane.locator('.monaco-list-row', { hasText: 'cook.ee-profile.json' }).first().getAttribute('data-index'));
    const cats = pane.locator(`.monaco-list-row[data-index="${cookIndex + 4}"]`);
    await cats.waitFor({ timeout: 60_000 });
    await cats.locator('.monaco-tl-twistie').click();
    const trade = pane.locator('.monaco-list-row', { hasText: 'Trade occupations' }).first();
    await trade.waitFor({ timeout: 15_000 });
    const tradeText = (await trade.innerText()).replace(/\s+/g, ' ');
    assertIncludes(tradeText, 'eligible · list 2025 (Version 2)', 'the trades row');
    assert(!tradeText.includes('not eligible'), `the cook's trades row says not eligible: ${tradeText}`);
    const french = (await pane.locator('.monaco-list-row', { hasText: 'French-language proficiency' }).first().innerText()).replace(/\s+/g, ' ');
    assertIncludes(french, 'not eligible', 'the French row');
    await page.mouse.move(1100, 800);
    await page.waitForTimeout(500);
    const side = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    await page.screenshot({ path: join(SHOTS, 'categories.png'), ...(side ? { clip: { x: 0, y: 0, width: Math.round(side.x + side.width), height: 900 } } : {}) });
    say(TAG, 'screenshot screenshots/categories.png');
  });

  await check(`the chart rings the ${cleared} CEC rounds a score of ${SCORE} would have cleared, and says so in the legend`, async () => {
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'Express Entry: Show Cut-off Chart');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: /categories/i }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter'); // CEC, picked by default
    await widget.locator('.quick-input-title', { hasText: /CRS score/i }).waitFor({ timeout: 15_000 });
    await page.keyboard.type(String(SCORE));
    await page.keyboard.press('Enter');
    const frame = await findWebviewFrame(page, '#chart', 45_000);
    assert(frame, 'no webview frame with #chart');
    await frame.waitForFunction(() => document.querySelector('#chart svg'), null, { timeout: 30_000 });
    const rings = await frame.locator('#chart circle.cleared').count();
    assert(rings === cleared, `${rings} ringed rounds, expected ${cleared}`);
    const legend = (await frame.locator('#legend').innerText()).replace(/\s+/g, ' ');
    assertIncludes(legend, `your score cleared ${cleared}`, 'the legend');
    await page.mouse.move(1300, 850);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, 'chart-cleared.png') });
    say(TAG, 'screenshot screenshots/chart-cleared.png');
  });
  return 0;
}, (code) => {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (code !== 0 ? 1 : 0);
  console.log(`\nvscode ui categories: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : code;
});
