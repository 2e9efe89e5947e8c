/** `ee latest`: the latest round of every category on or before a date. */
import { isoFromDay } from '../feed/dates';
import type { CliCommand } from './command';
import { notFound, positionalOrOption, printJson } from './command';
import { EXIT_OK } from './io';
import { roundJson, roundTable } from './format';
import { latestRounds } from '../draws/window';
import { noRoundOnOrBeforeText } from '../present/sentences';
import { dayValue } from './values';

export const command: CliCommand = {
  spec: {
    name: 'latest',
    summary: 'latest round of every category',
    description: 'The latest round of every category on or before a date (default today), from the bundled or refreshed data.',
    positionals: [{ name: 'date', optional: true, help: 'YYYY-MM-DD (default today); or --date D, not both' }],
    options: [{ name: 'date', value: 'D', help: 'the date (YYYY-MM-DD), instead of the argument' }],
    readsData: true,
    json: 'an array of {round, date, category, name, invitations, crs, tieBreak, ...}, one per category',
    exitCodes: '0 ok, 1 no round on or before the date (--json: null), 2 bad input.',
    examples: ['ee latest', 'ee latest 2025-11-29 --json'],
  },
  async run(ctx) {
    const text = positionalOrOption(ctx.args, 0, 'date');
    const day = text === undefined ? ctx.today : dayValue(text, 'date');
    const draws = await ctx.draws();
    const rounds = latestRounds(draws, day);
    if (!rounds.length) return notFound(ctx, noRoundOnOrBeforeText(null, isoFromDay(day)));
    if (ctx.json) return printJson(ctx.io, rounds.map(roundJson));
    ctx.io.out(roundTable(rounds));
    return EXIT_OK;
  },
};
