// The extension in a REAL VS Code workbench (code-server + Chromium, offline), used as a person would: the Express
// Entry views, a hover in notes.md, the cut-off chart, a profile with diagnostics and a CodeLens, and "Refresh
// Rounds" from a local feed. Expected values come from expected.ts (the snapshot's rows, read plainly).
//
// Modes (environment): EE_UI_VSIX=FILE installs the extension from a .vsix (npm run package makes one) instead of
// loading it from this repository; EE_UI_EXTENSION=DIR loads it from DIR. VERBOSE=1 shows code-server's logs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkBuilt, installVsix, makeWorkspace, say, startFeedServer, tempDir, type FeedServer } from '../workbench/harness';
import { HOVER_DATE, hoverCec, latestCec, laterCec, laterNew } from './expected';
import { ROOT, copyToDocs, openWorkbench, type Workbench } from './session';
import {
  collapsePane, collectRows, dismissNotifications, expandPane, findWebviewFrame, hoverOver, openExpressEntry, pane, quickOpen, runCommand,
  settle, widenSidebar,
} from './workbenchUi';

const TAG = 'ui';
const vsix = process.env['EE_UI_VSIX'];
const extensionDir = process.env['EE_UI_EXTENSION'];
/** The pictures README.md and docs/ show (npm run docs:screenshots copies them). */
const DOCS_PICTURES = ['sidebar.png', 'hover.png', 'chart.png', 'profile.png'] as const;

