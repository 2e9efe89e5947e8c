/** `ee clb`: language test scores to CLB/NCLC levels. */
import { today, dayFromIso } from '../feed/dates';
import { InputError } from '../types';
import { ABILITIES } from '../language/charts';
import { clbLevels, languageTestFromName, testName, validOn } from '../language/clb';
import type { CliCommand, CliIO } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg } from './common';
import { json, table } from './format';

const USAGE = 'ee clb <test> <reading> <writing> <listening> <speaking> [--date D] [--json]';

/** A score argument: a plain decimal number (no "7,5", no "abc"). */
function scoreArg(text: string | undefined, ability: string): number {
  if (text === undefined) throw new InputError(`Missing the ${ability} score. Usage: ${USAGE}`);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text.trim())) throw new InputError(`The ${ability} score "${text}" is not a number.`);
  return Number(text);
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  // parseArgs would take "-1" for an option; say what is really wrong.
  const negative = args.find((a) => /^-\d/.test(a));
  if (negative !== undefined) throw new InputError(`Scores cannot be negative: "${negative}".`);
  const p = parse(args, { date: { type: 'string' } }, 5);
  if (flag(p, 'help')) {
    io.out(clbCommand.help);
    return EXIT_OK;
  }
  const [name, ...raw] = p.positionals;
  if (name === undefined) throw new InputError(`Missing the test name. Usage: ${USAGE}`);
  const test = languageTestFromName(name);
  const scores = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  ABILITIES.forEach((a, i) => (scores[a] = scoreArg(raw[i], a)));
  const date = dateArg(str(p, 'date'), 'test date');
  const levels = clbLevels(test, scores, date);
  // Whether the results can be used today: taken by now and not yet two years old; null without a date.
  const testDay = levels.testDate === null ? null : dayFromIso(levels.testDate);
  const valid = testDay === null ? null : validOn(testDay, today());
  if (flag(p, 'json')) {
    io.out(json({
      test: levels.test,
      reading: levels.reading,
      writing: levels.writing,
      listening: levels.listening,
      speaking: levels.speaking,
      min: levels.min,
      chart: levels.chart,
      scores,
      testDate: levels.testDate,
      validUntil: levels.validUntil,
      valid,
    }));
    return EXIT_OK;
  }
  const label = test === 'TEF' || test === 'TCF' ? 'NCLC' : 'CLB';
  const lines = [
    `${label} ${levels.min} (the lowest of the four abilities) — ${testName(test)}`,
    '',
    table(['ability', 'score', label], ABILITIES.map((a) => [a, String(scores[a]), String(levels[a])]), new Set([1, 2])),
    '',
    `Chart: ${levels.chart}.`,
  ];
  if (test === 'TEF' && levels.testDate === null) lines.push('No --date given: the chart for tests after December 10, 2023 was used.');
  if (levels.validUntil !== null) {
    const future = levels.testDate !== null && levels.testDate > new Date().toISOString().slice(0, 10);
    lines.push(valid ? `Valid until ${levels.validUntil} (two years from the test date).`
      : future ? `The test date ${levels.testDate} is in the future; results will be valid until ${levels.validUntil}.`
      : `Expired: valid until ${levels.validUntil} (two years from the test date).`);
  } else lines.push('No --date given: validity (two years from the test date) not checked.');
  lines.push('CEC needs CLB 7 in all four abilities for TEER 0/1 experience, CLB 5 for TEER 2/3.');
  io.out(lines.join('\n'));
  return EXIT_OK;
}

export const clbCommand: CliCommand = {
  name: 'clb',
  summary: 'CLB/NCLC levels of language test scores (IELTS, CELPIP, PTE Core, TEF, TCF)',
  help: `${USAGE}

The CLB (or NCLC) level of each ability and the lowest of the four, from IRCC's equivalency charts.

Arguments:
  test        IELTS (General Training), CELPIP (General), PTE (PTE Core), TEF (TEF Canada), TCF (TCF Canada),
              or CLB / NCLC for levels you already have; any case, "pte-core" and "celpip-general" work too
  reading writing listening speaking
              scores on the test's scale: IELTS 0–9 in steps of 0.5; CELPIP 0–12; PTE Core 10–90;
              TEF 0–699 (tests before 2019-10-01: reading /300, writing /450, listening /360, speaking /450);
              TCF reading and listening 0–699, writing and speaking 0–20; CLB 0–12
Options:
  --date D    test date (YYYY-MM-DD): chooses the TEF Canada chart (after 2023-12-10: new chart;
              2019-10-01 to 2023-12-10: 2019 chart; earlier: old score scale) and gives the validity (2 years)
  --json      {"test","reading","writing","listening","speaking","min","chart","scores","testDate","validUntil","valid"}

A score below a chart's lowest level gives the level just below it (e.g. CLB 3 for IELTS reading 3.0).
Exit codes: 0 ok, 2 bad input (unknown test, a score outside the scale, a bad date).

Examples:
  ee clb ielts 7 6.5 8 7 --date 2024-05-01
  ee clb tef 450 430 470 460 --date 2024-03-01 --json`,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (e) {
      if (e instanceof InputError) {
        io.err(`ee clb: ${e.message}`);
        return EXIT_BAD_INPUT;
      }
      throw e;
    }
  },
};
