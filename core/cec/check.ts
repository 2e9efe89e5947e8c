/**
 * The CEC check: profile → verdict with every reason as a plain sentence. Never throws for any JSON value.
 *
 * Interpretations (also in the README part):
 * - A job's hours count only when the candidate's lowest CLB meets the level its TEER requires (CLB 7 for
 *   TEER 0/1, CLB 5 for TEER 2/3); the regulation sets the level by occupation and says nothing current about
 *   mixed experience, so each job is judged on its own.
 * - Without language results the hours are still counted (to show them) but the candidate is not eligible.
 * - Results without a test date are used as they are; their two-year validity is not checked and a reason says so.
 * - The check does not judge duties against the NOC lead statement, the intent to live outside Quebec, or
 *   admissibility. It is not legal advice.
 */
import { InputError } from '../types';
import { dayFromIso, isoFromDay, today } from '../feed/dates';
import { clbLevels, requiredClb, testName, validUntilDay, validOn, type ClbLevels } from '../language/clb';
import { cecWindow } from './calendar';
import { REQUIRED_DAYS, REQUIRED_HOURS, cecHours, formatHours, type CecHours } from './hours';
import { parseProfile, pathText } from './profile';
import type { CecResult, LanguageResult, Profile, ProfileProblem } from './types';

export interface CheckOptions {
  /** ISO date; overrides the profile's asOf. */
  readonly asOf?: string;
}

export const NOT_DECIDED =
  'Not checked here: that the duties match the NOC lead statement and main duties, the intent to live outside ' +
  'Quebec, and admissibility. This is not legal advice.';

export const LANGUAGE_RULE =
  "A job's hours count only when the lowest CLB meets the level its TEER requires: CLB 7 for TEER 0 or 1, " +
  'CLB 5 for TEER 2 or 3.';

export const CAP_RULE =
  'Hours are counted per day: each job gives its weekly hours ÷ 7 on every day it covers, and a day counts at most ' +
  '30/7 hours across all jobs (full-time), so 1,560 hours is exactly 364 days of full-time work and overtime never ' +
  'makes up for missing days. This is how this project reads the rule.';

function problemSentence(p: ProfileProblem): string {
  return `${pathText(p.path)}: ${p.message}`;
}

function failed(problems: readonly ProfileProblem[], asOfDay: number): CecResult {
  const { from, to } = cecWindow(asOfDay);
  const n = problems.length;
  return {
    eligible: false,
    workExperienceMet: false,
    languageMet: false,
    testValid: false,
    hours: { exactHours: 0, fullTimeDays: 0, shortHours: REQUIRED_HOURS, shortDays: REQUIRED_DAYS, nearThreshold: false },
    asOf: isoFromDay(asOfDay),
    window: { from: isoFromDay(from), to: isoFromDay(to) },
    qualifyingHours: 0,
    requiredHours: REQUIRED_HOURS,
    jobs: [],
    language: null,
    errors: problems,
    reasons: [
      `Not checked: the profile has ${n} problem${n === 1 ? '' : 's'} to fix first.`,
      ...problems.map(problemSentence),
    ],
  };
}

/** The CLB level the counted experience needs (see LanguageResult.required). */
function levelRequired(hours: CecHours): number | null {
  let counted: number | null = null;
  let blocked: number | null = null;
  for (const j of hours.jobs) {
    const need = j.teer === null ? null : requiredClb(j.teer);
    if (need === null) continue;
    if (j.countedHours > 0) counted = Math.max(counted ?? 0, need);
    else if (j.excluded.some((e) => e.reason === 'languageLevel')) blocked = Math.min(blocked ?? 99, need);
  }
  // When language alone stopped every job, the lowest level that would let one count is what is required.
  return counted ?? blocked;
}

function languageResult(levels: ClbLevels, asOfDay: number, required: number | null): LanguageResult {
  const testDay = levels.testDate === null ? null : dayFromIso(levels.testDate);
  return {
    test: levels.test,
    clb: { reading: levels.reading, writing: levels.writing, listening: levels.listening, speaking: levels.speaking },
    min: levels.min,
    required,
    testDate: levels.testDate,
    validUntil: testDay === null ? null : isoFromDay(validUntilDay(testDay)),
    valid: testDay === null ? true : validOn(testDay, asOfDay),
  };
}

