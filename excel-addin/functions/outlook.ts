/**
 * The outlook family: a CRS score against a category's recent cut-offs, its rank in the pool, and category
 * eligibility from the same jobs range as EE.CEC_ELIGIBLE. Every figure and verdict comes from the core.
 */
import {
  InputError, categoryEligibility, isoFromDay, today, noPoolText, noRoundOnOrBeforeText, DEFAULT_LAST_N, outlook as coreOutlook, poolRank as corePoolRank, readScore,
} from '../../core/index';
import { currentDraws } from './data';
import { readJobs } from './cec';
import { describe, isMissing, readCategory, readDate, readFlag, readWhole } from './args';
import { ArgumentError, NoDataError } from './errors';

/** Column titles of EE.OUTLOOK's row, in order. */
export const OUTLOOK_COLUMNS = ['above', 'tied', 'below', 'rounds', 'lowest', 'median', 'highest', 'daysSinceLast'] as const;

function readCrs(v: unknown): number {
  if (isMissing(v)) throw new ArgumentError('Missing score: give a CRS score, a whole number from 0 to 1200.');
  if (typeof v !== 'number' && typeof v !== 'string') throw new ArgumentError(`Bad score ${describe(v)}: use a CRS score, a whole number from 0 to 1200.`);
  try {
    return readScore(typeof v === 'string' ? v.trim() : v);
  } catch (e) {
    if (e instanceof InputError) throw new ArgumentError(`Bad score ${describe(v)}: use a CRS score, a whole number from 0 to 1200.`);
    throw e;
  }
}

/**
 * A CRS score vs a category's last rounds: above, tied, below, rounds, lowest, median, highest, days since last. No forecast.
 * @customfunction OUTLOOK
 * @param score A CRS score (0–1200).
 * @param category Category: an id such as "CEC", an IRCC draw name or an alias such as "french".
 * @param [last_n] How many of the category's latest rounds (default 10).
 * @param [as_of] Date (Excel date or "YYYY-MM-DD" text). Default: today.
 * @returns One row: above, tied, below, rounds, lowest, median, highest, days since last.
 */
export function outlook(score: number, category: string, last_n?: number, as_of?: number | string): number[][] {
  const s = readCrs(score);
  const draws = currentDraws();
  const id = readCategory(draws, category);
  if (id === 'ALL') throw new ArgumentError('Bad category "ALL": the outlook is per category; use an id such as "CEC".');
  const last = isMissing(last_n) ? DEFAULT_LAST_N : readWhole(last_n, 'last_n', 1);
  if (last > 10_000) throw new ArgumentError(`Bad last_n ${describe(last_n)}: use a whole number from 1 to 10000.`);
  const day = readDate(as_of, 'as_of date', true) ?? today();
  const line = coreOutlook(draws, s, { categories: [id], last, asOf: day }).categories[0]!;
  if (line.rounds === 0) throw new NoDataError(noRoundOnOrBeforeText(draws.label(id), isoFromDay(day)));
  return [[line.above, line.tied, line.below, line.rounds, line.lowest!, line.median!, line.highest!, line.daysSinceLast!]];
}

/**
 * Where a CRS score ranks in the whole pool (newest distribution on or before a date): best rank, worst rank, total.
 * @customfunction POOL_RANK
 * @param score A CRS score (0–1200).
 * @param [date] Date (Excel date or "YYYY-MM-DD" text). Default: today.
 * @returns One row: best, worst, total.
 */
export function poolRank(score: number, date?: number | string): number[][] {
  const s = readCrs(score);
  const day = readDate(date, 'date', true) ?? today();
  const rank = corePoolRank(currentDraws(), s, day);
  if (!rank) throw new NoDataError(noPoolText(isoFromDay(day)));
  return [[rank.best, rank.worst, rank.total]];
}

/**
 * TRUE/FALSE: the jobs give the experience a category needs on a date (its list then); #N/A with the reason when unknown.
 * @customfunction CATEGORY_ELIGIBLE
 * @param jobs The jobs range of EE.CEC_ELIGIBLE: start, end (empty: ongoing), hours per week, NOC, optional flags.
 * @param category An occupational category such as "HEALTHCARE", "STEM", "TRADE", "MILITARY", or an alias.
 * @param [as_of] Date of the check. Default: today.
 * @param [armed_forces_offer] TRUE when there is a Canadian Armed Forces offer (military recruits need one).
 * @returns TRUE when eligible, FALSE when not.
 */
export function categoryEligible(jobs: unknown[][], category: string, as_of?: number | string, armed_forces_offer?: boolean): boolean {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  if (id === 'FRENCH') throw new ArgumentError('Bad category "FRENCH": it depends on a French test, not on jobs (NCLC 7 or more in all four abilities; see EE.CLB).');
  const list = readJobs(jobs);
  const day = readDate(as_of, 'as_of date', true) ?? today();
  const offer = isMissing(armed_forces_offer) ? undefined : readFlag(armed_forces_offer, 'armed_forces_offer', false);
  const result = categoryEligibility({ jobs: list, languages: [], ...(offer !== undefined ? { canadianArmedForcesOffer: offer } : {}) }, isoFromDay(day));
  const verdict = result.categories.find((c) => c.category === id);
  if (!verdict) throw new NoDataError(`${draws.label(id)} was not a category of category-based selection on ${isoFromDay(day)}.`);
  if (verdict.eligible === null) throw new NoDataError(verdict.reasons.join(' '));
  return verdict.eligible;
}
