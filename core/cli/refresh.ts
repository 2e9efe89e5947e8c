/**
 * `ee refresh [--url URL|FILE] [--cache-dir DIR] [--timeout SECONDS] [--json]`
 * Downloads IRCC's rounds feed (or reads a local feed file), merges it with what is known and writes the cache.
 * Exit codes: 0 the refresh worked (even with no new rounds); 1 it failed and nothing was changed (or the cache could
 * not be written); 2 bad options or arguments.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { IRCC_FEED_URL } from '../types';
import { DEFAULT_TIMEOUT_MS } from '../refresh/fetchFeed';
import { feedUrlProblem, loadData, refreshData, urlSource } from '../refresh/refresh';
import { bundledData } from '../data/bundled';
import { fileCache, fileSource } from '../refresh/fileCache';
import type { FeedSource } from '../refresh/types';
import type { CliCommand, CliIO } from './io';
import { EXIT_BAD_INPUT, EXIT_NOT_FOUND, EXIT_OK } from './io';
import { cliCacheDir } from './data';

const USAGE = 'ee refresh [--url URL|FILE] [--cache-dir DIR] [--timeout SECONDS] [--json]';
const MAX_TIMEOUT_S = 3600;
/** Progress appears only when a download takes longer than this. */
const PROGRESS_AFTER_MS = 1000;

const HELP = `${USAGE}

Downloads IRCC's Express Entry rounds feed, checks it, merges it with the rounds already known (the bundled
snapshot and the cache) and saves the result in the cache, which every other command then reads.

Options:
  --url URL|FILE     where to read the feed: an https URL, http only on this machine (http://127.0.0.1:…),
                     or a local feed file (default ${IRCC_FEED_URL})
  --cache-dir DIR    the cache folder (default: EE_CACHE_DIR, else the user's cache folder/express-entry-draws)
  --timeout SECONDS  give up after this long, including a server that stops sending (default ${DEFAULT_TIMEOUT_MS / 1000})
  --json             print {ok, message, added, updated, rounds, newestRound, newestDate, cache, warnings}

Rules: a failed refresh changes nothing; a round missing from the feed is never dropped; for the same round number
the downloaded copy wins; the cache is replaced atomically. Rounds of the feed that cannot be read are skipped and
named in the message.
Exit codes: 0 refreshed (also when there was nothing new), 1 the refresh failed (nothing changed) or the cache
could not be written, 2 bad options.

Examples:
  ee refresh
  ee refresh --url ./ee_rounds_123_en.json --cache-dir ./cache
  ee refresh --timeout 5 --json`;

interface RefreshArgs {
  readonly url: string;
  readonly cacheDir: string | undefined;
  readonly timeoutMs: number;
  readonly json: boolean;
  readonly help: boolean;
}

class UsageError extends Error {}

function parseRefreshArgs(args: readonly string[]): RefreshArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        url: { type: 'string' },
        'cache-dir': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(String((e as Error).message).replace(/\. To specify a positional.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const url = values.url ?? IRCC_FEED_URL;
  if (url.trim() === '') throw new UsageError('--url needs a URL or a file.');
  const cacheDir = values['cache-dir'];
  if (cacheDir !== undefined && cacheDir.trim() === '') throw new UsageError('--cache-dir needs a directory.');
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const t = values.timeout.trim();
    const s = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
    if (!(s > 0 && s <= MAX_TIMEOUT_S)) throw new UsageError(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_S}, not "${values.timeout}".`);
    timeoutMs = Math.round(s * 1000);
  }
  return { url, cacheDir, timeoutMs, json: values.json === true, help: values.help === true };
}

/** A URL (scheme://…) is downloaded; file: URLs and anything else are local files. */
function sourceFor(where: string, timeoutMs: number): FeedSource {
  if (/^file:/i.test(where)) return fileSource(fileURLToPath(where));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) {
    const problem = feedUrlProblem(where);
    if (problem) throw new UsageError(problem);
    return urlSource(where, { timeoutMs });
  }
  return fileSource(resolve(where));
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Prints progress to stderr once a second, but only when the download is slow. */
function progressReporter(io: CliIO, what: string): { onProgress: (received: number, total: number | null) => void; stop: () => void } {
  let received = 0;
  let total: number | null = null;
  const started = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined = setInterval(() => {
    if (Date.now() - started < PROGRESS_AFTER_MS) return;
    const of = total !== null ? ` of ${formatBytes(total)}` : '';
    io.err(received === 0 ? `Waiting for ${what}…` : `Downloading ${what}: ${formatBytes(received)}${of} received…`);
  }, PROGRESS_AFTER_MS);
  timer.unref?.();
  return {
    onProgress: (r, t) => {
      received = r;
      total = t;
    },
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}

export const refreshCommand: CliCommand = {
  name: 'refresh',
  summary: 'download the latest rounds from IRCC (or a feed file) into the cache',
  help: HELP,
  async run(args, io) {
    let opts: RefreshArgs;
    let source: FeedSource;
    try {
      opts = parseRefreshArgs(args);
      if (opts.help) {
        io.out(HELP);
        return EXIT_OK;
      }
      source = sourceFor(opts.url, opts.timeoutMs);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.err(`ee refresh: ${e.message}\nUsage: ${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    const dir = cliCacheDir(opts.cacheDir === undefined ? [] : ['--cache-dir', opts.cacheDir], io);
    const cache = fileCache(dir);
    const loaded = await loadData(cache, bundledData());
    for (const w of loaded.warnings) io.err(`Warning: ${w}`);
    const progress = progressReporter(io, source.description);
    // Progress covers the download only: it stops as soon as the text is in (checking and merging follow).
    const reported: FeedSource = {
      description: source.description,
      fetchText: (o) => source.fetchText(o).finally(progress.stop),
    };
    let outcome;
    try {
      outcome = await refreshData(loaded.data, reported, cache, { timeoutMs: opts.timeoutMs, onProgress: progress.onProgress });
    } finally {
      progress.stop();
    }
    const provenance = outcome.data.provenance;
    if (opts.json) {
      io.out(
        JSON.stringify(
          {
            ok: outcome.ok,
            message: outcome.message,
            source: source.description,
            cache: cache.location,
            ...(outcome.cacheError !== undefined ? { cacheError: outcome.cacheError } : {}),
            added: outcome.added,
            updated: outcome.updated,
            rounds: provenance.rounds,
            newestRound: provenance.newestRound,
            newestDate: provenance.newestDate,
            retrieved: provenance.retrieved,
            warnings: outcome.warnings,
            licence: provenance.licence,
          },
          null,
          2,
        ),
      );
    } else {
      io.out(outcome.message);
      const unknown = outcome.warnings.filter((w) => w.kind === 'category-unknown');
      for (const w of unknown.slice(0, 5)) io.err(`Note: round ${w.round}: ${w.message}`);
      if (unknown.length > 5) io.err(`Note: ${unknown.length - 5} more rounds with new category names.`);
      if (outcome.ok) io.err(`Saved to ${cache.location}.`);
    }
    return outcome.ok ? EXIT_OK : EXIT_NOT_FOUND;
  },
};
