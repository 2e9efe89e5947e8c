/** Text layout of the command line: aligned tables. Numbers, plurals, tie-breaks and the round table come from core/present. */
import type { Round } from '../types';
import { roundCells, roundCsvLines, ROUND_TABLE_HEADER } from '../present/roundTable';
import { plural, thousands, tieBreakText } from '../present/text';

export { plural, thousands };

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

/** Rounds as an aligned text table, in the one column order of every face (core/present/roundTable). */
export function roundTable(rounds: readonly Round[]): string {
  const right = new Set(ROUND_TABLE_HEADER.map((h, i) => (h === 'CRS' || h === 'ITAs' ? i : -1)).filter((i) => i >= 0));
  const rows = rounds.map((r) =>
    roundCells(r).map((c, i) => {
      const h = ROUND_TABLE_HEADER[i];
      if (h === 'Round') return `#${c}`;
      if (h === 'ITAs' && typeof c === 'number') return thousands(c);
      if (h === 'Tie-break') return tieBreakText(r);
      return String(c);
    }),
  );
  return table(ROUND_TABLE_HEADER, rows, right);
}

/** Rounds as CSV (the same columns; RFC 4180 quoting, formula-like text neutralised), one line per round. */
export function roundCsv(rounds: readonly Round[]): string {
  return roundCsvLines(rounds).join('\n');
}

/** " Tie-break: 2025-11-20 14:03:00 UTC." when the round has one, else "". */
export function tieBreakSentence(r: Round): string {
  return r.tieBreak ? ` Tie-break: ${tieBreakText(r)}.` : '';
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
