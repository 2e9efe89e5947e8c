/** The outlook tool: a CRS score against each category's recent cut-offs, and its rank in the pool (no forecast). */
import { InputError } from '../types';
import { isoFromDay, today } from '../feed/dates';
import { checkCategories } from '../categories/index';
import { DEFAULT_LAST_N, outlook, outlookSentence, poolRankSentence, profileScore, readScore } from '../outlook/index';
import { noPoolText } from '../present/sentences';
import { plural } from '../present/text';
import { optionalDate, optionalInteger, optionalStringList, profileObject, readArgs, requiredProfile, withoutProfile } from './args';
import { CATEGORY_SCHEMA, dataFacts, dataSentence, dateSchema } from './common';
import { PROFILE_SCHEMA_TEXT, profileProblems } from './categories';
import type { AnswerContext, AnswerTool, ToolAnswer } from './types';

/** The arguments besides "profile". */
const OTHER_ARGS = ['score', 'category', 'last', 'asOf'];

export const outlookTool: AnswerTool = {
  name: 'outlook',
  title: 'Invitation outlook of a CRS score',
  description:
    `Per category, over its last N rounds on or before the date (default ${DEFAULT_LAST_N}): how many had a cut-off below the ` +
    'score (above), equal to it (tied: decided by the tie-break) and above it (below), the lowest, median and highest ' +
    'cut-off; then the score\'s rank in the whole pool. Give a "score" or a "profile" (its CRS score; categories CEC plus ' +
    'those it is eligible for). Without categories and a profile: every category with a round in the last 12 months. ' +
    'It reports past rounds only: no forecast of the next cut-off. Not legal advice.',
  inputSchema: {
    type: 'object',
    properties: {
      score: { type: 'integer', minimum: 0, maximum: 1200, description: 'A CRS score, 0–1200 (instead of the profile\'s).' },
      profile: { type: 'object', description: `${PROFILE_SCHEMA_TEXT} Its CRS needs "age" or "dateOfBirth" and the CRS fields.` },
      category: {
        description: 'A category, or a list of categories, to compare with; default: CEC plus those the profile is eligible for, else every category with a round in the last 12 months.',
        anyOf: [CATEGORY_SCHEMA, { type: 'array', items: CATEGORY_SCHEMA }],
      },
      last: { type: 'integer', minimum: 1, maximum: 10000, description: `Rounds per category (default ${DEFAULT_LAST_N}).` },
      asOf: dateSchema("The date; default the profile's asOf, else today"),
    },
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['score', 'profile', 'category', 'last', 'asOf']);
    if (args['score'] === undefined && args['profile'] === undefined) throw new InputError('Give a "profile" or a "score", e.g. {"score": 480}.');
    return outlookAnswer(args['profile'] === undefined ? undefined : requiredProfile(args), withoutProfile(args), context, 'The profile');
  },
  answerFor(profile, input, context, source) {
    return outlookAnswer(profileObject(profile, source), readArgs(input, OTHER_ARGS), context, source);
  },
};

/** The outlook of a score, or of a profile's score (and categories) when there is a profile. */
function outlookAnswer(profile: object | undefined, input: unknown, context: AnswerContext, source: string): ToolAnswer {
  const args = readArgs(input, OTHER_ARGS);
  let score = args['score'] === undefined || args['score'] === null ? null : readScore(args['score']);
  let categories = optionalStringList(args, 'category') ?? [];
  let asOf = optionalDate(args, 'asOf');
  const last = optionalInteger(args, 'last', 1, 10_000) ?? DEFAULT_LAST_N;
  if (profile !== undefined) {
    // As `ee outlook` does: the profile's CRS score and the categories it is eligible for, on the profile's date.
    const hasAsOf = 'asOf' in profile;
    const checkAsOf = asOf ?? (hasAsOf ? undefined : isoFromDay(today()));
    const result = checkCategories(profile, checkAsOf === undefined ? {} : { asOf: checkAsOf });
    if (result.errors.length) throw profileProblems(result.errors, source);
    asOf = result.asOf;
    if (score === null) {
      const crs = profileScore(profile, asOf);
      if (crs.score === null) throw new InputError(`${source}'s CRS score cannot be computed (${crs.why}): complete the profile or give "score".`);
      score = crs.score;
    }
    if (categories.length === 0) categories = ['CEC', ...result.categories.filter((c) => c.eligible === true).map((c) => c.category)];
  }
  if (score === null) throw new InputError('Give a "profile" or a "score", e.g. {"score": 480}.');
  const { draws } = context;
  const o = outlook(draws, score, { categories, last, asOf: asOf ?? isoFromDay(today()) });
  return {
    text: [
      `CRS ${o.score} against the last ${plural(o.last, 'round')} of each category on or before ${o.asOf}:`,
      ...o.categories.map((line) => `- ${outlookSentence(line, draws.label(line.category))}`),
      o.poolRank ? poolRankSentence(o.poolRank) : noPoolText(o.asOf),
      ...o.notes,
      dataSentence(context),
    ].join('\n'),
    data: { ...o, ...dataFacts(context) },
  };
}
