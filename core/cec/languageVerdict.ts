/**
 * The language part of the CEC verdict: levels, whether they meet what the counted experience needs, and whether the
 * results can be used on the as-of date (accepted test, test date known, under two years old), each with its sentence.
 * Sources: IRPR s. 87.1(2)(d) (https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-87.1.html);
 * results two years old no longer count (Ministerial Instructions,
 * https://canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 */
import { dayFromIso, isoFromDay } from '../feed/dates';
import { ABILITIES } from '../language/charts';
import { notAcceptedReason, tefScaleWarning, validUntilDay, type ClbLevels } from '../language/clb';
import type { Ability, CecNotice, LanguageResult, LanguageScores, TestValidity } from './types';

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The language result of `levels` (from `scores`) on `asOfDay`, for experience needing `required`. */
export function languageResult(levels: ClbLevels, asOfDay: number, required: number | null): LanguageResult {
  const testDay = levels.testDate === null ? null : dayFromIso(levels.testDate);
  const validUntil = testDay === null ? null : isoFromDay(validUntilDay(testDay));
  const notAccepted = notAcceptedReason(levels.test, testDay);
  let validity: TestValidity;
  let validityText: string;
  if (notAccepted !== null) [validity, validityText] = ['notAccepted', `not accepted: ${levels.chart} before 2024-01-30`];
  else if (testDay === null) [validity, validityText] = ['noDate', 'no test date: validity unknown'];
  else if (testDay > asOfDay) [validity, validityText] = ['notYetTaken', `taken ${levels.testDate}, after ${isoFromDay(asOfDay)}`];
  else if (asOfDay > validUntilDay(testDay)) [validity, validityText] = ['expired', `expired after ${validUntil}`];
  else [validity, validityText] = ['valid', `valid until ${validUntil}`];
  const clb: Record<Ability, number> = { reading: levels.reading, writing: levels.writing, listening: levels.listening, speaking: levels.speaking };
  const abilitiesMet = {} as Record<Ability, boolean>;
  for (const a of ABILITIES) abilitiesMet[a] = required === null || clb[a] >= required;
  return {
    test: levels.test,
    label: levels.label,
    clb,
    min: levels.min,
    required,
    abilitiesMet,
    testDate: levels.testDate,
    validUntil,
    valid: validity === 'valid',
    validity,
    validityText,
  };
}

/** The sentences of the language verdict, for the reasons list. */
export function languageReasons(lang: LanguageResult | null, levels: ClbLevels | null, scores: LanguageScores | undefined, asOf: string): string[] {
  if (!lang || !levels) {
    return ['No language test results: CEC needs CLB 7 (TEER 0 or 1 experience) or CLB 5 (TEER 2 or 3) in all four abilities (NCLC for French tests), from a test less than two years old.'];
  }
  const L = lang.label;
  const out = [
    `Language (${levels.chart}${lang.testDate ? `, taken ${lang.testDate}` : ''}): ${L} ${lang.clb.reading} reading, ${lang.clb.writing} writing, ${lang.clb.listening} listening, ${lang.clb.speaking} speaking; the lowest is ${L} ${lang.min}.`,
  ];
  if (lang.required !== null) {
    out.push(lang.min >= lang.required
      ? `${L} ${lang.required} is required for the experience counted, and ${L} ${lang.min} meets it.`
      : `${L} ${lang.required} is required for this experience, and ${L} ${lang.min} does not meet it.`);
  }
  const warning = scores && lang.test === 'TEF' ? tefScaleWarning(scores, lang.testDate === null ? null : dayFromIso(lang.testDate)) : null;
  if (warning) out.push(warning.sentence);
  out.push(validitySentence(lang, asOf));
  return out;
}

function validitySentence(lang: LanguageResult, asOf: string): string {
  switch (lang.validity) {
    case 'notAccepted': return notAcceptedReason(lang.test, dayFromIso(lang.testDate ?? '')) ?? 'This test is not accepted.';
    case 'noDate': return 'No test date given: results are valid for two years from the test date, so without it their validity is unknown and they cannot be relied on. Add "date" to the language results.';
    case 'notYetTaken': return `The test was taken on ${lang.testDate}, after ${asOf}: the results did not exist yet.`;
    case 'expired': return `The results expired after ${lang.validUntil} (two years from the test date); a new test is needed.`;
    case 'valid': return `The results are valid until ${lang.validUntil}.`;
  }
}

/** Language notices placed on the profile: validity, levels below what is required, the TEF scale warning. */
export function languageNotices(lang: LanguageResult | null, scores: LanguageScores | undefined, asOf: string): CecNotice[] {
  if (!lang) return [];
  const out: CecNotice[] = [];
  const L = lang.label;
  if (!lang.valid) {
    const code = { notAccepted: 'languageNotAccepted', noDate: 'languageNoDate', notYetTaken: 'languageNotYetTaken', expired: 'languageExpired', valid: '' }[lang.validity];
    out.push({ path: ['language', lang.validity === 'noDate' ? 'test' : 'date'], code, severity: 'warning', message: validitySentence(lang, asOf) });
  }
  if (lang.required !== null) {
    for (const a of ABILITIES) {
      if (!lang.abilitiesMet[a]) {
        out.push({ path: ['language', a], code: 'languageLevel', severity: 'warning', message: `${cap(a)} is ${L} ${lang.clb[a]}; CEC needs ${L} ${lang.required} in every ability for this experience.` });
      }
    }
  }
  const warning = scores && lang.test === 'TEF' ? tefScaleWarning(scores, lang.testDate === null ? null : dayFromIso(lang.testDate)) : null;
  if (warning) out.push({ path: ['language', 'reading'], code: 'tefScale', severity: 'warning', message: warning.sentence });
  return out;
}
