/**
 * Category eligibility: for each category of category-based selection in force on a date, whether its rounds could
 * invite the candidate (true, false, or null when the data cannot tell), with the reasons.
 *
 * Rules (sources in occupationLists.json):
 * - Occupational categories: before 2026-02-18, at least 6 months of continuous full-time work (or the same in
 *   part-time) in one listed occupation within the 3 years before the date, in Canada or abroad; from 2026-02-18,
 *   12 months (1,560 h) in one listed occupation within 3 years, not necessarily continuous
 *   (https://www.financialexpress.com/business/investing-abroad-what-is-the-new-eligibility-rule-for-foreign-workers-to-apply-for-canada-permanent-residence-4165901/).
 *   Physicians, senior managers and researchers need the experience in Canada; military recruits also need a
 *   Canadian Armed Forces offer (https://www.cicnews.com/2026/02/three-new-express-entry-categories-0271729.html).
 * - This project's readings: "6 months continuous" is 780 h (26 weeks × 30 h) credited on consecutive days in one
 *   occupation; unpaid work, work in Canada without authorization and self-employment are not counted.
 * - The list used is the newest announced on or before the date. A code on a list counts even when the list is
 *   incomplete; a code missing from an incomplete or unknown list gives null ("check canada.ca"), unless the
 *   experience alone decides (not enough in any single occupation: false).
 * Not checked: whether the candidate is eligible for a program (CEC, FSW, FST), which category rounds also need.
 */
import { InputError, type CategoryId } from '../types';
import { categoryLabel } from '../feed/categories';
import { dayFromIso, isoFromDay } from '../feed/dates';
import { cecWindow } from '../cec/calendar';
import type { Job } from '../cec/types';
import { TWELVE_MONTH_RULE_FROM, categoriesInForce, listInForce, listIncludes } from './lists';
import { experienceByOccupation, hoursText, meetsRule, SIX_MONTH_HOURS, type OccupationExperience } from './experience';
import { frenchAnswer, type LanguageBlock } from './french';
import type { CategoriesResult, CategoryVerdict, OccupationList } from './types';

/** What the check reads: plain data, so that a profile, a spreadsheet range or a test can give it. */
export interface CategoryInput {
  readonly jobs: readonly Job[];
  /** The language results: first and second official language, in any order. */
  readonly languages: readonly LanguageBlock[];
  /** Whether the candidate has a Canadian Armed Forces offer; undefined: not said. */
  readonly canadianArmedForcesOffer?: boolean;
}

/** The word of a verdict, alike in every face: "eligible", "not eligible", "unknown (check canada.ca)". */
export function verdictText(eligible: boolean | null): string {
  return eligible === true ? 'eligible' : eligible === false ? 'not eligible' : 'unknown (check canada.ca)';
}

export const NOT_CHECKED =
  'Category rounds invite only candidates eligible for a program (CEC, FSW or FST): that is checked separately. This is not legal advice.';

function ruleText(twelve: boolean, canadaOnly: boolean): string {
  const where = canadaOnly ? 'in Canada' : 'in Canada or abroad';
  return twelve
    ? `needs 12 months (1,560 h) of full-time or equal part-time work in one listed occupation within the 3 years before the date, ${where}, not necessarily continuous`
    : `needs 6 months of continuous full-time work (or the same in part-time, ${SIX_MONTH_HOURS} h) in one listed occupation within the 3 years before the date, ${where} (rule before ${TWELVE_MONTH_RULE_FROM})`;
}

function counted(job: Job, canadaOnly: boolean): boolean {
  return job.paid !== false && job.selfEmployed !== true && !(job.inCanada !== false && job.authorized === false) && !(canadaOnly && job.inCanada === false);
}

function measure(e: OccupationExperience, twelve: boolean): string {
  return twelve
    ? hoursText(e.hours)
    : `${hoursText(e.longestRunHours)} without a break${e.longestRun ? ` (${e.longestRun.from} to ${e.longestRun.to})` : ''}`;
}

