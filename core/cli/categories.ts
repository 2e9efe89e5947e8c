/** `ee categories`: which category rounds could invite the candidate of a profile, with reasons. */
import { InputError, clipInput } from '../types';
import { categoryLabel } from '../feed/categories';
import { checkCategories, verdictText, NOT_CHECKED, type CategoryVerdict } from '../categories/index';
import { locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import { isoFromDay } from '../feed/dates';
import type { CliCommand } from './command';
import { printJson, str } from './command';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { plural } from './format';
import { isoValue } from './values';
import { readProfileJson } from './profileFile';

function humanVerdict(v: CategoryVerdict): string {
  const list = v.listVersion === null ? '' : ` · list ${v.listVersion}${v.listComplete ? '' : ' (incomplete)'}`;
  return [`${categoryLabel(v.category)} (${v.category}): ${verdictText(v.eligible)}${list}`, ...v.reasons.map((r) => `    - ${r}`)].join('\n');
}

export const command: CliCommand = {
  spec: {
    name: 'categories',
    summary: 'category eligibility of a profile file (French, healthcare, trades, …) with reasons',
    description:
      'For each category of category-based selection in force on the date: eligible, not eligible, or unknown (the\n' +
      'occupation list in force is not known here, or is incomplete: check canada.ca), with the reasons and the list\n' +
      'version used. The experience rule is the one of the date: before 2026-02-18, 6 months of continuous work in one\n' +
      'listed occupation; from 2026-02-18, 12 months (1,560 h) in one listed occupation, within the 3 years before the\n' +
      'date.',
    positionals: [
      {
        name: 'profile.json',
        help: 'the candidate profile (*.ee-profile.json): jobs, language, secondLanguage;\n"canadianArmedForcesOffer": true/false for military (see docs/categories.md)',
      },
    ],
    options: [{ name: 'as-of', value: 'D', help: "the date (YYYY-MM-DD) instead of the profile's asOf (default today)" }],
    readsData: false,
    json: '{asOf, categories: [{category, eligible (true/false/null), reasons, listVersion, listComplete}]}',
    exitCodes: '0 checked (eligible or not), 2 bad input (unreadable file, invalid JSON, a bad date, problems in the\nprofile, listed with their line and column).',
    notes: 'Not checked: program eligibility (CEC, FSW, FST), which category rounds also need. Not legal advice.',
    examples: ['ee categories my.ee-profile.json', 'ee categories my.ee-profile.json --as-of 2026-03-01 --json'],
  },
  async run(ctx) {
    const { io, args: p } = ctx;
    const file = p.positionals[0];
    if (file === undefined) throw new InputError('Missing the profile file, e.g. ee categories my.ee-profile.json.');
    const asOfOption = isoValue(str(p, 'as-of'), 'as-of date');
    const { text, value } = await readProfileJson(file);
    // Without --as-of or the profile's own asOf, "today" is the user's calendar date.
    const hasAsOf = typeof value === 'object' && value !== null && 'asOf' in value;
    const asOf = asOfOption ?? (hasAsOf ? undefined : isoFromDay(ctx.today));
    const result = checkCategories(value, asOf === undefined ? {} : { asOf });
    if (result.errors.length) {
      const shown = clipInput(file);
      const located = locateProblems(text, result.errors);
      io.err(`ee categories: ${shown} has ${plural(located.length, 'problem')}:`);
      for (const l of located) io.err(`  ${shown}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
      return EXIT_BAD_INPUT;
    }
    if (ctx.json) return printJson(io, { asOf: result.asOf, categories: result.categories });
    io.out(`Categories in force on ${result.asOf}:`);
    for (const v of result.categories) io.out(humanVerdict(v));
    io.out(`\n${NOT_CHECKED}`);
    return EXIT_OK;
  },
};
