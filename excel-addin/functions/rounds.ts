/** The rounds family: one field of one round, and a spilled table of rounds. */
import { isoFromDay, noRoundsText, ROUND_COLUMNS, ROUND_TABLE_HEADER, roundCells, roundOrder, type Round } from '../../core/index';
import { currentDraws } from './data';
import { describe, isMissing, readCategory, readChoice, readDate, readFlag, serialFromDay, serialFromInstant } from './args';
import { ArgumentError, NoDataError } from './errors';

type Field = 'crs' | 'itas' | 'date' | 'category' | 'name' | 'tiebreak';

const FIELDS: Readonly<Record<string, Field>> = {
  crs: 'crs',
  cutoff: 'crs',
  score: 'crs',
  itas: 'itas',
  ita: 'itas',
  invitations: 'itas',
  size: 'itas',
  date: 'date',
  category: 'category',
  name: 'name',
  tiebreak: 'tiebreak',
  'tie-break': 'tiebreak',
  tie_break: 'tiebreak',
};

/**
 * One field of one round, by round number.
 * @customfunction DRAW
 * @param round Round number, e.g. 434 (or text such as "91a").
 * @param [field] "crs" (default), "itas", "date" (an Excel date), "category", "name" or "tiebreak" (an Excel date and time, UTC).
 * @returns The field's value.
 */
export function draw(round: number | string, field?: string): number | string {
  const draws = currentDraws();
  const f = readChoice(field, 'field', FIELDS, 'crs');
  let order: number | null;
  if (typeof round === 'number') order = Number.isInteger(round) && round > 0 ? round * 1000 : null;
  else if (typeof round === 'string' && !isMissing(round)) order = roundOrder(round.trim());
  else order = null;
  if (order === null) {
    if (isMissing(round)) throw new ArgumentError('Missing round: give a round number such as 434.');
    throw new ArgumentError(`Bad round ${describe(round)}: use a round number such as 434.`);
  }
  const r = draws.round(typeof round === 'number' ? round : round.trim());
  if (!r) throw new NoDataError(`There is no round ${describe(round).replace(/"/g, '')} in the data (newest: ${String(draws.newest()?.round ?? 'none')}).`);
  switch (f) {
    case 'crs':
      return r.crs;
    case 'itas':
      return r.invitations;
    case 'date':
      return serialFromDay(r.day);
    case 'category':
      return r.category;
    case 'name':
      return r.name;
    case 'tiebreak': {
      const serial = r.tieBreak ? serialFromInstant(r.tieBreak) : null;
      if (serial !== null) return serial;
      if (r.tieBreakText.trim() !== '') return r.tieBreakText;
      throw new NoDataError(`Round ${String(r.round)} has no published tie-break.`);
    }
  }
}

/** Column titles of EE.DRAWS: the core's round table (the same columns as ee draws --format csv and VS Code's copy as CSV). */
export const DRAWS_HEADERS: readonly string[] = ROUND_TABLE_HEADER;

/** A round as EE.DRAWS spills it: the core's cells, with the date and a readable tie-break as Excel dates. */
function drawsRow(r: Round): Array<string | number> {
  const cells = roundCells(r);
  return ROUND_COLUMNS.map((c, i) => {
    if (c.key === 'date') return serialFromDay(r.day);
    if (c.key === 'tieBreak') return (r.tieBreak ? serialFromInstant(r.tieBreak) : null) ?? cells[i]!;
    return cells[i]!;
  });
}

/**
 * Rounds of a category between two dates, oldest first, as a table that spills: round, date, category, name, CRS, ITAs, tie-break.
 * @customfunction DRAWS
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [start] First date (Excel date or "YYYY-MM-DD"). Default: the first round.
 * @param [end] Last date. Default: today.
 * @param [headers] TRUE (default) for a header row, FALSE for none.
 * @returns A table of rounds.
 */
export function drawsTable(category: string, start?: number | string, end?: number | string, headers?: boolean): Array<Array<string | number>> {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  const from = readDate(start, 'start date', true);
  const to = readDate(end, 'end date', true);
  if (from !== undefined && to !== undefined && to < from) {
    throw new ArgumentError(`The end date (${isoFromDay(to)}) is before the start date (${isoFromDay(from)}).`);
  }
  const withHeaders = readFlag(headers, 'headers', true);
  const rounds = draws.between(id, from, to ?? undefined);
  if (rounds.length === 0) {
    throw new NoDataError(noRoundsText(id === 'ALL' ? null : id, { ...(from !== undefined ? { from: isoFromDay(from) } : {}), ...(to !== undefined ? { to: isoFromDay(to) } : {}) }));
  }
  const rows: Array<Array<string | number>> = rounds.map(drawsRow);
  if (withHeaders) rows.unshift([...DRAWS_HEADERS]);
  return rows;
}
