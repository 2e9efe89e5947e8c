/** The sidebar says when the data is old: the core's data-age sentence as the view's message, kept up to date. */
import * as vscode from 'vscode';
import { dataAge, today } from '../../core/index';
import type { DataStore } from '../store';

/** Sets (or clears) `view.message` now and whenever the data changes. */
export function showDataAge(view: vscode.TreeView<unknown>, store: DataStore, clock: () => number = today): vscode.Disposable {
  const update = (): void => {
    view.message = dataAge(store.draws.newest(), clock(), 'vscode').notice ?? undefined;
  };
  update();
  return store.onDidChange(update);
}
