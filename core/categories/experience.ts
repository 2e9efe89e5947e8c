/**
 * Work experience per occupation for category-based selection, counted per day as in the CEC check's hour rule:
 * each counted job gives hoursPerWeek / 7 hours on every calendar day it covers inside the window, a day's credit
 * summed over concurrent jobs is capped at 30 / 7 h (shares split in proportion to each job's hours), so 1,560 h is
 * 364 days of full-time work. Which jobs count is decided by the caller.
 * Sources: 30 h a week is full-time and 1,560 h one year (IRCC, "Canadian Experience Class",
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/canadian-experience-class.html).
 */
import { dayFromIso } from '../feed/dates';
import type { Job } from '../cec/types';

/** Hours of a full-time year (30 h × 52 weeks). */
export const YEAR_HOURS = 1560;
/** Six months of full-time work (30 h × 26 weeks): the rule before 2026-02-18. */
export const SIX_MONTH_HOURS = 780;
const DAY_CAP = 30 / 7;
const EPSILON = 1e-6;

export interface OccupationExperience {
  readonly noc: string;
  /** Hours credited in the window. */
  readonly hours: number;
  /** Hours of the longest run of consecutive days worked in this occupation (for the rule before 2026-02-18). */
  readonly longestRunHours: number;
  /** First and last day (ISO) of that run. */
  readonly longestRun: { readonly from: string; readonly to: string } | null;
}

/**
 * Experience per NOC code between two day numbers (both included), from jobs already filtered. Jobs that cannot be
 * read (bad dates or hours) are left out: the profile reader reports them.
 */
export function experienceByOccupation(jobs: readonly Job[], from: number, to: number, isoOf: (day: number) => string): OccupationExperience[] {
  const spans = jobs
    .map((j) => ({ noc: j.noc, start: dayFromIso(j.start), end: j.end === undefined || j.end === null ? to : dayFromIso(j.end), daily: j.hoursPerWeek / 7 }))
    .filter((s): s is { noc: string; start: number; end: number; daily: number } => s.start !== null && s.end !== null && Number.isFinite(s.daily) && s.daily > 0)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start <= s.end);
  const byNoc = new Map<string, { hours: number; run: number; runStart: number; best: number; bestFrom: number; bestTo: number; last: number }>();
  if (spans.length === 0) return [];
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  for (let d = first; d <= last; d++) {
    let total = 0;
    const today: { noc: string; daily: number }[] = [];
    for (const s of spans) {
      if (s.start <= d && d <= s.end) {
        total += s.daily;
        today.push(s);
      }
    }
    if (total === 0) continue;
    const scale = total > DAY_CAP ? DAY_CAP / total : 1;
    const perNoc = new Map<string, number>();
    for (const s of today) perNoc.set(s.noc, (perNoc.get(s.noc) ?? 0) + s.daily * scale);
    for (const [noc, h] of perNoc) {
      let e = byNoc.get(noc);
      if (!e) byNoc.set(noc, (e = { hours: 0, run: 0, runStart: d, best: 0, bestFrom: d, bestTo: d, last: d - 2 }));
      e.hours += h;
      if (e.last !== d - 1) {
        e.run = 0;
        e.runStart = d;
      }
      e.run += h;
      e.last = d;
      if (e.run > e.best + EPSILON) {
        e.best = e.run;
        e.bestFrom = e.runStart;
        e.bestTo = d;
      }
    }
  }
  return [...byNoc.entries()]
    .map(([noc, e]) => ({ noc, hours: e.hours, longestRunHours: e.best, longestRun: e.best > 0 ? { from: isoOf(e.bestFrom), to: isoOf(e.bestTo) } : null }))
    .sort((a, b) => b.hours - a.hours || a.noc.localeCompare(b.noc));
}

/** Whether an occupation's experience meets the rule: 12 months (1,560 h) in all, or 6 months in one run. */
export function meetsRule(e: OccupationExperience | undefined, twelveMonths: boolean): boolean {
  if (!e) return false;
  return twelveMonths ? e.hours >= YEAR_HOURS - EPSILON : e.longestRunHours >= SIX_MONTH_HOURS - EPSILON;
}

/** "2,100 h (16.2 months of full-time work)". */
export function hoursText(h: number): string {
  const months = (h / YEAR_HOURS) * 12;
  return `${Math.round(h).toLocaleString('en-US')} h (${months.toFixed(1)} months of full-time work)`;
}
