/** The `ee` draw commands in process (main(argv, io)); answers compared with plain recounts of the snapshot. */
import assert from 'node:assert/strict';
import { chrono, idOf, snapshotRows } from '../helpers/recount';
import { ee, eeJson } from './run';

const rows = snapshotRows();

describe('ee draw commands (in process)', () => {
  it('ee cutoff CEC 2025-11-29 --json prints the documented shape with the recounted round', async () => {
    const expected = rows.filter((r) => idOf(r) === 'CEC' && r.date <= '2025-11-29').sort(chrono).pop()!;
    const got = (await eeJson(['cutoff', 'CEC', '2025-11-29', '--json'])) as Record<string, unknown>;
    assert.equal(got['category'], 'CEC');
    assert.equal(got['crs'], expected.crs);
    assert.equal(String(got['round']), expected.number);
    assert.equal(got['date'], expected.date);
    assert.equal(got['invitations'], expected.size);
    assert.equal(got['name'], expected.name);
  });

  it('ee cutoff accepts aliases and prints a sentence', async () => {
    const r = await ee(['cutoff', 'doctors', '2026-12-31']);
    assert.equal(r.code, 0);
    const expected = rows.filter((x) => idOf(x) === 'PHYSICIANS').sort(chrono).pop()!;
    assert.match(r.out, new RegExp(`cut-off CRS ${expected.crs} in round #${expected.number}`));
  });

  it('ee latest --json lists the latest round of every category', async () => {
    const got = (await eeJson(['latest', '--date', '2026-08-07', '--json'])) as { category: string; round: number; crs: number }[];
    const ids = [...new Set(rows.map(idOf))];
    assert.equal(got.length, ids.length);
    for (const g of got) {
      const expected = rows.filter((x) => idOf(x) === g.category && x.date <= '2026-08-07').sort(chrono).pop()!;
      assert.equal(String(g.round), expected.number);
      assert.equal(g.crs, expected.crs);
    }
  });

  it('ee counts --year 2025 --json prints id → count', async () => {
    const expected: Record<string, number> = {};
    for (const r of rows.filter((x) => x.date.startsWith('2025-'))) expected[idOf(r)] = (expected[idOf(r)] ?? 0) + 1;
    assert.deepEqual(await eeJson(['counts', '--year', '2025', '--json']), expected);
  });

  it('ee counts --from --to counts a range; without either, the year of "today"', async () => {
    const expected: Record<string, number> = {};
    for (const r of rows.filter((x) => x.date >= '2024-06-01' && x.date <= '2024-12-31')) expected[idOf(r)] = (expected[idOf(r)] ?? 0) + 1;
    assert.deepEqual(await eeJson(['counts', '--from', '2024-06-01', '--to', '2024-12-31', '--json']), expected);
    const in2025: Record<string, number> = {};
    for (const r of rows.filter((x) => x.date.startsWith('2025-'))) in2025[idOf(r)] = (in2025[idOf(r)] ?? 0) + 1;
    assert.deepEqual(await eeJson(['counts', '--json'], { today: '2025-06-30' }), in2025);
  });

  it('ee draws --format json prints rounds with round, date, category, name, invitations, crs, tieBreak', async () => {
    const got = (await eeJson(['draws', '--category', 'french', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json'])) as Record<string, unknown>[];
    const expected = rows.filter((x) => idOf(x) === 'FRENCH' && x.date >= '2025-01-01' && x.date <= '2025-12-31');
    assert.equal(got.length, expected.length);
    for (const key of ['round', 'date', 'category', 'name', 'invitations', 'crs', 'tieBreak']) assert.ok(key in got[0]!, key);
    assert.deepEqual(new Set(got.map((g) => String(g['round']))), new Set(expected.map((e) => e.number)));
  });

  it('ee draws --format csv: a header and one line per round', async () => {
    const r = await ee(['draws', '--category', 'CEC', '--from', '2025-11-01', '--to', '2025-11-30', '--format', 'csv']);
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], 'Round,Date,Category,Name,CRS,ITAs,Tie-break');
    assert.equal(lines.length - 1, rows.filter((x) => idOf(x) === 'CEC' && x.date >= '2025-11-01' && x.date <= '2025-11-30').length);
  });

  it('ee draws prints an aligned table with thousands separators and a total in the right number', async () => {
    const r = await ee(['draws', '--category', 'FRENCH', '--from', '2025-01-01', '--to', '2025-03-31']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Round\s+Date\s+Category\s+Name\s+CRS\s+ITAs\s+Tie-break\n/);
    assert.match(r.out, /\d,\d{3}/);
    const n = rows.filter((x) => idOf(x) === 'FRENCH' && x.date >= '2025-01-01' && x.date <= '2025-03-31').length;
    assert.match(r.out, new RegExp(`^${n} rounds, `, 'm'));
  });

  it('"1 round", not "1 rounds"', async () => {
    const one = rows.filter((x) => idOf(x) === 'CEC').sort(chrono).pop()!;
    const r = await ee(['draws', '--category', 'CEC', '--from', one.date, '--to', one.date]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^1 round, [\d,]+ invitations?\.$/m);
    const s = await ee(['stats', 'CEC', '--last', '1', '--as-of', one.date]);
    assert.match(s.out, /over the last 1 round \(/);
    assert.match(s.out, /: 0 days before /);
  });

  it('ee stats --json computes the statistics of the last N rounds', async () => {
    const got = (await eeJson(['stats', 'PNP', '--last', '4', '--as-of', '2026-01-01', '--json'])) as Record<string, number>;
    const last4 = rows.filter((x) => idOf(x) === 'PNP' && x.date <= '2026-01-01').sort(chrono).slice(-4).map((x) => x.crs);
    assert.equal(got['count'], 4);
    assert.equal(got['min'], Math.min(...last4));
    assert.equal(got['max'], Math.max(...last4));
    assert.equal(got['change'], last4[3]! - last4[0]!);
    assert.ok(Math.abs(got['mean']! - last4.reduce((a, b) => a + b) / 4) < 1e-9);
  });

  it('ee stats without a window: the last 10 rounds on or before today', async () => {
    const got = (await eeJson(['stats', 'CEC', '--json'], { today: '2025-11-29' })) as Record<string, unknown>;
    const last10 = rows.filter((x) => idOf(x) === 'CEC' && x.date <= '2025-11-29').sort(chrono).slice(-10);
    assert.equal(got['count'], 10);
    assert.equal(got['from'], last10[0]!.date);
    assert.equal(got['to'], last10[9]!.date);
    assert.equal(got['asOf'], '2025-11-29');
  });

  it('ee pool --json prints bands and a checked total', async () => {
    const got = (await eeJson(['pool', '2026-08-07', '--json'])) as { bands: { candidates: number }[]; total: number; subtotalsOk: boolean };
    assert.equal(got.bands.length, 18);
    assert.equal(got.total, got.bands[17]!.candidates);
    assert.equal(got.subtotalsOk, true);
  });

  it('takes a date as a positional argument or as --date alike', async () => {
    assert.deepEqual(await eeJson(['cutoff', 'CEC', '--date', '2025-11-29', '--json']), await eeJson(['cutoff', 'CEC', '2025-11-29', '--json']));
    assert.deepEqual(await eeJson(['pool', '--date', '2025-11-29', '--json']), await eeJson(['pool', '2025-11-29', '--json']));
    assert.deepEqual(await eeJson(['latest', '2025-11-29', '--json']), await eeJson(['latest', '--date', '2025-11-29', '--json']));
  });

  it('"today" is the injected local calendar date, not the UTC date', async () => {
    // Rounds on 2025-11-26 and later: the answer for "today" must be the one for the injected date.
    for (const day of ['2025-11-25', '2025-11-26']) {
      const expected = rows.filter((x) => idOf(x) === 'CEC' && x.date <= day).sort(chrono).pop()!;
      const got = (await eeJson(['cutoff', 'CEC', '--json'], { today: day })) as { round: number };
      assert.equal(String(got.round), expected.number, day);
    }
  });
});

describe('ee: old data is flagged in text output', () => {
  const newest = rows.map((r) => r.date).sort().pop()!;
  const daysAfter = (iso: string, n: number): string => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

  it('more than 14 days after the newest round: a note on stderr after the answer, with the date and ee refresh', async () => {
    const today = daysAfter(newest, 15);
    for (const args of [['latest'], ['cutoff', 'CEC'], ['stats', 'CEC'], ['draws', '--from', newest], ['counts'], ['pool']]) {
      const r = await ee(args, { today });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err, `Note: The data ends with the round of ${newest}, 15 days before today (${today}); newer rounds may exist: run \`ee refresh\`.\n`, args.join(' '));
      assert.equal((await ee([...args, '--json'], { today })).err, '', `${args.join(' ')} --json: stderr left to errors`);
    }
    assert.equal((await ee(['cutoff', 'CEC'], { today: daysAfter(newest, 14) })).err, '', '14 days: not old yet');
    assert.equal((await ee(['cutoff', 'astronauts'], { today })).err.includes('Note:'), false, 'no note on bad input');
  });

  it('ee stats counts "days since the last round" to the newest data, not to a later date', async () => {
    const r = await ee(['stats', 'CEC', '--json'], { today: daysAfter(newest, 100) });
    const j = JSON.parse(r.out) as { asOf: string; asOfIsDataEnd: boolean; daysSinceLast: number };
    const lastCec = rows.filter((x) => idOf(x) === 'CEC').sort(chrono).pop()!;
    assert.deepEqual([j.asOf, j.asOfIsDataEnd], [newest, true]);
    assert.equal(j.daysSinceLast, (Date.parse(newest) - Date.parse(lastCec.date)) / 86_400_000);
  });
});

describe('ee: nothing found is exit 1, and with --json a JSON null on stdout, for every command', () => {
  const cases: [string, string[]][] = [
    ['cutoff', ['cutoff', 'CEC', '2014-01-01']],
    ['latest', ['latest', '2014-01-01']],
    ['draws', ['draws', '--category', 'STEM', '--from', '2015-01-01', '--to', '2015-12-31']],
    ['counts', ['counts', '--year', '2014']],
    ['stats (last N)', ['stats', 'CEC', '--as-of', '2014-01-01']],
    ['stats (range)', ['stats', 'STEM', '--from', '2015-01-01', '--to', '2015-12-31']],
    ['pool', ['pool', '2015-01-01']],
  ];
  for (const [what, args] of cases) {
    it(what, async () => {
      const text = await ee(args);
      assert.equal(text.code, 1, text.err);
      assert.equal(text.out, '', 'nothing on stdout without --json');
      assert.match(text.err, /^No .*\.\n$/);
      const json = await ee([...args, '--json']);
      assert.equal(json.code, 1);
      assert.equal(JSON.parse(json.out), null);
      assert.equal(json.err, text.err);
    });
  }
  it('draws --format json alike; --format csv prints nothing', async () => {
    const args = ['draws', '--category', 'STEM', '--to', '2015-12-31'];
    assert.equal(JSON.parse((await ee([...args, '--format', 'json'])).out), null);
    const csv = await ee([...args, '--format', 'csv']);
    assert.deepEqual([csv.code, csv.out], [1, '']);
  });
});
