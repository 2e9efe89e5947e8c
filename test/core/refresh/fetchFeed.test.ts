/** fetchFeedText against real HTTP servers on 127.0.0.1: no fetch mocks. */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { checkFeedUrl, fetchFeedText, FetchError, isAcceptableContentType } from '../../../core/refresh/fetchFeed';
import { fixture, sendText, startServer, timed, type TestServer } from './helpers';

/** A short timeout (0.6 s), so the stall tests take under a second each. */
const SHORT = 600;

async function rejects(p: Promise<unknown>, pattern: RegExp): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FetchError, `a FetchError, got ${String(e)}`);
    assert.match(e.message, pattern);
    return e;
  }
  assert.fail(`expected a FetchError matching ${pattern}`);
}

describe('refresh/fetchFeed: downloads from real local servers', function () {
  this.timeout(15_000);
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('downloads a feed and reports progress', async () => {
    const body = fixture('later.json');
    server = await startServer((_req, res) => sendText(res, 200, body));
    const progress: [number, number | null][] = [];
    const text = await fetchFeedText(`${server.base}/feed.json`, { onProgress: (r, t) => progress.push([r, t]) });
    assert.equal(text, body);
    assert.ok(progress.length >= 1);
    assert.deepEqual(progress[progress.length - 1], [Buffer.byteLength(body), Buffer.byteLength(body)]);
  });

  it('accepts JSON served as text/plain or without a content type (the content is validated later)', async () => {
    const body = fixture('base.json');
    server = await startServer((req, res) => {
      if (req.url === '/plain') sendText(res, 200, body, 'text/plain; charset=utf-8');
      else {
        res.writeHead(200);
        res.end(body);
      }
    });
    assert.equal(await fetchFeedText(`${server.base}/plain`, {}), body);
    assert.equal(await fetchFeedText(`${server.base}/none`, {}), body);
  });

  it('reports 404 and 500 with the status', async () => {
    server = await startServer((req, res) => sendText(res, req.url === '/missing' ? 404 : 500, 'error', 'text/plain'));
    await rejects(fetchFeedText(`${server.base}/missing`, {}), /^The server answered 404 Not Found\.$/);
    await rejects(fetchFeedText(`${server.base}/broken`, {}), /^The server answered 500 Internal Server Error\.$/);
  });

  it('refuses a wrong content type (an HTML page, an image)', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/html') sendText(res, 200, fixture('not-a-feed.html'), 'text/html; charset=utf-8');
      else sendText(res, 200, fixture('base.json'), 'image/png');
    });
    await rejects(fetchFeedText(`${server.base}/html`, {}), /sent text\/html instead of a JSON feed/);
    await rejects(fetchFeedText(`${server.base}/png`, {}), /sent image\/png instead of a JSON feed/);
  });

  it('ends a stalled body (headers sent, then nothing) within the timeout and closes the connection', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"classes":"wb-tables","rounds":[');
      // …and never another byte.
    });
    const r = await timed(() => fetchFeedText(`${server!.base}/stall`, { timeoutMs: SHORT }));
    assert.ok(r.error instanceof FetchError);
    assert.match((r.error).message, /^Timed out after 0\.6 s/);
    assert.ok(r.ms >= SHORT - 50 && r.ms < SHORT + 1500, `ended after ${Math.round(r.ms)} ms`);
    await waitFor(() => server!.closedSockets() >= 1, 2000, 'the client closed the stalled connection');
  });

  it('ends a server that never sends headers within the timeout', async () => {
    server = await startServer(() => undefined);
    const r = await timed(() => fetchFeedText(`${server!.base}/silent`, { timeoutMs: SHORT }));
    assert.match((r.error as Error).message, /^Timed out after 0\.6 s/);
    assert.ok(r.ms < SHORT + 1500, `ended after ${Math.round(r.ms)} ms`);
  });

  it('stops an endless body at the size cap and closes the connection (memory stays bounded)', async () => {
    const maxBytes = 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    let serverSawClose = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('close', () => (serverSawClose = true));
      const pump = (): void => {
        // Backpressure-aware endless writer: only writes while the client reads.
        while (!res.destroyed && written < 512 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
      };
      res.write('{"rounds":[');
      pump();
    });
    const r = await timed(() => fetchFeedText(`${server!.base}/endless`, { maxBytes, timeoutMs: 10_000 }));
    assert.match((r.error as Error).message, /^The feed is too large \(over 1048576 bytes\)\.$/);
    await waitFor(() => serverSawClose, 2000, 'the server saw the connection closed');
    const after = written;
    await new Promise((ok) => setTimeout(ok, 200));
    assert.equal(written, after, 'nothing more is sent after the cap');
    // The client read at most the cap plus what sat in socket buffers: far from the 512 MB the server would send.
    assert.ok(written < maxBytes + 16 * 1024 * 1024, `server wrote ${written} bytes`);
  });

  it('reads a gzip-compressed feed, and stops a compression bomb at the cap on the decompressed size', async () => {
    const body = fixture('later.json');
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20)); // ~16 KB on the wire, 16 MB unpacked (8 times the cap)
    server = await startServer((req, res) => {
      const data = req.url === '/bomb' ? bomb : gzipSync(body);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': data.length });
      res.end(data);
    });
    const progress: (number | null)[] = [];
    assert.equal(await fetchFeedText(`${server.base}/feed.json`, { onProgress: (_r, t) => progress.push(t) }), body);
    assert.ok(progress.every((t) => t === null), 'no misleading total for a compressed body');
    await rejects(fetchFeedText(`${server.base}/bomb`, { maxBytes: 2 * 1024 * 1024 }), /^The feed is too large \(over 2097152 bytes\)\.$/);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 50_000_000 });
      res.write('{');
    });
    await rejects(fetchFeedText(`${server.base}/big`, { maxBytes: 1000, timeoutMs: 5000 }), /too large \(50000000 bytes; the limit is 1000\)/);
  });

  it('follows a redirect, and stops a redirect loop', async () => {
    const body = fixture('base.json');
    server = await startServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/feed.json' });
        res.end();
      } else if (req.url === '/feed.json') sendText(res, 200, body);
      else {
        res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
        res.end();
      }
    });
    assert.equal(await fetchFeedText(`${server.base}/old`, {}), body);
    server.requests.length = 0;
    await rejects(fetchFeedText(`${server.base}/a`, { maxRedirects: 4 }), /^Too many redirects \(more than 4\)\.$/);
    assert.equal(server.requests.length, 5);
  });

  it('refuses a redirect to plain http elsewhere or to another scheme', async () => {
    server = await startServer((req, res) => {
      res.writeHead(302, { location: req.url === '/ext' ? 'http://example.com/feed.json' : 'file:///etc/passwd' });
      res.end();
    });
    await rejects(fetchFeedText(`${server.base}/ext`, {}), /Refusing plain http to example\.com/);
    await rejects(fetchFeedText(`${server.base}/file`, {}), /Unsupported address/);
  });

  it('reports a connection closed mid-body', async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 10_000 });
      res.write('{"rounds":[', () => req.socket.destroy());
    });
    await rejects(fetchFeedText(`${server.base}/cut`, { timeoutMs: 5000 }), /closed before the whole feed arrived/);
  });

  it('reports a refused connection', async () => {
    const s = await startServer(() => undefined);
    const url = `${s.base}/feed.json`;
    await s.close();
    await rejects(fetchFeedText(url, { timeoutMs: 5000 }), /^Could not connect to 127\.0\.0\.1:\d+ \(connection refused\)\.$/);
  });

  it('can be cancelled, also before it starts', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const r = await timed(() => fetchFeedText(`${server!.base}/slow`, { signal: ac.signal, timeoutMs: 10_000 }));
    assert.match((r.error as Error).message, /^Cancelled\.$/);
    assert.ok(r.ms < 2000);
    const done = new AbortController();
    done.abort();
    await rejects(fetchFeedText(`${server.base}/slow`, { signal: done.signal }), /^Cancelled\.$/);
  });
});

