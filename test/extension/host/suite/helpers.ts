/** Helpers of the in-host suite: the extension's API, fixture files, waiting. */
import * as vscode from 'vscode';
import type { ExpressEntryApi } from '../../../../extension/extension';

export const EXTENSION_ID = 'express-entry-draws.express-entry-draws';

export async function api(): Promise<ExpressEntryApi> {
  const ext = vscode.extensions.getExtension<ExpressEntryApi>(EXTENSION_ID);
  if (!ext) throw new Error(`Extension ${EXTENSION_ID} is not installed in this host.`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  if (!exports) throw new Error(`Extension ${EXTENSION_ID} did not activate (isActive: ${ext.isActive}): see the "Express Entry" output and the extension host log.`);
  await exports.store.ready;
  await exports.profiles.ready;
  return exports;
}

/** The workspace folder when it is (a copy of) test/fixtures/workspace: it holds notes.md and the two profiles. */
let fixtureFolder: vscode.Uri | null | undefined;
export async function fixtureWorkspace(): Promise<vscode.Uri | undefined> {
  if (fixtureFolder === undefined) {
    fixtureFolder = null;
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(f.uri, 'bad.ee-profile.json'));
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(f.uri, 'notes.md'));
        fixtureFolder = f.uri;
        break;
      } catch {
        // not this one
      }
    }
  }
  return fixtureFolder ?? undefined;
}

/** A file of test/fixtures/workspace: from the open workspace when it is that folder (or a copy), else beside the extension. */
export async function fixture(name: string): Promise<vscode.Uri> {
  const folder = await fixtureWorkspace();
  if (folder) return vscode.Uri.joinPath(folder, name);
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'workspace', name);
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
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${last instanceof Error ? String(last) : JSON.stringify(last)}` : ''}`);
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
