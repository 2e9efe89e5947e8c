/** Unit tests of every EE function through the custom-functions error contract (a CustomFunctions stand-in). */
import assert from 'node:assert/strict';
import { installStandIn, errorOf } from './helpers/standIn';
import { recountBetween, recountLatest, serialOf } from './helpers/recount';
import { DRAWS_HEADERS } from '../../excel-addin/functions/rounds';
import { POOL_HEADERS } from '../../excel-addin/functions/reference';
import { readJobs } from '../../excel-addin/functions/cec';
import { FUNCTIONS } from '../../excel-addin/functions/register';
import { dayFromSerial, serialFromDay } from '../../excel-addin/functions/args';
import { addinStore } from '../../excel-addin/functions/data';
import { bundledData } from '../../core/data/bundled';
import { dayFromIso } from '../../core/feed/dates';
import type { DataSet } from '../../core/feed/snapshot';
import type { Round } from '../../core/types';
import { storageCache, type KeyValueStorage } from '../../excel-addin/taskpane/browserCache';

const cf = installStandIn();
// The functions as registered with Excel: each behind the one error guard.
const {
  CRS_CUTOFF: crsCutoff, ITAS: itas, LAST_DRAW: lastDraw, LATEST: latest, DRAW: draw, DRAWS: drawsTable, DRAW_COUNT: drawCount,
  TOTAL_ITAS: totalItas, CUTOFF_STATS: cutoffStats, CATEGORIES: categories, POOL: pool, CLB: clb, CEC_HOURS: cecHours, CEC_ELIGIBLE: cecEligible,
} = FUNCTIONS;
const VALUE = '#VALUE!';
const NA = '#N/A';

/** Loose call: the functions' static types are what Excel declares; tests also pass what Excel may really send. */
type Loose = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]): unknown => (fn as Loose)(...args);

describe('excel-addin: dates', () => {
  it('reads 1900-system serials, including the fictitious 1900-02-29', () => {
    assert.equal(dayFromSerial(1), dayFromIso('1900-01-01'));
    assert.equal(dayFromSerial(59), dayFromIso('1900-02-28'));
    assert.equal(dayFromSerial(60), dayFromIso('1900-02-28'), 'serial 60 (1900-02-29) reads as the last real day before it');
    assert.equal(dayFromSerial(61), dayFromIso('1900-03-01'));
    assert.equal(dayFromSerial(25569), 0);
    assert.equal(dayFromSerial(46000.75), dayFromIso('2025-12-09'), 'a time of day is dropped');
    assert.equal(dayFromSerial(2958465), dayFromIso('9999-12-31'));
  });
  it('writes serials back', () => {
    assert.equal(serialFromDay(dayFromIso('1900-01-01')!), 1);
    assert.equal(serialFromDay(dayFromIso('1900-02-28')!), 59);
    assert.equal(serialFromDay(dayFromIso('1900-03-01')!), 61);
    assert.equal(serialFromDay(dayFromIso('2025-11-29')!), 45990);
  });
});

describe('excel-addin: cut-off functions', () => {
  const cases: [string, string, string][] = [
    ['CEC', 'CEC', '2025-11-29'],
    ['cec', 'CEC', '2024-06-01'],
    ['Canadian Experience Class', 'CEC', '2023-01-01'],
    ['PNP', 'PNP', '2026-08-04'],
    ['french', 'FRENCH', '2026-08-06'],
    ['ALL', 'ALL', '2020-03-01'],
  ];
  for (const [input, id, date] of cases) {
    it(`CRS_CUTOFF/ITAS/LAST_DRAW("${input}", ${date}) agree with a recount`, () => {
      const expected = recountLatest(id, date)!;
      assert.ok(expected);
      assert.equal(crsCutoff(input, serialOf(date)), expected.crs);
      assert.equal(crsCutoff(input, date), expected.crs, 'ISO text date');
      assert.equal(itas(input, serialOf(date)), expected.size);
      assert.equal(lastDraw(input, date), serialOf(expected.date));
    });
  }
  it('defaults the date to today', () => {
    const newest = recountLatest('CEC', '9999-12-31')!;
    assert.equal(crsCutoff('CEC'), newest.crs);
    assert.equal(call(crsCutoff, 'CEC', null), newest.crs, 'Excel passes null for an omitted argument');
    assert.equal(call(crsCutoff, 'CEC', ''), newest.crs, 'an empty cell');
  });
  it('accepts a written date', () => {
    assert.equal(crsCutoff('CEC', 'November 29, 2025'), recountLatest('CEC', '2025-11-29')!.crs);
  });
});

