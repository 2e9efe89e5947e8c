/** The extension's settings, read in one place. */
import * as vscode from 'vscode';
import { DEFAULT_LAST_ROUNDS, IRCC_FEED_URL } from '../core/index';
import { DEFAULT_REFRESH_TIMEOUT_S, refreshTimeout } from './refreshPolicy';

export const SECTION = 'expressEntry';
export const DEFAULT_HOVER_LANGUAGES = ['markdown', 'plaintext', 'csv', 'json', 'jsonc'];

export interface Settings {
  readonly feedUrl: string;
  readonly autoRefreshHours: number;
  readonly statusBarCategory: string;
  readonly categories: readonly string[];
  readonly hoverEnabled: boolean;
  readonly hoverLanguages: readonly string[];
  readonly lastN: number;
  /** Whole-download timeout of a refresh, in seconds (1–30). */
  readonly refreshTimeoutSeconds: number;
}


export function settings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const lastN = c.get<number>('statistics.lastN', DEFAULT_LAST_ROUNDS);
  return {
    feedUrl: (c.get<string>('feedUrl') || IRCC_FEED_URL).trim(),
    autoRefreshHours: Math.max(0, c.get<number>('autoRefreshHours', 0) || 0),
    statusBarCategory: c.get<string>('statusBarCategory', 'CEC') ?? 'CEC',
    categories: c.get<string[]>('categories', []) ?? [],
    hoverEnabled: c.get<boolean>('hover.enabled', true),
    hoverLanguages: c.get<string[]>('hover.languages', DEFAULT_HOVER_LANGUAGES) ?? DEFAULT_HOVER_LANGUAGES,
    lastN: Number.isInteger(lastN) && lastN >= 1 ? Math.min(lastN, 1000) : DEFAULT_LAST_ROUNDS,
    refreshTimeoutSeconds: refreshTimeout(c.get<unknown>('refreshTimeoutSeconds', DEFAULT_REFRESH_TIMEOUT_S)),
  };
}

/** True when the change touches `expressEntry.<key>` (or any of the extension's settings without a key). */
export function affects(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
  return e.affectsConfiguration(key ? `${SECTION}.${key}` : SECTION);
}
