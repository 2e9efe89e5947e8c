/**
 * The round table: one column order for every face that lists rounds (`ee draws --format csv`, VS Code's
 * "Copy Draws as CSV/Markdown", Excel's EE.DRAWS), and the CSV rules (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180).
 */
import type { Round } from '../types';

/** The columns, in order: key (for JSON-like rows) and title (header row). */
export const ROUND_COLUMNS = [
  { key: 'round', title: 'Round' },
  { key: 'date', title: 'Date' },
  { key: 'category', title: 'Category' },
  { key: 'name', title: 'Name' },
  { key: 'crs', title: 'CRS' },
  { key: 'invitations', title: 'ITAs' },
  { key: 'tieBreak', title: 'Tie-break' },
] as const;

export type RoundColumn = (typeof ROUND_COLUMNS)[number]['key'];

/** The header row. */
export const ROUND_TABLE_HEADER: readonly string[] = ROUND_COLUMNS.map((c) => c.title);

/** A cell: numbers stay numbers; the tie-break is the ISO instant when readable, else the feed's text. */
export type RoundCell = string | number;

/** One round's cells in ROUND_COLUMNS order. */
export function roundCells(r: Round): RoundCell[] {
  const values: Record<RoundColumn, RoundCell> = {
    round: typeof r.round === 'number' ? r.round : String(r.round),
    date: r.date,
    category: r.category,
    name: r.name,
    crs: r.crs,
    invitations: r.invitations,
    tieBreak: r.tieBreak ?? r.tieBreakText,
  };
  return ROUND_COLUMNS.map((c) => values[c.key]);
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break. Text starting with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe, so a spreadsheet never runs feed text as a formula (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const t = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One round as a CSV line (no line break). */
export function roundCsvRow(r: Round): string {
  return roundCells(r).map(csvCell).join(',');
}

/** The header line and one line per round, in the order given (callers join them with their line break). */
export function roundCsvLines(rounds: readonly Round[]): string[] {
  return [ROUND_TABLE_HEADER.map(csvCell).join(','), ...rounds.map(roundCsvRow)];
}

/** A whole CSV document as RFC 4180 writes it: CRLF after every line. */
export function roundsCsv(rounds: readonly Round[]): string {
  return roundCsvLines(rounds).join('\r\n') + '\r\n';
}
