/** `ee crs`: the CRS score of a profile file under the rules of a date. */
import { readFile } from 'node:fs/promises';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { InputError } from '../types';
import { jsonSyntaxErrors, locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import { crsFromJson, localToday } from '../crs/score';
import { crsText } from '../crs/text';
import { CRS_PROPOSALS, CRS_RULE_SETS } from '../crs/rules';
import type { CliCommand, CliIO } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg } from './common';
import { json } from './format';

const USAGE = 'ee crs <profile.json> [--as-of D] [--rules ID] [--json]';

async function readProfileJson(file: string): Promise<{ text: string; value: unknown }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`Cannot read the profile "${file.slice(0, 200)}": ${why} (${code ?? 'error'}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const syntaxErrors: ParseError[] = [];
  const value: unknown = parseJson(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length || text.trim() === '') {
    const found = jsonSyntaxErrors(text).map((e) => e.message);
    throw new InputError(`${file.slice(0, 200)} is not valid JSON: ${found.length ? found.join('; ') : 'the file is empty'}.`);
  }
  return { text, value };
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const p = parse(args, { 'as-of': { type: 'string' }, rules: { type: 'string' } }, 1);
  const file = p.positionals[0];
  if (file === undefined) throw new InputError(`Missing the profile file. Usage: ${USAGE}`);
  const asOf = dateArg(str(p, 'as-of'), 'as-of date');
  const rulesId = str(p, 'rules');
  const { text, value } = await readProfileJson(file);
  const outcome = crsFromJson(value, { ...(asOf !== undefined ? { asOf } : {}), ...(rulesId !== undefined ? { rulesId } : {}), today: localToday() });
  if (!outcome.result) {
    const located = locateProblems(text, outcome.problems);
    io.err(`ee crs: ${file.slice(0, 200)} has ${located.length} problem${located.length === 1 ? '' : 's'}:`);
    for (const l of located) io.err(`  ${file.slice(0, 200)}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
    return EXIT_BAD_INPUT;
  }
  io.out(flag(p, 'json') ? json(outcome.result) : crsText(outcome.result).join('\n'));
  return EXIT_OK;
}

export const crsCommand: CliCommand = {
  name: 'crs',
  summary: 'CRS score of a profile file under the rules of a date (sections, factors, caps, what-ifs)',
  help: `${USAGE}

Scores a candidate profile (*.ee-profile.json) with the Comprehensive Ranking System rules in force on the
scoring date: --as-of, else the profile's "asOf", else today. Prints the total, the four sections (core / human
capital, spouse, skill transferability, additional) with one line per factor, the caps applied, notes on what
scored nothing and why, the score changes in the next 12 months (birthdays, test expiries) and what-ifs.

Arguments:
  profile.json   the profile: age or dateOfBirth, maritalStatus, spouse, education, language, secondLanguage,
                 jobs (or canadianWorkYears / foreignWorkYears), certificateOfQualification,
                 provincialNomination, siblingInCanada, jobOffer (see docs/crs.md)
Options:
  --as-of D      score as of this date (YYYY-MM-DD), under the rules in force that day
  --rules ID     use this rule set instead (${[...CRS_RULE_SETS, ...CRS_PROPOSALS].map((r) => r.id).join(', ')});
                 proposals are never applied unless asked for here
  --json         the full result: {total, asOf, rules, sections, withSpouse, age, workYears, caps, notes,
                 changesAhead, whatIf}

Exit codes: 0 scored, 2 bad input (unreadable file, invalid JSON, a bad date, problems in the profile,
listed with their line and column).
Not legal advice.

Examples:
  ee crs my.ee-profile.json
  ee crs my.ee-profile.json --as-of 2025-03-24 --json`,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (e) {
      if (e instanceof InputError) {
        io.err(`ee crs: ${e.message}`);
        return EXIT_BAD_INPUT;
      }
      throw e;
    }
  },
};
