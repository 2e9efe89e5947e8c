import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, hoverText, labelOf, waitFor } from './helpers';

async function set(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('expressEntry').update(key, value, vscode.ConfigurationTarget.Global);
}

export function settingsTests(): void {
  describe('settings', () => {
    afterEach(async () => {
      for (const key of ['categories', 'statistics.lastN', 'hover.enabled', 'statusBarCategory']) await set(key, undefined);
    });

    it('expressEntry.categories limits the Draws and Statistics views', async () => {
      const a = await api();
      await set('categories', ['CEC', 'FRENCH']);
      const roots = await waitFor('two categories', () => {
        const r = a.draws.getChildren().filter((n) => n.kind === 'round');
        return r.length === 2 ? r : undefined;
      });
      assert.deepEqual(roots.map((n) => (n.kind === 'round' ? n.round.category : '')), ['CEC', 'FRENCH']);
      assert.equal(a.statistics.getChildren().filter((n) => n.kind === 'category').length, 2);
    });

    it('expressEntry.statistics.lastN sets the window of the statistics', async () => {
      const a = await api();
      await set('statistics.lastN', 3);
      const cec = a.store.draws.rounds.filter((r) => r.category === 'CEC').slice(-3).map((r) => r.crs);
      const node = a.statistics.getChildren().find((n) => n.kind === 'category' && n.stats.category === 'CEC')!;
      const line = a.statistics.getChildren(node).map((n) => a.statistics.getTreeItem(n)).find((i) => labelOf(i) === 'Range of the last 3');
      assert.ok(line, 'a "Range of the last 3" line');
      assert.match(String(line.description), new RegExp(`^${Math.min(...cec)}–${Math.max(...cec)} `));
    });

    it('expressEntry.hover.enabled turns the hovers off', async () => {
      await api();
      await set('hover.enabled', false);
      const doc = await vscode.workspace.openTextDocument(await fixture('notes.md'));
      const pos = doc.positionAt(doc.getText().indexOf('2025-11-26') + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      assert.doesNotMatch(hoverText(hovers ?? []), /Express Entry/);
    });

    it('expressEntry.statusBarCategory picks the status bar round', async () => {
      const a = await api();
      await set('statusBarCategory', 'french');
      const fr = a.store.draws.rounds.filter((r) => r.category === 'FRENCH').pop()!;
      await waitFor('the FRENCH status', () => a.statusBar.item.text.includes(`FRENCH ${fr.crs} · `));
    });
  });
}
