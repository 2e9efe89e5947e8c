/** A notification when a refresh brings new rounds, with "Show" revealing the newest one. */
import * as vscode from 'vscode';
import type { DataStore } from './store';
import { messages } from './messages';
import { plural } from '../core/index';

export function watchNewRounds(store: DataStore): vscode.Disposable {
  return store.onDidChange(async (change) => {
    if (change.reason !== 'refresh' || change.added.length === 0) return;
    const newest = change.added[change.added.length - 1]!;
    const draws = store.draws;
    const text =
      change.added.length === 1
        ? `New Express Entry round #${newest.round}: ${draws.label(newest.category)}, CRS ${newest.crs}, ${plural(newest.invitations, 'invitation')} on ${newest.date}.`
        : `${change.added.length} new Express Entry rounds; the newest is #${newest.round} (${draws.label(newest.category)}, CRS ${newest.crs}, ${newest.date}).`;
    const show = 'Show';
    const answer = await messages.info(text, show);
    if (answer === show) await vscode.commands.executeCommand('expressEntry.revealRound', newest.round);
  });
}
