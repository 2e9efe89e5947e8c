/**
 * EE.OUTLOOK, EE.POOL_RANK and EE.CATEGORY_ELIGIBLE: through the CustomFunctions error contract (stand-in), and in a
 * HyperFormula workbook with the BUILT bundle's registrations. Expected values are recounted from the snapshot's raw
 * rows (helpers/recount) and from the rules written here.
 */
import assert from 'node:assert/strict';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { installStandIn, errorOf } from './helpers/standIn';
import { recountBetween, serialOf } from './helpers/recount';
import { ensureBuilt, loadBundle, readFunctionsJson } from './helpers/bundle';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';
import { FUNCTIONS } from '../../excel-addin/functions/register';

installStandIn();
// As Excel calls them: behind register.ts's one error guard.
const { CATEGORY_ELIGIBLE: categoryEligible, OUTLOOK: outlook, POOL_RANK: poolRank } = FUNCTIONS;
type Loose = (...args: unknown[]) => unknown;
const call = (fn: unknown, ...args: unknown[]): unknown => (fn as Loose)(...args);
const msg = (f: () => unknown): string => String(errorOf(f).message);

/** above, tied, below, rounds, lowest, median, highest, days since last: recounted. */
function expectedRow(category: string, score: number, last: number, asOf: string): number[] {
  const rounds = recountBetween(category, undefined, asOf).slice(-last);
  const cut = rounds.map((r) => r.crs).sort((a, b) => a - b);
  const k = cut.length;
  const median = k % 2 ? cut[(k - 1) / 2]! : (cut[k / 2 - 1]! + cut[k / 2]!) / 2;
  const days = (Date.parse(asOf) - Date.parse(rounds[k - 1]!.date)) / 86_400_000;
  return [rounds.filter((r) => r.crs < score).length, rounds.filter((r) => r.crs === score).length, rounds.filter((r) => r.crs > score).length, k, cut[0]!, median, cut[k - 1]!, days];
}

// A job range as EE.CEC_ELIGIBLE reads it: start, end, hours per week, NOC, paid, in Canada.
const cook = [[serialOf('2024-06-01'), serialOf('2026-01-31'), 40, '63200']];
const doctorAbroad = [[serialOf('2024-06-01'), serialOf('2026-02-28'), 40, '31102', true, false]];

describe('excel-addin: EE.OUTLOOK, EE.POOL_RANK, EE.CATEGORY_ELIGIBLE', () => {
  it('EE.OUTLOOK spills one row: above, tied, below, rounds, lowest, median, highest, days since last', () => {
    assert.deepEqual(outlook(515, 'CEC', 10, serialOf('2026-08-07')), [expectedRow('CEC', 515, 10, '2026-08-07')]);
    assert.deepEqual(outlook(400, 'french', 5, '2026-08-07'), [expectedRow('FRENCH', 400, 5, '2026-08-07')]);
    const last = recountBetween('CEC', undefined, '2025-11-29').at(-1)!;
    const tied = outlook(last.crs, 'CEC', undefined, '2025-11-29')[0]!;
    assert.ok(tied[1]! >= 1, 'a score equal to the last cut-off is tied');
    assert.deepEqual(tied, expectedRow('CEC', last.crs, 10, '2025-11-29'));
  });

  it('EE.POOL_RANK spills best, worst, total (the example of the rules: 515 on 2026-08-03)', () => {
    assert.deepEqual(poolRank(515, '2026-08-07'), [[501, 20205, 229100]]);
  });

  it('EE.CATEGORY_ELIGIBLE: the rule by date, list versions, Canada-only, unknown as #N/A with the reason', () => {
    assert.equal(categoryEligible(cook, 'TRADE', '2026-02-17'), true);
    assert.equal(categoryEligible(cook, 'trades', '2026-02-18'), false, '63200 left the 2026 trades list');
    assert.equal(categoryEligible(doctorAbroad, 'PHYSICIANS', '2026-03-01'), false, 'physicians need Canadian experience');
    const unknown = errorOf(() => categoryEligible(doctorAbroad, 'HEALTHCARE', '2026-03-01'));
    assert.equal(unknown.code, '#N/A');
    assert.match(String(unknown.message), /check canada\.ca/);
    const nurse = [[serialOf('2024-06-01'), serialOf('2026-02-28'), 40, '40042']];
    assert.equal(categoryEligible(nurse, 'MILITARY', '2026-03-01', true), true);
    assert.equal(categoryEligible(nurse, 'MILITARY', '2026-03-01', false), false);
    assert.equal(errorOf(() => categoryEligible(nurse, 'MILITARY', '2026-03-01')).code, '#N/A');
  });

  it('bad arguments: #VALUE! naming the argument; no round or category on the date: #N/A', () => {
    assert.match(msg(() => call(outlook, 1300, 'CEC')), /Bad score 1300/);
    assert.match(msg(() => call(outlook, null, 'CEC')), /Missing score/);
    assert.match(msg(() => call(outlook, 480, 'Astronauts')), /Unknown category/);
    assert.match(msg(() => call(outlook, 480, 'CEC', 0)), /Bad last_n/);
    assert.match(msg(() => call(outlook, 480, 'ALL')), /per category/);
    assert.equal(errorOf(() => call(outlook, 480, 'SENIOR_MANAGERS', 10, '2025-01-01')).code, '#N/A');
    assert.equal(errorOf(() => call(poolRank, 480, '2014-01-01')).code, '#N/A');
    assert.match(msg(() => call(categoryEligible, cook, 'FRENCH')), /French test/);
    assert.equal(errorOf(() => call(categoryEligible, cook, 'SENIOR_MANAGERS', '2025-06-01')).code, '#N/A');
    assert.match(msg(() => call(categoryEligible, [[1, 2]], 'STEM')), /Bad jobs range/);
  });
});

