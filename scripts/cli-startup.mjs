// How long `ee` takes beyond starting bare Node, as a user runs it (issue 14: `ee cutoff` ≤ 40 ms beyond Node).
// Usage: node scripts/cli-startup.mjs [runs] [-- ee arguments]   (default: 40 runs of cutoff CEC 2025-11-29 --json)
// Runs bare `node -e 0` and the command alternately (so both see the same machine load) and prints the minimum and
// the median of each, and their differences. Needs `npm run build` first. No answer is checked here (tests do that).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const runs = Number(argv[0] && argv[0] !== '--' ? argv[0] : 40);
const eeArgs = dash >= 0 ? argv.slice(dash + 1) : ['cutoff', 'CEC', '2025-11-29', '--json'];
const cli = process.env.EE_CLI ?? 'dist/cli.js';
// An empty cache folder: the bundled snapshot answers, as on a fresh install.
const env = { ...process.env, EE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ee-startup-')) };

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && args[0] !== '-e') throw new Error(`ee ${eeArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const bare = [];
const ee = [];
for (let i = 0; i < runs + 3; i++) {
  const b = time(['-e', '0']);
  const e = time([cli, ...eeArgs]);
  if (i >= 3) (bare.push(b), ee.push(e)); // the first runs warm the file cache
}
const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)] };
};
const b = stat(bare);
const e = stat(ee);
const f = (n) => n.toFixed(1).padStart(7);
console.log(`runs: ${runs}; ee ${eeArgs.join(' ')} (${cli})`);
console.log(`                 min   median  (ms)`);
console.log(`bare node    ${f(b.min)}  ${f(b.median)}`);
console.log(`ee           ${f(e.min)}  ${f(e.median)}`);
console.log(`beyond node  ${f(e.min - b.min)}  ${f(e.median - b.median)}`);
