/**
 * Keeps the CEC result of every `*.ee-profile.json` in the workspace: from disk, and live from open editors
 * (debounced while typing). The CEC view, the diagnostics and the CodeLens read from here.
 */
import * as vscode from 'vscode';
import { checkProfileText, type ProfileCheck } from './check';
import { crsOutcome } from './crsModel';
import type { CrsOutcome } from '../../core/index';
import { lineAndColumn } from './locate';

export const PROFILE_GLOB = '**/*.ee-profile.json';
export const PROFILE_SUFFIX = '.ee-profile.json';

export function isProfile(uri: vscode.Uri): boolean {
  return uri.path.toLowerCase().endsWith(PROFILE_SUFFIX);
}

export interface ProfileEntry {
  readonly uri: vscode.Uri;
  readonly check: ProfileCheck;
  /** The CRS score (or the problems that prevent it); null for a profile without CRS fields. */
  readonly crs: CrsOutcome | null;
  /** The text the check ran on (to map offsets to positions). */
  readonly text: string;
}

export class ProfileTracker implements vscode.Disposable {
  private readonly entries = new Map<string, ProfileEntry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  readonly ready: Promise<void>;

  constructor(private readonly debounceMs = 300) {
    const watcher = vscode.workspace.createFileSystemWatcher(PROFILE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => {
        if (!this.isOpen(uri)) void this.readFromDisk(uri);
      }),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isProfile(doc.uri)) this.update(doc.uri, doc.getText());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isProfile(e.document.uri)) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (isProfile(doc.uri) && doc.isDirty) void this.readFromDisk(doc.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
    );
    this.ready = this.scan();
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
  }

  /** Finds every profile in the workspace and checks it. */
  async scan(): Promise<void> {
    const uris = vscode.workspace.workspaceFolders?.length ? await vscode.workspace.findFiles(PROFILE_GLOB, '**/node_modules/**', 200) : [];
    const seen = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.entries.keys()]) {
      const entry = this.entries.get(key)!;
      if (!seen.has(key) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.remove(entry.uri, false);
    }
    await Promise.all(uris.map((u) => this.readFromDisk(u, false)));
    for (const doc of vscode.workspace.textDocuments) if (isProfile(doc.uri)) this.update(doc.uri, doc.getText(), false);
    void vscode.commands.executeCommand('setContext', 'expressEntry.hasProfiles', this.entries.size > 0);
    this.changed.fire(undefined);
  }

  private async readFromDisk(uri: vscode.Uri, fire = true): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return;
      }
    }
    this.update(uri, text, fire);
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const t = this.pending.get(key);
    if (t) clearTimeout(t);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.update(doc.uri, doc.getText());
      }, this.debounceMs),
    );
  }

  /** Checks a profile's text now. */
  update(uri: vscode.Uri, text: string, fire = true): ProfileEntry {
    const check = checkProfileText(text);
    const entry: ProfileEntry = { uri, text, check, crs: crsOutcome(check.parsed.value) };
    const had = this.entries.size;
    this.entries.set(uri.toString(), entry);
    if (had === 0) void vscode.commands.executeCommand('setContext', 'expressEntry.hasProfiles', true);
    if (fire) this.changed.fire(uri);
    return entry;
  }

  private remove(uri: vscode.Uri, fire = true): void {
    if (!this.entries.delete(uri.toString())) return;
    if (this.entries.size === 0) void vscode.commands.executeCommand('setContext', 'expressEntry.hasProfiles', false);
    if (fire) this.changed.fire(uri);
  }

  get(uri: vscode.Uri): ProfileEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Every profile, sorted by path. */
  all(): ProfileEntry[] {
    return [...this.entries.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** Offsets of a check's text to a vscode Range. */
export function toRange(text: string, offset: number, length: number): vscode.Range {
  return new vscode.Range(positionAt(text, offset), positionAt(text, offset + length));
}

export function positionAt(text: string, offset: number): vscode.Position {
  const [line, character] = lineAndColumn(text, offset);
  return new vscode.Position(line, character);
}
