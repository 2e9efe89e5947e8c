/** The `ee` command line through child processes of the built dist/cli.js. */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chrono, idOf, snapshotRows } from '../helpers/recount';

const CLI = resolve(__dirname, '../../../dist/cli.js');
const rows = snapshotRows();

function ee(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, EE_CACHE_DIR: resolve(__dirname, '../../../.cache/test-empty-cache') } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const eeJson = (...args: string[]): unknown => {
  const r = ee(...args);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as unknown;
};

describe('ee command line', function () {
  before(function () {
    if (!existsSync(CLI)) execFileSync('node', [resolve(__dirname, '../../../scripts/build.mjs'), 'cli']);
  });

  it('ee cutoff CEC 2025-11-29 --json prints the documented shape with the recounted round', () => {
    const expected = rows.filter((r) => idOf(r) === 'CEC' && r.date <= '2025-11-29').sort(chrono).pop()!;
    const got = eeJson('cutoff', 'CEC', '2025-11-29', '--json') as Record<string, unknown>;
    assert.equal(got['category'], 'CEC');
    assert.equal(got['crs'], expected.crs);
    assert.equal(String(got['round']), expected.number);
    assert.equal(got['date'], expected.date);
    assert.equal(got['invitations'], expected.size);
    assert.equal(got['name'], expected.name);
  });

  it('ee cutoff accepts aliases and prints a sentence', () => {
    const r = ee('cutoff', 'doctors', '2026-12-31');
    assert.equal(r.code, 0);
    const expected = rows.filter((x) => idOf(x) === 'PHYSICIANS').sort(chrono).pop()!;
    assert.match(r.out, new RegExp(`cut-off CRS ${expected.crs} in round #${expected.number}`));
  });

  it('ee latest --json lists the latest round of every category', () => {
    const got = eeJson('latest', '--date', '2026-08-07', '--json') as { category: string; round: number; crs: number }[];
    const ids = [...new Set(rows.map(idOf))];
    assert.equal(got.length, ids.length);
    for (const g of got) {
      const expected = rows.filter((x) => idOf(x) === g.category && x.date <= '2026-08-07').sort(chrono).pop()!;
      assert.equal(String(g.round), expected.number);
      assert.equal(g.crs, expected.crs);
    }
  });

  it('ee counts --year 2025 --json prints id → count', () => {
    const expected: Record<string, number> = {};
    for (const r of rows.filter((x) => x.date.startsWith('2025-'))) expected[idOf(r)] = (expected[idOf(r)] ?? 0) + 1;
    assert.deepEqual(eeJson('counts', '--year', '2025', '--json'), expected);
  });

  it('ee counts --from --to counts a range', () => {
    const expected: Record<string, number> = {};
    for (const r of rows.filter((x) => x.date >= '2024-06-01' && x.date <= '2024-12-31')) expected[idOf(r)] = (expected[idOf(r)] ?? 0) + 1;
    assert.deepEqual(eeJson('counts', '--from', '2024-06-01', '--to', '2024-12-31', '--json'), expected);
  });

  it('ee draws --format json prints rounds with round, date, category, name, invitations, crs, tieBreak', () => {
    const got = eeJson('draws', '--category', 'french', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json') as Record<string, unknown>[];
    const expected = rows.filter((x) => idOf(x) === 'FRENCH' && x.date >= '2025-01-01' && x.date <= '2025-12-31');
    assert.equal(got.length, expected.length);
    for (const key of ['round', 'date', 'category', 'name', 'invitations', 'crs', 'tieBreak']) assert.ok(key in got[0]!, key);
    assert.deepEqual(new Set(got.map((g) => String(g['round']))), new Set(expected.map((e) => e.number)));
  });

  it('ee draws --format csv quotes names and neutralises formula-like text', () => {
    const r = ee('draws', '--category', 'CEC', '--from', '2025-11-01', '--to', '2025-11-30', '--format', 'csv');
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], 'Round,Date,Category,Name,CRS,ITAs,Tie-break');
    assert.equal(lines.length - 1, rows.filter((x) => idOf(x) === 'CEC' && x.date >= '2025-11-01' && x.date <= '2025-11-30').length);
  });

  it('ee draws prints an aligned table with thousands separators', () => {
    const r = ee('draws', '--category', 'FRENCH', '--from', '2025-01-01', '--to', '2025-03-31');
    assert.equal(r.code, 0);
    assert.match(r.out, /Round\s+Date\s+Category\s+CRS\s+ITAs/);
    assert.match(r.out, /\d,\d{3}/);
  });

  it('ee stats --json computes the statistics of the last N rounds', () => {
    const got = eeJson('stats', 'PNP', '--last', '4', '--as-of', '2026-01-01', '--json') as Record<string, number>;
    const last4 = rows.filter((x) => idOf(x) === 'PNP' && x.date <= '2026-01-01').sort(chrono).slice(-4).map((x) => x.crs);
    assert.equal(got['count'], 4);
    assert.equal(got['min'], Math.min(...last4));
    assert.equal(got['max'], Math.max(...last4));
    assert.equal(got['change'], last4[3]! - last4[0]!);
    assert.ok(Math.abs(got['mean']! - last4.reduce((a, b) => a + b) / 4) < 1e-9);
  });

  it('ee pool --json prints bands and a checked total', () => {
    const got = eeJson('pool', '2026-08-07', '--json') as { bands: { candidates: number }[]; total: number; subtotalsOk: boolean };
    assert.equal(got.bands.length, 18);
    assert.equal(got.total, got.bands[17]!.candidates);
    assert.equal(got.subtotalsOk, true);
  });

  it('takes a date as a positional argument or as --date alike', () => {
    assert.deepEqual(eeJson('cutoff', 'CEC', '--date', '2025-11-29', '--json'), eeJson('cutoff', 'CEC', '2025-11-29', '--json'));
    assert.deepEqual(eeJson('pool', '--date', '2025-11-29', '--json'), eeJson('pool', '2025-11-29', '--json'));
    assert.deepEqual(eeJson('latest', '2025-11-29', '--json'), eeJson('latest', '--date', '2025-11-29', '--json'));
  });

  it('exit 1 when nothing is found', () => {
    assert.equal(ee('cutoff', 'CEC', '2014-01-01').code, 1);
    assert.equal(ee('draws', '--category', 'STEM', '--from', '2015-01-01', '--to', '2015-12-31').code, 1);
    assert.equal(ee('pool', '2015-01-01').code, 1);
  });

  it('exit 2 with a clear message for bad input', () => {
    const cases: [string[], RegExp][] = [
      [['cutoff', 'astronauts'], /Unknown category "astronauts"/],
      [['cutoff', 'CEC', '2025-02-30'], /Bad date "2025-02-30"/],
      [['cutoff'], /Missing category/],
      [['counts', '--year', 'twenty'], /Bad year/],
      [['counts', '--year', '2025', '--from', '2025-01-01'], /either a year or a start\/end date/],
      [['draws', '--format', 'xml'], /--format must be/],
      [['draws', '--from', '2025-05-01', '--to', '2025-01-01'], /after --to/],
      [['stats', 'CEC', '--last', '0'], /--last must be/],
      [['latest', '--bogus'], /Unknown option/],
      [['frobnicate'], /Unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = ee(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.out, '', 'errors go to stderr only');
    }
  });

  it('--help for every command', () => {
    for (const c of ['latest', 'cutoff', 'draws', 'counts', 'stats', 'pool']) {
      const r = ee(c, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^ee ${c}`));
    }
    assert.match(ee('--help').out, /Commands:/);
  });
});
