/**
 * A realistic workbook evaluated by HyperFormula with the EE functions of the BUILT bundle (registered through the
 * CustomFunctions contract): DATE(), cell references, a jobs range, spills of EE.DRAWS / EE.POOL / EE.CATEGORIES,
 * error cells — checked against native formulas (MAXIFS + INDEX/MATCH, COUNTIFS, SUMIFS) over a table of rounds in
 * the same workbook, built from the snapshot's raw rows.
 */
import assert from 'node:assert/strict';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { ensureBuilt, loadBundle, readFunctionsJson } from './helpers/bundle';
import { nameIs, rawRounds, recountBetween, serialOf } from './helpers/recount';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';
import { cecHours as coreCecHours } from '../../core/cec/index';

/** The rounds table: date serial, round, category (by plain name test), ITAs, CRS. */
function roundsSheet(): RawCellContent[][] {
  const rows: RawCellContent[][] = [['Date', 'Round', 'Category', 'ITAs', 'CRS']];
  for (const r of rawRounds()) {
    const cat = ['CEC', 'PNP', 'FRENCH'].find((c) => nameIs(c, r.name)) ?? 'OTHER';
    rows.push([serialOf(r.date), /^\d+$/.test(r.round) ? Number(r.round) : r.round, cat, r.size, r.crs]);
  }
  return rows;
}

const N = rawRounds().length + 1;
const col = (c: string): string => `Rounds!$${c}$2:$${c}$${N}`;
/** Native cut-off: the highest round number of the category on or before the date, then its CRS. */
const nativeCutoff = (cat: string, date: string): string =>
  `=INDEX(${col('E')}, MATCH(MAXIFS(${col('B')}, ${col('C')}, ${cat}, ${col('A')}, "<="&${date}), ${col('B')}, 0))`;

const QUESTIONS: [string, string][] = [
  ['CEC', 'DATE(2025,11,29)'],
  ['CEC', 'DATE(2023,6,30)'],
  ['PNP', 'DATE(2026,8,4)'],
  ['PNP', 'DATE(2021,2,14)'],
  ['FRENCH', 'DATE(2024,12,31)'],
  ['FRENCH', 'DATE(2026,8,6)'],
];

