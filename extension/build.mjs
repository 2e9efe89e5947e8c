// Builds the VS Code extension: dist/extension.js (Node, CommonJS, `vscode` external, the core bundled in),
// dist/chart.js (the chart webview script, browser IIFE), dist/profile.schema.json (for jsonValidation) and the
// in-host test suite dist/test/host/index.js (CommonJS, `vscode` external, mocha bundled in).
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';

export async function build({ minify = false } = {}) {
  const common = { bundle: true, minify, sourcemap: false, logLevel: 'warning', legalComments: 'none' };
  // mainFields: jsonc-parser's "main" is a UMD build whose require() calls a bundler cannot follow; its ESM build bundles.
  const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'] };
  const jobs = [
    esbuild({ ...node, entryPoints: ['extension/extension.ts'], outfile: 'dist/extension.js' }),
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
  await mkdir('dist', { recursive: true });
  jobs.push(copyFile('core/cec/profile.schema.json', 'dist/profile.schema.json'));
  await Promise.all(jobs);
}
