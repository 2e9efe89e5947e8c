/** Category eligibility of a candidate profile (parsed JSON): reads it as the CEC check does, then answers. */
import { dayFromIso, isoFromDay, today } from '../feed/dates';
import { parseProfile } from '../cec/profile';
import type { LanguageScores, Profile, ProfileProblem } from '../cec/types';
import { categoryEligibility, type CategoryInput } from './eligibility';
import type { CategoriesResult } from './types';

export interface CategoriesCheck extends CategoriesResult {
  /** Problems in the profile; when there are any, `categories` is empty. */
  readonly errors: readonly ProfileProblem[];
}

/** What the category check reads from a profile. The second language block arrives with the CRS profile fields. */
export function categoryInputOf(profile: Profile): CategoryInput {
  const second = (profile as Profile & { readonly secondLanguage?: LanguageScores }).secondLanguage;
  return {
    jobs: profile.jobs,
    languages: [profile.language, second].filter((l): l is LanguageScores => l !== undefined),
    ...(profile.canadianArmedForcesOffer !== undefined ? { canadianArmedForcesOffer: profile.canadianArmedForcesOffer } : {}),
  };
}

/** Checks a profile as of `options.asOf`, else the profile's asOf, else today. Never throws. */
export function checkCategories(json: unknown, options: { readonly asOf?: string } = {}): CategoriesCheck {
  const { profile, problems } = parseProfile(json);
  const asOfText = options.asOf ?? profile?.asOf;
  const day = asOfText === undefined ? today() : dayFromIso(asOfText);
  if (day === null) return { asOf: String(asOfText), categories: [], errors: [{ path: [], message: `The as-of date "${String(asOfText)}" is not a date written YYYY-MM-DD.` }] };
  if (!profile) return { asOf: isoFromDay(day), categories: [], errors: problems };
  return { ...categoryEligibility(categoryInputOf(profile), isoFromDay(day)), errors: [] };
}
