/**
 * Qualifying CEC work hours in the window (asOf − 3 years, asOf].
 *
 * How hours are counted, precisely:
 * 1. A job works hoursPerWeek / 7 hours on each calendar day from `start` to `end` inclusive (an ongoing job,
 *    `end` omitted or null, ends on asOf). Partial weeks are therefore prorated by days.
 * 2. Days outside the window are 'outsideWindow'.
 * 3. A job that does not count at all (NOC TEER 4 or 5, unpaid, outside Canada, unauthorized, self-employed,
 *    flagged as during full-time study) lists each such reason with all its hours in the window — the hours it
 *    would have had — and counts 0.
 * 4. Days of a job that fall in a full-time study period are 'fullTimeStudy' (only those days).
 * 5. When a language level is given (options.minClb), a job whose TEER needs more (CLB 7 for TEER 0/1, 5 for
 *    TEER 2/3) is 'languageLevel' and counts 0.
 * 6. Weekly cap: per calendar week, Monday to Sunday, the day-hours left from 1–5 of all jobs are summed; when
 *    the sum exceeds 30, every job in that week keeps the same share (its hours × 30 / sum) and the rest is
 *    'weeklyCap'. The cap is 30 for every week, including the partial weeks at the window's edges (only their
 *    days inside the window count).
 * Hours are kept exact internally; reported hours are rounded to 2 decimals and eligibility compares the exact
 * total with 1,560 (less 1e-6 for floating-point noise).
 */
import { dayFromIso, isoFromDay } from '../feed/dates';
import { requiredClb } from '../language/clb';
import { cecWindow, mondayOf, requireIsoDay } from './calendar';
import { MAX_HOURS_PER_WEEK, nocProblem, teerOf } from './profile';
import type { ExclusionReason, Job, JobResult, ProfileProblem, StudyPeriod } from './types';

export const REQUIRED_HOURS = 1560;
export const WEEKLY_CAP = 30;
/** Tolerance for comparing sums of fractions of hours. */
export const HOURS_EPSILON = 1e-6;

export interface HoursOptions {
  /**
   * The candidate's minimum CLB. When given, a job counts only if it meets the level its TEER needs
   * ('languageLevel' otherwise); when omitted, language is not considered.
   */
  readonly minClb?: number | null;
}

