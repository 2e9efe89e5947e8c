/**
 * Qualifying CEC work hours in the window (asOf − 3 years, asOf], per job with the reason for every hour not counted.
 *
 * 1. A job works hoursPerWeek / 7 hours on each calendar day from `start` to `end` inclusive (an ongoing job,
 *    `end` omitted or null, ends on asOf).
 * 2. Days outside the window are 'outsideWindow'.
 * 3. A job that does not count at all (NOC TEER 4 or 5, unpaid, outside Canada, unauthorized, self-employed,
 *    flagged as during full-time study) lists each such reason with all its hours in the window and counts 0.
 * 4. Days of a job that fall in a full-time study period (fullTime true) are 'fullTimeStudy' (only those days).
 * 5. When a language level is given (options.minClb), a job whose TEER needs more (CLB 7 for TEER 0/1, 5 for
 *    TEER 2/3) is 'languageLevel' and counts 0.
 * 6. The rest is counted per day (core/cec/count.ts): at most 30 / 7 hours a day across the jobs left, shared in
 *    proportion; the rest is 'dailyCap'. 1,560 hours is then exactly 364 days of full-time work.
 * Hours are kept exact internally; reported hours are rounded to 2 decimals and eligibility compares the exact
 * total with 1,560 (less 1e-6 for floating-point noise).
 */
import { dayFromIso, isoFromDay } from '../feed/dates';
import { grouped } from '../present/text';
import { requiredClb } from '../language/clb';
import { cecWindow, requireIsoDay } from './calendar';
import { FULL_TIME_HOURS_PER_WEEK, HOURS_EPSILON, countSpans, fullTimeStudyDays, type Span } from './count';
import { MAX_HOURS_PER_WEEK, nocProblem, teerOf } from './profile';
import type { ExclusionReason, Job, JobResult, ProfileProblem, StudyPeriod } from './types';

export const REQUIRED_HOURS = 1560;
/** 1,560 hours as days of full-time work: 364. */
export const REQUIRED_DAYS = (REQUIRED_HOURS * 7) / FULL_TIME_HOURS_PER_WEEK;
/** Within this many hours of 1,560 (two weeks of full-time work), either side, a result says it is close. */
export const NEAR_THRESHOLD_HOURS = 60;
export { HOURS_EPSILON };

export interface HoursOptions {
  /**
   * The candidate's minimum CLB. When given, a job counts only if it meets the level its TEER needs
   * ('languageLevel' otherwise); when omitted, language is not considered.
   */
  readonly minClb?: number | null;
  /** What the levels are called in sentences: NCLC for French tests (default CLB). */
  readonly levelLabel?: 'CLB' | 'NCLC';
}

export interface CecHours {
  /** Qualifying hours in the window, rounded to 2 decimals (rounded down when short, so never 1,560 then). */
  readonly qualifyingHours: number;
  /** The same, unrounded (compare this one with requiredHours). */
  readonly exactHours: number;
  readonly requiredHours: number;
  /** exactHours ≥ requiredHours (with a tiny tolerance): the work-experience verdict. */
  readonly enough: boolean;
  /** Qualifying hours as days of full-time work (hours ÷ 30/7), rounded down to whole days. */
  readonly fullTimeDays: number;
  /** Hours missing, rounded to 2 decimals but at least 0.01 when short (0 when enough). */
  readonly shortHours: number;
  /** Days of full-time work missing, rounded up (0 when enough). */
  readonly shortDays: number;
  /** Within 60 h of 1,560, either side. */
  readonly nearThreshold: boolean;
  readonly asOf: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly jobs: readonly JobResult[];
  /** Jobs or study periods that could not be read (bad dates, malformed NOC, bad hours). */
  readonly errors: readonly ProfileProblem[];
}

export function roundHours(h: number): number {
  return Math.round(h * 100) / 100;
}

export function formatHours(h: number): string {
  return grouped(roundHours(h));
}

