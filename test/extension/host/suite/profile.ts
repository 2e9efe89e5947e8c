import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, labelOf, waitFor } from './helpers';
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

    it('shows the core\'s verdicts at the one-year mark: 362 days at 70 h/week is short, 364 days is enough', async function () {
      this.timeout(120_000);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      needs(this, folder, 'no workspace folder is open (npm run test:vscode opens a copy of test/fixtures/workspace)');
      const a = await api();
      const uri = vscode.Uri.joinPath(folder, 'one-year.ee-profile.json');
      // 2024-01-01 .. 2024-12-27 = 362 days → 362 × 30/7 = 1,551.43 h: 2 days of full-time work (8.57 h) short, and
      // within 60 h of 1,560. The study period says nothing about "fullTime": taken as part-time, with a warning.
      const text = '{\n  "asOf": "2025-11-29",\n  "jobs": [\n    { "noc": "21232", "start": "2024-01-01", "end": "2024-12-27", "hoursPerWeek": 70 }\n  ],\n' +
        '  "studyPeriods": [\n    { "start": "2024-02-01", "end": "2024-03-01" }\n  ],\n' +
        '  "language": { "test": "CELPIP", "date": "2025-01-10", "reading": 9, "writing": 9, "listening": 9, "speaking": 9 }\n}\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const line = (needle: string): number => doc.getText().split('\n').findIndex((l) => l.includes(needle));
      const codesOn = (n: number): string[] => ours(uri).filter((d) => d.range.start.line === n).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
      await waitFor('hours diagnostics', () => ours(uri).some((d) => d.code === 'nearThreshold'), 60_000);
      assert.ok(codesOn(line('"jobs"')).includes('hours'), JSON.stringify(ours(uri).map((d) => [d.range.start.line, d.code])));
      assert.ok(codesOn(line('"jobs"')).includes('nearThreshold'));
      assert.ok(codesOn(line('"start": "2024-02-01"')).includes('studyAssumedPartTime'));
      assert.ok(ours(uri).some((d) => d.code === 'hours' && /2 days of full-time work short \(8\.57 h\)/.test(d.message)));
      const lens = async (): Promise<string> => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((l) => l.command?.title ?? '').join(' | ');
      assert.match(await lens(), /CEC: not eligible · 1,551\.43 of 1,560 hours/);
      const rule = (label: string): vscode.TreeItem => {
        const profile = a.cec.getChildren().find((p) => labelOf(a.cec.getTreeItem(p)) === 'one-year.ee-profile.json')!;
        return a.cec.getChildren(profile).map((n) => a.cec.getTreeItem(n)).find((i) => labelOf(i) === label)!;
      };
      await waitFor('the CEC view', () => a.cec.getChildren().some((p) => labelOf(a.cec.getTreeItem(p)) === 'one-year.ee-profile.json'), 60_000);
      // The view shows the core's verdict: work experience not met under "Not eligible", language and validity met.
      assert.equal(rule('Work experience').contextValue, 'cecRule.fail');
      assert.match(String(rule('Work experience').description), /^1,551\.43 of 1,560 hours: 2 days of full-time work short \(8\.57 h\)/);
      assert.equal(rule('Language').contextValue, 'cecRule.pass');
      assert.equal(rule('Test validity').contextValue, 'cecRule.pass');
      // Two more days (to 2024-12-29, 364 days): 1,560 h, eligible, still close to the threshold.
      const at = doc.getText().indexOf('2024-12-27');
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 10)), '2024-12-29'));
      await waitFor('eligible', () => a.profiles.get(uri)?.check.result.eligible === true, 60_000);
      await waitFor('the hours diagnostic to go', () => !ours(uri).some((d) => d.code === 'hours'), 60_000);
      assert.equal(rule('Work experience').contextValue, 'cecRule.pass');
      assert.match(await lens(), /CEC: eligible · 1,560 of 1,560 hours/);
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
