import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg, loadDraws, noteDataAge, optionCategory } from './common';
import { json, roundJson, table, thousands } from './format';
import { roundCsvLines } from '../present/roundTable';
import { noRoundsText } from '../present/sentences';
import { plural } from '../present/text';
import { InputError } from '../types';

export const drawsCommand: CliCommand = {
  name: 'draws',
  summary: 'rounds of a category between two dates',
  help: `ee draws [--category C] [--from D] [--to D] [--all-programs] [--format table|csv|json]

The rounds of a category (default ALL) between two dates (both included), newest first.

Options:
  --category C     an id, IRCC name or alias (default ALL)
  --from D --to D  YYYY-MM-DD
  --all-programs   with a program (CEC, FSW, FST, PNP), also all-program rounds where it was eligible
  --format F       table (default), csv or json (an array of {round, date, category, name, invitations, crs, tieBreak, ...})
  --json           same as --format json

Examples:
  ee draws --category CEC --from 2025-01-01 --to 2025-12-31
  ee draws --from 2026-01-01 --format csv > draws-2026.csv`,
  async run(args, io) {
    const p = parse(
      args,
      { category: { type: 'string', short: 'c' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, 'all-programs': { type: 'boolean' } },
      0,
    );
    const format = flag(p, 'json') ? 'json' : (str(p, 'format') ?? 'table');
    if (!['table', 'csv', 'json'].includes(format)) throw new InputError(`--format must be table, csv or json, not "${format}".`);
    const from = dateArg(str(p, 'from'), 'start date');
    const to = dateArg(str(p, 'to'), 'end date');
    if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    const draws = await loadDraws(p, io);
    noteDataAge(draws, io, format !== 'table');
    const category = optionCategory(p, draws);
    const rounds = [...draws.between(category, from, to, { includeAllProgramRounds: flag(p, 'all-programs') })].reverse();
    if (format === 'json') io.out(json(rounds.map(roundJson)));
    else if (format === 'csv') io.out(roundCsvLines(rounds).join('\n'));
    else if (rounds.length) {
      io.out(
        table(
          ['Round', 'Date', 'Category', 'CRS', 'ITAs', 'Name'],
          rounds.map((r) => [`#${r.round}`, r.date, r.category, String(r.crs), thousands(r.invitations), r.name]),
          new Set([3, 4]),
        ),
      );
      io.out(`${plural(rounds.length, 'round')}, ${plural(rounds.reduce((a, r) => a + r.invitations, 0), 'invitation')}.`);
    }
    if (!rounds.length) {
      io.err(noRoundsText(category === 'ALL' ? null : draws.label(category), { from, to }));
      return EXIT_NOT_FOUND;
    }
    return EXIT_OK;
  },
};
