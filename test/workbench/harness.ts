// Shared harness for running the extension in a REAL VS Code workbench without internet (used by the Playwright UI
// tests in test/ui and by scripts/test-vscode.mjs, which runs under tsx):
// code-server 4.100.3 (installed by scripts/setup-code-server.sh into .cache/code-server) in a local
// process, Debian's Chromium driven by playwright-core, and a local HTTP server for a test feed.
// Every process started here is tracked and killed on exit, on signals and on timeouts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
// A static import: a dynamic import() cannot resolve packages from the module tsx makes of this file.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// __filename: defined both where Playwright loads this file (CommonJS) and where tsx imports it from an ES module.
export const ROOT = resolve(dirname(__filename), '../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = process.env['CODE_SERVER_DIR'] || join(ROOT, '.cache/code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const EXTENSION_ID = 'express-entry-draws.express-entry-draws';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Settings for a quiet workbench: no welcome page, no trust prompts, no tips, no update/telemetry chatter. */
export const QUIET_USER_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'remote.autoForwardPorts': false,
};

const T0 = Date.now();
/** Seconds since the script started, for progress lines. */
export const elapsed = () => ((Date.now() - T0) / 1000).toFixed(1);
export function say(tag: string, ...args: unknown[]): void {
  console.log(`[${tag} ${elapsed()}s]`, ...args);
}

// ------------------------------------------------------------------ process bookkeeping
const children = new Set<ChildProcess>();
const temps = new Set<string>();
const closers = new Set<() => unknown>();

/** Registers an async closer (browser, server) run by cleanup(). */
export function onCleanup(fn: () => unknown): () => boolean {
  closers.add(fn);
  return () => closers.delete(fn);
}

function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-(child.pid ?? 0), signal); // the child leads its own process group (detached)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* gone */
    }
  }
}

/**
 * Kills every child process group, closes browsers/servers and removes temp dirs registered so far. Safe to call
 * twice, and again after more were started (a Playwright worker runs several spec files, each cleaning up after itself).
 */
export async function cleanup(): Promise<void> {
  const debug = process.env['DEBUG_CLEANUP'] ? (...a: unknown[]) => console.log('[cleanup]', ...a) : () => {};
  debug(`${closers.size} closers, ${children.size} children, ${temps.size} temp dirs`);
  const myClosers = [...closers].reverse();
  const myChildren = [...children];
  const myTemps = [...temps];
  closers.clear();
  temps.clear();
  for (const fn of myClosers) {
    try {
      await Promise.race([fn(), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      /* best effort */
    }
  }
  for (const c of myChildren) killTree(c, 'SIGTERM');
  const deadline = Date.now() + 3000;
  while (myChildren.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const c of myChildren) killTree(c, 'SIGKILL');
  for (const c of myChildren) children.delete(c);
  debug('processes ended');
  if (!process.env['KEEP_TEMP']) {
    for (const t of myTemps) {
      try {
        rmSync(t, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (e) {
        console.error(`warning: could not remove ${t}: ${(e as Error).message}`);
      }
    }
    debug('temp dirs removed');
  } else {
    for (const t of myTemps) console.log(`(kept ${t})`);
  }
}

function syncKillAll(): void {
  for (const c of children) killTree(c, 'SIGKILL');
}
process.on('exit', syncKillAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\nreceived ${sig}: cleaning up`);
    void cleanup().then(() => process.exit(130));
  });
}

/**
 * Runs `main` with an overall timeout. On timeout or error: message, cleanup, exit 1.
 * `main` returns the exit code. `summary(code)`, when given, prints the closing line in every case
 * (success, failure, error or timeout) before the processes are cleaned up.
 */
export async function runMain(name: string, timeoutMs: number, main: () => Promise<number>, summary?: (code: number) => number | void): Promise<never> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  let code = 1;
  try {
    code = await Promise.race([main(), timeout]);
  } catch (e) {
    console.error(`\n${name}: ERROR: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env['VERBOSE'] && e instanceof Error && e.stack) console.error(e.stack);
    code = 1;
  } finally {
    clearTimeout(timer);
  }
  if (summary) {
    try {
      const c = summary(code);
      if (typeof c === 'number') code = c;
    } catch (e) {
      console.error(`${name}: summary failed: ${(e as Error).message}`);
    }
  }
  await cleanup();
  process.exit(code);
}

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.add(d);
  return d;
}

// ------------------------------------------------------------------ setup
export function codeServerInstalled(): boolean {
  return existsSync(join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`)) && existsSync(CODE_SERVER_ENTRY) && existsSync(CHROMIUM);
}

/** Runs scripts/setup-code-server.sh when code-server or Chromium is missing. */
export function ensureCodeServer(): void {
  if (codeServerInstalled()) return;
  say('setup', 'code-server or Chromium missing: running scripts/setup-code-server.sh');
  const r = spawnSync('bash', [join(ROOT, 'scripts/setup-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (r.status !== 0 || !codeServerInstalled()) {
    throw new Error(`scripts/setup-code-server.sh failed (exit ${r.status}); cannot run the workbench tests`);
  }
}

/** The built extension must exist: `npm run build` makes dist/extension.js. */
export function checkBuilt(...files: string[]): void {
  for (const f of ['dist/extension.js', ...files]) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm run test:vscode / test:ui do)`);
  }
}

