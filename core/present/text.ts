/**
 * How every face writes numbers, dates, counts and errors: one spelling of each, so the command line, VS Code and
 * Excel say the same thing in the same words. Pure; no face-specific markup (faces escape for Markdown or HTML).
 */
import { monthName } from '../feed/dates';

/** 1000 → "1,000" (rounded to a whole number). */
export function thousands(n: number): string {
  return grouped(Math.round(n));
}

/** One decimal at most: 530.25 → "530.3", 530 → "530". */
export function oneDecimal(n: number): string {
  return grouped(Math.round(n * 10) / 10);
}

/** Two decimals at most, trailing zeros dropped: 1551.4286 → "1,551.43", 1560 → "1,560". */
export function twoDecimals(n: number): string {
  return grouped(Math.round(n * 100) / 100);
}

/**
 * A number already rounded to the decimals wanted, its whole part grouped by thousands as en-US writes it
 * ("1,551.43"). Written out rather than `toLocaleString('en-US')`, which gives the same text but whose first call
 * loads ICU's number formats: about 10 ms of every cold start (`ee cutoff`, the add-in's first formula).
 */
export function grouped(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return n.toLocaleString('en-US');
  const text = String(Math.abs(n));
  if (text.includes('e')) return n.toLocaleString('en-US'); // below 1e-6: not a figure we show
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + whole.slice(Math.max(0, end - 3), end) + out;
  return (n < 0 ? '-' : '') + out + (dot < 0 ? '' : text.slice(dot));
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
