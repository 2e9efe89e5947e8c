/** package.json's languageModelTools say what the core's answer table says: same descriptions, same input schemas. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerTool } from '../../../core/answers/index';
import { CATEGORIES_TOOL, CEC_TOOL, CRS_TOOL, FILE_SCHEMA, LM_TOOLS, OUTLOOK_TOOL, PROFILE_LM_TOOLS } from '../../../extension/lmToolTable';

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
    assert.deepEqual(contributed.map((t) => t.name).sort(), [...Object.keys(LM_TOOLS), ...Object.keys(PROFILE_LM_TOOLS)].sort());
    assert.deepEqual(Object.keys(PROFILE_LM_TOOLS).sort(), [CATEGORIES_TOOL, CEC_TOOL, CRS_TOOL, OUTLOOK_TOOL].sort());
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

  // The profile tools: the core tool's schema with "profile" taken out and "file" put in, written out here by hand.
  for (const [name, { core }] of Object.entries(PROFILE_LM_TOOLS)) {
    it(`${name}: the input schema of the core tool "${core}", "file" instead of "profile"`, () => {
      const c = contributed.find((t) => t.name === name)!;
      const tool = answerTool(core)!;
      assert.equal(typeof tool.answerFor, 'function', `core tool ${core} answers for a given profile`);
      const { profile, ...others } = tool.inputSchema.properties!;
      assert.equal(profile?.type, 'object', `core tool ${core} takes a profile`);
      const required = (tool.inputSchema.required ?? []).filter((r) => r !== 'profile');
      const want = { type: 'object', properties: { file: FILE_SCHEMA, ...others }, ...(required.length ? { required } : {}), additionalProperties: false };
      assert.deepEqual(c.inputSchema, want);
      assert.match(c.modelDescription, /profile open in the editor \(a \*\.ee-profile\.json file; else the only one in the workspace, or the one named in "file"\)/);
    });
  }

  it('outlook: "category" is a string or a list of strings, in the core table (MCP) and in package.json alike', () => {
    const want = ['string', 'array'];
    const core = answerTool('outlook')!.inputSchema.properties!['category']!;
    assert.deepEqual(core.anyOf?.map((s) => s.type), want);
    assert.equal(core.anyOf?.[1]?.items?.type, 'string');
    const lm = (contributed.find((t) => t.name === OUTLOOK_TOOL)!.inputSchema as { properties: Record<string, { anyOf?: { type: string }[] }> }).properties['category'];
    assert.deepEqual(lm?.anyOf?.map((s) => s.type), want);
  });

  it('every tool: a name VS Code accepts, a reference name, an object schema', () => {
    for (const t of contributed) {
      assert.match(t.name, /^[\w-]+$/);
      assert.match(t.toolReferenceName ?? '', /^[\w-]+$/);
      assert.equal((t.inputSchema as { type: string }).type, 'object');
    }
  });
});
