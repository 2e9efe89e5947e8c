/** The CRS result in words: the headline and the text lines every face shows (one wording everywhere). */
import { CRS_SECTION_IDS, type CrsResult } from './types';
import { twoDecimals } from '../present/text';

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** "CRS 469 · rules of 2025-03-25" (a proposal: "rules proposed-2026 (not in force)"). */
export function crsHeadline(r: CrsResult): string {
  return r.rules.inForceFrom !== null ? `CRS ${r.total} · rules of ${r.rules.inForceFrom}` : `CRS ${r.total} · rules ${r.rules.id} (not in force)`;
}

/** "Canadian work: 2 years (from jobs: 4,525.71 h in the 10 years before 2025-11-29)". */
export function workYearsText(r: CrsResult, which: 'canadian' | 'foreign'): string {
  const w = r.workYears[which];
  const label = which === 'canadian' ? 'Canadian work' : 'Foreign work';
  const years = `${w.years} year${w.years === 1 ? '' : 's'}`;
  return w.source === 'profile' ? `${label}: ${years} (as given in the profile)` : `${label}: ${years} (from jobs: ${twoDecimals(w.hours ?? 0)} h in the 10 years before ${r.asOf})`;
}

/** The whole result as plain text lines, for the CLI and for copying. */
export function crsText(r: CrsResult): string[] {
  const lines = [`${crsHeadline(r)} (${r.rules.id}: ${r.rules.title}), scored as of ${r.asOf}, ${r.withSpouse ? 'with an accompanying spouse' : 'without a spouse'}.`, ''];
  for (const id of CRS_SECTION_IDS) {
    const s = r.sections[id];
    if (id === 'spouse' && !r.withSpouse) continue;
    lines.push(`${s.title}: ${s.points} / ${s.max}`);
    for (const f of s.factors) lines.push(`  ${f.reason}`);
  }
  lines.push('', workYearsText(r, 'canadian'), workYearsText(r, 'foreign'));
  if (r.caps.length) lines.push('', 'Caps applied:', ...r.caps.map((c) => `  - ${c.note}`));
  if (r.notes.length) lines.push('', 'Notes:', ...r.notes.map((n) => `  - ${n.message}`));
  if (r.changesAhead.length) {
    lines.push('', 'Changes ahead (next 12 months):', ...r.changesAhead.map((c) => `  ${c.date}  ${c.event}: ${signed(c.change)} → ${c.total}`));
  }
  if (r.whatIf.length) lines.push('', 'What if:', ...r.whatIf.map((w) => `  ${signed(w.points).padStart(4)}  ${w.change} → ${w.total}`));
  return lines;
}
