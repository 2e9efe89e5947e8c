// Builds the VS Code extension: dist/extension.js (Node, CommonJS, `vscode` external, the core bundled in),
// dist/chart.js (the chart webview script, browser IIFE), dist/profile.schema.json (for jsonValidation) and the
// in-host test suite dist/test/host/index.js (CommonJS, `vscode` external, mocha bundled in).
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';

// The web build (VS Code for the web runs extensions in a web worker, without Node): the desktop cache module is
// swapped for its workspace.fs twin, and any import of a Node built-in fails the build, naming the importer.
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
export const webPlatform = {
  name: 'web-platform',
  setup(b) {
    b.onResolve({ filter: /[\\/]platform[\\/]cache$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/cache$/, 'cache.web.ts')) }));
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      NODE_BUILTINS.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `The web build cannot use the Node built-in "${args.path}" (imported by ${args.importer}).` }] }
        : undefined,
    );
  },
};

export async function build({ minify = false } = {}) {
  const common = { bundle: true, minify, sourcemap: false, logLevel: 'warning', legalComments: 'none' };
  // mainFields: jsonc-parser's "main" is a UMD build whose require() calls a bundler cannot follow; its ESM build bundles.
  const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'] };
  // A web-worker extension host: the web build and its test suite.
  const web = { ...common, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], mainFields: ['browser', 'module', 'main'], plugins: [webPlatform] };
  const jobs = [
    esbuild({ ...node, entryPoints: ['extension/extension.ts'], outfile: 'dist/extension.js' }),
    // VS Code for the web: package.json "browser". Same activate(), web-worker platform, no Node built-ins.
    esbuild({ ...web, entryPoints: ['extension/extension.ts'], outfile: 'dist/web/extension.js' }),
    esbuild({ ...common, entryPoints: ['extension/chart/webview/main.ts'], outfile: 'dist/chart.js', platform: 'browser', format: 'iife', target: 'es2020' }),
  ];
  if (existsSync('test/extension/host/suite/index.ts')) {
    jobs.push(
      esbuild({
        ...node,
        minify: false,
        entryPoints: ['test/extension/host/suite/index.ts'],
        outfile: 'dist/test/host/index.js',
        // mocha reads its own package.json and optional modules at run time; these stay out of the bundle.
        external: ['vscode'],
        logOverride: { 'empty-import-meta': 'silent', 'require-resolve-not-external': 'silent' },
      }),
    );
  }
  if (existsSync('test/extension/web/suite/index.ts')) {
    // The web build's suite (scripts/test-vscode-web.mjs): runs in the web-worker extension host, so built like it.
    jobs.push(
      esbuild({ ...web, minify: false, entryPoints: ['test/extension/web/suite/index.ts'], outfile: 'dist/test/web/index.js' }),
    );
  }
  await mkdir('dist', { recursive: true });
  jobs.push(copyFile('core/cec/profile.schema.json', 'dist/profile.schema.json'));
  await Promise.all(jobs);
}
