/**
 * The data every CLI command answers from: the refreshed cache merged over the bundled snapshot (see loadData), in
 * the cache folder chosen by `--cache-dir DIR`, else EE_CACHE_DIR, else the user's cache folder. Problems with the
 * cache are printed to stderr and the bundled snapshot answers.
 */
import { Draws } from '../draws/draws';
import { bundledData, bundledDraws } from '../data/bundled';
import type { DataSet } from '../feed/snapshot';
import { loadData } from '../refresh/refresh';
import { defaultCacheDir, fileCache } from '../refresh/fileCache';
import type { CliIO } from './io';
import { dataAge } from '../draws/dataAge';

export interface CliData {
  readonly draws: Draws;
  readonly data: DataSet;
  /** "cache" when a refreshed cache answered, else "bundled". */
  readonly origin: 'cache' | 'bundled';
  /** The cache folder that was looked at. */
  readonly cacheDir: string;
  /** Cache problems (already printed to stderr). */
  readonly warnings: readonly string[];
}

/** The cache folder: --cache-dir, else EE_CACHE_DIR, else the user's cache folder. */
export function cliCacheDir(cacheDir: string | undefined, io: Pick<CliIO, 'env'>): string {
  return cacheDir ?? defaultCacheDir(io.env);
}

/** Loads the data for a command: `cacheDir` is the --cache-dir value, if any. */
export async function loadCliData(cacheDir: string | undefined, io: CliIO): Promise<CliData> {
  const dir = cliCacheDir(cacheDir, io);
  const bundled = bundledData();
  const loaded = await loadData(fileCache(dir), bundled);
  for (const w of loaded.warnings) io.err(`Warning: ${w}`);
  const draws = loaded.data === bundled ? bundledDraws() : new Draws(loaded.data.rounds);
  return { draws, data: loaded.data, origin: loaded.origin, cacheDir: dir, warnings: loaded.warnings };
}

/** The note for data whose newest round is more than two weeks before today (its date, how to refresh), or null. */
export function oldDataNote(draws: Draws, today: number): string | null {
  const notice = dataAge(draws.newest(), today, 'cli').notice;
  return notice === null ? null : `Note: ${notice}`;
}
