/** `ee stats`: cut-off statistics of a category over its last N rounds or a date range. */
import { isoFromDay } from '../feed/dates';
import { categorySummary, DEFAULT_LAST_ROUNDS } from '../draws/window';
import { rhythmText, windowText } from '../present/sentences';
import { oneDecimal, signed } from '../present/text';
import { InputError } from '../types';
import type { CliCommand } from './command';
import { exclusive, flag, notFound, printJson, str } from './command';
import { EXIT_OK } from './io';
import { table, thousands } from './format';
import { countValue, dayValue, isoValue } from './values';

export const command: CliCommand = {
  spec: {
    name: 'stats',
    summary: 'cut-off statistics over the last N rounds or a date range',
    description:
      'Cut-off statistics of a category: count, min, max, mean, median, first, last and change (last − first),\n' +
      `over the last N rounds (default ${DEFAULT_LAST_ROUNDS}) on or before --as-of (default today), or over a date range; with the\n` +
      'days since the last round and the mean gap between the rounds counted.',
    positionals: [{ name: 'category', help: 'an id, IRCC name or alias (see ee cutoff --help)' }],
    options: [
      { name: 'last', value: 'N', help: `the last N rounds (default ${DEFAULT_LAST_ROUNDS})` },
      { name: 'from', value: 'D', help: 'first date (YYYY-MM-DD) of a date range instead; not with --last' },
      { name: 'to', value: 'D', help: 'last date (YYYY-MM-DD) of a date range instead; not with --last' },
      { name: 'as-of', value: 'D', help: 'the reference date for --last and for "days since" (default today); not with --from/--to' },
      { name: 'all-programs', help: 'with a program (CEC, FSW, FST, PNP), also all-program rounds where it was eligible' },
    ],
    readsData: true,
    json: '{category, count, from, to, min, max, mean, median, first, last, change, invitations,\ndaysSinceLast, meanGapDays, asOf, asOfIsDataEnd} (days since the last round count to asOf, never\nlater than the newest round in the data: asOfIsDataEnd)',
    exitCodes: '0 ok, 1 no rounds of the category in the window (--json: null), 2 bad input.',
    examples: ['ee stats CEC', 'ee stats CEC --last 5', 'ee stats PNP --from 2025-01-01 --to 2025-12-31 --json'],
  },
  async run(ctx) {
    const p = ctx.args;
    const name = p.positionals[0];
    if (name === undefined) throw new InputError('Missing the category, e.g. ee stats CEC.');
    exclusive(p, ['last'], ['from', 'to']);
    exclusive(p, ['as-of'], ['from', 'to']);
    const lastText = str(p, 'last');
    const last = lastText === undefined ? undefined : countValue(lastText, 'last');
    const hasRange = p.values.has('from') || p.values.has('to');
    const from = isoValue(str(p, 'from'), 'start date');
    const to = isoValue(str(p, 'to'), 'end date');
    if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    const asOfText = str(p, 'as-of');
    const asOf = asOfText === undefined ? ctx.today : dayValue(asOfText, 'as-of date');
    const draws = await ctx.draws();
    const category = draws.resolve(name);
    const options = { includeAllProgramRounds: flag(p, 'all-programs') };
    const request = hasRange ? { from, to } : { last: last ?? DEFAULT_LAST_ROUNDS, asOf };
    const s = categorySummary(draws, category, request, options);
    if (s.count === 0) return notFound(ctx, `No ${s.label} rounds ${hasRange ? 'in that period' : `on or before ${isoFromDay(asOf)}`}.`);
    if (ctx.json) {
      const { category: id, count, from: first, to: lastDate, min, max, mean, median, invitations, daysSinceLast, meanGapDays } = s;
      return printJson(ctx.io, {
        category: id, count, from: first, to: lastDate, min, max, mean, median, first: s.first, last: s.last, change: s.change,
        invitations, daysSinceLast, meanGapDays, asOf: s.asOf, asOfIsDataEnd: s.asOfIsDataEnd,
      });
    }
    ctx.io.out(`${s.label} cut-offs over ${windowText(s)}:`);
    const one = (n: number | null): string => (n === null ? '–' : oneDecimal(n));
    ctx.io.out(
      table(
        ['Rounds', 'Min', 'Max', 'Mean', 'Median', 'First', 'Last', 'Change', 'ITAs'],
        [[String(s.count), one(s.min), one(s.max), one(s.mean), one(s.median), one(s.first), one(s.last), s.change === null ? '–' : signed(s.change), thousands(s.invitations)]],
        new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
    const rhythm = rhythmText(s);
    if (rhythm) ctx.io.out(rhythm);
    return EXIT_OK;
  },
};
