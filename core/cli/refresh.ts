/** `ee refresh`: downloads IRCC's rounds feed (or reads a feed file), merges it with what is known, writes the cache. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { IRCC_FEED_URL, InputError, clipInput } from '../types';
import { DEFAULT_TIMEOUT_MS } from '../refresh/fetchFeed';
import { feedUrlProblem, loadData, refreshData, urlSource } from '../refresh/refresh';
import { bundledData } from '../data/bundled';
import { fileCache, fileSource } from '../refresh/fileCache';
import type { FeedSource } from '../refresh/types';
import type { CliIO } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import type { CliCommand } from './command';
import { printJson, str } from './command';
import { cliCacheDir } from './data';

const MAX_TIMEOUT_S = 3600;
/** Progress appears only when a download takes longer than this. */
const PROGRESS_AFTER_MS = 1000;

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const t = text.trim();
  const s = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!(s > 0 && s <= MAX_TIMEOUT_S)) throw new InputError(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_S}, not "${clipInput(text)}".`);
  return Math.round(s * 1000);
}

/** A URL (scheme://…) is downloaded; file: URLs and anything else are local files. */
function sourceFor(where: string, timeoutMs: number): FeedSource {
  if (/^file:/i.test(where)) return fileSource(fileURLToPath(where));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) {
    const problem = feedUrlProblem(where);
    if (problem) throw new InputError(problem);
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
  const after = io.progressAfterMs ?? PROGRESS_AFTER_MS;
  let timer: ReturnType<typeof setInterval> | undefined = setInterval(() => {
    if (Date.now() - started < after) return;
    const of = total !== null ? ` of ${formatBytes(total)}` : '';
    io.err(received === 0 ? `Waiting for ${what}…` : `Downloading ${what}: ${formatBytes(received)}${of} received…`);
  }, after);
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

export const command: CliCommand = {
  spec: {
    name: 'refresh',
    summary: 'download the latest rounds from IRCC (or a feed file) into the cache',
    description:
      "Downloads IRCC's Express Entry rounds feed, checks it, merges it with the rounds already known (the bundled\n" +
      'snapshot and the cache) and saves the result in the cache, which every other command then reads.\n' +
      'A failed refresh changes nothing; a round missing from the feed is never dropped; for the same round number\n' +
      'the downloaded copy wins; the cache is replaced atomically. Rounds of the feed that cannot be read are skipped\n' +
      'and named in the message.',
    positionals: [],
    options: [
      {
        name: 'url',
        value: 'URL|FILE',
        help: `where to read the feed: an https URL, http only on this machine (http://127.0.0.1:…),\nor a local feed file (default ${IRCC_FEED_URL})`,
      },
      { name: 'timeout', value: 'SECONDS', help: `give up after this long, including a server that stops sending (default ${DEFAULT_TIMEOUT_MS / 1000})` },
    ],
    readsData: true,
    json: '{ok, message, source, cache, added, updated, rounds, newestRound, newestDate, retrieved, warnings, licence}',
    exitCodes: '0 refreshed (also when there was nothing new), 1 the refresh failed (nothing changed) or the cache\ncould not be written (--json: the outcome with ok false), 2 bad options.',
    examples: ['ee refresh', 'ee refresh --url ./ee_rounds_123_en.json --cache-dir ./cache', 'ee refresh --timeout 5 --json'],
  },
  async run(ctx) {
    const { io, args } = ctx;
    const ms = timeoutMs(str(args, 'timeout'));
    const source = sourceFor(str(args, 'url') ?? IRCC_FEED_URL, ms);
    const cache = fileCache(cliCacheDir(str(args, 'cache-dir'), io));
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
      outcome = await refreshData(loaded.data, reported, cache, { timeoutMs: ms, onProgress: progress.onProgress });
    } finally {
      progress.stop();
    }
    const provenance = outcome.data.provenance;
    if (ctx.json) {
      printJson(io, {
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
      });
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