describe('excel-addin: rounds', () => {
  it('DRAW gives every field of round 434', () => {
    assert.equal(draw(434), 470);
    assert.equal(draw(434, 'crs'), 470);
    assert.equal(draw(434, 'ITAS'), 300);
    assert.equal(draw('434', 'date'), serialOf('2026-08-07'));
    assert.equal(draw('#434', 'category'), 'TRANSPORT');
    assert.equal(draw(434, 'name'), 'Transport Occupations, 2026-Version 2');
    const tb = draw(434, 'tiebreak') as number;
    assert.ok(Math.abs(tb - (serialOf('2025-10-11') + (14 * 3600 + 55 * 60 + 49) / 86400)) < 1e-9);
  });
  it('DRAW reads rounds with a letter', () => {
    assert.equal(typeof draw('91a', 'crs'), 'number');
    assert.equal(draw('91a', 'date'), serialOf('2018-05-30'));
  });
  it('DRAWS spills round, date, category, name, CRS, ITAs, tie-break (the round table of every face), oldest first, with a header row', () => {
    const t = drawsTable('CEC', '2025-01-01', '2025-12-31');
    assert.deepEqual(t[0], ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break']);
    assert.deepEqual(DRAWS_HEADERS, t[0]);
    const expected = recountBetween('CEC', '2025-01-01', '2025-12-31');
    assert.equal(t.length, expected.length + 1);
    expected.forEach((r, i) => assert.deepEqual(t[i + 1]!.slice(0, 6), [Number(r.round), serialOf(r.date), 'CEC', r.name, r.crs, r.size]));
    assert.ok(t.slice(1).every((row) => typeof row[6] === 'number' && row[6] > serialOf('2015-01-01')), 'tie-breaks as Excel date-times');
  });
  it('DRAWS without headers, and with serial dates', () => {
    const t = drawsTable('PNP', serialOf('2026-01-01'), serialOf('2026-12-31'), false);
    const expected = recountBetween('PNP', '2026-01-01', '2026-12-31');
    assert.equal(t.length, expected.length);
    assert.equal(t[0]![1], serialOf(expected[0]!.date));
  });
  it('DRAWS keeps text round numbers', () => {
    const t = drawsTable('ALL', '2018-05-30', '2018-05-30', false);
    assert.ok(t.some((row) => row[0] === '91a'));
  });
});

describe('excel-addin: counts and statistics', () => {
  it('DRAW_COUNT and TOTAL_ITAS for a year', () => {
    const y2025 = recountBetween('CEC', '2025-01-01', '2025-12-31');
    assert.equal(drawCount('CEC', 2025), y2025.length);
    assert.equal(totalItas('CEC', 2025), y2025.reduce((a, r) => a + r.size, 0));
    assert.equal(drawCount('ALL', '2024'), recountBetween('ALL', '2024-01-01', '2024-12-31').length);
  });
  it('DRAW_COUNT and TOTAL_ITAS between dates (a serial is a date, not a year)', () => {
    const list = recountBetween('FRENCH', '2024-03-01', '2025-06-30');
    assert.equal(drawCount('french', serialOf('2024-03-01'), serialOf('2025-06-30')), list.length);
    assert.equal(totalItas('french', '2024-03-01', '2025-06-30'), list.reduce((a, r) => a + r.size, 0));
    assert.equal(drawCount('CEC', 2024, 2025), recountBetween('CEC', '2024-01-01', '2025-12-31').length, 'year to year');
  });
  it('CUTOFF_STATS: one stat or the row of five; by default over the last 10 rounds (as ee stats and VS Code)', () => {
    const last10 = recountBetween('CEC').slice(-10).map((r) => r.crs);
    const sorted = [...last10].sort((a, b) => a - b);
    const mean = last10.reduce((a, b) => a + b, 0) / 10;
    const median = (sorted[4]! + sorted[5]!) / 2;
    assert.deepEqual(cutoffStats('CEC', 10, 'MIN'), [[sorted[0]]]);
    assert.deepEqual(cutoffStats('CEC', 10, 'max'), [[sorted[9]]]);
    assert.deepEqual(cutoffStats('CEC', 10, 'MEAN'), [[mean]]);
    assert.deepEqual(cutoffStats('CEC', 10, 'MEDIAN'), [[median]]);
    assert.deepEqual(cutoffStats('CEC', 10, 'CHANGE'), [[last10[9]! - last10[0]!]]);
    assert.deepEqual(cutoffStats('CEC', 10), [[sorted[0], sorted[9], mean, median, last10[9]! - last10[0]!]]);
    assert.deepEqual(cutoffStats('CEC'), [[sorted[0], sorted[9], mean, median, last10[9]! - last10[0]!]], 'the default window is the last 10');
    assert.deepEqual(cutoffStats('CEC', undefined, 'COUNT'), [[10]], 'the default window: the last 10 rounds');
  });
});

describe('excel-addin: categories and pool', () => {
  it('CATEGORIES spills id and label, ALL last', () => {
    const t = categories();
    assert.deepEqual(t[0], ['CEC', 'Canadian Experience Class']);
    assert.ok(t.some((r) => r[0] === 'FRENCH'));
    assert.deepEqual(t[t.length - 1], ['ALL', 'All rounds']);
    assert.ok(t.every((r) => r.length === 2));
  });
  it('POOL spills 18 bands with a header', () => {
    const t = pool('2026-08-07');
    assert.deepEqual(t[0], [...POOL_HEADERS]);
    assert.equal(t.length, 19);
    assert.deepEqual(t[1], ['601–1200', 601, 1200, 500, 'band']);
    assert.deepEqual(t[18], ['Total', 0, 1200, 229100, 'total']);
    const bands = t.slice(1).filter((r) => r[4] === 'band').reduce((a, r) => a + (r[3] as number), 0);
    assert.equal(bands, 229100, 'bands add up to the total');
    assert.equal(pool(undefined, false).length, 18);
  });
});

describe('excel-addin: CLB and CEC', () => {
  it('CLB gives the minimum level', () => {
    assert.equal(clb('IELTS', 7, 6.5, 8, 7), 8);
    assert.equal(clb('IELTS', 8, 7, 8.5, 7.5), 9);
    assert.equal(clb('CELPIP', 9, 8, 10, 7), 7);
    assert.equal(clb('CLB', 7, 8, 9, 10), 7);
    assert.equal(clb('IELTS', 6, 6, 6, 6), 7);
    assert.equal(clb('TEF', 300, 450, 400, 450, '2024-05-01'), clb('TEF', 300, 450, 400, 450));
  });
  const jobs = [
    ['Start', 'End', 'Hours/week', 'NOC', 'Paid', 'In Canada', 'Authorized', 'Self-employed', 'Full-time study'],
    [serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232, true, true, true, false, false],
    [null, null, null, null, null, null, null, null, null],
  ];
  it('CEC_HOURS counts at most 30 h a week in the 3-year window', () => {
    const h = cecHours(jobs, serialOf('2025-11-29'));
    assert.ok(h >= 1560 && h <= 30 * 157, `hours ${h}`);
    assert.equal(cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, '21232']], '2025-11-29'), h, 'no header, no flags');
    assert.equal(cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232, false]], '2025-11-29'), 0, 'unpaid');
    assert.equal(cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 65200]], '2025-11-29'), 0, 'TEER 5');
  });
  it('CEC_ELIGIBLE needs the hours and the CLB the TEER needs', () => {
    assert.equal(cecEligible(jobs, 7, serialOf('2025-11-29')), true);
    assert.equal(cecEligible(jobs, 6, serialOf('2025-11-29')), false, 'TEER 1 needs CLB 7');
    assert.equal(cecEligible([[serialOf('2025-03-01'), null, 40, 21232]], 9, '2025-11-29'), false, 'too few hours');
  });
  it('reads NOC numbers without leading zeros, and text flags', () => {
    const [job] = readJobs([[serialOf('2023-01-01'), '', 40, 11, 'yes', 'TRUE', 1, 'no', 0]]);
    assert.equal(job!.noc, '00011');
    assert.equal(job!.end, null);
    assert.equal(job!.paid, true);
    assert.equal(job!.selfEmployed, false);
  });
});

