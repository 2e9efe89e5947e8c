/**
 * How old the data is: the newest round's date against today, and the sentence every face shows. Rounds are
 * usually a few days to two weeks apart, so data whose newest round is more than 14 days old is likely missing
 * rounds and should be refreshed.
 */
import { dayFromIso } from '../feed/dates';

/** Data is stale when its newest round is more than this many days before today. */
export const STALE_AFTER_DAYS = 14;

export interface DataAge {
  /** The newest round's date (ISO). */
  readonly newestDate: string;
  /** Days from that date to today (0 on the day; negative only for a wrong clock). */
  readonly days: number;
  /** More than STALE_AFTER_DAYS days old. */
  readonly stale: boolean;
  /** "Newest round: 2026-08-07, 114 days ago. …" */
  readonly sentence: string;
}

function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} in the future (check the computer's date)`;
  return `${days} days ago`;
}

/**
 * The age of data whose newest round is on `newestDate`, on day `todayDay` (a day number, the user's local date).
 * Null when there is no round or the date is unreadable. `refreshHint` ends a stale sentence, e.g. "Refresh the data."
 */
export function dataAge(newestDate: string | null, todayDay: number, refreshHint = 'Refresh the data.'): DataAge | null {
  if (!newestDate) return null;
  const day = dayFromIso(newestDate);
  if (day === null) return null;
  const days = todayDay - day;
  const stale = days > STALE_AFTER_DAYS;
  const head = `Newest round: ${newestDate}, ${daysText(days)}.`;
  const sentence = stale
    ? `${head} The data may be missing newer rounds (more than ${STALE_AFTER_DAYS} days old). ${refreshHint}`.trim()
    : head;
  return { newestDate, days, stale, sentence };
}
