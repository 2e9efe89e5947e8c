/**
 * Calendar arithmetic for the CEC check, on day numbers (days since 1970-01-01, UTC) as in core/feed/dates.
 *
 * Year arithmetic keeps the month and day; February 29 in a year without one becomes February 28 (clamped).
 * So the 3-year window before 2024-02-29 starts the day after 2021-02-28, and results of a test taken on
 * 2024-02-29 are two years old on 2026-02-28.
 */
import { InputError } from '../types';
import { dayFromIso, dayFromParts, daysInMonth } from '../feed/dates';

const MS_PER_DAY = 86_400_000;

/** The same calendar date `years` later (or earlier when negative), February 29 clamped to the 28th. */
export function addYears(day: number, years: number): number {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth() + 1;
  const dom = Math.min(d.getUTCDate(), daysInMonth(year, month));
  const result = dayFromParts(year, month, dom);
  // Only out-of-range years (outside 1000–9999) fail; fall back to plain UTC arithmetic then.
  return result ?? Math.floor(Date.UTC(year, month - 1, dom) / MS_PER_DAY);
}

/** Day number of an ISO date, or InputError naming what it is. */
export function requireIsoDay(text: string, what: string): number {
  const day = dayFromIso(text);
  if (day === null) throw new InputError(`Bad ${what} "${text}": use an existing date written YYYY-MM-DD, e.g. 2025-11-29.`);
  return day;
}

/** The CEC window (asOf − 3 years, asOf]: first and last day counted. */
export function cecWindow(asOf: number): { readonly from: number; readonly to: number } {
  return { from: addYears(asOf, -3) + 1, to: asOf };
}
