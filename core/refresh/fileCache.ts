/**
 * Node only: the file cache (CLI, VS Code extension) and local feed files. Never import this from code the browser
 * add-in bundles; use core/refresh/index.ts there.
 *
 * The cache is `<dir>/rounds.json`, written atomically: the text goes to a temporary file in the same directory,
 * is flushed to disk (fsync), then renamed over the cache (rename is atomic within a file system), and the directory
 * is flushed. A writer killed at any moment leaves either the old cache or the new one, never a mix; at worst a stray
 * temporary file, which later writes clean up.
 */
import { promises as fs, constants as fsConstants, readFile } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, posix, win32 } from 'node:path';
import { errorText } from '../present/text';
import { DEFAULT_MAX_BYTES, FetchError, type FetchOptions } from './fetchFeed';
import type { CacheStore, FeedSource } from './types';

export const CACHE_FILE = 'rounds.json';
export const APP_DIR = 'express-entry-draws';
const TMP_PREFIX = `.${CACHE_FILE}.`;
const TMP_SUFFIX = '.tmp';
/** Temporary files older than this are leftovers of killed writers. */
const STALE_TMP_MS = 10 * 60 * 1000;

/** A CacheStore over `<dir>/rounds.json`. The directory is created on the first write. */
export function fileCache(dir: string): CacheStore {
  const file = join(dir, CACHE_FILE);
  return {
    location: file,
    async read(): Promise<string | null> {
      try {
        // The callback API, not fs.promises: reading is on every cold start, and the first use of fs.promises loads
        // some twenty more of Node's internal modules (streams, readline, watchers), about 3 ms.
        return await new Promise<string>((resolve, reject) => readFile(file, 'utf8', (e, text) => (e ? reject(e) : resolve(text))));
      } catch (e) {
        if (errno(e) === 'ENOENT') return null;
        throw new Error(describeFsError(e, file));
      }
    },
    async write(text: string): Promise<void> {
      try {
        await writeFileAtomic(dir, file, text);
      } catch (e) {
        throw new Error(describeFsError(e, file));
      }
    },
  };
}

/** Writes `text` to `file` (in `dir`) through a temporary file + fsync + rename. */
export async function writeFileAtomic(dir: string, file: string, text: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  // Unique enough with O_EXCL below (a clash fails instead of sharing a file); not node:crypto, whose loading would
  // cost every cold start that reads the cache.
  const unique = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const tmp = join(dir, `${TMP_PREFIX}${unique}${TMP_SUFFIX}`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o644);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(dir);
  await removeStaleTemps(dir);
}

/** Flushes a directory entry (the rename) to disk where the platform allows it. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, fsConstants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory; the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function removeStaleTemps(dir: string): Promise<void> {
  try {
    const now = Date.now();
    for (const name of await fs.readdir(dir)) {
      if (!name.startsWith(TMP_PREFIX) || !name.endsWith(TMP_SUFFIX)) continue;
      const path = join(dir, name);
      const st = await fs.stat(path).catch(() => null);
      if (st && now - st.mtimeMs > STALE_TMP_MS) await fs.unlink(path).catch(() => undefined);
    }
  } catch {
    // Best effort.
  }
}

/**
 * The default cache directory: EE_CACHE_DIR, else the user's cache folder + "/express-entry-draws":
 * $XDG_CACHE_HOME or ~/.cache on Linux and other Unixes, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows.
 * (The CLI's --cache-dir flag takes precedence over all of these; see core/cli/data.ts.)
 */
export function defaultCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: string = process.platform,
  home: string = homedir(),
): string {
  const explicit = env['EE_CACHE_DIR']?.trim();
  if (explicit) return explicit;
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA']?.trim();
    return win32.join(local ? local : win32.join(home, 'AppData', 'Local'), APP_DIR);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', APP_DIR);
  const xdg = env['XDG_CACHE_HOME']?.trim();
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.cache'), APP_DIR);
}

/** A FeedSource over a local feed file (CLI only). Honours maxBytes and the cancel signal. */
export function fileSource(path: string): FeedSource {
  return {
    description: path,
    async fetchText(options: FetchOptions): Promise<string> {
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
      try {
        const st = await fs.stat(path);
        if (st.isDirectory()) throw new FetchError(`${path} is a directory, not a feed file.`);
        if (st.size > maxBytes) throw new FetchError(`The feed file is too large (${st.size} bytes; the limit is ${maxBytes}).`);
        const text = await fs.readFile(path, { encoding: 'utf8', ...(options.signal ? { signal: options.signal } : {}) });
        options.onProgress?.(Buffer.byteLength(text), st.size);
        return text;
      } catch (e) {
        if (e instanceof FetchError) throw e;
        throw new FetchError(describeFsError(e, path));
      }
    },
  };
}

function errno(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A sentence for a file-system error. */
function describeFsError(e: unknown, path: string): string {
  switch (errno(e)) {
    case 'ENOENT':
      return `${path} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied for ${path}.`;
    case 'ENOTDIR':
      return `a part of ${path} is a file, not a directory.`;
    case 'EISDIR':
      return `${path} is a directory.`;
    case 'ENOSPC':
      return `no space left on the disk for ${path}.`;
    case 'EROFS':
      return `${path} is on a read-only file system.`;
    case 'ABORT_ERR':
      return 'Cancelled.';
    default:
      return `${basename(path)}: ${errorText(e)}`;
  }
}
