/**
 * Refresh contract: each face supplies where the cache lives (a file for the CLI and the extension, browser storage
 * for the add-in); the core downloads, validates, merges and writes through that interface.
 */
import type { FeedWarning } from '../types';
import type { DataSet } from '../feed/snapshot';
import type { FetchOptions } from './fetchFeed';

/** Where a face keeps its cached data set (snapshot text in the project's format). */
export interface CacheStore {
  /** Human description for messages, e.g. the file path. */
  readonly location: string;
  /** The cached text, or null when there is none. May throw; callers treat a failure as "no cache" with a warning. */
  read(): Promise<string | null>;
  /** Replaces the cached text atomically (never leaves a half-written cache). */
  write(text: string): Promise<void>;
}

/** Where a refresh reads a feed from: a URL, or a local file for the CLI. */
export interface FeedSource {
  /** The URL or path, for messages and provenance. */
  readonly description: string;
  /** Gets the feed text; throws a FetchError (or any Error) with a sentence a user can act on. */
  fetchText(options: FetchOptions): Promise<string>;
}

export interface RefreshOutcome {
  /** The data now in force (unchanged on failure). */
  readonly data: DataSet;
  /** True when the download was used and the cache written. */
  readonly ok: boolean;
  /** A one-line summary: "3 new rounds (#432–#434); 1 round updated" or why nothing changed. */
  readonly message: string;
  /** Rounds that were not known before, chronological. */
  readonly added: readonly (number | string)[];
  /** Rounds whose content changed (the newer copy won). */
  readonly updated: readonly (number | string)[];
  readonly warnings: readonly FeedWarning[];
  /**
   * Set when the download was good but the cache could not be written: `data` then holds the merged rounds for this
   * session only, `ok` is false, and this says why (added field; absent otherwise).
   */
  readonly cacheError?: string;
}

/**
 * The data a face starts with (see loadData): the bundled snapshot merged with the cache when the cache is readable;
 * origin "cache" when that cache is not older than the bundled snapshot, else "bundled".
 */
export interface LoadedData {
  readonly data: DataSet;
  /** "cache" or "bundled". */
  readonly origin: 'cache' | 'bundled';
  /** Why the cache was not used (corrupt, future version, unreadable…), if it was not. */
  readonly warnings: readonly string[];
}
