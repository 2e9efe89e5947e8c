/**
 * Runs `ee` in this process through main(argv, io), with stdout, stderr and the exit code captured, an
 * environment and "today" chosen by the test. The real process is tested in process.test.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../../core/cli/main';
import { dayFromIso } from '../../../core/feed/dates';

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface RunOptions {
  /** Environment; default: EE_CACHE_DIR set to a folder without a cache, so the bundled snapshot answers. */
  readonly env?: Record<string, string | undefined>;
  /** Today's date, YYYY-MM-DD (default 2026-08-10, three days after the newest bundled round, so the data is not old). */
  readonly today?: string;
}

export const NO_CACHE = join(tmpdir(), 'ee-test-no-cache-here');

export async function ee(args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const today = dayFromIso(options.today ?? '2026-08-10')!;
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: options.env ?? { EE_CACHE_DIR: NO_CACHE },
    today: () => today,
  });
  return { code, out: out.length ? out.join('\n') + '\n' : '', err: err.length ? err.join('\n') + '\n' : '' };
}

/** `ee … --json`: exit 0 and the parsed stdout. */
export async function eeJson(args: readonly string[], options?: RunOptions): Promise<unknown> {
  const r = await ee(args, options);
  if (r.code !== 0) throw new Error(`ee ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as unknown;
}

export const BUILT_CLI = resolve(__dirname, '../../../dist/cli.js');

/**
 * For suites that run the built dist/cli.js: without it, fail in CI (CI=true: the build step must have run), and
 * on a developer's machine skip, saying why.
 */
export function requireBuiltCli(context: Mocha.Context): void {
  if (existsSync(BUILT_CLI)) return;
  const why = `${BUILT_CLI} is missing: run "npm run build" first`;
  if (process.env['CI'] === 'true' || process.env['CI'] === '1') throw new Error(why);
  console.warn(`    skipped: ${why}`);
  context.skip();
}
