/**
 * The one grammar of years and periods users type (`--year 2025`, `--from/--to`, EE.DRAW_COUNT's start_or_year):
 * a year is a whole number from 1900 to 9999, the same range as every date the core reads.
 */
import { InputError, clipInput } from '../types';
import { dayFromParts, isoFromDay } from '../feed/dates';
import { type DateInput, toDay } from './dateInput';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** A year from a number or 4-digit text, or null when it is not one. */
export function asYear(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

/** A year a user typed; InputError naming the bad text (clipped) otherwise. */
export function readYear(v: string | number): number {
  const y = asYear(v);
  if (y === null) throw new InputError(`Bad year "${clipInput(String(v))}": use a year from ${MIN_YEAR} to ${MAX_YEAR}, such as 2025.`);
  return y;
}

/** First and last day numbers of a calendar year. */
export function yearDays(year: number): { readonly from: number; readonly to: number } {
  const y = readYear(year);
  return { from: dayFromParts(y, 1, 1)!, to: dayFromParts(y, 12, 31)! };
}

/** A period: ISO dates, either end open. */
export interface Period {
  readonly from?: string;
  readonly to?: string;
  /** The year, when the period is one calendar year. */
  readonly year?: number;
}

/** The period of a year. */
export function yearPeriod(year: number): Period {
  const { from, to } = yearDays(year);
  return { from: isoFromDay(from), to: isoFromDay(to), year };
}

/**
 * A period from what a user gave: a year, or a start and/or end date (not both kinds). The start must not be after
 * the end. InputError otherwise.
 */
export function readPeriod(input: { readonly year?: string | number; readonly from?: DateInput; readonly to?: DateInput }): Period {
  const hasRange = input.from !== undefined || input.to !== undefined;
  if (input.year !== undefined && hasRange) throw new InputError('Give either a year or a start/end date, not both.');
  if (input.year !== undefined) return yearPeriod(readYear(input.year));
  const from = input.from === undefined ? undefined : toDay(input.from, 'start date');
  const to = input.to === undefined ? undefined : toDay(input.to, 'end date');
  if (from !== undefined && to !== undefined && from > to) {
    throw new InputError(`The start date ${isoFromDay(from)} is after the end date ${isoFromDay(to)}.`);
  }
  return { ...(from !== undefined ? { from: isoFromDay(from) } : {}), ...(to !== undefined ? { to: isoFromDay(to) } : {}) };
}

/** "2025", "2025-01-01 to 2025-06-30", "2025-01-01 on", "up to 2025-06-30", "all rounds". */
export function periodText(p: Period): string {
  if (p.year !== undefined) return String(p.year);
  if (p.from && p.to) return `${p.from} to ${p.to}`;
  if (p.from) return `${p.from} on`;
  if (p.to) return `up to ${p.to}`;
  return 'all rounds';
}