describe('excel-addin: the outlook functions in a HyperFormula workbook (built bundle)', function () {
  this.timeout(120_000);
  let hf: HyperFormula;
  let sheet: number;
  const at = (ref: string): unknown => hf.getCellValue(hf.simpleCellAddressFromString(ref, sheet)!);

  before(async () => {
    await ensureBuilt();
    const { cf } = loadBundle();
    registerEEPlugin(readFunctionsJson(), cf.registrations, { OUTLOOK: [1, 8], POOL_RANK: [1, 3], DRAWS: [500, 5], POOL: [19, 5], CUTOFF_STATS: [1, 5] });
    const dashboard: RawCellContent[][] = [
      ['=EE.OUTLOOK(515, "CEC", 10, DATE(2026,8,7))'],
      ['=EE.POOL_RANK(515, DATE(2026,8,7))'],
      ['=EE.CATEGORY_ELIGIBLE(Jobs!A1:F2, "TRADE", DATE(2026,2,17))', '=EE.CATEGORY_ELIGIBLE(Jobs!A1:F2, "TRADE", DATE(2026,2,18))', '=EE.CEC_ELIGIBLE(Jobs!A1:F2, 7, DATE(2026,2,17))'],
      ['=EE.OUTLOOK(2000, "CEC")', '=EE.CATEGORY_ELIGIBLE(Jobs!A1:F2, "HEALTHCARE", DATE(2026,3,1))'],
    ];
    const jobs: RawCellContent[][] = [
      ['Start', 'End', 'Hours/week', 'NOC', 'Paid', 'In Canada'],
      ['=DATE(2024,6,1)', '=DATE(2026,1,31)', 40, '63200', true, true],
    ];
    hf = HyperFormula.buildFromSheets({ Dashboard: dashboard, Jobs: jobs }, EXCEL_LIKE_CONFIG);
    sheet = hf.getSheetId('Dashboard')!;
  });
  after(() => hf?.destroy());

  it('EE.OUTLOOK spills into A1:H1 with the recounted row', () => {
    const got = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => at(`${c}1`));
    assert.deepEqual(got, expectedRow('CEC', 515, 10, '2026-08-07'));
  });

  it('EE.POOL_RANK spills into A2:C2', () => {
    assert.deepEqual([at('A2'), at('B2'), at('C2')], [501, 20205, 229100]);
  });

  it('EE.CATEGORY_ELIGIBLE reads the same jobs range as EE.CEC_ELIGIBLE', () => {
    assert.equal(at('A3'), true);
    assert.equal(at('B3'), false);
    assert.equal(typeof at('C3'), 'boolean');
  });

  it('error cells carry the message', () => {
    const a4 = at('A4');
    assert.ok(a4 instanceof DetailedCellError);
    assert.match(a4.message, /Bad score 2000/);
    const b4 = at('B4');
    assert.ok(b4 instanceof DetailedCellError);
    assert.match(b4.message, /check canada\.ca/);
  });
});