describe('excel-addin: LATEST streams and cancels', () => {
  it('sets the cut-off at once and again when a refresh brings a new CEC round', () => {
    const store = addinStore();
    const original = store.data();
    const results: unknown[] = [];
    const invocation = { setResult: (v: unknown) => results.push(v), onCanceled: () => undefined };
    const before = store.listenerCount();
    latest('CEC', invocation as unknown as CustomFunctions.StreamingInvocation<number>);
    try {
      assert.deepEqual(results, [recountLatest('CEC', '9999-12-31')!.crs]);
      assert.equal(store.listenerCount(), before + 1);
      // A refresh with a new PNP round only: the CEC cut-off does not change, nothing is sent.
      const last = original.rounds[original.rounds.length - 1]!;
      const pnp: Round = { ...last, round: 9001, order: 9_001_000, date: '2026-11-01', day: dayFromIso('2026-11-01')!, category: 'PNP', name: 'Provincial Nominee Program', crs: 777 };
      store.setData(withRounds(original, [pnp]), 'refresh');
      assert.equal(results.length, 1);
      const cec: Round = { ...pnp, round: 9002, order: 9_002_000, date: '2026-11-02', day: dayFromIso('2026-11-02')!, category: 'CEC', name: 'Canadian Experience Class', crs: 501 };
      store.setData(withRounds(original, [pnp, cec]), 'refresh');
      assert.deepEqual(results.slice(1), [501]);
      invocation.onCanceled();
      assert.equal(store.listenerCount(), before, 'cancellation unsubscribes');
      store.setData(withRounds(original, [pnp, { ...cec, round: 9003, order: 9_003_000, crs: 333 }]), 'refresh');
      assert.equal(results.length, 2, 'no result after cancellation');
    } finally {
      store.setData(original, 'bundled');
    }
  });
  it('streams an error for a bad category', () => {
    const results: unknown[] = [];
    const invocation = { setResult: (v: unknown) => results.push(v), onCanceled: () => undefined };
    latest('nope', invocation as unknown as CustomFunctions.StreamingInvocation<number>);
    invocation.onCanceled();
    assert.equal(results.length, 1);
    assert.ok(results[0] instanceof cf.Error);
    assert.equal((results[0] as { code: string }).code, VALUE);
  });
});