/** The hours figures of a total, rounded so that they never contradict the verdict. */
export function hoursSummary(exact: number): Pick<CecHours, 'qualifyingHours' | 'exactHours' | 'requiredHours' | 'enough' | 'fullTimeDays' | 'shortHours' | 'shortDays' | 'nearThreshold'> {
  const enough = exact >= REQUIRED_HOURS - HOURS_EPSILON;
  const short = enough ? 0 : REQUIRED_HOURS - exact;
  return {
    // When short, round down: 1,559.996 h must not read "1,560" under "not eligible".
    qualifyingHours: enough || roundHours(exact) < REQUIRED_HOURS ? roundHours(exact) : Math.floor(exact * 100) / 100,
    exactHours: exact,
    requiredHours: REQUIRED_HOURS,
    enough,
    fullTimeDays: Math.floor((exact * 7) / FULL_TIME_HOURS_PER_WEEK + HOURS_EPSILON),
    shortHours: enough ? 0 : Math.max(0.01, roundHours(short)),
    shortDays: enough ? 0 : Math.max(1, Math.ceil((short * 7) / FULL_TIME_HOURS_PER_WEEK - HOURS_EPSILON)),
    nearThreshold: Math.abs(exact - REQUIRED_HOURS) <= NEAR_THRESHOLD_HOURS + HOURS_EPSILON,
  };
}

type Exclusion = { reason: ExclusionReason; hours: number; sentence: string };

/** Sentence for a reason that excludes a whole job. */
function wholeJobSentence(reason: ExclusionReason, hours: number, teer: number | null, noc: string): string {
  const h = `${formatHours(hours)} hours in the window not counted`;
  switch (reason) {
    case 'teer': return `NOC ${noc} is TEER ${teer}; only TEER 0, 1, 2 or 3 experience counts for CEC (${h}).`;
    case 'unpaid': return `Unpaid or volunteer work does not count; work must be paid by wages or commission (${h}).`;
    case 'outsideCanada': return `Work outside Canada does not count for CEC (${h}).`;
    case 'unauthorized': return `Work without authorization or without temporary resident status does not count (${h}).`;
    case 'selfEmployed': return `Self-employment does not count for CEC (${h}).`;
    case 'fullTimeStudy': return `Work while a full-time student does not count, even on a co-op work term (${h}).`;
    default: return `Not counted: ${reason} (${h}).`;
  }
}

/**
 * Qualifying hours of `jobs` as of `asOf` (ISO), with per-job results. Jobs that cannot be read are reported
 * in `errors` and count 0; only a bad `asOf` throws (InputError).
 */
