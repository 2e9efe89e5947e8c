// One workbench per spec file: code-server on a free loopback port with a copy of test/fixtures/workspace, opened in
// a page of Playwright's Chromium; screenshots into test-results/screenshots/ (ignored), copied to docs/screenshots/
// only by `npm run docs:screenshots` (EE_DOCS_SCREENSHOTS=1).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, PageScreenshotOptions } from '@playwright/test';
import { ROOT, cleanup, ensureCodeServer, say, startCodeServer, waitForWorkbench, workbenchUrl } from '../workbench/harness';

export { ROOT };
const SHOTS = join(ROOT, 'test-results/screenshots');
const DOCS_SHOTS = join(ROOT, 'docs/screenshots');
const verbose = !!process.env['VERBOSE'];

export interface Workbench {
  page: Page;
  /** Takes a screenshot into test-results/screenshots/ and returns its path. */
  shot(name: string, options?: PageScreenshotOptions): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkbench(
  browser: Browser,
  tag: string,
  options: { workspace: string; userSettings: Record<string, unknown>; extensionsDir?: string; extensionDevelopmentPath?: string },
): Promise<Workbench> {
  ensureCodeServer();
  const server = await startCodeServer({
    extensionsDir: options.extensionsDir,
    userSettings: options.userSettings,
    log: verbose ? (l) => console.log(`  server| ${l}`) : undefined,
  });
  say(tag, `code-server on ${server.origin}; workspace ${options.workspace}`);
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('console', (m) => verbose && m.type() === 'error' && console.log(`  page| ${m.text()}`));
  const url = workbenchUrl(server, { folder: options.workspace, extensionDevelopmentPath: options.extensionDevelopmentPath });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await waitForWorkbench(page);
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  // Light+, which a fresh profile in this headless Chromium starts with anyway (asking for another in the settings
  // gets it applied late, at a random moment, and mixed pictures). Wait until it is applied.
  await page
    .waitForSelector('.monaco-workbench.vscode-theme-defaults-themes-light_plus-json', { timeout: 60_000 })
    .catch(() => say(tag, 'warning: the Light+ theme was not applied within 60 s'));
  say(tag, 'workbench is up');
  mkdirSync(SHOTS, { recursive: true });
  return {
    page,
    async shot(name, shotOptions = {}) {
      const file = join(SHOTS, name);
      await page.screenshot({ path: file, ...shotOptions });
      say(tag, `screenshot ${file.replace(ROOT + '/', '')}`);
      return file;
    },
    async close() {
      await context.close().catch(() => {});
      await cleanup(); // code-server, feed servers, temp folders
    },
  };
}

/** With EE_DOCS_SCREENSHOTS=1 (npm run docs:screenshots): copies the named screenshots to docs/screenshots/. */
export function copyToDocs(names: readonly string[]): void {
  if (process.env['EE_DOCS_SCREENSHOTS'] !== '1') return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  for (const name of names) copyFileSync(join(SHOTS, name), join(DOCS_SHOTS, name));
  say('docs', `copied ${names.join(', ')} to docs/screenshots/`);
}
