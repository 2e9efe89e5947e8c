/** `ee cec`: the Canadian Experience Class check of a profile file. */
import { readFile } from 'node:fs/promises';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { InputError } from '../types';
import { checkCec } from '../cec/check';
import { formatHours } from '../cec/hours';
import { jsonSyntaxErrors, locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import type { CecResult } from '../cec/types';
import type { CliCommand, CliIO } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg } from './common';
import { json, table } from './format';

const USAGE = 'ee cec <profile.json> [--as-of D] [--json]';

function humanResult(r: CecResult): string {
  const [verdict, ...rest] = r.reasons;
  const width = Math.max(0, ...r.checks.map((c) => c.label.length));
  const lines = [
    verdict ?? '',
    '',
    ...r.checks.map((c) => `  ${c.met ? 'met    ' : 'NOT met'}  ${c.label.padEnd(width)}  ${c.detail}`),
    '',
    ...rest.map((s) => `- ${s}`),
  ];
  if (r.jobs.length) {
    lines.push('', table(
      ['#', 'job', 'NOC', 'TEER', 'in window', 'counted', 'counts'],
      r.jobs.map((j) => [String(j.index + 1), j.title, j.noc, j.teer === null ? '?' : String(j.teer), formatHours(j.hoursInWindow), formatHours(j.countedHours), j.counts ? 'yes' : 'no']),
      new Set([0, 4, 5]),
    ));
  }
  return lines.join('\n');
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const p = parse(args, { 'as-of': { type: 'string' } }, 1);
  if (flag(p, 'help')) {
    io.out(cecCommand.help);
    return EXIT_OK;
  }
  const file = p.positionals[0];
  if (file === undefined) throw new InputError(`Missing the profile file. Usage: ${USAGE}`);
  const asOf = dateArg(str(p, 'as-of'), 'as-of date');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`Cannot read the profile "${file}": ${why} (${code ?? 'error'}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const syntaxErrors: ParseError[] = [];
  const value: unknown = parseJson(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length || text.trim() === '') {
    const found = jsonSyntaxErrors(text).map((e) => e.message);
    throw new InputError(`${file} is not valid JSON: ${found.length ? found.join('; ') : 'the file is empty'}.`);
  }
  const result = checkCec(value, asOf === undefined ? {} : { asOf });
  if (result.errors.length) {
    const located = locateProblems(text, result.errors);
    io.err(`ee cec: ${file} has ${located.length} problem${located.length === 1 ? '' : 's'}:`);
    for (const l of located) io.err(`  ${file}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
    if (flag(p, 'json')) io.out(json(result));
    return EXIT_BAD_INPUT;
  }
  io.out(flag(p, 'json') ? json(result) : humanResult(result));
  return EXIT_OK;
}

export const cecCommand: CliCommand = {
  name: 'cec',
  summary: 'Canadian Experience Class check of a profile file (hours, language, reasons)',
  help: `${USAGE}

Checks a candidate profile (*.ee-profile.json) against the Canadian Experience Class rules: qualifying hours
in the 3 years before the as-of date (1,560 required, counted per day: at most 30/7 h a day across all jobs, so
1,560 h = 364 days of full-time work), the TEER of each job,
the exclusions (unpaid, outside Canada, unauthorized, self-employed, full-time study), the language level
(CLB/NCLC 7 for TEER 0/1, 5 for TEER 2/3, from a dated, accepted test under two years old). Prints the verdict,
each rule met or not, then every reason.

Arguments:
  profile.json   the profile: {"asOf", "jobs": [...], "studyPeriods": [...], "language": {...}}
Options:
  --as-of D      check as of this date (YYYY-MM-DD) instead of the profile's asOf (default today)
  --json         the full result: {eligible, workExperienceMet, languageMet, testValid, hours, checks, asOf,
                 window, qualifyingHours, requiredHours, jobs, language, notices, errors, reasons}

Exit codes: 0 the check ran (eligible or not), 2 bad input (unreadable file, invalid JSON, a bad date,
problems in the profile, which are listed with their line and column).
Not legal advice: duties against the NOC lead statement are not checked.

Examples:
  ee cec my.ee-profile.json
  ee cec my.ee-profile.json --as-of 2026-01-15 --json`,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (e) {
      if (e instanceof InputError) {
        io.err(`ee cec: ${e.message}`);
        return EXIT_BAD_INPUT;
      }
      throw e;
    }
  },
};
