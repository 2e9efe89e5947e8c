/**
 * The task pane's download settings and diagnosis (excel-addin/taskpane/download.ts), in Node: limits from the query
 * and browser storage, clamped to 30 s and 20 MB; the sentence for a bare browser network error; the limits reach
 * the download (a stalled local server ends at the pane's time limit). The same paths run in Chromium in
 * test/excel-addin/browser/faults.mjs.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { diagnose, limitsText, paneSource, refreshLimits, MAX_TIMEOUT_MS, TIMEOUT_KEY, MAX_BYTES_KEY, type FetchLike } from '../../excel-addin/taskpane/download';
import type { KeyValueStorage } from '../../excel-addin/taskpane/browserCache';

function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage {
  const m = new Map(Object.entries(entries));
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

describe('excel-addin: task pane download limits and diagnosis', () => {
  it('defaults: 20 s and 20 MB (never over 30 s)', () => {
    const l = refreshLimits('', null);
    assert.deepEqual(l, { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 });
    assert.ok(l.timeoutMs <= MAX_TIMEOUT_MS);
    assert.equal(limitsText(l), '20 s or 20 MB');
  });

  it('the query wins over browser storage; both are clamped; junk is ignored', () => {
    const storage = memoryStorage({ [TIMEOUT_KEY]: '1500', [MAX_BYTES_KEY]: '2048' });
    assert.deepEqual(refreshLimits('', storage), { timeoutMs: 1500, maxBytes: 2048 });
    assert.deepEqual(refreshLimits('?timeoutMs=2000&maxBytes=1048576', storage), { timeoutMs: 2000, maxBytes: 1_048_576 });
    assert.deepEqual(refreshLimits('?timeoutMs=999999999&maxBytes=1e12', null), { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 });
    assert.deepEqual(refreshLimits('?timeoutMs=0&maxBytes=-5', null), { timeoutMs: 200, maxBytes: 1024 });
    assert.deepEqual(refreshLimits('?timeoutMs=soon&maxBytes=', memoryStorage({ [TIMEOUT_KEY]: 'NaN' })), { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 });
    assert.equal(limitsText({ timeoutMs: 1500, maxBytes: 512 * 1024 }), '1.5 s or 512 KB');
  });

  it('a browser storage that throws is the same as none', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    assert.deepEqual(refreshLimits('', throwing), refreshLimits('', null));
  });

  it('diagnosis of a bare network error: a redirect that could not be followed, a broken connection, an unreachable server', async () => {
    const redirect: FetchLike = async () => ({ type: 'opaqueredirect', status: 0, body: null }) as unknown as Response;
    const ok: FetchLike = async () => new Response('{}', { status: 200 });
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const hang: FetchLike = (_u, init) =>
      new Promise((_ok, fail) => init.signal?.addEventListener('abort', () => fail(new Error('aborted'))));
    assert.match(await diagnose('http://127.0.0.1:9/feed', 1000, redirect), /127\.0\.0\.1:9 redirects, and the redirects could not be followed \(a redirect loop/);
    assert.match(await diagnose('http://127.0.0.1:9/feed', 1000, ok), /connection to 127\.0\.0\.1:9 broke before the whole feed arrived/);
    assert.match(await diagnose('http://127.0.0.1:9/feed', 1000, down), /Could not download the feed from 127\.0\.0\.1:9: the server did not answer/);
    const t0 = Date.now();
    assert.match(await diagnose('http://127.0.0.1:9/feed', 150, hang), /Could not download/);
    assert.ok(Date.now() - t0 < 1000, 'the probe keeps to the time left');
    assert.match(await diagnose('http://127.0.0.1:9/feed', 10, redirect), /Could not download/, 'no time left: no probe');
  });

  describe('against a local server', () => {
    let server: Server;
    let base: string;
    const open = new Set<Socket>();
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/stall') res.writeHead(200, { 'content-type': 'application/json' }).flushHeaders();
        else if (req.url === '/big') res.writeHead(200, { 'content-type': 'application/json' }).end(`{"rounds":[${' '.repeat(4096)}]}`);
        else res.writeHead(404).end();
      });
      server.on('connection', (s) => {
        open.add(s);
        s.on('close', () => open.delete(s));
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    });

    it("the pane's time limit ends a stalled body, whatever the caller asks", async () => {
      const source = paneSource(`${base}/stall`, { timeoutMs: 300, maxBytes: 1024 * 1024 });
      const t0 = Date.now();
      await assert.rejects(source.fetchText({ timeoutMs: 60_000 }), /Timed out after 0\.3 s/);
      assert.ok(Date.now() - t0 < 1500);
    });

    it("the pane's size cap refuses a larger feed", async () => {
      const source = paneSource(`${base}/big`, { timeoutMs: 2000, maxBytes: 1024 });
      await assert.rejects(source.fetchText({}), /too large/);
    });
  });
});
