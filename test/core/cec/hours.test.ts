/**
 * Hand-computed hour cases. Rule (core/cec/count.ts, the project's reading in the README): a job works hoursPerWeek/7
 * hours each calendar day; per day the counted jobs' hours are summed and capped at 30/7, each job keeping the same
 * share.
 * Weekdays used below: 2022-11-30 Wed, 2023-01-02 Mon, 2023-01-07 Sat, 2023-12-30 Sat, 2023-12-31 Sun,
 * 2024-01-01 Mon, 2024-02-29 Thu, 2025-11-03 Mon, 2025-11-29 Sat.
 */
import assert from 'node:assert/strict';
import { cecHours, type Job } from '../../../core/cec';
import { InputError } from '../../../core/types';

const ASOF = '2025-11-29'; // window 2022-11-30 .. 2025-11-29

function job(noc: string, start: string, end: string | null, hoursPerWeek: number, extra: Partial<Job> = {}): Job {
  return { noc, start, end, hoursPerWeek, ...extra };
}

const close = (actual: number, expected: number, what = ''): void =>
  assert.ok(Math.abs(actual - expected) < 1e-6, `${what} ${actual} ≠ ${expected}`);

function excluded(r: ReturnType<typeof cecHours>, i: number, reason: string): number | undefined {
  return r.jobs[i]!.excluded.find((e) => e.reason === reason)?.hours;
}

