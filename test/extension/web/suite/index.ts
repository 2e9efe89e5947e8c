/**
 * The web build's suite: runs inside VS Code's web-worker extension host (code-server's browser workbench, the
 * extension under development placed in the web worker), against dist/web/extension.js. No Node here: a small
 * sequential runner that prints mocha-style lines (mocha's browser build wants a DOM for its runner), plain checks
 * instead of node:assert. Run by scripts/test-vscode-web.mjs.
 */
import * as vscode from 'vscode';
import type { ExpressEntryApi } from '../../../../extension/extension';

const EXTENSION_ID = 'express-entry-draws.express-entry-draws';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function api(): Promise<ExpressEntryApi> {
  const ext = vscode.extensions.getExtension<ExpressEntryApi>(EXTENSION_ID);
  check(ext, `${EXTENSION_ID} is not in this host`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  await exports.store.ready;
  await exports.profiles.ready;
  return exports;
}

function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder, name);
}

type Test = readonly [name: string, body: () => Promise<void>];
const tests: Test[] = [];
function it(name: string, body: () => Promise<void>): void {
  tests.push([name, body]);
}

function webTests(): void {
  {
    it('runs in a web worker without Node, from the browser entry', async () => {
      const g = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
      check(typeof g.importScripts === 'function', 'not a web worker (no importScripts)');
      check(g.process?.versions?.node === undefined, 'Node is present');
      const { store } = await api();
      check(store.draws.rounds.length > 400, `only ${store.draws.rounds.length} rounds`);
    });

    it('sidebar: the Draws and Statistics views have content', async () => {
      const a = await api();
      await vscode.commands.executeCommand('workbench.view.extension.expressEntry');
      const years = a.draws.getChildren();
      check(years.length > 0, 'the Draws view is empty');
      const stats = a.statistics.getChildren();
      check(stats.length > 0, 'the Statistics view is empty');
    });

    it('hovers: a date in a Markdown note shows the round of that day', async () => {
      await api();
      const doc = await vscode.workspace.openTextDocument(file('notes.md'));
      await vscode.window.showTextDocument(doc);
      const at = doc.getText().indexOf('2025-11-26') + 3;
      const hovers = await waitFor('a hover', async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
        return h?.length ? h : undefined;
      });
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
      check(/381/.test(text) && /531/.test(text), `hover: ${text.slice(0, 300)}`);
    });

    it('profile checks: the bad profile gets diagnostics, the good one is eligible', async () => {
      const a = await api();
      const bad = file('bad.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bad));
      await waitFor('diagnostics', () => vscode.languages.getDiagnostics(bad).filter((d) => d.source === 'Express Entry CEC').length >= 3);
      const good = a.profiles.get(file('good.ee-profile.json'));
      check(good?.check.result.eligible === true, 'the good profile is not eligible');
    });

    it('chart: the panel opens and gets its data', async () => {
      const a = await api();
      await vscode.commands.executeCommand('workbench.view.extension.expressEntry');
      await vscode.commands.executeCommand('expressEntry.showChart', { categories: ['cec', 'french'], ownScore: 470 });
      const message = await waitFor('the chart data', () => a.chart()?.lastMessage);
      check(JSON.stringify(message).includes('CEC') && JSON.stringify(message).includes('470'), 'no CEC series or own score in the chart');
    });

    it('refresh: fetch from the feed URL, cache written through workspace.fs in global storage, read back', async () => {
      const a = await api();
      const before = a.store.draws.rounds.length;
      const outcome = await a.store.refresh({ interactive: false });
      check(outcome.ok, `refresh failed: ${outcome.message}`);
      check(outcome.added.length > 0 && a.store.draws.rounds.length === before + outcome.added.length, outcome.message);
      const location = a.store.cacheFile;
      check(location, 'no cache location');
      const cached = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(location)))) as { format?: string };
      check(cached.format === 'express-entry-draws-snapshot', `cache: ${location}`);
      await a.store.reload();
      check(a.store.origin === 'cache' && a.store.draws.rounds.length === before + outcome.added.length, 'the cache was not read back');
    });

    it('language-model tools answer in the web too', async () => {
      const a = await api();
      const want = a.store.data.rounds.filter((r) => r.category === 'CEC' && r.date <= '2025-11-29').at(-1)!;
      const result = await vscode.lm.invokeTool('expressEntry_cutoff', { input: { category: 'CEC', date: '2025-11-29' }, toolInvocationToken: undefined });
      const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
      check(text.includes(`CRS ${want.crs}, in round #${want.round}`), text);
      const ours = vscode.lm.tools.map((t) => t.name).filter((n) => n.startsWith('expressEntry_'));
      for (const name of ['expressEntry_cecCheck', 'expressEntry_crs', 'expressEntry_categories', 'expressEntry_outlook']) check(ours.includes(name), `${name} in ${ours.join(', ')}`);
    });
  }
}

export async function run(): Promise<void> {
  webTests();
  console.log('VS Code for the web: the browser entry in a web worker');
  let failures = 0;
  for (const [name, body] of tests) {
    try {
      await Promise.race([body(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60_000))]);
      console.log(`  ✔ ${name}`);
    } catch (e) {
      failures++;
      console.log(`  ✖ ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`  ${tests.length - failures} passing`);
  if (failures) console.log(`  ${failures} failing`);
  if (failures) throw new Error(`${failures} web extension test${failures === 1 ? '' : 's'} failed.`);
}
