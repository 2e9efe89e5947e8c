/**
 * Where a CRS score ranks in the pool, from the newest published distribution on or before a date. A band is not
 * split further, so the rank is an interval: candidates ahead for certain are those in the bands whose lowest score
 * is above the score; best rank = that + 1; worst = that + the count of the score's own band.
 * Source: the rounds page's score distribution, https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html
 */
import type { Draws } from '../draws/draws';
import { poolAsOf } from '../draws/pool';

/** Keys as in `ee outlook --json`. */
export interface PoolRank {
  readonly best: number;
  readonly worst: number;
  readonly total: number;
  /** Date of the distribution used. */
  readonly distributionAsOf: string;
}

export const POOL_NOTE =
  'The pool rank counts the whole pool of every program and category: it says nothing about how many of those candidates qualify for a given category.';

/** The pool rank of a score on a day (day number); null when no distribution was published by then. */
export function poolRank(draws: Draws, score: number, day: number): PoolRank | null {
  const view = poolAsOf(draws, day);
  if (!view) return null;
  let ahead = 0;
  let own = 0;
  for (const b of view.bands) {
    if (b.kind !== 'band') continue;
    if (b.min > score) ahead += b.candidates;
    else if (b.max >= score) own += b.candidates;
  }
  // An empty band: the score's holder would be the only one in it.
  return { best: ahead + 1, worst: Math.max(ahead + 1, ahead + own), total: view.total, distributionAsOf: view.asOf };
}
