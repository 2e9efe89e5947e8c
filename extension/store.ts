/**
 * The data every feature reads: the bundled snapshot at once, then the cache from global storage, then refreshes
 * (on command and on the auto-refresh interval).
 *
 * Guarantees (see README "Reliability"):
 * - A refresh never throws and ends within `expressEntry.refreshTimeoutSeconds` (20 s by default, 30 at most): the
 *   core's download has a whole-download timeout, a size cap and a redirect limit. A failed refresh changes nothing.
 * - A cache that cannot be read, is corrupt, truncated or of a future format version is ignored: the bundled snapshot
 *   answers, and a warning is shown once (and written to the "Express Entry" output channel).
 * - A cache that cannot be written keeps the new data in memory for the session; an automatic refresh says so once.
 * - Automatic refreshes show a failure once until one succeeds; a refresh the user asked for is reported by the
 *   command, once per request (a user's refresh that joins a running automatic one is not reported twice).
 */
import * as vscode from 'vscode';
import { bundledData, Draws, errorText, feedUrlProblem, loadData, refreshData, urlSource, type CacheStore, type DataSet, type RefreshOutcome, type Round } from '../core/index';
import { cacheAt } from './platform/cache';
import { affects, settings } from './config';
import { FailureOnce, refreshDue, tickMs } from './refreshPolicy';
import { messages } from './messages';

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
  private readonly cacheFailures = new FailureOnce();
  private running: Promise<RefreshOutcome> | undefined;
  /** True when a user's refresh joined the running one: the command reports its outcome, the store does not. */
  private runningInteractive = false;
  private readonly cache: CacheStore | undefined;
  readonly ready: Promise<void>;
  private lastRefreshAt: number | undefined;
  /** Warnings of the last cache load (empty when the cache was fine or absent). */
  private loadWarningsList: readonly string[] = [];
  /** Load warnings already shown: each is shown once per session. */
  private readonly shownLoadWarnings = new Set<string>();
  /** Ends a running download when the extension is deactivated. */
  private readonly disposing = new AbortController();

  /** `storage`: the global storage folder (a path in tests); undefined: no cache. */
  constructor(storage: vscode.Uri | string | undefined, private readonly log: Pick<vscode.OutputChannel, 'appendLine'>) {
    this.current = bundledData();
    this.indexed = new Draws(this.current.rounds);
    this.cache = storage ? cacheAt(storage) : undefined;
    this.ready = this.loadCache(false);
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
  /** The cache file (in the extension's global storage), or undefined when there is no storage. */
  get cacheFile(): string | undefined {
    return this.cache?.location;
  }
  /** Why the cache was not used at the last load; empty when it was fine or absent. */
  get loadWarnings(): readonly string[] {
    return this.loadWarningsList;
  }

  private async loadCache(fire = true): Promise<void> {
    if (!this.cache) return;
    const bundled = bundledData();
    const loaded = await loadData(this.cache, bundled);
    this.loadWarningsList = loaded.warnings;
    for (const w of loaded.warnings) {
      this.log.appendLine(`[load] ${w}`);
      if (!this.shownLoadWarnings.has(w)) {
        this.shownLoadWarnings.add(w);
        void messages.warn(`Express Entry: ${w}`);
      }
    }
    this.originText = loaded.origin;
    if (loaded.data !== this.current || fire) this.set(loaded.data, { added: [], reason: 'load' });
    const last = loaded.data.provenance.lastRefresh;
    if (last) this.lastRefreshAt = Date.parse(last);
    this.log.appendLine(`[load] ${loaded.data.rounds.length} rounds from the ${loaded.origin} data (newest #${loaded.data.provenance.newestRound ?? '?'} of ${loaded.data.provenance.newestDate ?? '?'}).`);
  }

  /**
   * Reads the cache again, as at activation (the bundled snapshot merged with a usable cache; a bad cache is ignored
   * with a warning shown once). Waits for a running refresh first. Never throws.
   */
  async reload(): Promise<void> {
    await this.ready;
    if (this.running) await this.running;
    if (!this.cache) {
      this.originText = 'bundled';
      this.set(bundledData(), { added: [], reason: 'load' });
      return;
    }
    try {
      await this.loadCache(true);
    } catch (e) {
      // loadData never throws; this is defence in depth.
      this.log.appendLine(`[load] ${errorText(e)}`);
    }
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
    if (this.running) {
      // A user's refresh joining an automatic one: the command reports the outcome, so the store stays quiet.
      if (options.interactive) this.runningInteractive = true;
      return this.running;
    }
    this.runningInteractive = options.interactive;
    const run = async (): Promise<RefreshOutcome> => {
      await this.ready;
      const s = settings();
      const url = s.feedUrl;
      const problem = feedUrlProblem(url);
      const cache: CacheStore = this.cache ?? { location: 'memory', read: async () => null, write: async () => undefined };
      const signals = [this.disposing.signal, ...(options.signal ? [options.signal] : [])];
      const outcome: RefreshOutcome = problem
        ? { data: this.current, ok: false, message: `Refresh failed: ${problem} Nothing was changed.`, added: [], updated: [], warnings: [] }
        : await refreshData(this.current, urlSource(url), cache, { signal: AbortSignal.any(signals), timeoutMs: s.refreshTimeoutSeconds * 1000 });
      if (this.disposing.signal.aborted) return outcome;
      this.log.appendLine(`[refresh] ${url}: ${outcome.message}`);
      for (const w of outcome.warnings.slice(0, 200)) this.log.appendLine(`[refresh] #${w.round}: ${w.message}`);
      if (outcome.warnings.length > 200) this.log.appendLine(`[refresh] … and ${outcome.warnings.length - 200} more warnings.`);
      const changed = outcome.data !== this.current;
      if (changed) {
        const addedSet = new Set(outcome.added.map(String));
        this.originText = 'cache';
        this.set(outcome.data, { added: outcome.data.rounds.filter((r) => addedSet.has(String(r.round))), reason: 'refresh' });
      }
      const quiet = this.runningInteractive;
      if (outcome.ok || changed) {
        this.failures.succeeded();
        this.lastRefreshAt = Date.now();
        if (outcome.cacheError === undefined) this.cacheFailures.succeeded();
        else if (!quiet && this.cacheFailures.failed(outcome.cacheError)) void messages.warn(`Express Entry: ${outcome.message}`);
      } else if (!quiet && this.failures.failed(outcome.message)) {
        void messages.warn(`Express Entry: ${outcome.message}`);
      }
      return outcome;
    };
    this.running = run().finally(() => {
      this.running = undefined;
      this.runningInteractive = false;
    });
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
    this.disposing.abort();
    if (this.timer) clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
