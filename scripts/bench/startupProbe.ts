/**
 * Bundled by `npm run bench` and run in fresh processes: how long the bundled snapshot takes to become a usable
 * index at a cold start (what every `ee` command, the extension's activation and the add-in's first formula pay).
 * Prints one JSON line.
 */
import { bundledDraws } from '../../core/data/bundled';

const before = performance.now();
const draws = bundledDraws();
const after = performance.now();
process.stdout.write(JSON.stringify({ rounds: draws.rounds.length, loadMs: after - before }) + '\n');
