/** `ee counts`: how many rounds of each category ran in a year or a date range. */
import { yearOfDay } from '../feed/dates';
import { periodText, yearPeriod, type Period } from '../draws/period';
import { noRoundsText } from '../present/sentences';
import { InputError } from '../types';
import type { CliCommand } from './command';
import { exclusive, notFound, printJson, str } from './command';
import { EXIT_OK } from './io';
import { table, thousands } from './format';
import { isoValue, yearValue } from './values';

export const command: CliCommand = {
  spec: {
    name: 'counts',
    summary: 'rounds per category in a year or a date range',
    description: 'How many rounds of each category ran in a calendar year (default this year) or between two dates\n(both included), with the invitations they issued.',
    positionals: [],
    options: [
      { name: 'year', value: 'Y', help: 'a calendar year, e.g. 2025 (1900–9999)' },
      { name: 'from', value: 'D', help: 'first date (YYYY-MM-DD), included; not with --year' },
      { name: 'to', value: 'D', help: 'last date (YYYY-MM-DD), included; not with --year' },
    ],
    readsData: true,
    json: 'an object of category id → number of rounds, e.g. {"CEC": 13, "PNP": 22}',
    exitCodes: '0 ok, 1 no rounds in the period (--json: null), 2 bad input.',
    examples: ['ee counts --year 2025', 'ee counts --from 2025-07-01 --to 2025-12-31 --json'],
  },
  async run(ctx) {
    const p = ctx.args;
    exclusive(p, ['year'], ['from', 'to']);
    const yearText = str(p, 'year');
    let period: Period;
    if (p.values.has('from') || p.values.has('to')) {
      const from = isoValue(str(p, 'from'), 'start date');
      const to = isoValue(str(p, 'to'), 'end date');
      if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
      period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    } else period = yearPeriod(yearText === undefined ? yearOfDay(ctx.today) : yearValue(yearText));
    const draws = await ctx.draws();
    const counts = draws.counts(period.from, period.to);
    const ids = Object.keys(counts);
    if (!ids.length) return notFound(ctx, noRoundsText(null, period));
    if (ctx.json) return printJson(ctx.io, counts);
    const invitations = draws.invitationsPerCategory(period.from, period.to);
    const rows = ids.map((id) => [id, thousands(counts[id]!), thousands(invitations[id] ?? 0)]);
    const total = ids.reduce((a, id) => a + counts[id]!, 0);
    const itas = ids.reduce((a, id) => a + (invitations[id] ?? 0), 0);
    ctx.io.out(`Rounds in ${periodText(period)}:`);
    ctx.io.out(table(['Category', 'Rounds', 'ITAs'], [...rows, ['Total', thousands(total), thousands(itas)]], new Set([1, 2])));
    return EXIT_OK;
  },
};
