import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { loadDraws, noteDataAge } from './common';
import { json, table, thousands } from './format';
import { yearOfDay, today } from '../feed/dates';
import { periodText, readPeriod, yearPeriod } from '../draws/period';
import { noRoundsText } from '../present/sentences';

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
    const given = yearText !== undefined || str(p, 'from') !== undefined || str(p, 'to') !== undefined;
    const period = given ? readPeriod({ year: yearText, from: str(p, 'from'), to: str(p, 'to') }) : yearPeriod(yearOfDay(today()));
    const { from, to } = period;
    const draws = await loadDraws(p, io);
    noteDataAge(draws, io, flag(p, 'json'));
    const counts = draws.counts(from, to);
    const invitations = draws.invitationsPerCategory(from, to);
    const ids = Object.keys(counts);
    if (flag(p, 'json')) io.out(json(counts));
    else if (ids.length) {
      const rows = ids.map((id) => [id, thousands(counts[id]!), thousands(invitations[id] ?? 0)]);
      const total = ids.reduce((a, id) => a + counts[id]!, 0);
      const itas = ids.reduce((a, id) => a + (invitations[id] ?? 0), 0);
      io.out(`Rounds in ${periodText(period)}:`);
      io.out(table(['Category', 'Rounds', 'ITAs'], [...rows, ['Total', thousands(total), thousands(itas)]], new Set([1, 2])));
    }
    if (!ids.length) {
      io.err(noRoundsText(null, period));
      return EXIT_NOT_FOUND;
    }
    return EXIT_OK;
  },
};
