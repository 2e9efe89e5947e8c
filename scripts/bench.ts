/**
 * `npm run bench`: every figure next to a straightforward baseline measured in the same run, and each goal of the
 * performance work (issue 14) marked met or not:
 * - start-up: the bundled snapshot decoded and indexed in a fresh process (≤ 5 ms) vs JSON.parse of the same text;
 * - cut-off lookups per second through the public API (≥ 10 million) vs filter + sort + take the last;
 * - `ee cutoff` (≤ 40 ms beyond bare Node), `ee crs` and `ee outlook` vs starting bare Node;
 * - the Excel add-in (excel-addin/bench.ts): EE.CRS_CUTOFF (≥ 30× filter-and-sort), EE.CRS;
 * - bundle sizes (each ≤ 400 KB), of the minified build that ships (the bench builds it first).
 * Timings are medians over repeated runs; a busy machine makes every figure slower, baselines included.
 * `npm run bench -- --quick` runs fewer repetitions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundledData, Draws, isoFromDay, type Round } from '../core/index';
import { parseFeedText } from '../core/feed/importFeed';

const ROOT = resolve(__dirname, '..');
const FEED = resolve(ROOT, '../shared/data/ircc/ee_rounds_123_en.json');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 7 : 21;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const goal = (met: boolean, text: string): string => `  goal ${text}: ${met ? 'met' : 'NOT MET'}`;
const say = (s: string): void => console.log(s);

function timeIt(fn: () => void, minMs = 400): { perSecond: number; msPerRun: number } {
  fn(); // warm up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  return { perSecond: (runs * 1000) / elapsed, msPerRun: elapsed / runs };
}

/** Wall time of a whole process, in ms (spawn to exit). */
function processMs(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const t = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return t;
}

/** Medians of several commands' process times, measured interleaved so that load changes hit all alike. */
function processMedians(commands: readonly (readonly string[])[]): number[] {
  const times = commands.map(() => [] as number[]);
  for (const c of commands) processMs(c); // warm the file cache
  for (let k = 0; k < RUNS; k++) commands.forEach((c, i) => times[i]!.push(processMs(c)));
  return times.map(median);
}

function probe(file: string, ...args: string[]): { loadMs: number; cpuMs?: number } {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { loadMs: number; cpuMs?: number };
}

async function startup(): Promise<void> {
  say('Start-up: the bundled snapshot decoded and indexed at a cold start (fresh process each run, bundled as the faces are):');
  const out = join(ROOT, 'dist/bench');
  for (const name of ['startupProbe', 'baselineProbe']) {
    await build({ entryPoints: [join(ROOT, `scripts/bench/${name}.ts`)], outfile: join(out, `${name}.js`), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  }
  const snapshotFile = join(ROOT, 'core/data/snapshot.json');
  const ours: number[] = [];
  const base: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    ours.push(probe(join(out, 'startupProbe.js')).loadMs);
    base.push(probe(join(out, 'baselineProbe.js'), snapshotFile).loadMs);
  }
  const m = median(ours);
  say(`  decode + index: ${ms(m)} (median of ${RUNS}; fastest ${ms(Math.min(...ours))})`);
  say(`  baseline, JSON.parse of the same ${fmt(statSync(snapshotFile).size)} bytes: ${ms(median(base))} (fastest ${ms(Math.min(...base))})`);
  say(goal(m <= 5, 'snapshot decode + index ≤ 5 ms'));
  say('');
}

function lookups(): void {
  const data = bundledData();
  const draws = new Draws(data.rounds);
  const categories = ['CEC', 'PNP', 'FRENCH', 'HEALTHCARE', 'GENERAL', 'cec', 'Canadian Experience Class', 'french'];
  const first = data.rounds[0]!.day;
  const last = data.rounds[data.rounds.length - 1]!.day + 30;
  // A fixed pseudo-random set of questions, the same for both contestants.
  let seed = 42;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const questions = Array.from({ length: 4096 }, () => ({
    category: categories[Math.floor(rand() * categories.length)]!,
    date: isoFromDay(first + Math.floor(rand() * (last - first))),
  }));
  say('Cut-off lookups (latest round of a category on or before a date) through the public API, draws.latest(category, "YYYY-MM-DD"):');
  let i = 0;
  let sink = 0;
  const BATCH = 10_000;
  const api = timeIt(() => {
    for (let k = 0; k < BATCH; k++) {
      const q = questions[i++ & 4095]!;
      sink += draws.latest(q.category, q.date)?.crs ?? 0;
    }
  }, 1000);
  // Baseline: what one would write without an index — resolve, filter, sort newest first, take the first.
  const rounds = data.rounds;
  const plain = (category: string, date: string): Round | undefined => {
    const id = draws.resolve(category);
    return rounds.filter((r: Round) => r.category === id && r.date <= date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.order - a.order))[0];
  };
  const baseline = timeIt(() => {
    for (let k = 0; k < 100; k++) {
      const q = questions[i++ & 4095]!;
      sink += plain(q.category, q.date)?.crs ?? 0;
    }
  });
  const apiRate = api.perSecond * BATCH;
  const baseRate = baseline.perSecond * 100;
  say(`  indexed API (memoized category, day table): ${fmt(apiRate)} lookups/s`);
  say(`  baseline (filter + sort + first):               ${fmt(baseRate)} lookups/s`);
  say(`  speed-up: ${(apiRate / baseRate).toFixed(0)}×`);
  for (const q of questions.slice(0, 500)) {
    if (plain(q.category, q.date)?.crs !== draws.latest(q.category, q.date)?.crs) throw new Error(`disagreement on ${q.category} ${q.date}`);
  }
  say('  (both agree on 500 sampled questions)');
  say(goal(apiRate >= 10_000_000, 'public-API cut-off lookups ≥ 10 million a second'));
  // The cost of an indexed lookup must not grow with the number of rounds: 20× more (synthetic, shifted) rounds.
  const span = last - first + 1;
  const many: Round[] = [];
  for (let k = 0; k < 20; k++) for (const r of rounds) many.push({ ...r, day: r.day + k * span, date: isoFromDay(r.day + k * span), order: r.order + k * 1_000_000_000 });
  const big = new Draws(many);
  const manyQuestions = questions.map((q, k) => ({ category: q.category, date: isoFromDay(first + ((k * 7919) % (span * 20))) }));
  const apiBig = timeIt(() => {
    for (let k = 0; k < BATCH; k++) {
      const q = manyQuestions[i++ & 4095]!;
      sink += big.latest(q.category, q.date)?.crs ?? 0;
    }
  });
  say(`  with 20× the rounds (${fmt(many.length)}): indexed ${fmt(apiBig.perSecond * BATCH)} lookups/s`);
  say('');
  if (sink === 0.5) say(''); // keeps the work observable
}

