/**
 * Per-day counting (README "How hours are counted"): hand-computed cases from issue 10, and hoursInWindow, the
 * shared counter for other rules. Expected values are worked out here from the rule: days × min(rate, 30) / 7.
 * Weekdays: 2023-01-02 Mon, 2023-01-03 Tue, 2023-12-29 Fri, 2023-12-30 Sat.
 */
import assert from 'node:assert/strict';
import { cecHours, checkCec, hoursInWindow, type Job } from '../../../core/cec';
import { dayFromIso, isoFromDay } from '../../../core/feed/dates';

const ASOF = '2025-11-29';
const close = (actual: number, expected: number, what = ''): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what} ${actual} ≠ ${expected}`);
const plus = (iso: string, days: number): string => isoFromDay(dayFromIso(iso)! + days);
/** A job of `days` calendar days from `start`. */
const span = (start: string, days: number, hoursPerWeek: number, noc = '21232'): Job => ({ noc, start, end: plus(start, days - 1), hoursPerWeek });

describe('per-day counting (issue 10 cases)', () => {
  it('overtime never makes up for missing days: 356 d at 70 h, 360 d at 45 h, 362 d at 40 h fall short', () => {
    for (const [days, rate] of [[356, 70], [360, 45], [362, 40]] as const) {
      const r = cecHours([span('2023-01-02', days, rate)], ASOF);
      close(r.exactHours, (days * 30) / 7, `${days} d`);
      assert.equal(r.enough, false, `${days} days at ${rate} h/week`);
      assert.equal(r.shortDays, 364 - days);
      assert.equal(r.shortHours, Math.round(((364 - days) * 30 / 7) * 100) / 100);
    }
  });

  it('an ongoing 40 h/week job: not eligible after 362 or 363 days, eligible on day 364', () => {
    const ongoing: Job = { noc: '21232', start: '2023-01-02', end: null, hoursPerWeek: 40 };
    const at = (days: number) => cecHours([ongoing], plus('2023-01-02', days - 1));
    assert.equal(at(362).enough, false); // asOf 2023-12-29, a Friday
    assert.equal(at(363).enough, false); // Saturday: still one day short
    assert.equal(at(363).shortDays, 1);
    assert.equal(at(364).enough, true);
    assert.equal(at(364).qualifyingHours, 1560);
  });

  it('the weekday a job starts on never matters: 362 days at 40 h from a Monday or a Tuesday', () => {
    const mon = cecHours([span('2023-01-02', 362, 40)], ASOF);
    const tue = cecHours([span('2023-01-03', 362, 40)], ASOF);
    assert.equal(mon.exactHours, tue.exactHours);
    assert.equal(mon.enough, false);
    assert.equal(tue.enough, false);
  });

  it('52 Monday–Friday weeks at 30 h: 2 days of full-time work short (8.57 h)', () => {
    // Mon 2023-01-02 .. Fri 2023-12-29 = 362 days → 362 × 30/7 = 1,551.43; 2 × 30/7 = 8.571… short.
    const r = cecHours([{ noc: '21232', start: '2023-01-02', end: '2023-12-29', hoursPerWeek: 30 }], ASOF);
    assert.equal(r.qualifyingHours, 1551.43);
    assert.equal(r.shortDays, 2);
    assert.equal(r.shortHours, 8.57);
    assert.equal(r.fullTimeDays, 362);
  });

  it('1,560 h is exactly 364 days of full-time work, and 728 days at 15 h/week', () => {
    assert.equal(cecHours([span('2023-03-15', 364, 30)], ASOF).qualifyingHours, 1560);
    assert.equal(cecHours([span('2023-03-15', 364, 30)], ASOF).fullTimeDays, 364);
    assert.equal(cecHours([span('2022-12-01', 728, 15)], ASOF).qualifyingHours, 1560);
    assert.equal(cecHours([span('2022-12-01', 727, 15)], ASOF).enough, false);
  });

  it('near the threshold: within 60 h either side, and only there', () => {
    // 350 days = 1,500 h (60 short: near); 349 days = 1,495.71 (not near); 378 days = 1,620 (near); 379 not.
    assert.equal(cecHours([span('2023-01-02', 350, 30)], ASOF).nearThreshold, true);
    assert.equal(cecHours([span('2023-01-02', 349, 30)], ASOF).nearThreshold, false);
    assert.equal(cecHours([span('2023-01-02', 378, 30)], ASOF).nearThreshold, true);
    assert.equal(cecHours([span('2023-01-02', 379, 30)], ASOF).nearThreshold, false);
  });

  it('a total that rounds to 1,560 but is short never reads "1,560 … (0 short)"', () => {
    // 364 days at 29.9999 h/week: 1,559.9948 h.
    const r = checkCec({ asOf: ASOF, jobs: [span('2023-01-02', 364, 29.9999)], language: { test: 'CLB', date: '2025-01-01', reading: 9, writing: 9, listening: 9, speaking: 9 } });
    assert.equal(r.eligible, false);
    assert.equal(r.qualifyingHours, 1559.99);
    assert.equal(r.hours.shortHours, 0.01);
    assert.equal(r.hours.shortDays, 1);
    assert.ok(!r.reasons.some((s) => /1,560 qualifying/.test(s)), r.reasons.join('\n'));
  });
});

describe('hoursInWindow (shared per-day counter)', () => {
  const jobs: Job[] = [
    { noc: '21232', start: '2020-01-01', end: '2020-12-31', hoursPerWeek: 40 }, // 366 days (leap year), above full-time
    { noc: '21232', start: '2020-07-01', end: '2020-07-14', hoursPerWeek: 14, inCanada: false }, // 14 days, overlaps job 0
    { noc: '13102', start: '2021-01-01', end: null, hoursPerWeek: 15 },
  ];

  it('counts every job given, capped per day, over any window', () => {
    // 2020: every day capped at 30/7 → 366 × 30/7. 2021-01-01 .. 2021-06-30 (181 days) at 15/7.
    const r = hoursInWindow(jobs, { from: '2020-01-01', to: '2021-06-30' });
    close(r.hours, (366 * 30) / 7 + (181 * 15) / 7);
    close(r.fullTimeDays, 366 + 181 / 2);
    // Job 0 and 1 share the 14 capped days in proportion 40 : 14.
    close(r.byJob[1]!, (14 * 14 * 30) / 54 / 7);
  });

  it('include chooses the jobs, and only they share the cap', () => {
    const canada = hoursInWindow(jobs, { from: '2020-01-01', to: '2020-12-31' }, { include: (j) => j.inCanada !== false });
    close(canada.hours, (366 * 30) / 7);
    close(canada.byJob[0]!, (366 * 30) / 7);
    assert.equal(canada.byJob[1], 0);
    const foreign = hoursInWindow(jobs, { from: '2020-01-01', to: '2020-12-31' }, { include: (j) => j.inCanada === false });
    close(foreign.hours, 14 * 2);
    const oneNoc = hoursInWindow(jobs, { from: '2021-01-01', to: '2021-12-31' }, { include: (j) => j.noc === '13102' });
    close(oneNoc.hours, (365 * 15) / 7);
  });

  it('ongoing jobs run to ongoingUntil; full-time study days give nothing', () => {
    const r = hoursInWindow([jobs[2]!], { from: '2021-01-01', to: '2021-12-31' }, { ongoingUntil: '2021-01-10' });
    close(r.hours, (10 * 15) / 7);
    const study = hoursInWindow([jobs[2]!], { from: '2021-01-01', to: '2021-01-31' }, {
      studyPeriods: [{ start: '2021-01-11', end: '2021-01-20', fullTime: true }, { start: '2021-01-21', end: '2021-01-31' }],
    });
    // 31 days less 10 of full-time study; the period without "fullTime" is taken as part-time.
    close(study.hours, (21 * 15) / 7);
  });

  it('a bad window counts nothing', () => {
    assert.equal(hoursInWindow(jobs, { from: '2021-02-30', to: '2021-12-31' }).hours, 0);
    assert.equal(hoursInWindow(jobs, { from: '2021-12-31', to: '2021-01-01' }).hours, 0);
  });
});
