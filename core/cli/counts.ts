import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg, loadDraws } from './common';
import { json, table, thousands } from './format';
import { InputError } from '../types';
import { yearOfDay, today } from '../feed/dates';
import { yearRange } from '../draws/draws';
import { isoFromDay } from '../draws/dateInput';

export const countsCommand: CliCommand = {
  name: 'counts',
  summary: 'rounds per category in a year or a date range',
  help: `ee counts [--year Y | --from D --to D] [--json]

How many rounds of each category ran in a calendar year (default this year) or between two dates (both included).

Options:
  --year Y         e.g. 2025
  --from D --to D  YYYY-MM-DD (either may be left out)
  --json           an object of category id → number of rounds, e.g. {"CEC": 13, "PNP": 22}

Examples:
  ee counts --year 2025
  ee counts --from 2025-07-01 --to 2025-12-31 --json`,
  async run(args, io) {
    const p = parse(args, { year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } }, 0);
    const yearText = str(p, 'year');
    if (yearText !== undefined && (str(p, 'from') !== undefined || str(p, 'to') !== undefined)) {
      throw new InputError('Use either --year or --from/--to, not both.');
    }
    let from: string | undefined;
    let to: string | undefined;
    if (yearText !== undefined) {
      if (!/^\d{4}$/.test(yearText)) throw new InputError(`Bad year "${yearText}": use a year such as 2025.`);
      [from, to] = yearRange(Number(yearText)).map(isoFromDay) as [string, string];
    } else if (str(p, 'from') !== undefined || str(p, 'to') !== undefined) {
      from = dateArg(str(p, 'from'), 'start date');
      to = dateArg(str(p, 'to'), 'end date');
      if (from && to && from > to) throw new InputError(`--from ${from} is after --to ${to}.`);
    } else {
      [from, to] = yearRange(yearOfDay(today())).map(isoFromDay) as [string, string];
    }
    const draws = await loadDraws(p, io);
    const counts = draws.counts(from, to);
    const invitations = draws.invitationsPerCategory(from, to);
    const ids = Object.keys(counts);
    const period = yearText ?? `${from ?? 'the first round'} to ${to ?? 'the last round'}`;
    if (flag(p, 'json')) io.out(json(counts));
    else if (ids.length) {
      const rows = ids.map((id) => [id, thousands(counts[id]!), thousands(invitations[id] ?? 0)]);
      const total = ids.reduce((a, id) => a + counts[id]!, 0);
      const itas = ids.reduce((a, id) => a + (invitations[id] ?? 0), 0);
      io.out(`Rounds in ${period}:`);
      io.out(table(['Category', 'Rounds', 'ITAs'], [...rows, ['Total', thousands(total), thousands(itas)]], new Set([1, 2])));
    }
    if (!ids.length) {
      io.err(`No rounds in ${period}.`);
      return EXIT_NOT_FOUND;
    }
    return EXIT_OK;
  },
};
