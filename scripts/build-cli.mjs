// The `ee` command line: one self-contained CommonJS file with the bundled snapshot inside.
import { build as esbuild } from 'esbuild';

export async function build({ minify = false } = {}) {
  await esbuild({
    entryPoints: ['core/cli/bin.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    minify,
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}
