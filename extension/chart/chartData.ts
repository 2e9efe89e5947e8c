/** The data the chart webview draws: plain numbers and strings only. Pure (no `vscode`). */
import { standing, type CategoryId, type Draws, type Standing } from '../../core/index';

export interface ChartSeries {
  readonly id: CategoryId;
  readonly label: string;
  /** [day number, CRS cut-off, round number as text, ISO date, invitations], chronological. */
  readonly points: readonly (readonly [number, number, string, string, number])[];
  /** Per point, where the own score stood against the round's cut-off (above: it would have been invited); empty without a score. */
  readonly standings: readonly Standing[];
  /** How many rounds the own score would have cleared (cut-off below it), and how many it tied. */
  readonly cleared: number;
  readonly tied: number;
}

export interface ChartMessage {
  readonly type: 'data';
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** The user's own CRS score, drawn as a horizontal line; null for none. */
  readonly ownScore: number | null;
}

/** Series of the chosen categories from `fromDay` on. */
export function chartMessage(draws: Draws, categories: readonly CategoryId[], ownScore: number | null, fromDay?: number): ChartMessage {
  const own = ownScore !== null && Number.isFinite(ownScore) ? ownScore : null;
  const series = categories.map((id) => {
    const rounds = draws.between(id, fromDay);
    const standings = own === null ? [] : rounds.map((r) => standing(own, r.crs));
    return {
      id,
      label: `${draws.label(id)} (${id})`,
      points: rounds.map((r) => [r.day, r.crs, String(r.round), r.date, r.invitations] as const),
      standings,
      cleared: standings.filter((s) => s === 'above').length,
      tied: standings.filter((s) => s === 'tied').length,
    };
  });
  const start = series.flatMap((s) => s.points.map((p) => p[3])).sort()[0];
  return {
    type: 'data',
    title: `CRS cut-offs${start ? ` since ${start}` : ''}`,
    series,
    ownScore: ownScore !== null && Number.isFinite(ownScore) ? ownScore : null,
  };
}

/** Reads what the user typed as their CRS: an integer 0–1200, or null for empty; undefined when invalid. */
export function readOwnScore(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,4}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 1200 ? n : undefined;
}