function withRounds(base: DataSet, extra: Round[]): DataSet {
  return { provenance: base.provenance, rounds: [...base.rounds, ...extra] };
}

describe('excel-addin: bad arguments give #VALUE! or #N/A with a message', () => {
  const job = [serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232];
  const cases: [string, () => unknown, string, RegExp][] = [
    ['unknown category', () => crsCutoff('Astronauts', '2025-01-01'), VALUE, /Unknown category "Astronauts"/],
    ['empty category', () => crsCutoff('', '2025-01-01'), VALUE, /Missing category/],
    ['null category', () => call(crsCutoff, null), VALUE, /Missing category/],
    ['number as category', () => call(crsCutoff, 42), VALUE, /Bad category 42/],
    ['boolean as category', () => call(itas, true), VALUE, /Bad category TRUE/],
    ['error value as category', () => call(crsCutoff, new cf.Error('#DIV/0!')), VALUE, /the error #DIV\/0!/],
    ['bad ISO date', () => crsCutoff('CEC', '2025-02-30'), VALUE, /Bad date "2025-02-30"/],
    ['text that is no date', () => itas('CEC', 'yesterday'), VALUE, /Bad date "yesterday"/],
    ['serial 0', () => lastDraw('CEC', 0), VALUE, /not an Excel date/],
    ['negative serial', () => crsCutoff('CEC', -5), VALUE, /not an Excel date/],
    ['serial past 9999', () => crsCutoff('CEC', 3_000_000), VALUE, /not an Excel date/],
    ['boolean date', () => call(crsCutoff, 'CEC', true), VALUE, /TRUE is not a date/],
    ['NaN date', () => crsCutoff('CEC', Number.NaN), VALUE, /not an Excel date/],
    ['no round before the first', () => crsCutoff('CEC', '2014-01-01'), NA, /No CEC round on or before 2014-01-01/],
    ['no FSW round before its first', () => itas('FSW', '2015-01-01'), NA, /No FSW round/],
    ['non-numeric round', () => draw('abc'), VALUE, /Bad round "abc"/],
    ['negative round', () => draw(-3), VALUE, /Bad round -3/],
    ['fractional round', () => draw(4.5), VALUE, /Bad round 4.5/],
    ['missing round', () => call(draw, null), VALUE, /Missing round/],
    ['boolean round', () => call(draw, true), VALUE, /Bad round TRUE/],
    ['round that does not exist', () => draw(99999), NA, /no round 99999/],
    ['bad field', () => draw(434, 'colour'), VALUE, /Bad field "colour": use one of crs, itas, date, category, name, tiebreak/],
    ['numeric field', () => call(draw, 434, 3), VALUE, /Bad field 3/],
    ['no tie-break published', () => draw(1, 'tiebreak'), NA, /no published tie-break/],
    ['DRAWS end before start', () => drawsTable('CEC', '2025-06-01', '2025-01-01'), VALUE, /before the start date/],
    ['DRAWS bad start', () => drawsTable('CEC', 'soon'), VALUE, /Bad start date "soon"/],
    ['DRAWS bad headers', () => call(drawsTable, 'CEC', undefined, undefined, 'maybe'), VALUE, /Bad headers "maybe"/],
    ['DRAWS with no rounds', () => drawsTable('CEC', '2014-01-01', '2014-12-31'), NA, /No CEC rounds from 2014-01-01 to 2014-12-31/],
    ['DRAWS unknown category', () => drawsTable('nothing'), VALUE, /Unknown category/],
    ['DRAW_COUNT missing start', () => call(drawCount, 'CEC', null), VALUE, /Missing start_or_year/],
    ['DRAW_COUNT end before start', () => drawCount('CEC', '2025-06-01', '2025-01-01'), VALUE, /end \(2025-01-01\) is before the start \(2025-06-01\)/],
    ['DRAW_COUNT end year before start year', () => drawCount('CEC', 2025, 2024), VALUE, /is before the start/],
    ['DRAW_COUNT bad start text', () => drawCount('CEC', 'last year'), VALUE, /Bad start date "last year"/],
    ['TOTAL_ITAS boolean start', () => call(totalItas, 'CEC', false), VALUE, /FALSE is not a date/],
    ['TOTAL_ITAS unknown category', () => totalItas('xyz', 2025), VALUE, /Unknown category "xyz"/],
    ['CUTOFF_STATS last_n 0', () => cutoffStats('CEC', 0), VALUE, /Bad last_n 0: use a whole number of at least 1/],
    ['CUTOFF_STATS last_n negative', () => cutoffStats('CEC', -2, 'MIN'), VALUE, /Bad last_n -2/],
    ['CUTOFF_STATS last_n fraction', () => cutoffStats('CEC', 2.5), VALUE, /Bad last_n 2.5/],
    ['CUTOFF_STATS last_n text', () => call(cutoffStats, 'CEC', 'ten'), VALUE, /Bad last_n: "ten" is not a number/],
    ['CUTOFF_STATS bad stat', () => cutoffStats('CEC', 10, 'MODE'), VALUE, /Bad stat "MODE": use one of MIN, MAX, MEAN, MEDIAN, CHANGE/],
    ['CUTOFF_STATS numeric stat', () => call(cutoffStats, 'CEC', 10, 1), VALUE, /Bad stat 1/],
    ['CUTOFF_STATS no rounds', () => cutoffStats('RESEARCHERS'), NA, /No RESEARCHERS rounds/],
    ['POOL before any distribution', () => pool('2016-01-01'), NA, /No pool distribution published on or before 2016-01-01/],
    ['POOL bad date', () => pool('31/12/2025'), VALUE, /Bad date "31\/12\/2025"/],
    ['POOL bad headers', () => call(pool, undefined, 7), VALUE, /Bad headers 7/],
    ['CLB unknown test', () => clb('TOEFL', 7, 7, 7, 7), VALUE, /Unknown language test "TOEFL"/],
    ['CLB missing test', () => call(clb, null, 7, 7, 7, 7), VALUE, /Missing test/],
    ['CLB IELTS score over 9', () => clb('IELTS', 9.5, 7, 7, 7), VALUE, /reading score 9.5 is outside the test's scale/],
    ['CLB IELTS quarter band', () => clb('IELTS', 7, 6.25, 7, 7), VALUE, /writing score 6.25 is outside/],
    ['CLB CELPIP 13', () => clb('CELPIP', 9, 9, 13, 9), VALUE, /listening score 13 is outside/],
    ['CLB negative', () => clb('CELPIP', 9, 9, 9, -1), VALUE, /speaking score -1 is outside/],
    ['CLB text score', () => call(clb, 'IELTS', 'seven', 7, 7, 7), VALUE, /Bad reading score: "seven" is not a number/],
    ['CLB missing score', () => call(clb, 'IELTS', 7, null, 7, 7), VALUE, /Missing writing score/],
    ['CLB bad test date', () => clb('TEF', 300, 300, 300, 300, 'someday'), VALUE, /Bad test date "someday"/],
    ['CEC_HOURS not a range', () => call(cecHours, 'A1:D3'), VALUE, /Bad jobs range: "A1:D3" is not a range/],
    ['CEC_HOURS missing range', () => call(cecHours, null), VALUE, /Missing jobs range/],
    ['CEC_HOURS too few columns', () => cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5]]), VALUE, /needs the columns start, end, hours per week and NOC/],
    ['CEC_HOURS too many columns', () => cecHours([[...job, true, true, true, false, false, 'extra']]), VALUE, /at most 9 columns/],
    ['CEC_HOURS bad start', () => cecHours([['soon', serialOf('2024-12-31'), 37.5, 21232]]), VALUE, /row 1: Bad start date "soon"/],
    ['CEC_HOURS hours text', () => cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 'lots', 21232]]), VALUE, /row 1: Bad hours per week/],
    ['CEC_HOURS hours over 168', () => cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 200, 21232]]), VALUE, /hours per week 200 must be from 0 to 168/],
    ['CEC_HOURS bad NOC', () => cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 'developer']]), VALUE, /NOC "developer" is not a 5-digit NOC 2021 code/],
    ['CEC_HOURS missing NOC', () => cecHours([[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, null]]), VALUE, /has no NOC code/],
    ['CEC_HOURS end before start', () => cecHours([[serialOf('2024-12-31'), serialOf('2022-01-10'), 37.5, 21232]]), VALUE, /end date 2022-01-10 is before the start date 2024-12-31/],
    ['CEC_HOURS bad flag', () => cecHours([[...job, 'perhaps']]), VALUE, /row 1: Bad paid "perhaps": use TRUE or FALSE/],
    ['CEC_HOURS only a header', () => cecHours([['Start', 'End', 'Hours', 'NOC']]), VALUE, /no jobs in it/],
    ['CEC_HOURS bad as_of', () => cecHours([job], 'tomorrow-ish'), VALUE, /Bad as-of date "tomorrow-ish"/],
    ['CEC_HOURS row not an array', () => call(cecHours, [job, 5]), VALUE, /row 2 is not a row of cells/],
    ['CEC_ELIGIBLE bad clb', () => cecEligible([job], 15), VALUE, /Bad clb 15: use a CLB level/],
    ['CEC_ELIGIBLE text clb', () => call(cecEligible, [job], 'high'), VALUE, /Bad clb: "high" is not a number/],
    ['CEC_ELIGIBLE bad jobs', () => call(cecEligible, 7, 7), VALUE, /Bad jobs range: 7 is not a range/],
  ];
  for (const [name, run, code, message] of cases) {
    it(`${name} → ${code}`, () => {
      const e = errorOf(run);
      assert.equal(e.code, code);
      assert.match(e.message ?? '', message);
    });
  }
  it(`has at least 40 bad-argument cases (${cases.length})`, () => assert.ok(cases.length >= 40));
});

