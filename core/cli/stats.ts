import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, positiveInt, str } from './args';
import { dateArg, loadDraws, requireCategory } from './common';
import { json, table, thousands } from './format';
import { InputError } from '../types';
import { cutoffStats, rhythm } from '../draws/stats';

const USAGE = 'ee stats <category> [--last N | --from D --to D] [--as-of D] [--all-programs] [--json]';

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'cut-off statistics over the last N rounds or a date range',
  help: `${USAGE}

Cut-off statistics of a category: count, min, max, mean, median, first, last and change (last − first),
over the last N rounds (default 10) on or before --as-of (default today), or over a date range; with the days
since the last round and the mean gap between rounds.

Options:
  --last N         the last N rounds (default 10)
  --from D --to D  a date range instead (YYYY-MM-DD, both included)
  --as-of D        the reference date for --last and for "days since" (default today)
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
    const window = hasRange ? { from, to } : { last: last ?? 10, asOf };
    const s = cutoffStats(draws, category, window, options);
    const pace = rhythm(draws, category, asOf ?? (hasRange ? to : undefined), undefined, options);
    // The mean gap describes the rounds counted, like the other figures.
    const meanGapDays = s.count > 1 ? (Date.parse(s.to!) - Date.parse(s.from!)) / 86_400_000 / (s.count - 1) : null;
    const result = { ...s, daysSinceLast: pace.daysSinceLast, meanGapDays, asOf: pace.asOf };
    if (s.count === 0) {
      if (flag(p, 'json')) io.out(json(result));
      io.err(`No ${draws.label(category)} rounds in that period.`);
      return EXIT_NOT_FOUND;
    }
    if (flag(p, 'json')) {
      io.out(json(result));
      return EXIT_OK;
    }
    const what = hasRange ? `${s.from} to ${s.to}` : `the last ${s.count} rounds (${s.from} to ${s.to})`;
    io.out(`${draws.label(category)} cut-offs over ${what}:`);
    const one = (n: number | null): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));
    io.out(
      table(
        ['Rounds', 'Min', 'Max', 'Mean', 'Median', 'First', 'Last', 'Change', 'ITAs'],
        [[String(s.count), one(s.min), one(s.max), one(s.mean), one(s.median), one(s.first), one(s.last), (s.change! > 0 ? '+' : '') + one(s.change), thousands(s.invitations)]],
        new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
    if (pace.lastRound) {
      io.out(
        `Last round #${pace.lastRound.round} on ${pace.lastRound.date}: ${pace.daysSinceLast} days before ${pace.asOf}.` +
          (meanGapDays !== null ? ` Mean gap between the rounds counted: ${meanGapDays.toFixed(1)} days.` : ''),
      );
    }
    return EXIT_OK;
  },
};
