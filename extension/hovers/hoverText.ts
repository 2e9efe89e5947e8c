/**
 * The Markdown of each hover. Pure (no `vscode`): returns Markdown text in which every value from the feed is
 * escaped; the provider wraps it in a MarkdownString that is neither trusted nor allowed HTML.
 */
import { isoFromDay, nocProblem, oneDecimal as dec, statsOf, thousands as num, today, writtenDate, type CategoryId, type Draws, type Round } from '../../core/index';
import { escapeMarkdown } from '../format';
import { roundTooltipMarkdown } from '../views/drawsModel';
import { nocTeer, type Recognized } from './recognize';
import { nocCategoriesMarkdown } from '../profile/categoriesModel';

const e = escapeMarkdown;

function roundRow(draws: Draws, r: Round): string {
  return `| ${e(draws.label(r.category))} | \\#${e(String(r.round))} | ${e(r.date)} | ${r.crs} | ${num(r.invitations)} |`;
}
const ROW_HEAD = ['| Category | Round | Date | CRS | ITAs |', '| --- | ---: | --- | ---: | ---: |'];

/** Rounds held on the day, or else the latest round of each category before it. */
export function dateHover(draws: Draws, day: number, shown?: readonly CategoryId[]): string {
  const set = shown ? new Set(shown) : null;
  const keep = (r: Round): boolean => !set || set.has(r.category);
  const iso = isoFromDay(day);
  const lines = [`**Express Entry: ${e(writtenDate(day))}** (${e(iso)})`, ''];
  const sameDay = draws.between('ALL', day, day).filter(keep);
  if (sameDay.length) {
    lines.push(`${sameDay.length === 1 ? 'One round' : `${sameDay.length} rounds`} on that day:`, '', ...ROW_HEAD);
    for (const r of sameDay) lines.push(roundRow(draws, r));
    return lines.join('\n');
  }
  const before = draws.latestPerCategory(day).filter(keep);
  if (before.length === 0) {
    lines.push('No Express Entry round on or before that day.');
    return lines.join('\n');
  }
  lines.push('No round on that day. Latest round of each category before it:', '', ...ROW_HEAD);
  for (const r of before) lines.push(roundRow(draws, r));
  return lines.join('\n');
}

/** Latest cut-off of a category and its recent range. */
export function categoryHover(draws: Draws, id: CategoryId, recent = 10): string {
  const last = draws.lastN(id, recent, 2932896);
  const lines = [`**${e(draws.label(id))}** (${e(id)})`, ''];
  const newest = last[last.length - 1];
  if (!newest) {
    lines.push('No rounds of this category in the data.');
    return lines.join('\n');
  }
  const s = statsOf(id, last);
  lines.push(`Latest cut-off: **CRS ${newest.crs}** in round \\#${e(String(newest.round))} on ${e(newest.date)} (${num(newest.invitations)} ITAs).`);
  lines.push('');
  lines.push(`Last ${s.count} round${s.count === 1 ? '' : 's'} (${e(s.from ?? '')} to ${e(s.to ?? '')}): CRS ${s.min}–${s.max}, mean ${dec(s.mean ?? 0)}, change ${(s.change ?? 0) >= 0 ? '+' : '−'}${Math.abs(s.change ?? 0)}.`);
  lines.push('', '| Round | Date | CRS | ITAs |', '| ---: | --- | ---: | ---: |');
  for (const r of [...last].reverse().slice(0, 5)) lines.push(`| \\#${e(String(r.round))} | ${e(r.date)} | ${r.crs} | ${num(r.invitations)} |`);
  return lines.join('\n');
}

/** One round, or a sentence saying there is no such round. */
export function roundHover(draws: Draws, ref: string): string {
  const r = draws.round(ref);
  if (!r) {
    const newest = draws.newest();
    return `No Express Entry round \\#${e(ref)} in the data${newest ? ` (the newest is \\#${e(String(newest.round))} of ${e(newest.date)})` : ''}.`;
  }
  return roundTooltipMarkdown(draws, r);
}

export const TEER_MEANING: readonly string[] = [
  'management occupations',
  'usually a university degree',
  'college diploma, apprenticeship of 2 years or more, or supervisory occupations',
  'college diploma or apprenticeship under 2 years, or more than 6 months of on-the-job training',
  'high school diploma or several weeks of on-the-job training',
  'short-term work demonstration, no formal education',
];

/** TEER of a NOC code and whether experience in it counts for CEC. */
export function nocHover(code: string): string {
  const teer = nocTeer(code);
  if (teer === null) return `**NOC ${e(code)}**: ${e(nocProblem(code) ?? 'not a NOC 2021 code.')}`;
  const counts = teer <= 3;
  const clb = teer <= 1 ? 7 : 5;
  return [
    `**NOC ${e(code)}** — TEER ${teer} (${e(TEER_MEANING[teer] ?? '')})`,
    '',
    counts
      ? `Counts for the Canadian Experience Class: TEER 0–3 experience is skilled. Language minimum: CLB ${clb} in every ability.`
      : 'Does **not** count for the Canadian Experience Class: only TEER 0, 1, 2 or 3 experience qualifies.',
  ].join('\n');
}

/** "IRCC data up to round #434 (2026-08-07)": where the numbers come from. */
export function dataFooter(draws: Draws): string {
  const newest = draws.newest();
  return newest ? `*IRCC data up to round \\#${e(String(newest.round))} (${e(newest.date)}).*` : '';
}

/** The hover text for something recognised. */
export function hoverFor(draws: Draws, what: Recognized, shown?: readonly CategoryId[]): string {
  switch (what.kind) {
    case 'date':
      return `${dateHover(draws, what.day, shown)}\n\n${dataFooter(draws)}`;
    case 'category':
      return `${categoryHover(draws, what.category)}\n\n${dataFooter(draws)}`;
    case 'round':
      return roundHover(draws, what.round);
    case 'noc':
      return `${nocHover(what.code)}\n\n${nocCategoriesMarkdown(draws, what.code, today(), isoFromDay(today()))}`;
  }
}
