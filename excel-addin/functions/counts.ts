/** The counting family: rounds and invitations of a category in a year or between two dates. */
import { localDay } from '../../core/index';
import { currentDraws } from './data';
import { readCategory, readPeriod } from './args';

/**
 * Number of rounds of a category in a year, or between two dates (both included).
 * @customfunction DRAW_COUNT
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param start_or_year A year (a whole number 1900–9999, e.g. 2025) or a start date.
 * @param [end] End date or year. Default: the end of that year, or today after a start date.
 * @returns The number of rounds.
 */
export function drawCount(category: string, start_or_year: number | string, end?: number | string): number {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  const { from, to } = readPeriod(start_or_year, end, localDay());
  return draws.between(id, from, to).length;
}

/**
 * Invitations issued in the rounds of a category in a year, or between two dates (both included).
 * @customfunction TOTAL_ITAS
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param start_or_year A year (a whole number 1900–9999, e.g. 2025) or a start date.
 * @param [end] End date or year. Default: the end of that year, or today after a start date.
 * @returns The number of invitations.
 */
export function totalItas(category: string, start_or_year: number | string, end?: number | string): number {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  const { from, to } = readPeriod(start_or_year, end, localDay());
  return draws.invitations(id, from, to);
}