test.describe(vsix ? 'vscode vsix ui tests' : 'vscode ui tests', () => {
  test.describe.configure({ mode: 'serial' });
  let wb: Workbench;
  let feed: FeedServer;
  let rows: string[] = [];
  let allPassed = true;
  let installedDir: string | undefined;

  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(300_000);
    let extensionsDir: string | undefined;
    if (vsix) {
      const file = isAbsolute(vsix) ? vsix : resolve(ROOT, vsix);
      if (!existsSync(file)) throw new Error(`${file} does not exist (npm run package makes dist/express-entry-draws.vsix)`);
      extensionsDir = tempDir('ee-ext-');
      say(TAG, `installing ${file}`);
      say(TAG, installVsix(file, extensionsDir).split('\n').pop());
      const folder = readdirSync(extensionsDir).find((f) => f.startsWith('express-entry-draws.express-entry-draws-'));
      if (folder) installedDir = join(extensionsDir, folder);
    } else if (!extensionDir) {
      checkBuilt();
    }
    // The feed "Refresh Rounds" downloads, on loopback (automatic refresh stays off: 0 hours by default).
    feed = await startFeedServer();
    wb = await openWorkbench(browser, TAG, {
      workspace: makeWorkspace(),
      extensionsDir,
      extensionDevelopmentPath: vsix ? undefined : extensionDir ? resolve(extensionDir) : ROOT,
      userSettings: {
        'workbench.activityBar.location': 'default',
        'workbench.colorTheme': 'Default Light+',
        'expressEntry.feedUrl': feed.url,
        'editor.fontSize': 14,
        'editor.hover.delay': 200,
        'editor.codeLens': true,
        'breadcrumbs.enabled': false,
        'workbench.editor.enablePreview': false,
      },
    });
    await dismissNotifications(wb.page);
  });

  test.afterEach(({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) allPassed = false;
  });

  test.afterAll(async () => {
    if (allPassed && wb) copyToDocs(DOCS_PICTURES);
    await wb?.close();
  });

  // ---------------------------------------------------------------- the sidebar
  test('the activity bar has an "Express Entry" icon that opens the view', async () => {
    const { page } = wb;
    await openExpressEntry(page);
    await expect(page.locator('.sidebar .composite.title h2', { hasText: /Express Entry/i }).first()).toBeVisible({ timeout: 30_000 });
    await page.mouse.move(900, 500); // away from the icon's tooltip
    await widenSidebar(page, 520);
  });

  test(`the Draws view shows the latest CEC round: CRS ${latestCec.crs} on ${latestCec.date} (#${latestCec.number})`, async () => {
    const { page } = wb;
    const draws = pane(page, 'Draws');
    await draws.waitFor({ timeout: 30_000 });
    await expandPane(draws);
    await draws.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    rows = await collectRows(page, draws);
    const cec = rows.find((t) => /Canadian Experience Class|\bCEC\b/.test(t));
    expect(cec, `no CEC row among the Draws rows:\n${rows.join('\n')}`).toBeDefined();
    expect(cec).toContain(`CRS ${latestCec.crs}`);
    expect(cec).toContain(latestCec.date);
  });

  test('the Draws view lists the latest round of every category, then "By year"', () => {
    // The view must show at least the programs and a dozen categories.
    for (const program of ['Provincial Nominee Program', 'Federal Skilled Worker', 'Federal Skilled Trades']) {
      expect(rows.some((t) => t.includes(program)), `no row for ${program}:\n${rows.join('\n')}`).toBe(true);
    }
    expect(rows.filter((t) => /CRS \d+/.test(t)).length, rows.join('\n')).toBeGreaterThanOrEqual(12);
    expect(rows.at(-1) ?? '', 'the last row').toMatch(/By year/i);
  });

  test('the Statistics view has a row per category with the last cut-off', async () => {
    const { page } = wb;
    const stats = pane(page, 'Statistics');
    await expandPane(stats);
    await stats.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    const statRows = await collectRows(page, stats);
    const cec = statRows.find((t) => t.includes('Canadian Experience Class'));
    expect(cec, `no CEC row in Statistics:\n${statRows.join('\n')}`).toBeDefined();
    expect(cec).toContain(String(latestCec.crs));
  });

  test('the Candidate view lists both workspace profiles with a verdict', async () => {
    const { page } = wb;
    const cecPane = pane(page, 'Candidate');
    await expandPane(cecPane);
    await cecPane.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    const texts = await collectRows(page, cecPane);
    const bad = texts.find((t) => t.includes('bad.ee-profile.json'));
    const good = texts.find((t) => t.includes('good.ee-profile.json'));
    expect(bad, texts.join('\n')).toMatch(/not eligible/i);
    expect(good, texts.join('\n')).toMatch(/eligible/i);
    expect(good).not.toMatch(/not eligible/i);
    // The picture: Draws and Statistics open, the Candidate view folded; the activity bar and the sidebar only.
    await collapsePane(cecPane);
    await page.mouse.move(900, 500);
    await page.waitForTimeout(300);
    const side = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    await wb.shot('sidebar.png', side ? { clip: { x: 0, y: 0, width: Math.round(side.x + side.width), height: 860 } } : {});
  });

  // ---------------------------------------------------------------- a hover in notes.md
  test('notes.md opens from Quick Open', async () => {
    const { page } = wb;
    await quickOpen(page, 'notes.md');
    await page.locator('.editor-group-container .tab', { hasText: 'notes.md' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: HOVER_DATE }).first().waitFor({ timeout: 30_000 });
  });

  test(`hovering ${HOVER_DATE} shows CEC round #${hoverCec.number} with cut-off ${hoverCec.crs}`, async () => {
    const { page } = wb;
    const text = await hoverOver(page, HOVER_DATE);
    expect(text).toContain(String(hoverCec.crs));
    expect(text, `the hover does not name round ${hoverCec.number}`).toMatch(new RegExp(`#${hoverCec.number}\\b|[Rr]ound ${hoverCec.number}\\b`));
    expect(text, 'the hover does not name the CEC').toMatch(/Canadian Experience Class|\bCEC\b/);
    await settle(page);
    await wb.shot('hover.png');
    await page.keyboard.press('Escape');
  });

  // ---------------------------------------------------------------- the chart
  test('"Express Entry: Show Cut-off Chart" asks for categories and a score, then opens a chart webview', async () => {
    const { page } = wb;
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
    await frame.waitForFunction(() => {
      const c = document.querySelector('#chart');
      return c && c.querySelector('svg, canvas') && c.getBoundingClientRect().height > 50;
    }, null, { timeout: 30_000 });
    // The stylesheet must have loaded through the webview's resource URIs: lines are strokes, not filled shapes.
    const style = await frame.evaluate(() => {
      const line = document.querySelector('#chart polyline, #chart path');
      return { fill: line ? getComputedStyle(line).fill : 'no line', sheets: Array.from(document.styleSheets).map((s) => s.href).filter(Boolean) };
    });
    expect(style.fill, `the chart's lines are filled: its stylesheet did not load (${style.sheets.join(', ') || 'none'})`).toBe('none');
    const legend = (await frame.locator('#legend').innerText().catch(() => '')).replace(/\s+/g, ' ');
    for (const part of ['Canadian Experience Class', 'French', 'Healthcare', '505']) expect(legend, "the chart's legend").toContain(part);
    await page.mouse.move(1000, 780);
    await page.waitForTimeout(800); // transitions
    await wb.shot('chart.png');
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility').catch(() => {});
  });

  // ---------------------------------------------------------------- a profile: diagnostics and CodeLens
  test('a failing profile shows diagnostics and a CodeLens verdict', async () => {
    const { page } = wb;
    await quickOpen(page, 'bad.ee-profile.json');
    await page.locator('.editor-group-container .tab', { hasText: 'bad.ee-profile.json' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .codelens-decoration').first().waitFor({ timeout: 45_000 });
    const lensText = (await page.locator('.monaco-editor .codelens-decoration').allInnerTexts()).join(' | ');
    expect(lensText.trim(), 'the CodeLens').not.toBe('');
    await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    console.log(`      CodeLens: ${lensText}`);
  });

  test('the Problems panel lists the profile problems', async () => {
    const { page } = wb;
    await runCommand(page, 'View: Focus Problems');
    const panel = page.locator('.panel .markers-panel');
    await panel.waitFor({ timeout: 30_000 });
    await panel.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
    expect((await panel.locator('.monaco-list-row').allInnerTexts()).join('\n')).toMatch(/bad\.ee-profile\.json/);
    // Back to the editor so the squiggles and the lens are in view; the sidebar shows the CEC check, rule by rule.
    await page.locator('.editor-group-container .tab', { hasText: 'bad.ee-profile.json' }).first().click();
    await collapsePane(pane(page, 'Draws')).catch(() => {});
    await collapsePane(pane(page, 'Statistics')).catch(() => {});
    await expandPane(pane(page, 'Candidate')).catch(() => {});
    await page.mouse.move(1000, 780);
    await page.waitForTimeout(600);
    await wb.shot('profile.png');
  });

  // ---------------------------------------------------------------- refresh from the local feed
  test(`"Express Entry: Refresh Rounds" brings rounds #${laterCec.drawNumber} and #${laterNew.drawNumber} from the feed, with a notification`, async () => {
    const { page } = wb;
    await expandPane(pane(page, 'Draws'));
    await runCommand(page, 'Express Entry: Refresh Rounds');
    const toast = page.locator('.notification-toast', { hasText: /new round|#?43[56]/i }).first();
    await toast.waitFor({ timeout: 45_000 });
    console.log(`      notification: ${(await toast.innerText()).replace(/\s+/g, ' ')}`);
    expect(feed.requests.length, 'requests to the feed server').toBeGreaterThan(0);
    await page.waitForTimeout(800);
    const after = await collectRows(page, pane(page, 'Draws'));
    const cec = after.find((t) => t.includes('Canadian Experience Class'));
    expect(cec, `the CEC row does not show round #${laterCec.drawNumber}:\n${after.join('\n')}`).toContain(`CRS ${laterCec.drawCRS}`);
    expect(cec).toContain(laterCec.drawDate);
    expect(after.some((t) => /Beekeeping/i.test(t) && t.includes(`CRS ${laterNew.drawCRS}`)), `no row for the new category:\n${after.join('\n')}`).toBe(true);
    await page.mouse.move(1000, 470); // no tooltip over the rows
    await page.waitForTimeout(800);
    await wb.shot('refresh.png');
  });

  // ---------------------------------------------------------------- the installed package (only with EE_UI_VSIX)
  if (vsix) {
    test('the installed extension carries its README and every picture that README shows', () => {
      expect(installedDir, 'the extension folder in the extensions directory').toBeDefined();
      const dir = installedDir ?? '';
      const readme = readdirSync(dir).find((f) => /^readme\.md$/i.test(f));
      expect(readme, `no README in ${dir}`).toBeDefined();
      const pictures = [...readFileSync(join(dir, readme ?? ''), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
      expect(pictures.length, 'pictures in the packaged README').toBeGreaterThanOrEqual(4);
      for (const picture of pictures) expect(existsSync(join(dir, picture)), `${picture} in the installed package`).toBe(true);
    });

    // VS Code renders that page in a webview whose CSP allows only https: and data: pictures, so the packaged (relative)
    // pictures are listed but not drawn there; the test checks the page is the packaged README, with every picture.
    test("the extension's page in the Extensions view shows the packaged README", async () => {
      const { page } = wb;
      await runCommand(page, 'Extensions: Show Enabled Extensions');
      const entry = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Express Entry Draws' }).first();
      await entry.waitFor({ timeout: 30_000 });
      await entry.click();
      const frame = await findWebviewFrame(page, 'img[src*="sidebar.png"]', 45_000);
      expect(await frame.locator('h1').first().innerText()).toBe('Express Entry Draws for VS Code');
      const pictures = await frame.evaluate(() => Array.from(document.querySelectorAll('img')).map((i) => i.getAttribute('src') ?? ''));
      for (const name of ['sidebar', 'hover', 'profile', 'chart']) expect(pictures).toContain(`docs/screenshots/${name}.png`);
      expect(await frame.locator('h2', { hasText: 'Install' }).count(), 'the README\'s Install section').toBeGreaterThan(0);
      await page.waitForTimeout(500);
      await wb.shot('vsix-readme.png');
    });
  }
});
