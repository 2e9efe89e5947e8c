/**
 * Language-model tools through VS Code's own API: vscode.lm.tools lists them, vscode.lm.invokeTool runs them (outside
 * a chat session: toolInvocationToken undefined, which VS Code 1.100 accepts). Figures are recounted from the store's
 * plain round list; the text must be the core answer's text, word for word (the MCP server answers with the same).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answer, crsAnswer } from '../../../../core/answers/index';
import { api, fixture } from './helpers';

async function invoke(name: string, input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

export function lmToolTests(): void {
  describe('language-model tools (vscode.lm.invokeTool)', () => {
    it('are listed in vscode.lm.tools with their descriptions and schemas', async () => {
      await api();
      const ours = vscode.lm.tools.filter((t) => t.name.startsWith('expressEntry_')).map((t) => t.name).sort();
      assert.deepEqual(ours, ['expressEntry_cecCheck', 'expressEntry_crs', 'expressEntry_cutoff', 'expressEntry_draws', 'expressEntry_stats']);
      const cutoff = vscode.lm.tools.find((t) => t.name === 'expressEntry_cutoff')!;
      assert.match(cutoff.description, /CRS cut-off/);
      assert.deepEqual((cutoff.inputSchema as { required: string[] }).required, ['category']);
    });

    it('cut-off: the latest CEC round on or before 2025-11-29, as the core answers (and so the MCP server)', async () => {
      const { store } = await api();
      const want = store.data.rounds.filter((r) => r.category === 'CEC' && r.date <= '2025-11-29').at(-1)!;
      const text = await invoke('expressEntry_cutoff', { category: 'CEC', date: '2025-11-29' });
      assert.match(text, new RegExp(`CRS ${want.crs}, in round #${want.round} on ${want.date}`));
      assert.match(text, new RegExp(`invitations\\.html\\?q=${want.round}`));
      assert.match(text, new RegExp(`newest round #${store.data.provenance.newestRound} of ${store.data.provenance.newestDate}`));
      const context = { draws: store.draws, provenance: store.data.provenance, origin: store.origin };
      assert.equal(text, answer('cutoff', { category: 'CEC', date: '2025-11-29' }, context).text);
    });

    it('rounds: the count and invitations of the CEC rounds of 2025', async () => {
      const { store } = await api();
      const want = store.data.rounds.filter((r) => r.category === 'CEC' && r.date >= '2025-01-01' && r.date <= '2025-12-31');
      const itas = want.reduce((s, r) => s + r.invitations, 0).toLocaleString('en-US');
      const text = await invoke('expressEntry_draws', { category: 'CEC', from: '2025-01-01', to: '2025-12-31' });
      assert.match(text, new RegExp(`^${want.length} Canadian Experience Class rounds from 2025-01-01 to 2025-12-31, ${itas} invitations`));
    });

    it('statistics: min and max of the last 5 PNP cut-offs', async () => {
      const { store } = await api();
      const last = store.data.rounds.filter((r) => r.category === 'PNP' && r.date <= '2025-12-31').slice(-5).map((r) => r.crs);
      const text = await invoke('expressEntry_stats', { category: 'PNP', last: 5, asOf: '2025-12-31' });
      assert.match(text, new RegExp(`min ${Math.min(...last)}, max ${Math.max(...last)}`));
    });

    it('CEC check: the open profile, with the verdict the sidebar shows', async () => {
      const { profiles } = await api();
      const good = await fixture('good.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(good));
      const text = await invoke('expressEntry_cecCheck', {});
      assert.match(text, /^Profile .*good\.ee-profile\.json:\n/);
      assert.equal(profiles.get(good)?.check.result.eligible, true);
      assert.match(text, /\beligible\b/i);
      assert.doesNotMatch(text, /not eligible/i);
      const bad = await invoke('expressEntry_cecCheck', { file: 'bad.ee-profile.json' });
      assert.match(bad, /^Profile .*bad\.ee-profile\.json:\n.*not eligible/i);
    });

    it('CRS: the open profile scored by the core (the same answer as MCP\'s crs tool), or the core\'s reason it cannot be', async () => {
      const { store, profiles } = await api();
      const good = await fixture('good.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(good));
      const context = { draws: store.draws, provenance: store.data.provenance, origin: store.origin };
      const value = profiles.get(good)!.check.parsed.value;
      let expected: string;
      try {
        expected = `Profile ${vscode.workspace.asRelativePath(good)}:\n${crsAnswer(value, undefined, undefined, context, `The profile ${vscode.workspace.asRelativePath(good)}`).text}`;
      } catch (e) {
        await assert.rejects(invoke('expressEntry_crs', {}), (err: Error) => err.message.includes((e as Error).message.slice(0, 60)));
        return;
      }
      assert.equal(await invoke('expressEntry_crs', {}), expected);
    });

    it('bad arguments reject with our message (a tool error the model reads), and the tools keep answering', async () => {
      await api();
      await assert.rejects(invoke('expressEntry_cutoff', { category: 'NOPE' }), /Unknown category "NOPE"/);
      await assert.rejects(invoke('expressEntry_stats', { category: 'CEC', last: 0 }), /"last" must be a whole number/);
      await assert.rejects(invoke('expressEntry_cecCheck', { file: 'nobody.ee-profile.json' }), /No profile "nobody\.ee-profile\.json"/);
      assert.match(await invoke('expressEntry_cutoff', { category: 'french', date: '2025-11-29' }), /CRS \d+/);
    });
  });
}
