/** `ee outlook`: how a score compares with each category's recent cut-offs, and its rank in the pool. */
import { InputError, clipInput } from '../types';
import { isoFromDay } from '../feed/dates';
import { checkCategories } from '../categories/index';
import { locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import { DEFAULT_LAST_N, outlook, outlookSentence, poolRankSentence, profileScore, readScore } from '../outlook/index';
import { noPoolText, noRoundOnOrBeforeText } from '../present/sentences';
import type { CliCommand } from './command';
import { notFound, printJson, str } from './command';
import { list } from './args';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { plural } from './format';
import { countValue, isoValue } from './values';
import { readProfileJson } from './profileFile';

export const command: CliCommand = {
  spec: {
    name: 'outlook',
    summary: "a CRS score against each category's recent cut-offs, and its rank in the pool (no forecast)",
    description:
      `Per category, over its last N rounds on or before the date (default ${DEFAULT_LAST_N}): how many had a cut-off below the\n` +
      'score (above), equal to it (tied: decided by the tie-break, neither yes nor no) and above it (below), the lowest,\n' +
      'median and highest cut-off, and the days since its last round. Then the score\'s rank in the pool, from the newest\n' +
      'distribution on or before the date: the bands count the whole pool, not one category.\n' +
      'No forecast of the next cut-off: none has been shown to beat "the same as the last round".\n' +
      'With a profile: its CRS score on the date (or --score N), and the categories CEC plus those it is eligible for.\n' +
      'With --score alone: every category with a round in the 12 months before the date.',
    positionals: [
      { name: 'profile.json', optional: true, help: 'the candidate profile (*.ee-profile.json), with an age or dateOfBirth;\nor --score N instead' },
    ],
    options: [
      { name: 'score', value: 'N', help: 'a CRS score, 0–1200 (instead of the profile\'s)' },
      { name: 'category', value: 'C', repeatable: true, help: 'a category (repeat for several): id, IRCC name or alias' },
      { name: 'last', value: 'N', help: `rounds per category (default ${DEFAULT_LAST_N})` },
      { name: 'as-of', value: 'D', help: "the date (YYYY-MM-DD; default the profile's asOf, else today)" },
    ],
    readsData: true,
    json:
      '{asOf, score, last, categories: [{category, rounds, above, tied, below, lowest, median, highest,\n' +
      'daysSinceLast}], poolRank: {best, worst, total, distributionAsOf} | null, notes}',
    exitCodes:
      '0 ok, 1 no round of the categories and no pool distribution on or before the date (--json: null),\n' +
      '2 bad input (no profile nor --score, a bad score, category, count or date, problems in the profile).',
    notes: 'Not legal advice.',
    examples: ['ee outlook --score 480 --category CEC --category french', 'ee outlook my.ee-profile.json --as-of 2026-03-01 --json'],
  },
  async run(ctx) {
    const { io, args: p } = ctx;
    const file = p.positionals[0];
    const scoreText = str(p, 'score');
    if (file === undefined && scoreText === undefined) throw new InputError('Give a profile or --score N, e.g. ee outlook --score 480.');
    let categories: readonly string[] = list(p, 'category');
    let asOf = isoValue(str(p, 'as-of'), 'as-of date');
    const lastText = str(p, 'last');
    const last = lastText === undefined ? DEFAULT_LAST_N : countValue(lastText, 'last', 10_000);
    let score = scoreText === undefined ? null : readScore(scoreText);
    if (file !== undefined) {
      const { text, value } = await readProfileJson(file);
      const hasAsOf = typeof value === 'object' && value !== null && 'asOf' in value;
      const checkAsOf = asOf ?? (hasAsOf ? undefined : isoFromDay(ctx.today));
      const result = checkCategories(value, checkAsOf === undefined ? {} : { asOf: checkAsOf });
      if (result.errors.length) {
        const shown = clipInput(file);
        const located = locateProblems(text, result.errors);
        io.err(`ee outlook: ${shown} has ${plural(located.length, 'problem')}:`);
        for (const l of located) io.err(`  ${shown}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
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
    const draws = await ctx.draws();
    const o = outlook(draws, score!, { categories, last, asOf: asOf ?? isoFromDay(ctx.today) });
    if (!o.poolRank && o.categories.every((c) => c.rounds === 0)) {
      return notFound(ctx, `${noRoundOnOrBeforeText(null, o.asOf)} ${noPoolText(o.asOf)}`);
    }
    if (ctx.json) return printJson(io, o);
    io.out(`CRS ${o.score} against the last ${plural(o.last, 'round')} of each category on or before ${o.asOf}:`);
    for (const line of o.categories) io.out(`  ${outlookSentence(line, draws.label(line.category))}`);
    io.out(`\n${o.poolRank ? poolRankSentence(o.poolRank) : noPoolText(o.asOf)}`);
    for (const n of o.notes) io.out(n);
    return EXIT_OK;
  },
};
