/**
 * Language-model tools through VS Code's own API: vscode.lm.tools lists them, vscode.lm.invokeTool runs them (outside
 * a chat session: toolInvocationToken undefined, which VS Code 1.100 accepts). Figures are recounted from the store's
 * plain round list; the text must be the core answer's text, word for word (the MCP server answers with the same).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import { answer, crsAnswer } from '../../../../core/answers/index';
import { api, EXTENSION_ID, fixture, waitFor } from './helpers';
import { recompute, type Candidate } from '../../../core/crs/recompute';
import { needs } from '../../../helpers/needs';

/** A registered nurse (NOC 31301) with nearly 3 years of full-time work in Canada, single, a bachelor's, CLB 9. */
const NOC = '31301';
const NURSE = {
  asOf: '2025-11-29',
  dateOfBirth: '1995-01-01',
  maritalStatus: 'single',
  education: { level: 'bachelors' },
  language: { test: 'CLB', date: '2025-03-01', reading: 9, writing: 9, listening: 9, speaking: 9 },
  jobs: [{ title: 'Registered nurse', noc: NOC, start: '2023-01-02', end: '2025-11-28', hoursPerWeek: 40 }],
};
/** The nurse in the terms of the test's own CRS recomputation: 30 on 2025-11-29, 2 full years of Canadian work. */
const NURSE_CRS: Candidate = { age: 30, spouse: false, edu: 'bachelors', first: [9, 9, 9, 9], cw: 2, fw: 0 };

