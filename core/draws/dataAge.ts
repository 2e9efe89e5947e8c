/**
 * How old the data is. The feed has no "as of" date of its own, so the data's date is its newest round's. When that
 * is more than 14 days before today, every face says so and how to refresh: IRCC usually runs rounds every one to
 * three weeks, so two weeks without one in the data most likely means the data is behind, not that no round ran.
 */
import type { Round } from '../types';
import { dayFromIso, isoFromDay } from '../feed/dates';
import { plural } from '../present/text';

/** Days the newest round may be older than today before the data is called old. */
export const STALE_AFTER_DAYS = 14;

/** The faces, each with its own way to refresh. */
export type Face = 'cli' | 'vscode' | 'excel';

/** How to get newer rounds, in each face's words. */
export const HOW_TO_REFRESH: Readonly<Record<Face, string>> = {
  cli: 'run `ee refresh`',
  vscode: 'run "Express Entry: Refresh Rounds"',
  excel: 'click Refresh data (or Import a feed file…) in the Express Entry task pane',
};

export interface DataAge {
  /** Date of the newest round in the data (null for no data). */
  readonly newestDate: string | null;
  /** Days from that round to today (negative when the clock is behind). */
  readonly ageDays: number | null;
  /** More than STALE_AFTER_DAYS days old. */
  readonly stale: boolean;
  /** The sentence to show when stale, else null. */
  readonly notice: string | null;
}

/** The age of data whose newest round is `newest`, on `today` (a day number, the user's local calendar date). */
export function dataAge(newest: Pick<Round, 'date'> | string | null | undefined, today: number, face: Face): DataAge {
  const newestDate = typeof newest === 'string' ? newest : (newest?.date ?? null);
  const day = newestDate === null ? null : dayFromIso(newestDate);
  if (newestDate === null || day === null) return { newestDate, ageDays: null, stale: false, notice: null };
  const ageDays = today - day;
  const stale = ageDays > STALE_AFTER_DAYS;
  const notice = stale
    ? `The data ends with the round of ${newestDate}, ${plural(ageDays, 'day')} before today (${isoFromDay(today)}); newer rounds may exist: ${HOW_TO_REFRESH[face]}.`
    : null;
  return { newestDate, ageDays, stale, notice };
}
