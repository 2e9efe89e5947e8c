/** The status bar item: the latest round of the chosen category ("CEC 531 · Nov 26"). */
import * as vscode from 'vscode';
import type { DataStore } from './store';
import { affects, settings } from './config';
import { dataAge, latestRound, shortDate, thousands, today } from '../core/index';

export class DrawsStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: DataStore) {
    this.item = vscode.window.createStatusBarItem('expressEntry.latest', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Express Entry: latest round';
    this.item.command = 'expressEntry.pickStatusBarCategory';
    this.disposables.push(
      this.item,
      store.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'statusBarCategory')) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const wanted = settings().statusBarCategory.trim();
    if (wanted === '' || wanted.toLowerCase() === 'none') {
      this.item.hide();
      return;
    }
    const draws = this.store.draws;
    let id: string;
    try {
      id = draws.resolve(wanted);
    } catch {
      this.item.text = `$(warning) EE: ${wanted}?`;
      this.item.tooltip = `Unknown category "${wanted}" in the setting expressEntry.statusBarCategory.`;
      this.item.show();
      return;
    }
    const r = latestRound(draws, id);
    const age = dataAge(draws.newest(), today(), 'vscode').notice;
    if (!r) {
      this.item.text = `$(milestone) ${id}: no rounds`;
      this.item.tooltip = `No ${draws.label(id)} rounds in the data.${age ? `\n${age}` : ''}`;
    } else {
      this.item.text = `$(milestone) ${id === 'ALL' ? 'EE' : id} ${r.crs} · ${shortDate(r.date)}`;
      this.item.tooltip = `${draws.label(r.category)}: round #${r.round} on ${r.date}, CRS cut-off ${r.crs}, ${thousands(r.invitations)} invitations.${age ? `\n${age}` : ''}\nClick to choose the category.`;
    }
    this.item.accessibilityInformation = { label: `Express Entry latest ${draws.label(id)} round: ${r ? `CRS ${r.crs} on ${r.date}` : 'none'}` };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
