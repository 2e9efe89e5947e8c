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

    it('reports its start-up figures from the real workbench (activation, data load, first tree)', async () => {
      const a = await api();
      await vscode.commands.executeCommand('workbench.view.extension.expressEntry');
      for (let i = 0; i < 100 && Number.isNaN(a.timings.firstTree); i++) await new Promise((r) => setTimeout(r, 50));
      const t = a.timings;
      // Order, not speed: the machines are noisy, so no timing threshold here (npm run bench and the README report).
      assert.ok(t.moduleStart <= t.moduleEnd && t.moduleEnd <= t.activateStart && t.activateStart <= t.activateEnd, JSON.stringify(t));
      assert.ok(t.dataLoadMs >= 0 && t.dataLoadMs <= t.activateEnd - t.activateStart, JSON.stringify(t));
      assert.ok(t.firstTree >= t.activateEnd && t.firstTreeMs >= 0, `the Draws view asked for its items: ${JSON.stringify(t)}`);
      const ms = (n: number): string => `${n.toFixed(1)} ms`;
      console.log(
        `startup figures: bundle evaluated in ${ms(t.moduleEnd - t.moduleStart)}; VS Code's own work until activate() ${ms(t.activateStart - t.moduleEnd)}; ` +
          `activate() ${ms(t.activateEnd - t.activateStart)} (of which loading and indexing the data ${ms(t.dataLoadMs)}); ` +
          `first Draws tree built in ${ms(t.firstTreeMs)} (asked ${ms(t.firstTree - t.activateEnd)} after activation, when the view was first shown)`,
      );
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
