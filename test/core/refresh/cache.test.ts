/** loadData over the real file cache: bad caches are ignored with a warning and the bundled snapshot answers. */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../../core/refresh/refresh';
import { defaultCacheDir, fileCache } from '../../../core/refresh/fileCache';
import { mergeRounds } from '../../../core/refresh/merge';
import { bundledData } from '../../../core/data/bundled';
import { encodeSnapshot, provenanceOf, type DataSet } from '../../../core/feed/snapshot';
import type { CacheStore } from '../../../core/refresh/types';
import { dataFrom, tempDir } from './helpers';

/** The bundled snapshot plus the fixture rounds, as a refresh would have cached them at `retrieved`. */
function cachedData(retrieved: string, feed = 'later.json'): DataSet {
  const rounds = mergeRounds(bundledData().rounds, dataFrom(feed).rounds).rounds;
  return { provenance: provenanceOf(rounds, 'https://example.test/feed.json', retrieved, { lastRefresh: retrieved }), rounds };
}

describe('refresh/loadData and the file cache', () => {
  let tmp: { dir: string; remove: () => void };
  let cache: CacheStore;
  const file = (): string => join(tmp.dir, 'rounds.json');
  beforeEach(() => {
    tmp = tempDir();
    cache = fileCache(tmp.dir);
  });
  afterEach(() => tmp.remove());

  it('no cache: the bundled snapshot answers, without warnings', async () => {
    const bundled = bundledData();
    const l = await loadData(cache, bundled);
    assert.equal(l.origin, 'bundled');
    assert.equal(l.data, bundled);
    assert.deepEqual(l.warnings, []);
  });

  it('a valid cache answers, merged over the bundled snapshot', async () => {
    const data = cachedData('2027-01-15T09:30:00Z');
    await cache.write(encodeSnapshot(data));
    const l = await loadData(cache, bundledData());
    assert.equal(l.origin, 'cache');
    assert.deepEqual(l.warnings, []);
    assert.equal(l.data.rounds.length, 439);
    assert.equal(l.data.provenance.newestRound, 438);
    assert.equal(l.data.provenance.lastRefresh, '2027-01-15T09:30:00Z');
    assert.equal(l.data.provenance.source, 'https://example.test/feed.json');
  });

  it('a cache never hides rounds the bundled snapshot knows (e.g. a cache written from a partial feed)', async () => {
    const rounds = dataFrom('later.json').rounds;
    await cache.write(encodeSnapshot({ provenance: provenanceOf(rounds, 'x', '2027-01-15T09:30:00Z'), rounds }));
    const l = await loadData(cache, bundledData());
    assert.equal(l.origin, 'cache');
    assert.equal(l.data.rounds.length, 435 + 4);
    assert.equal(l.data.provenance.rounds, 439);
  });

  it('for a round both hold, the copy retrieved more recently wins', async () => {
    const bundled = dataFrom('later.json', '2027-01-20T00:00:00Z'); // a "bundled" snapshot with #436 at CRS 761
    const updated = dataFrom('updated.json').rounds; // #436 at CRS 759
    const write = (retrieved: string): Promise<void> =>
      cache.write(encodeSnapshot({ provenance: provenanceOf(updated, 'x', retrieved), rounds: updated }));
    await write('2027-02-01T00:00:00Z'); // newer cache
    let l = await loadData(cache, bundled);
    assert.equal(l.origin, 'cache');
    assert.equal(l.data.rounds.find((r) => r.round === 436)!.crs, 759);
    await write('2027-01-01T00:00:00Z'); // older cache (the product was updated since)
    l = await loadData(cache, bundled);
    assert.equal(l.origin, 'bundled');
    assert.equal(l.data.rounds.find((r) => r.round === 436)!.crs, 761);
    assert.equal(l.data.provenance.retrieved, '2027-01-20T00:00:00Z');
  });

  const bad: [string, () => string, RegExp][] = [
    ['corrupt (garbage bytes)', () => '\u0000\u00ff garbage {{{', /is not usable \(Not a snapshot: the JSON is broken/],
    ['truncated (half a cache file)', () => encodeSnapshot(cachedData('2027-01-15T09:30:00Z')).slice(0, 30_000), /is not usable \(Not a snapshot: the JSON is broken/],
    ['that is an empty file', () => '', /is not usable \(Not a snapshot: the JSON is broken/],
    ['of a future format version', () => encodeSnapshot(cachedData('2027-01-15T09:30:00Z')).replace('"version": 2,', '"version": 3,'), /is not usable \(Snapshot format version 3 is not supported/],
    ['of another format', () => '{"format":"something-else","version":1}', /is not usable \(Not a snapshot: unknown format\)/],
    ['holding a feed instead of a snapshot', () => readFileSync(join(__dirname, '../../fixtures/feeds/later.json'), 'utf8'), /is not usable \(Not a snapshot: unknown format\)/],
  ];
  for (const [what, text, warning] of bad) {
    it(`a cache ${what} is ignored with a warning; the bundled snapshot answers`, async () => {
      writeFileSync(file(), text());
      const bundled = bundledData();
      const l = await loadData(cache, bundled);
      assert.equal(l.origin, 'bundled');
      assert.equal(l.data, bundled);
      assert.equal(l.warnings.length, 1);
      assert.match(l.warnings[0]!, warning);
      assert.match(l.warnings[0]!, /rounds\.json/);
      assert.match(l.warnings[0]!, /using the bundled data\.$/);
    });
  }

  it('a cache with a few unreadable rows: the rest is used, with a warning', async () => {
    const text = encodeSnapshot(cachedData('2027-01-15T09:30:00Z')).replace(/^\[438,.*\],$/m, '[438,438000,"soon",0,0,1,1,1,null,"",null,"",-1],');
    writeFileSync(file(), text);
    const l = await loadData(cache, bundledData());
    assert.equal(l.origin, 'cache');
    assert.equal(l.data.rounds.length, 438);
    assert.deepEqual(l.warnings.length, 1);
    assert.match(l.warnings[0]!, /^1 entry of the cache .* could not be read and was ignored\.$/);
  });

  it('an unreadable cache (a folder where the file should be) is ignored with a warning', async () => {
    mkdirSync(file());
    const l = await loadData(cache, bundledData());
    assert.equal(l.origin, 'bundled');
    assert.match(l.warnings[0]!, /^The cache .*rounds\.json could not be read \(.*is a directory\); using the bundled data\.$/);
  });

  it('an unusable cache folder (under a regular file): reading warns, writing fails with a sentence', async () => {
    writeFileSync(join(tmp.dir, 'plain-file'), 'x');
    const blocked = fileCache(join(tmp.dir, 'plain-file', 'cache'));
    const l = await loadData(blocked, bundledData());
    assert.equal(l.origin, 'bundled');
    assert.equal(l.data, bundledData());
    assert.match(l.warnings[0]!, /could not be read \(a part of .* is a file, not a directory\)/);
    await assert.rejects(blocked.write('x'), /a part of .* is a file, not a directory/);
  });

  it('the cache read fails in any other way (a throwing store): warning, bundled answers', async () => {
    const throwing: CacheStore = { location: 'browser storage', read: () => Promise.reject(new Error('quota exceeded')), write: () => Promise.resolve() };
    const l = await loadData(throwing, bundledData());
    assert.equal(l.origin, 'bundled');
    assert.deepEqual(l.warnings, ['The cache browser storage could not be read (quota exceeded); using the bundled data.']);
  });

  it('writes create the folder, replace the file whole and leave no temporary file', async () => {
    const nested = join(tmp.dir, 'a', 'b', 'c');
    const c = fileCache(nested);
    assert.equal(await c.read(), null);
    await c.write('first');
    await c.write('second');
    assert.equal(await c.read(), 'second');
    assert.deepEqual(readdirSync(nested), ['rounds.json']);
    assert.equal(c.location, join(nested, 'rounds.json'));
  });

  it('stale temporary files of killed writers are cleaned up by a later write; fresh ones are left alone', async () => {
    const stale = join(tmp.dir, '.rounds.json.1234-aaaaaaaaaaaa.tmp');
    const fresh = join(tmp.dir, '.rounds.json.5678-bbbbbbbbbbbb.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(stale, old, old);
    await cache.write('whole');
    assert.deepEqual(readdirSync(tmp.dir).sort(), ['.rounds.json.5678-bbbbbbbbbbbb.tmp', 'rounds.json']);
  });
});

describe('refresh/defaultCacheDir', () => {
  const home = '/home/ana';
  it('EE_CACHE_DIR wins', () => {
    assert.equal(defaultCacheDir({ EE_CACHE_DIR: '/data/ee', XDG_CACHE_HOME: '/x' }, 'linux', home), '/data/ee');
  });
  it('Linux: XDG_CACHE_HOME (absolute only), else ~/.cache', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', home), '/var/cache/ana/express-entry-draws');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', home), '/home/ana/.cache/express-entry-draws');
    assert.equal(defaultCacheDir({}, 'linux', home), '/home/ana/.cache/express-entry-draws');
    assert.equal(defaultCacheDir({ EE_CACHE_DIR: '  ' }, 'freebsd', home), '/home/ana/.cache/express-entry-draws');
  });
  it('macOS: ~/Library/Caches', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'darwin', '/Users/ana'), '/Users/ana/Library/Caches/express-entry-draws');
  });
  it('Windows: %LOCALAPPDATA%, else ~/AppData/Local', () => {
    assert.equal(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'), 'C:\\Users\\ana\\AppData\\Local\\express-entry-draws');
    assert.equal(defaultCacheDir({}, 'win32', 'C:\\Users\\ana'), 'C:\\Users\\ana\\AppData\\Local\\express-entry-draws');
  });
});
