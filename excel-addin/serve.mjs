// Serves dist/excel-addin for sideloading: https://localhost:3000 with office-addin-dev-certs' certificates
// (`npm run addin:serve`), or plain http with --http (tests). Options: --port N, --host H, --http,
// --feed FILE (a fixed feed at /feed.json), --mirror [URL] and --mirror-hours N (a copy of IRCC's feed, fetched
// server-side on a schedule and validated like every refresh, at /feed.json: see mirror.ts; needs tsx, as
// `npm run addin:serve` runs it).
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '..', 'dist', 'excel-addin');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * A request handler serving files under `root`. `extra` maps a path (e.g. "/feed.json") to
 * { type, body } for tests; `mirror` (mirror.ts) answers /feed.json. Never serves outside root.
 */
export function createHandler(root = DIST, extra = {}, mirror = null) {
  const base = resolve(root);
  const feedCopy = mirror !== null || Boolean(extra['/feed.json']);
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (path === '/feed.json' && mirror) {
        const r = mirror.route();
        res.writeHead(r.status, { 'content-type': r.type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(req.method === 'HEAD' ? undefined : r.body);
        return;
      }
      const special = extra[path];
      if (special) {
        const body = typeof special.body === 'function' ? special.body() : special.body;
        res.writeHead(special.status ?? 200, { 'content-type': special.type ?? 'application/json', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const file = resolve(base, normalize(`.${path === '/' ? '/taskpane.html' : path}`));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      let body = await readFile(file);
      // A server with a copy of the feed tells the task pane, which then refreshes from it by default.
      if (feedCopy && file === resolve(base, 'taskpane.html')) {
        body = Buffer.from(body.toString('utf8').replace(/<meta name="ee-feed-mirror" content="[^"]*">/, '<meta name="ee-feed-mirror" content="feed.json">'));
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'access-control-allow-origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e instanceof Error ? e.message : e));
    }
  };
}

/** Starts the server; resolves with { server, url } once listening. */
export async function startServer({ port = 3000, host, http = false, root = DIST, extra = {}, mirror = null } = {}) {
  const handler = createHandler(root, extra, mirror);
  let server;
  if (http) {
    server = createHttpServer(handler);
  } else {
    const { getHttpsServerOptions } = await import('office-addin-dev-certs');
    server = createHttpsServer(await getHttpsServerOptions(), handler);
  }
  const bindHost = host ?? (http ? '127.0.0.1' : 'localhost');
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, bindHost, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return { server, url: `${http ? 'http' : 'https'}://${shownHost}:${actualPort}` };
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const http = args.includes('--http');
  const port = Number(option(args, '--port') ?? 3000);
  const host = option(args, '--host');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Bad --port ${option(args, '--port')}`);
    process.exit(2);
  }
  const index = await stat(join(DIST, 'manifest.xml')).catch(() => null);
  if (!index) {
    console.error(`Nothing to serve in ${DIST}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const feedFile = option(args, '--feed');
  const extra = {};
  if (feedFile) {
    if (!(await stat(feedFile).catch(() => null))) {
      console.error(`No feed file ${feedFile}`);
      process.exit(2);
    }
    extra['/feed.json'] = { type: 'application/json', body: () => readFileSync(feedFile) };
  }
  let mirror = null;
  if (args.includes('--mirror')) {
    const next = option(args, '--mirror');
    const source = next && !next.startsWith('--') ? next : 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';
    const hours = Number(option(args, '--mirror-hours') ?? 6);
    if (!Number.isFinite(hours) || hours < 0.1 || hours > 720) {
      console.error(`Bad --mirror-hours ${option(args, '--mirror-hours')}: use 0.1 to 720.`);
      process.exit(2);
    }
    let mod;
    try {
      mod = await import('./mirror.ts');
    } catch (e) {
      console.error(`--mirror needs TypeScript support: run it as \`npm run addin:serve -- --mirror\` (${e instanceof Error ? e.message : String(e)}).`);
      process.exit(2);
    }
    mirror = mod.startMirror({ url: source, everyMs: hours * 3_600_000, log: (line) => console.log(line) });
  }
  try {
    const { url } = await startServer({ port, host, http, extra, mirror });
    if (feedFile || mirror) console.log(`Feed copy: ${url}/feed.json (the task pane uses it by default)`);
    console.log(`Serving ${DIST} at ${url}/ (manifest: ${join(DIST, 'manifest.xml')})`);
    console.log('Press Ctrl+C to stop.');
  } catch (e) {
    console.error(`Could not start the server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

// Run as a command (no top-level await, so tests can import this module from CommonJS too).
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
