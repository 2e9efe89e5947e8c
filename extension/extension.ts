/** Express Entry Draws for VS Code: activate() only wires the features together. */
import { timings, type StartupTimings } from './timings';
import * as vscode from 'vscode';
import { DataStore } from './store';
import { DrawsTreeProvider } from './views/drawsTree';
import { StatisticsTreeProvider } from './views/statisticsTree';
import { CecTreeProvider } from './views/cecTree';
import { ProfileTracker, PROFILE_GLOB } from './profile/profiles';
import { registerDiagnostics } from './profile/diagnostics';
import { ProfileCodeLensProvider } from './profile/codeLens';
import { registerHovers } from './hovers/hoverProvider';
import { DrawsStatusBar } from './statusBar';
import { showDataAge } from './views/dataAgeMessage';
import { registerCommands } from './commands';
import { ChartPanel } from './chart/chartPanel';
import type { DrawsElement } from './views/drawsTree';
import { watchNewRounds } from './notifications';
import { messages, type Messages } from './messages';
import { registerLmTools } from './lmTools';

// Every other module of the bundle has been evaluated by now (imports run first).
timings.moduleEnd = performance.now();

/** What activate() returns: the extension's parts, for tests and other extensions. */
export interface ExpressEntryApi {
  readonly store: DataStore;
  readonly draws: DrawsTreeProvider;
  readonly statistics: StatisticsTreeProvider;
  readonly cec: CecTreeProvider;
  readonly profiles: ProfileTracker;
  readonly statusBar: DrawsStatusBar;
  readonly drawsView: vscode.TreeView<DrawsElement>;
  /** The open chart panel, if any. */
  chart(): ChartPanel | undefined;
  /** The notifications the extension showed (the last 100), with the text as shown. */
  readonly messages: Messages;
  /** Start-up figures, reported by the host suite. */
  readonly timings: Readonly<StartupTimings>;
}

export function activate(context: vscode.ExtensionContext): ExpressEntryApi {
  timings.activateStart = performance.now();
  const log = vscode.window.createOutputChannel('Express Entry');
  const store = new DataStore(context.globalStorageUri, log);
  timings.dataLoadMs = performance.now() - timings.activateStart;
  const tracker = new ProfileTracker();
  const draws = new DrawsTreeProvider(store);
  const statistics = new StatisticsTreeProvider(store);
  const cec = new CecTreeProvider(tracker, store);
  const drawsView = vscode.window.createTreeView('expressEntry.draws', { treeDataProvider: draws, showCollapseAll: true });
  const statisticsView = vscode.window.createTreeView('expressEntry.statistics', { treeDataProvider: statistics, showCollapseAll: true });
  const statusBar = new DrawsStatusBar(store);
  const codeLens = new ProfileCodeLensProvider(tracker);

  context.subscriptions.push(
    log,
    store,
    tracker,
    draws,
    statistics,
    cec,
    drawsView,
    statisticsView,
    showDataAge(drawsView, store),
    showDataAge(statisticsView, store),
    vscode.window.createTreeView('expressEntry.cec', { treeDataProvider: cec, showCollapseAll: true }),
    statusBar,
    codeLens,
    vscode.languages.registerCodeLensProvider({ pattern: PROFILE_GLOB }, codeLens),
    registerDiagnostics(tracker),
    registerHovers(store),
    watchNewRounds(store),
    ...registerCommands({ extensionUri: context.extensionUri, store, tracker, drawsTree: draws, drawsView }),
    ...registerLmTools(store, tracker),
    { dispose: () => ChartPanel.current?.dispose() },
  );

  timings.activateEnd = performance.now();
  return { store, draws, statistics, cec, profiles: tracker, statusBar, drawsView, chart: () => ChartPanel.current, messages, timings };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
