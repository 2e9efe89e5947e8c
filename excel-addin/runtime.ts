/**
 * The shared runtime's start and its reactions, run by the functions bundle as it loads:
 * - One data set per workbook: the cache is loaded into the store before any function answers. Functions called
 *   earlier wait for the start to finish (at most START_TIMEOUT_MS), so no cell ever answers from the bundled
 *   snapshot while a newer cache exists.
 * - The workbook's date system is detected before the first answer too (Excel's API where it reports it, else the
 *   choice saved in the workbook, else 1900).
 * - After every later change of data or of the date system, Excel is asked to recalculate (recalc.ts), and the
 *   outcome is kept in the store for the task pane.
 */
import { loadData, type CacheStore } from '../core/index';
import { addinCache } from './addinCache';
import { excelApi, office, officeReady, workbookSettings, type ExcelApi, type OfficeSettings } from './office';
import { recalculate, type RecalcReason } from './recalc';
import type { AddinStore, DateSystem, DateSystemSource } from './store';

/** The longest a function waits for the start (reading the cache, asking Excel for the date system). */
export const START_TIMEOUT_MS = 10_000;

/** The workbook setting (saved in the file) that holds a date system chosen in the task pane. */
export const DATE_SYSTEM_SETTING = 'expressEntryDraws.dateSystem';

export interface RuntimeDeps {
  readonly cache: CacheStore | null;
  readonly excel: ExcelApi | null;
  readonly settings: () => OfficeSettings | null;
  /** Resolves once Office.js is ready (false when there is none or it never became ready). */
  readonly officeReady: () => Promise<boolean>;
  readonly hasOffice: boolean;
}

export function pageDeps(): RuntimeDeps {
  return { cache: addinCache(), excel: excelApi(), settings: workbookSettings, officeReady: () => officeReady(), hasOffice: office() !== null };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * The workbook's date system: `Workbook.use1904DateSystem` where Excel provides it (an ExcelApi preview member when
 * this was written: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member),
 * else the choice saved in the workbook's settings, else 1900 (Excel's default).
 */
export async function detectDateSystem(excel: ExcelApi | null, settings: OfficeSettings | null): Promise<{ system: DateSystem; source: DateSystemSource }> {
  if (excel) {
    try {
      const reported = await excel.run(async (context) => {
        context.workbook.load('use1904DateSystem');
        await context.sync();
        return context.workbook.use1904DateSystem;
      });
      if (typeof reported === 'boolean') return { system: reported ? 1904 : 1900, source: 'excel' };
    } catch {
      // This Excel does not have the property: fall through to the workbook's setting.
    }
  }
  let saved: unknown = null;
  try {
    saved = settings?.get(DATE_SYSTEM_SETTING) ?? null;
  } catch {
    saved = null;
  }
  if (saved === 1904 || saved === 1900) return { system: saved, source: 'workbook setting' };
  return { system: 1900, source: 'default' };
}

/** Saves a date system chosen in the task pane into the workbook (it travels with the file). */
export function saveDateSystem(settings: OfficeSettings | null, system: DateSystem): Promise<boolean> {
  if (!settings) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      settings.set(DATE_SYSTEM_SETTING, system);
      settings.saveAsync((r) => resolve(r.status === 'succeeded'));
    } catch {
      resolve(false);
    }
  });
}

/** Why data changed, from the store's origin. */
function reasonOf(store: AddinStore): RecalcReason {
  const o = store.status().origin;
  return o === 'import' ? 'import' : o === 'cache' ? 'cache' : 'refresh';
}

/** Asks Excel to recalculate and records the outcome in the store (the task pane shows it). */
export async function requestRecalc(store: AddinStore, excel: ExcelApi | null, reason: RecalcReason): Promise<void> {
  store.setRecalcStatus(await recalculate(excel, reason));
}

/** From now on, every change of data or date system asks Excel to recalculate. */
function watchChanges(store: AddinStore, excel: ExcelApi): void {
  store.subscribe((_draws, change) => {
    if (change === 'recalc') return;
    void requestRecalc(store, excel, change === 'dateSystem' ? 'date system' : reasonOf(store));
  });
}

/**
 * Starts the runtime: loads the cache and the date system into the store, marks it ready, and from then on asks
 * Excel to recalculate after every change. Synchronous (ready at once) where there is neither a cache nor Office.
 */
export function startRuntime(store: AddinStore, deps: RuntimeDeps): Promise<void> {
  if (!deps.cache && !deps.hasOffice) {
    store.markReady([]);
    if (deps.excel) watchChanges(store, deps.excel);
    return Promise.resolve();
  }
  return (async () => {
    const warnings: string[] = [];
    const before = store.data();
    try {
      if (deps.cache) {
        const loaded = await withTimeout(loadData(deps.cache, before), START_TIMEOUT_MS, 'Reading the cache');
        if (loaded.data !== before) store.setData(loaded.data, loaded.origin);
        warnings.push(...loaded.warnings);
      }
    } catch (e) {
      warnings.push(`The cache could not be read (${e instanceof Error ? e.message : String(e)}); using the bundled data.`);
    }
    try {
      if (deps.hasOffice && (await deps.officeReady())) {
        const found = await withTimeout(detectDateSystem(deps.excel, deps.settings()), START_TIMEOUT_MS, 'Asking Excel for the date system');
        store.setDateSystem(found.system, found.source);
      }
    } catch (e) {
      warnings.push(`The workbook's date system could not be read (${e instanceof Error ? e.message : String(e)}); using 1900.`);
    }
    store.markReady(warnings);
    if (!deps.excel) return;
    const excel = deps.excel;
    watchChanges(store, excel);
    // Cells saved in the workbook were calculated with other data or another date system: recalculate them too.
    if (store.data() !== before) await requestRecalc(store, excel, 'cache');
    else if (store.dateSystem() !== 1900) await requestRecalc(store, excel, 'date system');
  })();
}

/**
 * A function that waits for the start before it answers: called before the store is ready, it returns a promise of
 * its answer (Excel accepts a promise from any custom function). Keeps the function's `length` (the contract tests
 * compare it with functions.json).
 */
export function afterStartup<F extends (...args: never[]) => unknown>(store: AddinStore, fn: F): F {
  const call = fn as unknown as (...args: unknown[]) => unknown;
  const wrapped = (...args: unknown[]): unknown => {
    if (store.isReady()) return call(...args);
    return store.ready().then(() => call(...args));
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped as unknown as F;
}
