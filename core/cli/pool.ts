import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg, loadDraws, noteDataAge } from './common';
import { json, table, thousands } from './format';
import { poolOn } from '../draws/window';
import { noPoolText, POOL_DATE_RULE } from '../present/sentences';

export const poolCommand: CliCommand = {
  name: 'pool',
  summary: 'CRS score distribution of the pool as of a date',
  help: `ee pool [date] [--json]

The pool on a date is ${POOL_DATE_RULE}
(default: the newest in the data; the date also as --date D). dd3 and dd9 are subtotals of the finer bands below them; the total is checked against the bands.

Options:
  --json  {round, roundDate, asOf, bands: [{field, label, min, max, candidates, kind}], total, subtotalsOk, problems}

Example:
  ee pool 2025-11-29`,
  async run(args, io) {
    const p = parse(args, { date: { type: 'string' } }, 1);
    const date = dateArg(p.positionals[0] ?? str(p, 'date'), 'date');
    const draws = await loadDraws(p, io);
    noteDataAge(draws, io, flag(p, 'json'));
    const pool = poolOn(draws, date);
    if (!pool) {
      io.err(noPoolText(date));
      return EXIT_NOT_FOUND;
    }
    if (flag(p, 'json')) {
      io.out(json(pool));
      return EXIT_OK;
    }
    io.out(`Pool as of ${pool.asOf} (published with round #${pool.round} on ${pool.roundDate}):`);
    io.out(
      table(
        ['CRS', 'Candidates'],
        pool.bands.map((b) => [b.kind === 'band' ? b.label : `${b.label} (${b.kind})`, thousands(b.candidates)]),
        new Set([1]),
      ),
    );
    io.out(pool.subtotalsOk ? 'Subtotals and total agree with the bands.' : `Warning: ${pool.problems.join(' ')}`);
    return EXIT_OK;
  },
};
