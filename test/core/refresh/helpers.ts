/** Test helpers for refresh: real HTTP servers on 127.0.0.1 (port 0), fixture feeds, temporary folders. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFeedText } from '../../../core/feed/importFeed';
import { provenanceOf, type DataSet } from '../../../core/feed/snapshot';

export const FEEDS = resolve(__dirname, '../../fixtures/feeds');

/** A fixture feed's text (hand-written in IRCC's format; see test/fixtures/feeds/README.md). */
export function fixture(name: string): string {
  return readFileSync(join(FEEDS, name), 'utf8');
}

/** A data set read from a fixture feed, as if it had been retrieved at `retrieved`. */
export function dataFrom(name: string, retrieved = '2026-08-21T00:00:00Z'): DataSet {
  const reading = parseFeedText(fixture(name));
  return { provenance: provenanceOf(reading.rounds, `fixture:${name}`, retrieved), rounds: reading.rounds };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** http://127.0.0.1:PORT */
  readonly base: string;
  /** Requests received so far. */
  readonly requests: string[];
  /** Sockets the server has seen closed. */
  closedSockets(): number;
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 with a random port. Always close it (closes open connections too). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let closed = 0;
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => {
      sockets.delete(s);
      closed++;
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    closedSockets: () => closed,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/** Serves a body with a content type. */
export function sendText(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Serves fixture feeds by name: /later.json → test/fixtures/feeds/later.json, as application/json. */
export function feedServer(): Handler {
  return (req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0]!;
    let body: string;
    try {
      if (!/^[a-z-]+\.(json|html)$/.test(name)) throw new Error('bad name');
      body = fixture(name);
    } catch {
      sendText(res, 404, 'not found', 'text/plain');
      return;
    }
    sendText(res, 200, body, name.endsWith('.html') ? 'text/html' : 'application/json');
  };
}

/** A temporary folder removed by the returned function. */
export function tempDir(prefix = 'ee-refresh-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Milliseconds an async call takes, with its result or error. */
export async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const t0 = performance.now();
  try {
    const value = await f();
    return { ms: performance.now() - t0, value };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}
