/**
 * The CLI's files carry the MCP SDK in `ee mcp`'s own bundle only, each within the 400 KB budget
 * (npm test builds dist/ first).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requireBuiltCli } from '../cli/run';

describe('ee mcp: the CLI bundles', () => {
  const dist = resolve(__dirname, '../../../dist');
  it('each file is at most 400 KB; the SDK is in dist/cli/mcp.js only, and without Ajv', function () {
    requireBuiltCli(this);
    const files = [join(dist, 'cli.js'), ...readdirSync(join(dist, 'cli')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'cli', f))];
    for (const file of files) {
      const size = statSync(file).size;
      assert.ok(size <= 400 * 1024, `${file} is ${size} bytes`);
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /ajv\.js\.org|new Ajv\(/, `${file}: Ajv is left out`);
      if (!file.endsWith('mcp.js')) assert.doesNotMatch(text, /notifications\/initialized/, `${file}: no SDK outside ee mcp`);
    }
    const mcp = readFileSync(join(dist, 'cli', 'mcp.js'), 'utf8');
    assert.match(mcp, /express-entry-draws/);
    assert.match(mcp, /notifications\/initialized/, 'the SDK is bundled');
  });
});
