import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, hoverText, labelOf, waitFor } from './helpers';
import type { CecElement } from '../../../../extension/views/cecTree';
import { needs } from '../../../helpers/needs';

const COOK = {
  asOf: '2026-02-17',
  jobs: [{ title: 'Cook', noc: '63200', start: '2024-06-01', end: '2026-01-31', hoursPerWeek: 40 }],
  language: { test: 'TEF', date: '2025-06-01', reading: 434, writing: 428, listening: 434, speaking: 455 },
};

export function categoryTests(): void {
  describe('candidate view: categories and outlook; NOC hover; chart marks', () => {
    it('lists every category in force with its verdict and reasons, live from the profile', async function () {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens one)');
      const a = await api();
      const uri = vscode.Uri.joinPath(folder, 'categories-cook.ee-profile.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(COOK, null, 2)));
      const children = (): CecElement[] => {
        const roots = a.cec.getChildren();
        const mine = roots.find((r) => r.kind === 'profile' && r.entry.uri.toString() === uri.toString());
        return mine ? a.cec.getChildren(mine) : [];
      };
      const cats = await waitFor('the Categories node', () => children().find((n) => n.kind === 'rule' && n.node.label === 'Categories'));
      assert.ok(cats.kind === 'rule');
      const items = a.cec.getChildren(cats).map((c) => a.cec.getTreeItem(c));
      const row = (label: string): vscode.TreeItem => {
        const found = items.find((i) => labelOf(i) === label);
        assert.ok(found, `${label} in ${items.map((i) => labelOf(i)).join(', ')}`);
        return found;
      };
      // The cook (63200) is on the 2025 trades list on 2026-02-17; French has speaking at NCLC 6 (TEF 455 < 456).
      assert.equal(row('Trade occupations').description, 'eligible · list 2025 (Version 2)');
      assert.equal(row('French-language proficiency').description, 'not eligible');
      const tip = row('French-language proficiency').tooltip;
      assert.match(typeof tip === 'string' ? tip : tip?.value ?? '', /speaking is below NCLC 7/);
      assert.equal((row('Trade occupations').iconPath as vscode.ThemeIcon).id, 'pass');
      // The day of the 2026 lists: 63200 left the trades list.
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const at = doc.getText().indexOf('2026-02-17');
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 10)), '2026-02-18'));
      await waitFor('the trades verdict to change', () => {
        const c = children().find((n) => n.kind === 'rule' && n.node.label === 'Categories');
        if (!c) return false;
        const trade = a.cec.getChildren(c).map((x) => a.cec.getTreeItem(x)).find((i) => labelOf(i) === 'Trade occupations');
        return trade?.description === 'not eligible · list 2026 (Version 3) (incomplete)';
      });
      const outlook = children().find((n) => n.kind === 'rule' && n.node.label === 'Outlook');
      assert.ok(outlook, 'an Outlook node');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('hovering a NOC code in a profile lists the categories whose current list includes it', async () => {
      const uri = await fixture('good.ee-profile.json');
      const doc = await vscode.workspace.openTextDocument(uri);
      const m = /"noc"\s*:\s*"(\d{5})"/.exec(doc.getText());
      assert.ok(m, 'a NOC code in the fixture');
      const at = doc.getText().indexOf(m[1]!, m.index) + 2;
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at)) ?? []);
      assert.match(text, /TEER/);
      assert.match(text, /Category-based selection/);
    });

    it('the chart marks the rounds the own score would have cleared', async () => {
      const a = await api();
      await vscode.commands.executeCommand('expressEntry.showChart', { categories: ['CEC'], ownScore: 500 });
      const msg = await waitFor('the chart message', () => a.chart()?.lastMessage);
      const s = msg.series[0]!;
      const shown = a.store.draws.rounds.filter((r) => r.category === 'CEC' && s.points.some((p) => p[2] === String(r.round)));
      assert.equal(s.points.length, shown.length);
      assert.equal(s.cleared, shown.filter((r) => r.crs < 500).length);
      assert.equal(s.tied, shown.filter((r) => r.crs === 500).length);
      a.chart()?.dispose();
    });
  });
}
