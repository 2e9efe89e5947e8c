/**
 * Where the extension keeps its cache, desktop (Node) build: a file in global storage, written atomically by the
 * core's file cache. The web build (extension/build.mjs) uses ./cache.web instead.
 */
import type * as vscode from 'vscode';
import type { CacheStore } from '../../core/index';
import { fileCache } from '../../core/refresh/node';

/** The cache in a storage folder (a Uri, or a path for tests). */
export function cacheAt(storage: vscode.Uri | string): CacheStore {
  return fileCache(typeof storage === 'string' ? storage : storage.fsPath);
}
