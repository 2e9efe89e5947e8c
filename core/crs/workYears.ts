/**
 * Full years of skilled paid work from a profile's jobs, for the CRS: Canadian and foreign work in NOC 2021 TEER
 * 0–3 in the 10 years before the scoring date, in years of 1,560 hours.
 *
 * Hours are counted per day as the CEC check counts them: each job gives hoursPerWeek / 7 on every day it covers,
 * and a day's credit across concurrent jobs is capped at 30 / 7 hours, so a full year is 364 days of full-time work
 * and overtime never makes up for missing days (IRPR s.73: full-time is 30 hours a week; 1,560 hours = 30 × 52:
 * https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-73-20161119.html).
 * Canadian work excludes what MI s.15(7) excludes for CRS points (self-employment, full-time study, unauthorized
 * work): https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 */
import { dayFromIso, isoFromDay } from '../feed/dates';
import { addYears } from '../cec/calendar';
import { teerOf } from '../cec/profile';
import type { Job, StudyPeriod } from '../cec/types';

export const HOURS_PER_YEAR = 1560;
const DAILY_CAP = 30 / 7;
const EPSILON = 1e-6;

/**
 * Qualifying hours of `jobs` between two day numbers (inclusive), per day with the 30/7-hour daily cap, leaving out
 * days of full-time study. The seam where the CEC check's own per-day counter can be plugged in.
 */
export type CountHours = (jobs: readonly Job[], fromDay: number, toDay: number, studyPeriods: readonly StudyPeriod[]) => number;

export const countHoursPerDay: CountHours = (jobs, fromDay, toDay, studyPeriods) => {
  if (toDay < fromDay) return 0;
  const perDay = new Float64Array(toDay - fromDay + 1);
  for (const job of jobs) {
    const start = dayFromIso(job.start);
    const end = job.end === undefined || job.end === null ? toDay : dayFromIso(job.end);
    if (start === null || end === null) continue;
    const daily = job.hoursPerWeek / 7;
    for (let d = Math.max(start, fromDay); d <= Math.min(end, toDay); d++) perDay[d - fromDay]! += daily;
  }
  for (const p of studyPeriods) {
    if (p.fullTime === false) continue;
    const start = dayFromIso(p.start);
    const end = p.end === undefined || p.end === null ? toDay : dayFromIso(p.end);
    if (start === null || end === null) continue;
    for (let d = Math.max(start, fromDay); d <= Math.min(end, toDay); d++) perDay[d - fromDay] = 0;
  }
  let total = 0;
  for (const h of perDay) total += Math.min(h, DAILY_CAP);
  return total;
};

export interface WorkYears {
  readonly years: number;
  /** Qualifying hours in the 10 years, when counted from jobs. */
  readonly hours: number;
  readonly window: { readonly from: string; readonly to: string };
}

function skilled(job: Job): boolean {
  const teer = teerOf(job.noc);
  return teer !== null && teer <= 3 && job.paid !== false;
}

/** Jobs that count as Canadian work for the CRS. */
export function canadianJobs(jobs: readonly Job[]): Job[] {
  return jobs.filter((j) => skilled(j) && j.inCanada !== false && j.authorized !== false && j.selfEmployed !== true && j.duringFullTimeStudy !== true);
}

/** Jobs that count as foreign work for the CRS (outside Canada). */
export function foreignJobs(jobs: readonly Job[]): Job[] {
  return jobs.filter((j) => skilled(j) && j.inCanada === false && j.duringFullTimeStudy !== true);
}

/** Full years (1,560 h each) of Canadian and foreign skilled work in the 10 years up to `asOfDay`. */
export function workYearsFromJobs(
  jobs: readonly Job[],
  studyPeriods: readonly StudyPeriod[],
  asOfDay: number,
  count: CountHours = countHoursPerDay,
): { readonly canadian: WorkYears; readonly foreign: WorkYears } {
  const from = addYears(asOfDay, -10) + 1;
  const window = { from: isoFromDay(from), to: isoFromDay(asOfDay) };
  const years = (hours: number): WorkYears => ({ years: Math.floor(hours / HOURS_PER_YEAR + EPSILON), hours, window });
  return {
    canadian: years(count(canadianJobs(jobs), from, asOfDay, studyPeriods)),
    // Full-time study does not stop foreign work from counting here: the MI's study exclusion is for Canadian work.
    foreign: years(count(foreignJobs(jobs), from, asOfDay, [])),
  };
}

