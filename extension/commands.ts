/** The extension's commands. Each returns what it produced, so tests can check it. */
import * as vscode from 'vscode';
import { errorText, isoFromDay, itas, latestRound, officialRoundUrl, plural, roundCsvRow, roundsCsv, today, type CategoryId, type CecResult, type RefreshOutcome, type Round } from '../core/index';
import type { DataStore } from './store';
import { messages } from './messages';
import { SECTION, settings } from './config';
import { markdownTable, roundMarkdownRow } from './format';
import { shownCategories, type DrawsNode } from './views/drawsModel';
import { roundsOfNode, type DrawsElement, type DrawsTreeProvider } from './views/drawsTree';
import { ChartPanel } from './chart/chartPanel';
import { readOwnScore } from './chart/chartData';
import { isProfile, PROFILE_SUFFIX, type ProfileTracker } from './profile/profiles';
import { exampleProfile } from './profile/template';

export interface CommandContext {
  readonly extensionUri: vscode.Uri;
  readonly store: DataStore;
  readonly tracker: ProfileTracker;
  readonly drawsTree: DrawsTreeProvider;
  readonly drawsView: vscode.TreeView<DrawsElement>;
}

/** The CRS total of the active profile, else of the first profile that has one; null when none does. */
export function profileCrsScore(tracker: ProfileTracker, active: vscode.Uri | undefined): number | null {
  const entries = tracker.all();
  const first = (active ? entries.filter((e) => e.uri.toString() === active.toString()) : []).concat(entries).find((e) => e.crs?.result);
  return first?.crs?.result?.total ?? null;
}

export interface ChartArgs {
  readonly categories?: readonly string[];
  readonly ownScore?: number | null;
}

/** A round from a command argument: a tree node, a round, or a round number. */
function roundOf(store: DataStore, arg: unknown): Round | undefined {
  if (typeof arg === 'number' || typeof arg === 'string') return store.draws.round(arg);
  if (typeof arg === 'object' && arg !== null) {
    const node = arg as Partial<DrawsNode> & { round?: unknown };
    if (node.kind === 'round' && typeof node.round === 'object' && node.round !== null) return node.round;
    if (typeof node.round === 'number' || typeof node.round === 'string') return store.draws.round(node.round);
  }
  return undefined;
}

/**
 * The official page of the round a command argument names: always canada.ca's address built from the round number
 * (officialRoundUrl), never a link from the feed's HTML (drawNumberURL, mitext), which the core does not even keep.
 */
export function officialPageOf(store: DataStore, arg: unknown): string | undefined {
  const r = roundOf(store, arg);
  return r ? officialRoundUrl(r.round) : undefined;
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await vscode.env.clipboard.writeText(text);
    void messages.info(`Copied ${what}.`);
  } catch (e) {
    void messages.warn(`Could not copy ${what} to the clipboard: ${errorText(e)}`);
  }
}

