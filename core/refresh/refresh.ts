/**
 * Refresh: download → validate → merge → cache, and loading the data a face starts with (cache over bundled).
 * Browser-safe (no Node imports): a face supplies the CacheStore and, for files, its own FeedSource.
 *
 * Guarantees:
 * - `refreshData` never throws. A download that fails, is not a feed, or yields no readable round changes nothing:
 *   `ok: false`, `data === current`, the cache is not touched, and the message says why.
 * - A round of the feed that cannot be understood is skipped with a warning naming it; the rest is used.
 * - Merging never drops a known round (partial feeds are fine); for the same round number the downloaded copy wins.
 *   "Known" is the caller's data plus what the cache holds at the time of writing (another writer may have added
 *   rounds since the caller loaded it).
 * - The cache is written through `CacheStore.write`, which replaces it atomically. When that fails, the merged data
 *   is still returned for this session (`ok: false`, `cacheError` set) and the message says the cache was not saved.
 */
import type { FeedWarning, Round } from '../types';
import { parseFeedText } from '../feed/importFeed';
import { decodeSnapshot, encodeSnapshot, isNewerSnapshot, provenanceOf, type DataSet } from '../feed/snapshot';
import { fetchFeedText, checkFeedUrl, type FetchOptions } from './fetchFeed';
import { mergeRounds } from './merge';
import type { CacheStore, FeedSource, LoadedData, RefreshOutcome } from './types';

export interface RefreshOptions extends FetchOptions {
  /** The clock (tests). */
  readonly now?: () => Date;
}

/** Warning kinds that mean a round of the feed was not used. */
export const SKIPPED_KINDS: ReadonlySet<string> = new Set(['round-skipped', 'round-not-an-object', 'snapshot-row']);

/** An ISO instant without milliseconds, as provenance uses: 2026-08-07T10:08:20Z. */
export function isoInstant(d: Date): string {
  return d.toISOString().slice(0, 19) + 'Z';
}

/** A FeedSource over an https URL (or http on loopback). */
export function urlSource(url: string, defaults: FetchOptions = {}): FeedSource {
  return {
    description: url,
    fetchText: (options: FetchOptions) => fetchFeedText(url, { ...defaults, ...options }),
  };
}

/** Checks a feed URL up front (https, or http on loopback). Returns a sentence for the user, or null when fine. */
export function feedUrlProblem(url: string): string | null {
  try {
    checkFeedUrl(url);
    return null;
  } catch (e) {
    return errorText(e);
  }
}

