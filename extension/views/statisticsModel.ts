/** The Statistics view's model. Pure (no `vscode`): the numbers come from the core's statistics functions. */
import type { CategoryId } from '../../core/types';
import type { Draws } from '../../core/draws/draws';
import { cutoffStats, rhythm, type CutoffStats } from '../../core/draws/stats';
import { poolAsOf, type PoolView } from '../../core/draws/pool';
import { yearOfDay } from '../../core/feed/dates';
import { dec, itas, num, signed } from '../format';
import { LAST_DAY } from './drawsModel';

export interface CategoryStats {
  readonly category: CategoryId;
  readonly label: string;
  readonly lastN: number;
  readonly stats: CutoffStats;
  readonly lastRound: { readonly round: number | string; readonly date: string; readonly crs: number; readonly invitations: number } | null;
  readonly daysSinceLast: number | null;
  readonly meanGapDays: number | null;
  readonly year: number;
  readonly roundsThisYear: number;
  readonly itasThisYear: number;
}

export interface StatLine {
  readonly label: string;
  readonly value: string;
}

export type StatisticsNode =
  | { readonly kind: 'category'; readonly stats: CategoryStats }
  | { readonly kind: 'line'; readonly line: StatLine; readonly category: CategoryId }
  | { readonly kind: 'pool'; readonly pool: PoolView }
  | { readonly kind: 'band'; readonly label: string; readonly candidates: number; readonly band: 'band' | 'subtotal' | 'total' };

/** Statistics of one category as of `today` (a day number). */
export function categoryStats(draws: Draws, category: CategoryId, lastN: number, today: number): CategoryStats {
  const stats = cutoffStats(draws, category, { last: lastN, asOf: LAST_DAY });
  const newest = draws.latest(category, LAST_DAY);
  const asOf = Math.max(today, newest?.day ?? today);
  const rh = rhythm(draws, category, asOf);
  const year = yearOfDay(today);
  const thisYear = draws.between(category, `${year}-01-01`, `${year}-12-31`);
  return {
    category,
    label: draws.label(category),
    lastN,
    stats,
    lastRound: newest ? { round: newest.round, date: newest.date, crs: newest.crs, invitations: newest.invitations } : null,
    daysSinceLast: newest ? today - newest.day : null,
    meanGapDays: rh.meanGapDays,
    year,
    roundsThisYear: thisYear.length,
    itasThisYear: thisYear.reduce((a, r) => a + r.invitations, 0),
  };
}

export function rootNodes(draws: Draws, shown: readonly CategoryId[], lastN: number, today: number): StatisticsNode[] {
  const out: StatisticsNode[] = shown.map((id) => ({ kind: 'category', stats: categoryStats(draws, id, lastN, today) }));
  const pool = poolAsOf(draws, LAST_DAY);
  if (pool) out.push({ kind: 'pool', pool });
  return out;
}

export function categoryDescription(s: CategoryStats): string {
  if (!s.lastRound || s.stats.min === null) return 'no rounds';
  if (s.stats.count === 1) return `${s.lastRound.crs} · 1 round`;
  return `${s.lastRound.crs} · last ${s.stats.count}: ${s.stats.min}–${s.stats.max}, mean ${dec(s.stats.mean ?? 0)}`;
}

export function categoryLines(s: CategoryStats): StatLine[] {
  const st = s.stats;
  const lines: StatLine[] = [];
  if (s.lastRound) lines.push({ label: 'Last cut-off', value: `${s.lastRound.crs} (#${s.lastRound.round}, ${s.lastRound.date}, ${itas(s.lastRound.invitations)})` });
  if (st.count > 0) {
    lines.push({ label: `Range of the last ${st.count}`, value: `${st.min}–${st.max} (${st.from} to ${st.to})` });
    lines.push({ label: `Mean of the last ${st.count}`, value: `${dec(st.mean ?? 0)} (median ${dec(st.median ?? 0)})` });
    lines.push({ label: `Change over the last ${st.count}`, value: `${signed(st.change ?? 0)} (${st.first} → ${st.last})` });
  }
  if (s.daysSinceLast !== null) lines.push({ label: 'Days since the last round', value: String(s.daysSinceLast) });
  if (s.meanGapDays !== null) lines.push({ label: 'Mean gap between rounds', value: `${dec(s.meanGapDays)} days` });
  lines.push({ label: `Rounds in ${s.year}`, value: `${s.roundsThisYear} · ${itas(s.itasThisYear)}` });
  return lines;
}

export function poolDescription(p: PoolView): string {
  return `as of ${p.asOf} · ${num(p.total)} candidates`;
}

export function childrenOf(draws: Draws, node: StatisticsNode | undefined, shown: readonly CategoryId[], lastN: number, today: number): StatisticsNode[] {
  if (!node) return rootNodes(draws, shown, lastN, today);
  if (node.kind === 'category') return categoryLines(node.stats).map((line) => ({ kind: 'line', line, category: node.stats.category }));
  if (node.kind === 'pool') {
    return node.pool.bands.map((b) => ({ kind: 'band', label: b.kind === 'subtotal' ? `${b.label} (subtotal)` : b.label, candidates: b.candidates, band: b.kind }));
  }
  return [];
}
