/**
 * The French-language category: NCLC 7 or more in all four abilities of a valid French test (TEF Canada or TCF
 * Canada, or NCLC levels given directly), taken as first or second official language.
 * Source: https://www.settler.ca/english/category-based-selection-for-express-entry/ (copy of the canada.ca wording).
 */
import { InputError } from '../types';
import { dayFromIso, isoFromDay } from '../feed/dates';
import { clbLevels, validOn, validUntilDay } from '../language/clb';
import type { LanguageScores } from '../cec/types';

export const FRENCH_LEVEL = 7;
const FRENCH_TESTS = new Set(['TEF', 'TCF', 'NCLC']);

/** A language block as a profile gives it; `test` may be any name the profile reader accepts. */
export type LanguageBlock = Omit<LanguageScores, 'test'> & { readonly test: string };

export interface FrenchAnswer {
  readonly eligible: boolean | null;
  readonly reasons: readonly string[];
}

function levelsOf(block: LanguageBlock): { reading: number; writing: number; listening: number; speaking: number; min: number } {
  return clbLevels(block.test, block, block.date);
}

/** The French category's answer from the profile's language results (first and second), on a day. */
export function frenchAnswer(blocks: readonly LanguageBlock[], day: number): FrenchAnswer {
  const french = blocks.filter((b) => FRENCH_TESTS.has(b.test));
  if (french.length === 0) {
    return { eligible: false, reasons: ['No French test (TEF Canada, TCF Canada) in the profile: this category needs NCLC 7 or more in all four abilities.'] };
  }
  const reasons: string[] = [];
  let unknown = false;
  for (const b of french) {
    let levels;
    try {
      levels = levelsOf(b);
    } catch (e) {
      if (e instanceof InputError) {
        reasons.push(`${b.test}: ${e.message}`);
        unknown = true;
        continue;
      }
      throw e;
    }
    const abilities = `NCLC ${levels.reading} reading, ${levels.writing} writing, ${levels.listening} listening, ${levels.speaking} speaking`;
    const low = (['reading', 'writing', 'listening', 'speaking'] as const).filter((a) => levels[a] < FRENCH_LEVEL);
    const testDay = b.date === undefined ? null : dayFromIso(b.date);
    if (low.length) {
      reasons.push(`${b.test}: ${abilities}; ${low.join(' and ')} ${low.length === 1 ? 'is' : 'are'} below NCLC ${FRENCH_LEVEL}.`);
      continue;
    }
    if (testDay === null) {
      reasons.push(`${b.test}: ${abilities}, but the test has no date, so whether the results are still valid (two years) is not known.`);
      unknown = true;
      continue;
    }
    if (!validOn(testDay, day)) {
      reasons.push(testDay > day
        ? `${b.test}: taken on ${b.date}, after ${isoFromDay(day)}: the results did not exist yet.`
        : `${b.test}: ${abilities}, but the results expired after ${isoFromDay(validUntilDay(testDay))} (two years from the test).`);
      continue;
    }
    return { eligible: true, reasons: [`${b.test} taken ${b.date}: ${abilities}: NCLC ${FRENCH_LEVEL} or more in all four abilities, valid until ${isoFromDay(validUntilDay(testDay))}.`] };
  }
  return { eligible: unknown ? null : false, reasons };
}