// ------------------------------------------------------------------ workspace
/** Copies test/fixtures/workspace (or nothing, when missing) to a fresh temp folder and returns it. */
export function makeWorkspace({ settings }: { settings?: Record<string, unknown> } = {}): string {
  const ws = join(tempDir('ee-ws-'), 'workspace');
  const fixture = join(ROOT, 'test/fixtures/workspace');
  if (existsSync(fixture)) cpSync(fixture, ws, { recursive: true });
  else mkdirSync(ws, { recursive: true });
  if (settings) {
    const file = join(ws, '.vscode/settings.json');
    let current: Record<string, unknown> = {};
    if (existsSync(file)) {
      try {
        current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch {
        current = {}; // JSONC with comments: ours replaces it (the fixture is a copy)
      }
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...current, ...settings }, null, 2));
  }
  return ws;
}

// ------------------------------------------------------------------ ports and the feed server
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => res(port));
    });
  });
}

export const LATER_FEED = join(ROOT, 'test/fixtures/feeds/later-rounds.json');

/**
 * Serves a feed file in IRCC's format on 127.0.0.1 (port 0) at /ee_rounds_123_en.json (any path answers it).
 * Returns { url, requests: string[], close }.
 */
export interface FeedServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startFeedServer(file = LATER_FEED): Promise<FeedServer> {
  const body = readFileSync(file);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  onCleanup(close);
  return { url: `http://127.0.0.1:${port}/ee_rounds_123_en.json`, requests, close };
}

// ------------------------------------------------------------------ code-server
/**
 * Starts code-server on a free loopback port with a fresh user-data and extensions dir.
 * Options: env (added to the server's environment, which the extension host inherits), userSettings,
 * extensionsDir (to reuse one where a .vsix was installed), log (function for server output lines).
 * Returns { port, origin, authority, userDataDir, extensionsDir, output: string[], proc }.
 */
export interface CodeServer {
  port: number;
  authority: string;
  origin: string;
  userDataDir: string;
  extensionsDir: string;
  output: string[];
  proc: ChildProcess;
}

export async function startCodeServer({
  env = {},
  userSettings = {},
  extensionsDir,
  log,
  startTimeoutMs = 90_000,
}: {
  env?: Record<string, string>;
  userSettings?: Record<string, unknown>;
  extensionsDir?: string | undefined;
  log?: ((line: string) => void) | undefined;
  startTimeoutMs?: number;
} = {}): Promise<CodeServer> {
  const port = await freePort();
  const base = tempDir('ee-cs-');
  const userDataDir = join(base, 'user-data');
  const extensions = extensionsDir || join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({ ...QUIET_USER_SETTINGS, ...userSettings }, null, 2));
  const config = join(base, 'config.yaml');
  writeFileSync(config, ''); // so code-server does not write ~/.config/code-server/config.yaml
  const args = [
    CODE_SERVER_ENTRY,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensions,
  ];
  const output: string[] = [];
  const proc = spawn(process.execPath, args, {
    cwd: base,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: join(base, 'xdg-config'), XDG_DATA_HOME: join(base, 'xdg-data'), ...env },
  });
  children.add(proc);
  const ready = new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`code-server did not start within ${startTimeoutMs / 1000} s:\n${output.slice(-30).join('\n')}`)), startTimeoutMs);
    const onLine = (line: string): void => {
      output.push(line);
      if (log) log(line);
      if (/HTTP server listening on/.test(line)) {
        clearTimeout(timer);
        res();
      }
    };
    for (const stream of [proc.stdout, proc.stderr]) {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          onLine(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
    }
    proc.on('exit', (code, sig) => {
      clearTimeout(timer);
      rej(new Error(`code-server exited early (code ${code}, signal ${sig}):\n${output.slice(-30).join('\n')}`));
    });
  });
  await ready;
  const authority = `127.0.0.1:${port}`;
  return { port, authority, origin: `http://${authority}`, userDataDir, extensionsDir: extensions, output, proc };
}

/** Installs a .vsix into an extensions dir with code-server's CLI. */
export function installVsix(vsix: string, extensionsDir: string): string {
  const base = tempDir('ee-cs-install-');
  const config = join(base, 'config.yaml');
  writeFileSync(config, '');
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--config', config, '--user-data-dir', join(base, 'ud'), '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(base, 'xdg-config'), XDG_DATA_HOME: join(base, 'xdg-data') },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

/**
 * The workbench URL for a folder, optionally with development/test paths (absolute paths on this machine).
 * code-server refuses --extensionDevelopmentPath on its command line, but the web workbench reads the
 * same arguments from the `payload` query parameter as vscode-remote:// URIs.
 */
export function workbenchUrl(
  server: CodeServer,
  { folder, extensionDevelopmentPath, extensionTestsPath }: { folder?: string; extensionDevelopmentPath?: string | undefined; extensionTestsPath?: string } = {},
): string {
  const params: string[] = [];
  if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  const payload: [string, string][] = [];
  const remote = (p: string): string => `vscode-remote://${server.authority}${p.split('/').map(encodeURIComponent).join('/')}`;
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.origin}/${params.length ? '?' + params.join('&') : ''}`;
}

// ------------------------------------------------------------------ browser
export async function launchBrowser({ viewport = { width: 1400, height: 860 } } = {}): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  onCleanup(() => browser.close());
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { browser, context, page };
}

/** Waits (bounded) for the workbench to be on screen. */
export async function waitForWorkbench(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
}