export interface CecHours {
  /** Qualifying hours in the window, rounded to 2 decimals. */
  readonly qualifyingHours: number;
  /** The same, unrounded (compare this one with requiredHours). */
  readonly exactHours: number;
  readonly requiredHours: number;
  /** qualifyingHours ≥ requiredHours (exactly, with a tiny tolerance). */
  readonly enough: boolean;
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
  return roundHours(h).toLocaleString('en-US', { maximumFractionDigits: 2 });
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

interface Candidate {
  readonly index: number;
  readonly daily: number;
  /** Counted days per week index. */
  readonly weekDays: Map<number, number>;
}

/** Marks the days of full-time study in the window; reports unreadable periods. */
function studyMask(periods: readonly StudyPeriod[], from: number, to: number, asOf: number, errors: ProfileProblem[]): Uint8Array {
  const mask = new Uint8Array(to - from + 1);
  periods.forEach((p, i) => {
    // A period listed without "fullTime" is taken as full-time: listing it is the point, and this errs against
    // counting hours that may not count.
    if (p.fullTime === false) return;
    const start = dayFromIso(p.start);
    const end = p.end === undefined || p.end === null ? asOf : dayFromIso(p.end);
    if (start === null) return void errors.push({ path: ['studyPeriods', i, 'start'], message: `Study period start "${p.start}" is not a date written YYYY-MM-DD.` });
    if (end === null) return void errors.push({ path: ['studyPeriods', i, 'end'], message: `Study period end "${String(p.end)}" is not a date written YYYY-MM-DD.` });
    for (let d = Math.max(start, from); d <= Math.min(end, to); d++) mask[d - from] = 1;
  });
  return mask;
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
  const study = studyMask(studyPeriods, from, to, asOfDay, errors);
  const firstMonday = mondayOf(from);
  const windowText = `${isoFromDay(from)} to ${isoFromDay(to)}`;

  const partial: { job: Job; index: number; teer: number | null; inWindow: number; excluded: Exclusion[]; notes: string[] }[] = [];
  const candidates: Candidate[] = [];

  jobs.forEach((job, index) => {
    const excluded: Exclusion[] = [];
    const notes: string[] = [];
    const noc = typeof job.noc === 'string' ? job.noc : String(job.noc);
    const teer = teerOf(noc);
    const entry = { job, index, teer, inWindow: 0, excluded, notes };
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

    const weekDays = new Map<number, number>();
    let counted = 0;
    for (let d = a; d <= b; d++) {
      if (study[d - from]) continue;
      counted++;
      const w = Math.floor((d - firstMonday) / 7);
      weekDays.set(w, (weekDays.get(w) ?? 0) + 1);
    }
    const studyDays = daysIn - counted;
    if (studyDays > 0) {
      excluded.push({
        reason: 'fullTimeStudy',
        hours: studyDays * daily,
        sentence: `${formatHours(studyDays * daily)} hours (${studyDays} days) fall during full-time study and do not count.`,
      });
    }
    const required = requiredClb(teer!);
    const minClb = options.minClb;
    if (counted > 0 && required !== null && typeof minClb === 'number' && minClb < required) {
      excluded.push({
        reason: 'languageLevel',
        hours: counted * daily,
        sentence: `TEER ${teer} experience needs CLB ${required} in all four abilities; the lowest level is CLB ${minClb}, so ${formatHours(counted * daily)} hours do not count.`,
      });
      return;
    }
    if (counted > 0) candidates.push({ index, daily, weekDays });
  });

  // The weekly cap, week by week (see the header comment).
  const weekTotals = new Map<number, number>();
  for (const c of candidates) for (const [w, days] of c.weekDays) weekTotals.set(w, (weekTotals.get(w) ?? 0) + days * c.daily);
  const countedByJob = new Map<number, { counted: number; capped: number; cappedWeeks: number }>();
  for (const c of candidates) {
    let counted = 0;
    let capped = 0;
    let cappedWeeks = 0;
    for (const [w, days] of c.weekDays) {
      const hours = days * c.daily;
      const total = weekTotals.get(w)!;
      if (total > WEEKLY_CAP + HOURS_EPSILON) {
        const kept = (hours * WEEKLY_CAP) / total;
        counted += kept;
        capped += hours - kept;
        if (hours - kept > HOURS_EPSILON) cappedWeeks++;
      } else counted += hours;
    }
    countedByJob.set(c.index, { counted, capped, cappedWeeks });
  }

  let exact = 0;
  const results: JobResult[] = partial.map(({ job, index, teer, inWindow, excluded, notes }) => {
    const c = countedByJob.get(index);
    if (c && c.capped > HOURS_EPSILON) {
      excluded.push({
        reason: 'weeklyCap',
        hours: c.capped,
        sentence: `${formatHours(c.capped)} hours in ${c.cappedWeeks} week${c.cappedWeeks === 1 ? '' : 's'} are above the 30-hour weekly cap across all counted jobs and do not count.`,
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
      countedHours: roundHours(counted),
      hoursInWindow: roundHours(inWindow),
      excluded: excluded.map((e) => ({ reason: e.reason, hours: roundHours(e.hours), sentence: e.sentence })),
      notes,
    };
  });

  return {
    qualifyingHours: roundHours(exact),
    exactHours: exact,
    requiredHours: REQUIRED_HOURS,
    enough: exact >= REQUIRED_HOURS - HOURS_EPSILON,
    asOf: isoFromDay(asOfDay),
    window: { from: isoFromDay(from), to: isoFromDay(to) },
    jobs: results,
    errors,
  };
}

