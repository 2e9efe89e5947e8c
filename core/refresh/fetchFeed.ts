/**
 * Downloading a feed with a timeout that also covers a stalled body, and a size cap enforced while streaming.
 * Allowed sources: https URLs, http only on loopback (for local mirrors and tests).
 * Browser-safe: uses only `fetch`, `URL`, `AbortController` and `TextDecoder`.
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

/** True for 127.x.x.x, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Throws FetchError unless the URL is https, or http on loopback. */
export function checkFeedUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError(`"${url}" is not a URL.`);
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return u;
  if (u.protocol === 'http:') throw new FetchError(`Refusing plain http to ${u.hostname}: use https (http is allowed only on this machine, e.g. http://127.0.0.1).`);
  throw new FetchError(`Unsupported address "${url}": use an https URL.`);
}

/**
 * Content types a feed may be served with. JSON is what IRCC sends; plain text and octet streams are accepted from
 * mirrors because the content is validated anyway. Anything else (an HTML error page, an image…) is refused.
 */
export function isAcceptableContentType(header: string | null): boolean {
  if (header === null || header.trim() === '') return true;
  const type = header.split(';')[0]!.trim().toLowerCase();
  return (
    type === 'application/json' ||
    type === 'text/json' ||
    type.endsWith('+json') ||
    type === 'text/plain' ||
    type === 'application/octet-stream' ||
    type === 'binary/octet-stream'
  );
}

/** "20 s", "1.5 s". */
function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** Downloads feed text. Throws FetchError with a sentence a user can act on. */
export async function fetchFeedText(url: string, options: FetchOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  let current = checkFeedUrl(url);
  if (options.signal?.aborted) throw new FetchError('Cancelled.');
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FetchError(`Timed out after ${seconds(timeoutMs)}: the server did not send the whole feed in time.`)),
    timeoutMs,
  );
  const onAbort = (): void => controller.abort(new FetchError('Cancelled.'));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    for (let hops = 0; ; hops++) {
      response = await fetch(current, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/json' } });
      if (response.type === 'opaqueredirect') {
        // Browsers hide manual redirects; let the browser follow them (it caps their number and blocks
        // mixed content), then check where it ended up.
        response = await fetch(current, { redirect: 'follow', signal: controller.signal, headers: { accept: 'application/json' } });
        if (response.url) checkFeedUrl(response.url);
        break;
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hops >= maxRedirects) throw new FetchError(`Too many redirects (more than ${maxRedirects}).`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchError(`The server redirected to an invalid address "${location}".`);
        }
        const target = checkFeedUrl(next.toString());
        if (isLoopbackHost(target.hostname) && !isLoopbackHost(current.hostname)) {
          throw new FetchError(`Refusing a redirect from ${current.hostname} to this machine (${target.host}).`);
        }
        current = target;
        continue;
      }
      break;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const contentType = response.headers.get('content-type');
    if (!isAcceptableContentType(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The server sent ${contentType!.split(';')[0]!.trim()} instead of a JSON feed.`);
    }
    const lengthHeader = response.headers.get('content-length');
    const declared = lengthHeader === null ? NaN : Number(lengthHeader);
    const encoded = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase() !== 'identity';
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    /** For progress: a compressed length says nothing about the bytes received after decompression. */
    const progressTotal = encoded ? null : total;
    if (total !== null && total > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError(`The feed is too large (${total} bytes; the limit is ${maxBytes}).`);
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
      options.onProgress?.(received, progressTotal);
    }
    return new TextDecoder('utf-8').decode(concat(chunks, received));
  } catch (e) {
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof FetchError) throw reason;
    if (e instanceof FetchError) throw e;
    throw new FetchError(describeNetworkError(e, current));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // Whatever happened, release the connection (a capped or failed body must not keep streaming).
    if (!controller.signal.aborted) controller.abort(new FetchError('Done.'));
  }
}

/** A sentence for a network-level failure (connection refused, reset mid-body, DNS…). */
function describeNetworkError(e: unknown, url: URL): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const detail = code ?? (typeof cause?.message === 'string' ? cause.message : e instanceof Error ? e.message : String(e));
  switch (code) {
    case 'ECONNREFUSED':
      return `Could not connect to ${url.host} (connection refused).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not find the server ${url.hostname} (${code}): check the address and your connection.`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `The connection to ${url.host} was closed before the whole feed arrived.`;
    default:
      return `Download failed: ${detail}.`;
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
