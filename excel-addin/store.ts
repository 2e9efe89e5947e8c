/**
 * The add-in's one data store: the data set the functions answer from. The functions bundle creates it (from the
 * bundled snapshot, lazily) and publishes it on `globalThis.EEAddin`; in Excel's shared runtime the task pane script
 * runs in the same page, loads the browser cache into it and refreshes it, and `EE.LATEST` subscribes to it.
 */
import { bundledData, Draws, type DataSet } from '../core/index';

export type DataOrigin = 'bundled' | 'cache' | 'refresh';

export interface StoreStatus {
  readonly origin: DataOrigin;
  readonly source: string;
  readonly snapshotDate: string;
  readonly rounds: number;
  readonly newestRound: number | string | null;
  readonly newestDate: string | null;
  readonly lastRefresh: string | null;
}

export type StoreListener = (draws: Draws) => void;

export interface AddinStore {
  draws(): Draws;
  data(): DataSet;
  status(): StoreStatus;
  /** Replaces the data (after loading the cache or a refresh) and tells every subscriber. */
  setData(data: DataSet, origin: DataOrigin): void;
  /** Calls `listener` after each setData; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void;
  /** Subscribers now (for tests of cancellation). */
  listenerCount(): number;
}

export function createStore(initial?: () => DataSet): AddinStore {
  let data: DataSet | undefined;
  let draws: Draws | undefined;
  let origin: DataOrigin = 'bundled';
  const listeners = new Set<StoreListener>();
  const load = initial ?? bundledData;
  const current = (): DataSet => (data ??= load());
  return {
    data: current,
    draws(): Draws {
      return (draws ??= new Draws(current().rounds));
    },
    status(): StoreStatus {
      const d = current();
      const p = d.provenance;
      return {
        origin,
        source: p.source,
        snapshotDate: p.retrieved.slice(0, 10),
        rounds: d.rounds.length,
        newestRound: p.newestRound,
        newestDate: p.newestDate,
        lastRefresh: p.lastRefresh ?? null,
      };
    },
    setData(next: DataSet, nextOrigin: DataOrigin): void {
      data = next;
      draws = new Draws(next.rounds);
      origin = nextOrigin;
      const now = draws;
      for (const l of [...listeners]) {
        try {
          l(now);
        } catch {
          // A subscriber's failure must not stop the others.
        }
      }
    },
    subscribe(listener: StoreListener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    listenerCount: () => listeners.size,
  };
}

/** The page-wide store, shared by the functions and the task pane through `globalThis.EEAddin`. */
export interface AddinGlobal {
  readonly store: AddinStore;
  readonly version: string;
}

const KEY = 'EEAddin';

export function sharedStore(): AddinStore {
  const g = globalThis as unknown as Record<string, AddinGlobal | undefined>;
  let existing = g[KEY];
  if (!existing) {
    existing = { store: createStore(), version: '1' };
    g[KEY] = existing;
  }
  return existing.store;
}