function occupational(category: CategoryId, list: OccupationList | undefined, input: CategoryInput, day: number): CategoryVerdict {
  const label = categoryLabel(category);
  // Physicians: the category was announced (2025-12-08) with 12 months of Canadian experience already.
  const twelve = isoFromDay(day) >= TWELVE_MONTH_RULE_FROM || category === 'PHYSICIANS';
  const canadaOnly = list?.canadianExperienceOnly ?? false;
  const { from, to } = cecWindow(day);
  const jobs = input.jobs.filter((j) => counted(j, canadaOnly));
  const experience = experienceByOccupation(jobs, from, to, isoFromDay);
  const enough = experience.filter((e) => meetsRule(e, twelve));
  const rule = `${label} ${ruleText(twelve, canadaOnly)}.`;
  const listName = list ? `the ${label} list ${list.versionText}` : `the ${label} list`;
  const verdict = (eligible: boolean | null, reasons: string[]): CategoryVerdict =>
    ({ category, eligible, reasons, listVersion: list?.versionText ?? null, listComplete: list ? list.complete : false });
  const skipped = input.jobs.length - jobs.length;
  const skippedText = skipped > 0
    ? [`${skipped} job${skipped === 1 ? ' is' : 's are'} not counted (unpaid, self-employed, without authorization${canadaOnly ? ', or outside Canada' : ''}).`]
    : [];
  const best = experience[0];
  if (enough.length === 0) {
    const most = best ? `The most in one occupation is NOC ${best.noc}: ${measure(best, twelve)}.` : 'No counted work in the 3 years before the date.';
    return verdict(false, [`Not eligible for ${label}: not enough experience in any single occupation.`, rule, most, ...skippedText]);
  }
  const on = enough.filter((e) => listIncludes(list, e.noc) === true);
  if (on.length) {
    const e = on[0]!;
    return verdict(true, [`Eligible for ${label}: NOC ${e.noc} is on ${listName}, with ${measure(e, twelve)}.`, rule, ...skippedText]);
  }
  const unknown = enough.filter((e) => listIncludes(list, e.noc) === null);
  if (unknown.length) {
    const codes = unknown.map((e) => e.noc).join(', ');
    const why = !list || list.nocs === null
      ? `${listName} is not known here (${list?.completeness ?? 'no list found'})`
      : `${listName} is incomplete (${list.completeness}) and does not show NOC ${codes}`;
    return verdict(null, [`Unknown for ${label}: ${why}; check canada.ca.`, ...unknown.map((e) => `Enough experience in NOC ${e.noc}: ${measure(e, twelve)}.`), rule, ...skippedText]);
  }
  const codes = enough.map((e) => e.noc).join(', ');
  return verdict(false, [`Not eligible for ${label}: NOC ${codes} ${enough.length === 1 ? 'is' : 'are'} not on ${listName}.`, rule, ...skippedText]);
}

function military(verdict: CategoryVerdict, offer: boolean | undefined): CategoryVerdict {
  if (verdict.eligible === false) return verdict;
  const [head, ...rest] = verdict.reasons;
  if (offer === true) return { ...verdict, reasons: [head!, 'The profile says you have a Canadian Armed Forces offer, which this category needs.', ...rest] };
  if (offer === false) {
    return { ...verdict, eligible: false, reasons: ['Not eligible for Skilled military recruits: it needs a Canadian Armed Forces offer, and the profile says you have none.', ...verdict.reasons] };
  }
  return {
    ...verdict,
    eligible: null,
    reasons: ['Unknown for Skilled military recruits: it needs a Canadian Armed Forces offer; add "canadianArmedForcesOffer": true or false to the profile.', ...verdict.reasons],
  };
}

/** The answer for every category in force on `asOf` (ISO). Throws InputError only for a bad date. */
export function categoryEligibility(input: CategoryInput, asOf: string): CategoriesResult {
  const day = dayFromIso(asOf);
  if (day === null) throw new InputError(`Bad as-of date "${asOf}": use YYYY-MM-DD.`);
  const categories = categoriesInForce(day).map((category): CategoryVerdict => {
    if (category === 'FRENCH') {
      const f = frenchAnswer(input.languages, day);
      const head = f.eligible === true ? 'Eligible for French-language proficiency.' : f.eligible === false ? 'Not eligible for French-language proficiency.' : 'Unknown for French-language proficiency.';
      return { category, eligible: f.eligible, reasons: [head, ...f.reasons, 'French-language proficiency needs NCLC 7 or more in all four abilities of a French test less than two years old.'], listVersion: null, listComplete: null };
    }
    const verdict = occupational(category, listInForce(category, day), input, day);
    return category === 'MILITARY' ? military(verdict, input.canadianArmedForcesOffer) : verdict;
  });
  return { asOf: isoFromDay(day), categories };
}
