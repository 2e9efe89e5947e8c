/** Tools about the candidate: CLB levels of test scores, the Canadian Experience Class check of a profile. */
import { InputError } from '../types';
import { dayFromIso, today } from '../feed/dates';
import { ABILITIES } from '../language/charts';
import { clbLevels, validOn } from '../language/clb';
import { checkCec } from '../cec/check';
import { pathText } from '../cec/profile';
import { formatHours } from '../cec/hours';
import { optionalDate, readArgs, requiredNumber, requiredProfile, requiredString } from './args';
import { dataFacts, dataSentence, dateSchema } from './common';
import type { AnswerContext, AnswerTool, ToolAnswer } from './types';

const score = (what: string) => ({ type: 'number', minimum: 0, description: `${what} score on the test's own scale.` }) as const;

export const clbTool: AnswerTool = {
  name: 'clb',
  title: 'CLB levels of language test scores',
  description:
    'The CLB (or NCLC) level of each ability and the lowest of the four, from IRCC\'s equivalency charts, for IELTS ' +
    '(General Training), CELPIP (General), PTE Core, TEF Canada or TCF Canada scores; with a test date, the validity (2 years).',
  inputSchema: {
    type: 'object',
    properties: {
      test: { type: 'string', description: 'IELTS, CELPIP, PTE, TEF, TCF, or CLB / NCLC for levels already known.' },
      reading: score('Reading'),
      writing: score('Writing'),
      listening: score('Listening'),
      speaking: score('Speaking'),
      date: dateSchema('Test date: chooses the TEF Canada chart and gives the validity'),
    },
    required: ['test', 'reading', 'writing', 'listening', 'speaking'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['test', 'reading', 'writing', 'listening', 'speaking', 'date']);
    const test = requiredString(args, 'test', '"IELTS"');
    const scores = { reading: 0, writing: 0, listening: 0, speaking: 0 };
    for (const a of ABILITIES) scores[a] = requiredNumber(args, a);
    const date = optionalDate(args, 'date');
    const levels = clbLevels(test, scores, date);
    const testDay = levels.testDate === null ? null : dayFromIso(levels.testDate);
    const valid = testDay === null ? null : validOn(testDay, today());
    const label = levels.test === 'TEF' || levels.test === 'TCF' ? 'NCLC' : 'CLB';
    const validity = levels.validUntil === null ? 'No test date: validity (two years) not checked.'
      : valid ? `Valid until ${levels.validUntil}.` : `Not valid today (valid from the test date until ${levels.validUntil}).`;
    return {
      text: [
        `${label} ${levels.min} (the lowest of the four abilities): reading ${levels.reading}, writing ${levels.writing}, ` +
          `listening ${levels.listening}, speaking ${levels.speaking}. Chart: ${levels.chart}.`,
        validity,
        'CEC needs CLB 7 in all four abilities for TEER 0/1 experience, CLB 5 for TEER 2/3.',
        dataSentence(context),
      ].join('\n'),
      data: { ...levels, scores, valid, ...dataFacts(context) },
    };
  },
};

/** The CEC check of a profile value (already parsed JSON): the same answer for MCP and for VS Code's open profile. */
export function cecAnswer(profile: unknown, asOf: string | undefined, context: AnswerContext, source = 'The profile'): ToolAnswer {
  const result = checkCec(profile, asOf === undefined ? {} : { asOf });
  if (result.errors.length) {
    const list = result.errors.slice(0, 20).map((e) => `${pathText(e.path)}: ${e.message}`);
    throw new InputError(`${source} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}: ${list.join('; ')}`);
  }
  const [verdict, ...reasons] = result.reasons;
  const jobs = result.jobs.map((j) => `- job ${j.index + 1} ${j.title} (NOC ${j.noc}): ${formatHours(j.countedHours)} hours counted of ${formatHours(j.hoursInWindow)} in the window`);
  return {
    text: [verdict ?? '', ...reasons.map((r) => `- ${r}`), ...(jobs.length ? ['Jobs:', ...jobs] : []), dataSentence(context)].join('\n'),
    data: { ...result, ...dataFacts(context) },
  };
}

export const cecCheckTool: AnswerTool = {
  name: 'cec_check',
  title: 'Canadian Experience Class check',
  description:
    'Checks a candidate profile against the Canadian Experience Class rules: qualifying Canadian work hours in the 3 years ' +
    'before the as-of date (1,560 needed, at most 30 a week), TEER of each job, exclusions, language level. Gives the ' +
    'verdict and every reason. The profile is the content of a *.ee-profile.json file. Not legal advice.',
  inputSchema: {
    type: 'object',
    properties: {
      profile: {
        type: 'object',
        description:
          'The profile: {"asOf"?: "YYYY-MM-DD", "jobs"?: [{"title", "noc" (5 digits), "start", "end"?, "hoursPerWeek", ' +
          '"paid"?, "inCanada"?, "authorized"?, "selfEmployed"?, "duringFullTimeStudy"?}], "studyPeriods"?: [{"start", ' +
          '"end"?, "fullTime"?}], "language"?: {"test": IELTS|CELPIP|PTE_CORE|TEF|TCF|CLB, "date"?, "reading", "writing", ' +
          '"listening", "speaking"}}. Dates are YYYY-MM-DD.',
      },
      asOf: dateSchema("Check as of this date instead of the profile's asOf; default today"),
    },
    required: ['profile'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['profile', 'asOf']);
    return cecAnswer(requiredProfile(args), optionalDate(args, 'asOf'), context);
  },
  answerFor(profile, input, context, source) {
    return cecAnswer(profile, optionalDate(readArgs(input, ['asOf']), 'asOf'), context, source);
  },
};
