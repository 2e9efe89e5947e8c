/** The statistics family: cut-off statistics over the last N rounds of a category. */
import { statsOf, type CutoffStats } from '../../core/draws/stats';
import { currentDraws } from './data';
import { isMissing, readCategory, readChoice, readWhole } from './args';
import { NoDataError, guard } from './errors';

type Stat = 'MIN' | 'MAX' | 'MEAN' | 'MEDIAN' | 'CHANGE' | 'COUNT' | 'FIRST' | 'LAST';

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
};

/** The row EE.CUTOFF_STATS spills when no stat is given. */
export const STATS_ROW: readonly Stat[] = ['MIN', 'MAX', 'MEAN', 'MEDIAN', 'CHANGE'];

function pick(s: CutoffStats, stat: Stat): number {
  const v = { MIN: s.min, MAX: s.max, MEAN: s.mean, MEDIAN: s.median, CHANGE: s.change, COUNT: s.count, FIRST: s.first, LAST: s.last }[stat];
  return v ?? 0;
}

/**
 * Statistics of the CRS cut-offs of the last N rounds of a category: MIN, MAX, MEAN, MEDIAN or CHANGE, or a row of all five.
 * @customfunction CUTOFF_STATS
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [last_n] How many of the latest rounds (a whole number of at least 1). Default: every round.
 * @param [stat] "MIN", "MAX", "MEAN", "MEDIAN" or "CHANGE" (also "COUNT", "FIRST", "LAST"). Default: a row of MIN, MAX, MEAN, MEDIAN, CHANGE.
 * @returns One statistic, or a row of five.
 */
export function cutoffStats(category: string, last_n?: number, stat?: string): number[][] {
  return guard(() => {
    const draws = currentDraws();
    const id = readCategory(draws, category);
    const n = isMissing(last_n) ? undefined : readWhole(last_n, 'last_n', 1);
    const which = isMissing(stat) ? undefined : readChoice(stat, 'stat', STATS);
    const rounds = n === undefined ? draws.between(id, undefined, undefined) : draws.lastN(id, n);
    if (rounds.length === 0) throw new NoDataError(`No ${id === 'ALL' ? '' : `${id} `}rounds to compute statistics from.`);
    const s = statsOf(id, rounds);
    if (which !== undefined) return [[pick(s, which)]];
    return [STATS_ROW.map((k) => pick(s, k))];
  });
}
