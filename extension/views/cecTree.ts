/** The candidate view: one node per profile with its CEC verdict, each rule (hours, jobs, language, validity), then the CRS score. */
import * as vscode from 'vscode';
import type { ProfileEntry, ProfileTracker } from '../profile/profiles';
import { toRange } from '../profile/profiles';
import { profileDescription, ruleNodes, type CecNode } from '../profile/cecModel';
import { crsNodes } from '../profile/crsModel';
import { locate } from '../profile/locate';
import type { DataStore } from '../store';
import { candidateNodes, profileCrs, type ProfileScore } from '../profile/categoriesModel';

export type CecTreeNode = { readonly kind: 'profile'; readonly entry: ProfileEntry } | { readonly kind: 'rule'; readonly entry: ProfileEntry; readonly node: CecNode; readonly id: string };

const ICONS: Readonly<Record<CecNode['status'], [string, string]>> = {
  pass: ['pass', 'testing.iconPassed'],
  fail: ['error', 'testing.iconFailed'],
  error: ['warning', 'problemsWarningIcon.foreground'],
  info: ['info', 'problemsInfoIcon.foreground'],
};

/** A row of the candidate view, keeping the node it shows. */
export class CecItem extends vscode.TreeItem {
  constructor(readonly node: CecTreeNode, label: string, state: vscode.TreeItemCollapsibleState) {
    super(label, state);
  }
}

export class CecTreeProvider implements vscode.TreeDataProvider<CecTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CecTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly tracker: ProfileTracker, private readonly store?: DataStore, private readonly scoreOf: ProfileScore = profileCrs) {
    const subs = [tracker.onDidChange(() => this.changed.fire(undefined)), ...(store ? [store.onDidChange(() => this.changed.fire(undefined))] : [])];
    this.sub = vscode.Disposable.from(...subs);
  }

  getChildren(element?: CecTreeNode): CecTreeNode[] {
    if (!element) return this.tracker.all().map((entry) => ({ kind: 'profile', entry }));
    const nodes = element.kind === 'profile'
      ? [...ruleNodes(element.entry.check.result), ...crsNodes(element.entry.crs), ...this.candidate(element.entry)]
      : element.node.children;
    const prefix = element.kind === 'profile' ? element.entry.uri.toString() : element.id;
    return nodes.map((node, i) => ({ kind: 'rule', entry: element.entry, node, id: `${prefix}/${i}` }));
  }

  /** Categories and outlook of a profile, computed once per checked text and data set. */
  private readonly extras = new WeakMap<ProfileEntry, { readonly draws: unknown; readonly nodes: CecNode[] }>();
  private candidate(entry: ProfileEntry): CecNode[] {
    if (!this.store) return [];
    const draws = this.store.draws;
    const known = this.extras.get(entry);
    if (known && known.draws === draws) return known.nodes;
    const nodes = candidateNodes(entry.check.parsed.value, draws, this.scoreOf);
    this.extras.set(entry, { draws, nodes });
    return nodes;
  }

  getTreeItem(el: CecTreeNode): vscode.TreeItem {
    if (el.kind === 'profile') {
      const name = el.entry.uri.path.split('/').pop() ?? el.entry.uri.path;
      const item = new CecItem(el, name, vscode.TreeItemCollapsibleState.Expanded);
      const r = el.entry.check.result;
      item.id = el.entry.uri.toString();
      item.resourceUri = el.entry.uri;
      item.description = profileDescription(r);
      item.contextValue = 'profile';
      const [icon, color] = ICONS[r.errors.length ? 'error' : r.eligible ? 'pass' : 'fail'];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      item.tooltip = `${vscode.workspace.asRelativePath(el.entry.uri)}\n\n${r.reasons.join('\n')}`;
      item.command = { command: 'vscode.open', title: 'Open profile', arguments: [el.entry.uri] };
      return item;
    }
    const n = el.node;
    // Rules stay collapsed (jobs, abilities inside) so that several profiles fit in the view.
    const item = new CecItem(el, n.label, n.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = el.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = `cecRule.${n.status}`;
    const [icon, color] = ICONS[n.status];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    const range = locate(el.entry.check.parsed.tree, [n.path]);
    if (range) {
      const selection = toRange(el.entry.text, range.offset, range.length);
      item.command = { command: 'vscode.open', title: 'Go to', arguments: [el.entry.uri, { selection } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
