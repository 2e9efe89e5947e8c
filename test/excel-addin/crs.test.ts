/**
 * EE.CRS and EE.CRS_DETAIL: through the registered functions of the BUILT bundle (the CustomFunctions contract) and in
 * a HyperFormula workbook with a field/value profile range, against the independent recomputation of the CRS grid.
 */
import assert from 'node:assert/strict';
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { ensureBuilt, loadBundle, readFunctionsJson, type LoadedBundle } from './helpers/bundle';
import { serialOf } from './helpers/recount';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';
import { recompute, type Candidate } from '../core/crs/recompute';

/** The candidate of test/fixtures/profiles/candidate.ee-profile.json with the work years given directly. */
const CANDIDATE: Candidate = {
  age: 29, spouse: true, edu: 'masters', canadianEdu: 'one-or-two-year', first: [9, 9, 10, 9], second: [7, 7, 7, 7], cw: 2, fw: 3,
  spouseEdu: 'bachelors', spouseLang: [8, 8, 8, 8], spouseCw: 1, sibling: true,
};

/** Field/value rows as a user types them: a header, DATE serials, a NOC as a number, TRUE/FALSE cells, an empty value. */
function profileRows(): RawCellContent[][] {
  return [
    ['Field', 'Value'],
    ['dateOfBirth', serialOf('1996-03-14')],
    ['maritalStatus', 'married'],
    ['spouse.education.level', 'bachelors'],
    ['spouse.canadianWorkYears', 1],
    ['spouse.language.test', 'IELTS'],
    ['spouse.language.date', serialOf('2025-02-01')],
    ['spouse.language.reading', 6.5],
    ['spouse.language.writing', 6.5],
    ['spouse.language.listening', 7.5],
    ['spouse.language.speaking', 6.5],
    ['education.level', 'masters'],
    ['education.canadian', 'one-or-two-year'],
    ['language.test', 'CELPIP'],
    ['language.date', '2024-12-02'],
    ['language.reading', 9],
    ['language.writing', 9],
    ['language.listening', 10],
    ['language.speaking', 9],
    ['secondLanguage.test', 'TEF'],
    ['secondLanguage.date', serialOf('2025-01-10')],
    ['secondLanguage.reading', 440],
    ['secondLanguage.writing', 430],
    ['secondLanguage.listening', 450],
    ['secondLanguage.speaking', 460],
    ['canadianWorkYears', 2],
    ['foreignWorkYears', 3],
    ['siblingInCanada', true],
    ['provincialNomination', false],
    ['certificateOfQualification', null],
  ];
}

type Fn = (...args: unknown[]) => unknown;

