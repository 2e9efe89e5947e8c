/**
 * The data every CLI command answers from: the refreshed cache merged over the bundled snapshot (see loadData), in
 * the cache folder chosen by `--cache-dir DIR`, else EE_CACHE_DIR, else the user's cache folder. Problems with the
 * cache are printed to stderr and the bundled snapshot answers.
 */
import { Draws } from '../draws/draws';
import { bundledData, bundledDraws } from '../data/bundled';
import type { DataSet } from '../feed/snapshot';
import { InputError } from '../types';
import { loadData } from '../refresh/refresh';
import { defaultCacheDir, fileCache } from '../refresh/fileCache';
import type { CliIO } from './io';

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

/**
 * The value of `--cache-dir DIR` or `--cache-dir=DIR` in `args` (before any `--`), or undefined.
 * Throws InputError when the flag has no value.
 */
export function cacheDirArg(args: readonly string[]): string | undefined {
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--cache-dir') {
      const v = args[i + 1];
      if (v === undefined || v === '' || (v.startsWith('--') && v.length > 2)) throw new InputError('--cache-dir needs a directory.');
      dir = v;
      i++;
    } else if (a.startsWith('--cache-dir=')) {
      const v = a.slice('--cache-dir='.length);
      if (v === '') throw new InputError('--cache-dir needs a directory.');
      dir = v;
    }
  }
  return dir;
}

/** The cache folder for these arguments: --cache-dir, else EE_CACHE_DIR, else the user's cache folder. */
export function cliCacheDir(args: readonly string[], io: Pick<CliIO, 'env'>): string {
  return cacheDirArg(args) ?? defaultCacheDir(io.env);
}

/** Loads the data for a command from its raw arguments (reads --cache-dir). Throws InputError for a bad flag. */
export async function loadCliData(args: readonly string[], io: CliIO): Promise<CliData> {
  return loadCliDataAt(cacheDirArg(args), io);
}

/** Loads the data for a command whose arguments are already parsed: `cacheDir` is the --cache-dir value, if any. */
export async function loadCliDataAt(cacheDir: string | undefined, io: CliIO): Promise<CliData> {
  const dir = cacheDir ?? defaultCacheDir(io.env);
  const bundled = bundledData();
  const loaded = await loadData(fileCache(dir), bundled);
  for (const w of loaded.warnings) io.err(`Warning: ${w}`);
  const draws = loaded.data === bundled ? bundledDraws() : new Draws(loaded.data.rounds);
  return { draws, data: loaded.data, origin: loaded.origin, cacheDir: dir, warnings: loaded.warnings };
}
