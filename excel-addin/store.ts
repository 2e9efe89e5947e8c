/**
 * The add-in's one data store: the data set the functions answer from, and the workbook's date system. The functions
 * bundle creates it (from the bundled snapshot, lazily) and publishes it on `globalThis.EEAddin`; at start the shared
 * runtime loads the cache into it before the functions answer (see runtime.ts); the task pane, in the same page,
 * refreshes and imports into it; `EE.LATEST` subscribes to it; every change asks Excel to recalculate.
 */
import { bundledData, Draws, type DataSet } from '../core/index';

export type DataOrigin = 'bundled' | 'cache' | 'refresh' | 'import';

/** Excel's two date systems: serial 1 is 1900-01-01, or serial 0 is 1904-01-01. */
export type DateSystem = 1900 | 1904;

/** Where the date system came from: Excel's API, the workbook's saved setting, or the default. */
export type DateSystemSource = 'excel' | 'workbook setting' | 'default';

/** What changed, for subscribers: the data, the date system, or a recalculation's outcome. */
export type StoreChange = 'data' | 'dateSystem' | 'recalc';

/** The outcome of the last request to Excel to recalculate. */
export interface RecalcStatus {
  readonly ok: boolean;
  readonly message: string;
  /** ISO instant of the request. */
  readonly at: string;
}

export interface StoreStatus {
  readonly origin: DataOrigin;
  readonly source: string;
  readonly snapshotDate: string;
  readonly rounds: number;
  readonly newestRound: number | string | null;
  readonly newestDate: string | null;
  readonly lastRefresh: string | null;
}

export type StoreListener = (draws: Draws, change: StoreChange) => void;

export interface AddinStore {
  draws(): Draws;
  data(): DataSet;
  status(): StoreStatus;
  /** Replaces the data (after loading the cache or a refresh) and tells every subscriber. */
  setData(data: DataSet, origin: DataOrigin): void;
  dateSystem(): DateSystem;
  dateSystemSource(): DateSystemSource;
  /** Sets the workbook's date system; tells subscribers when it changed. */
  setDateSystem(system: DateSystem, source: DateSystemSource): void;
  /** True once the start-up (cache, date system) is over: until then the functions wait for `ready()`. */
  isReady(): boolean;
  ready(): Promise<void>;
  /** Marks the start-up as over (with its warnings, shown by the task pane). */
  markReady(warnings?: readonly string[]): void;
  startupWarnings(): readonly string[];
  recalcStatus(): RecalcStatus | null;
  setRecalcStatus(status: RecalcStatus): void;
  /** Calls `listener` after each setData; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void;
  /** Subscribers now (for tests of cancellation). */
  listenerCount(): number;
}

export function createStore(initial?: () => DataSet): AddinStore {
  let data: DataSet | undefined;
  let draws: Draws | undefined;
  let origin: DataOrigin = 'bundled';
  let system: DateSystem = 1900;
  let systemSource: DateSystemSource = 'default';
  let readyFlag = false;
  let warnings: readonly string[] = [];
  let recalc: RecalcStatus | null = null;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const listeners = new Set<StoreListener>();
  const tell = (change: StoreChange): void => {
    const now = (draws ??= new Draws(current().rounds));
    for (const l of [...listeners]) {
      try {
        l(now, change);
      } catch {
        // A subscriber's failure must not stop the others.
      }
    }
  };
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
      tell('data');
    },
    dateSystem: () => system,
    dateSystemSource: () => systemSource,
    setDateSystem(next: DateSystem, source: DateSystemSource): void {
      const changed = next !== system;
      system = next;
      systemSource = source;
      if (changed) tell('dateSystem');
    },
    isReady: () => readyFlag,
    ready: () => readyPromise,
    markReady(list: readonly string[] = []): void {
      warnings = list;
      readyFlag = true;
      resolveReady();
    },
    startupWarnings: () => warnings,
    recalcStatus: () => recalc,
    setRecalcStatus(status: RecalcStatus): void {
      recalc = status;
      tell('recalc');
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
