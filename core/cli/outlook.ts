/** `ee outlook`: how a score compares with each category's recent cut-offs, and its rank in the pool. */
import { InputError } from '../types';
import { isoFromDay } from '../feed/dates';
import { toDay } from '../draws/dateInput';
import { checkCategories } from '../categories/index';
import { crsFromJson } from '../crs/index';
import { DEFAULT_LAST_N, outlook, outlookSentence, poolRankSentence, readScore } from '../outlook/index';
import type { CliCommand } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { flag, parse, positiveInt, str } from './args';
import { dateArg, loadDraws } from './common';
import { json } from './format';
import { problemLines, readProfileFile } from './profileFile';

const USAGE = 'ee outlook (<profile.json> | --score N) [--category C]… [--last N] [--as-of D] [--json]';

/** The profile's CRS score on a date (core/crs); null when the profile lacks what the score needs. */
function profileScore(profile: unknown, asOf: string): { score: number | null; why: string } {
  // Without an age the CRS is nearly nothing: a misleading score, so ask for it.
  if (typeof profile !== 'object' || profile === null || !('age' in profile || 'dateOfBirth' in profile)) {
    return { score: null, why: 'the profile has no "age" or "dateOfBirth"' };
  }
  const outcome = crsFromJson(profile, { asOf });
  if (outcome.result) return { score: outcome.result.total, why: '' };
  return { score: null, why: outcome.problems.map((p) => p.message).join(' ') };
}

export const outlookCommand: CliCommand = {
  name: 'outlook',
  summary: 'A CRS score against each category\'s recent cut-offs, and its rank in the pool (no forecast)',
  help: `${USAGE}

Per category, over its last N rounds on or before the date (default ${DEFAULT_LAST_N}): how many had a cut-off below the
score (above), equal to it (tied: decided by the tie-break, neither yes nor no) and above it (below), the lowest,
median and highest cut-off, and the days since its last round. Then the score's rank in the pool, from the newest
distribution on or before the date: the bands count the whole pool, not one category.
No forecast of the next cut-off: none has been shown to beat "the same as the last round".

With a profile: its CRS score on the date (or --score N), and the categories CEC plus those it is eligible for.
With --score: every category with a round in the 12 months before the date.

Options:
  --score N       a CRS score, 0–1200
  --category C    a category (repeat for several): id, IRCC name or alias
  --last N        rounds per category (default ${DEFAULT_LAST_N})
  --as-of D       the date (YYYY-MM-DD; default the profile's asOf, else today)
  --json          { "asOf", "score", "last", "categories": [ { "category", "rounds", "above", "tied", "below",
                  "lowest", "median", "highest", "daysSinceLast" } ], "poolRank": { "best", "worst", "total",
                  "distributionAsOf" } | null, "notes" }

Examples:
  ee outlook --score 480 --category CEC --category french
  ee outlook my.ee-profile.json --as-of 2026-03-01 --json`,
  async run(args, io) {
    const p = parse(args, { score: { type: 'string' }, category: { type: 'string', multiple: true }, last: { type: 'string' }, 'as-of': { type: 'string' } }, 1);
    const file = p.positionals[0];
    const scoreText = str(p, 'score');
    if (file === undefined && scoreText === undefined) throw new InputError(`Give a profile or --score N. Usage: ${USAGE}`);
    const given = (p.values as Record<string, unknown>)['category'];
    let categories: string[] = Array.isArray(given) ? given.filter((c): c is string => typeof c === 'string') : [];
    let asOf = dateArg(str(p, 'as-of'), 'as-of date');
    const last = positiveInt(p, 'last') ?? DEFAULT_LAST_N;
    let score = scoreText === undefined ? null : readScore(scoreText);
    const draws = await loadDraws(p, io);
    if (file !== undefined) {
      const { text, value } = await readProfileFile(file);
      const result = checkCategories(value, asOf === undefined ? {} : { asOf });
      if (result.errors.length) {
        io.err(`ee outlook: ${file} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}:`);
        for (const line of problemLines(file, text, result.errors)) io.err(line);
        return EXIT_BAD_INPUT;
      }
      asOf = result.asOf;
      if (score === null) {
        const crs = profileScore(value, asOf);
        if (crs.score === null) throw new InputError(`The profile's CRS score cannot be computed (${crs.why}): complete the profile or give --score N.`);
        score = crs.score;
      }
      if (categories.length === 0) categories = ['CEC', ...result.categories.filter((c) => c.eligible === true).map((c) => c.category)];
    }
    const o = outlook(draws, score!, { categories, last, asOf: asOf ?? isoFromDay(toDay(undefined)) });
    if (flag(p, 'json')) {
      io.out(json(o));
      return EXIT_OK;
    }
    io.out(`CRS ${o.score} against the last ${o.last} rounds of each category on or before ${o.asOf}:`);
    for (const line of o.categories) io.out(`  ${outlookSentence(line, draws.label(line.category))}`);
    io.out(`\n${o.poolRank ? poolRankSentence(o.poolRank) : 'No pool distribution published on or before the date.'}`);
    for (const n of o.notes) io.out(n);
    return EXIT_OK;
  },
};
