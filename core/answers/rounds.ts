/** Tools about rounds: cut-off, rounds between dates, counts, cut-off statistics, the pool distribution. */
import { InputError } from '../types';
import { today, isoFromDay, yearOfDay } from '../feed/dates';
import { yearRange } from '../draws/draws';
import { categorySummary, DEFAULT_LAST_ROUNDS } from '../draws/window';
import { poolAsOf } from '../draws/pool';
import { noPoolText, noRoundOnOrBeforeText, noRoundsText, rhythmText, windowText } from '../present/sentences';
import { oneDecimal, signed } from '../present/text';
import { officialRoundUrl } from '../types';
import { checkRange, optionalBoolean, optionalDate, optionalInteger, optionalString, readArgs, requiredString } from './args';
import { ALL_PROGRAMS_SCHEMA, CATEGORY_SCHEMA, dataFacts, dataSentence, dateSchema, roundFacts, roundLine, thousands } from './common';
import type { AnswerTool } from './types';

export const cutoffTool: AnswerTool = {
  name: 'cutoff',
  title: 'CRS cut-off',
  description:
    'The CRS cut-off (score of the lowest-ranked candidate invited) of the latest Express Entry round of a category on or ' +
    'before a date, from IRCC\'s official rounds data, with the round number, date, invitations, tie-break and the ' +
    'official round page. Use it for "what was the last CEC cut-off?" or "the French cut-off on 2025-06-01".',
  inputSchema: {
    type: 'object',
    properties: { category: CATEGORY_SCHEMA, date: dateSchema('On or before this date; default today'), allPrograms: ALL_PROGRAMS_SCHEMA },
    required: ['category'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['category', 'date', 'allPrograms']);
    const { draws } = context;
    const category = draws.resolve(requiredString(args, 'category', '"CEC"'));
    const date = optionalDate(args, 'date') ?? isoFromDay(today());
    const r = draws.latest(category, date, { includeAllProgramRounds: optionalBoolean(args, 'allPrograms') });
    const label = draws.label(category);
    const facts = { category, categoryLabel: label, date, ...dataFacts(context) };
    if (!r) return { text: `${noRoundOnOrBeforeText(label, date)}\n${dataSentence(context)}`, data: { ...facts, round: null } };
    const tie = r.tieBreak ? ` Tie-break: ${r.tieBreak.replace('T', ' ').replace('Z', ' UTC')}.` : '';
    return {
      text:
        `${label} cut-off on ${date}: CRS ${r.crs}, in round #${r.round} on ${r.date} ` +
        `(${thousands(r.invitations)} invitations, ${r.name}).${tie}\nOfficial page: ${officialRoundUrl(r.round)}\n${dataSentence(context)}`,
      data: { ...facts, crs: r.crs, round: roundFacts(r), officialPage: officialRoundUrl(r.round) },
    };
  },
};

const DRAWS_LIMIT = 50;

export const drawsTool: AnswerTool = {
  name: 'draws',
  title: 'Express Entry rounds',
  description:
    'The Express Entry rounds of a category (default ALL) between two dates, newest first: round number, date, category, ' +
    `CRS cut-off, invitations, official page. At most "limit" rounds are listed (default ${DRAWS_LIMIT}); the totals cover all of them.`,
  inputSchema: {
    type: 'object',
    properties: {
      category: CATEGORY_SCHEMA,
      from: dateSchema('First date, included'),
      to: dateSchema('Last date, included'),
      allPrograms: ALL_PROGRAMS_SCHEMA,
      limit: { type: 'integer', minimum: 1, maximum: 500, description: `How many rounds to list, newest first (1-500, default ${DRAWS_LIMIT}).` },
    },
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['category', 'from', 'to', 'allPrograms', 'limit']);
    const { draws } = context;
    const category = draws.resolve(optionalString(args, 'category') ?? 'ALL');
    const from = optionalDate(args, 'from');
    const to = optionalDate(args, 'to');
    checkRange(from, to);
    const limit = optionalInteger(args, 'limit', 1, 500) ?? DRAWS_LIMIT;
    const rounds = [...draws.between(category, from, to, { includeAllProgramRounds: optionalBoolean(args, 'allPrograms') })].reverse();
    const shown = rounds.slice(0, limit);
    const invitations = rounds.reduce((a, r) => a + r.invitations, 0);
    const label = draws.label(category);
    const period = `${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`;
    const head = rounds.length
      ? `${rounds.length} ${label} round${rounds.length === 1 ? '' : 's'}${period}, ${thousands(invitations)} invitations` +
        (shown.length < rounds.length ? ` (the newest ${shown.length} listed):` : ':')
      : noRoundsText(label, { from, to });
    return {
      text: [head, ...shown.map((r) => `- ${roundLine(r)}`), dataSentence(context)].join('\n'),
      data: { category, categoryLabel: label, from: from ?? null, to: to ?? null, total: rounds.length, invitations, rounds: shown.map(roundFacts), ...dataFacts(context) },
    };
  },
};

