/**
 * The data every feature reads: the bundled snapshot at once, then the cache from global storage, then refreshes
 * (on command and on the auto-refresh interval). A failed refresh changes nothing and is reported once.
 */
import * as vscode from 'vscode';
import type { Round } from '../core/types';
import { Draws } from '../core/draws/draws';
import type { DataSet } from '../core/feed/snapshot';
import { bundledData } from '../core/data/bundled';
import { loadData, refreshData, urlSource, feedUrlProblem, type RefreshOutcome, type CacheStore } from '../core/refresh/index';
import { fileCache } from '../core/refresh/node';
import { affects, settings } from './config';
import { FailureOnce, refreshDue, tickMs } from './refreshPolicy';

export interface DataChange {
  /** Rounds new in this change (empty for a load). */
  readonly added: readonly Round[];
  readonly reason: 'load' | 'refresh';
}

export class DataStore implements vscode.Disposable {
  private current: DataSet;
  private indexed: Draws;
  private originText: 'bundled' | 'cache' = 'bundled';
  private readonly changed = new vscode.EventEmitter<DataChange>();
  /** Fires when the data changes; views refresh on it. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly failures = new FailureOnce();
  private running: Promise<RefreshOutcome> | undefined;
  private readonly cache: CacheStore | undefined;
  readonly ready: Promise<void>;
  private lastRefreshAt: number | undefined;

  constructor(private readonly storageDir: string | undefined, private readonly log: vscode.OutputChannel) {
    this.current = bundledData();
    this.indexed = new Draws(this.current.rounds);
    this.cache = storageDir ? fileCache(storageDir) : undefined;
    this.ready = this.loadCache();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'autoRefreshHours')) this.schedule();
      }),
    );
    this.schedule();
  }

  get data(): DataSet {
    return this.current;
  }
  get draws(): Draws {
    return this.indexed;
  }
  get origin(): 'bundled' | 'cache' {
    return this.originText;
  }

  private async loadCache(): Promise<void> {
    if (!this.cache) return;
    const loaded = await loadData(this.cache, this.current);
    for (const w of loaded.warnings) this.log.appendLine(`[load] ${w}`);
    this.originText = loaded.origin;
    if (loaded.data !== this.current) this.set(loaded.data, { added: [], reason: 'load' });
    const last = loaded.data.provenance.lastRefresh;
    if (last) this.lastRefreshAt = Date.parse(last);
    this.log.appendLine(`[load] ${loaded.data.rounds.length} rounds from the ${loaded.origin} data (newest #${loaded.data.provenance.newestRound ?? '?'} of ${loaded.data.provenance.newestDate ?? '?'}).`);
  }

  private set(data: DataSet, change: DataChange): void {
    this.current = data;
    this.indexed = new Draws(data.rounds);
    this.changed.fire(change);
  }

  /**
   * Downloads the feed and merges it. `interactive`: a user asked, so a failure is always shown; automatic refreshes
   * show a failure only once until a refresh succeeds again. Never throws.
   */
  refresh(options: { interactive: boolean; signal?: AbortSignal } = { interactive: true }): Promise<RefreshOutcome> {
    if (this.running) return this.running;
    const run = async (): Promise<RefreshOutcome> => {
      await this.ready;
      const url = settings().feedUrl;
      const problem = feedUrlProblem(url);
      const cache: CacheStore = this.cache ?? { location: 'memory', read: async () => null, write: async () => undefined };
      const outcome: RefreshOutcome = problem
        ? { data: this.current, ok: false, message: `Refresh failed: ${problem} Nothing was changed.`, added: [], updated: [], warnings: [] }
        : await refreshData(this.current, urlSource(url), cache, options.signal ? { signal: options.signal } : {});
      this.log.appendLine(`[refresh] ${url}: ${outcome.message}`);
      for (const w of outcome.warnings) this.log.appendLine(`[refresh] #${w.round}: ${w.message}`);
      const changed = outcome.data !== this.current;
      if (changed) {
        const addedSet = new Set(outcome.added.map(String));
        this.originText = 'cache';
        this.set(outcome.data, { added: outcome.data.rounds.filter((r) => addedSet.has(String(r.round))), reason: 'refresh' });
      }
      if (outcome.ok || changed) {
        this.failures.succeeded();
        this.lastRefreshAt = Date.now();
      } else if (!options.interactive && this.failures.failed(outcome.message)) {
        void vscode.window.showWarningMessage(`Express Entry: ${outcome.message}`);
      }
      return outcome;
    };
    this.running = run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** The auto-refresh timer: checks every few minutes whether the interval has passed. */
  private schedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const hours = settings().autoRefreshHours;
    if (hours <= 0) return;
    const tick = (): void => {
      if (refreshDue(this.lastRefreshAt, Date.now(), hours)) {
        // Counted as an attempt either way, so a failing feed is not hammered.
        this.lastRefreshAt = Date.now();
        void this.refresh({ interactive: false });
      }
    };
    this.timer = setInterval(tick, tickMs(hours));
    void this.ready.then(tick);
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
