/** Text output helpers: aligned tables and JSON. Numbers, CSV and sentences come from the core's presentation module. */
import type { Round } from '../types';

export { thousands } from '../present/text';

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

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
