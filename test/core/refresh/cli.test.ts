/**
 * `ee refresh` and the cache the other commands read: in process (main(argv, io) with a captured io) and, once,
 * as child processes of the built `node dist/cli.js`. Real local HTTP servers only.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../core/cli/main';
import { loadCliData } from '../../../core/cli/data';
import type { CliIO } from '../../../core/cli/io';
import { BUILT_CLI, requireBuiltCli } from '../cli/run';
import { dayFromIso } from '../../../core/feed/dates';
import { bundledData } from '../../../core/data/bundled';
import { FEEDS, feedServer, fixture, startServer, tempDir, type TestServer } from './helpers';

interface Captured {
  readonly io: CliIO;
  readonly out: string[];
  readonly err: string[];
}

function capture(env: Record<string, string | undefined> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), env }, out, err };
}

describe('ee refresh (in process)', function () {
  this.timeout(20_000);
  let server: TestServer;
  let tmp: { dir: string; remove: () => void };
  const cacheFile = (): string => join(tmp.dir, 'rounds.json');

  before(async () => {
    const feeds = feedServer();
    server = await startServer((req, res) => {
      if (req.url === '/stall') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"rounds":[');
        return;
      }
      if (req.url === '/slow') {
        // The whole feed, in pieces, over about 1 s: progress (shown after 250 ms here, see SLOW_IO) must show.
        const body = Buffer.from(fixture('later.json'));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        let at = 0;
        const step = Math.ceil(body.length / 5);
        const timer = setInterval(() => {
          if (res.destroyed) return clearInterval(timer);
          res.write(body.subarray(at, at + step));
          at += step;
          if (at >= body.length) {
            clearInterval(timer);
            res.end();
          }
        }, 200);
        return;
      }
      feeds(req, res);
    });
  });
  after(() => server.close());
  beforeEach(() => (tmp = tempDir('ee-cli-')));
  afterEach(() => tmp.remove());

  /** Progress shows after 250 ms instead of 1 s, so that the slow and stalled downloads below need not take seconds. */
  const SLOW_IO = { progressAfterMs: 250 };
  const run = async (args: string[], env: Record<string, string | undefined> = {}, extra: Partial<CliIO> = {}): Promise<Captured & { code: number }> => {
    const c = capture(env);
    const code = await main(['refresh', ...args], { ...c.io, ...extra });
    return { ...c, code };
  };

  it('refreshes from a URL into --cache-dir: exit 0, the message on stdout, notes on stderr', async () => {
    const r = await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir]);
    assert.equal(r.code, 0);
    assert.deepEqual(r.out, ['4 new rounds (#435–#438); now 439 rounds up to #438 on 2027-01-14. 435 known rounds missing from this feed were kept.']);
    assert.ok(r.err.some((l) => /^Note: round 438: Draw name "Beekeeping occupations, 2027-Version 1" matches no known category/.test(l)), r.err.join('\n'));
    assert.ok(r.err.includes(`Saved to ${cacheFile()}.`));
    assert.ok(existsSync(cacheFile()));
  });

  it('then every command sees the refreshed data (--cache-dir DIR, --cache-dir=DIR, EE_CACHE_DIR)', async () => {
    assert.equal((await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir])).code, 0);
    for (const [args, env] of [
      [['cutoff', 'CEC', '--cache-dir', tmp.dir, '--json'], {}],
      [['cutoff', `--cache-dir=${tmp.dir}`, 'cec', '--json'], {}],
      [['cutoff', 'cec', '--json'], { EE_CACHE_DIR: tmp.dir }],
    ] as [string[], Record<string, string>][]) {
      const c = capture(env);
      assert.equal(await main(args, { ...c.io, today: () => dayFromIso('2026-11-29')! }), 0, c.err.join('\n'));
      const j = JSON.parse(c.out.join('\n')) as { round: number; crs: number };
      assert.deepEqual([j.round, j.crs], [435, 518]);
      assert.deepEqual(c.err, []);
    }
    const d = await loadCliData(tmp.dir, capture().io);
    assert.equal(d.origin, 'cache');
    assert.ok(d.draws.unknownCategories().includes('BEEKEEPING_OCCUPATIONS'));
  });

  it('without a cache the bundled snapshot answers; a broken cache is reported on stderr', async () => {
    let c = capture();
    let d = await loadCliData(tmp.dir, c.io);
    assert.equal(d.origin, 'bundled');
    assert.equal(d.data, bundledData());
    assert.equal(d.draws.rounds.length, 435);
    writeFileSync(cacheFile(), '{"format": "express-entry-draws-snapshot", "version": 1, "rou');
    c = capture();
    d = await loadCliData(tmp.dir, c.io);
    assert.equal(d.origin, 'bundled');
    assert.equal(c.err.length, 1);
    assert.match(c.err[0]!, /^Warning: The cache .*rounds\.json is not usable \(Not a snapshot: the JSON is broken.*\); using the bundled data\.$/);
  });

  it('a failed refresh: exit 1, says why, the cache stays byte for byte', async () => {
    assert.equal((await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir])).code, 0);
    const before = readFileSync(cacheFile());
    for (const path of ['/missing.json', '/not-a-feed.html', '/empty.json']) {
      const r = await run(['--url', `${server.base}${path}`, '--cache-dir', tmp.dir]);
      assert.equal(r.code, 1, path);
      assert.equal(r.out.length, 1);
      assert.match(r.out[0]!, /^Refresh failed: .* Nothing was changed\.$/);
      assert.ok(readFileSync(cacheFile()).equals(before));
    }
    const r404 = await run(['--url', `${server.base}/missing.json`, '--cache-dir', tmp.dir]);
    assert.deepEqual(r404.out, ['Refresh failed: the server answered 404 Not Found. Nothing was changed.']);
  });

  it('--json prints the outcome as JSON', async () => {
    const r = await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir, '--json']);
    assert.equal(r.code, 0);
    const o = JSON.parse(r.out.join('\n')) as Record<string, unknown>;
    assert.equal(o['ok'], true);
    assert.deepEqual(o['added'], [435, 436, 437, 438]);
    assert.deepEqual(o['updated'], []);
    assert.equal(o['rounds'], 439);
    assert.equal(o['newestRound'], 438);
    assert.equal(o['newestDate'], '2027-01-14');
    assert.equal(o['cache'], cacheFile());
    assert.match(String(o['licence']), /Open Government Licence – Canada/);
    assert.ok(Array.isArray(o['warnings']));
    const f = await run(['--url', `${server.base}/missing.json`, '--cache-dir', tmp.dir, '--json']);
    assert.equal(f.code, 1);
    assert.equal((JSON.parse(f.out.join('\n')) as { ok: boolean }).ok, false);
  });

  it('reads a local feed file given to --url', async () => {
    const r = await run(['--url', join(FEEDS, 'later.json'), '--cache-dir', tmp.dir]);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.match(r.out[0]!, /^4 new rounds \(#435–#438\)/);
    const missing = await run(['--url', join(tmp.dir, 'nope.json'), '--cache-dir', tmp.dir]);
    assert.equal(missing.code, 1);
    assert.match(missing.out[0]!, /^Refresh failed: .*nope\.json does not exist\. Nothing was changed\.$/);
  });

  it('EE_CACHE_DIR is used when there is no --cache-dir', async () => {
    const r = await run(['--url', `${server.base}/later.json`], { EE_CACHE_DIR: tmp.dir });
    assert.equal(r.code, 0);
    assert.ok(existsSync(cacheFile()));
  });

  it('--timeout ends a stalled download (exit 1) and progress shows while waiting', async () => {
    const t0 = performance.now();
    const r = await run(['--url', `${server.base}/stall`, '--cache-dir', tmp.dir, '--timeout', '0.8'], {}, SLOW_IO);
    const ms = performance.now() - t0;
    assert.equal(r.code, 1);
    assert.deepEqual(r.out, ['Refresh failed: timed out after 0.8 s: the server did not send the whole feed in time. Nothing was changed.']);
    assert.ok(ms < 2500, `ended after ${Math.round(ms)} ms`);
    assert.ok(r.err.some((l) => /^Downloading .*\/stall: 11 bytes received…$/.test(l)), r.err.join('\n'));
  });

  it('shows bytes received on stderr when a download is slow, and nothing when it is fast', async () => {
    const slow = await run(['--url', `${server.base}/slow`, '--cache-dir', tmp.dir], {}, SLOW_IO);
    assert.equal(slow.code, 0);
    assert.ok(slow.err.some((l) => /^Downloading .*\/slow: \d+ (bytes|KB) of \d+ (bytes|KB) received…$/.test(l)), slow.err.join('\n'));
    const fast = await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir]);
    assert.ok(!fast.err.some((l) => l.startsWith('Downloading')));
  });

  it('a broken cache is reported, and a good refresh replaces it', async () => {
    writeFileSync(cacheFile(), 'garbage');
    const r = await run(['--url', `${server.base}/later.json`, '--cache-dir', tmp.dir]);
    assert.equal(r.code, 0);
    assert.match(r.err[0]!, /^Warning: The cache .* is not usable/);
    const c = capture();
    const d = await loadCliData(tmp.dir, c.io);
    assert.equal(d.origin, 'cache');
    assert.deepEqual(c.err, []);
  });

  it('an unwritable cache folder: exit 1, the message says the cache could not be written', async () => {
    const blocker = join(tmp.dir, 'file');
    writeFileSync(blocker, 'x');
    const r = await run(['--url', `${server.base}/later.json`, '--cache-dir', join(blocker, 'cache')]);
    assert.equal(r.code, 1);
    assert.match(r.out[0]!, /But the cache .* could not be written \(.*is a file, not a directory\): the new data is used for now only\.$/);
  });

  it('bad options and arguments: exit 2 with the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--timeout', 'abc'], /--timeout must be a number of seconds/],
      [['--timeout', '0'], /--timeout must be a number of seconds/],
      [['--timeout', '-3'], /--timeout|argument/],
      [['--url', 'http://example.com/feed.json'], /Refusing plain http to example\.com/],
      [['--url', 'ftp://example.com/feed.json'], /Unsupported address/],
      [['--url', ''], /--url needs a value \(URL\|FILE\)/],
      [['--url'], /--url needs a value/],
      [['--cache-dir', ''], /--cache-dir needs a value \(DIR\)/],
      [['extra'], /Unexpected argument "extra"/],
      [['--bogus'], /bogus/],
    ];
    for (const [args, pattern] of cases) {
      const r = await run(args.includes('--cache-dir') ? args : [...args, '--cache-dir', tmp.dir]);
      assert.equal(r.code, 2, args.join(' '));
      assert.deepEqual(r.out, []);
      assert.match(r.err.join('\n'), pattern, args.join(' '));
      assert.match(r.err.join('\n'), /Usage: ee refresh \[options\]/);
      assert.ok(!existsSync(cacheFile()), 'nothing written');
    }
  });

  it('--help prints the help', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out[0]!, /^ee refresh \[options\]\n/);
    assert.match(r.out.join('\n'), /\n {2}--url URL\|FILE +where to read the feed/);
    assert.match(r.out.join('\n'), /\nExit codes: 0 refreshed/);
  });
});

