/**
 * The invitation outlook: how a CRS score compares with the cut-offs of each category's recent rounds, and where it
 * ranks in the pool. It reports what happened; it makes no forecast of the next cut-off (none has been back-tested
 * against "same as the last round", so none is shown).
 *
 * A round whose cut-off is below the score would have invited it ("above"); one equal to it was decided by the
 * tie-break (the profile submission time), so it is neither a yes nor a no ("tied"); one above it would not have
 * ("below"). Source: IRCC, "Invitations to apply",
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/become-candidate/invitations-apply.html
 */
import { InputError, clipInput, type CategoryId, type Round } from '../types';
import type { Draws } from '../draws/draws';
import { type DateInput, toDay } from '../draws/dateInput';
import { addYears } from '../cec/calendar';
import { isoFromDay } from '../feed/dates';
import type { Standing } from '../categories/types';
import { oneDecimal, plural, thousands } from '../present/text';
import { poolRank, POOL_NOTE, type PoolRank } from './poolRank';

/** How many rounds of each category the outlook looks at by default. */
export const DEFAULT_LAST_N = 10;

export const NO_FORECAST =
  'No forecast of the next cut-off: none has been shown, on the past rounds, to do better than "the same as the last round".';

/** One category's line. Keys as in `ee outlook --json`. */
export interface OutlookLine {
  readonly category: CategoryId;
  readonly rounds: number;
  /** Rounds whose cut-off was below the score: they would have invited it. */
  readonly above: number;
  /** Rounds whose cut-off equalled the score: decided by the tie-break. */
  readonly tied: number;
  /** Rounds whose cut-off was above the score. */
  readonly below: number;
  readonly lowest: number | null;
  readonly median: number | null;
  readonly highest: number | null;
  /** Days from the category's last round to the as-of date. */
  readonly daysSinceLast: number | null;
}

export interface Outlook {
  readonly asOf: string;
  readonly score: number;
  readonly last: number;
  readonly categories: readonly OutlookLine[];
  /** null when no distribution was published on or before the date. */
  readonly poolRank: PoolRank | null;
  readonly notes: readonly string[];
}

/** Reads a CRS score: a whole number from 0 to 1200. */
export function readScore(value: unknown): number {
  const n = typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1200) {
    const shown = typeof value === 'string' || typeof value === 'number' ? clipInput(String(value)) : typeof value;
    throw new InputError(`Bad CRS score "${shown}": use a whole number from 0 to 1200.`);
  }
  return n;
}

/** Where a score stands against one round's cut-off. */
export function standing(score: number, cutoff: number): Standing {
  return score > cutoff ? 'above' : score === cutoff ? 'tied' : 'below';
}

/** The line of one category: its last `last` rounds on or before the day. */
export function outlookLine(draws: Draws, category: string, score: number, last: number, day: number): OutlookLine {
  const id = draws.resolve(category);
  const rounds = draws.lastN(id, last, day);
  const count = { above: 0, tied: 0, below: 0 };
  for (const r of rounds) count[standing(score, r.crs)]++;
  const sorted = rounds.map((r) => r.crs).sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? null : n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
  const newest: Round | undefined = rounds[n - 1];
  return {
    category: id,
    rounds: n,
    ...count,
    lowest: n ? sorted[0]! : null,
    median,
    highest: n ? sorted[n - 1]! : null,
    daysSinceLast: newest ? day - newest.day : null,
  };
}

/** Categories with a round in the 12 months up to the day (the default of `ee outlook --score`). */
export function activeCategories(draws: Draws, day: number): CategoryId[] {
  const from = addYears(day, -1) + 1;
  const seen = new Set(draws.between('ALL', from, day).map((r) => r.category));
  return draws.categories().filter((c) => seen.has(c));
}

export interface OutlookOptions {
  /** Categories (ids, names or aliases); default: those with a round in the 12 months before the date. */
  readonly categories?: readonly string[];
  readonly last?: number;
  readonly asOf?: DateInput;
}

/** The outlook of a score. Throws InputError for a bad score, category, count or date. */
export function outlook(draws: Draws, score: number, options: OutlookOptions = {}): Outlook {
  const s = readScore(score);
  const last = options.last ?? DEFAULT_LAST_N;
  if (!Number.isInteger(last) || last < 1 || last > 10_000) throw new InputError(`Bad number of rounds "${clipInput(String(last))}": use a whole number from 1 to 10000.`);
  const day = toDay(options.asOf, 'as-of date');
  const ids = options.categories?.length ? [...new Set(options.categories.map((c) => draws.resolve(c)))] : activeCategories(draws, day);
  return {
    asOf: isoFromDay(day),
    score: s,
    last,
    categories: ids.map((id) => outlookLine(draws, id, s, last, day)),
    poolRank: poolRank(draws, s, day),
    notes: [POOL_NOTE, NO_FORECAST],
  };
}

/** "CEC: above the cut-off in 4 of the last 10 rounds, tied in 1" — the line every face shows. */
export function outlookSentence(line: OutlookLine, label: string): string {
  if (line.rounds === 0) return `${label}: no round on or before the date.`;
  const of = line.rounds === 1 ? '1 round (the last)' : `the last ${plural(line.rounds, 'round')}`;
  const parts = [`above the cut-off in ${line.above} of ${of}`];
  if (line.tied) parts.push(`tied in ${line.tied}`);
  const range = line.lowest === line.highest ? `cut-off ${line.lowest}` : `cut-offs ${line.lowest}–${line.highest}, median ${oneDecimal(line.median ?? 0)}`;
  const days = line.daysSinceLast === null ? '' : `; last round ${plural(line.daysSinceLast, 'day')} before the date`;
  return `${label}: ${parts.join(', ')} (${range}${days}).`;
}

/** "Rank 501 to 20,205 of 229,100 in the pool of 2026-08-03." */
export function poolRankSentence(rank: PoolRank): string {
  const f = thousands;
  const where = rank.best === rank.worst ? `Rank ${f(rank.best)}` : `Rank ${f(rank.best)} to ${f(rank.worst)}`;
  return `${where} of ${f(rank.total)} in the pool of ${rank.distributionAsOf}.`;
}
