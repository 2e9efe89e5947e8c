/** The pool of candidates (CRS score distribution) as published with the rounds. */
import type { Round } from '../types';
import { poolProblems } from '../feed/parse';
import type { Draws } from './draws';
import { type DateInput, toDay } from './dateInput';
import { dayFromIso } from '../feed/dates';

export interface PoolBand {
  /** The feed's field: dd1..dd18. */
  readonly field: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly candidates: number;
  /** dd3 and dd9 sum finer bands; dd18 is the total. */
  readonly kind: 'band' | 'subtotal' | 'total';
}

export interface PoolView {
  /** The round that published the distribution. */
  readonly round: number | string;
  readonly roundDate: string;
  /** Date of the pool snapshot (the round's date when the feed's text was unreadable). */
  readonly asOf: string;
  readonly bands: readonly PoolBand[];
  readonly total: number;
  /** True when the subtotals and the total agree with their parts. */
  readonly subtotalsOk: boolean;
  readonly problems: readonly string[];
}

const BANDS: readonly (readonly [number, number, PoolBand['kind']])[] = [
  [601, 1200, 'band'], [501, 600, 'band'], [451, 500, 'subtotal'],
  [491, 500, 'band'], [481, 490, 'band'], [471, 480, 'band'], [461, 470, 'band'], [451, 460, 'band'],
  [401, 450, 'subtotal'],
  [441, 450, 'band'], [431, 440, 'band'], [421, 430, 'band'], [411, 420, 'band'], [401, 410, 'band'],
  [351, 400, 'band'], [301, 350, 'band'], [0, 300, 'band'], [0, 1200, 'total'],
];

function poolDay(r: Round): number {
  return (r.pool?.asOf ? dayFromIso(r.pool.asOf) : null) ?? r.day;
}

/** The newest published distribution whose snapshot date is on or before the date (default today). */
export function poolAsOf(draws: Draws, date?: DateInput): PoolView | undefined {
  const day = toDay(date);
  // Walk back from the last round on or before the date: distributions are dated on or before their round.
  const rounds = draws.rounds;
  let best: Round | undefined;
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i]!;
    if (r.pool === null || poolDay(r) > day) continue;
    if (!best || poolDay(r) > poolDay(best) || (poolDay(r) === poolDay(best) && r.order > best.order)) best = r;
    if (best && r.day < poolDay(best) - 31) break; // far enough back: nothing older can be newer
  }
  return best ? poolView(best) : undefined;
}

export function poolView(r: Round): PoolView {
  const pool = r.pool!;
  const bands = pool.bands.map((candidates, i) => {
    const [min, max, kind] = BANDS[i]!;
    return { field: `dd${i + 1}`, label: kind === 'total' ? 'Total' : `${min}–${max}`, min, max, candidates, kind };
  });
  const problems = poolProblems(pool.bands);
  return {
    round: r.round,
    roundDate: r.date,
    asOf: pool.asOf ?? r.date,
    bands,
    total: pool.bands[17] ?? 0,
    subtotalsOk: problems.length === 0,
    problems,
  };
}
