/**
 * The task pane's download: the core's fetchFeedText with the pane's limits (timeout, size cap), and a specific
 * sentence when the browser reports only a bare network error ("Failed to fetch"): a short probe, within the same
 * time limit, tells a redirect the browser could not follow (a loop, too many hops) from a server that could not be
 * reached or does not allow the add-in to read it (CORS).
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, errorText, FetchError, urlSource, type FeedSource, type FetchOptions } from '../../core/index';
import type { KeyValueStorage } from './browserCache';

export const TIMEOUT_KEY = 'express-entry-draws.timeoutMs';
export const MAX_BYTES_KEY = 'express-entry-draws.maxBytes';
/** A download never runs longer than this, whatever the setting. */
export const MAX_TIMEOUT_MS = 30_000;
export const MIN_TIMEOUT_MS = 200;
export const MIN_MAX_BYTES = 1024;

export interface RefreshLimits {
  /** Whole-download time limit in milliseconds (200 ms to 30 s; default 20 s). */
  readonly timeoutMs: number;
  /** Largest feed accepted, in bytes (1 KB to 20 MB; default 20 MB). */
  readonly maxBytes: number;
}

function clampedNumber(text: string | null | undefined, min: number, max: number): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const n = Number(text.trim());
  if (!Number.isFinite(n)) return null;
  return Math.min(max, Math.max(min, Math.round(n)));
}

function stored(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * The pane's download limits: the page's query (`?timeoutMs=2000&maxBytes=1048576`, for tests and diagnosis), else
 * browser storage (keys express-entry-draws.timeoutMs / .maxBytes), else the defaults; always clamped to the bounds.
 */
export function refreshLimits(search: string, storage: KeyValueStorage | null): RefreshLimits {
  const query = new URLSearchParams(search);
  const pick = (name: string, key: string, min: number, max: number, fallback: number): number =>
    clampedNumber(query.get(name), min, max) ?? clampedNumber(stored(storage, key), min, max) ?? fallback;
  return {
    timeoutMs: pick('timeoutMs', TIMEOUT_KEY, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, Math.min(DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS)),
    maxBytes: pick('maxBytes', MAX_BYTES_KEY, MIN_MAX_BYTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_BYTES),
  };
}

/** "20 s", "1.5 s"; "20 MB", "512 KB". */
export function limitsText(limits: RefreshLimits): string {
  const s = limits.timeoutMs / 1000;
  const kb = limits.maxBytes / 1024;
  const size = kb >= 1024 ? `${Number.isInteger(kb / 1024) ? kb / 1024 : (kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s or ${size}`;
}

/** Bare network errors of browsers' fetch: Chromium, Firefox, Safari. */
const BARE_NETWORK_ERROR = /Failed to fetch|NetworkError when attempting to fetch|Load failed|network error/i;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Why a fetch of `url` failed with a bare network error, found with one request of at most `ms` milliseconds. */
export async function diagnose(url: string, ms: number, fetchImpl: FetchLike): Promise<string> {
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const unreachable = `Could not download the feed from ${host}: the server did not answer, closed the connection, or does not allow the add-in to read it (no Access-Control-Allow-Origin header).`;
  if (ms < 50) return unreachable;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const r = await fetchImpl(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/json' }, cache: 'no-store' });
    await r.body?.cancel().catch(() => undefined);
    if (r.type === 'opaqueredirect' || (r.status >= 300 && r.status < 400)) {
      return `The feed address ${host} redirects, and the redirects could not be followed (a redirect loop, too many redirects, or a redirect to an address the browser refuses).`;
    }
    return `The connection to ${host} broke before the whole feed arrived.`;
  } catch {
    return unreachable;
  } finally {
    clearTimeout(timer);
  }
}

/** The feed source the pane refreshes from: its limits, and specific sentences for bare network errors. */
export function paneSource(url: string, limits: RefreshLimits, fetchImpl: FetchLike = (u, i) => fetch(u, i)): FeedSource {
  const base = urlSource(url, { timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes });
  return {
    description: url,
    async fetchText(options: FetchOptions): Promise<string> {
      const started = Date.now();
      try {
        return await base.fetchText({ ...options, timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes });
      } catch (e) {
        const text = errorText(e);
        if (!BARE_NETWORK_ERROR.test(text)) throw e;
        const left = limits.timeoutMs - (Date.now() - started);
        throw new FetchError(await diagnose(url, Math.min(left, 5_000), fetchImpl));
      }
    },
  };
}
