/** Refresh, Node-only part: the file cache (atomic writes), local feed files, the default cache folder. */
export { fileCache, fileSource, defaultCacheDir, writeFileAtomic, CACHE_FILE, APP_DIR } from './fileCache';
