/** `ee cutoff`: the CRS cut-off of a category's latest round on or before a date. */
import { isoFromDay } from '../feed/dates';
import { InputError } from '../types';
import type { CliCommand } from './command';
import { flag, notFound, positionalOrOption, printJson } from './command';
import { EXIT_OK } from './io';
import { plural, roundJson, tieBreakSentence } from './format';
import { dayValue } from './values';
import { latestRound } from '../draws/window';
import { noRoundOnOrBeforeText } from '../present/sentences';

export const command: CliCommand = {
  spec: {
    name: 'cutoff',
    summary: 'CRS cut-off of the latest round of a category on or before a date',
    description: 'The CRS cut-off of the latest round of a category on or before a date (default today).',
    positionals: [
      {
        name: 'category',
        help:
          'an id (CEC, PNP, FSW, FST, GENERAL, FRENCH, HEALTHCARE, STEM, TRADE, TRANSPORT, AGRICULTURE,\n' +
          'EDUCATION, PHYSICIANS, SENIOR_MANAGERS, RESEARCHERS, MILITARY), an IRCC name or an alias\n' +
          '("french", "health", "trades", "doctors"); ALL for every round',
      },
      { name: 'date', optional: true, help: 'YYYY-MM-DD (default today); or --date D, not both' },
    ],
    options: [
      { name: 'date', value: 'D', help: 'the date (YYYY-MM-DD), instead of the argument' },
      { name: 'all-programs', help: 'also count all-program (General) rounds in which the program was eligible\n(CEC, FSW, FST, PNP)' },
    ],
    readsData: true,
    json: '{round, date, category, name, invitations, crs, tieBreak, tieBreakText, drawnAt, eligiblePrograms}',
    exitCodes: '0 ok, 1 no round of the category on or before the date (--json: null), 2 bad input.',
    examples: ['ee cutoff CEC 2025-11-29', 'ee cutoff french --json'],
  },
  async run(ctx) {
    const name = ctx.args.positionals[0];
    if (name === undefined) throw new InputError('Missing the category, e.g. ee cutoff CEC.');
    const text = positionalOrOption(ctx.args, 1, 'date');
    const day = text === undefined ? ctx.today : dayValue(text, 'date');
    const draws = await ctx.draws();
    const category = draws.resolve(name);
    const r = latestRound(draws, category, day, { includeAllProgramRounds: flag(ctx.args, 'all-programs') });
    if (!r) return notFound(ctx, noRoundOnOrBeforeText(category === 'ALL' ? null : draws.label(category), isoFromDay(day)));
    if (ctx.json) return printJson(ctx.io, roundJson(r));
    ctx.io.out(
      `${draws.label(category)}: cut-off CRS ${r.crs} in round #${r.round} on ${r.date} ` +
        `(${plural(r.invitations, 'invitation')}, ${r.name}).${tieBreakSentence(r)}`,
    );
    return EXIT_OK;
  },
};
