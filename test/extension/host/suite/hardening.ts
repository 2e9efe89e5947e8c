/**
 * Hardening, proven in the real extension host: network faults served by real local servers (node:http on
 * 127.0.0.1, started inside the host), bad caches, hostile profiles and a hostile feed. Runs last: the hostile feed
 * is undone at the end (the cache is restored and reloaded) so nothing after it sees those rounds.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { promises as fs, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RefreshOutcome } from '../../../../core/refresh/types';
import { officialRoundUrl } from '../../../../core/types';
import { bundledData } from '../../../../core/data/bundled';
import { DataStore } from '../../../../extension/store';
import { messages as testSideMessages } from '../../../../extension/messages';
import type { ExpressEntryApi } from '../../../../extension/extension';
import { officialPageOf } from '../../../../extension/commands';
import type { DrawsElement } from '../../../../extension/views/drawsTree';
import type { CecElement } from '../../../../extension/views/cecTree';
import { api, EXTENSION_ID, labelOf, waitFor } from './helpers';
import { needs } from '../../../helpers/needs';

// ------------------------------------------------------------------ local servers
interface LocalServer {
  readonly url: string;
  /** Requests received. */
  readonly hits: number;
  /** Body bytes the server managed to write before the client went away (for endless bodies). */
  readonly bytesWritten: number;
  /** Connections still open. */
  readonly open: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, state: { bytes: number }) => void;

