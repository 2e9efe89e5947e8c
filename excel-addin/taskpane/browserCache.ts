/**
 * The add-in's cache: a CacheStore over browser storage (localStorage). One key holds the whole snapshot text, so a
 * write replaces it at once (setItem is atomic per key); a full storage (QuotaExceededError) or a disabled storage
 * is reported with a sentence and leaves the previous cache as it was.
 */
import { errorText, type CacheStore } from '../../core/index';

export const CACHE_KEY = 'express-entry-draws.cache.v1';
export const FEED_URL_KEY = 'express-entry-draws.feedUrl';

/** The part of the Web Storage API used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The browser's localStorage, or null when it is not available (blocked, or not a browser). */
export function browserStorage(): KeyValueStorage | null {
  try {
    const s = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function storageCache(storage: KeyValueStorage | null, key = CACHE_KEY): CacheStore {
  return {
    location: `browser storage (${key})`,
    async read(): Promise<string | null> {
      if (!storage) throw new Error('browser storage is not available');
      return storage.getItem(key);
    },
    async write(text: string): Promise<void> {
      if (!storage) throw new Error('browser storage is not available');
      try {
        storage.setItem(key, text);
      } catch (e) {
        if (isQuotaError(e)) {
          throw new Error(`browser storage is full (quota exceeded while saving ${Math.round(text.length / 1024)} KB); the previous cache is kept`);
        }
        throw new Error(`browser storage refused the data (${errorText(e)})`);
      }
    },
  };
}

/** The feed URL saved in the pane, or the default. */
export function savedFeedUrl(storage: KeyValueStorage | null, fallback: string): string {
  try {
    const v = storage?.getItem(FEED_URL_KEY);
    return v && v.trim() !== '' ? v.trim() : fallback;
  } catch {
    return fallback;
  }
}

export function saveFeedUrl(storage: KeyValueStorage | null, url: string): void {
  try {
    storage?.setItem(FEED_URL_KEY, url);
  } catch {
    // Not saving the URL is harmless: the pane keeps it for this session.
  }
}
