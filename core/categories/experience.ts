/**
 * Work experience per occupation for category-based selection, counted with the CEC check's per-day rule
 * (core/cec hoursInWindow: hoursPerWeek / 7 a day, at most 30 / 7 h a day across the jobs counted together, so
 * 1,560 h is 364 days of full-time work). Each occupation is measured on its own: the jobs of one NOC code share the
 * daily cap. Which jobs count is decided by the caller.
 */
import { dayFromIso } from '../feed/dates';
import { hoursInWindow } from '../cec/count';
import type { Job } from '../cec/types';
import { thousands } from '../present/text';

/** Hours of a full-time year (30 h × 52 weeks). */
export const YEAR_HOURS = 1560;
/** Six months of full-time work (30 h × 26 weeks): the rule before 2026-02-18. */
export const SIX_MONTH_HOURS = 780;
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

/** Consecutive stretches of days covered by the spans (overlapping or touching spans join). */
function runsOf(spans: readonly { from: number; to: number }[]): { from: number; to: number }[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Experience per NOC code between two day numbers (both included), from jobs already filtered. Jobs that cannot be
 * read (bad dates or hours) are left out: the profile reader reports them.
 */
export function experienceByOccupation(jobs: readonly Job[], from: number, to: number, isoOf: (day: number) => string): OccupationExperience[] {
  const window = { from: isoOf(from), to: isoOf(to) };
  const out: OccupationExperience[] = [];
  for (const noc of new Set(jobs.map((j) => j.noc))) {
    const include = (j: Job): boolean => j.noc === noc && j.hoursPerWeek > 0;
    const { hours } = hoursInWindow(jobs, window, { include });
    if (hours <= 0) continue;
    const spans = jobs.filter(include).flatMap((j) => {
      const a = dayFromIso(j.start);
      const b = j.end === undefined || j.end === null ? to : dayFromIso(j.end);
      return a === null || b === null || Math.min(b, to) < Math.max(a, from) ? [] : [{ from: Math.max(a, from), to: Math.min(b, to) }];
    });
    let best = 0;
    let bestRun: { from: number; to: number } | null = null;
    for (const run of runsOf(spans)) {
      const h = hoursInWindow(jobs, { from: isoOf(run.from), to: isoOf(run.to) }, { include, ongoingUntil: window.to }).hours;
      if (h > best + EPSILON) {
        best = h;
        bestRun = run;
      }
    }
    out.push({ noc, hours, longestRunHours: best, longestRun: bestRun ? { from: isoOf(bestRun.from), to: isoOf(bestRun.to) } : null });
  }
  return out.sort((a, b) => b.hours - a.hours || a.noc.localeCompare(b.noc));
}

/** Whether an occupation's experience meets the rule: 12 months (1,560 h) in all, or 6 months in one run. */
export function meetsRule(e: OccupationExperience | undefined, twelveMonths: boolean): boolean {
  if (!e) return false;
  return twelveMonths ? e.hours >= YEAR_HOURS - EPSILON : e.longestRunHours >= SIX_MONTH_HOURS - EPSILON;
}

/** "2,100 h (16.2 months of full-time work)". */
export function hoursText(h: number): string {
  const months = (h / YEAR_HOURS) * 12;
  return `${thousands(h)} h (${months.toFixed(1)} months of full-time work)`;
}
