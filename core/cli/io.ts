/** What a CLI command gets (where to write, the environment, today's date) and what it returns (the exit code). */

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Environment (EE_CACHE_DIR, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's day number (days since 1970-01-01) as the user's calendar shows it; injectable for tests. */
  readonly today?: () => number;
  /** How long a download runs before `ee refresh` shows progress (1 s); injectable so tests need not wait. */
  readonly progressAfterMs?: number;
}

/** Exit codes, the same for every command (docs/cli.md). */
export const EXIT_OK = 0;
/** Nothing found (with --json, stdout is `null`); for `ee refresh`, the refresh failed. */
export const EXIT_NOT_FOUND = 1;
/** Bad input: unknown command or option, a bad or out-of-range value, contradictory arguments. */
export const EXIT_BAD_INPUT = 2;
/** A bug: an unexpected error. */
export const EXIT_UNEXPECTED = 3;

/**
 * Today's day number by the local calendar (not UTC): at 21:00 in Toronto on November 29 it is still the 29th.
 * The day number counts calendar days, so it is computed from the local year, month and day.
 */
export function localToday(now: Date = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
