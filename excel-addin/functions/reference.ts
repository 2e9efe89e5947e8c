/** The reference family: the list of categories and the pool distribution. */
import { CATEGORIES, isoFromDay, noPoolText, poolOn } from '../../core/index';
import { currentDraws } from './data';
import { readDate, readFlag } from './args';
import { NoDataError } from './errors';

/**
 * Every category: its id (what the functions take) and its label, as a two-column list that spills.
 * @customfunction CATEGORIES
 * @returns Rows of id and label.
 */
export function categories(): string[][] {
  const draws = currentDraws();
  const rows = CATEGORIES.map((c) => [c.id, c.label]);
  for (const id of draws.unknownCategories()) rows.push([id, draws.label(id)]);
  rows.push(['ALL', draws.label('ALL')]);
  return rows;
}

/** Column titles of EE.POOL. */
export const POOL_HEADERS = ['CRS range', 'From', 'To', 'Candidates', 'Kind'] as const;

/**
 * The pool of candidates by CRS score band: the newest published distribution dated on or before the date, as a table.
 * @customfunction POOL
 * @param [date] Date (Excel date or "YYYY-MM-DD" text). Default: the newest distribution in the data.
 * @param [headers] TRUE (default) for a header row, FALSE for none.
 * @returns A table of score bands that spills.
 */
export function pool(date?: number | string, headers?: boolean): Array<Array<string | number>> {
  const draws = currentDraws();
  const day = readDate(date, 'date', true);
  const withHeaders = readFlag(headers, 'headers', true);
  const view = poolOn(draws, day);
  if (!view) throw new NoDataError(noPoolText(day === undefined ? undefined : isoFromDay(day)));
  const rows: Array<Array<string | number>> = view.bands.map((b) => [b.label, b.min, b.max, b.candidates, b.kind]);
  if (withHeaders) rows.unshift([...POOL_HEADERS]);
  return rows;
}
