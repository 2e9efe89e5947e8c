/**
 * Values typed on the command line: dates, years, counts. One range for years and dates alike (the core's
 * MIN_YEAR–MAX_YEAR, 1900–9999), so `--year 1800` and `--from 1800-01-01` are both bad input (exit 2); what they
 * quote is clipped.
 */
import { InputError, clipInput } from '../types';
import { dayFromParts, isoFromDay, parseUserDate } from '../feed/dates';
import { MAX_YEAR, MIN_YEAR, readYear } from '../draws/period';
const MIN_DAY = dayFromParts(MIN_YEAR, 1, 1)!;
const MAX_DAY = dayFromParts(MAX_YEAR, 12, 31)!;

/** Day number of a date argument (YYYY-MM-DD, or a written date such as "Nov 29 2025"); InputError otherwise. */
export function dayValue(text: string, what: string): number {
  const day = parseUserDate(text);
  if (day === null) throw new InputError(`Bad ${what} "${clipInput(text)}": use YYYY-MM-DD, e.g. 2025-11-29.`);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new InputError(`The ${what} ${isoFromDay(day)} is out of range: use a date from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31.`);
  }
  return day;
}

/** ISO date of an optional date argument. */
export function isoValue(text: string | undefined, what: string): string | undefined {
  return text === undefined ? undefined : isoFromDay(dayValue(text, what));
}

/** A calendar year argument, 1900–9999 (the core's one year grammar). */
export function yearValue(text: string): number {
  return readYear(text);
}

/** A whole number of at least 1 (and at most `max`). */
export function countValue(text: string, option: string, max = 100_000): number {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < 1) throw new InputError(`--${option} must be a whole number of at least 1, not "${clipInput(text)}".`);
  const n = Number(t);
  if (n > max) throw new InputError(`--${option} ${clipInput(t)} is out of range: use at most ${max}.`);
  return n;
}
