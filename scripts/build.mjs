// Builds every face into dist/. Each face has its own build module so they can evolve separately.
// Usage: node scripts/build.mjs [--minify] [cli|extension|addin ...]
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const minify = args.includes('--minify');
const only = args.filter((a) => !a.startsWith('--'));
const faces = [
  ['cli', 'scripts/build-cli.mjs'],
  ['extension', 'extension/build.mjs'],
  ['addin', 'excel-addin/build.mjs'],
];
for (const [name, file] of faces) {
  if (only.length && !only.includes(name)) continue;
  const path = resolve(file);
  if (!existsSync(path)) continue;
  const t0 = performance.now();
  const mod = await import(pathToFileURL(path).href);
  await mod.build({ minify });
  console.log(`built ${name} in ${Math.round(performance.now() - t0)} ms`);
}
