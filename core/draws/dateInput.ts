import { InputError, clipInput } from '../types';
import { dayFromIso, parseUserDate, today } from '../feed/dates';

/**
 * A date as the API takes it: ISO `YYYY-MM-DD` (or a written English date) or a day number (days since
 * 1970-01-01, as in Round.day). Undefined means today.
 */
export type DateInput = string | number | undefined;

/** Day number of a DateInput; throws InputError for a bad date. */
export function toDay(input: DateInput, what = 'date'): number {
  if (input === undefined) return today();
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < -719162 || input > 2932896) throw new InputError(`Bad ${what}: ${input} is not a day number.`);
    return input;
  }
  const day = dayFromIso(input) ?? parseUserDate(String(input));
  // Clipped: the text may be a whole pasted document (every face shows this message).
  if (day === null) throw new InputError(`Bad ${what} "${clipInput(String(input))}": use YYYY-MM-DD, e.g. 2025-11-29.`);
  return day;
}
