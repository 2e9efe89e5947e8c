/** The CRS tool: a candidate profile's Comprehensive Ranking System score under the rules of a date. */
import { InputError } from '../types';
import { pathText } from '../cec/profile';
import { crsFromJson, localToday } from '../crs/score';
import { crsText } from '../crs/text';
import { CRS_PROPOSALS, CRS_RULE_SETS } from '../crs/rules';
import { optionalDate, optionalString, readArgs } from './args';
import { dataFacts, dataSentence, dateSchema } from './common';
import type { AnswerContext, AnswerTool, ToolAnswer } from './types';

/** The CRS answer for a profile value (already parsed JSON): the same for MCP and VS Code's open profile. */
export function crsAnswer(profile: unknown, asOf: string | undefined, rulesId: string | undefined, context: AnswerContext, source = 'The profile'): ToolAnswer {
  const outcome = crsFromJson(profile, { ...(asOf !== undefined ? { asOf } : {}), ...(rulesId !== undefined ? { rulesId } : {}), today: localToday() });
  if (!outcome.result) {
    const list = outcome.problems.slice(0, 20).map((p) => `${pathText(p.path)}: ${p.message}`);
    throw new InputError(`${source} cannot be scored: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}: ${list.join('; ')}`);
  }
  return { text: [...crsText(outcome.result), '', dataSentence(context)].join('\n'), data: { ...outcome.result, ...dataFacts(context) } };
}

export const crsTool: AnswerTool = {
  name: 'crs',
  title: 'CRS score of a profile',
  description:
    'The Comprehensive Ranking System (CRS) score of a candidate profile under the rules in force on a date: the total, ' +
    'the four sections with one line per factor, caps, notes, score changes in the next 12 months (birthdays, test ' +
    'expiries) and what-ifs. The profile is the content of a *.ee-profile.json file. Not legal advice.',
  inputSchema: {
    type: 'object',
    properties: {
      profile: {
        type: 'object',
        description:
          'The profile: age or dateOfBirth, maritalStatus, spouse, education, language, secondLanguage, jobs (or ' +
          'canadianWorkYears / foreignWorkYears), certificateOfQualification, provincialNomination, siblingInCanada, jobOffer.',
      },
      asOf: dateSchema("Score as of this date, under the rules in force that day, instead of the profile's asOf; default today"),
      rules: { type: 'string', enum: [...CRS_RULE_SETS, ...CRS_PROPOSALS].map((r) => r.id), description: 'A rule set by id instead of the one in force (proposals only when asked for).' },
    },
    required: ['profile'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['profile', 'asOf', 'rules']);
    const profile = args['profile'];
    if (profile === undefined || profile === null || typeof profile !== 'object' || Array.isArray(profile)) {
      throw new InputError('"profile" must be the profile object (the content of a *.ee-profile.json file).');
    }
    return crsAnswer(profile, optionalDate(args, 'asOf'), optionalString(args, 'rules'), context);
  },
  answerFor(profile, input, context, source) {
    const args = readArgs(input, ['asOf', 'rules']);
    return crsAnswer(profile, optionalDate(args, 'asOf'), optionalString(args, 'rules'), context, source);
  },
};
