/**
 * Child process for the atomic-write test (not a test file itself): writes two cache texts alternately, forever,
 * into a cache folder, until it is killed. Prints "ready" once the loop runs.
 * Usage (bundled by the test with esbuild): node writer.cjs <mode: atomic|naive> <dir> <fileA> <fileB>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileCache } from '../../../core/refresh/fileCache';

async function main(): Promise<void> {
  const [mode, dir, a, b] = process.argv.slice(2) as [string, string, string, string];
  const texts = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
  const cache = fileCache(dir);
  process.stdout.write('ready\n');
  // Bounded, in case the parent dies without killing us (~minutes at most).
  for (let i = 0; i < 100_000; i++) {
    const text = texts[i % 2]!;
    if (mode === 'naive') writeFileSync(join(dir, 'rounds.json'), text);
    else await cache.write(text);
  }
}

void main();
