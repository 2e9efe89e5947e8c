/**
 * The candidate's categories and outlook as nodes of the profile view, and the category lines of a NOC hover.
 * Pure (no `vscode`): every verdict, figure and sentence comes from the core; this only lays them out.
 */
import {
  checkCategories, categoriesWithNoc, crsFromJson, noPoolText, outlook, outlookSentence, plural, poolRankSentence, verdictText,
  type CategoriesCheck, type CategoryVerdict, type Draws, type Outlook,
} from '../../core/index';
import { escapeMarkdown } from '../format';
import type { CecNode } from './cecModel';

function verdictNode(v: CategoryVerdict, draws: Draws): CecNode {
  const list = v.listVersion === null ? '' : ` · list ${v.listVersion}${v.listComplete ? '' : ' (incomplete)'}`;
  return {
    label: draws.label(v.category),
    description: `${verdictText(v.eligible)}${list}`,
    status: v.eligible === true ? 'pass' : v.eligible === false ? 'fail' : 'info',
    path: v.category === 'FRENCH' ? ['language'] : v.category === 'MILITARY' ? ['canadianArmedForcesOffer'] : ['jobs'],
    tooltip: v.reasons.join('\n'),
    children: v.reasons.map((r) => ({ label: r, description: '', status: 'info' as const, path: [], tooltip: r, children: [] })),
  };
}

/** The "Categories" node: one child per category in force on the profile's date. */
export function categoriesNode(result: CategoriesCheck, draws: Draws): CecNode {
  const yes = result.categories.filter((c) => c.eligible === true).length;
  const unknown = result.categories.filter((c) => c.eligible === null).length;
  return {
    label: 'Categories',
    description: result.errors.length ? 'cannot check: see problems' : `${yes} eligible${unknown ? `, ${unknown} unknown` : ''} of ${plural(result.categories.length, 'category', 'categories')} · as of ${result.asOf}`,
    status: result.errors.length ? 'error' : yes ? 'pass' : unknown ? 'info' : 'fail',
    path: ['jobs'],
    tooltip: 'Category-based selection: which category rounds could invite this profile, with the occupation list in force on the date. Program eligibility (CEC, FSW, FST) is checked separately.',
    children: result.categories.map((v) => verdictNode(v, draws)),
  };
}

/** The "Outlook" node: one line per category (CEC plus the eligible ones), then the pool rank and the notes. */
export function outlookNode(o: Outlook, draws: Draws): CecNode {
  const line = (label: string): CecNode => ({ label, description: '', status: 'info', path: [], tooltip: label, children: [] });
  return {
    label: 'Outlook',
    description: `CRS ${o.score} against the last ${plural(o.last, 'round')}`,
    status: 'info',
    path: [],
    tooltip: o.notes.join('\n'),
    children: [
      ...o.categories.map((l) => line(outlookSentence(l, draws.label(l.category)))),
      line(o.poolRank ? poolRankSentence(o.poolRank) : noPoolText(o.asOf)),
      ...o.notes.map(line),
    ],
  };
}

/** The profile's CRS score on a date (null: not known). */
export type ProfileScore = (profile: unknown, asOf: string) => number | null;

/** The CRS engine's score of a profile on a date; null when the profile lacks what the score needs. */
export const profileCrs: ProfileScore = (profile, asOf) => (hasCrsFields(profile) ? crsFromJson(profile, { asOf }).result?.total ?? null : null);

/** A profile without an age scores nearly nothing: its "score" would mislead, so the outlook waits for one. */
function hasCrsFields(profile: unknown): boolean {
  return typeof profile === 'object' && profile !== null && ('age' in profile || 'dateOfBirth' in profile);
}

/** The nodes the candidate's view adds under a profile: categories, then the outlook when a score is known. */
export function candidateNodes(profile: unknown, draws: Draws, scoreOf: ProfileScore): CecNode[] {
  const categories = checkCategories(profile ?? {});
  if (categories.errors.length) return [categoriesNode(categories, draws)];
  const score = scoreOf(profile, categories.asOf);
  const nodes = [categoriesNode(categories, draws)];
  if (score === null) {
    nodes.push({ label: 'Outlook', description: 'needs the profile\'s CRS fields (age or dateOfBirth, education…)', status: 'info', path: [], tooltip: 'The outlook compares the profile\'s CRS score with the recent cut-offs; the score could not be computed from this profile (see the CRS part of the profile).', children: [] });
    return nodes;
  }
  const ids = ['CEC', ...categories.categories.filter((c) => c.eligible === true).map((c) => c.category)];
  nodes.push(outlookNode(outlook(draws, score, { categories: ids, asOf: categories.asOf }), draws));
  return nodes;
}

/** Hover lines for a NOC code: the categories whose list in force on the day includes it. Markdown, escaped. */
export function nocCategoriesMarkdown(draws: Draws, code: string, day: number, isoDay: string): string {
  const found = categoriesWithNoc(code, day);
  if (found.length === 0) {
    return `Category-based selection: on no occupation list known to be in force on ${escapeMarkdown(isoDay)} (some 2026 lists are not known: check canada.ca).`;
  }
  return [
    `Category-based selection, lists in force on ${escapeMarkdown(isoDay)}:`,
    ...found.map((f) => `- ${escapeMarkdown(draws.label(f.category))} (list ${escapeMarkdown(f.list.versionText)}${f.list.complete ? '' : ', incomplete'})`),
  ].join('\n');
}
