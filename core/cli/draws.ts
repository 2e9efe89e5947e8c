/** `ee draws`: the rounds of a category between two dates, as a table, CSV or JSON. */
import { InputError, clipInput } from '../types';
import type { CliCommand } from './command';
import { flag, notFound, printJson, str } from './command';
import { EXIT_OK } from './io';
import { plural, roundCsv, roundJson, roundTable } from './format';
import { noRoundsText } from '../present/sentences';
import { isoValue } from './values';

const FORMATS = ['table', 'csv', 'json'];

export const command: CliCommand = {
  spec: {
    name: 'draws',
    summary: 'rounds of a category between two dates (table, CSV or JSON)',
    description: 'The rounds of a category (default ALL) between two dates (both included), newest first.',
    positionals: [],
    options: [
      { name: 'category', value: 'C', help: 'an id, IRCC name or alias (default ALL)' },
      { name: 'from', value: 'D', help: 'first date (YYYY-MM-DD), included' },
      { name: 'to', value: 'D', help: 'last date (YYYY-MM-DD), included' },
      { name: 'all-programs', help: 'with a program (CEC, FSW, FST, PNP), also all-program rounds where it was eligible' },
      { name: 'format', value: 'F', help: 'table (default), csv or json' },
    ],
    readsData: true,
    json: 'an array of {round, date, category, name, invitations, crs, tieBreak, tieBreakText, drawnAt,\neligiblePrograms} (same as --format json)',
    exitCodes: '0 ok, 1 no rounds in the period (--json: null; CSV: nothing), 2 bad input.',
    examples: ['ee draws --category CEC --from 2025-01-01 --to 2025-12-31', 'ee draws --from 2026-01-01 --format csv > draws-2026.csv'],
  },
  async run(ctx) {
    const p = ctx.args;
    const asked = str(p, 'format');
    if (asked !== undefined && !FORMATS.includes(asked)) throw new InputError(`--format must be table, csv or json, not "${clipInput(asked)}".`);
    if (ctx.json && asked !== undefined && asked !== 'json') throw new InputError(`--json and --format ${asked} contradict each other; give one.`);
    const format = ctx.json ? 'json' : (asked ?? 'table');
    const from = isoValue(str(p, 'from'), 'start date');
    const to = isoValue(str(p, 'to'), 'end date');
    if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    const draws = await ctx.draws();
    const category = draws.resolve(str(p, 'category') ?? 'ALL');
    const rounds = [...draws.between(category, from, to, { includeAllProgramRounds: flag(p, 'all-programs') })].reverse();
    if (!rounds.length) {
      const label = category === 'ALL' ? null : draws.label(category);
      return notFound({ ...ctx, json: format === 'json' }, noRoundsText(label, { ...(from ? { from } : {}), ...(to ? { to } : {}) }));
    }
    if (format === 'json') return printJson(ctx.io, rounds.map(roundJson));
    if (format === 'csv') {
      ctx.io.out(roundCsv(rounds));
      return EXIT_OK;
    }
    ctx.io.out(roundTable(rounds));
    ctx.io.out(`${plural(rounds.length, 'round')}, ${plural(rounds.reduce((a, r) => a + r.invitations, 0), 'invitation')}.`);
    return EXIT_OK;
  },
};
