import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, labelOf, waitFor } from './helpers';
import { recompute, type Candidate } from '../../../core/crs/recompute';
import { needs } from '../../../helpers/needs';

/** The candidate of test/fixtures/profiles/candidate.ee-profile.json, read by hand (see test/core/crs/cli.test.ts). */
const CANDIDATE: Candidate = {
  age: 29, spouse: true, edu: 'masters', canadianEdu: 'one-or-two-year', first: [9, 9, 10, 9], second: [7, 7, 7, 7], cw: 2, fw: 3,
  spouseEdu: 'bachelors', spouseLang: [8, 8, 8, 8], spouseCw: 1, sibling: true,
};

const PROFILE = `{
  "asOf": "2025-11-29",
  "dateOfBirth": "1996-03-14",
  "maritalStatus": "married",
  "spouse": {
    "education": { "level": "bachelors" },
    "canadianWorkYears": 1,
    "language": { "test": "IELTS", "date": "2025-02-01", "reading": 6.5, "writing": 6.5, "listening": 7.5, "speaking": 6.5 }
  },
  "education": { "level": "masters", "canadian": "one-or-two-year" },
  "language": { "test": "CELPIP", "date": "2024-12-02", "reading": 9, "writing": 9, "listening": 10, "speaking": 9 },
  "secondLanguage": { "test": "TEF", "date": "2025-01-10", "reading": 440, "writing": 430, "listening": 450, "speaking": 460 },
  "jobs": [
    { "title": "Software developer", "noc": "21232", "start": "2023-01-09", "hoursPerWeek": 40 },
    { "title": "Developer (abroad)", "noc": "21232", "start": "2019-06-01", "end": "2022-10-31", "hoursPerWeek": 40, "inCanada": false }
  ],
  "jobOffer": { "noc": "21232" },
  "siblingInCanada": true
}
`;

function crsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Express Entry CRS');
}

export function crsTests(): void {
  describe('CRS in the editor: CodeLens, candidate view, diagnostics, chart', () => {
    let uri: vscode.Uri;
    const expected = recompute(CANDIDATE, '2025-11-29');

    before(async function () {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens one)');
      await api();
      uri = vscode.Uri.joinPath(folder, 'crs-candidate.ee-profile.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(PROFILE));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    });

    after(async () => {
      if (!uri) return;
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('the CodeLens shows "CRS <total> · rules of 2025-03-25" beside the CEC verdict', async () => {
      const titles = await waitFor('the CRS lens', async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        const t = (lenses ?? []).map((l) => l.command?.title ?? '');
        return t.some((x) => x.startsWith('CRS ')) ? t : undefined;
      });
      assert.ok(titles.includes(`CRS ${expected.total} · rules of 2025-03-25`), titles.join(' | '));
      assert.ok(titles.some((t) => /CEC: /.test(t)), titles.join(' | '));
    });

    it('the candidate view shows the score, its four sections and their factor lines', async () => {
      const a = await api();
      const root = await waitFor('the profile node', () => a.cec.getChildren().find((n) => n.kind === 'profile' && n.entry.uri.toString() === uri.toString()));
      const crs = a.cec.getChildren(root).find((n) => labelOf(a.cec.getTreeItem(n)).startsWith('CRS '))!;
      assert.ok(crs, 'a CRS node under the profile');
      assert.equal(labelOf(a.cec.getTreeItem(crs)), `CRS ${expected.total}`);
      assert.match(String(a.cec.getTreeItem(crs).description), /^rules of 2025-03-25 · as of 2025-11-29/);
      const sections = a.cec.getChildren(crs).map((n) => [labelOf(a.cec.getTreeItem(n)), String(a.cec.getTreeItem(n).description)]);
      assert.deepEqual(sections.slice(0, 4), [
        ['Core / human capital', `${expected.core} / 460`],
        ['Spouse or common-law partner', `${expected.spouse} / 40`],
        ['Skill transferability', `${expected.transfer} / 100`],
        ['Additional points', `${expected.additional} / 600`],
      ]);
      const core = a.cec.getChildren(crs)[0]!;
      const lines = a.cec.getChildren(core).map((n) => `${labelOf(a.cec.getTreeItem(n))}=${String(a.cec.getTreeItem(n).description)}`);
      assert.ok(lines.includes('Age 29=100'), lines.join(' | '));
      assert.ok(lines.includes('Canadian work experience, 2 years=46'), lines.join(' | '));
      const additional = a.cec.getChildren(crs)[3]!;
      assert.ok(a.cec.getChildren(additional).map((n) => labelOf(a.cec.getTreeItem(n))).some((l) => l.startsWith('Job offer, NOC 21232')));
    });

    it('a field that scores nothing for a reason gets an information diagnostic on its line', async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const diags = await waitFor('CRS diagnostics', () => (crsDiagnostics(uri).length ? crsDiagnostics(uri) : undefined));
      const line = doc.getText().split('\n').findIndex((l) => l.includes('"jobOffer"'));
      const offer = diags.find((d) => d.range.start.line === line);
      assert.ok(offer, JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
      assert.equal(offer.severity, vscode.DiagnosticSeverity.Information);
      assert.match(offer.message, /no longer earn CRS points/);
    });

    it('the chart\'s own-score line takes the profile\'s score', async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const r = await vscode.commands.executeCommand<{ ownScore: number | null }>('expressEntry.showChart', { categories: ['cec'] });
      assert.equal(r?.ownScore, expected.total);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('scores again while the profile is edited (sibling removed: 15 points less)', async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const at = doc.getText().indexOf('"siblingInCanada": true') + '"siblingInCanada": '.length;
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4)), 'false'));
      const a = await api();
      const total = recompute({ ...CANDIDATE, sibling: false }, '2025-11-29').total;
      await waitFor('the new total', () => a.profiles.get(uri)?.crs?.result?.total === total);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.ok((lenses ?? []).some((l) => l.command?.title === `CRS ${total} · rules of 2025-03-25`));
    });
  });
}
