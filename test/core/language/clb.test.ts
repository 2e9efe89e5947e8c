/** Test names, the TEF chart by test date, the minimum, validity and the level CEC requires. */
import assert from 'node:assert/strict';
import { clbLevels, languageTestFromName, requiredClb, validOn, validUntilDay } from '../../../core/language';
import { dayFromIso, isoFromDay } from '../../../core/feed/dates';
import { InputError } from '../../../core/types';

const day = (iso: string): number => dayFromIso(iso)!;

describe('clbLevels', () => {
  it('IELTS 7 / 6.5 / 8 / 7 → CLB 9 / 8 / 9 / 9, minimum 8', () => {
    const r = clbLevels('IELTS', { reading: 7, writing: 6.5, listening: 8, speaking: 7 }, '2024-05-01');
    assert.deepEqual([r.reading, r.writing, r.listening, r.speaking, r.min], [9, 8, 9, 9, 8]);
    assert.equal(r.test, 'IELTS');
    assert.equal(r.testDate, '2024-05-01');
    assert.equal(r.validUntil, '2026-04-30');
  });

  it('the minimum is the lowest ability', () => {
    assert.equal(clbLevels('celpip', { reading: 12, writing: 4, listening: 9, speaking: 7 }).min, 4);
    assert.equal(clbLevels('celpip', { reading: 3, writing: 12, listening: 9, speaking: 7 }).min, 3);
  });

  it('accepts test names in any case and the usual aliases', () => {
    const cases: Record<string, string> = {
      ielts: 'IELTS', IELTS: 'IELTS', 'ielts-gt': 'IELTS', celpip: 'CELPIP', 'CELPIP-General': 'CELPIP',
      pte: 'PTE_CORE', 'pte-core': 'PTE_CORE', PTE_CORE: 'PTE_CORE', 'PTE Core': 'PTE_CORE',
      tef: 'TEF', 'TEF Canada': 'TEF', tcf: 'TCF', clb: 'CLB', nclc: 'NCLC', NCLC: 'NCLC',
    };
    for (const [name, test] of Object.entries(cases)) assert.equal(languageTestFromName(name), test, name);
  });

  it('rejects unknown tests with the list of known ones', () => {
    assert.throws(() => clbLevels('toefl', { reading: 1, writing: 1, listening: 1, speaking: 1 }), /Unknown language test "toefl".*IELTS/);
  });

  it('rejects a bad test date', () => {
    assert.throws(() => clbLevels('IELTS', { reading: 7, writing: 7, listening: 7, speaking: 7 }, '2023-02-30'), InputError);
    assert.throws(() => clbLevels('IELTS', { reading: 7, writing: 7, listening: 7, speaking: 7 }, '1/2/2023'), InputError);
  });

  describe('TEF Canada chart by test date (reference: "after December 10, 2023" / "October 1, 2019 – December 10, 2023")', () => {
    // Writing 430: new chart NCLC 7 (428–471); 2019 chart NCLC 6 (400–449); old scale NCLC 10 (393–450).
    // The other scores are on every scale (old scale: reading /300, listening /360).
    const writing430 = (date?: string): number => clbLevels('TEF', { reading: 300, writing: 430, listening: 300, speaking: 450 }, date).writing;
    it('2023-12-11 (first day after December 10) uses the new chart', () => assert.equal(writing430('2023-12-11'), 7));
    it('2023-12-10 still uses the 2019 chart', () => assert.equal(writing430('2023-12-10'), 6));
    it('2019-10-01 uses the 2019 chart', () => assert.equal(writing430('2019-10-01'), 6));
    it('2019-09-30 uses the old score scale (writing /450: 430 → NCLC 10)', () => assert.equal(writing430('2019-09-30'), 10));
    it('old score scale: reading above 300 is off the scale', () => {
      assert.throws(() => clbLevels('TEF', { reading: 301, writing: 300, listening: 300, speaking: 300 }, '2019-09-30'), /reading score 301.*0–300/);
    });
    it('without a date the current chart is used', () => {
      const r = clbLevels('TEF', { reading: 699, writing: 430, listening: 699, speaking: 450 });
      assert.equal(r.writing, 7);
      assert.match(r.chart, /after December 10, 2023/);
      assert.equal(r.validUntil, null);
    });
  });

  it('IELTS scores with float noise snap to the band', () => {
    assert.equal(clbLevels('IELTS', { reading: 6.4999999999999, writing: 9, listening: 9, speaking: 9 }).reading, 8);
  });

  it('TCF writing 20 and reading 699 are on the scale; writing 21 is not', () => {
    assert.equal(clbLevels('TCF', { reading: 699, writing: 20, listening: 699, speaking: 20 }).min, 10);
    assert.throws(() => clbLevels('TCF', { reading: 699, writing: 21, listening: 699, speaking: 20 }), /TCF Canada writing score 21 is outside the test's scale \(0–20/);
  });
});

describe('validity and required level', () => {
  it('valid for two years: last day is the test date + 2 years − 1 day', () => {
    assert.equal(isoFromDay(validUntilDay(day('2024-05-01'))), '2026-04-30');
    assert.equal(isoFromDay(validUntilDay(day('2023-12-31'))), '2025-12-30');
  });
  it('a test on February 29 is two years old on February 28 (clamped anniversary)', () => {
    assert.equal(isoFromDay(validUntilDay(day('2024-02-29'))), '2026-02-27');
  });
  it('validOn: from the test date to the last valid day', () => {
    const t = day('2024-05-01');
    assert.equal(validOn(t, t - 1), false);
    assert.equal(validOn(t, t), true);
    assert.equal(validOn(t, day('2026-04-30')), true);
    assert.equal(validOn(t, day('2026-05-01')), false);
  });
  it('CLB 7 for TEER 0/1, 5 for TEER 2/3, none for 4/5', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(requiredClb), [7, 7, 5, 5, null, null]);
  });
});