describe('refresh/fetchFeed: allowed addresses and content types', () => {
  it('allows https anywhere and http only on loopback', () => {
    assert.equal(checkFeedUrl('https://www.canada.ca/x.json').hostname, 'www.canada.ca');
    for (const ok of ['http://127.0.0.1:8080/f.json', 'http://localhost/f.json', 'http://[::1]:9/f.json', 'http://127.1.2.3/f']) checkFeedUrl(ok);
    assert.throws(() => checkFeedUrl('http://www.canada.ca/x.json'), /Refusing plain http/);
    assert.throws(() => checkFeedUrl('http://127.0.0.1.example.com/x.json'), /Refusing plain http/);
    assert.throws(() => checkFeedUrl('ftp://example.com/x.json'), /Unsupported address/);
    assert.throws(() => checkFeedUrl('not a url'), /is not a URL/);
  });

  it('accepts JSON-ish content types and refuses others', () => {
    for (const t of [null, '', 'application/json', 'application/json; charset=utf-8', 'text/json', 'application/vnd.x+json', 'text/plain', 'application/octet-stream']) {
      assert.ok(isAcceptableContentType(t), String(t));
    }
    for (const t of ['text/html', 'text/html; charset=utf-8', 'application/xml', 'image/png']) assert.ok(!isAcceptableContentType(t), t);
  });
});

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting: ${what}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}
