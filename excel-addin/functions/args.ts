/**
 * Reading Excel arguments: dates as serials of the workbook's date system (1900 or 1904) or text, categories, whole numbers, flags, and ranges
 * (2-D arrays) with empty cells and a header row. Every reader throws an ArgumentError with a sentence.
 */
import { asYear, dayFromParts, InputError, isoFromDay, parseUserDate, type Draws } from '../../core/index';
import { ArgumentError, isExcelError } from './errors';
import type { DateSystem } from '../store';
import { currentDateSystem, fromSerial1900, toSerial1900 } from './dateSystem';

/** Day number (days since 1970-01-01) of Excel serial 61 = 1900-03-01: from here on serials are day + 25569. */
const MARCH_1_1900 = -25508;
/** Serial of 9999-12-31, the last date Excel knows. */
export const MAX_SERIAL = 2958465;

/** Longest text read as a name (category, language test): longer text is refused before any lookup. */
export const MAX_NAME_LENGTH = 200;

/** What a cell or argument may hold, as far as these functions care. */
export type CellInput = unknown;

/** Omitted optional argument: Excel passes null (or nothing); an empty cell arrives as null or "". */
export function isMissing(v: CellInput): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v !== 'string') return false;
  // A visible ASCII first character cannot start a blank text: no trim() on the hot path of every lookup.
  const first = v.charCodeAt(0);
  return v.length === 0 || (!(first > 32 && first < 127) && v.trim() === '');
}

/** Describes a value for messages, never echoing more than 40 characters of text. */
export function describe(v: CellInput): string {
  if (v === null || v === undefined) return 'an empty value';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  if (isExcelError(v)) return `the error ${v.code}`;
  return 'a value of an unsupported kind';
}

/**
 * Day number of an Excel serial of the workbook's date system. 1900 system: serial 1 = 1900-01-01, 59 = 1900-02-28,
 * 60 = Excel's fictitious 1900-02-29 (read as 1900-02-28, the last real day on or before it), 61 = 1900-03-01.
 * 1904 system: serial 0 = 1904-01-01. A fraction (time of day) is dropped.
 */
export function dayFromSerial(serial: number, what = 'date', system: DateSystem = currentDateSystem()): number {
  const inSystem = Number.isFinite(serial) ? toSerial1900(serial, system) : NaN;
  if (!Number.isFinite(inSystem) || inSystem < (system === 1904 ? 1462 : 1) || inSystem >= MAX_SERIAL + 1) {
    throw new ArgumentError(`Bad ${what}: ${serial} is not an Excel date (use DATE(2025,11,29) or "2025-11-29").`);
  }
  const s = Math.floor(inSystem);
  if (s >= 61) return s - 25569;
  if (s === 60) return MARCH_1_1900 - 1;
  return s - 25568;
}

/** Excel serial of a day number, in the workbook's date system. */
export function serialFromDay(day: number, system: DateSystem = currentDateSystem()): number {
  return fromSerial1900(day >= MARCH_1_1900 ? day + 25569 : day + 25568, system);
}

/** Excel serial with a time of day, from an ISO instant "YYYY-MM-DDTHH:MM:SSZ"; null when unreadable. */
export function serialFromInstant(iso: string): number | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const days = ms / 86_400_000;
  const day = Math.floor(days);
  return serialFromDay(day) + (days - day);
}

/** A date argument: a serial number or date text (ISO or written English). Undefined when optional and missing. */
export function readDate(v: CellInput, what: string, optional: true): number | undefined;
export function readDate(v: CellInput, what: string, optional: false): number;
export function readDate(v: CellInput, what: string, optional: boolean): number | undefined {
  if (isMissing(v)) {
    if (optional) return undefined;
    throw new ArgumentError(`Missing ${what}: give a date such as DATE(2025,11,29) or "2025-11-29".`);
  }
  if (typeof v === 'number') return dayFromSerial(v, what);
  if (typeof v === 'string') {
    const day = parseUserDate(v);
    if (day === null) throw new ArgumentError(`Bad ${what} ${describe(v)}: use a date such as DATE(2025,11,29) or "2025-11-29".`);
    return day;
  }
  throw new ArgumentError(`Bad ${what}: ${describe(v)} is not a date (use DATE(2025,11,29) or "2025-11-29").`);
}

/** ISO text of a date argument (for core functions that take ISO dates). */
export function readIsoDate(v: CellInput, what: string, optional: true): string | undefined {
  const day = readDate(v, what, optional);
  return day === undefined ? undefined : isoFromDay(day);
}

