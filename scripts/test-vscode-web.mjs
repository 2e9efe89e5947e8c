#!/usr/bin/env node
// Runs the web build's suite (dist/test/web/index.js) in VS Code's WEB-WORKER extension host, offline: code-server's
// browser workbench with the extension under development marked web-only (payload extensionDevelopmentKind "web"),
// so VS Code loads package.json "browser" (dist/web/extension.js) in a web worker, as vscode.dev would.
// The feed is served on 127.0.0.1 with CORS allowed (a web worker's fetch is a cross-origin request) and set as
// expressEntry.feedUrl in the workspace. Takes a screenshot of the workbench (docs/screenshots/web-sidebar.png with
// --docs). Ends with one line "vscode web tests: N passed, M failed". Env: VERBOSE=1 prints everything.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { format } from 'node:util';
import { dirname, join } from 'node:path';
import {
  ROOT, EXTENSION_ID, LATER_FEED, checkBuilt, ensureCodeServer, launchBrowser, makeWorkspace, onCleanup, runMain, say, startCodeServer,
} from '../test/workbench/harness.ts';

const TAG = 'test-vscode-web';
const verbose = !!process.env.VERBOSE;
const docs = process.argv.includes('--docs');
const suitePath = join(ROOT, 'dist/test/web/index.js');
const counts = { passing: 0, failing: 0 };

async function corsFeedServer() {
  const body = readFileSync(LATER_FEED);
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(req.method === 'GET' ? body : undefined);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  onCleanup(() => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }));
  return { url: `http://127.0.0.1:${server.address().port}/ee_rounds_123_en.json`, requests };
}

function relay(text) {
  for (const line of String(text).replace(/\r/g, '').split('\n')) {
    const m = /^\s*(\d+) (passing|failing)\b/.exec(line);
    if (m) counts[m[2]] += Number(m[1]);
    console.log(`  web| ${line}`);
  }
}

await runMain(TAG, Number(process.env.EE_VSCODE_TIMEOUT_S || 300) * 1000, run, (code) => {
  const failed = code !== 0 && counts.failing === 0 ? 1 : counts.failing;
  console.log(`\nvscode web tests: ${counts.passing} passed, ${failed} failed`);
  return code;
});

async function run() {
  checkBuilt('dist/test/web/index.js', 'dist/web/extension.js');
  ensureCodeServer();
  const feed = await corsFeedServer();
  const workspace = makeWorkspace({ settings: { 'expressEntry.feedUrl': feed.url } });
  // VS Code 1.100's web workbench reads the payload's extensionDevelopmentKind into a property its extension-host
  // placement never reads (extensionDevelopmentLocationKind vs extensionDevelopmentKind), so the kind is set the
  // way a user would: remote.extensionKind "web" runs it in the browser's web-worker extension host.
  const server = await startCodeServer({
    userSettings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
    log: verbose ? (l) => console.log(`  server| ${l}`) : undefined,
  });
  say(TAG, `code-server on ${server.origin}, feed at ${feed.url}`);
  const { page } = await launchBrowser();
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const shot = docs ? join(ROOT, 'docs/screenshots/web-sidebar.png') : join(ROOT, 'dist/screenshots/web-sidebar.png');
  let shooting;
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : String(message);
    // While the extension still runs (its views go blank when the suite ends): the sidebar beside the chart.
    if (!shooting && text.includes('✔ chart')) {
      mkdirSync(dirname(shot), { recursive: true });
      shooting = new Promise((r) => setTimeout(r, 1500)).then(() => page.screenshot({ path: shot })).catch((e) => say(TAG, `no screenshot: ${e.message}`));
    }
    if (verbose || /passing|failing|✔|✖|Error|web worker|extension/i.test(text)) relay(level === 'error' ? `[error] ${text}` : text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('console', (m) => verbose && console.log(`  page| ${m.type()}: ${m.text()}`));
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(suitePath)],
    ['extensionDevelopmentKind', 'web'],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  say(TAG, 'workbench is up; waiting for the web suite');
  const code = await exited;
  await shooting;
  say(TAG, `suite finished with exit code ${code}; feed served ${feed.requests.length}x; screenshot ${shot}`);
  return code;
}
