/**
 * Downloading a feed with a timeout that also covers a stalled body, and a size cap enforced while streaming.
 * Allowed sources: https URLs, http only on loopback (for local mirrors and tests).
 */
export class FetchError extends Error {
  override name = 'FetchError';
}

export interface FetchOptions {
  /** Whole-download timeout in milliseconds (default 20 s): also ends a server that stalls mid-body. */
  readonly timeoutMs?: number;
  /** Maximum body size in bytes (default 20 MB). */
  readonly maxBytes?: number;
  /** Called with bytes received so far, for progress feedback. */
  readonly onProgress?: (received: number, total: number | null) => void;
  /** Cancels the download. */
  readonly signal?: AbortSignal;
  /** Redirects to follow at most (default 5). */
  readonly maxRedirects?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i;

/** Throws FetchError unless the URL is https, or http on loopback. */
export function checkFeedUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError(`"${url}" is not a URL.`);
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && LOOPBACK.test(u.hostname)) return u;
  if (u.protocol === 'http:') throw new FetchError(`Refusing plain http to ${u.hostname}: use https (http is allowed only on this machine, e.g. http://127.0.0.1).`);
  throw new FetchError(`Unsupported address "${url}": use an https URL.`);
}

/** Downloads feed text. Throws FetchError with a sentence a user can act on. */
export async function fetchFeedText(url: string, options: FetchOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchError(`Timed out after ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
  const onAbort = (): void => controller.abort(new FetchError('Cancelled.'));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let current = checkFeedUrl(url);
    let response: Response;
    for (let hops = 0; ; hops++) {
      response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/json' } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (hops >= maxRedirects) throw new FetchError(`Too many redirects (more than ${maxRedirects}).`);
        current = checkFeedUrl(new URL(response.headers.get('location')!, current).toString());
        continue;
      }
      break;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The feed is too large (${declared} bytes; the limit is ${maxBytes}).`);
    }
    const reader = response.body?.getReader();
    if (!reader) return '';
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FetchError(`The feed is too large (over ${maxBytes} bytes).`);
      }
      chunks.push(value);
      options.onProgress?.(received, Number.isFinite(declared) && declared > 0 ? declared : null);
    }
    return new TextDecoder('utf-8').decode(concat(chunks, received));
  } catch (e) {
    if (e instanceof FetchError) throw e;
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof FetchError) throw reason;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`Download failed: ${cause?.code ?? cause?.message ?? (e as Error).message}.`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
