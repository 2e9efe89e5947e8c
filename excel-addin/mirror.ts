/**
 * The feed mirror of `addin:serve --mirror` (Node): downloads IRCC's feed server-side on a schedule (a server needs
 * no CORS header) and serves the last good copy from the add-in's own origin at /feed.json. Every download goes
 * through the core's refreshData, like any refresh: text that is not a valid feed, or holds no readable round, is
 * refused and the previous copy stays. The task pane's refresh from /feed.json then validates and merges it again.
 */
import {
  refreshData, urlSource, bundledData, type CacheStore, type FeedSource, type RefreshOutcome, type FetchOptions, type DataSet,
} from '../core/index';

export interface MirrorOptions {
  /** The feed to copy (https, or http on loopback for tests). */
  readonly url: string;
  /** Time between downloads, in milliseconds (at least 60 s, except in tests). */
  readonly everyMs: number;
  readonly timeoutMs?: number;
  /** Told after each download (a sentence), for the server's log. */
  readonly log?: (line: string) => void;
}

export interface MirrorRoute {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

export interface Mirror {
  /** What GET /feed.json answers now: the last good feed, or 503 before the first good download. */
  route(): MirrorRoute;
  /** Downloads now (also what the schedule calls). Never throws. */
  refreshNow(): Promise<RefreshOutcome>;
  /** ISO instant of the last good download, or null. */
  lastGood(): string | null;
  stop(): void;
}

/** A cache that keeps the merged data in memory: the mirror only needs to know what it has seen. */
function memoryCache(): CacheStore {
  let text: string | null = null;
  return {
    location: 'the mirror (memory)',
    read: async () => text,
    write: async (t: string) => {
      text = t;
    },
  };
}

export function startMirror(options: MirrorOptions): Mirror {
  const cache = memoryCache();
  let data: DataSet = bundledData();
  let good: string | null = null;
  let goodAt: string | null = null;
  let running: Promise<RefreshOutcome> | null = null;
  const fetchOptions: FetchOptions = options.timeoutMs ? { timeoutMs: options.timeoutMs } : {};
  const base = urlSource(options.url, fetchOptions);

  const once = async (): Promise<RefreshOutcome> => {
    let text: string | null = null;
    // The same source as any refresh, remembering the text so that a valid feed can be served as it came.
    const source: FeedSource = {
      description: base.description,
      fetchText: async (o: FetchOptions) => (text = await base.fetchText(o)),
    };
    const outcome = await refreshData(data, source, cache, fetchOptions);
    const usable = outcome.ok || outcome.cacheError !== undefined;
    if (usable && text !== null) {
      good = text;
      goodAt = new Date().toISOString().slice(0, 19) + 'Z';
      data = outcome.data;
    }
    options.log?.(`Mirror of ${options.url}: ${outcome.message}${usable ? '' : ' The last good copy is still served.'}`);
    return outcome;
  };

  const refreshNow = (): Promise<RefreshOutcome> => {
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };

  void refreshNow();
  const timer = setInterval(() => void refreshNow(), options.everyMs);
  timer.unref?.();
  return {
    route(): MirrorRoute {
      if (good === null) return { status: 503, type: 'text/plain; charset=utf-8', body: 'The mirror has no valid copy of the feed yet.' };
      return { status: 200, type: 'application/json; charset=utf-8', body: good };
    },
    refreshNow,
    lastGood: () => goodAt,
    stop: () => clearInterval(timer),
  };
}