async function serve(handler: Handler): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const state = { hits: 0, bytes: 0 };
  const server = createServer((req, res) => {
    state.hits++;
    try {
      handler(req, res, state);
    } catch {
      res.destroy();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ee_rounds_123_en.json`,
    get hits() {
      return state.hits;
    },
    get bytesWritten() {
      return state.bytes;
    },
    get open() {
      return sockets.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function fixtureFeed(name: string): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return readFileSync(join(ext.extensionUri.fsPath, 'test', 'fixtures', 'feeds', name), 'utf8');
}

/** Writes chunks for as long as the client reads them, counting the bytes. */
function endless(res: ServerResponse, state: { bytes: number }, chunk: Buffer): void {
  const pump = (): void => {
    while (!res.destroyed) {
      const ok = res.write(chunk);
      state.bytes += chunk.length;
      if (!ok) {
        res.once('drain', pump);
        return;
      }
    }
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

// ------------------------------------------------------------------ settings and state
const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('expressEntry');
async function setting(key: string, value: unknown): Promise<void> {
  await config().update(key, value, vscode.ConfigurationTarget.Global);
}

async function readCache(a: ExpressEntryApi): Promise<string | null> {
  const file = a.store.cacheFile;
  assert.ok(file, 'the store has a cache file in global storage');
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
}

async function refreshCommand(): Promise<{ outcome: RefreshOutcome; ms: number }> {
  const t0 = Date.now();
  const outcome = await vscode.commands.executeCommand<RefreshOutcome>('expressEntry.refresh');
  return { outcome, ms: Date.now() - t0 };
}

const TIMEOUT_S = 2;
/** What a refresh may take beyond the timeout on a busy machine. */
const SLACK_MS = 4000;

interface Fault {
  readonly name: string;
  readonly handler: Handler;
  readonly message: RegExp;
  /** The client must have hung up (an aborted or capped download). */
  readonly cutsConnection?: boolean;
}

const truncatedFeed = (): string => {
  const text = fixtureFeed('later-rounds.json');
  return text.slice(0, Math.floor(text.length / 2));
};

const FAULTS: readonly Fault[] = [
  { name: 'a stall before the headers', cutsConnection: true, handler: () => undefined, message: /Timed out after 2 s/i },
  {
    cutsConnection: true,
    name: 'a stall after the headers',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.write('{"rounds": [');
    },
    message: /Timed out after 2 s/i,
  },
  {
    cutsConnection: true,
    name: 'a body dripping one byte at a time',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), 100);
      res.on('close', () => clearInterval(t));
    },
    message: /Timed out after 2 s/i,
  },
  {
    cutsConnection: true,
    name: 'an endless body',
    handler: (_req, res, state) => {
      res.writeHead(200, JSON_TYPE);
      endless(res, state, Buffer.alloc(256 * 1024, 0x20));
    },
    message: /too large \(over 20971520 bytes\)|Timed out after 2 s/i,
  },
  {
    cutsConnection: true,
    name: 'a declared length over the size cap',
    handler: (_req, res) => {
      res.writeHead(200, { ...JSON_TYPE, 'content-length': String(50 * 1024 * 1024) });
      res.write('{');
    },
    message: /too large \(52428800 bytes; the limit is 20971520\)/i,
  },
  {
    name: 'a redirect loop',
    handler: (req, res) => {
      res.writeHead(302, { location: req.url ?? '/' });
      res.end();
    },
    message: /Too many redirects \(more than 5\)/i,
  },
  {
    name: 'a redirect to plain http elsewhere',
    handler: (_req, res) => {
      res.writeHead(301, { location: 'http://evil.example/feed.json' });
      res.end();
    },
    message: /Refusing plain http to evil\.example/i,
  },
  {
    name: 'a redirect to a file',
    handler: (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    message: /Unsupported address "file:\/\/\/etc\/passwd"/i,
  },
  {
    name: '404 Not Found',
    handler: (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    },
    message: /the server answered 404 Not Found\./i,
  },
  {
    name: '503 Service Unavailable',
    handler: (_req, res) => {
      res.writeHead(503, { 'retry-after': '3600' });
      res.end();
    },
    message: /the server answered 503 Service Unavailable\./i,
  },
  {
    name: 'an HTML page served as HTML',
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fixtureFeed('not-a-feed.html'));
    },
    message: /the server sent text\/html instead of a JSON feed\./i,
  },
  {
    name: 'an HTML page served as JSON',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end(fixtureFeed('not-a-feed.html'));
    },
    message: /HTML or XML page instead of JSON/i,
  },
  {
    name: 'truncated JSON',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end(truncatedFeed());
    },
    message: /JSON is broken or truncated/i,
  },
  {
    cutsConnection: true,
    name: 'a connection closed mid-body',
    handler: (_req, res) => {
      res.writeHead(200, { ...JSON_TYPE, 'content-length': '100000' });
      res.write(truncatedFeed().slice(0, 500));
      setTimeout(() => res.socket?.destroy(), 50);
    },
    message: /closed before the whole feed arrived|Download failed/i,
  },
  {
    name: 'a wrong content type',
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
    message: /the server sent image\/png instead of a JSON feed\./i,
  },
  {
    name: 'JSON that is not a feed',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end('{"error": "maintenance"}');
    },
    message: /no "rounds" array/i,
  },
  {
    name: 'a feed without rounds',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end(fixtureFeed('empty.json'));
    },
    message: /the feed has no rounds\./i,
  },
  {
    name: 'a feed of unreadable rounds only',
    handler: (_req, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end(fixtureFeed('all-garbage.json'));
    },
    message: /none of the \d+ rounds in the feed could be read/i,
  },
  {
    name: 'a status line carrying a command link',
    handler: (_req, res) => {
      res.writeHead(500, '[Open a terminal](command:workbench.action.terminal.new)');
      res.end();
    },
    message: /answered 500 \[Open a terminal\]\(command:workbench\.action\.terminal\.new\)/i,
  },
];

// ------------------------------------------------------------------ Markdown checks
interface MarkdownIt {
  render(text: string): string;
}
type MarkdownItFactory = (options: { html: boolean; linkify: boolean }) => MarkdownIt;
// A plain require, so that esbuild bundles markdown-it into the suite (it has no type declarations).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: an import would need type declarations
const markdownIt = (require('markdown-it') as MarkdownItFactory)({ html: true, linkify: true });

/** Renders with raw HTML allowed (more permissive than VS Code) and checks that no element or link came out. */
function assertInertMarkdown(md: vscode.MarkdownString | string, what: string): string {
  if (typeof md !== 'string') {
    assert.ok(!md.isTrusted, `${what}: isTrusted is ${JSON.stringify(md.isTrusted)}`);
    assert.ok(!md.supportHtml, `${what}: supportHtml is ${String(md.supportHtml)}`);
    assert.ok(!md.supportThemeIcons, `${what}: supportThemeIcons is ${String(md.supportThemeIcons)}`);
  }
  const value = typeof md === 'string' ? md : md.value;
  assert.doesNotMatch(value, /(^|[^\\])[<[]/m, `${what}: an unescaped "<" or "[" in\n${value}`);
  const html = markdownIt.render(value);
  const tags = [...html.matchAll(/<\s*([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[0]);
  for (const t of tags) {
    assert.match(t, /^<(p|strong|em|table|thead|tbody|tr|th|td|ul|ol|li|hr|br|code)( style="text-align:(right|left|center)")?>$/i, `${what}: element ${t}`);
  }
  return html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function hoverContents(hovers: readonly vscode.Hover[] | undefined): vscode.MarkdownString[] {
  const out: vscode.MarkdownString[] = [];
  for (const h of hovers ?? []) for (const c of h.contents) if (c instanceof vscode.MarkdownString) out.push(c);
  return out;
}

function allNodes<T>(provider: vscode.TreeDataProvider<T>, max = 5000): T[] {
  const out: T[] = [];
  const walk = (parent: T | undefined): void => {
    const children = (provider.getChildren(parent) ?? []) as T[];
    for (const c of children) {
      if (out.length >= max) return;
      out.push(c);
      walk(c);
    }
  };
  walk(undefined);
  return out;
}

// ------------------------------------------------------------------ the tests
export function hardeningTests(): void {
  describe('hardening: network faults against real local servers', function () {
    this.timeout(60_000);
    let a: ExpressEntryApi;
    before(async () => {
      a = await api();
      await setting('refreshTimeoutSeconds', TIMEOUT_S);
    });
    after(async () => {
      await setting('feedUrl', undefined);
      await setting('refreshTimeoutSeconds', undefined);
    });

    it('declares the timeout setting: default 20 s, at most 30 s', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const props = (ext.packageJSON as { contributes: { configuration: { properties: Record<string, { default: number; maximum: number; markdownDescription: string }> } } }).contributes.configuration.properties;
      const p = props['expressEntry.refreshTimeoutSeconds'];
      assert.ok(p, 'expressEntry.refreshTimeoutSeconds is contributed');
      assert.equal(p.default, 20);
      assert.equal(p.maximum, 30);
      assert.ok(p.markdownDescription.length > 40);
      assert.equal(config().inspect('refreshTimeoutSeconds')?.defaultValue, 20);
    });

    for (const fault of FAULTS) {
      it(`${fault.name}: ends in time with a clear message, data and cache unchanged, shown once`, async () => {
        const server = await serve(fault.handler);
        try {
          await setting('feedUrl', server.url);
          const data = a.store.data;
          const count = a.store.draws.rounds.length;
          const newest = a.store.draws.newest();
          const cache = await readCache(a);
          const shown = a.messages.shown.length;
          const { outcome, ms } = await refreshCommand();
          console.log(`      ${ms} ms: ${outcome.message}`);
          assert.equal(outcome.ok, false, outcome.message);
          assert.match(outcome.message, fault.message);
          assert.match(outcome.message, /^Refresh failed: .* Nothing was changed\.$/);
          assert.ok(ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${ms} ms`);
          assert.equal(a.store.data, data, 'the same data object');
          assert.equal(a.store.draws.rounds.length, count);
          assert.equal(a.store.draws.newest()?.round, newest?.round);
          assert.equal(await readCache(a), cache, 'the cache file is unchanged');
          const after = a.messages.shown.slice(shown);
          assert.equal(after.length, 1, `one message for one refresh: ${JSON.stringify(after)}`);
          assert.equal(after[0]!.severity, 'error');
          assert.ok(after[0]!.text.startsWith('Express Entry: Refresh failed: '), after[0]!.text);
          assert.doesNotMatch(after[0]!.text, /\]\(/, 'no link in the notification');
          // The download was cut off: the server sees its connection closed soon after.
          const t1 = Date.now();
          if (fault.cutsConnection) await waitFor('the connection to close', () => server.open === 0, 10_000);
          if (Date.now() - t1 > 300) console.log(`      (the server saw the connection close ${Date.now() - t1} ms later; ${server.hits} requests)`);
          if (fault.name === 'an endless body') assert.ok(server.bytesWritten < 20 * 1024 * 1024 + 48 * 1024 * 1024, `${server.bytesWritten} bytes written`);
        } finally {
          await server.close();
        }
      });
    }

    it('a feed with fewer rounds: nothing is lost', async () => {
      const feed = JSON.parse(fixtureFeed('later-rounds.json')) as { rounds: unknown[] };
      const one = JSON.stringify({ ...feed, rounds: feed.rounds.slice(1) });
      const server = await serve((_req, res) => {
        res.writeHead(200, JSON_TYPE);
        res.end(one);
      });
      try {
        await setting('feedUrl', server.url);
        const before = a.store.draws.rounds.map((r) => r.order);
        const newest = a.store.draws.newest()!;
        const { outcome, ms } = await refreshCommand();
        assert.equal(outcome.ok, true, outcome.message);
        assert.ok(ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${ms} ms`);
        const after = new Set(a.store.draws.rounds.map((r) => r.order));
        for (const o of before) assert.ok(after.has(o), `round ${o / 1000} is still there`);
        assert.ok(a.store.draws.newest()!.day >= newest.day);
        if (before.length > 2) assert.match(outcome.message, /known rounds? missing from this feed (was|were) kept/);
        const cached = await readCache(a);
        assert.ok(cached && cached.includes('"express-entry-draws-snapshot"'));
      } finally {
        await server.close();
      }
    });

    it('an automatic refresh that keeps failing is shown once, again only after a success', async () => {
      let mode: 'good' | 'bad' = 'good';
      const good = fixtureFeed('later-rounds.json');
      const server = await serve((_req, res) => {
        if (mode === 'bad') {
          res.writeHead(503);
          res.end();
        } else {
          res.writeHead(200, JSON_TYPE);
          res.end(good);
        }
      });
      try {
        await setting('feedUrl', server.url);
        assert.equal((await a.store.refresh({ interactive: false })).ok, true);
        const shown = a.messages.shown.length;
        mode = 'bad';
        for (let i = 0; i < 3; i++) assert.equal((await a.store.refresh({ interactive: false })).ok, false);
        let after = a.messages.shown.slice(shown);
        assert.equal(after.length, 1, JSON.stringify(after));
        assert.equal(after[0]!.severity, 'warning');
        assert.match(after[0]!.text, /503/);
        mode = 'good';
        assert.equal((await a.store.refresh({ interactive: false })).ok, true);
        mode = 'bad';
        await a.store.refresh({ interactive: false });
        await a.store.refresh({ interactive: false });
        after = a.messages.shown.slice(shown);
        assert.equal(after.length, 2, JSON.stringify(after));
      } finally {
        await server.close();
      }
    });

    it("a user's refresh joining a running automatic one is reported once", async () => {
      const server = await serve(() => undefined); // never answers: the timeout ends it
      try {
        await setting('feedUrl', server.url);
        const shown = a.messages.shown.length;
        const auto = a.store.refresh({ interactive: false });
        const { outcome, ms } = await refreshCommand();
        assert.equal(await auto, outcome, 'the same refresh');
        assert.ok(ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${ms} ms`);
        const after = a.messages.shown.slice(shown);
        assert.equal(after.length, 1, JSON.stringify(after));
        assert.equal(after[0]!.severity, 'error');
      } finally {
        await server.close();
      }
    });

    it('cancelling a refresh ends the download at once', async () => {
      const server = await serve(() => undefined);
      try {
        await setting('feedUrl', server.url);
        await setting('refreshTimeoutSeconds', 30);
        const abort = new AbortController();
        const t0 = Date.now();
        const pending = a.store.refresh({ interactive: true, signal: abort.signal });
        setTimeout(() => abort.abort(), 300);
        const outcome = await pending;
        assert.equal(outcome.ok, false);
        assert.match(outcome.message, /cancelled/i);
        assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
      } finally {
        await setting('refreshTimeoutSeconds', TIMEOUT_S);
        await server.close();
      }
    });
  });

  describe('hardening: caches', function () {
    this.timeout(60_000);
    let a: ExpressEntryApi;
    let original: string | null;
    let good: LocalServer;
    const bundled = bundledData();
    before(async () => {
      a = await api();
      original = await readCache(a);
      const feed = fixtureFeed('later-rounds.json');
      good = await serve((_req, res) => {
        res.writeHead(200, JSON_TYPE);
        res.end(feed);
      });
      await setting('feedUrl', good.url);
    });
    after(async () => {
      const file = a.store.cacheFile!;
      await fs.rm(file, { recursive: true, force: true });
      if (original !== null) await fs.writeFile(file, original);
      await a.store.reload();
      await setting('feedUrl', undefined);
      await good.close();
    });

    const validCache = async (): Promise<string> => {
      if (original) return original;
      const { outcome } = await refreshCommand();
      assert.equal(outcome.ok, true, outcome.message);
      return (await readCache(a))!;
    };

    for (const [name, make, why] of [
      ['corrupt', (): string => '{"format": "express-entry-draws-snapshot", "version": 1, "rounds": [[[[', /is not usable \(Not a snapshot: the JSON is broken/],
      ['truncated', (valid: string): string => valid.slice(0, Math.floor(valid.length * 0.6)), /is not usable \(Not a snapshot: the JSON is broken/],
      ['from a future format version', (valid: string): string => valid.replace(/"version": \d+,/, '"version": 7,'), /is not usable \(Snapshot format version 7 is not supported/],
      ['not a snapshot at all', (): string => '\u0000\u0001binary', /is not usable/],
    ] as const) {
      it(`a ${name} cache is ignored with a warning shown once; the bundled snapshot answers`, async () => {
        const valid = await validCache();
        const file = a.store.cacheFile!;
        await fs.mkdir(join(file, '..'), { recursive: true });
        await fs.writeFile(file, make(valid));
        const shown = a.messages.shown.length;
        await a.store.reload();
        assert.equal(a.store.loadWarnings.length, 1, JSON.stringify(a.store.loadWarnings));
        assert.match(a.store.loadWarnings[0]!, why);
        assert.ok(a.store.loadWarnings[0]!.includes(file), 'the warning names the file');
        assert.match(a.store.loadWarnings[0]!, /using the bundled data\.$/);
        assert.equal(a.store.origin, 'bundled');
        assert.equal(a.store.draws.rounds.length, bundled.rounds.length);
        assert.equal(a.store.draws.newest()?.round, bundled.provenance.newestRound);
        // The views answer from it.
        assert.ok(a.draws.getChildren().some((n) => n.kind === 'round'));
        const after = a.messages.shown.slice(shown);
        assert.equal(after.length, 1, JSON.stringify(after));
        assert.equal(after[0]!.severity, 'warning');
        // Loading the same bad cache again does not warn again.
        await a.store.reload();
        assert.equal(a.messages.shown.length, shown + 1);
        await fs.writeFile(file, valid);
        await a.store.reload();
        assert.deepEqual(a.store.loadWarnings, []);
      });
    }

    it('an unreadable, unwritable cache: a warning, the bundled data, and a refresh that keeps its data in memory', async () => {
      const file = a.store.cacheFile!;
      await fs.rm(file, { force: true });
      await fs.mkdir(file, { recursive: true }); // rounds.json is a folder: neither readable nor replaceable, even for root
      const shown = a.messages.shown.length;
      await a.store.reload();
      assert.match(a.store.loadWarnings.join(' '), /could not be read/);
      assert.equal(a.store.draws.rounds.length, bundled.rounds.length);
      const { outcome, ms } = await refreshCommand();
      assert.ok(ms < 10_000);
      assert.equal(outcome.ok, false);
      assert.ok(outcome.cacheError, 'cacheError is set');
      assert.match(outcome.message, /could not be written .*: the new data is used for now only\./);
      assert.ok(a.store.draws.round(436), 'the new rounds are in memory');
      const after = a.messages.shown.slice(shown).map((m) => m.severity);
      // The load warning, then the refresh's own message (the new-rounds notification may come too).
      assert.equal(after.filter((s) => s === 'warning').length, 1, JSON.stringify(after));
      assert.equal(after.filter((s) => s === 'error').length, 1, JSON.stringify(after));
      await fs.rm(file, { recursive: true, force: true });
    });

    it('a store over a storage folder that cannot exist (a file in its path) activates from the bundled data', async () => {
      const base = await fs.mkdtemp(join(tmpdir(), 'ee-hardening-'));
      const blocker = join(base, 'not-a-folder');
      await fs.writeFile(blocker, 'a file where the storage folder should be');
      const logged: string[] = [];
      const log = { appendLine: (line: string): void => void logged.push(line) };
      const shown = testSideMessages.shown.length;
      const store = new DataStore(join(blocker, 'globalStorage'), log);
      try {
        await store.ready;
        assert.equal(store.loadWarnings.length, 1, JSON.stringify(store.loadWarnings));
        assert.match(store.loadWarnings[0]!, /could not be read \(a part of .* is a file, not a directory\); using the bundled data\./);
        assert.equal(store.draws.rounds.length, bundled.rounds.length);
        assert.equal(testSideMessages.shown.length, shown + 1);
        assert.ok(logged.some((l) => l.startsWith('[load] The cache ')), logged.join('\n'));
        const outcome = await store.refresh({ interactive: false });
        assert.equal(outcome.ok, false);
        assert.match(outcome.message, /could not be written/);
        assert.ok(store.draws.round(436), 'the new rounds are used for the session');
        // An automatic refresh reports the cache problem once.
        await store.refresh({ interactive: false });
        const cacheWarnings = testSideMessages.shown.slice(shown + 1).filter((m) => /could not be written/.test(m.text));
        assert.equal(cacheWarnings.length, 1, JSON.stringify(cacheWarnings));
      } finally {
        store.dispose();
        await fs.rm(base, { recursive: true, force: true });
      }
    });
  });

  describe('hardening: hostile profiles', function () {
    this.timeout(90_000);
    let a: ExpressEntryApi;
    let folder: vscode.Uri | undefined;
    const created: vscode.Uri[] = [];
    const errors: string[] = [];
    const onError = (e: unknown): void => {
      const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      if (/express-entry|expressEntry|ee-profile|extension\.js/i.test(text)) errors.push(text);
    };
    before(async function () {
      folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens a copy of test/fixtures/workspace)');
      a = await api();
      process.on('uncaughtException', onError);
      process.on('unhandledRejection', onError);
    });
    after(async () => {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      if (a) await waitFor('the test profiles to go', () => created.every((u) => !a.profiles.get(u)), 15_000).catch(() => undefined);
    });

    const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Express Entry CEC');
    const write = async (name: string, text: string): Promise<vscode.Uri> => {
      const uri = vscode.Uri.joinPath(folder!, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      created.push(uri);
      return uri;
    };
    const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));
    const lang = { test: 'CLB', date: '2025-01-01', reading: 9, writing: 9, listening: 9, speaking: 9 };

    /** Everything the CEC view shows for a profile, as text; checks every item renders. */
    const cecView = (uri: vscode.Uri): string[] => {
      const root = a.cec.getChildren().find((n) => n.kind === 'profile' && n.entry.uri.toString() === uri.toString());
      assert.ok(root, `the CEC view lists ${uri.path}`);
      const lines: string[] = [];
      const walk = (n: CecElement, depth: number): void => {
        const item = a.cec.getTreeItem(n);
        lines.push(`${' '.repeat(depth)}${labelOf(item)} — ${String(item.description ?? '')}`);
        if (depth < 3) for (const c of a.cec.getChildren(n)) walk(c, depth + 1);
      };
      walk(root, 0);
      return lines;
    };

    it('malformed JSON: a syntax error on the broken line, the view says it cannot be checked', async () => {
      const text = '{\n  "asOf": "2025-11-29",\n  "jobs": [\n    { "noc": "21232", "start": "2022-01-01" "hoursPerWeek": 40 }\n  ]\n}\n';
      const uri = await write('hard-malformed.ee-profile.json', text);
      const diags = await waitFor('a syntax diagnostic', () => (ours(uri).some((d) => d.code === 'syntax') ? ours(uri) : undefined));
      const syntax = diags.filter((d) => d.code === 'syntax');
      assert.ok(syntax.some((d) => d.range.start.line === lineOf(text, '"hoursPerWeek"')), JSON.stringify(syntax.map((d) => [d.range.start.line, d.message])));
      assert.ok(syntax.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      const view = cecView(uri);
      assert.ok(view.length >= 1);
      assert.equal(a.profiles.get(uri)?.check.result.eligible, false);
    });

    it('wrong types: a problem on each line, with the reason in the view', async () => {
      const text = JSON.stringify({ asOf: '2025-11-29', jobs: [{ noc: 21232, start: '2022-01-01', hoursPerWeek: 'forty', paid: 'yes' }], language: { ...lang, reading: 'nine' } }, null, 2);
      const uri = await write('hard-types.ee-profile.json', text);
      const diags = await waitFor('type diagnostics', () => (ours(uri).length >= 3 ? ours(uri) : undefined));
      const at = (needle: string): string[] => diags.filter((d) => d.range.start.line === lineOf(text, needle)).map((d) => d.message);
      assert.ok(at('"noc": 21232').some((m) => /5-digit code as text/.test(m)), JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
      assert.ok(at('"hoursPerWeek": "forty"').some((m) => /must be a number/.test(m)));
      assert.ok(at('"reading": "nine"').some((m) => /must be a number/.test(m)));
      const view = cecView(uri).join('\n');
      assert.match(view, /cannot check/);
      assert.match(view, /must be a number/);
    });

    it('an impossible date and an end before the start: on their lines', async () => {
      const text = JSON.stringify({ asOf: '2025-11-29', jobs: [{ noc: '21232', start: '2025-02-30', hoursPerWeek: 40 }, { noc: '21232', start: '2024-05-01', end: '2023-01-01', hoursPerWeek: 40 }], language: lang }, null, 2);
      const uri = await write('hard-dates.ee-profile.json', text);
      const diags = await waitFor('date diagnostics', () => (ours(uri).length >= 2 ? ours(uri) : undefined));
      const at = (needle: string): string[] => diags.filter((d) => d.range.start.line === lineOf(text, needle)).map((d) => d.message);
      assert.ok(at('"start": "2025-02-30"').some((m) => /2025-02-30, a date that does not exist/.test(m)), JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
      assert.ok(at('"end": "2023-01-01"').some((m) => /"end" \(2023-01-01\) is before "start" \(2024-05-01\)/.test(m)));
      assert.match(cecView(uri).join('\n'), /does not exist/);
    });

    it('100 jobs: checked in bounded time, every job in the view', async () => {
      const jobs = Array.from({ length: 100 }, (_, i) => ({ title: `Job ${i + 1}`, noc: i % 4 === 0 ? '64100' : '21232', start: '2023-01-01', end: '2023-03-01', hoursPerWeek: 10, selfEmployed: i % 5 === 0 }));
      const text = JSON.stringify({ asOf: '2025-11-29', jobs, language: lang }, null, 2);
      const t0 = Date.now();
      const uri = await write('hard-100-jobs.ee-profile.json', text);
      const entry = await waitFor('the check', () => a.profiles.get(uri), 15_000);
      const diags = await waitFor('diagnostics', () => (ours(uri).length >= 40 ? ours(uri) : undefined), 15_000);
      assert.ok(Date.now() - t0 < 15_000, `${Date.now() - t0} ms`);
      assert.equal(entry.check.result.jobs.length, 100);
      const lines = text.split('\n');
      assert.ok(diags.some((d) => d.code === 'teer' && lines[d.range.start.line]!.includes('"noc": "64100"')), JSON.stringify(diags.slice(0, 5).map((d) => [d.range.start.line, d.code])));
      const root = a.cec.getChildren().find((n) => n.kind === 'profile' && n.entry.uri.toString() === uri.toString())!;
      const work = a.cec.getChildren(root).find((n) => labelOf(a.cec.getTreeItem(n)) === 'Work experience')!;
      assert.equal(a.cec.getChildren(work).length, 100);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.match(lenses?.[0]?.command?.title ?? '', /CEC: (not )?eligible/);
    });

    it('a 1 MB profile: opened, edited and checked in bounded time', async () => {
      const jobs = Array.from({ length: 100 }, (_, i) => ({ title: `Job ${i + 1} ${'·'.repeat(50)}`, noc: '21232', start: '2021-01-01', end: '2024-12-31', hoursPerWeek: 40, selfEmployed: i === 7 }));
      const text = JSON.stringify({ $comment: 'x'.repeat(1_000_000), asOf: '2025-11-29', jobs, language: lang }, null, 2);
      const uri = await write('hard-1mb.ee-profile.json', text);
      const t0 = Date.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      await waitFor('the self-employed job', () => ours(uri).some((d) => d.code === 'selfEmployed'), 20_000);
      const opened = Date.now() - t0;
      // Typing: break and mend the JSON, as a user would.
      const end = doc.positionAt(doc.getText().lastIndexOf('}'));
      await editor.edit((e) => e.insert(end, 'x'));
      await waitFor('a syntax error', () => ours(uri).some((d) => d.code === 'syntax'), 20_000);
      await editor.edit((e) => e.delete(new vscode.Range(end, end.translate(0, 1))));
      await waitFor('the syntax error to go', () => !ours(uri).some((d) => d.code === 'syntax'), 20_000);
      assert.ok(opened < 20_000, `${opened} ms`);
      const d = ours(uri).find((x) => x.code === 'selfEmployed')!;
      assert.equal(d.range.start.line, lineOf(text, '"selfEmployed": true'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('no exception reached the extension host; every profile renders and checks', async () => {
      for (const node of allNodes(a.cec)) a.cec.getTreeItem(node);
      for (const uri of created) {
        const r = await vscode.commands.executeCommand<{ eligible: boolean } | undefined>('expressEntry.checkCec', uri);
        assert.ok(r && typeof r.eligible === 'boolean', uri.path);
      }
      assert.deepEqual(errors, []);
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    });
  });

  describe('hardening: a hostile feed is shown as text', function () {
    this.timeout(90_000);
    let a: ExpressEntryApi;
    let server: LocalServer;
    let original: string | null;
    let shownBefore: number;
    let doc: vscode.TextDocument;
    const CATEGORY = 'IMG_SRC_X_ONERROR_WINDOW_PWNED_1_BEEKEEPING_OCCUPATIONS';
    const NAME_441 = '<img src=x onerror="window.__pwned=1"> Beekeeping occupations';
    const DOC_TEXT = 'Round 441 was held on 2026-09-03, then #442 on September 4, 2026 (French).\n';
    const PROGRAMS_441 = '<script>window.__pwned=2</script> Canadian Experience Class and [x](javascript:window.__pwned=3) **bold** <b>html</b>';

    before(async () => {
      a = await api();
      original = await readCache(a);
      const feed = fixtureFeed('hostile.json');
      server = await serve((_req, res) => {
        res.writeHead(200, JSON_TYPE);
        res.end(feed);
      });
      await setting('feedUrl', server.url);
      shownBefore = a.messages.shown.length;
      const { outcome } = await refreshCommand();
      assert.equal(outcome.ok, true, outcome.message);
      assert.deepEqual([...outcome.added].map(String).sort(), ['441', '442']);
      doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: DOC_TEXT });
    });
    after(async () => {
      disposeChart(a);
      await setting('feedUrl', undefined);
      await setting('statusBarCategory', undefined);
      await server.close();
      // Undo the hostile rounds: the cache as it was, reloaded.
      const file = a.store.cacheFile!;
      if (original === null) await fs.rm(file, { force: true });
      else await fs.writeFile(file, original);
      await a.store.reload();
      assert.equal(a.store.draws.round(441), undefined, 'the hostile rounds are gone');
    });

    it('the Draws view: labels are plain, tooltips are untrusted Markdown without HTML that escapes the markup', () => {
      const roots = a.draws.getChildren();
      const r441 = roots.find((n): n is Extract<DrawsElement, { kind: 'round' }> => n.kind === 'round' && n.round.round === 441);
      const r442 = roots.find((n): n is Extract<DrawsElement, { kind: 'round' }> => n.kind === 'round' && n.round.round === 442);
      assert.ok(r441 && r442, 'both hostile rounds are the latest of their category');
      assert.equal(r441.round.category, CATEGORY);
      for (const node of [r441, r442]) {
        const item = a.draws.getTreeItem(node);
        assert.doesNotMatch(labelOf(item), /[<>[\]]/, labelOf(item));
        assert.doesNotMatch(String(item.description), /[<>[\]]/);
        assert.ok(item.tooltip instanceof vscode.MarkdownString);
        const text = assertInertMarkdown(item.tooltip, `tooltip of #${node.round.round}`);
        assert.ok(text.includes(node.round.name), `the name is shown literally: ${text}`);
      }
      const text441 = assertInertMarkdown(a.draws.getTreeItem(r441).tooltip as vscode.MarkdownString, '441');
      assert.ok(text441.includes(PROGRAMS_441), text441);
      assert.ok(text441.includes('[tie](javascript:window.__pwned=4) **bold**'), text441);
      // The same under By year → 2026 → the category.
      const years = roots.find((n) => n.kind === 'years')!;
      const y2026 = a.draws.getChildren(years).find((n) => n.kind === 'year' && n.year === 2026)!;
      const cat = a.draws.getChildren(y2026).find((n) => n.kind === 'yearCategory' && n.category === CATEGORY)!;
      for (const n of a.draws.getChildren(cat)) assertInertMarkdown(a.draws.getTreeItem(n).tooltip as vscode.MarkdownString, 'year round');
    });

    it('the Statistics view and the status bar: plain text only', async () => {
      for (const node of allNodes(a.statistics)) {
        const item = a.statistics.getTreeItem(node);
        assert.ok(!(item.tooltip instanceof vscode.MarkdownString) || !item.tooltip.isTrusted);
        assert.doesNotMatch(labelOf(item), /<|\]\(/);
      }
      await setting('statusBarCategory', 'FRENCH');
      await waitFor('the status bar on #442', () => a.statusBar.item.text.includes('FRENCH 409'));
      assert.equal(typeof a.statusBar.item.tooltip, 'string');
      assert.doesNotMatch(a.statusBar.item.text, /<|\$\((?!milestone\))/);
    });

    it('hovers on the round, its date and its number: untrusted, no HTML, escaped', async () => {
      for (const [needle, expectName] of [['Round 441', true], ['2026-09-03', false], ['#442', true], ['September 4, 2026', false]] as const) {
        const at = doc.getText().indexOf(needle) + 2;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
        const contents = hoverContents(hovers).filter((c) => /Express Entry|CRS/.test(c.value));
        assert.ok(contents.length >= 1, `a hover on ${needle}`);
        for (const c of contents) {
          const text = assertInertMarkdown(c, `hover on ${needle}`);
          if (expectName) assert.ok(text.includes('window.__pwned'), `the hostile text is shown as text on ${needle}: ${text}`);
          else assert.match(text, /Img src x onerror window pwned 1 beekeeping occupations|French-language proficiency/);
        }
      }
      assert.equal(doc.getText(), DOC_TEXT, 'the document is unchanged');
    });

    it('copy as Markdown is escaped; the official page is built from the round number', async () => {
      const md = await vscode.commands.executeCommand<string>('expressEntry.copyRoundMarkdown', 441);
      const text = assertInertMarkdown(`| a | b | c | d | e | f | g |\n| - | - | - | - | - | - | - |\n${md}`, 'Markdown row');
      assert.ok(text.includes(NAME_441), text);
      const table = await vscode.commands.executeCommand<string>('expressEntry.copyDrawsMarkdown', CATEGORY);
      assertInertMarkdown(table, 'Markdown table');
      assert.equal(officialRoundUrl(441), 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=441');
      // What "Open Official Round Page" opens, from a round number and from a tree node (the context menu's argument).
      // (The command itself is not run: it would ask to open canada.ca.)
      const node = a.draws.getChildren().find((n) => n.kind === 'round' && n.round.round === 441);
      for (const arg of [441, '441', node]) {
        const url = officialPageOf(a.store, arg);
        assert.equal(url, officialRoundUrl(441));
        assert.ok(url.startsWith('https://www.canada.ca/en/immigration-refugees-citizenship/'), url);
        assert.doesNotMatch(url, /evil\.example|javascript:/);
      }
      // The feed's drawNumberURL and mitext links are not even kept in the data.
      assert.doesNotMatch(JSON.stringify(a.store.draws.round(441)), /phish|\/mitext/);
    });

    it('the chart gets plain strings and numbers; its webview keeps the strict CSP', async () => {
      await vscode.commands.executeCommand('expressEntry.showChart', { categories: [CATEGORY, 'FRENCH'], ownScore: null });
      const panel = await waitFor('chart panel', () => a.chart());
      const msg = await waitFor('chart data', () => panel.lastMessage);
      const walk = (v: unknown, path: string): void => {
        if (v === null || typeof v === 'number' || typeof v === 'boolean') return;
        if (typeof v === 'string') {
          assert.doesNotMatch(v, /[<>]|javascript:/, `${path}: ${v}`);
          return;
        }
        assert.equal(typeof v, 'object', path);
        for (const [k, x] of Object.entries(v as object)) walk(x, `${path}.${k}`);
      };
      walk(msg, 'message');
      assert.ok(msg.series[0]!.points.some((p) => p[2] === '441'));
      const html = panel.panel.webview.html;
      assert.match(html, /default-src 'none'/);
      assert.match(html, /script-src 'nonce-[A-Za-z0-9]+'/);
      assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|evil\.example|__pwned/);
    });

    it('notifications quote the feed without forming links', async () => {
      // Again: no new rounds, so the message (with the skipped round's "number", a command link) is shown.
      const { outcome } = await refreshCommand();
      assert.equal(outcome.ok, true, outcome.message);
      assert.match(outcome.message, /\[Run this\]\(command:workbench\.action\.files\.newUntitledFile\)/);
      const shown = a.messages.shown.slice(shownBefore);
      assert.ok(shown.some((m) => m.text.includes('[Run this] (command:workbench.action.files.newUntitledFile)')), JSON.stringify(shown));
      for (const m of shown) assert.doesNotMatch(m.text, /\]\(/, m.text);
      assert.ok(shown.some((m) => /2 new Express Entry rounds; the newest is #442 \(French-language proficiency, CRS 409, 2026-09-04\)/.test(m.text)), JSON.stringify(shown));
    });
  });
}

function disposeChart(a: ExpressEntryApi | undefined): void {
  a?.chart()?.dispose();
}
