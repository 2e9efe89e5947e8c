/**
 * Markdown and notification safety for the views, hovers and commands, and the round as Markdown. Pure: no `vscode`
 * import, so it is unit-tested directly. Numbers, dates, CSV and the round table's columns come from the core.
 * Anything that came from the feed goes through `escapeMarkdown` before it becomes Markdown.
 */
import { itas, ROUND_TABLE_HEADER, roundCells, type Round } from '../core/index';

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

/** "CRS 531 · 1,000 ITAs · 2025-11-26". */
export function roundDescription(r: Round): string {
  return `CRS ${r.crs} · ${itas(r.invitations)} · ${r.date}`;
}

/** A Markdown table row for a round; the feed's text is escaped so it cannot become markup. */
export function roundMarkdownRow(r: Round): string {
  return `| ${roundCells(r).map((c) => (typeof c === 'number' ? String(c) : escapeMarkdown(c))).join(' | ')} |`;
}

export function markdownTable(rounds: readonly Round[]): string {
  const head = `| ${ROUND_TABLE_HEADER.join(' | ')} |`;
  const rule = `| ${ROUND_TABLE_HEADER.map((h) => (h === 'CRS' || h === 'ITAs' ? '---:' : '---')).join(' | ')} |`;
  return [head, rule, ...rounds.map(roundMarkdownRow)].join('\n') + '\n';
}
