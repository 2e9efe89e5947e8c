/** `ee stats`: cut-off statistics of a category over its last N rounds or a date range. */
import { isoFromDay } from '../feed/dates';
import { cutoffStats, rhythm } from '../draws/stats';
import { InputError } from '../types';
import type { CliCommand } from './command';
import { exclusive, flag, notFound, printJson, str } from './command';
import { EXIT_OK } from './io';
import { plural, table, thousands } from './format';
import { countValue, dayValue, isoValue } from './values';

/** The window when neither --last nor --from/--to is given. */
const DEFAULT_LAST = 10;

export const command: CliCommand = {
  spec: {
    name: 'stats',
    summary: 'cut-off statistics over the last N rounds or a date range',
    description:
      'Cut-off statistics of a category: count, min, max, mean, median, first, last and change (last − first),\n' +
      `over the last N rounds (default ${DEFAULT_LAST}) on or before --as-of (default today), or over a date range; with the\n` +
      'days since the last round and the mean gap between the rounds counted.',
    positionals: [{ name: 'category', help: 'an id, IRCC name or alias (see ee cutoff --help)' }],
    options: [
      { name: 'last', value: 'N', help: `the last N rounds (default ${DEFAULT_LAST})` },
      { name: 'from', value: 'D', help: 'first date (YYYY-MM-DD) of a date range instead; not with --last' },
      { name: 'to', value: 'D', help: 'last date (YYYY-MM-DD) of a date range instead; not with --last' },
      { name: 'as-of', value: 'D', help: 'the reference date for --last and for "days since" (default today)' },
      { name: 'all-programs', help: 'with a program (CEC, FSW, FST, PNP), also all-program rounds where it was eligible' },
    ],
    readsData: true,
    json: '{category, count, from, to, min, max, mean, median, first, last, change, invitations,\ndaysSinceLast, meanGapDays, asOf}',
    exitCodes: '0 ok, 1 no rounds of the category in the window (--json: null), 2 bad input.',
    examples: ['ee stats CEC', 'ee stats CEC --last 5', 'ee stats PNP --from 2025-01-01 --to 2025-12-31 --json'],
  },
  async run(ctx) {
    const p = ctx.args;
    const name = p.positionals[0];
    if (name === undefined) throw new InputError('Missing the category, e.g. ee stats CEC.');
    exclusive(p, ['last'], ['from', 'to']);
    const lastText = str(p, 'last');
    const last = lastText === undefined ? undefined : countValue(lastText, 'last');
    const hasRange = p.values.has('from') || p.values.has('to');
    const from = isoValue(str(p, 'from'), 'start date');
    const to = isoValue(str(p, 'to'), 'end date');
    if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    const asOfText = str(p, 'as-of');
    const asOf = asOfText === undefined ? (hasRange && to !== undefined ? dayValue(to, 'end date') : ctx.today) : dayValue(asOfText, 'as-of date');
    const draws = await ctx.draws();
    const category = draws.resolve(name);
    const options = { includeAllProgramRounds: flag(p, 'all-programs') };
    const s = cutoffStats(draws, category, hasRange ? { from, to } : { last: last ?? DEFAULT_LAST, asOf }, options);
    if (s.count === 0) return notFound(ctx, `No ${draws.label(category)} rounds ${hasRange ? 'in that period' : `on or before ${isoFromDay(asOf)}`}.`);
    const pace = rhythm(draws, category, asOf, undefined, options);
    // The mean gap describes the rounds counted, like the other figures.
    const meanGapDays = s.count > 1 ? (Date.parse(s.to!) - Date.parse(s.from!)) / 86_400_000 / (s.count - 1) : null;
    if (ctx.json) return printJson(ctx.io, { ...s, daysSinceLast: pace.daysSinceLast, meanGapDays, asOf: pace.asOf });
    const what = hasRange ? `${plural(s.count, 'round')} from ${s.from} to ${s.to}` : `the last ${plural(s.count, 'round')} (${s.from} to ${s.to})`;
    ctx.io.out(`${draws.label(category)} cut-offs over ${what}:`);
    const one = (n: number | null): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));
    ctx.io.out(
      table(
        ['Rounds', 'Min', 'Max', 'Mean', 'Median', 'First', 'Last', 'Change', 'ITAs'],
        [[String(s.count), one(s.min), one(s.max), one(s.mean), one(s.median), one(s.first), one(s.last), (s.change! > 0 ? '+' : '') + one(s.change), thousands(s.invitations)]],
        new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
    if (pace.lastRound) {
      ctx.io.out(
        `Last round #${pace.lastRound.round} on ${pace.lastRound.date}: ${plural(pace.daysSinceLast!, 'day')} before ${pace.asOf} (as of the data).` +
          (meanGapDays !== null ? ` Mean gap between the rounds counted: ${meanGapDays.toFixed(1)} days.` : ''),
      );
    }
    return EXIT_OK;
  },
};
