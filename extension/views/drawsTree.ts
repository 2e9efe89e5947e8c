/** The Draws view: latest round per category, then by year → category → rounds. */
import * as vscode from 'vscode';
import { type CategoryId, type Draws, type Round } from '../../core/index';
import type { DataStore } from '../store';
import { affects, settings } from '../config';
import { childrenOf, nodeText, roundTooltipMarkdown, shownCategories, type DrawsNode, type YearCategoryNode } from './drawsModel';
import { timings } from '../timings';

/**
 * A row of the Draws view: the tree element itself (a TreeItem subclass carrying its model node's fields, so
 * commands and tests read `kind`, `round`, `year`… straight from it).
 */
export class DrawItem extends vscode.TreeItem {
  constructor(readonly node: DrawsNode, draws: Draws) {
    const { label, description } = nodeText(draws, node);
    const C = vscode.TreeItemCollapsibleState;
    super(label, node.kind === 'round' ? C.None : C.Collapsed);
    Object.assign(this, node);
    this.label = label;
    this.description = description;
    this.contextValue = node.kind;
    switch (node.kind) {
      case 'round':
        this.id = `${node.place}:${node.round.order}`;
        this.iconPath = new vscode.ThemeIcon(node.place === 'latest' ? 'milestone' : 'circle-small-filled');
        this.tooltip = trustedNot(roundTooltipMarkdown(draws, node.round));
        this.accessibilityInformation = { label: `${draws.label(node.round.category)}, round ${node.round.round}, ${description}` };
        break;
      case 'years':
        this.id = 'years';
        this.iconPath = new vscode.ThemeIcon('calendar');
        break;
      case 'year':
        this.id = `year:${node.year}`;
        this.iconPath = new vscode.ThemeIcon('folder');
        this.tooltip = `${node.year}: ${description}`;
        break;
      case 'yearCategory':
        this.id = `year:${node.year}:${node.category}`;
        this.iconPath = new vscode.ThemeIcon('symbol-folder');
        this.tooltip = `${label}, ${node.year}: ${description}`;
        break;
    }
  }
}

/** What the Draws view's tree holds: items that are also their model nodes. */
export type DrawsElement = DrawItem & DrawsNode;

export function trustedNot(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export class DrawsTreeProvider implements vscode.TreeDataProvider<DrawsElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DrawsElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Nodes handed out, so reveal() can find the same objects again. */
  private roots: DrawsElement[] = [];

  constructor(private readonly store: DataStore) {
    this.disposables.push(
      store.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'categories')) this.refresh();
      }),
    );
  }

  refresh(): void {
    this.roots = [];
    this.changed.fire(undefined);
  }

  shown(): CategoryId[] {
    return shownCategories(this.store.draws, settings().categories);
  }

  getChildren(element?: DrawsElement): DrawsElement[] {
    const started = performance.now();
    const draws = this.store.draws;
    const children = childrenOf(draws, element?.node, this.shown()).map((n) => new DrawItem(n, draws) as DrawsElement);
    if (!element) {
      this.roots = children;
      if (Number.isNaN(timings.firstTree)) {
        timings.firstTree = performance.now();
        timings.firstTreeMs = timings.firstTree - started;
      }
    }
    return children;
  }

  getParent(element: DrawsElement): DrawsElement | undefined {
    // Only the latest-round nodes are revealed; they sit at the root.
    void element;
    return undefined;
  }

  /** The root node of a category's latest round, for reveal(). */
  latestNode(category: CategoryId): DrawsElement | undefined {
    if (this.roots.length === 0) this.getChildren();
    return this.roots.find((n) => n.kind === 'round' && n.round.category === category);
  }

  getTreeItem(item: DrawsElement): vscode.TreeItem {
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The rounds a tree node stands for (for copy commands): one round, a year-category, a year, or all. */
export function roundsOfNode(store: DataStore, node: DrawsNode | undefined, shown: readonly CategoryId[]): readonly Round[] {
  const draws = store.draws;
  const set = new Set(shown);
  if (!node || node.kind === 'years') return draws.rounds.filter((r) => set.has(r.category));
  if (node.kind === 'round') return [node.round];
  if (node.kind === 'year') return draws.between('ALL', `${node.year}-01-01`, `${node.year}-12-31`).filter((r) => set.has(r.category));
  const yc: YearCategoryNode = node;
  return draws.between(yc.category, `${yc.year}-01-01`, `${yc.year}-12-31`);
}
