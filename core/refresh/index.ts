/**
 * Refresh, browser-safe part: the contract (types), downloading, merging, refreshing and loading.
 * Node-only pieces (the file cache, local feed files, the default cache folder) are in ./node.
 */
export * from './types';
export { FetchError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetchOptions } from './fetchFeed';
export { refreshData, loadData, urlSource, feedUrlProblem } from './refresh';
