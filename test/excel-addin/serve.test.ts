/** serve.mjs over plain http (--http): serves dist/excel-addin, nothing outside it, GET/HEAD only. */
import assert from 'node:assert/strict';
import { request, type Server } from 'node:http';
import { ensureBuilt } from './helpers/bundle';
import { startServer } from '../../excel-addin/serve.mjs';

function get(base: string, rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('excel-addin: serve.mjs', function () {
  this.timeout(60_000);
  let server: Server;
  let url: string;
  before(async () => {
    await ensureBuilt();
    ({ server, url } = await startServer({ http: true, port: 0, host: '127.0.0.1', extra: { '/feed.json': { type: 'application/json', body: '{"rounds":[]}' } } }));
  });
  after(() => server?.close());

  it('serves the built files with their types', async () => {
    const json = await get(url, '/functions.json');
    assert.equal(json.status, 200);
    assert.match(json.type, /application\/json/);
    assert.ok((JSON.parse(json.body) as { functions: unknown[] }).functions.length >= 14);
    assert.match((await get(url, '/functions.js')).type, /text\/javascript/);
    assert.match((await get(url, '/')).body, /<title>Express Entry Draws<\/title>/);
    assert.equal((await get(url, '/assets/icon-80.png')).status, 200);
    assert.equal((await get(url, '/feed.json')).body, '{"rounds":[]}');
  });

  it('serves nothing outside dist/excel-addin', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/../../package.json']) {
      const r = await get(url, p);
      assert.ok(r.status === 403 || r.status === 404, `${p} → ${r.status}`);
      assert.doesNotMatch(r.body, /express-entry-draws/);
    }
    assert.equal((await get(url, '/nope.txt')).status, 404);
  });

  it('answers GET and HEAD only', async () => {
    assert.equal((await get(url, '/functions.json', 'POST')).status, 405);
    assert.equal((await get(url, '/functions.json', 'HEAD')).status, 200);
  });
});
