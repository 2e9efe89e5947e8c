/** Category eligibility of a candidate profile (parsed JSON): reads it as the CEC check does, then answers. */
import { dayFromIso, isoFromDay, today } from '../feed/dates';
import { parseProfile } from '../cec/profile';
import type { LanguageScores, Profile, ProfileProblem } from '../cec/types';
import { categoryEligibility, type CategoryInput } from './eligibility';
import type { CategoriesResult } from './types';
import type { LanguageBlock } from './french';

export interface CategoriesCheck extends CategoriesResult {
  /** Problems in the profile; when there are any, `categories` is empty. */
  readonly errors: readonly ProfileProblem[];
}

/** A language block as written in the JSON (the CRS profile reader checks it in detail); undefined when not one. */
function rawLanguage(v: unknown): LanguageBlock | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const n = (k: string): number | undefined => {
    const x = o[k];
    return typeof x === 'number' ? x : undefined;
  };
  const [reading, writing, listening, speaking] = [n('reading'), n('writing'), n('listening'), n('speaking')];
  if (typeof o['test'] !== 'string' || reading === undefined || writing === undefined || listening === undefined || speaking === undefined) return undefined;
  return { test: o['test'], reading, writing, listening, speaking, ...(typeof o['date'] === 'string' ? { date: o['date'] } : {}) };
}

/** What the category check reads from a profile; `json` gives the second language block (a CRS profile field). */
export function categoryInputOf(profile: Profile, json?: unknown): CategoryInput {
  const second = (profile as Profile & { readonly secondLanguage?: LanguageScores }).secondLanguage
    ?? (typeof json === 'object' && json !== null ? rawLanguage((json as Record<string, unknown>)['secondLanguage']) : undefined);
  return {
    jobs: profile.jobs,
    languages: [profile.language, second].filter((l): l is LanguageBlock => l !== undefined),
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
  return { ...categoryEligibility(categoryInputOf(profile, json), isoFromDay(day)), errors: [] };
}