async function pickRounds(ctx: CommandContext, arg: unknown): Promise<readonly Round[] | undefined> {
  const draws = ctx.store.draws;
  const shown = shownCategories(draws, settings().categories);
  if (typeof arg === 'object' && arg !== null && 'kind' in arg) return roundsOfNode(ctx.store, arg as DrawsNode, shown);
  if (typeof arg === 'string') return draws.between(arg);
  const items: (vscode.QuickPickItem & { id: CategoryId })[] = [
    { label: 'All shown categories', description: plural(draws.rounds.length, 'round'), id: '*' },
    ...shown.map((id) => ({ label: draws.label(id), description: `${id} · ${plural(draws.between(id).length, 'round')}`, id })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Copy draws of which category?', matchOnDescription: true });
  if (!pick) return undefined;
  return pick.id === '*' ? draws.rounds.filter((r) => shown.includes(r.category)) : draws.between(pick.id);
}

function refreshRounds(ctx: CommandContext): Thenable<RefreshOutcome> {
  const { store } = ctx;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Express Entry: refreshing rounds…', cancellable: true },
    async (_progress, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      try {
        const outcome = await store.refresh({ interactive: true, signal: abort.signal });
        if (outcome.ok) {
          if (outcome.added.length === 0) void messages.info(`Express Entry: ${outcome.message}`);
        } else void messages.error(`Express Entry: ${outcome.message}`);
        return outcome;
      } finally {
        sub.dispose();
      }
    },
  );
}

async function showChart(ctx: CommandContext, arg?: unknown): Promise<ChartArgs | undefined> {
  const { store } = ctx;
  const draws = store.draws;
  const given = (typeof arg === 'object' && arg !== null ? arg : {}) as ChartArgs;
  let categories: CategoryId[];
  if (given.categories) categories = given.categories.map((c) => draws.resolve(c));
  else {
    const defaults = new Set(['CEC', safeResolve(store, settings().statusBarCategory)]);
    const picks = await vscode.window.showQuickPick(
      shownCategories(draws, settings().categories).map((id) => ({ label: draws.label(id), description: id, id, picked: defaults.has(id) })),
      { canPickMany: true, title: 'Cut-off chart: categories to draw (one line each)' },
    );
    if (!picks || picks.length === 0) return undefined;
    categories = picks.map((p) => p.id);
  }
  let ownScore: number | null;
  const profileScore = profileCrsScore(ctx.tracker, vscode.window.activeTextEditor?.document.uri);
  if (given.ownScore !== undefined) ownScore = given.ownScore;
  else if (given.categories) ownScore = profileScore;
  else {
    const text = await vscode.window.showInputBox({
      title: 'Your CRS score (optional)',
      ...(profileScore !== null ? { value: String(profileScore) } : {}),
      prompt: 'Draw your own CRS score as a line; leave empty for none.',
      validateInput: (t) => (readOwnScore(t) === undefined ? 'A whole number from 0 to 1200, or empty.' : undefined),
    });
    if (text === undefined) return undefined;
    ownScore = readOwnScore(text) ?? null;
  }
  const newest = draws.newest();
  const fromDay = newest ? newest.day - 3 * 365 : undefined;
  ChartPanel.show(ctx.extensionUri, store, { categories, ownScore, ...(fromDay !== undefined ? { fromDay } : {}) });
  return { categories, ownScore };
}

async function checkCec(ctx: CommandContext, arg?: unknown): Promise<CecResult | undefined> {
  const { tracker } = ctx;
  await tracker.ready;
  // From the candidate view's inline button the argument is the profile's row: a TreeItem with the profile's resourceUri.
  let uri = arg instanceof vscode.Uri ? arg : arg instanceof vscode.TreeItem ? arg.resourceUri : undefined;
  const active = vscode.window.activeTextEditor?.document;
  if (!uri && active && isProfile(active.uri)) uri = active.uri;
  if (!uri) {
    const all = tracker.all();
    if (all.length === 0) {
      const create = 'Create profile';
      const answer = await messages.info(`No candidate profile (*${PROFILE_SUFFIX}) in this workspace.`, create);
      if (answer === create) await vscode.commands.executeCommand('expressEntry.createProfile');
      return undefined;
    }
    if (all.length === 1) uri = all[0]!.uri;
    else {
      const pick = await vscode.window.showQuickPick(
        all.map((e) => ({ label: vscode.workspace.asRelativePath(e.uri), description: e.check.result.eligible ? 'eligible' : 'not eligible', uri: e.uri })),
        { title: 'Check which profile?' },
      );
      if (!pick) return undefined;
      uri = pick.uri;
    }
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const entry = doc ? tracker.update(uri, doc.getText()) : tracker.get(uri) ?? tracker.update(uri, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  const r = entry.check.result;
  void vscode.commands.executeCommand('expressEntry.cec.focus');
  const head = r.errors.length ? 'could not be checked' : r.eligible ? 'eligible for the Canadian Experience Class' : 'not eligible for the Canadian Experience Class';
  void messages.info(`${vscode.workspace.asRelativePath(uri)}: ${head}. ${r.reasons.slice(0, 2).join(' ')}`);
  return r;
}

async function createProfile(ctx: CommandContext): Promise<vscode.Uri | undefined> {
  const { tracker } = ctx;
  const text = exampleProfile(isoFromDay(today()));
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'jsonc', content: text });
    await vscode.window.showTextDocument(doc);
    void messages.info(`Save the profile with a name ending in ${PROFILE_SUFFIX} to check it.`);
    return doc.uri;
  }
  let uri = vscode.Uri.joinPath(folder.uri, `candidate${PROFILE_SUFFIX}`);
  for (let i = 2; await exists(uri); i++) uri = vscode.Uri.joinPath(folder.uri, `candidate-${i}${PROFILE_SUFFIX}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri);
  tracker.update(uri, text);
  return uri;
}

async function copyDrawsCsv(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const rounds = await pickRounds(ctx, arg);
  if (!rounds) return undefined;
  const text = roundsCsv(rounds);
  await copy(text, `${rounds.length} rounds as CSV`);
  return text;
}

async function copyDrawsMarkdown(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const rounds = await pickRounds(ctx, arg);
  if (!rounds) return undefined;
  const text = markdownTable(rounds);
  await copy(text, `${rounds.length} rounds as a Markdown table`);
  return text;
}

async function copyRoundMarkdown(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const { store } = ctx;
  const r = roundOf(store, arg);
  if (!r) return undefined;
  const text = roundMarkdownRow(r);
  await copy(text, `round #${r.round} as a Markdown row`);
  return text;
}

async function copyRoundCsv(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const { store } = ctx;
  const r = roundOf(store, arg);
  if (!r) return undefined;
  const text = roundCsvRow(r);
  await copy(text, `round #${r.round} as a CSV row`);
  return text;
}

async function openOfficialPage(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  const { store } = ctx;
  let r = roundOf(store, arg);
  if (!r && arg === undefined) {
    const text = await vscode.window.showInputBox({ title: 'Open the official page of round…', prompt: 'Round number, e.g. 381' });
    if (text) r = store.draws.round(text.trim().replace(/^#/, ''));
    if (text && !r) void messages.warn(`No round ${text} in the data.`);
  }
  const url = r ? officialPageOf(store, r) : undefined;
  if (!url) return undefined;
  await vscode.env.openExternal(vscode.Uri.parse(url, true));
  return url;
}

async function revealRound(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const { store } = ctx;
  const r = roundOf(store, arg);
  if (!r) return false;
  await vscode.commands.executeCommand('expressEntry.draws.focus');
  const node = ctx.drawsTree.latestNode(r.category);
  if (node && node.kind === 'round' && node.round.order === r.order) {
    await ctx.drawsView.reveal(node, { select: true, focus: true });
    return true;
  }
  return false;
}

async function pickStatusBarCategory(ctx: CommandContext): Promise<string | undefined> {
  const { store } = ctx;
  const draws = store.draws;
  const items = [
    ...draws.categories().map((id) => {
      const r = latestRound(draws, id);
      return { label: id, description: draws.label(id), detail: r ? `CRS ${r.crs} · ${itas(r.invitations)} · ${r.date}` : undefined };
    }),
    { label: 'ALL', description: 'Newest round of any category' },
    { label: 'none', description: 'Hide the status bar item' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Status bar: latest round of which category?', matchOnDescription: true });
  if (!pick) return undefined;
  await vscode.workspace.getConfiguration(SECTION).update('statusBarCategory', pick.label, vscode.ConfigurationTarget.Global);
  return pick.label;
}

function openSettings(_ctx: CommandContext) {
  return vscode.commands.executeCommand('workbench.action.openSettings', `@ext:express-entry-draws.express-entry-draws`);
}

/** Command id → its function; each takes the extension's parts first, then the command's arguments. */
const COMMANDS: Readonly<Record<string, (ctx: CommandContext, ...args: never[]) => unknown>> = {
  'expressEntry.refresh': refreshRounds,
  'expressEntry.showChart': showChart,
  'expressEntry.checkCec': checkCec,
  'expressEntry.createProfile': createProfile,
  'expressEntry.copyDrawsCsv': copyDrawsCsv,
  'expressEntry.copyDrawsMarkdown': copyDrawsMarkdown,
  'expressEntry.copyRoundMarkdown': copyRoundMarkdown,
  'expressEntry.copyRoundCsv': copyRoundCsv,
  'expressEntry.openOfficialPage': openOfficialPage,
  'expressEntry.revealRound': revealRound,
  'expressEntry.pickStatusBarCategory': pickStatusBarCategory,
  'expressEntry.openSettings': openSettings,
};

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, run]) => vscode.commands.registerCommand(id, (...args: never[]) => run(ctx, ...args)));
}

function safeResolve(store: DataStore, text: string): string {
  try {
    return store.draws.resolve(text);
  } catch {
    return 'CEC';
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
