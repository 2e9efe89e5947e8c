/** The Statistics view: per category the last cut-off, range and mean of the last N, change, rhythm, this year. */
import * as vscode from 'vscode';
import type { DataStore } from '../store';
import { affects, settings } from '../config';
import { shownCategories } from './drawsModel';
import { categoryDescription, childrenOf, poolDescription, type StatisticsNode } from './statisticsModel';
import { thousands, today } from '../../core/index';

/** A row of the Statistics view, keeping the node it shows. */
export class StatisticsItem extends vscode.TreeItem {
  constructor(readonly node: StatisticsNode, label: string, state: vscode.TreeItemCollapsibleState) {
    super(label, state);
  }
}

export class StatisticsTreeProvider implements vscode.TreeDataProvider<StatisticsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StatisticsNode | undefined>();
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

  getChildren(element?: StatisticsNode): StatisticsNode[] {
    const s = settings();
    return childrenOf(this.store.draws, element, shownCategories(this.store.draws, s.categories), s.lastN, this.clock());
  }

  getTreeItem(node: StatisticsNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'category': {
        const item = new StatisticsItem(node, node.stats.label, C.Collapsed);
        item.id = `stats:${node.stats.category}`;
        item.description = categoryDescription(node.stats);
        item.contextValue = 'statsCategory';
        item.iconPath = new vscode.ThemeIcon('graph');
        item.tooltip = `${node.stats.label} (${node.stats.category}): ${item.description}`;
        return item;
      }
      case 'line': {
        const item = new StatisticsItem(node, node.line.label, C.None);
        item.id = `stats:${node.category}:${node.line.label}`;
        item.description = node.line.value;
        item.contextValue = 'statsLine';
        item.iconPath = new vscode.ThemeIcon('dash');
        item.tooltip = `${node.line.label}: ${node.line.value}`;
        return item;
      }
      case 'pool': {
        const item = new StatisticsItem(node, 'Pool distribution', C.Collapsed);
        item.id = 'stats:pool';
        item.description = poolDescription(node.pool);
        item.contextValue = 'pool';
        item.iconPath = new vscode.ThemeIcon('organization');
        item.tooltip = `CRS distribution of the candidates in the pool, published with round #${node.pool.round} (${node.pool.roundDate}).${node.pool.subtotalsOk ? '' : ` Note: ${node.pool.problems.join(' ')}`}`;
        return item;
      }
      case 'band': {
        const item = new StatisticsItem(node, node.label, C.None);
        item.id = `stats:pool:${node.label}`;
        item.description = thousands(node.candidates);
        item.contextValue = 'poolBand';
        item.iconPath = new vscode.ThemeIcon(node.band === 'total' ? 'symbol-constant' : node.band === 'subtotal' ? 'symbol-numeric' : 'dash');
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
