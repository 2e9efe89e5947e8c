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
import { dataInfo } from './dataInfo';
import { crs, crsDetail } from './crs';
import { sharedStore } from '../store';
import { afterStartup, pageDeps, startRuntime } from '../runtime';

/** id in functions.json → implementation. */
export const FUNCTIONS = {
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
  DATA_INFO: dataInfo,
  CRS: crs,
  CRS_DETAIL: crsDetail,
} as const;

export type FunctionId = keyof typeof FUNCTIONS;

/** Registers every function (each waits for the runtime's start before its first answer); returns the ids registered. */
export function registerAll(cf: Pick<typeof CustomFunctions, 'associate'>): FunctionId[] {
  const ids = Object.keys(FUNCTIONS) as FunctionId[];
  const store = sharedStore();
  for (const id of ids) cf.associate(id, afterStartup(store, FUNCTIONS[id] as (...args: never[]) => unknown));
  return ids;
}

// The cache and the date system are loaded before any function answers (runtime.ts).
void startRuntime(sharedStore(), pageDeps());
if (typeof CustomFunctions !== 'undefined') registerAll(CustomFunctions);
