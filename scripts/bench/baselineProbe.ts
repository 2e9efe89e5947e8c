/** The baseline for startupProbe.ts: JSON.parse of the same snapshot text in a fresh process, and nothing else. */
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2]!, 'utf8');
const before = performance.now();
const doc = JSON.parse(text) as { rounds: unknown[] };
const after = performance.now();
process.stdout.write(JSON.stringify({ rounds: doc.rounds.length, loadMs: after - before }) + '\n');
