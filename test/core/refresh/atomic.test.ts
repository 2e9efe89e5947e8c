/**
 * Atomic cache writes: a writer killed (SIGKILL) at random moments never leaves a broken cache; loadData always
 * reads either the old or the new content. A control run with a naive in-place writer shows the harness does catch
 * broken caches.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileCache } from '../../../core/refresh/fileCache';
import { loadData } from '../../../core/refresh/refresh';
import { bundledData } from '../../../core/data/bundled';
import { parseFeedText } from '../../../core/feed/importFeed';
import { encodeSnapshot, provenanceOf } from '../../../core/feed/snapshot';
import { tempDir } from './helpers';

const WRITER_SOURCE = join(__dirname, 'atomicWriter.ts');
/** The writer bundled to plain JS once (esbuild), so that each spawn is a bare `node` start (fast, even under load). */
let writer = '';

/** A large, valid cache text: `n` invented rounds in the feed's shape (a few MB). */
function bigCache(n: number, crs: number): string {
  const rounds = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    rounds.push({
      drawNumber: String(1000 + i),
      drawDate: day,
      drawName: i % 3 ? 'Canadian Experience Class' : 'Beekeeping occupations, 2027-Version 1',
      drawText2: 'Canadian Experience Class',
      drawSize: '1,234',
      drawCRS: String(crs),
      drawDateTime: '',
      drawCutOff: '',
      drawDistributionAsOn: day,
      ...Object.fromEntries(Array.from({ length: 18 }, (_, k) => [`dd${k + 1}`, '0'])),
    });
  }
  const reading = parseFeedText(JSON.stringify({ rounds }));
  return encodeSnapshot({ provenance: provenanceOf(reading.rounds, `test-${crs}`, '2031-01-01T00:00:00Z'), rounds: reading.rounds });
}

interface Run {
  /** The cache text after the kill. */
  readonly text: string;
  /** A temporary file was left behind: the kill landed in the middle of a write. */
  readonly midWrite: boolean;
}

/** Starts the writer, lets it run for a random moment, SIGKILLs it, returns what is on disk. */
async function killWriterOnce(mode: 'atomic' | 'naive', dir: string, a: string, b: string, maxDelayMs: number): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [writer, mode, dir, a, b], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  try {
    await new Promise<void>((ok, fail) => {
      const t = setTimeout(() => fail(new Error('writer did not start')), 15_000);
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) {
          clearTimeout(t);
          ok();
        }
      });
      child.on('exit', () => fail(new Error('writer exited early')));
    });
    await new Promise((ok) => setTimeout(ok, 5 + Math.random() * maxDelayMs));
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  for (const f of leftovers) rmSync(join(dir, f));
  if (process.env['EE_ATOMIC_TRACE']) console.log(`      kill after ${Math.round(performance.now() - t0)} ms`);
  return { text: readFileSync(join(dir, 'rounds.json'), 'utf8'), midWrite: leftovers.length > 0 };
}

describe('refresh/fileCache: a killed writer never leaves a broken cache', function () {
  this.timeout(90_000);
  let tmp: { dir: string; remove: () => void };
  let a: string;
  let b: string;
  let textA: string;
  let textB: string;
  before(() => {
    tmp = tempDir('ee-atomic-');
    writer = join(tmp.dir, 'writer.cjs');
    buildSync({ entryPoints: [WRITER_SOURCE], outfile: writer, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    textA = bigCache(3_000, 500);
    textB = bigCache(3_001, 501);
    a = join(tmp.dir, 'A.txt');
    b = join(tmp.dir, 'B.txt');
    writeFileSync(a, textA);
    writeFileSync(b, textB);
  });
  after(() => tmp.remove());

  it('SIGKILL at random moments: loadData always succeeds with the old or the new content', async () => {
    const dir = join(tmp.dir, 'atomic');
    const cache = fileCache(dir);
    await cache.write(textA);
    let midWrites = 0;
    // Four kills at least (each one checked), more only until one has landed mid-write (at most 12): keeps the test
    // short while still proving that the harness hits the write window.
    let runs = 0;
    for (let i = 0; i < 12 && (i < 4 || midWrites === 0); i++) {
      runs++;
      const run = await killWriterOnce('atomic', dir, a, b, 150);
      if (run.midWrite) midWrites++;
      assert.ok(run.text === textA || run.text === textB, `run ${i}: the cache is one of the two complete texts (${run.text.length} chars)`);
      const t1 = performance.now();
      const loaded = await loadData(cache, bundledData());
      if (process.env['EE_ATOMIC_TRACE']) console.log(`      load ${Math.round(performance.now() - t1)} ms`);
      assert.deepEqual(loaded.warnings, [], `run ${i}: no warning`);
      assert.equal(loaded.origin, 'cache');
      assert.ok(loaded.data.rounds.length === 435 + 3_000 || loaded.data.rounds.length === 435 + 3_001);
    }
    // Most kills land while a write is in progress (the temporary file is left behind): the test hits the window.
    assert.ok(midWrites >= 1, `at least one kill interrupted a write (${midWrites}/${runs})`);
    console.log(`      (${midWrites} of ${runs} kills landed in the middle of a write)`);
    // A later write cleans nothing fresh but still succeeds next to leftovers.
    await cache.write(textB);
    assert.equal(await cache.read(), textB);
  });

  it('control: the same harness catches a naive in-place writer leaving a broken cache', async () => {
    const dir = join(tmp.dir, 'naive');
    const cache = fileCache(dir);
    await cache.write(textA);
    let broken = 0;
    for (let i = 0; i < 15 && broken === 0; i++) {
      const run = await killWriterOnce('naive', dir, a, b, 150);
      const loaded = await loadData(cache, bundledData());
      if (run.text !== textA && run.text !== textB) {
        broken++;
        assert.equal(loaded.origin, 'bundled', 'a broken cache is ignored…');
        assert.equal(loaded.warnings.length, 1, '…with a warning');
      }
    }
    assert.ok(broken >= 1, 'a naive writer was caught leaving a broken cache');
  });
});
