/** Helpers of the in-host suite: the extension's API, fixture files, waiting. */
import * as vscode from 'vscode';
import type { ExpressEntryApi } from '../../../../extension/extension';

export const EXTENSION_ID = 'express-entry-draws.express-entry-draws';

export async function api(): Promise<ExpressEntryApi> {
  const ext = vscode.extensions.getExtension<ExpressEntryApi>(EXTENSION_ID);
  if (!ext) throw new Error(`Extension ${EXTENSION_ID} is not installed in this host.`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  await exports.store.ready;
  await exports.profiles.ready;
  return exports;
}

/** A file of test/fixtures/workspace: from the open workspace when it is that folder, else beside the extension. */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.path.replace(/\/$/, '').endsWith('/test/fixtures/workspace'));
  if (folder) return vscode.Uri.joinPath(folder.uri, name);
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'workspace', name);
}

export function workspaceIsFixture(): boolean {
  return Boolean(vscode.workspace.workspaceFolders?.some((f) => f.uri.path.replace(/\/$/, '').endsWith('/test/fixtures/workspace')));
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of a hover's contents. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

export function labelOf(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : l?.label ?? '';
}
