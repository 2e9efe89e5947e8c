import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixtureWorkspace, labelOf, waitFor } from './helpers';
import { needs } from '../../../helpers/needs';

/** Every element of a tree, depth first (the trees are small: a few thousand rows at most). */
function elementsOf<T>(provider: vscode.TreeDataProvider<T>, parent?: T): T[] {
  return ((provider.getChildren(parent) ?? []) as T[]).flatMap((c) => [c, ...elementsOf(provider, c)]);
}

export function treeTests(): void {
  describe('tree views', () => {
    it('Draws: the newest round of each category first, with "CRS · ITAs · date"', async () => {
      const a = await api();
      const rounds = a.store.draws.rounds;
      const ids = [...new Set(rounds.map((r) => r.category))];
      const roots = a.draws.getChildren();
      const latest = roots.filter((n) => n.kind === 'round');
      assert.equal(latest.length, ids.length);
      for (const node of latest) {
        if (node.kind !== 'round') continue;
        const expected = rounds.filter((r) => r.category === node.round.category).pop()!;
        assert.equal(node.round.round, expected.round);
        const item = a.draws.getTreeItem(node);
        assert.equal(item.description, `CRS ${expected.crs} · ${expected.invitations.toLocaleString('en-US')} ITAs · ${expected.date}`);
        assert.equal(item.contextValue, 'round');
        assert.ok(item.tooltip instanceof vscode.MarkdownString);
        assert.equal((item.tooltip).isTrusted, false);
      }
      const years = roots.find((n) => n.kind === 'years')!;
      const yearNodes = a.draws.getChildren(years);
      assert.equal(yearNodes.length, new Set(rounds.map((r) => r.date.slice(0, 4))).size);
      const y2025 = yearNodes.find((n) => n.kind === 'year' && n.year === 2025)!;
      const cats = a.draws.getChildren(y2025);
      const cecNode = cats.find((n) => n.kind === 'yearCategory' && n.category === 'CEC')!;
      const cec2025 = rounds.filter((r) => r.category === 'CEC' && r.date.startsWith('2025-'));
      assert.equal(a.draws.getChildren(cecNode).length, cec2025.length);
      assert.match(String(a.draws.getTreeItem(cecNode).description), new RegExp(`^${cec2025.length} rounds · `));
    });

    it('Statistics: every category, then the pool distribution', async () => {
      const a = await api();
      const roots = a.statistics.getChildren();
      const ids = new Set(a.store.draws.rounds.map((r) => r.category));
      assert.equal(roots.filter((n) => n.kind === 'category').length, ids.size);
      assert.equal(roots[roots.length - 1]!.kind, 'pool');
      const cec = roots.find((n) => n.kind === 'category' && n.stats.category === 'CEC')!;
      const lines = a.statistics.getChildren(cec).map((n) => labelOf(a.statistics.getTreeItem(n)));
      assert.ok(lines.includes('Last cut-off'));
      assert.ok(lines.some((l) => l.startsWith('Range of the last ')));
      // Counted to the data's end when the data is older than today, and the label says so (the data ends 2026-08-07).
      const newest = a.store.draws.newest()!.date;
      assert.ok(lines.includes(`Days since the last round, as of the data (${newest})`) || lines.some((l) => /^Days since the last round, as of \d{4}-\d{2}-\d{2}$/.test(l)), lines.join(' | '));
    });

    it('CEC check: one node per profile with the verdict and its rules', async function () {
      needs(this, await fixtureWorkspace(), 'the workspace is not a copy of test/fixtures/workspace (npm run test:vscode opens one)');
      const a = await api();
      const profiles = await waitFor('profiles', () => (a.profiles.all().length >= 2 ? a.cec.getChildren() : undefined));
      const names = profiles.map((p) => labelOf(a.cec.getTreeItem(p)));
      assert.ok(names.includes('bad.ee-profile.json'), names.join());
      assert.ok(names.includes('good.ee-profile.json'), names.join());
      const bad = profiles.find((p) => labelOf(a.cec.getTreeItem(p)) === 'bad.ee-profile.json')!;
      assert.match(String(a.cec.getTreeItem(bad).description), /^Not eligible/);
      const rules = a.cec.getChildren(bad).map((n) => labelOf(a.cec.getTreeItem(n)));
      assert.deepEqual(rules, ['Work experience', 'Language', 'Test validity', 'Categories', 'Outlook']);
      const good = profiles.find((p) => labelOf(a.cec.getTreeItem(p)) === 'good.ee-profile.json')!;
      assert.match(String(a.cec.getTreeItem(good).description), /^Eligible/);
    });

    it('every view\'s elements are the TreeItems themselves (DrawItem, StatisticsItem, CecItem): getTreeItem returns the element', async function () {
      needs(this, await fixtureWorkspace(), 'the workspace is not a copy of test/fixtures/workspace (npm run test:vscode opens one)');
      const a = await api();
      await waitFor('profiles', () => a.profiles.all().length >= 2);
      const views: [string, vscode.TreeDataProvider<vscode.TreeItem>, string][] = [
        ['Draws', a.draws, 'DrawItem'],
        ['Statistics', a.statistics, 'StatisticsItem'],
        ['candidate', a.cec, 'CecItem'],
      ];
      for (const [view, provider, subclass] of views) {
        const all = elementsOf(provider);
        assert.ok(all.length >= 10, `${view}: ${all.length} rows`);
        for (const el of all) {
          assert.ok(el instanceof vscode.TreeItem, `${view}: ${labelOf(el)} is a TreeItem`);
          assert.equal(el.constructor.name, subclass, `${view}: ${labelOf(el)}`);
          assert.equal(provider.getTreeItem(el), el, `${view}: getTreeItem(${labelOf(el)}) is the element`);
        }
        assert.equal(new Set(all.map((el) => el.id)).size, all.length, `${view}: every row has its own id`);
      }
      // The model's fields are on the elements, so commands and tests read them straight from the row.
      const cec = a.statistics.getChildren().find((n) => n.kind === 'category' && n.stats.category === 'CEC');
      assert.ok(cec?.kind === 'category' && labelOf(cec) === cec.stats.label);
      const profile = a.cec.getChildren().find((n) => n.kind === 'profile' && labelOf(n) === 'good.ee-profile.json');
      assert.ok(profile?.kind === 'profile' && profile.resourceUri?.toString() === profile.entry.uri.toString());
    });

    it('a refresh fires onDidChangeTreeData for the whole view and hands out new elements with the same ids', async () => {
      const a = await api();
      const before = a.statistics.getChildren();
      const fired = new Promise<unknown>((resolve) => {
        const d = a.statistics.onDidChangeTreeData((e) => {
          d.dispose();
          resolve(e);
        });
      });
      a.statistics.refresh();
      assert.equal(await fired, undefined);
      const after = a.statistics.getChildren();
      assert.deepEqual(after.map((e) => e.id), before.map((e) => e.id));
      assert.deepEqual(after.map((e) => e.description), before.map((e) => e.description));
      assert.notEqual(after[0], before[0]);
    });
  });
}
