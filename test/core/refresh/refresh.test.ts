/** refreshData end to end: real local HTTP servers, the real file cache in a temporary folder. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { refreshData, loadData, urlSource } from '../../../core/refresh/refresh';
import { fileCache, fileSource } from '../../../core/refresh/fileCache';
import { bundledData } from '../../../core/data/bundled';
import { decodeSnapshot, type DataSet } from '../../../core/feed/snapshot';
import type { CacheStore, FeedSource, RefreshOutcome } from '../../../core/refresh/types';
import { sameRound } from '../../../core/refresh/merge';
import { FEEDS, dataFrom, feedServer, fixture, sendText, startServer, tempDir, timed, type TestServer } from './helpers';

const NOW = new Date('2027-01-15T09:30:00.000Z');
const now = (): Date => NOW;

describe('refresh/refreshData', function () {
  this.timeout(15_000);
  let server: TestServer;
  let tmp: { dir: string; remove: () => void };
  let cache: CacheStore;
  const cacheFile = (): string => join(tmp.dir, 'rounds.json');

  before(async () => {
    const feeds = feedServer();
    server = await startServer((req, res) => {
      switch (req.url) {
        case '/404':
          return sendText(res, 404, 'Not here', 'text/plain');
        case '/500':
          return sendText(res, 500, 'Oops', 'text/plain');
        case '/html-as-json':
          return sendText(res, 200, fixture('not-a-feed.html'), 'application/json');
        case '/truncated':
          return sendText(res, 200, fixture('later.json').slice(0, 2000));
        case '/wrong-type':
          return sendText(res, 200, fixture('not-a-feed.html'), 'text/html; charset=utf-8');
        case '/not-a-feed':
          return sendText(res, 200, '{"classes":"wb-tables","items":[]}');
        case '/stall':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write(fixture('later.json').slice(0, 100));
          return;
        case '/endless': {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          const pump = (): void => {
            for (let i = 0; i < 10_000 && !res.destroyed; i++) if (!res.write(chunk)) return void res.once('drain', pump);
          };
          return pump();
        }
        case '/loop':
        case '/loop2':
          res.writeHead(302, { location: req.url === '/loop' ? '/loop2' : '/loop' });
          return res.end();
        default:
          return feeds(req, res);
      }
    });
  });
  after(() => server.close());
  beforeEach(() => {
    tmp = tempDir();
    cache = fileCache(tmp.dir);
  });
  afterEach(() => tmp.remove());

  const refresh = (current: DataSet, path: string, extra: { timeoutMs?: number; maxBytes?: number } = {}): Promise<RefreshOutcome> =>
    refreshData(current, urlSource(`${server.base}${path}`), cache, { now, timeoutMs: 5000, ...extra });

  it('adds later rounds, including a new unknown category, writes the cache and records provenance', async () => {
    const current = dataFrom('base.json');
    const o = await refresh(current, '/later.json');
    assert.equal(o.ok, true, o.message);
    assert.equal(o.message, '2 new rounds (#437–#438); now 4 rounds up to #438 on 2027-01-14.');
    assert.deepEqual(o.added, [437, 438]);
    assert.deepEqual(o.updated, []);
    assert.equal(o.data.rounds.length, 4);
    const bee = o.data.rounds.find((r) => r.round === 438)!;
    assert.equal(bee.category, 'BEEKEEPING_OCCUPATIONS');
    assert.equal(bee.name, 'Beekeeping occupations, 2027-Version 1');
    assert.ok(o.warnings.some((w) => w.kind === 'category-unknown' && w.round === '438'));
    assert.equal(o.data.provenance.source, `${server.base}/later.json`);
    assert.equal(o.data.provenance.retrieved, '2027-01-15T09:30:00Z');
    assert.equal(o.data.provenance.lastRefresh, '2027-01-15T09:30:00Z');
    assert.equal(o.data.provenance.newestRound, 438);
    assert.match(o.data.provenance.licence, /Open Government Licence – Canada/);
    // the cache holds exactly that data
    const back = decodeSnapshot(readFileSync(cacheFile(), 'utf8'));
    assert.deepEqual(back.rounds, o.data.rounds);
    assert.deepEqual(back.provenance, o.data.provenance);
    assert.deepEqual(readdirSync(tmp.dir), ['rounds.json'], 'no temporary file left');
  });

  it('adds later rounds over the 435 bundled rounds without losing one', async () => {
    const bundled = bundledData();
    const o = await refresh(bundled, '/later.json');
    assert.equal(o.ok, true);
    assert.match(o.message, /^4 new rounds \(#435–#438\); now 439 rounds up to #438 on 2027-01-14\. 435 known rounds missing from this feed were kept\.$/);
    for (const r of bundled.rounds) assert.ok(o.data.rounds.some((x) => sameRound(x, r)), `round ${r.round} kept`);
    const loaded = await loadData(cache, bundled);
    assert.equal(loaded.origin, 'cache');
    assert.equal(loaded.data.rounds.length, 439);
  });

  it('a partial feed (fewer rounds) loses nothing', async () => {
    const current = dataFrom('later.json');
    const o = await refresh(current, '/partial.json');
    assert.equal(o.ok, true);
    assert.equal(o.message, 'No new rounds: 4 rounds up to #438 on 2027-01-14. 3 known rounds missing from this feed were kept.');
    assert.deepEqual(o.data.rounds, current.rounds);
    assert.deepEqual(decodeSnapshot(readFileSync(cacheFile(), 'utf8')).rounds.map((r) => r.round), [435, 436, 437, 438]);
  });

  it('an updated copy of a round wins', async () => {
    const current = dataFrom('later.json');
    const o = await refresh(current, '/updated.json');
    assert.equal(o.ok, true);
    assert.equal(o.message, 'No new rounds, 1 updated (#436); now 4 rounds up to #438 on 2027-01-14.');
    assert.deepEqual(o.updated, [436]);
    const r = o.data.rounds.find((x) => x.round === 436)!;
    assert.equal(r.crs, 759);
    assert.equal(r.invitations, 525);
  });

  it('refreshing the same feed twice brings nothing new the second time', async () => {
    const first = await refresh(dataFrom('base.json'), '/later.json');
    const second = await refresh(first.data, '/later.json');
    assert.equal(second.ok, true);
    assert.equal(second.message, 'No new rounds: 4 rounds up to #438 on 2027-01-14.');
    assert.deepEqual(second.added, []);
    assert.deepEqual(second.updated, []);
  });

  it('uses the readable rounds of a feed with garbage rounds, and names the bad ones', async () => {
    const current = dataFrom('later.json');
    const o = await refresh(current, '/garbage.json');
    assert.equal(o.ok, true);
    assert.deepEqual(o.added, [439, 440]);
    assert.match(o.message, /^2 new rounds \(#439–#440\); now 6 rounds up to #440 on 2027-02-11\. 4 rounds of the feed could not be read and were skipped \(/);
    assert.match(o.message, /#442: unreadable CRS cut-off "n\/a"/);
    assert.match(o.message, /#3 in the list: not an object/);
    const skipped = o.warnings.filter((w) => w.kind === 'round-skipped' || w.kind === 'round-not-an-object').map((w) => w.round);
    assert.deepEqual(skipped.sort(), ['#1 in the list', '#3 in the list', '441', '442']);
  });

  it('never drops rounds another writer put in the cache since the caller loaded its data', async () => {
    const stale = dataFrom('later.json');
    const other = await refresh(stale, '/garbage.json'); // another window adds #439, #440 to the cache
    assert.deepEqual(other.added, [439, 440]);
    const o = await refresh(stale, '/partial.json'); // this caller still holds only #435–#438
    assert.equal(o.ok, true);
    assert.deepEqual(o.data.rounds.map((r) => r.round), [435, 436, 437, 438, 439, 440]);
    assert.deepEqual(decodeSnapshot(readFileSync(cacheFile(), 'utf8')).rounds.map((r) => r.round), [435, 436, 437, 438, 439, 440]);
  });

  it('refreshes from a local feed file', async () => {
    const path = join(FEEDS, 'later.json');
    const o = await refreshData(dataFrom('base.json'), fileSource(path), cache, { now });
    assert.equal(o.ok, true);
    assert.deepEqual(o.added, [437, 438]);
    assert.equal(o.data.provenance.source, path);
  });

  describe('a failed refresh changes nothing (data and cache file byte for byte) and says why', () => {
    const failures: [string, string, RegExp, { timeoutMs?: number; maxBytes?: number }?][] = [
      ['an HTML page served as JSON', '/html-as-json', /^Refresh failed: not a feed: got an HTML or XML page instead of JSON\. Nothing was changed\.$/],
      ['a wrong content type', '/wrong-type', /^Refresh failed: the server sent text\/html instead of a JSON feed\. Nothing was changed\.$/],
      ['truncated JSON', '/truncated', /^Refresh failed: not a feed: the JSON is broken or truncated \(.+\)\. Nothing was changed\.$/],
      ['JSON that is not a feed', '/not-a-feed', /^Refresh failed: not an IRCC rounds feed: there is no "rounds" array\. Nothing was changed\.$/],
      ['404', '/404', /^Refresh failed: the server answered 404 Not Found\. Nothing was changed\.$/],
      ['500', '/500', /^Refresh failed: the server answered 500 Internal Server Error\. Nothing was changed\.$/],
      ['a stalled body', '/stall', /^Refresh failed: timed out after 0\.6 s: the server did not send the whole feed in time\. Nothing was changed\.$/, { timeoutMs: 600 }],
      ['an endless body', '/endless', /^Refresh failed: the feed is too large \(over 2097152 bytes\)\. Nothing was changed\.$/, { maxBytes: 2 * 1024 * 1024 }],
      ['a redirect loop', '/loop', /^Refresh failed: too many redirects \(more than 5\)\. Nothing was changed\.$/],
      ['an empty rounds array', '/empty.json', /^Refresh failed: the feed has no rounds\. Nothing was changed\.$/],
      ['only unreadable rounds', '/all-garbage.json', /^Refresh failed: none of the 6 rounds in the feed could be read \(#1 in the list: no round number; #442: unreadable CRS cut-off "n\/a"; #3 in the list: not an object; and 3 more\)\. Nothing was changed\.$/],
    ];
    for (const [what, path, message, extra] of failures) {
      it(what, async () => {
        const first = await refresh(dataFrom('base.json'), '/later.json');
        assert.equal(first.ok, true);
        const before = readFileSync(cacheFile());
        const listing = readdirSync(tmp.dir);
        const current = first.data;
        const r = await timed(() => refresh(current, path, extra));
        assert.equal(r.error, undefined, 'never throws');
        const o = r.value!;
        assert.equal(o.ok, false);
        assert.match(o.message, message);
        assert.equal(o.data, current, 'the same data object is returned');
        assert.deepEqual(o.added, []);
        assert.deepEqual(o.updated, []);
        assert.ok(readFileSync(cacheFile()).equals(before), 'cache file unchanged byte for byte');
        assert.deepEqual(readdirSync(tmp.dir), listing, 'no file added or removed');
        if (extra?.timeoutMs) assert.ok(r.ms < extra.timeoutMs + 1500, `ended after ${Math.round(r.ms)} ms`);
        const loaded = await loadData(cache, bundledData());
        assert.equal(loaded.data.rounds.length, 435 + 4, 'everything known is still there');
      });
    }

    it('a missing feed file', async () => {
      const current = dataFrom('base.json');
      const o = await refreshData(current, fileSource(join(tmp.dir, 'nope.json')), cache, { now });
      assert.equal(o.ok, false);
      assert.match(o.message, /^Refresh failed: .*nope\.json does not exist\. Nothing was changed\.$/);
      assert.equal(o.data, current);
      assert.deepEqual(readdirSync(tmp.dir), []);
    });

    it('a refused http address', async () => {
      const o = await refreshData(dataFrom('base.json'), urlSource('http://example.com/feed.json'), cache, { now });
      assert.equal(o.ok, false);
      assert.match(o.message, /^Refresh failed: refusing plain http to example\.com/);
    });

    it('a source that throws something that is not an Error', async () => {
      const weird: FeedSource = {
        description: 'weird',
        // The point of this test: a rejection that is not an Error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        fetchText: () => Promise.reject('a plain string'),
      };
      const current = dataFrom('base.json');
      const o = await refreshData(current, weird, cache, { now });
      assert.equal(o.ok, false);
      assert.equal(o.message, 'Refresh failed: a plain string. Nothing was changed.');
      assert.equal(o.data, current);
    });
  });

  it('when the cache cannot be written: the merged data is used for now, and the message says so', async () => {
    const blocker = join(tmp.dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const unwritable = fileCache(join(blocker, 'cache'));
    const current = dataFrom('base.json');
    const o = await refreshData(current, urlSource(`${server.base}/later.json`), unwritable, { now });
    assert.equal(o.ok, false);
    assert.deepEqual(o.added, [437, 438]);
    assert.equal(o.data.rounds.length, 4, 'the merged data is returned for this session');
    assert.match(o.message, /^2 new rounds \(#437–#438\); now 4 rounds up to #438 on 2027-01-14\. But the cache .*rounds\.json could not be written \(.+\): the new data is used for now only\.$/);
    assert.ok(o.cacheError && o.cacheError.length > 0);
  });

  it('never overwrites a cache written by a newer format version: the new data is used for now only', async () => {
    const future = JSON.stringify({ format: 'express-entry-draws-snapshot', version: 99, rounds: 'whatever a later version keeps' });
    writeFileSync(cacheFile(), future);
    const current = dataFrom('base.json');
    const o = await refresh(current, '/later.json');
    assert.equal(o.ok, false);
    assert.deepEqual(o.added, [437, 438]);
    assert.equal(o.data.rounds.length, 4, 'the merged data is returned for this session');
    assert.match(o.message, /newer version of Express Entry Draws/);
    assert.equal(readFileSync(cacheFile(), 'utf8'), future, 'the newer cache is left byte for byte');
  });
});