interface RefList { category: string; version: string; nocs?: string[] | null; completeness?: string }
/** The project's reference occupation lists (../shared beside the repository), read plainly. */
function referenceLists(): RefList[] | undefined {
  const file = resolve(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.fsPath, '..', 'shared', 'reference', 'category-nocs.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { lists: RefList[] }).lists : undefined;
}

async function invoke(name: string, input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

export function lmToolTests(): void {
  describe('language-model tools (vscode.lm.invokeTool)', () => {
    it('are listed in vscode.lm.tools with their descriptions and schemas', async () => {
      await api();
      const ours = vscode.lm.tools.filter((t) => t.name.startsWith('expressEntry_')).map((t) => t.name).sort();
      assert.deepEqual(ours, [
        'expressEntry_categories', 'expressEntry_cecCheck', 'expressEntry_crs', 'expressEntry_cutoff', 'expressEntry_draws', 'expressEntry_outlook', 'expressEntry_stats',
      ]);
      const outlook = vscode.lm.tools.find((t) => t.name === 'expressEntry_outlook')!;
      assert.deepEqual(Object.keys((outlook.inputSchema as { properties: object }).properties).sort(), ['asOf', 'category', 'file', 'last', 'score']);
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

  describe('language-model tools on the open profile: categories and outlook', () => {
    let nurse: vscode.Uri;
    let broken: vscode.Uri;
    let list: vscode.Uri;
    const write = async (uri: vscode.Uri, text: string): Promise<void> => {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const { profiles } = await api();
      await waitFor(`the tracker to read ${uri.path}`, () => profiles.get(uri));
    };

    before(async function () {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens one)');
      nurse = vscode.Uri.joinPath(folder, 'lm-nurse.ee-profile.json');
      broken = vscode.Uri.joinPath(folder, 'lm-broken.ee-profile.json');
      list = vscode.Uri.joinPath(folder, 'lm-list.ee-profile.json');
      await write(nurse, JSON.stringify(NURSE, null, 2));
      await write(broken, '{\n  "asOf": "2025-11-29",\n  "jobs": [\n');
      await write(list, '[{ "asOf": "2025-11-29" }]\n');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [nurse, broken, list]) if (uri) await vscode.workspace.fs.delete(uri);
    });

    it('categories: the nurse judged by the reference lists of 2025 (the open profile), dated by the data', async function () {
      const lists = referenceLists();
      needs(this, lists, 'the reference file ../shared/reference/category-nocs.json beside the repository');
      const { store } = await api();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(nurse));
      const text = await invoke('expressEntry_categories', {});
      assert.match(text, /^Profile .*lm-nurse\.ee-profile\.json:\nCategories in force on 2025-11-29:\n/);
      // On 2025-11-29 the lists in force are the 2025 ones; the rule is 6 months (780 h) of continuous full-time work in
      // one listed occupation within 3 years: the nurse has 2023-01-02 to 2025-11-28 at 40 h a week, far more.
      const line = (id: string, version: string): string => {
        const ref = lists.find((l) => l.category === id && l.version === version);
        assert.ok(ref, `${id} ${version} in the reference`);
        const complete = /^complete\b/i.test(ref.completeness ?? '');
        const verdict = ref.nocs?.includes(NOC) ? 'eligible' : complete ? 'not eligible' : 'unknown (check canada.ca)';
        return `(${id}): ${verdict} · list ${version}${complete ? '' : ' (incomplete)'}\n`;
      };
      assert.ok(text.includes(line('HEALTHCARE', '2025 (Version 2)')), text);
      assert.ok(text.includes(line('TRADE', '2025 (Version 2)')), text);
      assert.ok(text.includes(line('EDUCATION', '2025 (Version 1)')), text);
      assert.match(text, /\(HEALTHCARE\): eligible/, 'the reference lists registered nurses under healthcare');
      // No French test in the profile: French-language proficiency cannot be met.
      assert.match(text, /\(FRENCH\): not eligible\n/);
      assert.match(text, new RegExp(`newest round #${store.data.provenance.newestRound} of ${store.data.provenance.newestDate}`));
      // Another date, by name rather than the open editor: after the 2026-02-18 change the rule is 12 months.
      const later = await invoke('expressEntry_categories', { file: 'lm-nurse.ee-profile.json', asOf: '2026-03-01' });
      assert.match(later, /Categories in force on 2026-03-01:/);
      assert.match(later, /12 months \(1,560 h\)/);
    });

    it('outlook: the nurse\'s CRS (recomputed from the grid) against the recounted cut-offs of CEC and healthcare', async function () {
      const lists = referenceLists();
      needs(this, lists, 'the reference file ../shared/reference/category-nocs.json beside the repository');
      const { store } = await api();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(nurse));
      const asOf = '2025-11-29';
      const score = recompute(NURSE_CRS, asOf).total;
      const recount = (id: string, last: number, s: number) => {
        const mine = store.data.rounds.filter((r) => r.category === id && r.date <= asOf).slice(-last).map((r) => r.crs);
        const above = mine.filter((c) => c < s).length;
        const tied = mine.filter((c) => c === s).length;
        const range = Math.min(...mine) === Math.max(...mine) ? `cut-off ${Math.min(...mine)}` : `cut-offs ${Math.min(...mine)}–${Math.max(...mine)}`;
        return `above the cut-off in ${above} of the last ${mine.length} rounds${tied ? `, tied in ${tied}` : ''} (${range}`;
      };
      // Default categories: CEC, plus those the 2025 reference lists put the nurse's NOC on (French needs a French test).
      const eligible = lists.filter((l) => l.version.startsWith('2025') && l.nocs?.includes(NOC)).map((l) => l.category);
      assert.deepEqual(eligible, ['HEALTHCARE']);
      const text = await invoke('expressEntry_outlook', {});
      const lines = text.split('\n');
      assert.match(lines[0]!, /^Profile .*lm-nurse\.ee-profile\.json:$/);
      assert.equal(lines[1], `CRS ${score} against the last 10 rounds of each category on or before ${asOf}:`);
      const shown = lines.filter((l) => l.startsWith('- '));
      assert.equal(shown.length, 1 + eligible.length, text);
      ['CEC', ...eligible].forEach((id, i) => assert.ok(shown[i]!.includes(`: ${recount(id, 10, score)}`), `${id}: ${shown[i]} vs ${recount(id, 10, score)}`));
      assert.match(text, /^Rank [\d,]+( to [\d,]+)? of [\d,]+ in the pool of \d{4}-\d{2}-\d{2}\.$/m);
      assert.match(text, /No forecast/);
      assert.match(text, new RegExp(`newest round #${store.data.provenance.newestRound} of ${store.data.provenance.newestDate}`));
      // One category as a string, fewer rounds; then a list and a score of one's own instead of the profile's.
      const one = await invoke('expressEntry_outlook', { category: 'CEC', last: 5 });
      assert.equal(one.split('\n').filter((l) => l.startsWith('- ')).length, 1);
      assert.ok(one.includes(`: ${recount('CEC', 5, score)}`), one);
      const cecCutoff = store.data.rounds.filter((r) => r.category === 'CEC' && r.date <= asOf).at(-1)!.crs;
      const two = await invoke('expressEntry_outlook', { file: 'lm-nurse.ee-profile.json', category: ['cec', 'french'], score: cecCutoff, last: 3 });
      assert.match(two, new RegExp(`^CRS ${cecCutoff} against the last 3 rounds`, 'm'));
      const twoLines = two.split('\n').filter((l) => l.startsWith('- '));
      assert.ok(twoLines[0]!.includes(`: ${recount('CEC', 3, cecCutoff)}`) && /tied in [1-3]/.test(twoLines[0]!), twoLines[0]);
      assert.ok(twoLines[1]!.includes(`: ${recount('FRENCH', 3, cecCutoff)}`), twoLines[1]);
    });

    it('bad input, a profile that cannot answer, malformed profiles: a tool error with our message, and the tools keep answering', async () => {
      await api();
      const name = 'lm-nurse.ee-profile.json';
      await assert.rejects(invoke('expressEntry_outlook', { file: name, score: 1300 }), /Bad CRS score "1300"/);
      await assert.rejects(invoke('expressEntry_outlook', { file: name, category: 'NOPE' }), /Unknown category "NOPE"/);
      await assert.rejects(invoke('expressEntry_outlook', { file: name, category: [7] }), /"category" must be a string or a list of strings/);
      await assert.rejects(invoke('expressEntry_outlook', { file: name, last: 0 }), /"last" must be a whole number from 1 to 10000/);
      await assert.rejects(invoke('expressEntry_categories', { file: name, asOf: 'soon' }), /Bad "asOf"/);
      await assert.rejects(invoke('expressEntry_categories', { profile: NURSE }), /Unknown argument "profile": this tool takes file, asOf/);
      await assert.rejects(invoke('expressEntry_outlook', { file: 'nobody.ee-profile.json' }), /No profile "nobody\.ee-profile\.json"/);
      // The fixture with mistakes has no age or date of birth: no CRS score, so no outlook unless a score is given.
      await assert.rejects(invoke('expressEntry_outlook', { file: 'bad.ee-profile.json' }), /bad\.ee-profile\.json's CRS score cannot be computed .*give "score"/);
      assert.match(await invoke('expressEntry_outlook', { file: 'bad.ee-profile.json', score: 480, category: 'CEC' }), /^CRS 480 against/m);
      for (const tool of ['expressEntry_categories', 'expressEntry_outlook']) {
        await assert.rejects(invoke(tool, { file: 'lm-broken.ee-profile.json' }), /The profile .*lm-broken\.ee-profile\.json is not valid JSON/);
      }
      await assert.rejects(invoke('expressEntry_categories', { file: 'lm-list.ee-profile.json' }), /lm-list\.ee-profile\.json has 1 problem: .*JSON object/);
      await assert.rejects(invoke('expressEntry_outlook', { file: 'lm-list.ee-profile.json' }), /lm-list\.ee-profile\.json is not a profile: its content must be a JSON object/);
      assert.match(await invoke('expressEntry_categories', { file: name }), /\(HEALTHCARE\)/);
    });
  });
}
