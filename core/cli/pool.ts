/** `ee pool`: the CRS score distribution of the pool as of a date. */
import { isoFromDay } from '../feed/dates';
import { poolOn } from '../draws/window';
import { noPoolText, POOL_DATE_RULE } from '../present/sentences';
import type { CliCommand } from './command';
import { notFound, positionalOrOption, printJson } from './command';
import { EXIT_OK } from './io';
import { table, thousands } from './format';
import { dayValue } from './values';

export const command: CliCommand = {
  spec: {
    name: 'pool',
    summary: 'CRS score distribution of the pool as of a date',
    description:
      `The CRS score distribution of the pool on a date (default today): ${POOL_DATE_RULE}.\n` +
      'dd3 and dd9 are subtotals of the finer bands below them; the total is checked against the bands.',
    positionals: [{ name: 'date', optional: true, help: 'YYYY-MM-DD (default today); or --date D, not both' }],
    options: [{ name: 'date', value: 'D', help: 'the date (YYYY-MM-DD), instead of the argument' }],
    readsData: true,
    json: '{round, roundDate, asOf, bands: [{field, label, min, max, candidates, kind}], total, subtotalsOk, problems}',
    exitCodes: '0 ok, 1 no distribution published on or before the date (--json: null), 2 bad input.',
    examples: ['ee pool 2025-11-29', 'ee pool --json'],
  },
  async run(ctx) {
    const text = positionalOrOption(ctx.args, 0, 'date');
    const day = text === undefined ? ctx.today : dayValue(text, 'date');
    const draws = await ctx.draws();
    const pool = poolOn(draws, day);
    if (!pool) return notFound(ctx, noPoolText(isoFromDay(day)));
    if (ctx.json) return printJson(ctx.io, pool);
    ctx.io.out(`Pool as of ${pool.asOf} (published with round #${pool.round} on ${pool.roundDate}):`);
    ctx.io.out(
      table(
        ['CRS', 'Candidates'],
        pool.bands.map((b) => [b.kind === 'band' ? b.label : `${b.label} (${b.kind})`, thousands(b.candidates)]),
        new Set([1]),
      ),
    );
    ctx.io.out(pool.subtotalsOk ? 'Subtotals and total agree with the bands.' : `Warning: ${pool.problems.join(' ')}`);
    return EXIT_OK;
  },
};
