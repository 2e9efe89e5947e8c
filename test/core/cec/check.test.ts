/** checkCec: the verdict, its reasons, language validity and the never-throw promise. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { checkCec } from '../../../core/cec';

const EXAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/profiles/example.ee-profile.json'), 'utf8')) as Record<string, unknown>;

// 30 h/week, Mon 2023-01-02 .. Sun 2023-12-31 = 52 weeks = 1,560 h exactly.
const YEAR_TEER1 = { title: 'Developer', noc: '21232', start: '2023-01-02', end: '2023-12-31', hoursPerWeek: 30 };
const YEAR_TEER2 = { ...YEAR_TEER1, title: 'Supervisor', noc: '72010' };
const ielts = (r: number, date = '2024-05-01') => ({ test: 'IELTS', date, reading: r, writing: 7, listening: 8, speaking: 7 });

describe('checkCec', () => {
  it('the example profile: eligible, with the result shape', () => {
    const r = checkCec(EXAMPLE);
    assert.equal(r.eligible, true);
    assert.equal(r.asOf, '2025-11-29');
    assert.deepEqual(r.window, { from: '2022-11-30', to: '2025-11-29' });
    assert.equal(r.requiredHours, 1560);
    // Developer: 2022-11-30 .. 2024-12-31 = 763 days in the window at 37.5 h/week, above full-time every day:
    // 763 × 30/7 = 3,270.
    assert.equal(r.qualifyingHours, 3270);
    assert.equal(r.jobs[1]!.countedHours, 0);
    assert.equal(r.jobs[1]!.excluded[0]!.reason, 'teer');
    assert.deepEqual(r.language, {
      test: 'IELTS', label: 'CLB', clb: { reading: 9, writing: 8, listening: 9, speaking: 9 }, min: 8, required: 7,
      abilitiesMet: { reading: true, writing: true, listening: true, speaking: true },
      testDate: '2024-05-01', validUntil: '2026-04-30', valid: true, validity: 'valid', validityText: 'valid until 2026-04-30',
    });
    assert.equal(r.workExperienceMet, true);
    assert.equal(r.languageMet, true);
    assert.equal(r.testValid, true);
    assert.deepEqual(r.jobs.map((j) => j.counts), [true, false]);
    assert.deepEqual(r.errors, []);
    assert.match(r.reasons[0]!, /^Eligible/);
    assert.ok(r.reasons.some((s) => /not legal advice/.test(s)));
    assert.ok(r.reasons.some((s) => /TEER 5/.test(s)));
  });

  it('options.asOf overrides the profile: results expired by 2026-05-01', () => {
    const r = checkCec(EXAMPLE, { asOf: '2026-05-01' });
    assert.equal(r.asOf, '2026-05-01');
    assert.equal(r.language!.valid, false);
    assert.equal(r.eligible, false);
    assert.ok(r.reasons.some((s) => /expired after 2026-04-30/.test(s)));
  });

  it('1,560 hours exactly with CLB 7 for TEER 1: eligible; one day less: not', () => {
    const ok = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER1], language: ielts(6) });
    assert.equal(ok.qualifyingHours, 1560);
    assert.equal(ok.language!.min, 7);
    assert.equal(ok.eligible, true);
    const short = checkCec({ asOf: '2025-01-31', jobs: [{ ...YEAR_TEER1, end: '2023-12-30' }], language: ielts(6) });
    assert.equal(short.eligible, false);
    assert.ok(short.reasons.some((s) => /1,555\.71 qualifying hours.*: 1 day of full-time work short \(4\.29 h\)/.test(s)), short.reasons.join('\n'));
  });

  it('CLB 6 does not let TEER 1 hours count, but TEER 2 hours do (interpretation stated)', () => {
    const teer1 = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER1], language: ielts(5) });
    assert.equal(teer1.language!.min, 6);
    assert.equal(teer1.qualifyingHours, 0);
    assert.equal(teer1.jobs[0]!.excluded[0]!.reason, 'languageLevel');
    assert.equal(teer1.language!.required, 7);
    assert.equal(teer1.eligible, false);
    assert.ok(teer1.reasons.some((s) => /count only when the lowest CLB \(NCLC\) meets/.test(s)));
    const teer2 = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER2], language: ielts(5) });
    assert.equal(teer2.qualifyingHours, 1560);
    assert.equal(teer2.language!.required, 5);
    assert.equal(teer2.eligible, true);
  });

  it('no language results: hours shown, not eligible', () => {
    const r = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER1] });
    assert.equal(r.qualifyingHours, 1560);
    assert.equal(r.language, null);
    assert.equal(r.eligible, false);
    assert.ok(r.reasons.some((s) => /No language test results/.test(s)));
  });

  it('a test taken after asOf does not count', () => {
    const r = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER1], language: ielts(6, '2025-02-01') });
    assert.equal(r.language!.valid, false);
    assert.equal(r.eligible, false);
    assert.ok(r.reasons.some((s) => /after 2025-01-31/.test(s)));
  });

  it('results without a test date: validity unknown, so not eligible, and said so', () => {
    const { date: _unused, ...undated } = ielts(6);
    const r = checkCec({ asOf: '2025-01-31', jobs: [YEAR_TEER1], language: undated });
    assert.equal(r.eligible, false);
    assert.equal(r.workExperienceMet, true);
    assert.equal(r.languageMet, true);
    assert.equal(r.testValid, false);
    assert.equal(r.language!.validity, 'noDate');
    assert.equal(r.language!.validUntil, null);
    assert.ok(r.reasons.some((s) => /No test date given: .*validity is unknown/.test(s)));
    assert.deepEqual(r.notices.filter((n) => n.code === 'languageNoDate').map((n) => n.path), [['language', 'test']]);
  });

  it('asOf omitted: today', () => {
    const r = checkCec({ jobs: [] });
    assert.equal(r.asOf, new Date().toISOString().slice(0, 10));
    assert.equal(r.eligible, false);
  });

  it('schema problems come back as errors and reasons, eligible false', () => {
    const r = checkCec({ jobs: [{ noc: '2123', start: '2023-02-30', hoursPerWeek: 30 }] });
    assert.equal(r.eligible, false);
    assert.deepEqual(r.errors.map((e) => e.path), [['jobs', 0, 'noc'], ['jobs', 0, 'start']]);
    assert.match(r.reasons[0]!, /2 problems/);
    assert.ok(r.reasons.some((s) => s.startsWith('jobs[0].noc: ')));
  });

  it('a bad options.asOf is an error in the result', () => {
    const r = checkCec({ jobs: [] }, { asOf: '2025-13-01' });
    assert.equal(r.eligible, false);
    assert.match(r.errors[0]!.message, /as-of date/);
  });

  it('JSON text is read too; text that is not JSON is an error, not a throw', () => {
    assert.equal(checkCec(JSON.stringify(EXAMPLE)).eligible, true);
    assert.match(checkCec('{ nope').errors[0]!.message, /not valid JSON/);
  });

  it('never throws for any JSON value, and eligible always comes with 1,560 hours', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = checkCec(v, { asOf: '2025-11-29' });
      if (r.eligible) assert.ok(r.qualifyingHours >= 1560);
    }), { numRuns: 300 });
    const lang = fc.record({ test: fc.constantFrom('IELTS', 'CELPIP', 'PTE_CORE', 'TEF', 'TCF', 'CLB', 'x'), date: fc.constantFrom('2024-01-01', '2019-01-01', 'bad'), reading: fc.double(), writing: fc.integer(), listening: fc.integer({ min: 0, max: 12 }), speaking: fc.constantFrom(7, 9, 600) }, { requiredKeys: [] });
    fc.assert(fc.property(lang, (language) => {
      checkCec({ asOf: '2025-11-29', jobs: [YEAR_TEER1], language });
    }), { numRuns: 300 });
  });
});
