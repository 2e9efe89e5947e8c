/**
 * Every notification the extension shows goes through here, for two reasons:
 * - Notification text is not plain text: the workbench turns `[label](command:…)`, `[label](https://…)` and
 *   `[label](file:…)` into links, and a command link runs that command when clicked. Messages can quote text from
 *   outside (a feed's round number, a server's status line, a file name), so those links are broken up before showing.
 * - Tests (and users reading the API) can see what was shown: the last messages are kept in `shown`.
 */
import * as vscode from 'vscode';
import { notificationText } from './format';

export { notificationText };

export type Severity = 'info' | 'warning' | 'error';

export interface ShownMessage {
  readonly severity: Severity;
  readonly text: string;
  /** Date.now() when it was shown. */
  readonly at: number;
}

const KEEP = 100;

class Messages {
  /** The last messages shown, oldest first. */
  readonly shown: ShownMessage[] = [];

  private record(severity: Severity, text: string): void {
    this.shown.push({ severity, text, at: Date.now() });
    if (this.shown.length > KEEP) this.shown.splice(0, this.shown.length - KEEP);
  }

  info(text: string, ...items: string[]): Thenable<string | undefined> {
    const t = notificationText(text);
    this.record('info', t);
    return vscode.window.showInformationMessage(t, ...items);
  }

  warn(text: string, ...items: string[]): Thenable<string | undefined> {
    const t = notificationText(text);
    this.record('warning', t);
    return vscode.window.showWarningMessage(t, ...items);
  }

  error(text: string, ...items: string[]): Thenable<string | undefined> {
    const t = notificationText(text);
    this.record('error', t);
    return vscode.window.showErrorMessage(t, ...items);
  }
}

/** The extension's one message log. */
export const messages = new Messages();
export type { Messages };
