/** The statistics family: cut-off statistics over the last N rounds of a category. */
import { categorySummary, DEFAULT_LAST_ROUNDS, noRoundsText, type CategorySummary } from '../../core/index';
import { currentDraws } from './data';
import { isMissing, readCategory, readChoice, readWhole } from './args';
import { NoDataError } from './errors';

type Stat = 'MIN' | 'MAX' | 'MEAN' | 'MEDIAN' | 'CHANGE' | 'COUNT' | 'FIRST' | 'LAST' | 'GAP';

const STATS: Readonly<Record<string, Stat>> = {
  min: 'MIN',
  max: 'MAX',
  mean: 'MEAN',
  average: 'MEAN',
  avg: 'MEAN',
  median: 'MEDIAN',
  change: 'CHANGE',
  count: 'COUNT',
  first: 'FIRST',
  last: 'LAST',
  gap: 'GAP',
  mean_gap: 'GAP',
};

/** The row EE.CUTOFF_STATS spills when no stat is given. */
export const STATS_ROW: readonly Stat[] = ['MIN', 'MAX', 'MEAN', 'MEDIAN', 'CHANGE'];

function pick(s: CategorySummary, stat: Stat): number {
  const v = { MIN: s.min, MAX: s.max, MEAN: s.mean, MEDIAN: s.median, CHANGE: s.change, COUNT: s.count, FIRST: s.first, LAST: s.last, GAP: s.meanGapDays }[stat];
  if (v === null) throw new NoDataError('The mean gap between rounds needs at least two rounds.');
  return v;
}

/**
 * Statistics of the CRS cut-offs of the last N rounds of a category (default 10): MIN, MAX, MEAN, MEDIAN, CHANGE, or all five.
 * @customfunction CUTOFF_STATS
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [last_n] How many of the latest rounds (a whole number of at least 1). Default: 10.
 * @param [stat] "MIN", "MAX", "MEAN", "MEDIAN", "CHANGE", also "COUNT", "FIRST", "LAST", "GAP" (mean days apart). Default: the first five.
 * @returns One statistic, or a row of five.
 */
export function cutoffStats(category: string, last_n?: number, stat?: string): number[][] {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  const n = isMissing(last_n) ? DEFAULT_LAST_ROUNDS : readWhole(last_n, 'last_n', 1);
  const which = isMissing(stat) ? undefined : readChoice(stat, 'stat', STATS);
  const s = categorySummary(draws, id, { last: n });
  if (s.count === 0) throw new NoDataError(noRoundsText(id === 'ALL' ? null : id));
  if (which !== undefined) return [[pick(s, which)]];
  return [STATS_ROW.map((k) => pick(s, k))];
}
