/** The data the chart webview draws: plain numbers and strings only. Pure (no `vscode`). */
import { type CategoryId, type Draws } from '../../core/index';

export interface ChartSeries {
  readonly id: CategoryId;
  readonly label: string;
  /** [day number, CRS cut-off, round number as text, ISO date, invitations], chronological. */
  readonly points: readonly (readonly [number, number, string, string, number])[];
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
  const series = categories.map((id) => ({
    id,
    label: `${draws.label(id)} (${id})`,
    points: draws.between(id, fromDay).map((r) => [r.day, r.crs, String(r.round), r.date, r.invitations] as const),
  }));
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
