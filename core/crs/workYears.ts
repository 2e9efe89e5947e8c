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
import { dayFromIso } from '../feed/dates';
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

/** Each day's qualifying hours from `fromDay` to `toDay`: jobs' hoursPerWeek / 7 summed, capped at 30 / 7, 0 in full-time study. */
function dailyCredit(jobs: readonly Job[], fromDay: number, toDay: number, studyPeriods: readonly StudyPeriod[]): Float64Array {
  const perDay = new Float64Array(Math.max(0, toDay - fromDay + 1));
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
  for (let i = 0; i < perDay.length; i++) perDay[i] = Math.min(perDay[i]!, DAILY_CAP);
  return perDay;
}

export const countHoursPerDay: CountHours = (jobs, fromDay, toDay, studyPeriods) => {
  let total = 0;
  for (const h of dailyCredit(jobs, fromDay, toDay, studyPeriods)) total += h;
  return total;
};

/** Running totals of daily credit: hours in [a, b] = sums[b - from + 1] - sums[a - from]. */
function prefixSums(credit: Float64Array): Float64Array {
  const sums = new Float64Array(credit.length + 1);
  for (let i = 0; i < credit.length; i++) sums[i + 1] = sums[i]! + credit[i]!;
  return sums;
}

export interface WorkYears {
  readonly years: number;
  /** Qualifying hours in the 10 years. */
  readonly hours: number;
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

export type WorkYearsAt = (asOfDay: number) => { readonly canadian: WorkYears; readonly foreign: WorkYears };

/**
 * Full years (1,560 h each) of Canadian and foreign skilled work in the 10 years up to a day, for any day from
 * `firstDay` to `lastDay`: the daily credit is computed once, so scoring every day of a year stays fast. Ongoing
 * jobs run to the day asked. With `count` (another hour counter), each question calls it instead.
 */
export function workYearsTimeline(
  jobs: readonly Job[],
  studyPeriods: readonly StudyPeriod[],
  firstDay: number,
  lastDay: number,
  count?: CountHours,
): WorkYearsAt {
  const years = (hours: number): WorkYears => ({ years: Math.floor(hours / HOURS_PER_YEAR + EPSILON), hours });
  const canadian = canadianJobs(jobs);
  const foreign = foreignJobs(jobs);
  const windowOf = (day: number): number => addYears(day, -10) + 1;
  if (count) {
    return (day) => ({
      canadian: years(count(canadian, windowOf(day), day, studyPeriods)),
      // Full-time study does not stop foreign work from counting here: the MI's study exclusion is for Canadian work.
      foreign: years(count(foreign, windowOf(day), day, [])),
    });
  }
  const start = windowOf(firstDay);
  // An ongoing job is counted up to the day asked: with one timeline for many days, it runs to lastDay and the
  // window sum stops at the day, which is the same.
  const c = prefixSums(dailyCredit(canadian, start, lastDay, studyPeriods));
  const f = prefixSums(dailyCredit(foreign, start, lastDay, []));
  const sum = (sums: Float64Array, from: number, to: number): number => sums[to - start + 1]! - sums[from - start]!;
  return (day) => {
    if (day < firstDay || day > lastDay) throw new RangeError(`day ${day} outside the timeline`);
    const from = windowOf(day);
    return { canadian: years(sum(c, from, day)), foreign: years(sum(f, from, day)) };
  };
}
