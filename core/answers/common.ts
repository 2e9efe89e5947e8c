/** What every answer says the same way: where the data ends, a round with its official page, numbers. */
import type { Round } from '../types';
import { officialRoundUrl } from '../types';
import { roundJson } from '../cli/format';
import { thousands } from '../present/text';
import type { AnswerContext, JsonSchema } from './types';

export { thousands };

/** The newest round of the data, as data (every answer carries it). */
export function dataFacts(context: AnswerContext): Record<string, unknown> {
  const p = context.provenance;
  return { newestRound: p.newestRound, newestRoundDate: p.newestDate, dataOrigin: context.origin, licence: p.licence };
}

/** The sentence under every answer: how recent the data is. */
export function dataSentence(context: AnswerContext): string {
  const p = context.provenance;
  const from = context.origin === 'cache' ? 'refreshed copy of' : 'snapshot of';
  return `Data: ${from} IRCC's rounds feed, newest round #${p.newestRound ?? '?'} of ${p.newestDate ?? '?'}. ${p.licence}`;
}

/** A round as data, with the address of its official page (built from the number, never from the feed's HTML). */
export function roundFacts(r: Round): Record<string, unknown> {
  return { ...roundJson(r), officialPage: officialRoundUrl(r.round) };
}

/** One line about a round: "#381 on 2025-11-27: CRS 531, 1,000 invitations (Canadian Experience Class)". */
export function roundLine(r: Round): string {
  return `#${r.round} on ${r.date}: CRS ${r.crs}, ${thousands(r.invitations)} invitations (${r.name})`;
}

export const CATEGORY_SCHEMA: JsonSchema = {
  type: 'string',
  description:
    'Category: CEC, PNP, FSW, FST, GENERAL, FRENCH, HEALTHCARE, STEM, TRADE, TRANSPORT, AGRICULTURE, EDUCATION, ' +
    'PHYSICIANS, SENIOR_MANAGERS, RESEARCHERS, MILITARY, an IRCC draw name, an alias such as "french", "trades", ' +
    '"doctors", or ALL for every round.',
};

export function dateSchema(what: string): JsonSchema {
  return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${what} (YYYY-MM-DD).` };
}

export const ALL_PROGRAMS_SCHEMA: JsonSchema = {
  type: 'boolean',
  description: 'For a program (CEC, FSW, FST, PNP): also count all-program (General) rounds in which it was eligible. Default false.',
};
