/**
 * Dates as the feed and users write them. Everything is UTC calendar arithmetic on day numbers
 * (days since 1970-01-01), so no time zone can move a round to another day.
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MS_PER_DAY = 86_400_000;

/** Day number of a valid calendar date, or null. */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/*
 * Proleptic Gregorian calendar arithmetic on day numbers, in integers only (no Date object, no allocation): lookups
 * run millions of times a second. The algorithms are Howard Hinnant's days_from_civil / civil_from_days,
 * https://howardhinnant.github.io/date_algorithms.html
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** ISO date of a day number. */
export function isoFromDay(day: number): string {
  const c = civilFromDay(day);
  if (c.year < 0 || c.year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${c.year < 1000 ? String(c.year).padStart(4, '0') : c.year}-${c.month < 10 ? '0' : ''}${c.month}-${c.day < 10 ? '0' : ''}${c.day}`;
}

/** Day number of a strict ISO `YYYY-MM-DD` date, or null. Allocation-free: it runs on every lookup. */
export function dayFromIso(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** Parses an unsigned decimal run without allocating; -1 when not all digits. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function yearOfDay(day: number): number {
  return civilFromDay(day).year;
}

/** Today's day number (UTC). */
export function today(): number {
  return Math.floor(Date.now() / MS_PER_DAY);
}

export function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return -1;
  return MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n) && (n.length === 3 || n === 'sept')));
}

export function monthName(month: number): string {
  const m = MONTHS[month - 1] ?? '';
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** "November 26, 2025" for a day number. */
export function writtenDate(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${monthName(d.getUTCMonth() + 1)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/**
 * A written English date as the feed and people write it: "August 7, 2026", "August 05, 2026",
 * "February 12 2026", "March 3. 2026", "July 3rd 2026", "April 1,2026", "Nov 26 2025", "26 Nov 2025".
 * Returns the day number, or null.
 */
export function dayFromWritten(text: string): number | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?[,.]? ?(\d{4})$/.exec(t);
  if (m) return dayFromParts(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]));
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t);
  if (m) return dayFromParts(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]));
  return null;
}

/** Result of reading an instant such as "August 7, 2026 at 10:08:20 UTC". */
export interface InstantReading {
  /** ISO instant, or null when it could not be read. */
  readonly iso: string | null;
  /** What was irregular about the text, if anything (for the import report). */
  readonly irregularity: string | null;
}

/**
 * Reads the feed's instants, which come in many spellings: "at" present or missing or glued ("at10:…"),
 * a comma before "at", the ISO date repeated ("January 23, 2025 at 2025-01-23 15:30:04 UTC"), AM/PM after a
 * 24-hour time, a missing "UTC", a missing year ("October 7 at 16:38:21 UTC": taken from `yearHint`, the
 * latest such date not after `notAfterDay`).
 */
export function readInstant(text: string, yearHint?: { notAfterDay: number }): InstantReading {
  const raw = text;
  let t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return { iso: null, irregularity: null };
  const notes: string[] = [];
  if (t !== raw) notes.push('extra spaces');
  if (/\bUTC$/i.test(t)) t = t.replace(/ ?UTC$/i, '');
  else notes.push('no time zone (UTC assumed)');
  let ampm: string | null = null;
  const ap = / ?([AP]M)$/i.exec(t);
  if (ap) {
    ampm = ap[1]!.toUpperCase();
    t = t.slice(0, ap.index);
  }
  const tm = /(\d{1,2}):(\d{2}):(\d{2})$/.exec(t);
  if (!tm) return { iso: null, irregularity: 'no time of day' };
  let hour = Number(tm[1]);
  const minute = Number(tm[2]);
  const second = Number(tm[3]);
  let datePart = t.slice(0, tm.index).trim();
  // "… at 2025-01-23 15:30:04": an ISO date repeated before the time.
  const iso = /(\d{4}-\d{2}-\d{2})$/.exec(datePart);
  let isoDay: number | null = null;
  if (iso) {
    isoDay = dayFromIso(iso[1]!);
    datePart = datePart.slice(0, iso.index).trim();
    notes.push('ISO date repeated');
  }
  if (/at$/i.test(datePart)) datePart = datePart.replace(/,? ?at$/i, '');
  else if (/\bat$/i.test(datePart) === false && !/at\d/.test(text)) notes.push('no "at"');
  if (/at\d/.test(text)) notes.push('no space after "at"');
  datePart = datePart.replace(/,$/, '');
  if (/,$/.test(t.slice(0, tm.index).trim().replace(/ ?at$/i, '')) || /, at /.test(t)) notes.push('comma before "at"');
  let day = dayFromWritten(datePart);
  if (day === null) {
    const noYear = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,?$/.exec(datePart);
    if (noYear && yearHint) {
      const month = monthIndex(noYear[1]!) + 1;
      const dom = Number(noYear[2]);
      let year = yearOfDay(yearHint.notAfterDay);
      let candidate = dayFromParts(year, month, dom);
      if (candidate !== null && candidate > yearHint.notAfterDay) {
        year -= 1;
        candidate = dayFromParts(year, month, dom);
      }
      if (candidate !== null) {
        day = candidate;
        notes.push(`no year (${year} inferred)`);
      }
    }
  }
  if (day === null && isoDay !== null) day = isoDay;
  if (day === null) return { iso: null, irregularity: `unreadable date "${datePart}"` };
  if (isoDay !== null && isoDay !== day) notes.push('repeated ISO date disagrees');
  if (/\d(st|nd|rd|th)\b/.test(datePart)) notes.push('ordinal day');
  if (/\d\. \d{4}/.test(datePart)) notes.push('period instead of comma');
  if (/\d,\d{4}/.test(datePart) || /[A-Za-z] \d{1,2} \d{4}$/.test(datePart)) notes.push('missing comma or space');
  if (ampm !== null) {
    if (hour >= 13) notes.push(`${ampm} after a 24-hour time (ignored)`);
    else {
      notes.push(`${ampm} clock`);
      if (ampm === 'PM' && hour < 12) hour += 12;
      if (ampm === 'AM' && hour === 12) hour = 0;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return { iso: null, irregularity: 'impossible time of day' };
  const isoText = `${isoFromDay(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
  return { iso: isoText, irregularity: notes.length ? notes.join('; ') : null };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses a user's date: ISO `YYYY-MM-DD` or a written English date. */
export function parseUserDate(text: string): number | null {
  const t = text.trim();
  return dayFromIso(t) ?? dayFromWritten(t);
}
