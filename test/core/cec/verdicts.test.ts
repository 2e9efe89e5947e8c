/**
 * Issue 10 cases for checkCec's verdicts: language validity, TEF scale, NCLC labels, NOC 2021 codes, study periods
 * without "fullTime", mixed TEER, near-threshold and shortfall sentences. Expectations are worked out by hand from
 * the charts (README language part) and the per-day rule.
 */
import assert from 'node:assert/strict';
import { checkCec, parseProfile, type CecResult } from '../../../core/cec';

const ASOF = '2025-11-29';
// 364 days (Mon 2024-01-01 .. Sun 2024-12-29) at 30 h/week: exactly 1,560 h.
const YEAR = { title: 'Developer', noc: '21232', start: '2024-01-01', end: '2024-12-29', hoursPerWeek: 30 };
const CLB9 = { test: 'CLB', date: '2025-01-15', reading: 9, writing: 9, listening: 9, speaking: 9 };
const has = (r: CecResult, re: RegExp): boolean => r.reasons.some((s) => re.test(s));

describe('checkCec verdicts (issue 10)', () => {
  it('PTE Core dated before 2024-01-30 is not an accepted test; from that day it is', () => {
    // PTE Core 70 everywhere: reading 69–77 → 8, writing 69–78 → 7, listening 60–70 → 7, speaking 68–75 → 7.
    const pte = (date: string) => checkCec({ asOf: '2025-06-01', jobs: [YEAR], language: { test: 'PTE_CORE', date, reading: 70, writing: 70, listening: 70, speaking: 70 } });
    const before = pte('2024-01-29');
    assert.equal(before.language!.min, 7);
    assert.equal(before.language!.validity, 'notAccepted');
    assert.equal(before.testValid, false);
    assert.equal(before.eligible, false);
    assert.ok(has(before, /accepted only for tests taken on or after 2024-01-30/));
    assert.ok(before.notices.some((n) => n.code === 'languageNotAccepted'));
    const on = pte('2024-01-30');
    assert.equal(on.testValid, true);
    assert.equal(on.eligible, true);
  });

  it('TEF scores on the old scale for a 2024 test: a warning naming both readings', () => {
    // Old scale: reading 250 (248–262 → 9), writing 380 (371–392 → 9), listening 300 (298–315 → 9), speaking 380 → 9.
    // 0–699 scale of tests after 2023-12-10: reading 250 < 306 → below NCLC 4 (3), all four below → 3.
    const r = checkCec({ asOf: ASOF, jobs: [YEAR], language: { test: 'TEF', date: '2024-03-01', reading: 250, writing: 380, listening: 300, speaking: 380 } });
    assert.equal(r.language!.min, 3);
    assert.equal(r.language!.label, 'NCLC');
    assert.ok(has(r, /look like the old score scale.*below NCLC 4 \(shown as NCLC 3\).*on the old scale they would read as NCLC 9/), r.reasons.join('\n'));
    assert.ok(r.notices.some((n) => n.code === 'tefScale'));
    assert.equal(r.eligible, false);
    // Scores that only fit the 0–699 scale (speaking 600 > 450): no warning. A 2019-chart test: none either.
    const fine = checkCec({ asOf: ASOF, jobs: [YEAR], language: { test: 'TEF', date: '2024-03-01', reading: 250, writing: 380, listening: 300, speaking: 600 } });
    assert.ok(!fine.notices.some((n) => n.code === 'tefScale'));
    const dec10 = checkCec({ asOf: ASOF, jobs: [YEAR], language: { test: 'TEF', date: '2023-12-10', reading: 250, writing: 380, listening: 300, speaking: 380 } });
    assert.ok(!dec10.notices.some((n) => n.code === 'tefScale'));
  });

  it('French tests say NCLC everywhere: reasons, notices', () => {
    // TCF: reading 453 → 7, writing 10 → 7, listening 458 → 7, speaking 6 → 5.
    const r = checkCec({ asOf: ASOF, jobs: [YEAR], language: { test: 'TCF', date: '2025-01-10', reading: 453, writing: 10, listening: 458, speaking: 6 } });
    assert.equal(r.language!.label, 'NCLC');
    assert.equal(r.language!.min, 5);
    assert.ok(has(r, /NCLC 7 reading, 7 writing, 7 listening, 5 speaking; the lowest is NCLC 5/));
    assert.ok(has(r, /NCLC 7 is required for this experience, and NCLC 5 does not meet it/));
    assert.ok(!r.reasons.some((s) => /\bCLB [0-9]/.test(s) && /reading/.test(s)), 'no CLB label for a French test');
    assert.deepEqual(r.notices.filter((n) => n.code === 'languageLevel').map((n) => n.message), ['Speaking is NCLC 5; CEC needs NCLC 7 in every ability for this experience.']);
    assert.deepEqual(r.language!.abilitiesMet, { reading: true, writing: true, listening: true, speaking: false });
    assert.equal(r.languageMet, false);
  });

  it('NOC codes that cannot be NOC 2021 are invalid: 00000, 01234, a TEER digit above 5', () => {
    for (const noc of ['00000', '01234', '00016', '16000', '99999']) {
      const { problems } = parseProfile({ jobs: [{ ...YEAR, noc }] });
      assert.deepEqual(problems.map((p) => p.path), [['jobs', 0, 'noc']], noc);
      assert.match(problems[0]!.message, /not a NOC 2021 code/, noc);
    }
    for (const noc of ['00010', '00015', '10010', '21232', '65201']) assert.deepEqual(parseProfile({ jobs: [{ ...YEAR, noc }] }).problems, [], noc);
  });

  it('a study period without "fullTime" is taken as part-time, and the result says so', () => {
    const r = checkCec({ asOf: ASOF, jobs: [YEAR], studyPeriods: [{ start: '2024-09-01', end: '2024-12-20' }], language: CLB9 });
    assert.equal(r.qualifyingHours, 1560);
    assert.equal(r.eligible, true);
    assert.ok(has(r, /Study period 1 \(from 2024-09-01\) does not say "fullTime": it was taken as part-time/));
    assert.deepEqual(r.notices.filter((n) => n.code === 'studyAssumedPartTime').map((n) => n.path), [['studyPeriods', 0]]);
    // Said to be full-time: 2024-09-01 .. 2024-12-20 = 111 days do not count → 253 days × 30/7 = 1,084.29.
    const full = checkCec({ asOf: ASOF, jobs: [YEAR], studyPeriods: [{ start: '2024-09-01', end: '2024-12-20', fullTime: true }], language: CLB9 });
    assert.equal(full.qualifyingHours, 1084.29);
    assert.ok(!full.notices.some((n) => n.code === 'studyAssumedPartTime'));
  });

  it('mixed TEER levels: the rule applied is stated as this project\'s reading', () => {
    const mixed = checkCec({ asOf: ASOF, jobs: [YEAR, { ...YEAR, title: 'Supervisor', noc: '72010', start: '2023-01-02', end: '2023-06-30', hoursPerWeek: 20 }], language: CLB9 });
    assert.ok(has(mixed, /mixes TEER 0 or 1 jobs .* with TEER 2 or 3 jobs.*this project's reading/));
    const single = checkCec({ asOf: ASOF, jobs: [YEAR], language: CLB9 });
    assert.ok(!has(single, /mixes TEER/));
  });

  it('near the threshold and short: days and hours, and what IRCC counts', () => {
    // 350 days at 30 h = 1,500 h: 14 days of full-time work short (60 h); within 60 h → close to the threshold.
    const r = checkCec({ asOf: ASOF, jobs: [{ ...YEAR, end: '2024-12-15' }], language: CLB9 });
    assert.equal(r.qualifyingHours, 1500);
    assert.equal(r.workExperienceMet, false);
    assert.deepEqual([r.hours.shortDays, r.hours.shortHours, r.hours.fullTimeDays, r.hours.nearThreshold], [14, 60, 350, true]);
    assert.ok(has(r, /1,560 are required: 14 days of full-time work short \(60 h\)/));
    assert.ok(has(r, /Close to the threshold: 1,500 hours .* It is 350 days of full-time work; 1,560 hours is 364\. IRCC counts the hours actually worked, which pay records show/));
    // Far from it (1 day): no such note.
    const far = checkCec({ asOf: ASOF, jobs: [{ ...YEAR, end: '2024-01-01' }], language: CLB9 });
    assert.ok(!has(far, /Close to the threshold/));
    // Above and close: eligible, and still the note.
    const above = checkCec({ asOf: ASOF, jobs: [{ ...YEAR, end: '2025-01-05' }], language: CLB9 });
    assert.equal(above.eligible, true);
    assert.ok(has(above, /Close to the threshold: 1,590 hours/));
  });

  it('overtime never makes the verdict: 362 days at 70 h/week is not eligible', () => {
    const r = checkCec({ asOf: ASOF, jobs: [{ ...YEAR, end: '2024-12-27', hoursPerWeek: 70 }], language: CLB9 });
    assert.equal(r.eligible, false);
    assert.equal(r.workExperienceMet, false);
    assert.ok(has(r, /2 days of full-time work short \(8\.57 h\)/));
    assert.equal(r.jobs[0]!.counts, true);
  });
});
