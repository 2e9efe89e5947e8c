import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, waitFor } from './helpers';
import { needs } from '../../../helpers/needs';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Express Entry CEC');
}

export function profileTests(): void {
  describe('profiles: diagnostics, CodeLens, live checks', () => {
    it('marks the lines of the bad profile that break a rule', async () => {
      await api();
      const uri = await fixture('bad.ee-profile.json');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const diags = await waitFor('diagnostics', () => (ours(uri).length >= 3 ? ours(uri) : undefined));
      const lineOf = (needle: string): number => doc.getText().split('\n').findIndex((l) => l.includes(needle));
      const on = (line: number): string[] => diags.filter((d) => d.range.start.line === line).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
      assert.ok(on(lineOf('"selfEmployed": true')).includes('selfEmployed'), JSON.stringify(diags.map((d) => [d.range.start.line, d.code])));
      assert.ok(on(lineOf('"noc": "64100"')).includes('teer'));
      assert.ok(on(lineOf('"language"')).includes('languageExpired'));
      assert.ok(diags.every((d) => d.severity !== vscode.DiagnosticSeverity.Error));
    });

    it('puts the verdict in a CodeLens at the top', async () => {
      const bad = await fixture('bad.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bad));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', bad);
      const titles = (lenses ?? []).map((l) => l.command?.title ?? '');
      assert.ok(titles.some((t) => /CEC: not eligible · 0 of 1,560 hours/.test(t)), titles.join(' | '));
      assert.equal(lenses?.[0]?.range.start.line, 0);
      const goodUri = await fixture('good.ee-profile.json');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(goodUri));
      const good = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', goodUri);
      assert.ok((good ?? []).some((l) => /CEC: eligible/.test(l.command?.title ?? '')));
    });

    it('checks again while the profile is edited', async function () {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens a copy of test/fixtures/workspace)');
      const a = await api();
      const uri = vscode.Uri.joinPath(folder, 'live-edit.ee-profile.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{\n  "asOf": "2025-11-29",\n  "jobs": [\n    { "noc": "21232", "start": "2022-01-01", "hoursPerWeek": 40, "selfEmployed": true }\n  ],\n  "language": { "test": "CLB", "date": "2025-01-01", "reading": 9, "writing": 9, "listening": 9, "speaking": 9 }\n}\n'));
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      await waitFor('self-employment diagnostic', () => ours(uri).some((d) => d.code === 'selfEmployed'));
      assert.equal(a.profiles.get(uri)?.check.result.eligible, false);
      const at = doc.getText().indexOf('"selfEmployed": true') + '"selfEmployed": '.length;
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4)), 'false'));
      await waitFor('the diagnostic to go', () => !ours(uri).some((d) => d.code === 'selfEmployed'));
      await waitFor('eligible', () => a.profiles.get(uri)?.check.result.eligible === true);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    });

    it('NOC codes in a profile have a hover with the TEER', async () => {
      const uri = await fixture('bad.ee-profile.json');
      const doc = await vscode.workspace.openTextDocument(uri);
      const at = doc.getText().indexOf('64100') + 2;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at));
      const text = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      assert.match(text, /TEER 4/);
      assert.match(text, /not\*\* count/);
    });
  });
}