/** Downloads a feed from `source`, merges it into `current` and writes the result to `cache`. Never throws. */
export async function refreshData(
  current: DataSet,
  source: FeedSource,
  cache: CacheStore,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  const { now, ...fetchOptions } = options;
  const fail = (why: string, warnings: readonly FeedWarning[] = []): RefreshOutcome => ({
    data: current,
    ok: false,
    message: `Refresh failed: ${sentence(why)} Nothing was changed.`,
    added: [],
    updated: [],
    warnings,
  });
  try {
    let text: string;
    try {
      text = await source.fetchText(fetchOptions);
    } catch (e) {
      return fail(errorText(e));
    }
    let reading;
    try {
      reading = parseFeedText(text);
    } catch (e) {
      return fail(errorText(e));
    }
    const skipped = reading.warnings.filter((w) => SKIPPED_KINDS.has(w.kind));
    if (reading.rounds.length === 0) {
      return fail(
        reading.roundsSeen === 0
          ? 'the feed has no rounds.'
          : `none of the ${reading.roundsSeen} rounds in the feed could be read (${listSkipped(skipped)}).`,
        reading.warnings,
      );
    }
    // What is known: the caller's data, plus whatever another writer (another window, another `ee refresh`) may
    // have put in the cache since the caller loaded it, so that writing the cache never drops those rounds.
    const onDisk = await cachedRounds(cache);
    const known = onDisk && onDisk !== NEWER && onDisk.length ? mergeRounds(onDisk, current.rounds).rounds : current.rounds;
    const merged = mergeRounds(known, reading.rounds);
    const at = isoInstant((now ?? (() => new Date()))());
    const data: DataSet = Object.freeze({
      provenance: provenanceOf(merged.rounds, source.description, at, { lastRefresh: at }),
      rounds: merged.rounds,
    });
    const parts = [summary(merged.added, merged.updated, data.rounds)];
    if (skipped.length) {
      parts.push(`${plural(skipped.length, 'round')} of the feed could not be read and ${skipped.length === 1 ? 'was' : 'were'} skipped (${listSkipped(skipped)}).`);
    }
    if (merged.keptMissing.length) {
      parts.push(`${plural(merged.keptMissing.length, 'known round')} missing from this feed ${merged.keptMissing.length === 1 ? 'was' : 'were'} kept.`);
    }
    const base = { data, added: merged.added, updated: merged.updated, warnings: reading.warnings };
    if (onDisk === NEWER) {
      // A newer version of the product wrote this cache: overwriting it would throw its data away.
      const why = 'it was written by a newer version of Express Entry Draws and is left as it is';
      parts.push(`The cache ${cache.location} was not written (${why}): the new data is used for now only.`);
      return { ...base, ok: false, message: parts.join(' '), cacheError: why };
    }
    try {
      await cache.write(encodeSnapshot(data));
    } catch (e) {
      const why = errorText(e);
      parts.push(`But the cache ${cache.location} could not be written (${trimPeriod(why)}): the new data is used for now only.`);
      return { ...base, ok: false, message: parts.join(' '), cacheError: why };
    }
    return { ...base, ok: true, message: parts.join(' ') };
  } catch (e) {
    // Defensive: nothing above should throw, but a refresh must never crash its caller.
    return fail(`unexpected error (${errorText(e)}).`);
  }
}

/**
 * The data a face starts with. The cache, when present and readable, is merged with the bundled snapshot so that
 * neither hides rounds the other knows; for a round both hold, the copy from the more recently retrieved of the two
 * wins (normally the cache; after an update of the product, a newer bundled snapshot). A cache that cannot be read,
 * is corrupt, truncated or of a future format version is ignored with a warning, and the bundled snapshot answers.
 * `origin` is "cache" when a usable cache is at least as recent as the bundled snapshot (its provenance is shown),
 * else "bundled" (the older cache's extra rounds, if any, are still merged in). Never throws.
 */
export async function loadData(cache: CacheStore, bundled: DataSet): Promise<LoadedData> {
  let text: string | null;
  try {
    text = await cache.read();
  } catch (e) {
    return { data: bundled, origin: 'bundled', warnings: [`The cache ${cache.location} could not be read (${trimPeriod(errorText(e))}); using the bundled data.`] };
  }
  if (text === null) return { data: bundled, origin: 'bundled', warnings: [] };
  let cached: ReturnType<typeof decodeSnapshot>;
  try {
    cached = decodeSnapshot(text);
  } catch (e) {
    return { data: bundled, origin: 'bundled', warnings: [`The cache ${cache.location} is not usable (${trimPeriod(errorText(e))}); using the bundled data.`] };
  }
  const warnings: string[] = [];
  const bad = cached.warnings.filter((w) => SKIPPED_KINDS.has(w.kind));
  if (bad.length) warnings.push(`${plural(bad.length, 'entry', 'entries')} of the cache ${cache.location} could not be read and ${bad.length === 1 ? 'was' : 'were'} ignored.`);
  if (cached.rounds.length === 0) {
    warnings.push(`The cache ${cache.location} holds no rounds; using the bundled data.`);
    return { data: bundled, origin: 'bundled', warnings };
  }
  const cacheIsNewer = instantValue(cached.provenance.retrieved) >= instantValue(bundled.provenance.retrieved);
  const merged = cacheIsNewer ? mergeRounds(bundled.rounds, cached.rounds) : mergeRounds(cached.rounds, bundled.rounds);
  const base = cacheIsNewer ? cached.provenance : bundled.provenance;
  const lastRefresh = cached.provenance.lastRefresh;
  const provenance = provenanceOf(merged.rounds, base.source, base.retrieved, {
    ...(base.sourceFile !== undefined ? { sourceFile: base.sourceFile } : {}),
    ...(lastRefresh !== undefined ? { lastRefresh } : {}),
  });
  return { data: Object.freeze({ provenance, rounds: merged.rounds }), origin: cacheIsNewer ? 'cache' : 'bundled', warnings };
}

