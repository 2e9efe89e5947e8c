/** Where the functions get their data: the page-wide store (see ../store.ts). */
import { isoFromDay, latestRound as coreLatestRound, noRoundOnOrBeforeText, type Draws, type Round } from '../../core/index';
import { type AddinStore, sharedStore } from '../store';
import { NoDataError } from './errors';

let store: AddinStore | undefined;

export function addinStore(): AddinStore {
  return (store ??= sharedStore());
}

export function currentDraws(): Draws {
  return addinStore().draws();
}

/** The latest round of a resolved category on or before a day (the core's "latest"); #N/A when there is none. */
export function latestRound(draws: Draws, category: string, day: number | undefined): Round {
  const r = coreLatestRound(draws, category, day);
  if (!r) throw new NoDataError(noRoundOnOrBeforeText(category === 'ALL' ? null : category, day === undefined ? undefined : isoFromDay(day)));
  return r;
}
