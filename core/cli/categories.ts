/** `ee categories`: which category rounds could invite the candidate of a profile, with reasons. */
import { InputError } from '../types';
import { categoryLabel } from '../feed/categories';
import { checkCategories, NOT_CHECKED, type CategoryVerdict } from '../categories/index';
import type { CliCommand } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg } from './common';
import { json } from './format';
import { problemLines, readProfileFile } from './profileFile';

const USAGE = 'ee categories <profile.json> [--as-of D] [--json]';

/** "yes", "no", "unknown". */
export function verdictWord(v: boolean | null): string {
  return v === true ? 'eligible' : v === false ? 'not eligible' : 'unknown (check canada.ca)';
}

function humanVerdict(v: CategoryVerdict): string {
  const list = v.listVersion === null ? '' : ` · list ${v.listVersion}${v.listComplete ? '' : ' (incomplete)'}`;
  return [`${categoryLabel(v.category)} (${v.category}): ${verdictWord(v.eligible)}${list}`, ...v.reasons.map((r) => `    - ${r}`)].join('\n');
}

export const categoriesCommand: CliCommand = {
  name: 'categories',
  summary: 'Category eligibility of a profile (French, healthcare, trades, …) with reasons',
  help: `${USAGE}

For each category of category-based selection in force on the date: eligible, not eligible, or unknown (the
occupation list in force is not known here, or is incomplete: check canada.ca), with the reasons and the list
version used. The experience rule is the one of the date: before 2026-02-18, 6 months of continuous work in one
listed occupation; from 2026-02-18, 12 months (1,560 h) in one listed occupation, within the 3 years before the date.

Arguments:
  profile.json   the candidate profile (*.ee-profile.json); "canadianArmedForcesOffer": true/false for military
Options:
  --as-of D      the date (YYYY-MM-DD) instead of the profile's asOf (default today)
  --json         { "asOf", "categories": [ { "category", "eligible" (true/false/null), "reasons", "listVersion",
                 "listComplete" } ] }

Not checked: program eligibility (CEC, FSW, FST), which category rounds also need. Not legal advice.

Example:
  ee categories my.ee-profile.json --as-of 2026-03-01`,
  async run(args, io) {
    const p = parse(args, { 'as-of': { type: 'string' } }, 1);
    const file = p.positionals[0];
    if (file === undefined) throw new InputError(`Missing the profile file. Usage: ${USAGE}`);
    const asOf = dateArg(str(p, 'as-of'), 'as-of date');
    const { text, value } = await readProfileFile(file);
    const result = checkCategories(value, asOf === undefined ? {} : { asOf });
    if (result.errors.length) {
      io.err(`ee categories: ${file} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}:`);
      for (const line of problemLines(file, text, result.errors)) io.err(line);
      return EXIT_BAD_INPUT;
    }
    if (flag(p, 'json')) {
      io.out(json({ asOf: result.asOf, categories: result.categories }));
      return EXIT_OK;
    }
    io.out(`Categories in force on ${result.asOf}:`);
    for (const v of result.categories) io.out(humanVerdict(v));
    io.out(`\n${NOT_CHECKED}`);
    return EXIT_OK;
  },
};
