/**
 * Where the extension keeps its cache, web build (vscode.dev, github.dev): a file in global storage through
 * vscode.workspace.fs, which works wherever VS Code runs. Written to a temporary file, then renamed over the cache, so
 * a failed write never leaves half a cache.
 */
import * as vscode from 'vscode';
import type { CacheStore } from '../../core/index';

// The same name as the desktop cache (core/refresh/fileCache.ts).
const CACHE_FILE = 'rounds.json';

export function cacheAt(storage: vscode.Uri | string): CacheStore {
  const dir = typeof storage === 'string' ? vscode.Uri.file(storage) : storage;
  const file = vscode.Uri.joinPath(dir, CACHE_FILE);
  return {
    location: file.toString(true),
    async read() {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
        throw e;
      }
    },
    async write(text) {
      await vscode.workspace.fs.createDirectory(dir);
      const tmp = vscode.Uri.joinPath(dir, `${CACHE_FILE}.${Date.now().toString(36)}.tmp`);
      await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
      try {
        await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
      } catch (e) {
        await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
        throw e;
      }
    },
  };
}
