/** The CLI bundle carries the MCP SDK and stays within the 400 KB budget (npm test builds dist/ first). */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

describe('ee mcp: the CLI bundle', () => {
  const file = resolve(__dirname, '../../../dist/cli.js');
  it('dist/cli.js is at most 400 KB with the SDK inside, and without Ajv', () => {
    const size = statSync(file).size;
    assert.ok(size <= 400 * 1024, `dist/cli.js is ${size} bytes`);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /express-entry-draws/);
    assert.match(text, /notifications\/initialized/, 'the SDK is bundled');
    assert.doesNotMatch(text, /ajv\.js\.org|new Ajv\(/, 'Ajv is left out');
  });
});
