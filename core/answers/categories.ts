/** The categories tool: which category-based rounds could invite the candidate of a profile, with the reasons. */
import { InputError } from '../types';
import { categoryLabel } from '../feed/categories';
import { pathText } from '../cec/profile';
import { checkCategories, verdictText, NOT_CHECKED, type CategoriesCheck } from '../categories/index';
import { optionalDate, readArgs, requiredProfile } from './args';
import { dataFacts, dataSentence, dateSchema } from './common';
import type { AnswerContext, AnswerTool, ToolAnswer } from './types';

/** Profile problems as one InputError message (the same form as the CEC and CRS answers). */
export function profileProblems(errors: CategoriesCheck['errors'], source = 'The profile'): InputError {
  const list = errors.slice(0, 20).map((e) => `${pathText(e.path)}: ${e.message}`);
  return new InputError(`${source} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${list.join('; ')}`);
}

export const PROFILE_SCHEMA_TEXT =
  'The profile (the content of a *.ee-profile.json file): {"asOf"?: "YYYY-MM-DD", "jobs": [{"title", "noc" (5 digits), ' +
  '"start", "end"?, "hoursPerWeek", "paid"?, "inCanada"?, "authorized"?, "selfEmployed"?}], "language"?: {"test", "date"?, ' +
  '"reading", "writing", "listening", "speaking"}, "secondLanguage"?: {same}, "canadianArmedForcesOffer"?: true|false}. Dates are YYYY-MM-DD.';

export const categoriesTool: AnswerTool = {
  name: 'categories',
  title: 'Category eligibility of a profile',
  description:
    'For each category of category-based selection in force on the date (French, healthcare, STEM, trades, …): whether ' +
    'its rounds could invite the candidate of a profile (eligible, not eligible, or unknown: check canada.ca), with every ' +
    'reason, the occupation list version used and whether that list is known in full. Program eligibility (CEC, FSW, FST) ' +
    'is not checked here. Not legal advice.',
  inputSchema: {
    type: 'object',
    properties: {
      profile: { type: 'object', description: PROFILE_SCHEMA_TEXT },
      asOf: dateSchema("Check as of this date instead of the profile's asOf; default today"),
    },
    required: ['profile'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['profile', 'asOf']);
    return categoriesAnswer(requiredProfile(args), optionalDate(args, 'asOf'), context);
  },
  answerFor(profile, input, context, source) {
    return categoriesAnswer(profile, optionalDate(readArgs(input, ['asOf']), 'asOf'), context, source);
  },
};

/** The category answer for a profile value (already parsed JSON): the same for MCP and VS Code's open profile. */
function categoriesAnswer(profile: unknown, asOf: string | undefined, context: AnswerContext, source = 'The profile'): ToolAnswer {
  const result = checkCategories(profile, asOf === undefined ? {} : { asOf });
  if (result.errors.length) throw profileProblems(result.errors, source);
  const lines = result.categories.map((v) => {
    const list = v.listVersion === null ? '' : ` · list ${v.listVersion}${v.listComplete ? '' : ' (incomplete)'}`;
    return [`${categoryLabel(v.category)} (${v.category}): ${verdictText(v.eligible)}${list}`, ...v.reasons.map((r) => `  - ${r}`)].join('\n');
  });
  return {
    text: [`Categories in force on ${result.asOf}:`, ...lines, NOT_CHECKED, dataSentence(context)].join('\n'),
    data: { asOf: result.asOf, categories: result.categories, ...dataFacts(context) },
  };
}