describe('excel-addin: HyperFormula workbook with the built EE functions', function () {
  this.timeout(120_000);
  let hf: HyperFormula;
  let sheet: number;
  const at = (ref: string): unknown => {
    const a = hf.simpleCellAddressFromString(ref, sheet);
    assert.ok(a, ref);
    return hf.getCellValue(a);
  };

  before(async () => {
    await ensureBuilt();
    const { cf } = loadBundle();
    registerEEPlugin(readFunctionsJson(), cf.registrations, { DRAWS: [N + 1, 7], POOL: [19, 5], CUTOFF_STATS: [1, 5] });
    const dashboard: RawCellContent[][] = [];
    const put = (row: number, c: number, v: RawCellContent): void => {
      while (dashboard.length <= row) dashboard.push([]);
      dashboard[row]![c] = v;
    };
    // Rows 1–6: cut-off questions, EE vs native.
    QUESTIONS.forEach(([cat, date], i) => {
      put(i, 0, cat);
      put(i, 1, `=${date}`);
      put(i, 2, `=EE.CRS_CUTOFF(A${i + 1}, B${i + 1})`);
      put(i, 3, nativeCutoff(`A${i + 1}`, `B${i + 1}`));
      put(i, 4, `=EE.LAST_DRAW(A${i + 1}, B${i + 1})`);
      put(i, 5, `=MAXIFS(${col('A')}, ${col('C')}, A${i + 1}, ${col('A')}, "<="&B${i + 1})`);
      put(i, 6, `=EE.ITAS(A${i + 1}, TEXT(B${i + 1}, "yyyy-mm-dd"))`);
      put(i, 7, `=INDEX(${col('D')}, MATCH(MAXIFS(${col('B')}, ${col('C')}, A${i + 1}, ${col('A')}, "<="&B${i + 1}), ${col('B')}, 0))`);
    });
    // Rows 8–10: counts and totals vs COUNTIFS / SUMIFS.
    put(7, 0, '=EE.DRAW_COUNT("CEC", 2025)');
    put(7, 1, `=COUNTIFS(${col('C')}, "CEC", ${col('A')}, ">="&DATE(2025,1,1), ${col('A')}, "<="&DATE(2025,12,31))`);
    put(8, 0, '=EE.TOTAL_ITAS("PNP", DATE(2024,1,1), DATE(2024,12,31))');
    put(8, 1, `=SUMIFS(${col('D')}, ${col('C')}, "PNP", ${col('A')}, ">="&DATE(2024,1,1), ${col('A')}, "<="&DATE(2024,12,31))`);
    put(9, 0, '=EE.DRAW(434, "crs")');
    put(9, 1, `=INDEX(${col('E')}, MATCH(434, ${col('B')}, 0))`);
    put(9, 2, '=EE.DRAW(434, "date")');
    put(9, 3, '=TEXT(C10, "yyyy-mm-dd")');
    // Rows 12–16: errors.
    put(11, 0, '=EE.CRS_CUTOFF("Astronauts")');
    put(12, 0, '=EE.DRAW(99999)');
    put(13, 0, '=EE.CRS_CUTOFF("CEC", 1/0)');
    put(14, 0, '=EE.CLB("IELTS", 9.5, 7, 7, 7)');
    put(15, 0, '=EE.CRS_CUTOFF("CEC", DATE(1900,3,1))');
    put(16, 0, '=EE.CUTOFF_STATS("CEC", 0, "MEAN")');
    // Row 18: CLB, stats, streaming.
    put(17, 0, '=EE.CLB("CELPIP", 9, 8, 10, 7)');
    put(17, 1, '=EE.CUTOFF_STATS("CEC", 10, "MEAN")');
    put(17, 2, `=AVERAGE(INDEX(${col('E')}, 0, 1))`);
    put(17, 3, '=EE.LATEST("CEC")');
    put(17, 4, '=EE.CRS_CUTOFF("CEC")');
    // Row 20: CEC hours and eligibility over the Jobs sheet.
    put(19, 0, '=EE.CEC_HOURS(Jobs!A1:I4, DATE(2025,11,29))');
    put(19, 1, '=EE.CEC_ELIGIBLE(Jobs!A1:I4, EE.CLB("IELTS", 7, 7, 7, 7), DATE(2025,11,29))');
    put(19, 2, '=EE.CEC_ELIGIBLE(Jobs!A1:I4, 6, DATE(2025,11,29))');
    put(19, 3, '=EE.CEC_HOURS(Jobs!A1:B4)');
    // Spills: row 22 onwards.
    put(21, 0, '=EE.CATEGORIES()');
    put(21, 3, '=EE.POOL(DATE(2026,8,7))');
    put(21, 9, '=EE.CUTOFF_STATS("CEC", 10)');
    put(41, 0, '=EE.DRAWS("CEC", DATE(2025,1,1), DATE(2025,12,31))');
    put(41, 8, '=EE.DRAWS(A1, B2, B1, FALSE())');
    const jobs: RawCellContent[][] = [
      ['Start', 'End', 'Hours/week', 'NOC', 'Paid', 'In Canada', 'Authorized', 'Self-employed', 'Full-time study'],
      ['=DATE(2022,1,10)', '=DATE(2024,12,31)', 37.5, 21232, true, true, true, false, false],
      ['=DATE(2025,1,6)', null, 20, '63200', true, true, true, false, false],
      [null, null, null, null, null, null, null, null, null],
    ];
    hf = HyperFormula.buildFromSheets({ Dashboard: dashboard, Rounds: roundsSheet(), Jobs: jobs }, EXCEL_LIKE_CONFIG);
    sheet = hf.getSheetId('Dashboard')!;
  });

  after(() => hf?.destroy());

  it('EE.CRS_CUTOFF, EE.LAST_DRAW and EE.ITAS agree with MAXIFS + INDEX/MATCH', () => {
    QUESTIONS.forEach(([cat], i) => {
      const r = i + 1;
      assert.equal(typeof at(`C${r}`), 'number', `C${r} ${String(at(`C${r}`))}`);
      assert.equal(at(`C${r}`), at(`D${r}`), `${cat} cut-off row ${r}`);
      assert.equal(at(`E${r}`), at(`F${r}`), `${cat} date row ${r}`);
      assert.equal(at(`G${r}`), at(`H${r}`), `${cat} ITAs row ${r}`);
    });
  });

  it('the same answers as a plain recount of the snapshot', () => {
    assert.equal(at('C1'), recountBetween('CEC', undefined, '2025-11-29').at(-1)!.crs);
    assert.equal(at('A8'), recountBetween('CEC', '2025-01-01', '2025-12-31').length);
  });

  it('counts and totals agree with COUNTIFS and SUMIFS', () => {
    assert.equal(at('A8'), at('B8'));
    assert.equal(at('A9'), at('B9'));
    assert.equal(at('A10'), at('B10'));
    assert.equal(at('D10'), '2026-08-07', 'a date serial reads back as the round date with TEXT()');
  });

  it('error cells: #VALUE! and #N/A with the message, propagated errors', () => {
    const err = (ref: string): DetailedCellError => {
      const v = at(ref);
      assert.ok(v instanceof DetailedCellError, `${ref} is an error, got ${String(v)}`);
      return v;
    };
    assert.equal(err('A12').value, '#VALUE!');
    assert.match(err('A12').message, /Unknown category "Astronauts"/);
    assert.equal(err('A13').value, '#N/A');
    assert.match(err('A13').message, /no round 99999/);
    assert.equal(err('A14').value, '#DIV/0!', 'an error argument propagates, as in Excel');
    assert.equal(err('A15').value, '#VALUE!');
    assert.match(err('A15').message, /outside the test's scale/);
    assert.equal(err('A16').value, '#N/A', 'DATE(1900,3,1) is serial 61, long before any round');
    assert.match(err('A16').message, /on or before 1900-03-01/);
    assert.equal(err('A17').value, '#VALUE!');
    assert.match(err('A17').message, /last_n/);
  });

  it('CLB, statistics and the streaming function', () => {
    assert.equal(at('A18'), 7);
    const last10 = recountBetween('CEC').slice(-10).map((r) => r.crs);
    assert.equal(at('B18'), last10.reduce((a, b) => a + b, 0) / 10);
    assert.equal(at('D18'), at('E18'), 'EE.LATEST gives the current cut-off');
  });

  it('EE.CEC_HOURS and EE.CEC_ELIGIBLE read a jobs range with a header row, DATE() cells and empty cells', () => {
    const expected = coreCecHours(
      [
        { start: '2022-01-10', end: '2024-12-31', hoursPerWeek: 37.5, noc: '21232' },
        { start: '2025-01-06', end: null, hoursPerWeek: 20, noc: '63200' },
      ],
      '2025-11-29',
    ).qualifyingHours;
    assert.equal(at('A20'), expected);
    // By hand, per day: 2022-11-30 .. 2024-12-31 = 763 days above full-time → 763 × 30/7; 2025-01-06 .. 2025-11-29 =
    // 328 days at 20/7 → 4,207.142857… h.
    assert.equal(at('A20'), Math.round((763 * 30 / 7 + 328 * 20 / 7) * 100) / 100);
    assert.equal(at('B20'), true, 'IELTS 7 everywhere is CLB 9');
    assert.equal(at('C20'), false, 'with CLB 6 only the TEER 3 job (NOC 63200) counts: too few hours');
    const bad = at('D20');
    assert.ok(bad instanceof DetailedCellError && bad.value === '#VALUE!', 'a two-column range is malformed');
  });

  it('spills EE.CATEGORIES, EE.POOL and a row of EE.CUTOFF_STATS', () => {
    assert.equal(at('A22'), 'CEC');
    assert.equal(at('B22'), 'Canadian Experience Class');
    const cats = hf.getSheetValues(sheet).slice(21).map((row) => row[0]).filter((v) => typeof v === 'string');
    assert.ok(cats.includes('FRENCH') && cats.includes('ALL'));
    assert.equal(at('D22'), 'CRS range');
    assert.equal(at('D23'), '601–1200');
    assert.equal(at('G40'), 229100, 'pool total in the last row');
    assert.equal(at('H40'), 'total');
    const row = ['J22', 'K22', 'L22', 'M22', 'N22'].map(at);
    const last10 = recountBetween('CEC').slice(-10).map((r) => r.crs);
    assert.deepEqual(row.slice(0, 2), [Math.min(...last10), Math.max(...last10)]);
    assert.equal(row[4], last10[9]! - last10[0]!);
  });

  it('spills EE.DRAWS with headers, matching the recount row by row', () => {
    const expected = recountBetween('CEC', '2025-01-01', '2025-12-31');
    assert.deepEqual(['A42', 'B42', 'C42', 'D42', 'E42', 'F42', 'G42'].map(at), ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break']);
    expected.forEach((r, i) => {
      const n = 43 + i;
      assert.deepEqual([`A${n}`, `B${n}`, `C${n}`, `D${n}`, `E${n}`, `F${n}`].map(at), [Number(r.round), serialOf(r.date), 'CEC', r.name, r.crs, r.size]);
    });
    assert.equal(at(`A${43 + expected.length}`), null, 'nothing below the table');
  });

  it('spills EE.DRAWS with cell-reference arguments (size reserved up front, filled from the top)', () => {
    const expected = recountBetween('CEC', '2023-06-30', '2025-11-29');
    assert.equal(at('J42'), serialOf(expected[0]!.date));
    assert.equal(at(`M${42 + expected.length - 1}`), expected.at(-1)!.crs);
    assert.equal(at(`I${42 + expected.length}`), null);
  });

  it('recalculates when an input cell changes', () => {
    const a = hf.simpleCellAddressFromString('A1', sheet)!;
    hf.setCellContents(a, [['PNP']]);
    assert.equal(at('C1'), at('D1'));
    assert.equal(at('C1'), recountBetween('PNP', undefined, '2025-11-29').at(-1)!.crs);
    hf.setCellContents(a, [['CEC']]);
  });
});
