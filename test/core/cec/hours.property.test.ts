/** Properties of cecHours over random jobs (fast-check). */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cecHours, type Job, type StudyPeriod } from '../../../core/cec';
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

/** Monday–Sunday weeks with at least one day in the window. */
function weeksTouched(from: string, to: string): number {
  const a = dayFromIso(from)!;
  const b = dayFromIso(to)!;
  const monday = (d: number): number => d - ((((d + 3) % 7) + 7) % 7);
  return (monday(b) - monday(a)) / 7 + 1;
}

const RUNS = { numRuns: 300 };

describe('cecHours: properties', () => {
  it('hours never exceed 30 × the weeks of the window', () => {
    fc.assert(fc.property(fc.array(jobArb, { maxLength: 8 }), fc.array(studyArb, { maxLength: 2 }), asOfArb, clbArb, (jobs, study, asOf, minClb) => {
      const r = cecHours(jobs, asOf, study, { minClb });
      const weeks = weeksTouched(r.window.from, r.window.to);
      assert.ok(weeks === 157 || weeks === 158, `weeks ${weeks}`);
      assert.ok(r.exactHours <= 30 * weeks + 1e-6, `${r.exactHours} > 30 × ${weeks}`);
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
      const lastEnd = Math.max(...jobs.map((j) => dayFromIso(j.end!)!));
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
});
