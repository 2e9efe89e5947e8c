/**
 * "Today" as the user means it: the calendar date where the user is (the computer's time zone), as a day number.
 * A Canadian evening is still today, not tomorrow's UTC date. Rounds themselves stay UTC calendar dates (dates.ts).
 */

/** The local calendar date of `now` as a day number (days since 1970-01-01). */
export function localDay(now: Date = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