export function cecHours(
  jobs: readonly Job[],
  asOf: string,
  studyPeriods: readonly StudyPeriod[] = [],
  options: HoursOptions = {},
): CecHours {
  const asOfDay = requireIsoDay(asOf, 'as-of date');
  const { from, to } = cecWindow(asOfDay);
  const errors: ProfileProblem[] = [];
  studyPeriods.forEach((p, i) => {
    if (typeof p.start !== 'string' || dayFromIso(p.start) === null) errors.push({ path: ['studyPeriods', i, 'start'], message: `Study period start "${String(p.start)}" is not a date written YYYY-MM-DD.` });
    if (p.end !== undefined && p.end !== null && (typeof p.end !== 'string' || dayFromIso(p.end) === null)) errors.push({ path: ['studyPeriods', i, 'end'], message: `Study period end "${String(p.end)}" is not a date written YYYY-MM-DD.` });
  });
  const blocked = fullTimeStudyDays(studyPeriods, asOfDay);
  const windowText = `${isoFromDay(from)} to ${isoFromDay(to)}`;

  const partial: { job: Job; index: number; teer: number | null; inWindow: number; excluded: Exclusion[]; notes: string[]; span?: number; languageNeeds?: number }[] = [];
  const spans: Span[] = [];

  jobs.forEach((job, index) => {
    const excluded: Exclusion[] = [];
    const notes: string[] = [];
    const noc = typeof job.noc === 'string' ? job.noc : String(job.noc);
    const teer = teerOf(noc);
    const entry: (typeof partial)[number] = { job, index, teer, inWindow: 0, excluded, notes };
    partial.push(entry);
    const problems: ProfileProblem[] = [];
    const nocText = nocProblem(noc);
    if (nocText) problems.push({ path: ['jobs', index, 'noc'], message: nocText });
    const start = typeof job.start === 'string' ? dayFromIso(job.start) : null;
    if (start === null) problems.push({ path: ['jobs', index, 'start'], message: `Start "${String(job.start)}" is not a date written YYYY-MM-DD.` });
    const ongoing = job.end === undefined || job.end === null;
    const end = ongoing ? asOfDay : typeof job.end === 'string' ? dayFromIso(job.end) : null;
    if (end === null) problems.push({ path: ['jobs', index, 'end'], message: `End "${String(job.end)}" is not a date written YYYY-MM-DD.` });
    const h = job.hoursPerWeek;
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > MAX_HOURS_PER_WEEK) {
      problems.push({ path: ['jobs', index, 'hoursPerWeek'], message: `Hours per week must be a number from 0 to ${MAX_HOURS_PER_WEEK}, not ${String(h)}.` });
    }
    if (start !== null && end !== null && !ongoing && end < start) {
      problems.push({ path: ['jobs', index, 'end'], message: `End ${job.end} is before start ${job.start}.` });
    }
    if (problems.length || start === null || end === null) {
      errors.push(...problems);
      notes.push(`Not counted: ${problems.map((p) => p.message).join(' ')}`);
      return;
    }
    if (ongoing && start > asOfDay) {
      excluded.push({ reason: 'outsideWindow', hours: 0, sentence: `The job starts on ${job.start}, after ${isoFromDay(asOfDay)}: nothing to count yet.` });
      return;
    }
    if (ongoing) notes.push(`Ongoing: counted up to ${isoFromDay(asOfDay)}.`);
    const daily = h / 7;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    const daysIn = Math.max(0, b - a + 1);
    entry.inWindow = daysIn * daily;
    const daysOut = end - start + 1 - daysIn;
    if (daysOut > 0) {
      excluded.push({
        reason: 'outsideWindow',
        hours: daysOut * daily,
        sentence: `${formatHours(daysOut * daily)} hours fall outside the window ${windowText} and do not count.`,
      });
    }
    const whole: ExclusionReason[] = [];
    if (teer !== null && teer >= 4) whole.push('teer');
    if (job.paid === false) whole.push('unpaid');
    if (job.inCanada === false) whole.push('outsideCanada');
    if (job.authorized === false) whole.push('unauthorized');
    if (job.selfEmployed === true) whole.push('selfEmployed');
    if (job.duringFullTimeStudy === true) whole.push('fullTimeStudy');
    for (const reason of whole) {
      excluded.push({ reason, hours: entry.inWindow, sentence: wholeJobSentence(reason, entry.inWindow, teer, noc) });
    }
    if (whole.length || daysIn === 0) return;
    const required = requiredClb(teer!);
    const minClb = options.minClb;
    const languageBlocks = required !== null && typeof minClb === 'number' && minClb < required;
    if (languageBlocks) entry.languageNeeds = required;
    entry.span = spans.length;
    spans.push({ from: a, to: b, hoursPerWeek: h, counts: !languageBlocks });
  });

  const counts = countSpans(spans, from, to, blocked);
  let exact = 0;
  const results: JobResult[] = partial.map(({ job, index, teer, inWindow, excluded, notes, span, languageNeeds }) => {
    const c = span === undefined ? undefined : counts[span];
    const daily = job.hoursPerWeek / 7;
    if (c && c.blockedDays > 0) {
      excluded.push({
        reason: 'fullTimeStudy',
        hours: c.blockedDays * daily,
        sentence: `${formatHours(c.blockedDays * daily)} hours (${c.blockedDays} day${c.blockedDays === 1 ? '' : 's'}) fall during full-time study and do not count.`,
      });
    }
    if (c && languageNeeds !== undefined && c.openDays > 0) {
      excluded.push({
        reason: 'languageLevel',
        hours: c.openDays * daily,
        sentence: `TEER ${teer} experience needs ${options.levelLabel ?? 'CLB'} ${languageNeeds} in all four abilities; the lowest level is ${options.levelLabel ?? 'CLB'} ${options.minClb}, so ${formatHours(c.openDays * daily)} hours do not count.`,
      });
    }
    if (c && c.capped > HOURS_EPSILON) {
      excluded.push({
        reason: 'dailyCap',
        hours: c.capped,
        sentence: `${formatHours(c.capped)} hours on ${c.cappedDays} day${c.cappedDays === 1 ? '' : 's'} are above full-time (${FULL_TIME_HOURS_PER_WEEK} hours a week, so 30/7 hours a day across all counted jobs) and do not count: overtime never makes up for missing days.`,
      });
    }
    const counted = c?.counted ?? 0;
    exact += counted;
    notes.push(`${formatHours(counted)} of ${formatHours(inWindow)} hours in the window count.`);
    return {
      index,
      title: job.title ?? `Job ${index + 1}`,
      noc: String(job.noc),
      teer,
      counts: counted > HOURS_EPSILON,
      countedHours: roundHours(counted),
      hoursInWindow: roundHours(inWindow),
      excluded: excluded.map((e) => ({ reason: e.reason, hours: roundHours(e.hours), sentence: e.sentence })),
      notes,
    };
  });

  return {
    ...hoursSummary(exact),
    asOf: isoFromDay(asOfDay),
    window: { from: isoFromDay(from), to: isoFromDay(to) },
    jobs: results,
    errors,
  };
}
