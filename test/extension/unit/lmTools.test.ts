/** package.json's languageModelTools say what the core's answer table says: same descriptions, same input schemas. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerTool } from '../../../core/answers/index';
import { CEC_TOOL, CRS_TOOL, LM_TOOLS } from '../../../extension/lmToolTable';

interface Contributed {
  name: string;
  displayName: string;
  modelDescription: string;
  inputSchema: unknown;
  toolReferenceName?: string;
}

describe('extension: language-model tools in package.json', () => {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { languageModelTools: Contributed[] } };
  const contributed = pkg.contributes.languageModelTools;

  it('contributes exactly the tools the extension registers', () => {
    assert.deepEqual(contributed.map((t) => t.name).sort(), [...Object.keys(LM_TOOLS), CEC_TOOL, CRS_TOOL].sort());
  });

  for (const [name, core] of Object.entries(LM_TOOLS)) {
    it(`${name}: the model description and input schema of the core tool "${core}"`, () => {
      const c = contributed.find((t) => t.name === name)!;
      const tool = answerTool(core)!;
      assert.equal(c.modelDescription, tool.description);
      assert.deepEqual(c.inputSchema, tool.inputSchema);
      assert.equal(c.displayName, tool.title);
    });
  }

  it('every tool: a name VS Code accepts, a reference name, an object schema', () => {
    for (const t of contributed) {
      assert.match(t.name, /^[\w-]+$/);
      assert.match(t.toolReferenceName ?? '', /^[\w-]+$/);
      assert.equal((t.inputSchema as { type: string }).type, 'object');
    }
  });
});
