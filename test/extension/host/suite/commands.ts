import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CecResult } from '../../../../core/cec/types';
import type { RefreshOutcome } from '../../../../core/refresh/types';
import { officialRoundUrl } from '../../../../core/types';
import { api, fixture, waitFor } from './helpers';
import { needs } from '../../../helpers/needs';

export function commandTests(): void {
  describe('commands', () => {
    it('copies a round as a Markdown row and as a CSV row', async () => {
      const a = await api();
      const r = a.store.draws.round(434)!;
      const md = await vscode.commands.executeCommand<string>('expressEntry.copyRoundMarkdown', { kind: 'round', round: r, place: 'latest' });
      assert.ok(md.startsWith(`| 434 | 2026\\-08\\-07 | ${r.category} |`), md);
      const csv = await vscode.commands.executeCommand<string>('expressEntry.copyRoundCsv', 434);
      assert.ok(csv.startsWith(`434,2026-08-07,${r.category},`), csv);
    });

    it('copies the draws of a category as CSV and as a Markdown table', async () => {
      const a = await api();
      const cec = a.store.draws.rounds.filter((r) => r.category === 'CEC');
      const csv = await vscode.commands.executeCommand<string>('expressEntry.copyDrawsCsv', 'CEC');
      assert.equal(csv.trim().split('\r\n').length, cec.length + 1);
      const md = await vscode.commands.executeCommand<string>('expressEntry.copyDrawsMarkdown', 'CEC');
      assert.equal(md.trim().split('\n').length, cec.length + 2);
    });

    it('builds the official page address from the round number', () => {
      assert.ok(officialRoundUrl(434).endsWith('invitations.html?q=434'));
    });

    it('shows the cut-off chart in a webview with a strict CSP', async () => {
      const a = await api();
      const result = await vscode.commands.executeCommand<{ categories: string[]; ownScore: number | null }>('expressEntry.showChart', { categories: ['cec', 'french'], ownScore: 470 });
      assert.deepEqual(result.categories, ['CEC', 'FRENCH']);
      const panel = await waitFor('chart panel', () => a.chart());
      const html = panel.panel.webview.html;
      assert.match(html, /default-src 'none'/);
      assert.match(html, /script-src 'nonce-[A-Za-z0-9]+'/);
      // Scripts and styles come from the extension itself (webview resource URIs), nothing else.
      const links = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      assert.equal(links.length, 2);
      for (const link of links) assert.ok(link.startsWith(panel.panel.webview.asWebviewUri(vscode.Uri.file('/')).toString().slice(0, 8)) && /(extension\/media\/chart\.css|dist\/chart\.js)$/.test(link), link);
      assert.doesNotMatch(html, /<script(?![^>]*nonce=)/);
      const msg = await waitFor('chart data', () => panel.lastMessage);
      assert.equal(msg.series.length, 2);
      assert.equal(msg.ownScore, 470);
      panel.dispose();
    });

    it('checks a profile and reveals a round', async () => {
      const result = await vscode.commands.executeCommand<CecResult>('expressEntry.checkCec', await fixture('good.ee-profile.json'));
      assert.equal(result.eligible, true);
      const revealed = await vscode.commands.executeCommand<boolean>('expressEntry.revealRound', (await api()).store.draws.newest()!.round);
      assert.equal(revealed, true);
    });

    it('the candidate view\'s inline check button checks the profile of its row, not the one in the editor', async function () {
      needs(this, vscode.workspace.workspaceFolders?.length, 'no workspace folder is open (npm run test:vscode opens a copy of test/fixtures/workspace)');
      const a = await api();
      const bad = await fixture('bad.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(await fixture('good.ee-profile.json')));
      const row = await waitFor('the row of bad.ee-profile.json', () => a.cec.getChildren().find((n) => n.kind === 'profile' && n.entry.uri.toString() === bad.toString()));
      const result = await vscode.commands.executeCommand<CecResult>('expressEntry.checkCec', row);
      assert.equal(result.eligible, false);
      assert.match(a.messages.shown[a.messages.shown.length - 1]?.text ?? '', /^bad\.ee-profile\.json: not eligible/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('creates an example profile and opens it', async function () {
      needs(this, vscode.workspace.workspaceFolders?.length, 'no workspace folder is open (npm run test:vscode opens a copy of test/fixtures/workspace)');
      const a = await api();
      const uri = await vscode.commands.executeCommand<vscode.Uri>('expressEntry.createProfile');
      try {
        assert.ok(uri.path.endsWith('.ee-profile.json'));
        const doc = await waitFor('editor', () => vscode.window.activeTextEditor?.document);
        assert.equal(doc.uri.toString(), uri.toString());
        assert.match(doc.getText(), /^\{\n  "\$comment": "Express Entry candidate profile/);
        assert.equal(doc.languageId, 'json');
        const check = await waitFor('the check of the new profile', () => a.profiles.get(uri));
        assert.equal(check.check.result.eligible, true);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('refuses a bad feed address without losing data', async () => {
      const a = await api();
      const before = a.store.draws.rounds.length;
      const config = vscode.workspace.getConfiguration('expressEntry');
      await config.update('feedUrl', 'http://example.com/feed.json', vscode.ConfigurationTarget.Global);
      try {
        const outcome = await vscode.commands.executeCommand<RefreshOutcome>('expressEntry.refresh');
        assert.equal(outcome.ok, false);
        assert.match(outcome.message, /Nothing was changed/);
        assert.equal(a.store.draws.rounds.length, before);
      } finally {
        await config.update('feedUrl', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('refreshes from the test feed and shows the new rounds', async function () {
      const url = process.env['EE_TEST_FEED_URL'];
      needs(this, url, 'EE_TEST_FEED_URL is not set (npm run test:vscode serves test/fixtures/feeds/later-rounds.json and sets it)');
      this.timeout(60_000);
      const a = await api();
      const before = new Set(a.store.draws.rounds.map((r) => String(r.round)));
      const config = vscode.workspace.getConfiguration('expressEntry');
      await config.update('feedUrl', url, vscode.ConfigurationTarget.Global);
      try {
        const outcome = await vscode.commands.executeCommand<RefreshOutcome>('expressEntry.refresh');
        assert.equal(outcome.ok, true, outcome.message);
        assert.ok(outcome.added.length > 0, outcome.message);
        for (const n of outcome.added) assert.ok(!before.has(String(n)));
        const newest = a.store.draws.newest()!;
        assert.ok(outcome.added.map(String).includes(String(newest.round)));
        const roots = a.draws.getChildren();
        assert.ok(roots.some((n) => n.kind === 'round' && n.round.round === newest.round), 'the new round is in the Draws view');
        const cec = a.store.draws.rounds.filter((r) => r.category === 'CEC').pop()!;
        assert.match(a.statusBar.item.text, new RegExp(`CEC ${cec.crs} · `));
      } finally {
        await config.update('feedUrl', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
}
