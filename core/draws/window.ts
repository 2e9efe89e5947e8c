/**
 * The statistics every face shows for a category, computed once: which rounds count (the window and its one
 * default), the latest round, the mean gap between rounds, and the days since the last round as of the data.
 */
import type { CategoryId, Round } from '../types';
import { isoFromDay } from '../feed/dates';
import type { Draws, LookupOptions } from './draws';
import { type DateInput, toDay } from './dateInput';
import { statsOf, type CutoffStats, type StatsWindow } from './stats';
import { poolAsOf, type PoolView } from './pool';

/** The one default window of `ee stats`, the VS Code Statistics view and EE.CUTOFF_STATS: the last 10 rounds. */
export const DEFAULT_LAST_ROUNDS = 10;

/** Day number of 9999-12-31, the last date the core reads: "on or before the newest data". */
export const NEWEST_DAY = 2932896;

/**
 * "Latest": the newest round of a category on or before a date; with no date, the newest round in the data
 * (a round is never dated in the future, so this is the answer for today too, without reading the clock).
 */
export function latestRound(draws: Draws, category: string, onOrBefore?: DateInput, options?: LookupOptions): Round | undefined {
  return draws.latest(category, onOrBefore === undefined ? NEWEST_DAY : onOrBefore, options);
}

/** The latest round of every category (see latestRound for the date). */
export function latestRounds(draws: Draws, onOrBefore?: DateInput): Round[] {
  return draws.latestPerCategory(onOrBefore === undefined ? NEWEST_DAY : onOrBefore);
}

/** Mean days between consecutive rounds of a chronological run (null with fewer than two rounds). */
export function meanGapDays(rounds: readonly Round[]): number | null {
  if (rounds.length < 2) return null;
  return (rounds[rounds.length - 1]!.day - rounds[0]!.day) / (rounds.length - 1);
}

/** What a face asks for: the default window, the last N rounds, or a date range. */
export type WindowRequest =
  | { readonly last?: number; readonly asOf?: DateInput }
  | { readonly from?: DateInput; readonly to?: DateInput };

/** The window a request means, with the default filled in. */
export function statsWindow(request: WindowRequest = {}): StatsWindow {
  if ('from' in request || 'to' in request) {
    const r = request as { from?: DateInput; to?: DateInput };
    return { from: r.from, to: r.to };
  }
  const r = request as { last?: number; asOf?: DateInput };
  return { last: r.last ?? DEFAULT_LAST_ROUNDS, asOf: r.asOf === undefined ? NEWEST_DAY : r.asOf };
}

export interface CategorySummary extends CutoffStats {
  readonly label: string;
  /** The window: 'last' N rounds (N = `lastN`) or a 'range'. */
  readonly window: 'last' | 'range';
  readonly lastN: number | null;
  /** Mean days between the rounds counted. */
  readonly meanGapDays: number | null;
  /** The category's last round on or before the reference date. */
  readonly lastRound: Round | null;
  /**
   * The date "days since the last round" counts to: the reference date, but never later than the newest round in
   * the data (so old data never reads as a long gap between rounds).
   */
  readonly asOf: string;
  /** True when `asOf` was moved back to the newest data. */
  readonly asOfIsDataEnd: boolean;
  readonly daysSinceLast: number | null;
}

/**
 * Statistics of a category over a window (default: the last 10 rounds), with the mean gap between the rounds
 * counted and the days from the last round to the reference date (the window's asOf or end; default the newest data).
 */
export function categorySummary(draws: Draws, category: string, request: WindowRequest = {}, options?: LookupOptions): CategorySummary {
  const id: CategoryId = draws.resolve(category);
  const window = statsWindow(request);
  const rounds = 'last' in window ? draws.lastN(id, window.last, window.asOf, options) : draws.between(id, window.from, window.to, options);
  const stats = statsOf(id, rounds);
  const requested = 'last' in window ? toDay(window.asOf) : window.to === undefined ? NEWEST_DAY : toDay(window.to, 'end date');
  const dataEnd = draws.newest()?.day ?? requested;
  const refDay = Math.min(requested, dataEnd);
  const last = draws.latest(id, refDay, options) ?? null;
  return {
    ...stats,
    label: draws.label(id),
    window: 'last' in window ? 'last' : 'range',
    lastN: 'last' in window ? window.last : null,
    meanGapDays: meanGapDays(rounds),
    lastRound: last,
    asOf: isoFromDay(refDay),
    asOfIsDataEnd: refDay === dataEnd && requested > dataEnd,
    daysSinceLast: last ? refDay - last.day : null,
  };
}

/** The pool on a date (see POOL_DATE_RULE); with no date, the newest distribution in the data. */
export function poolOn(draws: Draws, date?: DateInput): PoolView | undefined {
  return poolAsOf(draws, date === undefined ? NEWEST_DAY : date);
}
