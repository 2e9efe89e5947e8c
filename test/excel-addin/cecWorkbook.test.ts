/**
 * CEC at the one-year mark in a HyperFormula workbook with the BUILT bundle: EE.CEC_HOURS and EE.CEC_ELIGIBLE give
 * the core's verdict (per-day counting), checked against a native formula of the rule for one job,
 * MIN(hours, 30) / 7 × days, and against hand-computed values.
 */
import assert from 'node:assert/strict';
import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { ensureBuilt, loadBundle, readFunctionsJson } from './helpers/bundle';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';

describe('excel-addin: CEC verdicts at the one-year mark (HyperFormula, built functions)', function () {
  this.timeout(120_000);
  let hf: HyperFormula;
  let sheet: number;
  const at = (ref: string): unknown => hf.getCellValue(hf.simpleCellAddressFromString(ref, sheet)!);

  // Row per case: start, end, hours/week, NOC; then EE.CEC_HOURS, EE.CEC_ELIGIBLE with CLB 9, the native formula.
  const CASES: [start: string, end: string, hours: number, expectedHours: number, eligible: boolean][] = [
    ['DATE(2024,1,1)', 'DATE(2024,12,21)', 70, Math.round(356 * 30 / 7 * 100) / 100, false], // 356 days at 70 h
    ['DATE(2024,1,1)', 'DATE(2024,12,25)', 45, Math.round(360 * 30 / 7 * 100) / 100, false], // 360 days at 45 h
    ['DATE(2024,1,1)', 'DATE(2024,12,27)', 40, Math.round(362 * 30 / 7 * 100) / 100, false], // 362 days, from a Monday
    ['DATE(2024,1,2)', 'DATE(2024,12,28)', 40, Math.round(362 * 30 / 7 * 100) / 100, false], // 362 days, from a Tuesday
    ['DATE(2024,1,1)', 'DATE(2024,12,29)', 30, 1560, true], // 364 days at 30 h
    ['DATE(2023,1,2)', 'DATE(2024,12,29)', 15, 1560, true], // 728 days at 15 h
  ];

  before(async () => {
    await ensureBuilt();
    const { cf } = loadBundle();
    registerEEPlugin(readFunctionsJson(), cf.registrations, {});
    const rows: RawCellContent[][] = CASES.map(([start, end, hours], i) => {
      const r = i + 1;
      return [`=${start}`, `=${end}`, hours, 21232, `=EE.CEC_HOURS(A${r}:D${r}, DATE(2025,11,29))`, `=EE.CEC_ELIGIBLE(A${r}:D${r}, 9, DATE(2025,11,29))`, `=ROUND(MIN(C${r}, 30) / 7 * (B${r} - A${r} + 1), 2)`];
    });
    hf = HyperFormula.buildFromSheets({ Jobs: rows }, EXCEL_LIKE_CONFIG);
    sheet = hf.getSheetId('Jobs')!;
  });

  after(() => hf?.destroy());

  it('hours per day: overtime never makes up for missing days, the weekday never matters', () => {
    CASES.forEach(([start, end, hours, expected, eligible], i) => {
      const r = i + 1;
      const what = `${start}..${end} at ${hours} h`;
      assert.equal(at(`E${r}`), expected, what);
      assert.equal(at(`E${r}`), at(`G${r}`), `${what}: native formula`);
      assert.equal(at(`F${r}`), eligible, what);
    });
    assert.equal(at('E3'), at('E4'), 'Monday or Tuesday start');
  });
});
