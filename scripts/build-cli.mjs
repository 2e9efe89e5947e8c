// The `ee` command line: one self-contained CommonJS file with the bundled snapshot inside.
// The MCP SDK (for `ee mcp`) is bundled in too but only initialised when that command runs (a dynamic import, which
// esbuild turns into a lazily run module). Its default JSON Schema validator (Ajv, ~210 KB) is replaced by
// core/mcp/noElicitation.ts: the server never uses it (it only validates elicitation answers). The file is always
// minified so it stays under the 400 KB budget with the SDK inside (checked by test/core/mcp/bundle.test.ts).
import { build as esbuild } from 'esbuild';
import { resolve } from 'node:path';

const noAjv = {
  name: 'mcp-without-ajv',
  setup(b) {
    b.onResolve({ filter: /[\\/]validation[\\/]ajv-provider\.js$/ }, (args) =>
      args.importer.includes('@modelcontextprotocol') ? { path: resolve('core/mcp/noElicitation.ts') } : undefined,
    );
  },
};

export async function build() {
  await esbuild({
    entryPoints: ['core/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
    plugins: [noAjv],
    metafile: true,
  }).then((r) => {
    const inputs = Object.keys(r.metafile.inputs);
    if (inputs.some((f) => /node_modules[\\/]ajv[\\/]/.test(f))) throw new Error('dist/cli.js: Ajv got into the bundle (see mcp-without-ajv).');
  });
}
