import assert from 'node:assert/strict';
import { bundledData, bundledDraws, Draws } from '../../../core/index';
import { cutoffStats, rhythm } from '../../../core/draws/stats';
import { poolAsOf } from '../../../core/draws/pool';
import { decodeSnapshot, encodeSnapshot } from '../../../core/feed/snapshot';
import { chrono, idOf, NAME_TO_ID, realFeed, SHARED_FEED, snapshotRows, type Plain } from '../helpers/recount';
import { needs } from '../../helpers/needs';

const rows = snapshotRows();
const draws = bundledDraws();
const ids = [...new Set(Object.values(NAME_TO_ID))];

/** Straightforward: filter, sort, take the last. */
function latestPlain(id: string, date: string, allPrograms = false): Plain | undefined {
  const programWords: Record<string, string> = { CEC: 'Canadian Experience Class', FSW: 'Federal Skilled Worker', FST: 'Federal Skilled Trades', PNP: 'Provincial Nominee' };
  return rows
    .filter((r) => r.date <= date && (idOf(r) === id || (allPrograms && idOf(r) === 'GENERAL' && programWords[id] !== undefined && r.programs.includes(programWords[id]))))
    .sort(chrono)
    .pop();
}

function everyNthDay(from: string, to: string, n: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += n * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('draw statistics on the bundled snapshot, against a straightforward recount', () => {
  it('knows every draw name of the data (the recount table is complete)', () => {
    assert.deepEqual(rows.filter((r) => idOf(r) === 'UNKNOWN').map((r) => r.name), []);
    assert.equal(rows.length, draws.rounds.length);
  });

  it('answers the cut-off question for every category on every 5th day since 2015', () => {
    let compared = 0;
    for (const date of everyNthDay('2015-01-01', '2026-09-01', 5)) {
      for (const id of ids) {
        const expected = latestPlain(id, date);
        const got = draws.latest(id, date);
        assert.equal(got?.crs, expected?.crs, `${id} ${date}`);
        assert.equal(got ? String(got.round) : undefined, expected?.number, `${id} ${date}`);
        compared++;
      }
    }
    assert.ok(compared > 10_000);
  });

  it('answers the cut-off question with all-program rounds counted for the programs', () => {
    for (const date of everyNthDay('2015-01-01', '2026-09-01', 11)) {
      for (const id of ['CEC', 'FSW', 'FST', 'PNP']) {
        const expected = latestPlain(id, date, true);
        assert.equal(draws.latest(id, date, { includeAllProgramRounds: true })?.crs, expected?.crs, `${id} ${date}`);
      }
    }
  });

  it('knows CEC round #381 on 2025-11-26 as the cut-off on 2025-11-29 (spot check by reading the data)', () => {
    const expected = latestPlain('CEC', '2025-11-29')!;
    const got = draws.latest('Canadian Experience Class', '2025-11-29')!;
    assert.equal(got.crs, expected.crs);
    assert.equal(got.date, expected.date);
  });

  it('counts rounds and invitations per category per year', () => {
    for (let year = 2015; year <= 2026; year++) {
      const inYear = rows.filter((r) => r.date.startsWith(`${year}-`));
      const counts: Record<string, number> = {};
      const itas: Record<string, number> = {};
      for (const r of inYear) {
        counts[idOf(r)] = (counts[idOf(r)] ?? 0) + 1;
        itas[idOf(r)] = (itas[idOf(r)] ?? 0) + r.size;
      }
      assert.deepEqual(draws.countsInYear(year), counts, `counts ${year}`);
      assert.deepEqual(draws.invitationsPerCategory(`${year}-01-01`, `${year}-12-31`), itas, `ITAs ${year}`);
      for (const id of ids) assert.equal(draws.invitations(id, `${year}-01-01`, `${year}-12-31`), itas[id] ?? 0);
    }
  });

  it('counts rounds in arbitrary date ranges, both ends included', () => {
    const ranges: [string, string][] = [['2025-11-26', '2025-11-26'], ['2020-03-18', '2020-09-02'], ['2018-05-30', '2018-05-30'], ['2026-01-01', '2026-12-31']];
    for (const [from, to] of ranges) {
      const expected: Record<string, number> = {};
      for (const r of rows.filter((x) => x.date >= from && x.date <= to)) expected[idOf(r)] = (expected[idOf(r)] ?? 0) + 1;
      assert.deepEqual(draws.counts(from, to), expected, `${from}..${to}`);
    }
  });

  it('computes cut-off statistics over the last N rounds and over ranges', () => {
    for (const id of ids) {
      for (const n of [1, 2, 5, 10, 1000]) {
        const asOf = '2026-08-07';
        const mine = rows.filter((r) => idOf(r) === id && r.date <= asOf).sort(chrono).slice(-n);
        const s = cutoffStats(draws, id, { last: n, asOf });
        const scores = mine.map((r) => r.crs);
        const sorted = [...scores].sort((a, b) => a - b);
        const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
        assert.equal(s.count, mine.length);
        assert.equal(s.min, Math.min(...scores));
        assert.equal(s.max, Math.max(...scores));
        assert.ok(Math.abs(s.mean! - scores.reduce((a, b) => a + b, 0) / scores.length) < 1e-9);
        assert.equal(s.median, median);
        assert.equal(s.first, scores[0]);
        assert.equal(s.last, scores[scores.length - 1]);
        assert.equal(s.change, scores[scores.length - 1]! - scores[0]!);
      }
      const inRange = rows.filter((r) => idOf(r) === id && r.date >= '2023-01-01' && r.date <= '2024-12-31');
      const s = cutoffStats(draws, id, { from: '2023-01-01', to: '2024-12-31' });
      assert.equal(s.count, inRange.length);
      if (inRange.length) assert.equal(s.min, Math.min(...inRange.map((r) => r.crs)));
    }
  });

  it('computes days since the last round and the mean gap', () => {
    const cec = rows.filter((r) => idOf(r) === 'CEC' && r.date <= '2026-09-01').sort(chrono);
    const last = cec[cec.length - 1]!;
    const r = rhythm(draws, 'CEC', '2026-09-01');
    assert.equal(r.daysSinceLast, (Date.parse('2026-09-01') - Date.parse(last.date)) / 86_400_000);
    const span = (Date.parse(last.date) - Date.parse(cec[0]!.date)) / 86_400_000;
    assert.ok(Math.abs(r.meanGapDays! - span / (cec.length - 1)) < 1e-9);
  });

  it('gives the pool distribution as of a date: newest published snapshot dated on or before it', () => {
    const months: Record<string, string> = { January: '01', February: '02', March: '03', April: '04', May: '05', June: '06', July: '07', August: '08', September: '09', October: '10', November: '11', December: '12' };
    const isoOf = (t: string): string => {
      const m = /^(\w+) (\d+), (\d{4})$/.exec(t.trim())!;
      return `${m[3]}-${months[m[1]!]}-${m[2]!.padStart(2, '0')}`;
    };
    for (const date of everyNthDay('2019-01-01', '2026-09-01', 9)) {
      const candidates = rows.filter((r) => r.pool && isoOf(r.poolAsOf) <= date);
      const best = candidates.sort((a, b) => (isoOf(a.poolAsOf) < isoOf(b.poolAsOf) ? -1 : isoOf(a.poolAsOf) > isoOf(b.poolAsOf) ? 1 : chrono(a, b))).pop();
      const pool = poolAsOf(draws, date);
      assert.equal(pool?.total, best?.pool![17], date);
      assert.deepEqual(pool?.bands.map((b) => b.candidates), best?.pool, date);
      if (pool) assert.equal(pool.subtotalsOk, best!.number !== '247', 'only round 247 has a subtotal that does not add up');
    }
  });

  it('finds rounds by number, including "91a"', () => {
    for (const r of rows) {
      const got = draws.round(r.number)!;
      assert.equal(got.crs, r.crs);
      assert.equal(got.date, r.date);
    }
    assert.equal(draws.round(99999), undefined);
  });

  it('resolves category names and aliases case-insensitively', () => {
    const cases: [string, string][] = [['cec', 'CEC'], ['Canadian Experience Class', 'CEC'], ['french', 'FRENCH'], ['health', 'HEALTHCARE'], ['trades', 'TRADE'], ['doctors', 'PHYSICIANS'], ['No Program Specified', 'GENERAL'], ['all', 'ALL'], ['Healthcare and Social Services Occupations, 2026-Version 3', 'HEALTHCARE'], ['senior managers', 'SENIOR_MANAGERS'], ['STEM', 'STEM']];
    for (const [input, id] of cases) assert.equal(draws.resolve(input), id, input);
    assert.throws(() => draws.resolve('astronauts'), /Unknown category/);
  });

  it('round-trips the snapshot: encode then decode gives the same rounds', () => {
    const data = bundledData();
    const again = decodeSnapshot(encodeSnapshot(data));
    assert.deepEqual(again.rounds, data.rounds);
    assert.equal(new Draws(again.rounds).rounds.length, rows.length);
  });

  it('matches the official feed round for round', function () {
    const feed = realFeed();
    needs(this, feed, `the official feed is not beside the repository (${SHARED_FEED})`);
    const byNumber = new Map(draws.rounds.map((r) => [String(r.round), r]));
    assert.equal(draws.rounds.length, feed.length);
    for (const f of feed) {
      const r = byNumber.get(f['drawNumber']!)!;
      assert.ok(r, f['drawNumber']);
      assert.equal(r.date, f['drawDate']);
      assert.equal(r.name, f['drawName']);
      assert.equal(r.crs, Number(f['drawCRS']));
      assert.equal(r.invitations, Number(f['drawSize']!.replace(/,/g, '')));
      assert.equal(r.category, NAME_TO_ID[f['drawName']!]);
      assert.equal(r.tieBreakText, f['drawCutOff']);
      const dd = Array.from({ length: 18 }, (_, i) => Number(f[`dd${i + 1}`]!.replace(/,/g, '')));
      assert.deepEqual(r.pool ? [...r.pool.bands] : dd.map(() => 0), dd);
    }
  });
});
