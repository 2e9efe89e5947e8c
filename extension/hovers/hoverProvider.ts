/** Hovers: thin glue from the document to recognize.ts and hoverText.ts. */
import * as vscode from 'vscode';
import type { DataStore } from '../store';
import { affects, settings } from '../config';
import { shownCategories } from '../views/drawsModel';
import { trustedNot } from '../views/drawsTree';
import { recognizeAt } from './recognize';
import { hoverFor } from './hoverText';
import { isProfile, PROFILE_GLOB } from '../profile/profiles';

export class DrawsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: DataStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const s = settings();
    const profile = isProfile(document.uri);
    const hoverOn = s.hoverEnabled && s.hoverLanguages.includes(document.languageId);
    if (!hoverOn && !profile) return undefined;
    const line = document.lineAt(position.line).text;
    if (line.length > 10_000) return undefined;
    const noc = profile && /"noc"\s*:/.test(line);
    const found = recognizeAt(line, position.character, { noc });
    if (!found) return undefined;
    if (found.kind !== 'noc' && !hoverOn) return undefined;
    const draws = this.store.draws;
    const text = hoverFor(draws, found, shownCategories(draws, s.categories));
    return new vscode.Hover(trustedNot(text), new vscode.Range(position.line, found.start, position.line, found.end));
  }
}

/** Registers the provider for the configured languages (and profiles), again whenever the setting changes. */
export function registerHovers(store: DataStore): vscode.Disposable {
  const provider = new DrawsHoverProvider(store);
  let registration: vscode.Disposable | undefined;
  const register = (): void => {
    registration?.dispose();
    const selector: vscode.DocumentFilter[] = [
      ...settings().hoverLanguages.map((language) => ({ language })),
      { pattern: PROFILE_GLOB },
    ];
    registration = vscode.languages.registerHoverProvider(selector, provider);
  };
  register();
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (affects(e, 'hover.languages')) register();
  });
  return new vscode.Disposable(() => {
    sub.dispose();
    registration?.dispose();
  });
}
