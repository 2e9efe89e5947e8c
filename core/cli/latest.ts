import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg, loadDraws, noteDataAge } from './common';
import { latestRounds } from '../draws/window';
import { noRoundOnOrBeforeText } from '../present/sentences';
import { json, roundJson, table, thousands } from './format';

export const latestCommand: CliCommand = {
  name: 'latest',
  summary: 'latest round per category',
  help: `ee latest [--date D] [--json]

The latest round of every category on or before a date (default today), from the bundled or refreshed data.

Options:
  --date D         YYYY-MM-DD (default today)
  --json           an array of {category, round, date, crs, invitations, name, tieBreak, ...}
  --cache-dir DIR  where refreshed data is cached (or EE_CACHE_DIR)

Example:
  ee latest --date 2025-11-29`,
  async run(args, io) {
    const p = parse(args, { date: { type: 'string' } }, 1);
    const date = dateArg(str(p, 'date') ?? p.positionals[0], 'date');
    const draws = await loadDraws(p, io);
    noteDataAge(draws, io, flag(p, 'json'));
    const rounds = latestRounds(draws, date);
    if (flag(p, 'json')) {
      io.out(json(rounds.map(roundJson)));
    } else if (rounds.length) {
      io.out(
        table(
          ['Category', 'Round', 'Date', 'CRS', 'ITAs', 'Name'],
          rounds.map((r) => [r.category, `#${r.round}`, r.date, String(r.crs), thousands(r.invitations), r.name]),
          new Set([3, 4]),
        ),
      );
    }
    if (!rounds.length) {
      io.err(noRoundOnOrBeforeText(null, date));
      return EXIT_NOT_FOUND;
    }
    return EXIT_OK;
  },
};
