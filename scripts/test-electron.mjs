#!/usr/bin/env node
// Runs the extension's host test suite (dist/test/host/index.js) in desktop VS Code with @vscode/test-electron,
// the standard way for people WITH internet: it downloads a VS Code build (cached in .cache/vscode-test/, ignored) on first use.
// Offline (as on the project's machines and in CI) the download fails: use `npm run test:vscode` there, which
// runs the same suite in code-server's real workbench without downloading anything.
//
//   npm run test:electron                  # VS Code "stable" (or EE_VSCODE_VERSION, e.g. 1.100.3)
//   node scripts/test-electron.mjs --smoke # the harness smoke suite (test/extension/host/smoke)
//
// Env: EE_VSCODE_VERSION (default "stable"); EE_TEST_FEED_URL is set to a local feed like test:vscode does.
// On Linux without a display, run it under xvfb-run (VS Code's Electron needs an X server).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFeedServer } from '../test/workbench/harness.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const smoke = process.argv.includes('--smoke');
const extensionTestsPath = smoke ? join(ROOT, 'test/extension/host/smoke/index.js') : join(ROOT, 'dist/test/host/index.js');
const version = process.env.EE_VSCODE_VERSION || 'stable';

function fail(message) {
  console.error(`\ntest-electron: ${message}`);
  console.log('\nvscode electron tests: 0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(extensionTestsPath)) fail(`${extensionTestsPath} is missing: run \`npm run build\` first (npm run test:electron does).`);
if (!existsSync(join(ROOT, 'dist/extension.js'))) fail('dist/extension.js is missing: run `npm run build` first.');

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch (e) {
  fail(`@vscode/test-electron is not installed (npm ci): ${e.message}`);
}
const { runTests, downloadAndUnzipVSCode } = testElectron;

// The same workspace copy as test:vscode.
const tmp = mkdtempSync(join(tmpdir(), 'ee-electron-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const workspace = join(tmp, 'workspace');
const fixture = join(ROOT, 'test/fixtures/workspace');
if (existsSync(fixture)) cpSync(fixture, workspace, { recursive: true });
else mkdirSync(workspace, { recursive: true });

const feed = await startFeedServer();
let code = 1;
try {
  let vscodeExecutablePath;
  try {
    console.log(`test-electron: getting VS Code ${version} (downloads into .cache/vscode-test/ on first use)…`);
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: join(ROOT, '.cache/vscode-test') });
  } catch (e) {
    fail(
      `could not download VS Code ${version}: ${e && e.message ? e.message : e}\n` +
        'This needs internet access to update.code.visualstudio.com. Offline, run `npm run test:vscode` instead:\n' +
        'it runs the same host suite in a real VS Code workbench (code-server + Chromium) without downloading anything.',
    );
  }
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    extensionTestsEnv: { EE_TEST_FEED_URL: feed.url },
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out of the way; the one under development loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(tmp, 'user-data'),
    ],
  });
} catch (e) {
  console.error(`test-electron: the suite failed: ${e && e.message ? e.message : e}`);
  code = typeof e === 'number' ? e : 1;
} finally {
  await feed.close();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\nvscode electron tests: exit code ${code}`);
process.exit(code);
