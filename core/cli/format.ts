/** Text output helpers: aligned tables, thousands separators, CSV and Markdown rows. */
import type { Round } from '../types';

export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 round", "2 rounds", "1,500 invitations". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : pluralForm}`;
}

/** " Tie-break: 2025-11-20 14:03:00 UTC." when the round has one, else "". */
export function tieBreakSentence(r: Round): string {
  return r.tieBreak ? ` Tie-break: ${r.tieBreak.replace('T', ' ').replace('Z', ' UTC')}.` : '';
}

/** Aligns rows under a header; numbers (columns in `right`) are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A CSV field, quoted when needed (RFC 4180); a leading =,+,-,@ is prefixed so spreadsheets never run it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const ROUND_CSV_HEADER = ['round', 'date', 'category', 'name', 'invitations', 'crs', 'tieBreak'];

export function roundCsv(r: Round): string {
  return [r.round, r.date, r.category, r.name, r.invitations, r.crs, r.tieBreak].map(csvField).join(',');
}

/** The JSON shape of a round in CLI output. */
export function roundJson(r: Round): Record<string, unknown> {
  return {
    round: r.round,
    date: r.date,
    category: r.category,
    name: r.name,
    invitations: r.invitations,
    crs: r.crs,
    tieBreak: r.tieBreak,
    tieBreakText: r.tieBreakText || null,
    drawnAt: r.drawnAt,
    eligiblePrograms: r.eligiblePrograms,
  };
}

