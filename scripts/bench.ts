/**
 * `npm run bench`: each figure next to a straightforward baseline measured in the same run.
 * - cut-off lookups per second through the public API vs filter + sort + take the first
 * - feed parse + validate + index time (the real feed when ../shared is present)
 * - snapshot load time
 * - the Excel add-in's figures (excel-addin/bench.ts), when present
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledData, Draws, isoFromDay, type Round } from '../core/index';
import { decodeSnapshot, encodeSnapshot } from '../core/feed/snapshot';
import { parseFeedText } from '../core/feed/importFeed';

const FEED = resolve(__dirname, '../../shared/data/ircc/ee_rounds_123_en.json');

function timeIt(fn: () => void, minMs = 400): { perSecond: number; msPerRun: number; runs: number } {
  fn(); // warm up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - t0;
  }
  return { perSecond: (runs * 1000) / elapsed, msPerRun: elapsed / runs, runs };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const lines: string[] = [];
const say = (s: string): void => {
  lines.push(s);
  console.log(s);
};

async function main(): Promise<void> {
  const data = bundledData();
  const draws = new Draws(data.rounds);
  const categories = ['CEC', 'PNP', 'FRENCH', 'HEALTHCARE', 'GENERAL', 'cec', 'Canadian Experience Class', 'french'];
  const first = data.rounds[0]!.day;
  const last = data.rounds[data.rounds.length - 1]!.day + 30;
  // A fixed pseudo-random set of questions, the same for both contestants.
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const questions = Array.from({ length: 4096 }, () => ({
    category: categories[Math.floor(rand() * categories.length)]!,
    date: isoFromDay(first + Math.floor(rand() * (last - first))),
  }));

  say(`Express Entry Draws benchmark — ${data.rounds.length} rounds, Node ${process.version}`);
  say('');
  say('Cut-off lookups (latest round of a category on or before a date), through the public API:');
  let i = 0;
  let sink = 0;
  const BATCH = 10_000;
  const api = timeIt(() => {
    for (let k = 0; k < BATCH; k++) {
      const q = questions[i++ & 4095]!;
      sink += draws.latest(q.category, q.date)?.crs ?? 0;
    }
  });
  // Baseline: what one would write without an index — resolve, filter, sort newest first, take the first.
  const rounds = data.rounds;
  const baseline = timeIt(() => {
    for (let k = 0; k < 100; k++) {
      const q = questions[i++ & 4095]!;
      const id = draws.resolve(q.category);
      const hit = rounds.filter((r: Round) => r.category === id && r.date <= q.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.order - a.order))[0];
      sink += hit?.crs ?? 0;
    }
  });
  const apiRate = api.perSecond * BATCH;
  const baseRate = baseline.perSecond * 100;
  say(`  indexed API (binary search):  ${fmt(apiRate)} lookups/s`);
  say(`  baseline (filter+sort+first): ${fmt(baseRate)} lookups/s`);
  say(`  speed-up: ${(apiRate / baseRate).toFixed(0)}×`);
  // Agreement check: both give the same answers.
  for (const q of questions.slice(0, 500)) {
    const id = draws.resolve(q.category);
    const hit = rounds.filter((r) => r.category === id && r.date <= q.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.order - a.order))[0];
    if (hit?.crs !== draws.latest(q.category, q.date)?.crs) throw new Error(`disagreement on ${q.category} ${q.date}`);
  }
  say('  (both agree on 500 sampled questions)');
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
  const baseBig = timeIt(() => {
    for (let k = 0; k < 10; k++) {
      const q = manyQuestions[i++ & 4095]!;
      const id = big.resolve(q.category);
      sink += many.filter((r) => r.category === id && r.date <= q.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.order - a.order))[0]?.crs ?? 0;
    }
  });
  say(`  with 20× the rounds (${fmt(many.length)}): indexed ${fmt(apiBig.perSecond * BATCH)} lookups/s, baseline ${fmt(baseBig.perSecond * 10)} lookups/s`);
  say('');

  const feedText = existsSync(FEED) ? readFileSync(FEED, 'utf8') : null;
  if (feedText) {
    say(`Full feed (${fmt(feedText.length)} bytes): JSON.parse + read + validate + index:`);
    const full = timeIt(() => {
      const reading = parseFeedText(feedText);
      new Draws(reading.rounds);
    }, 1000);
    const jsonOnly = timeIt(() => JSON.parse(feedText), 1000);
    say(`  parse + validate + index: ${full.msPerRun.toFixed(2)} ms`);
    say(`  baseline JSON.parse alone: ${jsonOnly.msPerRun.toFixed(2)} ms`);
  } else {
    say('Full feed: ../shared/data/ircc/ee_rounds_123_en.json not found; skipped.');
  }
  say('');
  const snapshotText = encodeSnapshot(data);
  say(`Snapshot load (${fmt(snapshotText.length)} bytes): decode + index:`);
  const load = timeIt(() => new Draws(decodeSnapshot(snapshotText).rounds), 1000);
  const loadJson = timeIt(() => JSON.parse(snapshotText), 1000);
  say(`  decode + index: ${load.msPerRun.toFixed(2)} ms`);
  say(`  baseline JSON.parse alone: ${loadJson.msPerRun.toFixed(2)} ms`);

  const excelBench = resolve(__dirname, '../excel-addin/bench.ts');
  if (existsSync(excelBench)) {
    say('');
    say('Excel add-in:');
    const mod = (await import(excelBench)) as { benchExcel: () => Promise<string[]> };
    for (const l of await mod.benchExcel()) say(`  ${l}`);
  }
  if (sink === 0.5) console.log(''); // keeps the work observable
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
