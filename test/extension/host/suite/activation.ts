import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

export function activationTests(): void {
  describe('activation', () => {
    it('activates and returns its API', async () => {
      const a = await api();
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
      assert.ok(a.store.draws.rounds.length > 400, 'bundled rounds are loaded');
      assert.ok(a.draws && a.statistics && a.cec && a.profiles && a.statusBar);
    });

    it('registers every command of the manifest', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const manifest = ext.packageJSON as { contributes: { commands: { command: string }[] } };
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const c of manifest.contributes.commands) assert.ok(registered.has(c.command), c.command);
      assert.ok(registered.has('expressEntry.refresh'));
    });

    it('shows the latest round of the status-bar category', async () => {
      const a = await api();
      const cec = a.store.draws.rounds.filter((r) => r.category === 'CEC').pop()!;
      assert.match(a.statusBar.item.text, new RegExp(`CEC ${cec.crs} · `));
    });
  });
}