export const countsTool: AnswerTool = {
  name: 'counts',
  title: 'Rounds per category',
  description:
    'How many Express Entry rounds of each category ran, and how many invitations they issued, in a calendar year ' +
    '(default this year) or between two dates.',
  inputSchema: {
    type: 'object',
    properties: {
      year: { type: 'integer', minimum: 2015, maximum: 2100, description: 'A calendar year, e.g. 2025. Not with from/to.' },
      from: dateSchema('First date, included'),
      to: dateSchema('Last date, included'),
    },
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['year', 'from', 'to']);
    const year = optionalInteger(args, 'year', 2015, 2100);
    let from = optionalDate(args, 'from');
    let to = optionalDate(args, 'to');
    if (year !== undefined && (from !== undefined || to !== undefined)) throw new InputError('Give either "year" or "from"/"to", not both.');
    checkRange(from, to);
    if (from === undefined && to === undefined) [from, to] = yearRange(year ?? yearOfDay(today())).map(isoFromDay) as [string, string];
    const { draws } = context;
    const counts = draws.counts(from, to);
    const invitations = draws.invitationsPerCategory(from, to);
    const ids = Object.keys(counts);
    const total = ids.reduce((a, id) => a + counts[id]!, 0);
    const itas = ids.reduce((a, id) => a + (invitations[id] ?? 0), 0);
    const period = year !== undefined ? String(year) : `${from ?? 'the first round'} to ${to ?? 'the last round'}`;
    const lines = ids.map((id) => `- ${draws.label(id)} (${id}): ${thousands(counts[id]!)} rounds, ${thousands(invitations[id] ?? 0)} invitations`);
    return {
      text: [total ? `Rounds in ${period}: ${thousands(total)}, ${thousands(itas)} invitations.` : `No rounds in ${period}.`, ...lines, dataSentence(context)].join('\n'),
      data: {
        from: from ?? null,
        to: to ?? null,
        total,
        invitations: itas,
        categories: ids.map((id) => ({ category: id, categoryLabel: draws.label(id), rounds: counts[id]!, invitations: invitations[id] ?? 0 })),
        ...dataFacts(context),
      },
    };
  },
};

export const statsTool: AnswerTool = {
  name: 'stats',
  title: 'Cut-off statistics',
  description:
    'Cut-off statistics of a category: number of rounds, minimum, maximum, mean, median, first, last and change of the CRS ' +
    'cut-off over the last N rounds (default 10) on or before a date, or over a date range; with the days since the last round.',
  inputSchema: {
    type: 'object',
    properties: {
      category: CATEGORY_SCHEMA,
      last: { type: 'integer', minimum: 1, maximum: 1000, description: 'The last N rounds (default 10). Not with from/to.' },
      from: dateSchema('First date, included'),
      to: dateSchema('Last date, included'),
      asOf: dateSchema('Reference date for "last" and "days since"; default today'),
      allPrograms: ALL_PROGRAMS_SCHEMA,
    },
    required: ['category'],
    additionalProperties: false,
  },
  answer(input, context) {
    const args = readArgs(input, ['category', 'last', 'from', 'to', 'asOf', 'allPrograms']);
    const { draws } = context;
    const category = draws.resolve(requiredString(args, 'category', '"CEC"'));
    const last = optionalInteger(args, 'last', 1, 1000);
    const from = optionalDate(args, 'from');
    const to = optionalDate(args, 'to');
    const hasRange = from !== undefined || to !== undefined;
    if (last !== undefined && hasRange) throw new InputError('Give either "last" or "from"/"to", not both.');
    checkRange(from, to);
    const asOf = optionalDate(args, 'asOf');
    const options = { includeAllProgramRounds: optionalBoolean(args, 'allPrograms') };
    // The core's window and wording, as `ee stats` and the Statistics view (days since: never past the newest data).
    const s = categorySummary(draws, category, hasRange ? { from, to } : { last: last ?? DEFAULT_LAST_ROUNDS, ...(asOf !== undefined ? { asOf } : {}) }, options);
    const label = s.label;
    const { lastRound, ...figures } = s;
    const facts = { ...figures, categoryLabel: label, lastRound: lastRound ? roundFacts(lastRound) : null, ...dataFacts(context) };
    if (s.count === 0) return { text: `${noRoundsText(label, { from, to })}\n${dataSentence(context)}`, data: facts };
    const one = (n: number | null): string => (n === null ? '–' : oneDecimal(n));
    const lines = [
      `${label} cut-offs over ${windowText(s)}: min ${one(s.min)}, max ${one(s.max)}, mean ${one(s.mean)}, median ${one(s.median)}; ` +
        `first ${one(s.first)}, last ${one(s.last)}, change ${s.change === null ? '–' : signed(s.change)}; ${thousands(s.invitations)} invitations.`,
    ];
    const rhythm = rhythmText(s);
    if (rhythm) lines.push(rhythm);
    return { text: [...lines, dataSentence(context)].join('\n'), data: facts };
  },
};

export const poolTool: AnswerTool = {
  name: 'pool',
  title: 'Pool CRS distribution',
  description:
    'The distribution of CRS scores in the Express Entry pool (candidates per score band) as last published on or before a ' +
    'date, with the round that published it.',
  inputSchema: { type: 'object', properties: { date: dateSchema('On or before this date; default today') }, additionalProperties: false },
  answer(input, context) {
    const args = readArgs(input, ['date']);
    const date = optionalDate(args, 'date') ?? isoFromDay(today());
    const pool = poolAsOf(context.draws, date);
    if (!pool) return { text: `${noPoolText(date)}\n${dataSentence(context)}`, data: { date, pool: null, ...dataFacts(context) } };
    const page = officialRoundUrl(pool.round);
    const bands = pool.bands.map((b) => `- ${b.label}${b.kind === 'band' ? '' : ` (${b.kind})`}: ${thousands(b.candidates)}`);
    return {
      text: [
        `Pool as of ${pool.asOf} (published with round #${pool.round} on ${pool.roundDate}): ${thousands(pool.total)} candidates.`,
        ...bands,
        pool.subtotalsOk ? 'Subtotals and total agree with the bands.' : `Warning: ${pool.problems.join(' ')}`,
        `Official page: ${page}`,
        dataSentence(context),
      ].join('\n'),
      data: { date, pool, officialPage: page, ...dataFacts(context) },
    };
  },
};
