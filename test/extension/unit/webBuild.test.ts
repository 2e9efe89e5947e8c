/**
 * The web build (package.json "browser", for VS Code in the browser): bundles for a web worker without any Node
 * built-in, and the build refuses one, naming the importer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
// @ts-expect-error: the build script is plain JavaScript.
import { webPlatform } from '../../../extension/build.mjs';

const ROOT = resolve(__dirname, '../../..');
const options: BuildOptions = { bundle: true, write: false, platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], logLevel: 'silent', metafile: true, plugins: [webPlatform as Plugin] };

describe('extension: the web build', () => {
  it('package.json names the web bundle as "browser"', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser: string };
    assert.equal(pkg.browser, './dist/web/extension.js');
  });

  it('bundles activate() for a web worker: workspace.fs cache, no file cache, no Node module, only `vscode` required', async () => {
    const r = await build({ ...options, entryPoints: [join(ROOT, 'extension/extension.ts')] });
    const inputs = Object.keys(r.metafile!.inputs);
    assert.ok(inputs.some((f) => f.endsWith('extension/platform/cache.web.ts')), 'the web cache is used');
    assert.ok(!inputs.some((f) => /fileCache\.ts$|refresh\/node\.ts$|platform\/cache\.ts$/.test(f)), inputs.filter((f) => /cache|node/.test(f)).join('\n'));
    const text = r.outputFiles![0]!.text;
    assert.deepEqual([...new Set(text.match(/require\("[^"]*"\)/g))], ['require("vscode")']);
    assert.doesNotMatch(text, /\bBuffer\.|\bprocess\.|__dirname|setImmediate/);
    // The budget is for what ships: `npm run package` builds minified.
    const shipped = await build({ ...options, minify: true, entryPoints: [join(ROOT, 'extension/extension.ts')] });
    const size = shipped.outputFiles![0]!.contents.length;
    assert.ok(size <= 400 * 1024, `${size} bytes`);
  });

  it('fails on any Node built-in, with or without "node:"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ee-web-build-'));
    try {
      for (const [file, source, name] of [['a.ts', "import { readFile } from 'node:fs/promises'; void readFile;", 'node:fs/promises'], ['b.ts', "import * as os from 'os'; void os;", 'os']] as const) {
        writeFileSync(join(dir, file), source);
        await assert.rejects(build({ ...options, entryPoints: [join(dir, file)] }), (e: Error) => e.message.includes(`cannot use the Node built-in "${name}"`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
