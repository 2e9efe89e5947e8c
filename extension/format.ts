/**
 * Formatting shared by the views, hovers and commands. Pure: no `vscode` import, so it is unit-tested directly.
 * Anything that came from the feed goes through `escapeMarkdown` before it becomes Markdown.
 */
import type { Round } from '../core/types';
import { isoFromDay, monthName } from '../core/feed/dates';

/**
 * Backslash-escapes every ASCII punctuation character CommonMark could read as syntax, and neutralises line breaks,
 * other control characters and bidirectional overrides (which could make the text read differently from what it is).
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:;$%^@?/]/g, '\\$&')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** Longest feed text a tooltip or hover shows; the rest is cut with an ellipsis (copies keep the whole text). */
export const MAX_SHOWN_TEXT = 300;

/** Cuts text from the feed to `max` characters (on a code point boundary) with an ellipsis. */
export function clipText(text: string, max = MAX_SHOWN_TEXT): string {
  const chars = Array.from(String(text));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : String(text);
}

/** Longest notification text; longer text is cut with an ellipsis (the whole text stays in the output channel). */
export const MAX_MESSAGE_LENGTH = 600;

/**
 * Text safe for a notification. The workbench turns `[label](command:…)`, `[label](https://…)` and `[label](file:…)`
 * in notification text into links (a command link runs the command when clicked), and messages can quote text from
 * outside (a feed's round number, a server's status line, a file name): `](` becomes `] (`, so no link forms.
 * Control and bidirectional-override characters become spaces; the text is cut at MAX_MESSAGE_LENGTH characters.
 */
export function notificationText(text: string): string {
  const flat = String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\]\s*\(/g, '] (');
  return flat.length > MAX_MESSAGE_LENGTH ? `${flat.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : flat;
}

/** Escapes a value for a CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
  const t = String(value);
  // A cell starting with = + - @ would be a formula in a spreadsheet: prefix it with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(t) && typeof value !== 'number' ? `'${t}` : t;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 1000 → "1,000". */
export function num(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** One decimal at most: 530.25 → "530.3", 530 → "530". */
export function dec(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** "+12", "−5", "±0". */
export function signed(n: number): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${dec(n)}` : `−${dec(-n)}`;
}

/** "2025-11-26" → "Nov 26". */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${monthName(Number(m[2])).slice(0, 3)} ${Number(m[3])}`;
}

export function isoOfDay(day: number): string {
  return isoFromDay(day);
}

/** "CRS 531 · 1,000 ITAs · 2025-11-26". */
export function roundDescription(r: Round): string {
  return `CRS ${r.crs} · ${num(r.invitations)} ITAs · ${r.date}`;
}

export function itas(n: number): string {
  return `${num(n)} ITA${n === 1 ? '' : 's'}`;
}

export const TABLE_HEADER = ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break'] as const;

function cells(r: Round): (string | number)[] {
  return [String(r.round), r.date, r.category, r.name, r.crs, r.invitations, r.tieBreak ?? r.tieBreakText];
}

/** A Markdown table row for a round; the feed's text is escaped so it cannot become markup. */
export function roundMarkdownRow(r: Round): string {
  return `| ${cells(r).map((c) => (typeof c === 'number' ? String(c) : escapeMarkdown(c))).join(' | ')} |`;
}

export function markdownTable(rounds: readonly Round[]): string {
  const head = `| ${TABLE_HEADER.join(' | ')} |`;
  const rule = `| ${TABLE_HEADER.map((h) => (h === 'CRS' || h === 'ITAs' ? '---:' : '---')).join(' | ')} |`;
  return [head, rule, ...rounds.map(roundMarkdownRow)].join('\n') + '\n';
}

export function roundCsvRow(r: Round): string {
  return cells(r).map(csvCell).join(',');
}

export function csvTable(rounds: readonly Round[]): string {
  return [TABLE_HEADER.join(','), ...rounds.map(roundCsvRow)].join('\r\n') + '\r\n';
}
