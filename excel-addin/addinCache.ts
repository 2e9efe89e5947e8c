/**
 * Where the add-in keeps its cached data set: OfficeRuntime.storage where Excel provides it (the storage Microsoft
 * gives custom functions and the shared runtime: persistent, 10 MB per domain, and the same for every Excel window),
 * else the page's localStorage (a browser outside Excel, tests). A cache left in localStorage by an earlier version
 * is still read when OfficeRuntime.storage holds none, so an update loses nothing.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-runtime#store-and-access-data
 */
import type { CacheStore } from '../core/index';
import { officeRuntimeStorage, type OfficeRuntimeStorage } from './office';
import { CACHE_KEY, browserStorage, storageCache, type KeyValueStorage } from './taskpane/browserCache';

export const OFFICE_STORAGE_LOCATION = 'Excel add-in storage (OfficeRuntime.storage)';

/** A CacheStore over OfficeRuntime.storage; reads `legacy` (localStorage) when the Office storage holds nothing. */
export function officeStorageCache(storage: OfficeRuntimeStorage, legacy: KeyValueStorage | null, key = CACHE_KEY): CacheStore {
  return {
    location: OFFICE_STORAGE_LOCATION,
    async read(): Promise<string | null> {
      const text = await storage.getItem(key);
      if (text !== null && text !== undefined) return text;
      try {
        return legacy?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    async write(text: string): Promise<void> {
      try {
        await storage.setItem(key, text);
      } catch (e) {
        throw new Error(`the add-in storage refused the data (${e instanceof Error ? e.message : String(e)}); the previous cache is kept`);
      }
    },
  };
}

/** The add-in's cache: OfficeRuntime.storage in Excel, else localStorage, else none. */
export function addinCache(): CacheStore | null {
  const office = officeRuntimeStorage();
  const local = browserStorage();
  if (office) return officeStorageCache(office, local);
  return local ? storageCache(local) : null;
}
