import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, hoverText } from './helpers';

async function hoverAt(doc: vscode.TextDocument, needle: string, offsetInNeedle = 1): Promise<string> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${doc.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + offsetInNeedle));
  return hoverText(hovers ?? []);
}

export function hoverTests(): void {
  describe('hovers in a Markdown document', () => {
    let doc: vscode.TextDocument;
    before(async () => {
      await api();
      doc = await vscode.workspace.openTextDocument(await fixture('notes.md'));
      assert.equal(doc.languageId, 'markdown');
    });

    for (const date of ['2025-11-26', 'November 26, 2025', 'Nov 12 2025', '26 Nov 2025']) {
      it(`shows the rounds of ${date}`, async () => {
        const a = await api();
        const iso = date === 'Nov 12 2025' ? '2025-11-12' : '2025-11-26';
        const text = await hoverAt(doc, date);
        assert.ok(text.includes('Express Entry: '), text);
        const sameDay = a.store.draws.rounds.filter((r) => r.date === iso);
        if (sameDay.length) for (const r of sameDay) assert.ok(text.includes(`| ${r.crs} |`), `${r.round} in ${text}`);
        else assert.match(text, /No round on that day/);
      });
    }

    for (const [name, id] of [['Canadian Experience Class', 'CEC'], ['French', 'FRENCH'], ['healthcare', 'HEALTHCARE'], ['trades', 'TRADE'], ['doctors', 'PHYSICIANS']] as const) {
      it(`shows the latest cut-off for "${name}"`, async () => {
        const a = await api();
        const newest = a.store.draws.rounds.filter((r) => r.category === id).pop()!;
        const text = await hoverAt(doc, name);
        assert.ok(text.includes(`Latest cut-off: **CRS ${newest.crs}**`), text);
      });
    }

    it('shows a round for "Round 381" and "#434"', async () => {
      const a = await api();
      for (const [needle, n] of [['Round 381', 381], ['#434', 434]] as const) {
        const r = a.store.draws.round(n);
        const text = await hoverAt(doc, needle);
        assert.ok(r, `round ${n} exists`);
        assert.ok(text.includes(`CRS cut-off: **${r.crs}**`), text);
      }
    });

    it('shows nothing on plain words', async () => {
      assert.equal(await hoverAt(doc, 'remember'), '');
    });
  });
}
