/** Where the functions get their data: the page-wide store (see ../store.ts). */
import type { Draws } from '../../core/draws/draws';
import type { Round } from '../../core/types';
import { type AddinStore, sharedStore } from '../store';
import { isoFromDay } from '../../core/feed/dates';
import { NoDataError } from './errors';

let store: AddinStore | undefined;

export function addinStore(): AddinStore {
  return (store ??= sharedStore());
}

export function currentDraws(): Draws {
  return addinStore().draws();
}

/** The latest round of a resolved category on or before a day; #N/A when there is none. */
export function latestRound(draws: Draws, category: string, day: number | undefined): Round {
  const r = draws.latest(category, day);
  if (!r) {
    const when = day === undefined ? 'yet' : `on or before ${isoFromDay(day)}`;
    throw new NoDataError(`No ${category === 'ALL' ? '' : `${category} `}round ${when}.`);
  }
  return r;
}
