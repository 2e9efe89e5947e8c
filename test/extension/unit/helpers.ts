/** Helpers of the extension's unit tests: straightforward recounts over the bundled rounds, and fake rounds. */
import { createRequire } from 'node:module';
import { bundledData } from '../../../core/data/bundled';
import type { Round } from '../../../core/types';

export const ROUNDS: readonly Round[] = bundledData().rounds;

/** Day number of an ISO date, by Date.UTC (independent of the core's date code). */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / 86_400_000;
}

export function byDate(a: Round, b: Round): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order;
}

/** Rounds of a category, chronological (plain filter and sort). */
export function roundsOf(category: string): Round[] {
  return ROUNDS.filter((r) => r.category === category).sort(byDate);
}

export function newestOf(category: string, onOrBefore = '9999-12-31'): Round | undefined {
  return roundsOf(category).filter((r) => r.date <= onOrBefore).pop();
}

/** A round with the given fields; the rest is plausible filler. */
export function fakeRound(fields: Partial<Round> & { round: number; date: string }): Round {
  return {
    order: fields.round * 1000,
    day: dayOf(fields.date),
    category: 'CEC',
    categoryVersion: null,
    name: 'Canadian Experience Class',
    eligiblePrograms: [],
    programsText: '',
    invitations: 1000,
    crs: 500,
    drawnAt: null,
    drawnAtText: '',
    tieBreak: null,
    tieBreakText: '',
    pool: null,
    ...fields,
  };
}

interface MarkdownIt {
  render(text: string): string;
}
type MarkdownItFactory = (options: { html: boolean; linkify: boolean }) => MarkdownIt;

/**
 * Renders Markdown the most permissive way (raw HTML on, autolinks on) with markdown-it, to check that escaped text
 * stays inert even then.
 */
export function renderPermissive(markdown: string): string {
  const require = createRequire(import.meta.url);
  const factory = require('markdown-it') as MarkdownItFactory;
  return factory({ html: true, linkify: true }).render(markdown);
}