describe('cecHours: hand-computed cases', () => {
  it('the window is (asOf − 3 years, asOf]', () => {
    const r = cecHours([], ASOF);
    assert.deepEqual(r.window, { from: '2022-11-30', to: '2025-11-29' });
    assert.equal(r.requiredHours, 1560);
    assert.equal(r.qualifyingHours, 0);
  });

  it('one job, 20 h/week for 52 full weeks: 20 × 52 = 1,040', () => {
    // 2023-01-02 (Mon) .. 2023-12-31 (Sun) = 364 days = 52 weeks.
    const r = cecHours([job('21232', '2023-01-02', '2023-12-31', 20)], ASOF);
    close(r.exactHours, 1040);
    assert.equal(r.jobs[0]!.countedHours, 1040);
    assert.equal(r.jobs[0]!.teer, 1);
    assert.equal(r.enough, false);
  });

  it('window edges: the day before the window is out, its first and last days are in', () => {
    const r = cecHours([
      job('21232', '2022-11-29', '2022-11-29', 7), // 1 day before the window: 1 h outside, 0 counted
      job('21232', '2022-11-30', '2022-11-30', 7), // first day: 7/7 = 1 h
      job('21232', '2025-11-29', '2025-11-30', 14), // last day in (2 h), 2025-11-30 after asOf (2 h outside)
    ], ASOF);
    assert.equal(r.jobs[0]!.countedHours, 0);
    close(excluded(r, 0, 'outsideWindow')!, 1);
    assert.equal(r.jobs[1]!.countedHours, 1);
    assert.equal(r.jobs[2]!.countedHours, 2);
    close(excluded(r, 2, 'outsideWindow')!, 2);
    close(r.exactHours, 3);
  });

  it('a job straddling the window start counts only its days inside', () => {
    // 2020-01-01 .. 2023-11-29 at 21 h/week = 3 h/day. Inside: 2022-11-30 .. 2023-11-29 = 365 days → 1,095 h.
    // Outside: 2020-01-01 .. 2022-11-29 = 1,064 days → 3,192 h. 21 h/week never reaches the cap.
    const r = cecHours([job('31102', '2020-01-01', '2023-11-29', 21)], ASOF);
    close(r.exactHours, 1095);
    close(r.jobs[0]!.hoursInWindow, 1095);
    close(excluded(r, 0, 'outsideWindow')!, 3192);
  });

  it('one job above 30 h/week: 40 h/week for 28 days counts 28 × 30/7 = 120', () => {
    // 2023-01-02 .. 2023-01-29: 28 days × 40/7 = 160 h; each day capped at 30/7 → 120; 40 h over the cap.
    const r = cecHours([job('21232', '2023-01-02', '2023-01-29', 40)], ASOF);
    close(r.exactHours, 120);
    close(excluded(r, 0, 'dailyCap')!, 40);
  });

  it('two concurrent 20 h/week jobs share the cap: each keeps 15 h/week', () => {
    // Same 28 days: 40/7 a day in total → 30/7; each job keeps 20 × 30/40 = 15 h/week → 60 h; 20 h capped each.
    const r = cecHours([job('21232', '2023-01-02', '2023-01-29', 20), job('13102', '2023-01-02', '2023-01-29', 20)], ASOF);
    close(r.exactHours, 120);
    for (const i of [0, 1]) {
      close(r.jobs[i]!.countedHours, 60);
      close(excluded(r, i, 'dailyCap')!, 20);
    }
  });

  it('concurrency: the cap applies only on the days both jobs work', () => {
    // A: 35 h/week (5 h/day) 2023-01-02 .. 2023-01-08 (7 days). B: 14 h/week (2 h/day) 2023-01-07 .. 2023-01-15 (9 days).
    // Days with A only (5): 5 × 30/7 each (35 > 30) = 150/7. Both (2 days): 7 h/day > 30/7 → A keeps 35×30/49/7 a day,
    // B 14×30/49/7. B alone (7 days): 2 h/day = 14.
    const aOnly = 5 * 30 / 7;
    const aBoth = 2 * (35 * 30 / 49) / 7;
    const bBoth = 2 * (14 * 30 / 49) / 7;
    const r = cecHours([job('21232', '2023-01-02', '2023-01-08', 35), job('21232', '2023-01-07', '2023-01-15', 14)], ASOF);
    close(r.exactHours, aOnly + 2 * 30 / 7 + 14);
    close(r.jobs[0]!.countedHours, Math.round((aOnly + aBoth) * 100) / 100);
    close(r.jobs[1]!.countedHours, Math.round((bBoth + 14) * 100) / 100);
    // In: A 35 + B 18 = 53; counted 7 × 30/7 + 14 = 44; capped 9.
    close(excluded(r, 0, 'dailyCap')! + excluded(r, 1, 'dailyCap')!, 9);
  });

  it('a stub week gives only its days: 5 days at 49 h/week count 5 × 30/7, not 30', () => {
    // 42 h/week = 6 h/day, Wed 2023-01-04 .. Sun 2023-01-08: 5 days, each capped at 30/7 → 150/7 = 21.43.
    close(cecHours([job('21232', '2023-01-04', '2023-01-08', 42)], ASOF).exactHours, 150 / 7);
    const r = cecHours([job('21232', '2023-01-04', '2023-01-08', 49)], ASOF);
    close(r.exactHours, 150 / 7);
    close(excluded(r, 0, 'dailyCap')!, Math.round((35 - 150 / 7) * 100) / 100);
  });

  it('full-time study: only the overlapping days are excluded', () => {
    // 28 h/week = 4 h/day, 2023-01-02 .. 2023-01-29 (28 days); study 2023-01-16 .. 2023-01-22 (7 days).
    // Counted 21 × 4 = 84; study 7 × 4 = 28.
    const study = [{ start: '2023-01-16', end: '2023-01-22', fullTime: true }];
    const r = cecHours([job('21232', '2023-01-02', '2023-01-29', 28)], ASOF, study);
    close(r.exactHours, 84);
    close(excluded(r, 0, 'fullTimeStudy')!, 28);
  });

  it('part-time study excludes nothing; a study period without "fullTime" is taken as part-time (the qualifying value)', () => {
    const j = [job('21232', '2023-01-02', '2023-01-29', 28)];
    close(cecHours(j, ASOF, [{ start: '2023-01-16', end: '2023-01-22', fullTime: false }]).exactHours, 112);
    close(cecHours(j, ASOF, [{ start: '2023-01-16', end: '2023-01-22' }]).exactHours, 112);
    close(cecHours(j, ASOF, [{ start: '2023-01-16', end: '2023-01-22', fullTime: true }]).exactHours, 84);
  });

  it('an ongoing study period runs until asOf', () => {
    // Study from 2023-01-23 (ongoing): the last 7 days of the job (Jan 23–29) are excluded → 21 × 4 = 84.
    close(cecHours([job('21232', '2023-01-02', '2023-01-29', 28)], ASOF, [{ start: '2023-01-23', end: null, fullTime: true }]).exactHours, 84);
  });

  it('an ongoing job ends on asOf', () => {
    // Mon 2025-11-03 .. Sat 2025-11-29 = 27 days × 2 h (14 h/week) = 54 h.
    const r = cecHours([job('21232', '2025-11-03', null, 14)], ASOF);
    close(r.exactHours, 54);
    assert.ok(r.jobs[0]!.notes.some((n) => /Ongoing/.test(n)));
    const omitted = cecHours([{ noc: '21232', start: '2025-11-03', hoursPerWeek: 14 }], ASOF);
    close(omitted.exactHours, 54);
  });

  it('an ongoing job starting after asOf counts nothing and is not an error', () => {
    const r = cecHours([job('21232', '2025-12-01', null, 40)], ASOF);
    assert.equal(r.exactHours, 0);
    assert.deepEqual(r.errors, []);
    assert.equal(r.jobs[0]!.excluded[0]!.reason, 'outsideWindow');
  });

  it('a leap day: asOf 2024-02-29 gives the window 2021-03-01 .. 2024-02-29 (1,096 days)', () => {
    // 1 h/day (7 h/week) from 2021-01-01 to 2024-12-31: 1,096 days inside → 1,096 h.
    const r = cecHours([job('21232', '2021-01-01', '2024-12-31', 7)], '2024-02-29');
    assert.deepEqual(r.window, { from: '2021-03-01', to: '2024-02-29' });
    close(r.exactHours, 1096);
    // Outside: 2021-01-01 .. 2021-02-28 (59 days) and 2024-03-01 .. 2024-12-31 (306 days) = 365 h.
    close(excluded(r, 0, 'outsideWindow')!, 365);
  });

  it('February 29 itself is a working day: 2024-02-01 .. 2024-02-29 = 29 days', () => {
    close(cecHours([job('21232', '2024-02-01', '2024-02-29', 7)], ASOF).exactHours, 29);
  });

  it('exactly 1,560 hours is enough; a few hours less is not, a few more is', () => {
    // 30 h/week, Mon 2023-01-02 .. Sun 2023-12-31 = 52 weeks × 30 = 1,560.
    const exact = cecHours([job('21232', '2023-01-02', '2023-12-31', 30)], ASOF);
    assert.equal(exact.qualifyingHours, 1560);
    assert.equal(exact.enough, true);
    // Ending Saturday 2023-12-30: one day less = 1,560 − 30/7 = 1,555.714… → 4.29 h short.
    const less = cecHours([job('21232', '2023-01-02', '2023-12-30', 30)], ASOF);
    assert.equal(less.qualifyingHours, 1555.71);
    assert.equal(less.enough, false);
    // Ending Monday 2024-01-01: one day more = 1,564.285… → 4.29 h over.
    const more = cecHours([job('21232', '2023-01-02', '2024-01-01', 30)], ASOF);
    assert.equal(more.qualifyingHours, 1564.29);
    assert.equal(more.enough, true);
  });

  it('part-time equivalence: 15 h/week for 104 weeks = 1,560', () => {
    // Mon 2023-01-02 .. Sun 2024-12-29 = 728 days = 104 weeks × 15 = 1,560.
    const r = cecHours([job('21232', '2023-01-02', '2024-12-29', 15)], ASOF);
    assert.equal(r.qualifyingHours, 1560);
    assert.equal(r.enough, true);
  });

  it('jobs that do not count list each reason with the hours they would have had', () => {
    // 2023-01-02 .. 2023-01-29 at 21 h/week: 4 × 21 = 84 h each.
    const span = ['2023-01-02', '2023-01-29'] as const;
    const r = cecHours([
      job('65201', span[0], span[1], 21), // TEER 5
      job('44101', span[0], span[1], 21), // TEER 4
      job('21232', span[0], span[1], 21, { paid: false }),
      job('21232', span[0], span[1], 21, { inCanada: false }),
      job('21232', span[0], span[1], 21, { authorized: false }),
      job('21232', span[0], span[1], 21, { selfEmployed: true }),
      job('21232', span[0], span[1], 21, { duringFullTimeStudy: true }),
      job('65201', span[0], span[1], 21, { paid: false, selfEmployed: true }),
    ], ASOF);
    assert.equal(r.exactHours, 0);
    const reasons = ['teer', 'teer', 'unpaid', 'outsideCanada', 'unauthorized', 'selfEmployed', 'fullTimeStudy'];
    reasons.forEach((reason, i) => {
      assert.equal(r.jobs[i]!.countedHours, 0);
      close(excluded(r, i, reason)!, 84, reason);
      assert.ok(r.jobs[i]!.excluded.find((e) => e.reason === reason)!.sentence.length > 10);
    });
    assert.deepEqual(r.jobs[7]!.excluded.map((e) => e.reason), ['teer', 'unpaid', 'selfEmployed']);
  });

  it('jobs that do not count do not take a share of the weekly cap', () => {
    // A counted 25 h/week job next to an unpaid 25 h/week job: 4 weeks × 25 = 100, no cap.
    const r = cecHours([job('21232', '2023-01-02', '2023-01-29', 25), job('21232', '2023-01-02', '2023-01-29', 25, { paid: false })], ASOF);
    close(r.exactHours, 100);
  });

  it('language level: TEER 0/1 needs CLB 7, TEER 2/3 needs CLB 5', () => {
    const jobs = [job('21232', '2023-01-02', '2023-01-29', 21), job('72010', '2023-02-06', '2023-03-05', 21)];
    // TEER 1 and TEER 2, 84 h each, in different weeks.
    close(cecHours(jobs, ASOF, [], { minClb: 7 }).exactHours, 168);
    const six = cecHours(jobs, ASOF, [], { minClb: 6 });
    close(six.exactHours, 84);
    close(excluded(six, 0, 'languageLevel')!, 84);
    close(cecHours(jobs, ASOF, [], { minClb: 4 }).exactHours, 0);
    close(cecHours(jobs, ASOF).exactHours, 168); // no language given: not considered
  });

  it('malformed NOC codes and dates are errors, never throws; the job counts 0', () => {
    const r = cecHours([
      job('2123', '2023-01-02', '2023-01-29', 21),
      job('29132', '2023-01-02', '2023-01-29', 21), // second digit 9: no such TEER
      job('21232', '2023-02-30', '2023-03-29', 21),
      job('21232', '2023-03-29', '2023-03-01', 21),
      job('21232', '2023-01-02', '2023-01-29', -5),
      job('21232', '2023-01-02', '2023-01-29', 21),
    ], ASOF);
    assert.deepEqual(r.errors.map((e) => e.path), [['jobs', 0, 'noc'], ['jobs', 1, 'noc'], ['jobs', 2, 'start'], ['jobs', 3, 'end'], ['jobs', 4, 'hoursPerWeek']]);
    assert.equal(r.jobs[0]!.teer, null);
    assert.equal(r.jobs[1]!.teer, null);
    close(r.exactHours, 84);
  });

  it('a bad asOf is an InputError', () => {
    assert.throws(() => cecHours([], '2025-02-30'), InputError);
    assert.throws(() => cecHours([], 'yesterday'), InputError);
  });

  it('reported hours are rounded to 2 decimals, the total from the exact sum', () => {
    // 10 h/week for 1 day = 1.428571… h; three such jobs on different weeks: exact 4.285714… → 4.29.
    const r = cecHours([job('21232', '2023-01-02', '2023-01-02', 10), job('21232', '2023-01-09', '2023-01-09', 10), job('21232', '2023-01-16', '2023-01-16', 10)], ASOF);
    assert.equal(r.jobs[0]!.countedHours, 1.43);
    assert.equal(r.qualifyingHours, 4.29);
    close(r.exactHours, 30 / 7);
  });
});
