/** The browser add-in imports core/refresh/index.ts: it must bundle for a browser with no Node module. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { build } from 'esbuild';

describe('refresh: browser-safe entry point', () => {
  it('core/refresh/index.ts bundles for the browser without any Node built-in', async () => {
    const result = await build({
      entryPoints: [resolve(__dirname, '../../../core/refresh/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((f) => f.endsWith('core/refresh/refresh.ts')));
    assert.ok(!inputs.some((f) => f.endsWith('fileCache.ts') || f.endsWith('node.ts')), inputs.join('\n'));
    assert.doesNotMatch(result.outputFiles[0]!.text, /\bnode:|require\(/);
  });
});
