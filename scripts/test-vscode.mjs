#!/usr/bin/env node
// Runs the extension's host test suite inside a REAL VS Code workbench, offline:
// code-server 4.100.3 (scripts/setup-code-server.sh) + Debian's Chromium driven by playwright-core.
//
//   node scripts/test-vscode.mjs            # the suite built by `npm run build`: dist/test/host/index.js
//   node scripts/test-vscode.mjs --smoke    # the harness's own smoke suite (test/extension/host/smoke)
//   node scripts/test-vscode.mjs --tests /abs/path/index.js
//
// What it does: copies test/fixtures/workspace to a temp folder; serves test/fixtures/feeds/later-rounds.json
// (rounds #435/#436, later than the bundled snapshot) on 127.0.0.1 and passes its URL to the extension host
// as EE_TEST_FEED_URL; starts code-server with quiet settings; opens the workbench in Chromium with
// extensionDevelopmentPath = this repository and extensionTestsPath = the suite (via the URL `payload`);
// relays the suite's output; exits with the code the suite reported. Overall timeout: EE_VSCODE_TIMEOUT_S (300).
// Ends with one line "vscode host tests: N passed, M failed".
// Env: VERBOSE=1 also prints code-server's and the page's own logs; KEEP_TEMP=1 keeps the temp folders.
import { existsSync } from 'node:fs';
import { format } from 'node:util';
import { isAbsolute, join, resolve } from 'node:path';
import {
  ROOT, checkBuilt, ensureCodeServer, launchBrowser, makeWorkspace, runMain, say, startCodeServer, startFeedServer, workbenchUrl,
} from '../test/workbench/harness.ts';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const testsArg = argv.includes('--tests') ? argv[argv.indexOf('--tests') + 1] : undefined;
const verbose = !!process.env.VERBOSE;
const TIMEOUT_MS = Number(process.env.EE_VSCODE_TIMEOUT_S || 300) * 1000;
const TAG = 'test-vscode';

const suitePath = testsArg
  ? (isAbsolute(testsArg) ? testsArg : resolve(testsArg))
  : smoke
    ? join(ROOT, 'test/extension/host/smoke/index.js')
    : join(ROOT, 'dist/test/host/index.js');

// Mocha's spec reporter lines, counted from the relayed output.
const counts = { passing: undefined, failing: undefined, pending: undefined };
function countLine(text) {
  const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(text);
  if (m) counts[m[2]] = (counts[m[2]] ?? 0) + Number(m[1]);
}

// Prints a line from the extension host. Prefixed, so that CI's tally (which reads "N passing" at the start
// of a line) counts the final summary line of this script only, not mocha's lines as well.
function relay(text) {
  for (const line of String(text).replace(/\r/g, '').replace(/\n$/, '').split('\n')) {
    countLine(line);
    console.log(`  host| ${line}`);
  }
}

// The workbench's own chatter (connection, service worker, caches, and the extension gallery it cannot reach
// offline): shown only with VERBOSE=1.
const NOISE = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /ENOTFOUND open-vsx\.org|open-vsx\.org/,
  /^Started local extension host with pid/,
  /^Extension host .* started/,
  /^Creation of workbench contribution/,
];
// Workbench errors worth showing even without VERBOSE: the extension failing to activate, the host dying.
const WORKBENCH_ERRORS = /Activating extension .* failed|Extension host .*(terminated|crashed|exited)|Cannot find module/i;
function isWorkbenchNoise(text) {
  return NOISE.some((re) => re.test(text));
}

function finalLine(code) {
  let passed = counts.passing ?? 0;
  let failed = counts.failing ?? 0;
  if (code !== 0 && failed === 0) failed = 1; // the run failed without a counted test failure
  // In CI nothing may be skipped (test/helpers/needs.ts fails there instead); a skip that slipped through fails the run.
  const skippedInCi = process.env.CI && counts.pending ? counts.pending : 0;
  const pending = counts.pending ? `, ${counts.pending} skipped${skippedInCi ? ' (counted as failed in CI)' : ' (each says why above)'}` : '';
  console.log(`\nvscode host tests: ${passed} passed, ${failed + skippedInCi} failed${pending}`);
  return skippedInCi ? 1 : code;
}

await runMain(TAG, TIMEOUT_MS, run, (code) => finalLine(code));

async function run() {
  if (!existsSync(suitePath)) {
    throw new Error(
      `the host test suite ${suitePath} does not exist.` +
        (smoke || testsArg ? '' : ' It is built by `npm run build` (extension/build.mjs); use --smoke for the harness smoke suite.'),
    );
  }
  if (!smoke && !testsArg) checkBuilt();
  ensureCodeServer();

  const feed = await startFeedServer();
  say(TAG, `test feed at ${feed.url}`);
  const workspace = makeWorkspace();
  say(TAG, `workspace ${workspace}`);

  const server = await startCodeServer({
    env: { EE_TEST_FEED_URL: feed.url },
    log: verbose ? (l) => console.log(`  server| ${l}`) : undefined,
  });
  say(TAG, `code-server on ${server.origin}`);

  const { page } = await launchBrowser();
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  // The workbench sends its log lines here, and with them the extension host's console output (the suite's
  // reporter): `message` is console.log's argument list, format string first.
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : typeof message === 'string' ? message : JSON.stringify(message);
    if (!verbose && isWorkbenchNoise(text)) return;
    relay(level === 'error' || level === 'warn' ? `[${level}] ${text}` : text);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    resolveExit({ code: Number(code), logs });
  });
  page.on('pageerror', (e) => verbose && console.log(`  page| uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (verbose ? m.type() !== 'log' && m.type() !== 'info' : m.type() === 'error' && WORKBENCH_ERRORS.test(m.text())) {
      console.log(`  workbench| ${m.type()}: ${m.text()}`);
    }
  });
  page.on('crash', () => resolveExit({ code: 1, crashed: true }));

  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: ROOT, extensionTestsPath: suitePath });
  say(TAG, `opening the workbench with the suite ${suitePath.replace(ROOT + '/', '')}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  say(TAG, 'workbench is up; waiting for the suite to finish');

  const result = await exited;
  if (result.crashed) throw new Error('the page crashed');
  if (verbose && Array.isArray(result.logs)) say(TAG, `workbench logs: ${result.logs.map((l) => l.relativePath).join(', ')}`);
  say(TAG, `suite finished with exit code ${result.code}` + (feed.requests.length ? ` (feed served ${feed.requests.length}x)` : ''));
  return result.code;
}
