/** The Draws view: latest round per category, then by year → category → rounds. */
import * as vscode from 'vscode';
import { type CategoryId, type Round } from '../../core/index';
import type { DataStore } from '../store';
import { affects, settings } from '../config';
import { childrenOf, nodeText, roundTooltipMarkdown, shownCategories, type DrawsNode, type YearCategoryNode } from './drawsModel';
import { timings } from '../timings';

export class DrawItem extends vscode.TreeItem {
  constructor(readonly node: DrawsNode, label: string, description: string, state: vscode.TreeItemCollapsibleState) {
    super(label, state);
    this.description = description;
  }
}

export function trustedNot(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export class DrawsTreeProvider implements vscode.TreeDataProvider<DrawsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DrawsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Nodes handed out, so reveal() can find the same objects again. */
  private roots: DrawsNode[] = [];

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

  getChildren(element?: DrawsNode): DrawsNode[] {
    const children = childrenOf(this.store.draws, element, this.shown());
    if (!element) {
      this.roots = children;
      if (Number.isNaN(timings.firstTree)) timings.firstTree = performance.now();
    }
    return children;
  }

  getParent(element: DrawsNode): DrawsNode | undefined {
    // Only the latest-round nodes are revealed; they sit at the root.
    void element;
    return undefined;
  }

  /** The root node of a category's latest round, for reveal(). */
  latestNode(category: CategoryId): DrawsNode | undefined {
    if (this.roots.length === 0) this.getChildren();
    return this.roots.find((n) => n.kind === 'round' && n.round.category === category);
  }

  getTreeItem(node: DrawsNode): vscode.TreeItem {
    const draws = this.store.draws;
    const { label, description } = nodeText(draws, node);
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'round': {
        const item = new DrawItem(node, label, description, C.None);
        item.id = `${node.place}:${node.round.order}`;
        item.contextValue = 'round';
        item.iconPath = new vscode.ThemeIcon(node.place === 'latest' ? 'milestone' : 'circle-small-filled');
        item.tooltip = trustedNot(roundTooltipMarkdown(draws, node.round));
        item.accessibilityInformation = { label: `${draws.label(node.round.category)}, round ${node.round.round}, ${description}` };
        return item;
      }
      case 'years': {
        const item = new DrawItem(node, label, description, C.Collapsed);
        item.id = 'years';
        item.contextValue = 'years';
        item.iconPath = new vscode.ThemeIcon('calendar');
        return item;
      }
      case 'year': {
        const item = new DrawItem(node, label, description, C.Collapsed);
        item.id = `year:${node.year}`;
        item.contextValue = 'year';
        item.iconPath = new vscode.ThemeIcon('folder');
        item.tooltip = `${node.year}: ${description}`;
        return item;
      }
      case 'yearCategory': {
        const item = new DrawItem(node, label, description, C.Collapsed);
        item.id = `year:${node.year}:${node.category}`;
        item.contextValue = 'yearCategory';
        item.iconPath = new vscode.ThemeIcon('symbol-folder');
        item.tooltip = `${label}, ${node.year}: ${description}`;
        return item;
      }
    }
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
