/** Properties of cecHours over random jobs (fast-check). */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cecHours, checkCec, type Job, type StudyPeriod } from '../../../core/cec';
import { dayFromIso, isoFromDay } from '../../../core/feed/dates';

const FIRST = dayFromIso('2019-01-01')!;
const LAST = dayFromIso('2027-12-31')!;
const NOCS = ['00012', '10010', '21232', '31102', '13102', '72010', '73300', '44101', '65201', '85100'];

const dayArb = fc.integer({ min: FIRST, max: LAST });
const hoursArb = fc.oneof(fc.integer({ min: 0, max: 80 }), fc.double({ min: 0, max: 168, noNaN: true }));

const jobArb: fc.Arbitrary<Job> = fc
  .record({
    noc: fc.constantFrom(...NOCS),
    start: dayArb,
    length: fc.integer({ min: 0, max: 1500 }),
    ongoing: fc.boolean(),
    hoursPerWeek: hoursArb,
    paid: fc.option(fc.boolean(), { nil: undefined }),
    inCanada: fc.option(fc.boolean(), { nil: undefined }),
    authorized: fc.option(fc.boolean(), { nil: undefined }),
    selfEmployed: fc.option(fc.boolean(), { nil: undefined }),
    duringFullTimeStudy: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ start, length, ongoing, ...rest }) => {
    const j: Job = { ...rest, start: isoFromDay(start), end: ongoing ? null : isoFromDay(start + length) };
    return j;
  });

/** A job that never counts, whatever else is true. */
const nonCountingArb: fc.Arbitrary<Job> = fc.tuple(jobArb, fc.integer({ min: 0, max: 5 })).map(([j, how]) => {
  switch (how) {
    case 0: return { ...j, noc: '65201' };
    case 1: return { ...j, paid: false };
    case 2: return { ...j, inCanada: false };
    case 3: return { ...j, authorized: false };
    case 4: return { ...j, selfEmployed: true };
    default: return { ...j, duringFullTimeStudy: true };
  }
});

const studyArb: fc.Arbitrary<StudyPeriod> = fc
  .record({ start: dayArb, length: fc.integer({ min: 0, max: 800 }), fullTime: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ start, length, fullTime }) => ({ start: isoFromDay(start), end: isoFromDay(start + length), ...(fullTime === undefined ? {} : { fullTime }) }));

const asOfArb = fc.integer({ min: dayFromIso('2021-01-01')!, max: LAST }).map(isoFromDay);
const clbArb = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });

// 200 random profiles per property (fast-check's default is 100): enough to hit the edges the arbitraries aim at.
const RUNS = { numRuns: 200 };

