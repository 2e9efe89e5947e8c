/** `ee clb`: language test scores to CLB/NCLC levels. */
import { dayFromIso } from '../feed/dates';
import { InputError, clipInput } from '../types';
import { ABILITIES } from '../language/charts';
import { clbLevels, languageTestFromName, testName, validOn } from '../language/clb';
import type { CliCommand, CommandContext } from './command';
import { printJson, str } from './command';
import { EXIT_OK } from './io';
import { table } from './format';
import { isoValue } from './values';

/** A score argument: a plain decimal number (no "7,5", no "abc"). */
function scoreArg(text: string | undefined, ability: string): number {
  if (text === undefined) throw new InputError(`Missing the ${ability} score, e.g. ee clb ielts 7 6.5 8 7.`);
  if (/^-/.test(text.trim())) throw new InputError(`Scores cannot be negative: the ${ability} score "${clipInput(text)}".`);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text.trim())) throw new InputError(`The ${ability} score "${clipInput(text)}" is not a number.`);
  return Number(text);
}

async function run(ctx: CommandContext): Promise<number> {
  const { io, args: p } = ctx;
  const [name, ...raw] = p.positionals;
  if (name === undefined) throw new InputError('Missing the test name, e.g. ee clb ielts 7 6.5 8 7.');
  const test = languageTestFromName(name);
  const scores = { reading: 0, writing: 0, listening: 0, speaking: 0 };
  ABILITIES.forEach((a, i) => (scores[a] = scoreArg(raw[i], a)));
  const date = isoValue(str(p, 'date'), 'test date');
  const levels = clbLevels(test, scores, date);
  // Whether the results can be used today: taken by now and not yet two years old; null without a date.
  const testDay = levels.testDate === null ? null : dayFromIso(levels.testDate);
  const valid = testDay === null ? null : validOn(testDay, ctx.today);
  if (ctx.json) {
    return printJson(io, {
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
    });
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
    const future = testDay !== null && testDay > ctx.today;
    lines.push(valid ? `Valid until ${levels.validUntil} (two years from the test date).`
      : future ? `The test date ${levels.testDate} is in the future; results will be valid until ${levels.validUntil}.`
      : `Expired: valid until ${levels.validUntil} (two years from the test date).`);
  } else lines.push('No --date given: validity (two years from the test date) not checked.');
  lines.push('CEC needs CLB 7 in all four abilities for TEER 0/1 experience, CLB 5 for TEER 2/3.');
  io.out(lines.join('\n'));
  return EXIT_OK;
}

export const command: CliCommand = {
  spec: {
    name: 'clb',
    summary: 'CLB/NCLC levels of language test scores (IELTS, CELPIP, PTE Core, TEF, TCF)',
    description: "The CLB (or NCLC) level of each ability and the lowest of the four, from IRCC's equivalency charts.\n" +
      "A score below a chart's lowest level gives the level just below it (e.g. CLB 3 for IELTS reading 3.0).",
    positionals: [
      {
        name: 'test',
        help: 'IELTS (General Training), CELPIP (General), PTE (PTE Core), TEF (TEF Canada), TCF (TCF Canada),\n' +
          'or CLB / NCLC for levels you already have; any case, "pte-core" and "celpip-general" work too',
      },
      { name: 'reading', help: "score on the test's scale (scales below)" },
      { name: 'writing', help: 'score' },
      { name: 'listening', help: 'score' },
      { name: 'speaking', help: 'score' },
    ],
    options: [
      {
        name: 'date',
        value: 'D',
        help: 'test date (YYYY-MM-DD): chooses the TEF Canada chart (after 2023-12-10: new chart;\n' +
          '2019-10-01 to 2023-12-10: 2019 chart; earlier: old score scale) and gives the validity (2 years)',
      },
    ],
    readsData: false,
    json: '{test, reading, writing, listening, speaking, min, chart, scores, testDate, validUntil, valid}',
    exitCodes: '0 ok, 2 bad input (unknown test, a score outside the scale, a bad date).',
    notes:
      'Scales: IELTS 0–9 in steps of 0.5; CELPIP 0–12; PTE Core 10–90; TEF 0–699 (tests before 2019-10-01:\n' +
      'reading /300, writing /450, listening /360, speaking /450); TCF reading and listening 0–699, writing and\n' +
      'speaking 0–20; CLB 0–12.',
    examples: ['ee clb ielts 7 6.5 8 7 --date 2024-05-01', 'ee clb tef 450 430 470 460 --date 2024-03-01 --json'],
  },
  run,
};
