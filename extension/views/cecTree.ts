/** The candidate view: one node per profile with its CEC verdict, each rule (hours, jobs, language, validity), then the CRS score. */
import * as vscode from 'vscode';
import type { ProfileEntry, ProfileTracker } from '../profile/profiles';
import { toRange } from '../profile/profiles';
import { profileDescription, ruleNodes, type CecNode } from '../profile/cecModel';
import { crsNodes } from '../profile/crsModel';
import { locate } from '../profile/locate';
import type { DataStore } from '../store';
import { candidateNodes, profileCrs, type ProfileScore } from '../profile/categoriesModel';

/** What a row of the candidate view stands for: a profile, or one of the model's nodes under it (`id`: its place in the tree). */
export type CecTreeNode = { readonly kind: 'profile'; readonly entry: ProfileEntry } | { readonly kind: 'rule'; readonly entry: ProfileEntry; readonly node: CecNode; readonly id: string };

const ICONS: Readonly<Record<CecNode['status'], [string, string]>> = {
  pass: ['pass', 'testing.iconPassed'],
  fail: ['error', 'testing.iconFailed'],
  error: ['warning', 'problemsWarningIcon.foreground'],
  info: ['info', 'problemsInfoIcon.foreground'],
};

function icon(status: CecNode['status']): vscode.ThemeIcon {
  const [id, color] = ICONS[status];
  return new vscode.ThemeIcon(id, new vscode.ThemeColor(color));
}

/**
 * A row of the candidate view: the tree element itself (a TreeItem subclass carrying its node's fields, so commands
 * and tests read `kind`, `entry`, `node` straight from it), as the Draws view's DrawItem.
 */
export class CecItem extends vscode.TreeItem {
  constructor(el: CecTreeNode) {
    const C = vscode.TreeItemCollapsibleState;
    // Profiles open; rules stay collapsed (jobs, abilities inside) so that several profiles fit in the view.
    super(
      el.kind === 'profile' ? el.entry.uri.path.split('/').pop() ?? el.entry.uri.path : el.node.label,
      el.kind === 'profile' ? C.Expanded : el.node.children.length ? C.Collapsed : C.None,
    );
    Object.assign(this, el);
    if (el.kind === 'profile') {
      const r = el.entry.check.result;
      this.id = el.entry.uri.toString();
      this.resourceUri = el.entry.uri;
      this.description = profileDescription(r);
      this.contextValue = 'profile';
      this.iconPath = icon(r.errors.length ? 'error' : r.eligible ? 'pass' : 'fail');
      this.tooltip = `${vscode.workspace.asRelativePath(el.entry.uri)}\n\n${r.reasons.join('\n')}`;
      this.command = { command: 'vscode.open', title: 'Open profile', arguments: [el.entry.uri] };
      return;
    }
    const n = el.node;
    this.id = el.id;
    this.description = n.description;
    this.tooltip = n.tooltip;
    this.contextValue = `cecRule.${n.status}`;
    this.iconPath = icon(n.status);
    const range = locate(el.entry.check.parsed.tree, [n.path]);
    if (range) {
      const selection = toRange(el.entry.text, range.offset, range.length);
      this.command = { command: 'vscode.open', title: 'Go to', arguments: [el.entry.uri, { selection } satisfies vscode.TextDocumentShowOptions] };
    }
  }
}

/** What the candidate view's tree holds: items that are also their nodes. */
export type CecElement = CecItem & CecTreeNode;

export class CecTreeProvider implements vscode.TreeDataProvider<CecElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CecElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly tracker: ProfileTracker, private readonly store?: DataStore, private readonly scoreOf: ProfileScore = profileCrs) {
    const subs = [tracker.onDidChange(() => this.changed.fire(undefined)), ...(store ? [store.onDidChange(() => this.changed.fire(undefined))] : [])];
    this.sub = vscode.Disposable.from(...subs);
  }

  getChildren(element?: CecElement): CecElement[] {
    if (!element) return this.tracker.all().map((entry) => new CecItem({ kind: 'profile', entry }) as CecElement);
    const nodes = element.kind === 'profile'
      ? [...ruleNodes(element.entry.check.result), ...crsNodes(element.entry.crs), ...this.candidate(element.entry)]
      : element.node.children;
    const prefix = element.kind === 'profile' ? element.entry.uri.toString() : element.id;
    return nodes.map((node, i) => new CecItem({ kind: 'rule', entry: element.entry, node, id: `${prefix}/${i}` }) as CecElement);
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

  getTreeItem(element: CecElement): vscode.TreeItem {
    return element;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
