/** Diagnostics on the lines of a profile that break a CEC rule, and on schema and syntax problems. */
import * as vscode from 'vscode';
import type { ProfileTracker } from './profiles';
import { toRange } from './profiles';
import type { Severity } from './cecModel';
import { crsFindings } from './crsModel';
import { locate } from './locate';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerDiagnostics(tracker: ProfileTracker): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('expressEntry');
  const refresh = (uri?: vscode.Uri): void => {
    const entries = uri ? [tracker.get(uri)].filter((e) => e !== undefined) : tracker.all();
    if (!uri) collection.clear();
    if (uri && !tracker.get(uri)) collection.delete(uri);
    for (const entry of entries) {
      collection.set(
        entry.uri,
        entry.check.located.map((f) => {
          const d = new vscode.Diagnostic(toRange(entry.text, f.range.offset, f.range.length), f.message, SEVERITY[f.severity]);
          d.source = 'Express Entry CEC';
          d.code = f.code;
          return d;
        }).concat(crsFindings(entry.crs, entry.check.result.errors).map((f) => {
          const range = locate(entry.check.parsed.tree, f.paths) ?? { offset: 0, length: 1 };
          const d = new vscode.Diagnostic(toRange(entry.text, range.offset, range.length), f.message, SEVERITY[f.severity]);
          d.source = 'Express Entry CRS';
          d.code = f.code;
          return d;
        })),
      );
    }
  };
  refresh();
  const sub = tracker.onDidChange(refresh);
  return vscode.Disposable.from(collection, sub);
}