describe('excel-addin: EE.CRS and EE.CRS_DETAIL (registered functions of the built bundle)', function () {
  this.timeout(120_000);
  let bundle: LoadedBundle;
  const fn = (id: string): Fn => bundle.cf.registrations.get(id) as unknown as Fn;
  const errorOf = (value: unknown): { code: string; message?: string } => {
    assert.ok(value && typeof value === 'object' && 'code' in value, `expected an error, got ${JSON.stringify(value)}`);
    return value as { code: string; message?: string };
  };
  const call = (id: string, ...args: unknown[]): unknown => {
    try {
      return fn(id)(...args);
    } catch (e) {
      return e;
    }
  };

  before(async () => {
    await ensureBuilt();
    bundle = loadBundle();
  });

  it('EE.CRS gives the recomputed total; the header row is skipped and dates may be serials or text', () => {
    assert.equal(call('CRS', profileRows(), serialOf('2025-11-29')), recompute(CANDIDATE, '2025-11-29').total);
    assert.equal(call('CRS', profileRows().slice(1), '2025-11-29'), recompute(CANDIDATE, '2025-11-29').total);
    // On the 30th birthday (2026-03-14) the age points change; language results are still valid.
    assert.equal(call('CRS', profileRows(), '2026-03-14'), recompute({ ...CANDIDATE, age: 30 }, '2026-03-14').total);
  });

  it('EE.CRS_DETAIL spills factor/points rows whose points add up to the total', () => {
    // Copied out of the bundle's realm (its arrays have that realm's prototype).
    const rows = JSON.parse(JSON.stringify(call('CRS_DETAIL', profileRows(), '2025-11-29'))) as (string | number)[][];
    assert.deepEqual(rows[0], ['Factor', 'Points']);
    const total = recompute(CANDIDATE, '2025-11-29').total;
    assert.deepEqual(rows.at(-1), ['Total (rules of 2025-03-25, as of 2025-11-29)', total]);
    const sum = rows.slice(1, -1).reduce((a, r) => a + (r[1] as number), 0);
    assert.equal(sum, total);
    assert.ok(rows.some((r) => r[0] === 'Age 29' && r[1] === 100));
    assert.ok(rows.some((r) => String(r[0]).startsWith('Cap: Education combinations') && r[1] === -50));
  });

  it('a job offer NOC typed as a number keeps its leading zeros; its points follow the date', () => {
    const rows = [['age', 35], ['jobOffer.noc', 12], ['education.level', 'bachelors']];
    const c: Candidate = { age: 35, spouse: false, edu: 'bachelors', first: null, cw: 0, fw: 0, jobOfferNoc: '00012' };
    assert.equal(call('CRS', rows, '2020-01-01'), recompute(c, '2020-01-01').total);
    assert.equal(call('CRS', rows, '2025-03-25'), recompute(c, '2025-03-25').total);
  });

  it('a bad field or value is #VALUE! with a message naming the field', () => {
    const cases: [unknown[][], RegExp][] = [
      [[['education.level', 'phd']], /education\.level/],
      [[['age', 29], ['spouse.language.test', 'IELTS'], ['spouse.language.date', '2025-01-01'], ['spouse.language.reading', 10], ['spouse.language.writing', 7], ['spouse.language.listening', 7], ['spouse.language.speaking', 7], ['maritalStatus', 'married']], /spouse\.language\.reading/],
      [[['age', 29], ['hobby', 'chess']], /hobby/],
      [[['age', 29], ['maritalStatus', 'engaged']], /maritalStatus/],
      [[['age', 29], ['language.date', 'yesterday']], /language\.date/],
      [[['age', 29], ['age', 30]], /age: given twice/],
      [[['age', 29], ['__proto__.x', 1]], /__proto__/],
      [[['Field', 'Value']], /no field has a value/],
    ];
    for (const [range, message] of cases) {
      const e = errorOf(call('CRS', range, '2025-11-29'));
      assert.equal(e.code, '#VALUE!');
      assert.match(e.message ?? '', message);
      assert.equal(errorOf(call('CRS_DETAIL', range, '2025-11-29')).code, '#VALUE!');
    }
    assert.match(errorOf(call('CRS', [['age', 29]], '2014-12-31')).message ?? '', /2015-01-01/);
  });

  describe('in a HyperFormula workbook', () => {
    let hf: HyperFormula;
    let sheet: number;
    const at = (ref: string): unknown => hf.getCellValue(hf.simpleCellAddressFromString(ref, sheet)!);

    before(() => {
      registerEEPlugin(readFunctionsJson(), bundle.cf.registrations, { CRS_DETAIL: [40, 2] });
      const dashboard: RawCellContent[][] = [
        ['=EE.CRS(Profile!A1:B30, DATE(2025,11,29))', '=EE.CRS(Profile!A1:B30, DATE(2026,3,14))', '=EE.CRS(Bad!A1:B2)'],
        ['=EE.CRS_DETAIL(Profile!A1:B30, DATE(2025,11,29))'],
      ];
      const bad: RawCellContent[][] = [['age', 29], ['education.level', 'phd']];
      hf = HyperFormula.buildFromSheets({ Dashboard: dashboard, Profile: profileRows(), Bad: bad }, EXCEL_LIKE_CONFIG);
      sheet = hf.getSheetId('Dashboard')!;
    });
    after(() => hf?.destroy());

    it('=EE.CRS over a field/value range equals the recomputation, on two dates', () => {
      assert.equal(at('A1'), recompute(CANDIDATE, '2025-11-29').total);
      assert.equal(at('B1'), recompute({ ...CANDIDATE, age: 30 }, '2026-03-14').total);
      const e = at('C1');
      assert.ok(e instanceof DetailedCellError, String(e));
      assert.equal(e.value, '#VALUE!');
      assert.match(e.message, /education\.level/);
    });

    it('=EE.CRS_DETAIL spills; SUM of its points (without the total row) is the total', () => {
      assert.equal(at('A2'), 'Factor');
      let last = 2;
      while (typeof at(`A${last + 1}`) === 'string') last++;
      assert.match(String(at(`A${last}`)), /^Total/);
      hf.setCellContents(hf.simpleCellAddressFromString('D1', sheet)!, [[`=SUM(B3:B${last - 1})`, `=B${last}`]]);
      assert.equal(at('D1'), recompute(CANDIDATE, '2025-11-29').total);
      assert.equal(at('E1'), at('D1'));
    });
  });
});
