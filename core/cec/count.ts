/**
 * Qualifying hours counted per day: the one counting rule behind CEC eligibility, CRS work years and category
 * experience.
 *
 * The rules (IRPR s. 73(1) and 87.1, https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/; canada.ca
 * "Canadian Experience Class" https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html)
 * say full-time is 30 hours a week, one year full-time is 1,560 hours (30 × 52), and hours above 30 a week do not
 * count. They do not settle partial weeks, so this project reads them per day:
 * - a job gives hoursPerWeek / 7 hours on every calendar day it covers inside the window;
 * - a day's credit, summed over the jobs counted together, is capped at 30 / 7 hours; a capped day is shared in
 *   proportion to each job's hours.
 * So 1,560 hours is exactly 364 days of full-time work, part-time adds up in proportion (15 h/week for 728 days),
 * overtime never makes up for missing days, and moving every date by the same number of days changes nothing.
 *
 * Everything is pure arithmetic on day numbers (core/feed/dates). Sums are kept in "weekly hours × days" and divided
 * by 7 once, so whole weekly hours give exact results (364 × 30 / 7 = 1,560).
 */
import { dayFromIso } from '../feed/dates';
import type { Job, StudyPeriod } from './types';

/** Full-time: 30 hours a week (IRPR s. 73(1)). */
export const FULL_TIME_HOURS_PER_WEEK = 30;
/** The most a day can give: 30 / 7 hours. */
export const FULL_TIME_HOURS_PER_DAY = FULL_TIME_HOURS_PER_WEEK / 7;
/** Tolerance for comparing sums of fractions of hours. */
export const HOURS_EPSILON = 1e-6;

/** A stretch of days (day numbers, both inclusive) worked at a weekly rate. */
export interface Span {
  readonly from: number;
  readonly to: number;
  readonly hoursPerWeek: number;
  /** false: the span is only measured (its days in blocked periods), it takes no share of the cap. */
  readonly counts: boolean;
}

/** What the per-day count gives each span. */
export interface SpanCount {
  /** Hours counted. */
  readonly counted: number;
  /** Hours above the daily cap (30 / 7 across the counted spans of that day). */
  readonly capped: number;
  /** Days of the span on which the cap applied. */
  readonly cappedDays: number;
  /** Days of the span (inside the window) that fall in a blocked period. */
  readonly blockedDays: number;
  /** Days of the span inside the window and outside blocked periods. */
  readonly openDays: number;
}

/**
 * The per-day count over the window [from, to] (day numbers, inclusive). `blocked` periods (e.g. full-time study)
 * give nothing to any span. A sweep over the days where something starts or ends: between two such days the set of
 * spans at work does not change, so each stretch is computed once.
 */