describe('cecHours: properties', () => {
  it('hours never exceed 30/7 × the days of the window', () => {
    fc.assert(fc.property(fc.array(jobArb, { maxLength: 8 }), fc.array(studyArb, { maxLength: 2 }), asOfArb, clbArb, (jobs, study, asOf, minClb) => {
      const r = cecHours(jobs, asOf, study, { minClb });
      const days = dayFromIso(r.window.to)! - dayFromIso(r.window.from)! + 1;
      assert.ok(days === 1095 || days === 1096, `days ${days}`);
      assert.ok(r.exactHours <= (30 * days) / 7 + 1e-6, `${r.exactHours} > 30/7 × ${days}`);
      assert.ok(r.exactHours >= 0);
      for (const j of r.jobs) assert.ok(j.countedHours <= j.hoursInWindow + 0.01);
    }), RUNS);
  });

  it('adding a job that does not count never changes the hours', () => {
    fc.assert(fc.property(fc.array(jobArb, { maxLength: 8 }), nonCountingArb, fc.nat(), asOfArb, clbArb, (jobs, extra, at, asOf, minClb) => {
      const before = cecHours(jobs, asOf, [], { minClb }).exactHours;
      const withExtra = [...jobs];
      withExtra.splice(at % (jobs.length + 1), 0, extra);
      const after = cecHours(withExtra, asOf, [], { minClb }).exactHours;
      assert.ok(Math.abs(after - before) < 1e-6, `${before} → ${after}`);
    }), RUNS);
  });

  it('the order of jobs never matters', () => {
    fc.assert(fc.property(fc.array(jobArb, { maxLength: 8 }), fc.array(studyArb, { maxLength: 2 }), asOfArb, clbArb, fc.infiniteStream(fc.nat()), (jobs, study, asOf, minClb, rand) => {
      const shuffled = [...jobs];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const k = rand.next().value % (i + 1);
        [shuffled[i], shuffled[k]] = [shuffled[k]!, shuffled[i]!];
      }
      const a = cecHours(jobs, asOf, study, { minClb });
      const b = cecHours(shuffled, asOf, study, { minClb });
      assert.ok(Math.abs(a.exactHours - b.exactHours) < 1e-6, `${a.exactHours} vs ${b.exactHours}`);
    }), RUNS);
  });

  it('moving asOf forward past the end of all jobs never increases the hours', () => {
    const endedJob = jobArb.map((j) => ({ ...j, end: j.end ?? j.start }));
    fc.assert(fc.property(fc.array(endedJob, { minLength: 1, maxLength: 8 }), fc.array(studyArb, { maxLength: 2 }), fc.nat({ max: 1500 }), fc.nat({ max: 1500 }), (jobs, study, gap, step) => {
      const lastEnd = Math.max(...jobs.map((j) => dayFromIso(j.end)!));
      const asOf1 = isoFromDay(lastEnd + gap);
      const asOf2 = isoFromDay(lastEnd + gap + step);
      const h1 = cecHours(jobs, asOf1, study).exactHours;
      const h2 = cecHours(jobs, asOf2, study).exactHours;
      assert.ok(h2 <= h1 + 1e-6, `${asOf1}: ${h1}, ${asOf2}: ${h2}`);
    }), RUNS);
  });

  it('never throws for any jobs with a valid asOf', () => {
    const anyJob = fc.record({
      noc: fc.oneof(fc.string(), fc.constantFrom(...NOCS)),
      start: fc.oneof(fc.string(), dayArb.map(isoFromDay)),
      end: fc.oneof(fc.constant(null), fc.string(), dayArb.map(isoFromDay)),
      hoursPerWeek: fc.oneof(fc.double(), fc.integer()),
    });
    fc.assert(fc.property(fc.array(anyJob, { maxLength: 6 }), asOfArb, (jobs, asOf) => {
      const r = cecHours(jobs, asOf);
      assert.ok(Number.isFinite(r.exactHours));
    }), RUNS);
  });

  it('overtime never makes up for missing days: hours ≤ 30/7 × the days worked, so 1,560 needs 364 days', () => {
    const qualifying = jobArb.map(({ noc: _n, paid: _p, inCanada: _i, authorized: _a, selfEmployed: _s, duringFullTimeStudy: _d, ...j }) => ({ ...j, noc: '21232' }));
    fc.assert(fc.property(fc.array(qualifying, { minLength: 1, maxLength: 6 }), asOfArb, (jobs, asOf) => {
      const r = cecHours(jobs, asOf);
      const from = dayFromIso(r.window.from)!;
      const to = dayFromIso(r.window.to)!;
      const worked = new Set<number>();
      for (const j of jobs) {
        if (j.hoursPerWeek === 0) continue;
        const end = j.end ? dayFromIso(j.end)! : to;
        for (let d = Math.max(dayFromIso(j.start)!, from); d <= Math.min(end, to); d++) worked.add(d);
      }
      assert.ok(r.exactHours <= (30 * worked.size) / 7 + 1e-6, `${r.exactHours} h on ${worked.size} days`);
      if (r.enough) assert.ok(worked.size >= 364, `eligible on ${worked.size} days`);
    }), RUNS);
  });
});

