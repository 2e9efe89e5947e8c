import type { CliCommand } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';
import { flag, parse, str } from './args';
import { dateArg, loadDraws, noteDataAge, requireCategory } from './common';
import { json, roundJson, thousands } from './format';
import { latestRound } from '../draws/window';
import { noRoundOnOrBeforeText } from '../present/sentences';
import { tieBreakText } from '../present/text';

const USAGE = 'ee cutoff <category> [date] [--all-programs] [--json]';

export const cutoffCommand: CliCommand = {
  name: 'cutoff',
  summary: 'CRS cut-off of the latest round of a category on or before a date',
  help: `${USAGE}

The CRS cut-off of the latest round of a category on or before a date (default today).

Arguments:
  category         an id (CEC, PNP, FSW, FST, GENERAL, FRENCH, HEALTHCARE, STEM, TRADE, TRANSPORT, AGRICULTURE,
                   EDUCATION, PHYSICIANS, SENIOR_MANAGERS, RESEARCHERS, MILITARY), an IRCC name or an alias
                   ("french", "health", "trades", "doctors"); ALL for every round
  date             YYYY-MM-DD (default today; also as --date D)
Options:
  --all-programs   also count all-program (General) rounds in which the program was eligible (CEC, FSW, FST, PNP)
  --json           {category, round, date, crs, invitations, name, tieBreak, ...}

Examples:
  ee cutoff CEC 2025-11-29
  ee cutoff french --json`,
  async run(args, io) {
    const p = parse(args, { 'all-programs': { type: 'boolean' }, date: { type: 'string' } }, 2);
    const draws = await loadDraws(p, io);
    const category = requireCategory(p, draws, USAGE);
    const date = dateArg(p.positionals[1] ?? str(p, 'date'), 'date');
    noteDataAge(draws, io, flag(p, 'json'));
    const r = latestRound(draws, category, date, { includeAllProgramRounds: flag(p, 'all-programs') });
    if (!r) {
      io.err(noRoundOnOrBeforeText(draws.label(category), date));
      return EXIT_NOT_FOUND;
    }
    if (flag(p, 'json')) io.out(json({ ...roundJson(r), category: r.category }));
    else {
      io.out(
        `${draws.label(category)}: cut-off CRS ${r.crs} in round #${r.round} on ${r.date} ` +
          `(${thousands(r.invitations)} invitations, ${r.name}).` +
          (r.tieBreak ? ` Tie-break: ${tieBreakText(r)}.` : ''),
      );
    }
    return EXIT_OK;
  },
};