function feedImport(): void {
  if (!existsSync(FEED)) {
    say('Full feed: ../shared/data/ircc/ee_rounds_123_en.json not found; this figure is left out.');
    say('');
    return;
  }
  const feedText = readFileSync(FEED, 'utf8');
  say(`Importing the full feed (${fmt(feedText.length)} bytes; done by data:import and each refresh, not at start-up):`);
  const full = timeIt(() => new Draws(parseFeedText(feedText).rounds), 1000);
  const jsonOnly = timeIt(() => JSON.parse(feedText) as unknown, 1000);
  say(`  JSON.parse + read + validate + index: ${ms(full.msPerRun)}`);
  say(`  baseline JSON.parse alone: ${ms(jsonOnly.msPerRun)}`);
  say('');
}

function commandLine(): void {
  const cli = join(ROOT, 'dist/cli.js');
  say(`The ee command line (${RUNS} runs each, interleaved, median wall time of the whole process):`);
  const profile = join(ROOT, 'test/fixtures/profiles/candidate.ee-profile.json');
  const commands: [string, string[]][] = [
    ['bare Node (node -e 0)', ['-e', '0']],
    ['ee cutoff CEC 2025-11-29 --json', [cli, 'cutoff', 'CEC', '2025-11-29', '--json']],
  ];
  if (existsSync(profile)) commands.push([`ee crs ${profile.slice(ROOT.length + 1)} --as-of 2026-08-07 --json`, [cli, 'crs', profile, '--as-of', '2026-08-07', '--json']]);
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
  if (/\boutlook\b/.test(help)) commands.push(['ee outlook --score 480 --as-of 2026-08-07 --json', [cli, 'outlook', '--score', '480', '--as-of', '2026-08-07', '--json']]);
  const medians = processMedians(commands.map(([, a]) => a));
  const bare = medians[0]!;
  commands.forEach(([label], k) => {
    say(`  ${label.padEnd(62)} ${ms(medians[k]!)}${k === 0 ? '' : `  (+${ms(medians[k]! - bare)} beyond bare Node)`}`);
  });
  say(goal(medians[1]! - bare <= 40, '`ee cutoff` ≤ 40 ms beyond bare Node'));
  say('');
}

function bundles(): void {
  say('Bundles (dist/, minified as npm run package builds them):');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (!['bench', 'test'].includes(f)) walk(p);
      } else if (/\.js$/.test(f)) files.push(p);
    }
  };
  walk(join(ROOT, 'dist'));
  let over = 0;
  for (const f of files.sort()) {
    const size = statSync(f).size;
    if (size > 400 * 1024) over++;
    say(`  ${f.slice(ROOT.length + 1).padEnd(40)} ${fmt(size / 1024)} KB`);
  }
  say(goal(over === 0, 'every bundle ≤ 400 KB'));
  say('');
}

async function main(): Promise<void> {
  // Measure what ships: the minified build `npm run package` makes.
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--minify'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  say(`Express Entry Draws benchmark — ${bundledData().rounds.length} rounds, Node ${process.version}${QUICK ? ' (quick)' : ''}`);
  say('');
  await startup();
  lookups();
  commandLine();
  feedImport();
  const excelBench = resolve(__dirname, '../excel-addin/bench.ts');
  if (existsSync(excelBench)) {
    say('Excel add-in:');
    const mod = (await import(excelBench)) as { benchExcel: () => Promise<string[]> };
    for (const l of await mod.benchExcel()) say(`  ${l}`);
    say('');
  }
  bundles();
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
