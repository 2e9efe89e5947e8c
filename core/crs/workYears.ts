/**
 * Full years of skilled paid work from a profile's jobs, for the CRS: Canadian and foreign work in NOC 2021 TEER
 * 0–3 in the 10 years before the scoring date, in years of 1,560 hours.
 *
 * Hours are counted by the CEC check's own per-day counter (core/cec/count.ts: hoursPerWeek / 7 a day, at most 30 / 7
 * a day across jobs), so a full year is 364 days of full-time work and overtime never makes up for missing days
 * (IRPR s.73: https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-73-20161119.html).
 * Canadian work excludes what MI s.15(7) excludes for CRS points (self-employment, full-time study, unauthorized
 * work): https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 */
import { isoFromDay } from '../feed/dates';
import { addYears } from '../cec/calendar';
import { teerOf } from '../cec/profile';
import { hoursInWindow, HOURS_EPSILON } from '../cec/count';
import type { Job, StudyPeriod } from '../cec/types';

export const HOURS_PER_YEAR = 1560;

export interface WorkYears {
  readonly years: number;
  /** Qualifying hours in the 10 years. */
  readonly hours: number;
}

function skilled(job: Job): boolean {
  const teer = teerOf(job.noc);
  return teer !== null && teer <= 3 && job.paid !== false;
}

/** Whether a job counts as Canadian work for the CRS. */
export function isCanadianWork(job: Job): boolean {
  return skilled(job) && job.inCanada !== false && job.authorized !== false && job.selfEmployed !== true && job.duringFullTimeStudy !== true;
}

/** Whether a job counts as foreign work for the CRS (outside Canada). */
export function isForeignWork(job: Job): boolean {
  return skilled(job) && job.inCanada === false && job.duringFullTimeStudy !== true;
}

export type WorkYearsAt = (asOfDay: number) => { readonly canadian: WorkYears; readonly foreign: WorkYears };

/** Full years (1,560 h each) of Canadian and foreign skilled work in the 10 years up to a day; ongoing jobs run to that day. */
export function workYearsAt(jobs: readonly Job[], studyPeriods: readonly StudyPeriod[]): WorkYearsAt {
  const years = (hours: number): WorkYears => ({ years: Math.floor(hours / HOURS_PER_YEAR + HOURS_EPSILON), hours });
  return (day) => {
    const window = { from: isoFromDay(addYears(day, -10) + 1), to: isoFromDay(day) };
    return {
      canadian: years(hoursInWindow(jobs, window, { include: isCanadianWork, studyPeriods }).hours),
      // Full-time study does not stop foreign work from counting here: the MI's study exclusion is for Canadian work.
      foreign: years(hoursInWindow(jobs, window, { include: isForeignWork }).hours),
    };
  };
}