/** The built CLI, as a user runs it. Needs `npm run build` and a main.ts that dispatches `refresh`. */
describe('ee refresh (child process of node dist/cli.js)', function () {
  this.timeout(30_000);
  const CLI = BUILT_CLI;
  let server: TestServer;
  let tmp: { dir: string; remove: () => void };

  const ee = (args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((ok) => {
      execFile(process.execPath, [CLI, ...args], { env: { ...process.env, EE_CACHE_DIR: '', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
        ok({ code, stdout, stderr });
      });
    });

  before(async function () {
    requireBuiltCli(this);
    server = await startServer(feedServer());
  });
  after(async () => {
    await server?.close();
  });
  beforeEach(() => (tmp = tempDir('ee-cli-child-')));
  afterEach(() => tmp.remove());

  it('`ee refresh --url … --cache-dir D` then `ee cutoff CEC --cache-dir D` answers from the refreshed data', async () => {
    const r = await ee(['refresh', '--url', `${server.base}/later.json`, '--cache-dir', tmp.dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '4 new rounds (#435–#438); now 439 rounds up to #438 on 2027-01-14. 435 known rounds missing from this feed were kept.\n');

    const after = await ee(['cutoff', 'CEC', '--cache-dir', tmp.dir, '--json']);
    assert.equal(after.code, 0, after.stderr);
    const j = JSON.parse(after.stdout) as { round: number; crs: number; date: string };
    assert.deepEqual([j.round, j.crs, j.date], [435, 518, '2026-08-19']);
  });
});
