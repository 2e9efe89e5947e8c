/**
 * Bundled by `npm run bench` and run in fresh processes: how long the bundled snapshot takes to become a usable
 * index at a cold start (what every `ee` command, the extension's activation and the add-in's first formula pay).
 * Prints one JSON line: milliseconds since the process started, before and after, and of the load itself.
 */
import { bundledDraws } from '../../core/data/bundled';

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const before = performance.now();
const cpu0 = cpu();
const draws = bundledDraws();
const cpuMs = cpu() - cpu0;
const after = performance.now();
process.stdout.write(JSON.stringify({ rounds: draws.rounds.length, before, loadMs: after - before, cpuMs, total: after }) + '\n');
