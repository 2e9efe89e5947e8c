// The candidate view's categories and the chart's cleared rounds in a REAL VS Code workbench (code-server + Chromium,
// offline), as a person sees them: a cook's profile dated 2026-02-17, its Categories node expanded, then the cut-off
// chart with a score. The rows and the legend are checked against the rules and a plain count written here;
// screenshots categories.png and chart-cleared.png go to test-results/screenshots/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBuilt, makeWorkspace } from '../workbench/harness';
import { rounds } from './expected';
import { ROOT, openWorkbench, type Workbench } from './session';
import { dismissNotifications, expandPane, findWebviewFrame, openExpressEntry, pane, runCommand, widenSidebar, collapsePane } from './workbenchUi';

const TAG = 'ui-categories';
const SCORE = 520;

// A plain count of the CEC rounds in the chart's window (the last 3 years of the snapshot) that SCORE would have cleared.
const newest = rounds.map((r) => r.date).sort().pop()!;
const from = new Date(Date.parse(newest) - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
const cleared = rounds.filter((r) => r.name === 'Canadian Experience Class' && r.date >= from && r.crs < SCORE).length;

test.describe('vscode ui categories tests', () => {
  test.describe.configure({ mode: 'serial' });
  let wb: Workbench;

  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(300_000);
    checkBuilt();
    const workspace = makeWorkspace();
    // A cook (NOC 63200, on the trades list 2025 (Version 2)) with a TEF below NCLC 7 in some ability: French not eligible.
    writeFileSync(join(workspace, 'cook.ee-profile.json'), JSON.stringify({
      asOf: '2026-02-17',
      jobs: [{ title: 'Cook', noc: '63200', start: '2024-06-01', end: '2026-01-31', hoursPerWeek: 40 }],
      language: { test: 'TEF', date: '2025-06-01', reading: 434, writing: 428, listening: 434, speaking: 455 },
    }, null, 2));
    wb = await openWorkbench(browser, TAG, {
      workspace,
      extensionDevelopmentPath: ROOT,
      userSettings: { 'workbench.colorTheme': 'Default Light+', 'workbench.editor.enablePreview': false },
    });
    await dismissNotifications(wb.page);
  });

  test.afterAll(async () => {
    await wb?.close();
  });

  test('the cook profile shows Categories: trades eligible with list 2025 (Version 2), French not eligible', async () => {
    const { page } = wb;
    await openExpressEntry(page);
    await widenSidebar(page, 640);
    await collapsePane(pane(page, 'Draws'));
    await collapsePane(pane(page, 'Statistics'));
    const candidate = pane(page, 'Candidate');
    await expandPane(candidate);
    const cook = candidate.locator('.monaco-list-row', { hasText: 'cook.ee-profile.json' }).first();
    await cook.waitFor({ timeout: 60_000 });
    // Fold the workspace's other profiles (once their rows are there), for a picture of the cook alone.
    for (const name of ['bad.ee-profile.json', 'good.ee-profile.json']) {
      const row = candidate.locator('.monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: 30_000 });
      if ((await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
    }
    if ((await cook.getAttribute('aria-expanded')) === 'false') await cook.locator('.monaco-tl-twistie').click();
    // The cook's Categories row: the only one as of the cook's date.
    const categories = candidate.locator('.monaco-list-row', { hasText: /Categories.*as of 2026-02-17/ }).first();
    await categories.waitFor({ timeout: 60_000 });
    await categories.locator('.monaco-tl-twistie').click();
    const trade = candidate.locator('.monaco-list-row', { hasText: 'Trade occupations' }).first();
    await trade.waitFor({ timeout: 15_000 });
    const tradeText = (await trade.innerText()).replace(/\s+/g, ' ');
    expect(tradeText).toContain('eligible · list 2025 (Version 2)');
    expect(tradeText).not.toContain('not eligible');
    const french = (await candidate.locator('.monaco-list-row', { hasText: 'French-language proficiency' }).first().innerText()).replace(/\s+/g, ' ');
    expect(french).toContain('not eligible');
    await page.mouse.move(1100, 800);
    await page.waitForTimeout(500);
    const side = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    await wb.shot('categories.png', side ? { clip: { x: 0, y: 0, width: Math.round(side.x + side.width), height: 860 } } : {});
  });

  test(`the chart rings the CEC rounds a score of ${SCORE} would have cleared, and says so in the legend`, async () => {
    const { page } = wb;
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'Express Entry: Show Cut-off Chart');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: /categories/i }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter'); // CEC, picked by default
    await widget.locator('.quick-input-title', { hasText: /CRS score/i }).waitFor({ timeout: 15_000 });
    await page.keyboard.type(String(SCORE));
    await page.keyboard.press('Enter');
    const frame = await findWebviewFrame(page, '#chart', 45_000);
    await frame.waitForFunction(() => document.querySelector('#chart svg'), null, { timeout: 30_000 });
    expect(await frame.locator('#chart circle.cleared').count()).toBe(cleared);
    expect((await frame.locator('#legend').innerText()).replace(/\s+/g, ' ')).toContain(`your score cleared ${cleared}`);
    await page.mouse.move(1300, 850);
    await page.waitForTimeout(600);
    await wb.shot('chart-cleared.png');
  });
});
