/** `ee crs`: the CRS score of a profile file under the rules of a date. */
import { clipInput, InputError } from '../types';
import { locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import { isoFromDay } from '../feed/dates';
import { crsFromJson } from '../crs/score';
import { crsText } from '../crs/text';
import { CRS_PROPOSALS, CRS_RULE_SETS } from '../crs/rules';
import type { CliCommand } from './command';
import { printJson, str } from './command';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { plural } from './format';
import { isoValue } from './values';
import { readProfileJson } from './profileFile';

export const command: CliCommand = {
  spec: {
    name: 'crs',
    summary: 'CRS score of a profile file under the rules of a date (sections, factors, caps, what-ifs)',
    description:
      'Scores a candidate profile (*.ee-profile.json) with the Comprehensive Ranking System rules in force on the\n' +
      'scoring date: --as-of, else the profile\'s "asOf", else today. Prints the total, the four sections (core / human\n' +
      'capital, spouse, skill transferability, additional) with one line per factor, the caps applied, notes on what\n' +
      'scored nothing and why, the score changes in the next 12 months (birthdays, test expiries) and what-ifs.',
    positionals: [
      {
        name: 'profile.json',
        help:
          'the profile: age or dateOfBirth, maritalStatus, spouse, education, language, secondLanguage,\n' +
          'jobs (or canadianWorkYears / foreignWorkYears), certificateOfQualification,\n' +
          'provincialNomination, siblingInCanada, jobOffer (see docs/crs.md)',
      },
    ],
    options: [
      { name: 'as-of', value: 'D', help: 'score as of this date (YYYY-MM-DD), under the rules in force that day' },
      {
        name: 'rules',
        value: 'ID',
        help: `use this rule set instead (${[...CRS_RULE_SETS, ...CRS_PROPOSALS].map((r) => r.id).join(', ')});\nproposals are never applied unless asked for here`,
      },
    ],
    readsData: false,
    json: 'the full result: {total, asOf, rules, sections, withSpouse, age, workYears, caps, notes,\nchangesAhead, whatIf}',
    exitCodes: '0 scored, 2 bad input (unreadable file, invalid JSON, a bad date, problems in the profile,\nlisted with their line and column).',
    notes: 'Not legal advice.',
    examples: ['ee crs my.ee-profile.json', 'ee crs my.ee-profile.json --as-of 2025-03-24 --json'],
  },
  async run(ctx) {
    const { io, args: p } = ctx;
    const file = p.positionals[0];
    if (file === undefined) throw new InputError('Missing the profile file, e.g. ee crs my.ee-profile.json.');
    const asOf = isoValue(str(p, 'as-of'), 'as-of date');
    const rulesId = str(p, 'rules');
    const { text, value } = await readProfileJson(file);
    const outcome = crsFromJson(value, { ...(asOf !== undefined ? { asOf } : {}), ...(rulesId !== undefined ? { rulesId } : {}), today: isoFromDay(ctx.today) });
    if (!outcome.result) {
      const shown = clipInput(file);
      const located = locateProblems(text, outcome.problems);
      io.err(`ee crs: ${shown} has ${plural(located.length, 'problem')}:`);
      for (const l of located) io.err(`  ${shown}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
      return EXIT_BAD_INPUT;
    }
    if (ctx.json) return printJson(io, outcome.result);
    io.out(crsText(outcome.result).join('\n'));
    return EXIT_OK;
  },
};
