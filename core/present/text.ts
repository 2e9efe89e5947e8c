/**
 * How every face writes numbers, dates, counts and errors: one spelling of each, so the command line, VS Code and
 * Excel say the same thing in the same words. Pure; no face-specific markup (faces escape for Markdown or HTML).
 */
import { isoFromDay, monthName } from '../feed/dates';

/** 1000 → "1,000" (rounded to a whole number). */
export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** One decimal at most: 530.25 → "530.3", 530 → "530". */
export function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** A change: "+12", "−5", "±0". */
export function signed(n: number): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${oneDecimal(n)}` : `−${oneDecimal(-n)}`;
}

/** "1 round", "2 rounds", "1,000 invitations": a count with its noun in the right number. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : pluralForm}`;
}

/** "1 ITA", "1,500 ITAs". */
export function itas(n: number): string {
  return plural(n, 'ITA');
}

/** "2025-11-26" → "Nov 26"; other text is returned as it is. */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${monthName(Number(m[2])).slice(0, 3)} ${Number(m[3])}`;
}

/** ISO date of a day number (days since 1970-01-01). */
export function isoDate(day: number): string {
  return isoFromDay(day);
}

/** A tie-break as people read it: "2025-11-20 14:03:00 UTC", else the feed's text, else "not published". */
export function tieBreakText(r: { readonly tieBreak: string | null; readonly tieBreakText: string }): string {
  if (r.tieBreak) return r.tieBreak.replace('T', ' ').replace('Z', ' UTC');
  return r.tieBreakText.trim() !== '' ? r.tieBreakText : 'not published';
}

/** The message of anything thrown, as one line of text (the one error-to-text rule of every face). */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
  return String(e);
}
