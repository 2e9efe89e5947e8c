/** Cut-off statistics and the rhythm of rounds: pure functions over the indexed draws. */
import type { CategoryId, Round } from '../types';
import { InputError } from '../types';
import { isoFromDay } from '../feed/dates';
import type { Draws, LookupOptions } from './draws';
import { type DateInput, toDay } from './dateInput';

export interface CutoffStats {
  readonly category: CategoryId;
  /** Rounds counted. */
  readonly count: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  readonly median: number | null;
  /** Cut-off of the first and the last round counted (chronological). */
  readonly first: number | null;
  readonly last: number | null;
  /** last − first. */
  readonly change: number | null;
  readonly invitations: number;
}

/** Which rounds the statistics cover: the last N (on or before `asOf`) or a date range. */
export type StatsWindow =
  | { readonly last: number; readonly asOf?: DateInput }
  | { readonly from?: DateInput; readonly to?: DateInput };

export function selectRounds(draws: Draws, category: string, window: StatsWindow, options?: LookupOptions): readonly Round[] {
  if ('last' in window) return draws.lastN(category, window.last, window.asOf, options);
  return draws.between(category, window.from, window.to, options);
}

/** Count, min, max, mean, median, first, last and change of the cut-offs of a run of rounds. */
export function cutoffStats(draws: Draws, category: string, window: StatsWindow, options?: LookupOptions): CutoffStats {
  const id = draws.resolve(category);
  return statsOf(id, selectRounds(draws, category, window, options));
}

export function statsOf(category: CategoryId, rounds: readonly Round[]): CutoffStats {
  const n = rounds.length;
  if (n === 0) {
    return { category, count: 0, from: null, to: null, min: null, max: null, mean: null, median: null, first: null, last: null, change: null, invitations: 0 };
  }
  const scores = rounds.map((r) => r.crs);
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const first = scores[0]!;
  const last = scores[n - 1]!;
  return {
    category,
    count: n,
    from: rounds[0]!.date,
    to: rounds[n - 1]!.date,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    mean: scores.reduce((a, b) => a + b, 0) / n,
    median,
    first,
    last,
    change: last - first,
    invitations: rounds.reduce((a, r) => a + r.invitations, 0),
  };
}

export interface Rhythm {
  readonly category: CategoryId;
  readonly asOf: string;
  readonly lastRound: Round | null;
  /** Days from the last round on or before asOf to asOf. */
  readonly daysSinceLast: number | null;
  /** Mean days between consecutive rounds (on or before asOf; over the last `window` gaps when given). */
  readonly meanGapDays: number | null;
  readonly gapsCounted: number;
}

/** Days since the last round and the mean gap between rounds. */
export function rhythm(draws: Draws, category: string, asOf?: DateInput, lastGaps?: number, options?: LookupOptions): Rhythm {
  const id = draws.resolve(category);
  const day = toDay(asOf);
  const rounds = draws.between(category, undefined, day, options);
  const last = rounds[rounds.length - 1] ?? null;
  const take = lastGaps === undefined ? rounds.length : Math.min(rounds.length, lastGaps + 1);
  if (lastGaps !== undefined && (!Number.isInteger(lastGaps) || lastGaps < 1)) throw new InputError(`Bad number of gaps ${lastGaps}.`);
  const tail = rounds.slice(rounds.length - take);
  const gaps = tail.length - 1;
  return {
    category: id,
    asOf: isoFromDay(day),
    lastRound: last,
    daysSinceLast: last ? day - last.day : null,
    meanGapDays: gaps > 0 ? (tail[tail.length - 1]!.day - tail[0]!.day) / gaps : null,
    gapsCounted: Math.max(0, gaps),
  };
}