export function countSpans(spans: readonly Span[], from: number, to: number, blocked: readonly { readonly from: number; readonly to: number }[] = []): SpanCount[] {
  const cuts = new Set<number>([from, to + 1]);
  const inside = (d: number): void => void (d > from && d <= to && cuts.add(d));
  for (const s of spans) { inside(s.from); inside(s.to + 1); }
  for (const b of blocked) { inside(b.from); inside(b.to + 1); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const acc = spans.map(() => ({ counted: 0, capped: 0, cappedDays: 0, blockedDays: 0, openDays: 0 }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const days = bounds[i + 1]! - a;
    const active = spans.map((s, k) => (s.from <= a && a <= s.to ? k : -1)).filter((k) => k >= 0);
    if (active.length === 0) continue;
    if (blocked.some((b) => b.from <= a && a <= b.to)) {
      for (const k of active) acc[k]!.blockedDays += days;
      continue;
    }
    let rate = 0;
    for (const k of active) {
      acc[k]!.openDays += days;
      if (spans[k]!.counts) rate += spans[k]!.hoursPerWeek;
    }
    const over = rate > FULL_TIME_HOURS_PER_WEEK;
    for (const k of active) {
      const s = spans[k]!;
      if (!s.counts || s.hoursPerWeek === 0) continue;
      const kept = over ? (s.hoursPerWeek * FULL_TIME_HOURS_PER_WEEK) / rate : s.hoursPerWeek;
      acc[k]!.counted += kept * days;
      if (over) {
        acc[k]!.capped += (s.hoursPerWeek - kept) * days;
        acc[k]!.cappedDays += days;
      }
    }
  }
  return acc.map((c) => ({ ...c, counted: c.counted / 7, capped: c.capped / 7 }));
}

/** Full-time study periods (fullTime true) as day ranges; ongoing ones run until `until`. Unreadable ones are skipped. */
export function fullTimeStudyDays(periods: readonly StudyPeriod[], until: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const p of periods) {
    // Only a period said to be full-time blocks work: a missing flag takes the qualifying value, as every flag does.
    if (p.fullTime !== true) continue;
    const from = typeof p.start === 'string' ? dayFromIso(p.start) : null;
    const to = p.end === undefined || p.end === null ? until : typeof p.end === 'string' ? dayFromIso(p.end) : null;
    if (from !== null && to !== null && to >= from) out.push({ from, to });
  }
  return out;
}

export interface HoursInWindow {
  /** Qualifying hours of the chosen jobs in the window (exact, unrounded). */
  readonly hours: number;
  /** The same as days of full-time work (hours ÷ 30/7). */
  readonly fullTimeDays: number;
  /** Hours counted per job, in the order of `jobs` (0 for jobs not chosen or unreadable). */
  readonly byJob: readonly number[];
}

export interface HoursInWindowOptions {
  /** Which jobs count (default: every job). The cap is shared only among the jobs chosen. */
  readonly include?: (job: Job, index: number) => boolean;
  /** Study periods; the days of full-time ones (fullTime true) give nothing. */
  readonly studyPeriods?: readonly StudyPeriod[];
  /** Last day of ongoing jobs and study periods (ISO); default: the window's last day. */
  readonly ongoingUntil?: string;
}

/**
 * Qualifying hours of a set of jobs over a window (ISO dates, both inclusive), counted per day as above. For other
 * rules that need "hours counted as for CEC": CRS Canadian or foreign work years (choose the jobs with `include`),
 * category experience in one occupation (include the jobs of that NOC). It does not judge whether a job qualifies
 * (TEER, paid, in Canada…): `include` decides. Jobs with unreadable dates or hours count 0; a bad window throws
 * nothing and counts 0.
 */
export function hoursInWindow(jobs: readonly Job[], window: { readonly from: string; readonly to: string }, options: HoursInWindowOptions = {}): HoursInWindow {
  const from = dayFromIso(window.from);
  const to = dayFromIso(window.to);
  const zero = { hours: 0, fullTimeDays: 0, byJob: jobs.map(() => 0) };
  if (from === null || to === null || to < from) return zero;
  const until = (options.ongoingUntil !== undefined ? dayFromIso(options.ongoingUntil) : null) ?? to;
  const spans: Span[] = [];
  const owner: number[] = [];
  jobs.forEach((job, index) => {
    if (options.include && !options.include(job, index)) return;
    const start = typeof job.start === 'string' ? dayFromIso(job.start) : null;
    const end = job.end === undefined || job.end === null ? until : typeof job.end === 'string' ? dayFromIso(job.end) : null;
    const h = job.hoursPerWeek;
    if (start === null || end === null || typeof h !== 'number' || !Number.isFinite(h) || h < 0) return;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (b < a) return;
    spans.push({ from: a, to: b, hoursPerWeek: h, counts: true });
    owner.push(index);
  });
  const counts = countSpans(spans, from, to, fullTimeStudyDays(options.studyPeriods ?? [], until));
  const byJob = jobs.map(() => 0);
  let hours = 0;
  counts.forEach((c, k) => {
    byJob[owner[k]!] = c.counted;
    hours += c.counted;
  });
  return { hours, fullTimeDays: hours / FULL_TIME_HOURS_PER_DAY, byJob };
}
