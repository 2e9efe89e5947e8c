// The workbench UI tests: the extension in a real VS Code workbench (code-server, offline) driven with Debian's
// Chromium (never a downloaded browser). One worker, one spec file at a time: each starts its own code-server.
//
//   npm run test:ui                                   # both spec files, the extension loaded from this repository
//   EE_UI_VSIX=dist/express-entry-draws.vsix npx playwright test -c test/ui/playwright.config.ts workbench.spec.ts
//   npm run docs:screenshots                          # the same run, also copying the pictures to docs/screenshots/
//
// Output: Playwright's list reporter, then one line per spec file "vscode ui tests: N passed, M failed" (.ci/run
// counts those). Screenshots go to test-results/screenshots/ (ignored by git).
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../workbench/harness';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/playwright',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 120_000,
  globalTimeout: 20 * 60_000,
  reporter: [['list'], ['./summaryReporter.ts']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
