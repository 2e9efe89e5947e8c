/**
 * `npm run data:import -- <file-or-url> [--check] [--retrieved ISO] [--out FILE]`
 * Imports IRCC's rounds feed into the bundled snapshot (core/data/snapshot.json) and prints an import report.
 * --check: write nothing; exit 1 unless importing reproduces the committed snapshot byte for byte
 * (the retrieval date is then taken from the committed snapshot).
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { IRCC_FEED_URL } from '../core/index';
import { encodeSnapshot, provenanceOf } from '../core/feed/snapshot';
import { importReport, parseFeedText } from '../core/feed/importFeed';
import { fetchFeedText } from '../core/refresh/fetchFeed';

const SNAPSHOT = resolve(__dirname, '../core/data/snapshot.json');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const check = args.includes('--check');
  if (check) args.splice(args.indexOf('--check'), 1);
  const out = flag('--out') ?? SNAPSHOT;
  let retrieved = flag('--retrieved');
  const source = args[0];
  if (!source || args.length > 1) {
    console.error('usage: npm run data:import -- <feed-file-or-url> [--check] [--retrieved ISO] [--out FILE]');
    return 2;
  }
  const isUrl = /^https?:\/\//i.test(source);
  const text = isUrl ? await fetchFeedText(source, {}) : readFileSync(source, 'utf8');
  const reading = parseFeedText(text);
  if (check) {
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { provenance: { retrieved: string } };
    retrieved = committed.provenance.retrieved;
  }
  retrieved ??= new Date().toISOString().slice(0, 19) + 'Z';
  const provenance = isUrl
    ? provenanceOf(reading.rounds, source, retrieved)
    : provenanceOf(reading.rounds, IRCC_FEED_URL, retrieved, { sourceFile: basename(source) });
  const snapshot = encodeSnapshot({ provenance, rounds: reading.rounds });
  console.log(importReport(reading, isUrl ? source : basename(source)));
  if (check) {
    const same = readFileSync(SNAPSHOT, 'utf8') === snapshot;
    console.log(same ? 'Snapshot check: the committed snapshot is reproduced byte for byte.' : 'Snapshot check FAILED: re-importing gives a different snapshot.');
    return same ? 0 : 1;
  }
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, snapshot);
  renameSync(tmp, out);
  console.log(`Wrote ${out} (${snapshot.length.toLocaleString('en-US')} bytes).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`data:import failed: ${(e as Error).message}`);
    process.exit(2);
  },
);
