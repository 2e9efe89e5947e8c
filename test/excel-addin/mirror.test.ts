/**
 * `addin:serve --mirror` against real local HTTP servers: an "IRCC" upstream on 127.0.0.1 and the add-in's server.
 * The mirror fetches the feed server-side on its schedule, serves the last valid copy from the add-in's origin
 * (/feed.json, with CORS), keeps it when the upstream sends something that is not a feed, and the pane's refresh
 * from that address adds the upstream's rounds through the core.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureBuilt } from './helpers/bundle';
import { startServer } from '../../excel-addin/serve.mjs';
import { startMirror, type Mirror } from '../../excel-addin/mirror';
import { bundledData } from '../../core/data/bundled';
import { refreshData, urlSource } from '../../core/refresh/index';

function feed(rounds: { n: number; date: string; crs: number }[]): string {
  return JSON.stringify({
    classes: '',
    rounds: rounds.map((r) => ({ drawNumber: String(r.n), drawDate: r.date, drawName: 'Canadian Experience Class', drawSize: '1,500', drawCRS: String(r.crs) })),
  });
}

describe('excel-addin: the feed mirror of addin:serve', function () {
  this.timeout(60_000);
  let upstream: Server;
  let upstreamUrl: string;
  let body = feed([{ n: 9700, date: '2026-11-18', crs: 499 }]);
  let type = 'application/json';
  let hits = 0;
  let mirror: Mirror;
  let server: Server;
  let url: string;
  const logs: string[] = [];

  before(async () => {
    await ensureBuilt();
    upstream = createServer((req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/ee_rounds_123_en.json`;
    mirror = startMirror({ url: upstreamUrl, everyMs: 300, timeoutMs: 2000, log: (l) => logs.push(l) });
    ({ server, url } = await startServer({ http: true, port: 0, host: '127.0.0.1', mirror }));
  });
  after(async () => {
    mirror?.stop();
    server?.close();
    await new Promise<void>((ok) => upstream.close(() => ok()));
  });

  const get = async (path: string): Promise<{ status: number; type: string; cors: string | null; text: string }> => {
    const r = await fetch(`${url}${path}`, { cache: 'no-store' });
    return { status: r.status, type: r.headers.get('content-type') ?? '', cors: r.headers.get('access-control-allow-origin'), text: await r.text() };
  };

  it('serves the upstream feed from its own origin, with CORS', async () => {
    await mirror.refreshNow();
    const r = await get('/feed.json');
    assert.equal(r.status, 200);
    assert.match(r.type, /application\/json/);
    assert.equal(r.cors, '*');
    assert.equal(r.text, body);
    assert.ok(mirror.lastGood());
  });

  it('tells the task pane to refresh from it by default (the page names feed.json)', async () => {
    const page = await get('/taskpane.html');
    assert.match(page.text, /<meta name="ee-feed-mirror" content="feed\.json">/);
    const plain = await startServer({ http: true, port: 0, host: '127.0.0.1' });
    try {
      const r = await fetch(`${plain.url}/taskpane.html`);
      assert.match(await r.text(), /<meta name="ee-feed-mirror" content="">/, 'a server without a copy names none');
    } finally {
      plain.server.close();
    }
  });

  it('the pane\'s refresh from the mirror adds the upstream\'s rounds through the core', async () => {
    const outcome = await refreshData(bundledData(), urlSource(`${url}/feed.json`), { location: 'memory', read: async () => null, write: async () => undefined });
    assert.equal(outcome.ok, true, outcome.message);
    assert.deepEqual(outcome.added, [9700]);
  });

  it('an upstream page that is not a feed is refused: the last good copy stays', async () => {
    const good = body;
    body = '<html><body>Maintenance</body></html>';
    type = 'text/html';
    const outcome = await mirror.refreshNow();
    assert.equal(outcome.ok, false);
    assert.equal((await get('/feed.json')).text, good);
    assert.match(logs[logs.length - 1]!, /Refresh failed: .* The last good copy is still served\./);
    body = good;
    type = 'application/json';
  });

  it('downloads again on its schedule and serves the newer feed', async () => {
    const before = hits;
    body = feed([{ n: 9700, date: '2026-11-18', crs: 499 }, { n: 9701, date: '2026-11-25', crs: 505 }]);
    // Polls instead of sleeping a fixed second: done as soon as two scheduled downloads (every 0.3 s) have happened.
    const t0 = performance.now();
    let served = '';
    while ((hits - before < 2 || served !== body) && performance.now() - t0 < 3000) {
      await new Promise((r) => setTimeout(r, 50));
      served = (await get('/feed.json')).text;
    }
    assert.ok(hits - before >= 2, `${hits - before} scheduled downloads in 3 s (every 0.3 s)`);
    assert.equal(served, body);
  });

  it('before any valid copy it answers 503 with a sentence', async () => {
    const empty = startMirror({ url: 'http://127.0.0.1:9/none.json', everyMs: 60_000, timeoutMs: 500 });
    try {
      await empty.refreshNow();
      const r = empty.route();
      assert.equal(r.status, 503);
      assert.match(r.body, /no valid copy of the feed yet/);
    } finally {
      empty.stop();
    }
  });
});
