/** The cut-off chart: a webview panel with a strict Content Security Policy; data goes in by postMessage. */
import * as vscode from 'vscode';
import { type CategoryId } from '../../core/index';
import type { DataStore } from '../store';
import { chartMessage, type ChartMessage } from './chartData';

export interface ChartOptions {
  readonly categories: readonly CategoryId[];
  readonly ownScore: number | null;
  /** First day shown (day number); undefined: everything. */
  readonly fromDay?: number;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  // Hex, not Buffer: the web build has no Node.
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ChartPanel implements vscode.Disposable {
  static current: ChartPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  /** The last message posted (tests read it). */
  lastMessage: ChartMessage | undefined;

  static show(extensionUri: vscode.Uri, store: DataStore, options: ChartOptions): ChartPanel {
    if (ChartPanel.current) {
      ChartPanel.current.options = options;
      ChartPanel.current.panel.reveal(undefined, false);
      ChartPanel.current.post();
      return ChartPanel.current;
    }
    const panel = vscode.window.createWebviewPanel('expressEntry.chart', 'Express Entry: CRS cut-offs', vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'extension', 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    });
    ChartPanel.current = new ChartPanel(panel, extensionUri, store, options);
    return ChartPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly store: DataStore, private options: ChartOptions) {
    panel.webview.html = ChartPanel.html(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ready') {
          this.ready = true;
          this.post();
        }
      }),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      store.onDidChange(() => this.post()),
    );
  }

  private post(): void {
    this.lastMessage = chartMessage(this.store.draws, this.options.categories, this.options.ownScore, this.options.fromDay);
    if (this.ready) void this.panel.webview.postMessage(this.lastMessage);
  }

  static html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'chart.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'extension', 'media', 'chart.css'));
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${n}'`, `font-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>CRS cut-offs</title>
</head>
<body>
<h1 id="title">CRS cut-offs</h1>
<p class="note">Cut-off (CRS score of the lowest-ranked invited candidate) of each round. Hover a point for the round. Source: IRCC.</p>
<div id="chart"></div>
<ul id="legend"></ul>
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ChartPanel.current === this) ChartPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