/**
 * Moving every date of a profile by the same number of days changes neither the verdict nor the hours. The 3-year
 * window and the 2-year validity are calendar periods (1,095 or 1,096 days, 730 or 731), so the profiles keep their
 * dates inside both on either side of the shift: within 1,094 days of asOf for work and study, 729 for the test.
 */
describe('checkCec: shifting all dates', () => {
  const TESTS = [
    { test: 'CLB', scores: fc.integer({ min: 3, max: 10 }) },
    { test: 'CELPIP', scores: fc.integer({ min: 3, max: 12 }) },
    { test: 'IELTS', scores: fc.integer({ min: 6, max: 18 }).map((n) => n / 2) },
  ] as const;
  const languageArb = fc.oneof(...TESTS.map(({ test, scores }) => fc.record({ test: fc.constant(test), back: fc.integer({ min: 0, max: 729 }), reading: scores, writing: scores, listening: scores, speaking: scores })));
  const relJob = fc.record({
    noc: fc.constantFrom(...NOCS),
    back: fc.integer({ min: 0, max: 1094 }),
    length: fc.integer({ min: 0, max: 1094 }),
    ongoing: fc.boolean(),
    hoursPerWeek: hoursArb,
    paid: fc.option(fc.boolean(), { nil: undefined }),
    selfEmployed: fc.option(fc.boolean(), { nil: undefined }),
  });
  const relStudy = fc.record({ back: fc.integer({ min: 0, max: 1094 }), length: fc.integer({ min: 0, max: 400 }), fullTime: fc.option(fc.boolean(), { nil: undefined }) });
  type RelJob = typeof relJob extends fc.Arbitrary<infer T> ? T : never;
  type RelStudy = typeof relStudy extends fc.Arbitrary<infer T> ? T : never;
  type RelLanguage = typeof languageArb extends fc.Arbitrary<infer T> ? T : never;

  /** The profile with asOf on day `asOf`; every other date counted back from it. */
  function profile(asOf: number, jobs: RelJob[], study: RelStudy[], language: RelLanguage | undefined): Record<string, unknown> {
    return {
      asOf: isoFromDay(asOf),
      jobs: jobs.map(({ back, length, ongoing, ...j }) => ({ ...j, start: isoFromDay(asOf - back), end: ongoing ? null : isoFromDay(asOf - back + Math.min(length, back)) })),
      studyPeriods: study.map(({ back, length, fullTime }) => ({ start: isoFromDay(asOf - back), end: isoFromDay(asOf - back + Math.min(length, back)), ...(fullTime === undefined ? {} : { fullTime }) })),
      ...(language ? { language: { test: language.test, date: isoFromDay(asOf - language.back), reading: language.reading, writing: language.writing, listening: language.listening, speaking: language.speaking } } : {}),
    };
  }

  it('never changes the verdicts or the hours', () => {
    const asOfDay = fc.integer({ min: dayFromIso('2021-01-01')!, max: dayFromIso('2030-12-31')! });
    fc.assert(fc.property(asOfDay, fc.integer({ min: -3000, max: 3000 }), fc.array(relJob, { maxLength: 6 }), fc.array(relStudy, { maxLength: 2 }), fc.option(languageArb, { nil: undefined }), (asOf, shift, jobs, study, language) => {
      const a = checkCec(profile(asOf, jobs, study, language));
      const b = checkCec(profile(asOf + shift, jobs, study, language));
      assert.deepEqual(a.errors, []);
      assert.deepEqual(
        [b.eligible, b.workExperienceMet, b.languageMet, b.testValid, b.qualifyingHours, b.jobs.map((j) => [j.counts, j.countedHours])],
        [a.eligible, a.workExperienceMet, a.languageMet, a.testValid, a.qualifyingHours, a.jobs.map((j) => [j.counts, j.countedHours])],
      );
      assert.ok(Math.abs(a.hours.exactHours - b.hours.exactHours) < 1e-9, `${a.hours.exactHours} vs ${b.hours.exactHours}`);
    }), { numRuns: 200 });
  });
});