function languageReasons(lang: LanguageResult | null, levels: ClbLevels | null, asOf: string): string[] {
  if (!lang || !levels) {
    return ['No language test results: CEC needs CLB 7 (TEER 0 or 1 experience) or CLB 5 (TEER 2 or 3) in all four abilities, from a test less than two years old.'];
  }
  const out = [
    `Language (${levels.chart}${lang.testDate ? `, taken ${lang.testDate}` : ''}): CLB ${lang.clb.reading} reading, ${lang.clb.writing} writing, ${lang.clb.listening} listening, ${lang.clb.speaking} speaking; the lowest is CLB ${lang.min}.`,
  ];
  if (lang.required !== null) {
    out.push(lang.min >= lang.required
      ? `CLB ${lang.required} is required for the experience counted, and CLB ${lang.min} meets it.`
      : `CLB ${lang.required} is required for this experience, and CLB ${lang.min} does not meet it.`);
  }
  if (lang.testDate === null) out.push('No test date given: the two-year validity of the results was not checked.');
  else if (lang.testDate > asOf) out.push(`The test was taken on ${lang.testDate}, after ${asOf}: the results did not exist yet.`);
  else if (!lang.valid) out.push(`The results expired after ${lang.validUntil} (two years from the test date); a new test is needed.`);
  else out.push(`The results are valid until ${lang.validUntil}.`);
  return out;
}

/** Reads the as-of date: the option, else the profile's, else today. */
function asOfDayOf(options: CheckOptions, profile: Profile | undefined): number | ProfileProblem {
  if (options.asOf !== undefined) {
    return dayFromIso(options.asOf) ?? { path: [], message: `The as-of date "${options.asOf}" is not a date written YYYY-MM-DD.` };
  }
  if (profile?.asOf !== undefined) return dayFromIso(profile.asOf)!;
  return today();
}

/**
 * Checks a profile (parsed JSON, or JSON text) for CEC eligibility as of `options.asOf`, the profile's asOf, or
 * today. Never throws: problems come back in `errors` and `reasons` with `eligible` false.
 */
export function checkCec(input: unknown, options: CheckOptions = {}): CecResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input) as unknown;
    } catch (e) {
      return failed([{ path: [], message: `The profile is not valid JSON (${(e as Error).message}).` }], today());
    }
  }
  const { profile, problems } = parseProfile(json);
  const asOf = asOfDayOf(options, profile);
  if (typeof asOf !== 'number') return failed([asOf, ...problems], today());
  if (!profile) return failed(problems, asOf);

  const asOfText = isoFromDay(asOf);
  let levels: ClbLevels | null = null;
  if (profile.language) {
    try {
      levels = clbLevels(profile.language.test, profile.language, profile.language.date);
    } catch (e) {
      // parseProfile has checked the scores already; this is only a safety net.
      if (e instanceof InputError) return failed([{ path: ['language'], message: e.message }], asOf);
      throw e;
    }
  }
  const hours = cecHours(profile.jobs, asOfText, profile.studyPeriods ?? [], { minClb: levels?.min ?? null });
  if (hours.errors.length) return failed(hours.errors, asOf);
  const language = levels ? languageResult(levels, asOf, levelRequired(hours)) : null;
  const eligible = hours.enough && language !== null && language.valid && language.required !== null && language.min >= language.required;

  const short = REQUIRED_HOURS - hours.exactHours;
  const reasons: string[] = [
    eligible
      ? `Eligible for the Canadian Experience Class as of ${asOfText}, on the rules checked here.`
      : `Not eligible for the Canadian Experience Class as of ${asOfText}.`,
    `${formatHours(hours.qualifyingHours)} qualifying hours of Canadian work experience in the window ${hours.window.from} to ${hours.window.to}; ${formatHours(REQUIRED_HOURS)} are required` +
      (hours.enough ? '.' : ` (${formatHours(short)} short).`),
    ...languageReasons(language, levels, asOfText),
  ];
  for (const j of hours.jobs) {
    for (const e of j.excluded) reasons.push(`${j.title} (NOC ${j.noc}): ${e.sentence}`);
  }
  if (profile.jobs.length === 0) reasons.push('The profile lists no jobs.');
  reasons.push(CAP_RULE, LANGUAGE_RULE, NOT_DECIDED);

  return {
    eligible,
    workExperienceMet: hours.enough,
    languageMet: language !== null && language.required !== null && language.min >= language.required,
    testValid: language !== null && language.valid,
    hours: { exactHours: hours.exactHours, fullTimeDays: hours.fullTimeDays, shortHours: hours.shortHours, shortDays: hours.shortDays, nearThreshold: hours.nearThreshold },
    asOf: asOfText,
    window: hours.window,
    qualifyingHours: hours.qualifyingHours,
    requiredHours: REQUIRED_HOURS,
    jobs: hours.jobs,
    language,
    errors: [],
    reasons,
  };
}
