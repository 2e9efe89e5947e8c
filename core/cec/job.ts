/**
 * The rules one job must meet before its hours are counted, in one place for the profile reader, the hour count
 * and Excel's jobs range: a NOC 2021 code (5 digits, TEER 0–5), a start date, an end not before the start, and
 * 0–168 hours a week. Each rule returns the sentence to show, or null.
 */
import { MAX_HOURS_PER_WEEK } from './profile';

/** Why hours per week are not usable (not a number, below 0 or above 7 × 24), or null. */
export function hoursPerWeekProblem(hours: unknown): string | null {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS_PER_WEEK) {
    return `Hours per week must be a number from 0 to ${MAX_HOURS_PER_WEEK}, not ${typeof hours === 'string' ? `"${hours}"` : String(hours)}.`;
  }
  return null;
}

/** Why an end date cannot close a job that started on `start` (ISO dates), or null (also for an ongoing job). */
export function jobEndProblem(start: string, end: string | null | undefined): string | null {
  if (end === null || end === undefined) return null;
  return end < start ? `The end date ${end} is before the start date ${start}.` : null;
}
