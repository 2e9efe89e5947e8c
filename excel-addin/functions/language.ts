/** The language family: CLB (NCLC) levels of a test result. */
import { clbLevels, LANGUAGE_TESTS, languageTestFromName, type Ability } from '../../core/index';
import { MAX_NAME_LENGTH, describe, isMissing, readIsoDate, readNumber } from './args';
import { ArgumentError } from './errors';

/**
 * The minimum CLB (NCLC) level of a language test result: the level of the weakest of the four abilities.
 * @customfunction CLB
 * @param test "IELTS" (General Training), "CELPIP", "PTE_CORE", "TEF", "TCF", or "CLB" for scores already in levels.
 * @param reading Reading score.
 * @param writing Writing score.
 * @param listening Listening score.
 * @param speaking Speaking score.
 * @param [test_date] Date of the test (picks the TEF Canada chart). Default: the current chart.
 * @returns The minimum CLB level.
 */
export function clb(test: string, reading: number, writing: number, listening: number, speaking: number, test_date?: number | string): number {
  if (isMissing(test)) throw new ArgumentError('Missing test: use IELTS, CELPIP, PTE_CORE, TEF, TCF or CLB.');
  if (typeof test !== 'string' || test.length > MAX_NAME_LENGTH) throw new ArgumentError(`Bad test ${describe(test)}: use IELTS, CELPIP, PTE_CORE, TEF, TCF or CLB.`);
  // Resolved here and checked against the list: the core's alias table would otherwise answer "constructor".
  const name = languageTestFromName(test);
  if (!LANGUAGE_TESTS.includes(name)) throw new ArgumentError(`Unknown language test ${describe(test)}: use IELTS, CELPIP, PTE_CORE, TEF, TCF or CLB (NCLC).`);
  const scores: Record<Ability, number> = {
    reading: readNumber(reading, 'reading score'),
    writing: readNumber(writing, 'writing score'),
    listening: readNumber(listening, 'listening score'),
    speaking: readNumber(speaking, 'speaking score'),
  };
  return clbLevels(name, scores, readIsoDate(test_date, 'test date', true) ?? null).min;
}