describe('excel-addin: browser storage cache', () => {
  function memory(failWith?: () => Error): KeyValueStorage & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (failWith) throw failWith();
        data.set(k, v);
      },
      removeItem: (k) => void data.delete(k),
    };
  }
  it('writes and reads the snapshot text', async () => {
    const s = memory();
    const cache = storageCache(s);
    assert.equal(await cache.read(), null);
    await cache.write('hello');
    assert.equal(await cache.read(), 'hello');
  });
  it('reports a full storage with a sentence and keeps the old cache', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const s = memory(() => quota);
    const cache = storageCache(s);
    await assert.rejects(cache.write('x'.repeat(4096)), /browser storage is full \(quota exceeded while saving 4 KB\)/);
  });
  it('refreshData keeps the merged data for the session when the cache is full', async () => {
    const { refreshData } = await import('../../core/refresh/index');
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const cache = storageCache(memory(() => quota));
    const base = bundledData();
    const feed = JSON.stringify({ rounds: [{ drawNumber: '9100', drawDate: '2026-11-20', drawName: 'Canadian Experience Class', drawText2: 'Canadian Experience Class', drawSize: '1,000', drawCRS: '500', drawDateTime: 'November 20, 2026 at 10:00:00 UTC', drawCutOff: '', drawDistributionAsOn: '' }] });
    const outcome = await refreshData(base, { description: 'test', fetchText: async () => feed }, cache);
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /quota exceeded/);
    assert.equal(outcome.data.rounds.length, base.rounds.length + 1);
  });
});
