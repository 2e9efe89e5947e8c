/** `ee cec`: the Canadian Experience Class check of a profile file. */
import { InputError, clipInput } from '../types';
import { checkCec } from '../cec/check';
import { formatHours } from '../cec/hours';
import { locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import type { CecResult } from '../cec/types';
import { isoFromDay } from '../feed/dates';
import type { CliCommand, CommandContext } from './command';
import { printJson, str } from './command';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { plural, table } from './format';
import { isoValue } from './values';
import { readProfileJson } from './profileFile';

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

async function run(ctx: CommandContext): Promise<number> {
  const { io, args: p } = ctx;
  const file = p.positionals[0];
  if (file === undefined) throw new InputError('Missing the profile file, e.g. ee cec my.ee-profile.json.');
  const asOfOption = isoValue(str(p, 'as-of'), 'as-of date');
  const { text, value } = await readProfileJson(file);
  const shown = clipInput(file);
  // Without --as-of or the profile's own asOf, "today" is the user's calendar date.
  const hasAsOf = typeof value === 'object' && value !== null && 'asOf' in value;
  const asOf = asOfOption ?? (hasAsOf ? undefined : isoFromDay(ctx.today));
  const result = checkCec(value, asOf === undefined ? {} : { asOf });
  if (result.errors.length) {
    const located = locateProblems(text, result.errors);
    io.err(`ee cec: ${shown} has ${plural(located.length, 'problem')}:`);
    for (const l of located) io.err(`  ${shown}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
    if (ctx.json) io.out(JSON.stringify(result, null, 2));
    return EXIT_BAD_INPUT;
  }
  if (ctx.json) return printJson(io, result);
  io.out(humanResult(result));
  return EXIT_OK;
}

export const command: CliCommand = {
  spec: {
    name: 'cec',
    summary: 'Canadian Experience Class check of a profile file',
    description:
      'Checks a candidate profile (*.ee-profile.json) against the Canadian Experience Class rules: qualifying hours\n' +
      'in the 3 years before the as-of date (1,560 required, counted per day: at most 30/7 h a day across all jobs, so\n' +
      '1,560 h = 364 days of full-time work), the TEER of each job, the exclusions (unpaid, outside Canada,\n' +
      'unauthorized, self-employed, full-time study), the language level (CLB/NCLC 7 for TEER 0/1, 5 for TEER 2/3,\n' +
      'from a dated, accepted test under two years old). Prints the verdict, each rule met or not, then every reason.',
    positionals: [{ name: 'profile.json', help: 'the profile: {"asOf", "jobs": [...], "studyPeriods": [...], "language": {...}}' }],
    options: [{ name: 'as-of', value: 'D', help: "check as of this date (YYYY-MM-DD) instead of the profile's asOf (default today)" }],
    readsData: false,
    json:
      'the full result: {eligible, workExperienceMet, languageMet, testValid, hours, checks, asOf,\n' +
      'window, qualifyingHours, requiredHours, jobs, language, notices, errors, reasons}' +
      ' (also printed with exit 2 when the profile has problems)',
    exitCodes:
      '0 the check ran (eligible or not), 2 bad input (unreadable file, invalid JSON, a bad date,\n' +
      'problems in the profile, which are listed with their line and column).',
    notes: 'Not legal advice: duties against the NOC lead statement are not checked.',
    examples: ['ee cec my.ee-profile.json', 'ee cec my.ee-profile.json --as-of 2026-01-15 --json'],
  },
  run,
};
