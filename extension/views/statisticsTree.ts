/** The Statistics view: per category the last cut-off, range and mean of the last N, change, rhythm, this year. */
import * as vscode from 'vscode';
import type { DataStore } from '../store';
import { affects, settings } from '../config';
import { shownCategories } from './drawsModel';
import { categoryDescription, childrenOf, poolDescription, type StatisticsNode } from './statisticsModel';
import { thousands, today } from '../../core/index';

/**
 * A row of the Statistics view: the tree element itself (a TreeItem subclass carrying its model node's fields, so
 * commands and tests read `kind`, `stats`, `pool`… straight from it), as the Draws view's DrawItem.
 */
export class StatisticsItem extends vscode.TreeItem {
  constructor(readonly node: StatisticsNode) {
    const C = vscode.TreeItemCollapsibleState;
    super(labelOf(node), node.kind === 'category' || node.kind === 'pool' ? C.Collapsed : C.None);
    Object.assign(this, node);
    switch (node.kind) {
      case 'category':
        this.id = `stats:${node.stats.category}`;
        this.description = categoryDescription(node.stats);
        this.contextValue = 'statsCategory';
        this.iconPath = new vscode.ThemeIcon('graph');
        this.tooltip = `${node.stats.label} (${node.stats.category}): ${this.description}`;
        break;
      case 'line':
        this.id = `stats:${node.category}:${node.line.label}`;
        this.description = node.line.value;
        this.contextValue = 'statsLine';
        this.iconPath = new vscode.ThemeIcon('dash');
        this.tooltip = `${node.line.label}: ${node.line.value}`;
        break;
      case 'pool':
        this.id = 'stats:pool';
        this.description = poolDescription(node.pool);
        this.contextValue = 'pool';
        this.iconPath = new vscode.ThemeIcon('organization');
        this.tooltip = `CRS distribution of the candidates in the pool, published with round #${node.pool.round} (${node.pool.roundDate}).${node.pool.subtotalsOk ? '' : ` Note: ${node.pool.problems.join(' ')}`}`;
        break;
      case 'band':
        this.id = `stats:pool:${node.label}`;
        this.description = thousands(node.candidates);
        this.contextValue = 'poolBand';
        this.iconPath = new vscode.ThemeIcon(node.band === 'total' ? 'symbol-constant' : node.band === 'subtotal' ? 'symbol-numeric' : 'dash');
        break;
    }
  }
}

function labelOf(node: StatisticsNode): string {
  switch (node.kind) {
    case 'category':
      return node.stats.label;
    case 'line':
      return node.line.label;
    case 'pool':
      return 'Pool distribution';
    case 'band':
      return node.label;
  }
}

/** What the Statistics view's tree holds: items that are also their model nodes. */
export type StatisticsElement = StatisticsItem & StatisticsNode;

export class StatisticsTreeProvider implements vscode.TreeDataProvider<StatisticsElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StatisticsElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly store: DataStore, private readonly clock: () => number = today) {
    this.disposables.push(
      store.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'categories') || affects(e, 'statistics.lastN')) this.refresh();
      }),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(element?: StatisticsElement): StatisticsElement[] {
    const s = settings();
    const draws = this.store.draws;
    return childrenOf(draws, element?.node, shownCategories(draws, s.categories), s.lastN, this.clock()).map((n) => new StatisticsItem(n) as StatisticsElement);
  }

  getTreeItem(element: StatisticsElement): vscode.TreeItem {
    return element;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
