import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, positiveInt, str } from './args';
import { dateArg, loadDraws, noteDataAge, requireCategory } from './common';
import { json, table, thousands } from './format';
import { InputError } from '../types';
import { categorySummary, DEFAULT_LAST_ROUNDS } from '../draws/window';
import { noRoundsText, rhythmText, windowText } from '../present/sentences';

const USAGE = 'ee stats <category> [--last N | --from D --to D] [--as-of D] [--all-programs] [--json]';

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'cut-off statistics over the last N rounds or a date range',
  help: `${USAGE}

Cut-off statistics of a category: count, min, max, mean, median, first, last and change (last − first),
over the last N rounds (default ${DEFAULT_LAST_ROUNDS}) on or before --as-of (default: the newest data), or over a date range; with the days
since the last round and the mean gap between rounds.

Options:
  --last N         the last N rounds (default ${DEFAULT_LAST_ROUNDS})
  --from D --to D  a date range instead (YYYY-MM-DD, both included)
  --as-of D        the reference date for --last and for "days since" (default: the newest data;
                   "days since" never counts past the newest round in the data)
  --all-programs   with a program (CEC, FSW, FST, PNP), also all-program rounds where it was eligible
  --json           {category, count, from, to, min, max, mean, median, first, last, change, invitations,
                    daysSinceLast, meanGapDays, asOf}

Examples:
  ee stats CEC --last 5
  ee stats PNP --from 2025-01-01 --to 2025-12-31 --json`,
  async run(args, io) {
    const p = parse(
      args,
      { last: { type: 'string', short: 'n' }, from: { type: 'string' }, to: { type: 'string' }, 'as-of': { type: 'string' }, 'all-programs': { type: 'boolean' } },
      1,
    );
    const last = positiveInt(p, 'last');
    const hasRange = str(p, 'from') !== undefined || str(p, 'to') !== undefined;
    if (last !== undefined && hasRange) throw new InputError('Use either --last or --from/--to, not both.');
    const from = dateArg(str(p, 'from'), 'start date');
    const to = dateArg(str(p, 'to'), 'end date');
    if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    const asOf = dateArg(str(p, 'as-of'), 'as-of date');
    const draws = await loadDraws(p, io);
    const category = requireCategory(p, draws, USAGE);
    const options = { includeAllProgramRounds: flag(p, 'all-programs') };
    noteDataAge(draws, io, flag(p, 'json'));
    const s = categorySummary(draws, category, hasRange ? { from, to } : { last: last ?? DEFAULT_LAST_ROUNDS, asOf }, options);
    const result = {
      category: s.category, count: s.count, from: s.from, to: s.to, min: s.min, max: s.max, mean: s.mean, median: s.median,
      first: s.first, last: s.last, change: s.change, invitations: s.invitations,
      daysSinceLast: s.daysSinceLast, meanGapDays: s.meanGapDays, asOf: s.asOf,
    };
    if (s.count === 0) {
      if (flag(p, 'json')) io.out(json(result));
      io.err(noRoundsText(s.label, { from, to }));
      return EXIT_NOT_FOUND;
    }
    if (flag(p, 'json')) {
      io.out(json(result));
      return EXIT_OK;
    }
    io.out(`${s.label} cut-offs over ${windowText(s)}:`);
    const one = (n: number | null): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));
    io.out(
      table(
        ['Rounds', 'Min', 'Max', 'Mean', 'Median', 'First', 'Last', 'Change', 'ITAs'],
        [[String(s.count), one(s.min), one(s.max), one(s.mean), one(s.median), one(s.first), one(s.last), (s.change! > 0 ? '+' : '') + one(s.change), thousands(s.invitations)]],
        new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
    const rhythm = rhythmText(s);
    if (rhythm) io.out(rhythm);
    return EXIT_OK;
  },
};
