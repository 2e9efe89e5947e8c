// The `ee` command line: dist/cli.js (the dispatcher: command list, argument parser, help) and one self-contained
// CommonJS file per module core/cli/main.ts imports dynamically (each command, and the data loading) in dist/cli/,
// loaded only when needed, so `ee cutoff` never compiles the CEC check, the language charts, the refresh code or the
// MCP SDK. The SDK's default JSON Schema validator (Ajv, ~210 KB) is replaced by core/mcp/noElicitation.ts: the server
// never uses it (it only validates elicitation answers). Always minified, so each file stays under the 400 KB budget
// (test/core/mcp/bundle.test.ts).
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The command modules: every `import('./name')` in core/cli/main.ts. */
function commandModules() {
  const main = readFileSync('core/cli/main.ts', 'utf8');
  return [...main.matchAll(/import\('\.\/([A-Za-z]+)'\)/g)].map((m) => m[1]);
}

const noAjv = {
  name: 'mcp-without-ajv',
  setup(b) {
    b.onResolve({ filter: /[\\/]validation[\\/]ajv-provider\.js$/ }, (args) =>
      args.importer.includes('@modelcontextprotocol') ? { path: resolve('core/mcp/noElicitation.ts') } : undefined,
    );
  },
};

export async function build() {
  const commands = commandModules();
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Dynamic imports become require() calls: CommonJS loads faster than Node's ESM loader.
    supported: { 'dynamic-import': false },
    // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    metafile: true,
  };
  const commandsExternal = {
    name: 'commands-external',
    setup(b) {
      b.onResolve({ filter: /^\.\/[A-Za-z]+$/ }, (args) => {
        const name = args.path.slice(2);
        if (!args.importer.replace(/\\/g, '/').endsWith('core/cli/main.ts') || !commands.includes(name)) return undefined;
        return { path: `./cli/${name}.js`, external: true };
      });
    },
  };
  const results = await Promise.all([
    esbuild({ ...common, entryPoints: ['core/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [commandsExternal] }),
    esbuild({ ...common, entryPoints: Object.fromEntries(commands.map((c) => [c, `core/cli/${c}.ts`])), outdir: 'dist/cli', plugins: [noAjv] }),
  ]);
  const inputs = results.flatMap((r) => Object.keys(r.metafile.inputs));
  if (inputs.some((f) => /node_modules[\\/]ajv[\\/]/.test(f))) throw new Error('dist/cli: Ajv got into a bundle (see mcp-without-ajv).');
}
