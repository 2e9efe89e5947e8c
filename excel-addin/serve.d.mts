/** Types of serve.mjs for the TypeScript tests. */
import type { Server, IncomingMessage, ServerResponse } from 'node:http';

export interface ExtraRoute {
  readonly type?: string;
  readonly status?: number;
  readonly body: string | Buffer | (() => string | Buffer);
}
/** What answers /feed.json when the server mirrors the feed (see mirror.ts). */
export interface MirrorLike {
  route(): { status: number; type: string; body: string };
}
export declare const DIST: string;
export declare function createHandler(root?: string, extra?: Record<string, ExtraRoute>, mirror?: MirrorLike | null): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export declare function startServer(options?: {
  port?: number;
  host?: string;
  http?: boolean;
  root?: string;
  extra?: Record<string, ExtraRoute>;
  mirror?: MirrorLike | null;
}): Promise<{ server: Server; url: string }>;
