/**
 * The functions bundle's entry: registers every EE function with Excel under the id its JSDoc `@customfunction` tag
 * gives (functions.json is generated from those tags), and publishes the shared data store for the task pane.
 * Needs nothing but the `CustomFunctions` global: no Office.js, no DOM.
 */
import { crsCutoff, itas, lastDraw, latest } from './cutoff';
import { draw, drawsTable } from './rounds';
import { drawCount, totalItas } from './counts';
import { cutoffStats } from './stats';
import { categories, pool } from './reference';
import { clb } from './language';
import { cecEligible, cecHours } from './cec';
import { crs, crsDetail } from './crs';
import { dataInfo } from './dataInfo';
import { categoryEligible, outlook, poolRank } from './outlook';
import { sharedStore } from '../store';
import { toExcelError } from './errors';
import { afterStartup, pageDeps, startRuntime } from '../runtime';

/** id in functions.json → implementation (plain typed functions that throw ArgumentError/NoDataError/InputError). */
const IMPLEMENTATIONS = {
  CRS_CUTOFF: crsCutoff,
  ITAS: itas,
  LAST_DRAW: lastDraw,
  LATEST: latest,
  DRAW: draw,
  DRAWS: drawsTable,
  DRAW_COUNT: drawCount,
  TOTAL_ITAS: totalItas,
  CUTOFF_STATS: cutoffStats,
  CATEGORIES: categories,
  POOL: pool,
  CLB: clb,
  CEC_HOURS: cecHours,
  CEC_ELIGIBLE: cecEligible,
  CRS: crs,
  CRS_DETAIL: crsDetail,
  DATA_INFO: dataInfo,
  OUTLOOK: outlook,
  POOL_RANK: poolRank,
  CATEGORY_ELIGIBLE: categoryEligible,
} as const;

export type FunctionId = keyof typeof IMPLEMENTATIONS;

/** Wraps a function once so every failure leaves it as the Excel error to show (#VALUE! or #N/A with a message). */
function guarded<F extends (...args: never[]) => unknown>(fn: F): F {
  // The guard inline (no closure per call): Excel recalculates thousands of these cells at a time.
  const wrapped = (...args: Parameters<F>): unknown => {
    try {
      return fn(...args);
    } catch (e) {
      // Office's contract: a custom function fails by throwing a CustomFunctions.Error, which is not an Error subclass.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw toExcelError(e);
    }
  };
  // Keep the arity and name Excel's runtime and functions.json see (optional parameters count).
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped as F;
}

/** id → the function Excel calls: the implementation behind the one error guard. */
export const FUNCTIONS = Object.fromEntries(
  Object.entries(IMPLEMENTATIONS).map(([id, fn]) => [id, guarded(fn as (...args: never[]) => unknown)]),
) as { readonly [K in FunctionId]: (typeof IMPLEMENTATIONS)[K] };

/** Registers every function; returns the ids registered. */
export function registerAll(cf: Pick<typeof CustomFunctions, 'associate'>): FunctionId[] {
  const ids = Object.keys(FUNCTIONS) as FunctionId[];
  // Each function waits for the runtime's start (cache, date system) before its first answer.
  const store = sharedStore();
  for (const id of ids) cf.associate(id, afterStartup(store, FUNCTIONS[id] as (...args: never[]) => unknown));
  return ids;
}

// The cache and the date system are loaded before any function answers (runtime.ts).
void startRuntime(sharedStore(), pageDeps());
if (typeof CustomFunctions !== 'undefined') registerAll(CustomFunctions);
