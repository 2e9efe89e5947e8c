/** A CodeLens at the top of each profile with the CEC verdict and the qualifying hours. */
import * as vscode from 'vscode';
import type { ProfileTracker } from './profiles';
import { verdictTitle } from './cecModel';
import { crsLensTitle, crsLensTooltip } from './crsModel';

export class ProfileCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly tracker: ProfileTracker) {
    this.sub = tracker.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // Check the editor's text as it is now (the tracker may still be waiting for the debounce).
    const entry = this.tracker.get(document.uri);
    const check = entry && entry.text === document.getText() ? entry : this.tracker.update(document.uri, document.getText(), false);
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, { title: verdictTitle(check.check.result), command: 'expressEntry.checkCec', arguments: [document.uri], tooltip: check.check.result.reasons.join('\n') }),
    ];
    if (check.crs) lenses.push(new vscode.CodeLens(top, { title: crsLensTitle(check.crs), command: 'expressEntry.cec.focus', tooltip: crsLensTooltip(check.crs) }));
    return lenses;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