/** A category argument resolved through the core (id, IRCC name, alias, "ALL"). */
export function readCategory(draws: Draws, v: CellInput): string {
  if (isMissing(v)) throw new ArgumentError('Missing category: use an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".');
  if (typeof v !== 'string') throw new ArgumentError(`Bad category ${describe(v)}: use text such as "CEC", "french" or "ALL".`);
  if (v.length > MAX_NAME_LENGTH) throw new ArgumentError(`Bad category ${describe(v)}: ${v.length} characters is too long for a category name.`);
  try {
    return draws.resolve(v);
  } catch (e) {
    if (e instanceof InputError) throw new ArgumentError(e.message);
    throw e;
  }
}

/** A number argument (numbers, or numeric text). */
export function readNumber(v: CellInput, what: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.trim()))) return Number(v.trim());
  if (isMissing(v)) throw new ArgumentError(`Missing ${what}: give a number.`);
  throw new ArgumentError(`Bad ${what}: ${describe(v)} is not a number.`);
}

/** A whole number of at least `min`. */
export function readWhole(v: CellInput, what: string, min: number): number {
  const n = readNumber(v, what);
  if (!Number.isInteger(n) || n < min) throw new ArgumentError(`Bad ${what} ${describe(v)}: use a whole number of at least ${min}.`);
  return n;
}

/** A TRUE/FALSE argument: booleans, 1/0, or the text TRUE/FALSE/YES/NO. */
export function readFlag(v: CellInput, what: string, fallback: boolean): boolean {
  if (isMissing(v)) return fallback;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === 'yes' || t === 'y' || t === '1') return true;
    if (t === 'false' || t === 'no' || t === 'n' || t === '0') return false;
  }
  throw new ArgumentError(`Bad ${what} ${describe(v)}: use TRUE or FALSE.`);
}

/** A text argument chosen from a list (case-insensitive); returns the canonical spelling. */
export function readChoice<T extends string>(v: CellInput, what: string, choices: Readonly<Record<string, T>>, fallback?: T): T {
  if (isMissing(v)) {
    if (fallback !== undefined) return fallback;
    throw new ArgumentError(`Missing ${what}: use one of ${uniqueValues(choices)}.`);
  }
  if (typeof v === 'string') {
    const key = v.trim().toLowerCase();
    // Own keys only: "constructor", "__proto__" or "toString" must not find Object.prototype's members.
    if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key]!;
  }
  throw new ArgumentError(`Bad ${what} ${describe(v)}: use one of ${uniqueValues(choices)}.`);
}

function uniqueValues(choices: Readonly<Record<string, string>>): string {
  return [...new Set(Object.values(choices))].join(', ');
}

/** First and last day of a range given as a year or start date, and an optional end (year or date). */
export function readPeriod(startOrYear: CellInput, end: CellInput, todayDay: number): { from: number; to: number } {
  if (isMissing(startOrYear)) throw new ArgumentError('Missing start_or_year: give a year such as 2025 or a start date.');
  let from: number;
  let to: number;
  const year = asYear(startOrYear);
  if (year !== null) {
    from = dayFromParts(year, 1, 1)!;
    to = dayFromParts(year, 12, 31)!;
  } else {
    from = readDate(startOrYear, 'start date', false);
    to = todayDay;
  }
  if (!isMissing(end)) {
    const endYear = asYear(end);
    to = endYear !== null ? dayFromParts(endYear, 12, 31)! : readDate(end, 'end date', false);
  }
  if (to < from) throw new ArgumentError(`The end (${isoFromDay(to)}) is before the start (${isoFromDay(from)}).`);
  return { from, to };
}

/** A year is the core's: a whole number 1900–9999 (or such text). */
export { asYear };

/** Rows of a range argument: a 2-D array (a single value counts as one cell). */
export function readRows(v: CellInput, what: string): readonly (readonly CellInput[])[] {
  if (Array.isArray(v)) {
    if (v.length === 0) throw new ArgumentError(`Bad ${what}: the range is empty.`);
    return v.map((row: unknown, i) => {
      if (!Array.isArray(row)) throw new ArgumentError(`Bad ${what}: row ${i + 1} is not a row of cells.`);
      return row as readonly CellInput[];
    });
  }
  if (isMissing(v)) throw new ArgumentError(`Missing ${what}: select a range.`);
  throw new ArgumentError(`Bad ${what}: ${describe(v)} is not a range.`);
}

export function rowIsEmpty(row: readonly CellInput[]): boolean {
  return row.every(isMissing);
}

export { isoFromDay };