const NEWER = Symbol('a cache of a newer format version');

/** The rounds in the cache now, NEWER for a newer format's cache, or null when there is no usable cache. Never throws. */
async function cachedRounds(cache: CacheStore): Promise<readonly Round[] | typeof NEWER | null> {
  try {
    const text = await cache.read();
    if (text === null) return null;
    if (isNewerSnapshot(text)) return NEWER;
    return decodeSnapshot(text).rounds;
  } catch {
    return null;
  }
}

/** Milliseconds of an ISO instant; -Infinity when unreadable (an undated copy never beats a dated one). */
function instantValue(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** "3 new rounds (#432–#434), 1 updated; now 437 rounds up to #434 on 2026-08-07." */
export function summary(added: readonly (number | string)[], updated: readonly (number | string)[], rounds: readonly Round[]): string {
  const newest = rounds[rounds.length - 1];
  const state = `${plural(rounds.length, 'round')}${newest ? ` up to #${newest.round} on ${newest.date}` : ''}`;
  if (added.length === 0 && updated.length === 0) return `No new rounds: ${state}.`;
  const head =
    added.length === 0
      ? `No new rounds, ${updated.length} updated (${roundList(updated)})`
      : `${plural(added.length, 'new round')} (${roundList(added)})${updated.length ? `, ${updated.length} updated (${roundList(updated)})` : ''}`;
  return `${head}; now ${state}.`;
}

/** "#432–#434" for a run, "#12, #15" for a few, "#1, #2, #5 … #99 (40 rounds)" for many. */
export function roundList(rounds: readonly (number | string)[]): string {
  if (rounds.length === 0) return '';
  const first = rounds[0]!;
  const last = rounds[rounds.length - 1]!;
  if (rounds.length === 1) return `#${first}`;
  const ints = rounds.every((r) => typeof r === 'number');
  if (ints && rounds.every((r, i) => i === 0 || (r) === (rounds[i - 1] as number) + 1)) return `#${first}–#${last}`;
  if (rounds.length <= 5) return rounds.map((r) => `#${r}`).join(', ');
  return `${rounds.slice(0, 3).map((r) => `#${r}`).join(', ')} … #${last} (${rounds.length} rounds)`;
}

/** "#436: unreadable date "soon"; #3 in the list: not an object" (the first few). */
function listSkipped(skipped: readonly FeedWarning[]): string {
  const names = skipped.map((w) => {
    const label = w.round.startsWith('#') ? w.round : `#${w.round}`;
    const why = w.message.replace(/^Skipped:\s*/, '').replace(/[.\s]+$/, '');
    return why ? `${label}: ${why}` : label;
  });
  const shown = names.slice(0, 3).join('; ');
  return names.length > 3 ? `${shown}; and ${names.length - 3} more` : shown;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

function trimPeriod(s: string): string {
  return s.replace(/[.\s]+$/, '');
}

/** "The server answered 404 Not Found." → "the server answered 404 Not Found." */
function sentence(s: string): string {
  const t = s.trim();
  const lowered = /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
  return /[.!?]$/.test(lowered) ? lowered : `${lowered}.`;
}
