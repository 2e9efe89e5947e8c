/**
 * The Draws view's model: which nodes exist and what they say. Pure (no `vscode`), so it is unit-tested directly;
 * drawsTree.ts turns these nodes into TreeItems.
 */
import { itas, latestRounds, plural, thousands, tieBreakText, yearOfDay, type CategoryId, type Draws, type Round } from '../../core/index';
import { clipText, escapeMarkdown, roundDescription } from '../format';

export interface LatestRoundNode {
  readonly kind: 'round';
  readonly round: Round;
  /** Where the node sits: the latest list, or under a year and category. */
  readonly place: 'latest' | 'year';
}
export interface YearsNode {
  readonly kind: 'years';
}
export interface YearNode {
  readonly kind: 'year';
  readonly year: number;
  readonly count: number;
  readonly invitations: number;
}
export interface YearCategoryNode {
  readonly kind: 'yearCategory';
  readonly year: number;
  readonly category: CategoryId;
  readonly label: string;
  readonly count: number;
  readonly invitations: number;
}
export type DrawsNode = LatestRoundNode | YearsNode | YearNode | YearCategoryNode;

/** Category ids to show: the setting's entries resolved (unknown ones dropped), or every category when empty. */
export function shownCategories(draws: Draws, setting: readonly string[] | undefined): CategoryId[] {
  const all = draws.categories();
  if (!setting || setting.length === 0) return all;
  const wanted = new Set<CategoryId>();
  for (const s of setting) {
    try {
      wanted.add(draws.resolve(s));
    } catch {
      // An unknown name in the setting is ignored.
    }
  }
  return all.filter((id) => wanted.has(id));
}

export function rootNodes(draws: Draws, shown: readonly CategoryId[]): DrawsNode[] {
  const set = new Set(shown);
  const latest: DrawsNode[] = latestRounds(draws)
    .filter((r) => set.has(r.category))
    .map((round) => ({ kind: 'round', round, place: 'latest' }));
  return [...latest, { kind: 'years' }];
}

export function yearNodes(draws: Draws, shown: readonly CategoryId[]): YearNode[] {
  const set = new Set(shown);
  const byYear = new Map<number, { count: number; invitations: number }>();
  for (const r of draws.rounds) {
    if (!set.has(r.category)) continue;
    const y = yearOfDay(r.day);
    const e = byYear.get(y) ?? { count: 0, invitations: 0 };
    e.count++;
    e.invitations += r.invitations;
    byYear.set(y, e);
  }
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, e]) => ({ kind: 'year', year, ...e }));
}

export function yearCategoryNodes(draws: Draws, year: number, shown: readonly CategoryId[]): YearCategoryNode[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const out: YearCategoryNode[] = [];
  for (const id of shown) {
    const rounds = draws.between(id, from, to);
    if (rounds.length === 0) continue;
    out.push({
      kind: 'yearCategory',
      year,
      category: id,
      label: draws.label(id),
      count: rounds.length,
      invitations: rounds.reduce((a, r) => a + r.invitations, 0),
    });
  }
  return out;
}

/** Rounds of a category in a year, newest first. */
export function roundNodes(draws: Draws, year: number, category: CategoryId): LatestRoundNode[] {
  return [...draws.between(category, `${year}-01-01`, `${year}-12-31`)].reverse().map((round) => ({ kind: 'round', round, place: 'year' }));
}

export function childrenOf(draws: Draws, node: DrawsNode | undefined, shown: readonly CategoryId[]): DrawsNode[] {
  if (!node) return rootNodes(draws, shown);
  switch (node.kind) {
    case 'years':
      return yearNodes(draws, shown);
    case 'year':
      return yearCategoryNodes(draws, node.year, shown);
    case 'yearCategory':
      return roundNodes(draws, node.year, node.category);
    case 'round':
      return [];
  }
}

/** Label and description a tree shows for a node. */
export function nodeText(draws: Draws, node: DrawsNode): { label: string; description: string } {
  switch (node.kind) {
    case 'round':
      return node.place === 'latest'
        ? { label: draws.label(node.round.category), description: roundDescription(node.round) }
        : { label: `#${node.round.round}`, description: roundDescription(node.round) };
    case 'years':
      return { label: 'By year', description: '' };
    case 'year':
      return { label: String(node.year), description: `${plural(node.count, 'round')} · ${itas(node.invitations)}` };
    case 'yearCategory':
      return { label: node.label, description: `${plural(node.count, 'round')} · ${itas(node.invitations)}` };
  }
}

/**
 * The tooltip of a round, as Markdown: name, cut-off, invitations, tie-break, and the last rounds of its category.
 * Everything from the feed is escaped.
 */
export function roundTooltipMarkdown(draws: Draws, r: Round, lastCount = 5): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(draws.label(r.category))}** — round \\#${escapeMarkdown(String(r.round))}`);
  lines.push('');
  lines.push(escapeMarkdown(clipText(r.name)));
  lines.push('');
  lines.push(`- Date: ${escapeMarkdown(r.date)}`);
  lines.push(`- CRS cut-off: **${r.crs}**`);
  lines.push(`- Invitations: **${thousands(r.invitations)}**`);
  lines.push(`- Tie-break: ${escapeMarkdown(clipText(tieBreakText(r)))}`);
  if (r.programsText) lines.push(`- Programs: ${escapeMarkdown(clipText(r.programsText))}`);
  const last = draws.lastN(r.category, lastCount, r.day);
  if (last.length > 1) {
    lines.push('');
    lines.push(`Last ${last.length} rounds of this category:`);
    lines.push('');
    lines.push('| Round | Date | CRS | ITAs |');
    lines.push('| ---: | --- | ---: | ---: |');
    for (const x of [...last].reverse()) {
      lines.push(`| \\#${escapeMarkdown(String(x.round))} | ${escapeMarkdown(x.date)} | ${x.crs} | ${thousands(x.invitations)} |`);
    }
  }
  return lines.join('\n');
}
