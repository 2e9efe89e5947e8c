/** The Statistics view's model. Pure (no `vscode`): the numbers come from the core's statistics functions. */
import { categorySummary, daysSinceLabel, itas, oneDecimal, plural, poolOn, signed, yearOfDay, type CategoryId, type CategorySummary, type CutoffStats, type Draws, type PoolView } from '../../core/index';

export interface CategoryStats {
  readonly category: CategoryId;
  readonly label: string;
  readonly lastN: number;
  readonly stats: CutoffStats;
  readonly lastRound: { readonly round: number | string; readonly date: string; readonly crs: number; readonly invitations: number } | null;
  /** Days from the last round to the newest data (see the core's categorySummary). */
  readonly daysSinceLast: number | null;
  /** "as of the data (2026-08-07)": what daysSinceLast counts to. */
  readonly daysSinceLabel: string;
  /** Mean gap between the rounds counted (the same window as the other figures). */
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

/** Statistics of one category over its last `lastN` rounds (the core's window); `today` picks the year shown. */
export function categoryStats(draws: Draws, category: CategoryId, lastN: number, today: number): CategoryStats {
  const summary: CategorySummary = categorySummary(draws, category, { last: lastN });
  const stats: CutoffStats = {
    category: summary.category, count: summary.count, from: summary.from, to: summary.to, min: summary.min, max: summary.max,
    mean: summary.mean, median: summary.median, first: summary.first, last: summary.last, change: summary.change, invitations: summary.invitations,
  };
  const newest = summary.lastRound;
  const year = yearOfDay(today);
  const thisYear = draws.between(category, `${year}-01-01`, `${year}-12-31`);
  return {
    category,
    label: summary.label,
    lastN,
    stats,
    lastRound: newest ? { round: newest.round, date: newest.date, crs: newest.crs, invitations: newest.invitations } : null,
    daysSinceLast: summary.daysSinceLast,
    daysSinceLabel: daysSinceLabel(summary),
    meanGapDays: summary.meanGapDays,
    year,
    roundsThisYear: thisYear.length,
    itasThisYear: thisYear.reduce((a, r) => a + r.invitations, 0),
  };
}

export function rootNodes(draws: Draws, shown: readonly CategoryId[], lastN: number, today: number): StatisticsNode[] {
  const out: StatisticsNode[] = shown.map((id) => ({ kind: 'category', stats: categoryStats(draws, id, lastN, today) }));
  const pool = poolOn(draws);
  if (pool) out.push({ kind: 'pool', pool });
  return out;
}

export function categoryDescription(s: CategoryStats): string {
  if (!s.lastRound || s.stats.min === null) return 'no rounds';
  if (s.stats.count === 1) return `${s.lastRound.crs} · ${plural(1, 'round')}`;
  return `${s.lastRound.crs} · last ${s.stats.count}: ${s.stats.min}–${s.stats.max}, mean ${oneDecimal(s.stats.mean ?? 0)}`;
}

export function categoryLines(s: CategoryStats): StatLine[] {
  const st = s.stats;
  const lines: StatLine[] = [];
  if (s.lastRound) lines.push({ label: 'Last cut-off', value: `${s.lastRound.crs} (#${s.lastRound.round}, ${s.lastRound.date}, ${itas(s.lastRound.invitations)})` });
  if (st.count > 0) {
    lines.push({ label: `Range of the last ${st.count}`, value: `${st.min}–${st.max} (${st.from} to ${st.to})` });
    lines.push({ label: `Mean of the last ${st.count}`, value: `${oneDecimal(st.mean ?? 0)} (median ${oneDecimal(st.median ?? 0)})` });
    lines.push({ label: `Change over the last ${st.count}`, value: `${signed(st.change ?? 0)} (${st.first} → ${st.last})` });
  }
  if (s.daysSinceLast !== null) lines.push({ label: `Days since the last round, ${s.daysSinceLabel}`, value: String(s.daysSinceLast) });
  if (s.meanGapDays !== null) lines.push({ label: `Mean gap between the last ${st.count} rounds`, value: `${oneDecimal(s.meanGapDays)} days` });
  lines.push({ label: `Rounds in ${s.year}`, value: `${s.roundsThisYear} · ${itas(s.itasThisYear)}` });
  return lines;
}

export function poolDescription(p: PoolView): string {
  return `as of ${p.asOf} · ${plural(p.total, 'candidate')}`;
}

export function childrenOf(draws: Draws, node: StatisticsNode | undefined, shown: readonly CategoryId[], lastN: number, today: number): StatisticsNode[] {
  if (!node) return rootNodes(draws, shown, lastN, today);
  if (node.kind === 'category') return categoryLines(node.stats).map((line) => ({ kind: 'line', line, category: node.stats.category }));
  if (node.kind === 'pool') {
    return node.pool.bands.map((b) => ({ kind: 'band', label: b.kind === 'subtotal' ? `${b.label} (subtotal)` : b.label, candidates: b.candidates, band: b.kind }));
  }
  return [];
}
