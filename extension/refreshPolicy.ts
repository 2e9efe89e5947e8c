/** When to refresh automatically, and which failures to show. Pure (no `vscode`). */

/** Is an automatic refresh due? `lastAttempt` and `now` in ms; `hours` 0 or less: never. */
export function refreshDue(lastAttempt: number | undefined, now: number, hours: number): boolean {
  if (!(hours > 0)) return false;
  return lastAttempt === undefined || now - lastAttempt >= hours * 3_600_000;
}

/** How often the timer looks whether a refresh is due: the interval, at most every 10 minutes. */
export function tickMs(hours: number): number {
  return Math.max(60_000, Math.min(hours * 3_600_000, 10 * 60_000));
}

/**
 * Automatic refreshes report a failure once, not at every interval: `failed` answers whether to show it; a success
 * (or a user's own refresh) starts over.
 */
export class FailureOnce {
  private shown: string | undefined;

  failed(message: string): boolean {
    const show = this.shown === undefined;
    this.shown = message;
    return show;
  }

  succeeded(): void {
    this.shown = undefined;
  }

  get lastFailure(): string | undefined {
    return this.shown;
  }
}

export const DEFAULT_REFRESH_TIMEOUT_S = 20;
export const MAX_REFRESH_TIMEOUT_S = 30;

/** The setting expressEntry.refreshTimeoutSeconds as seconds in 1–30; anything unreadable gives the default (20). */
export function refreshTimeout(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_REFRESH_TIMEOUT_S;
  return Math.min(MAX_REFRESH_TIMEOUT_S, Math.max(1, value));
}
