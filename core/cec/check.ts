/**
 * The CEC check: profile → verdict with every reason as a plain sentence. Never throws for any JSON value.
 *
 * Interpretations (also in the README part):
 * - A job's hours count only when the candidate's lowest CLB meets the level its TEER requires (CLB 7 for
 *   TEER 0/1, CLB 5 for TEER 2/3); the regulation sets the level by occupation and says nothing current about
 *   mixed experience, so each job is judged on its own.
 * - Without language results the hours are still counted (to show them) but the candidate is not eligible.
 * - Results without a test date: their two-year validity is unknown, so they cannot make the candidate eligible.
 * - A study period without "fullTime" is taken as part-time (the value that lets hours count, as for every flag),
 *   and the result says so.
 * - The check does not judge duties against the NOC lead statement, the intent to live outside Quebec, or
 *   admissibility. It is not legal advice.
 */
import { InputError } from '../types';
import { dayFromIso, isoFromDay, today } from '../feed/dates';
import { clbLevels, requiredClb, type ClbLevels } from '../language/clb';
import { cecWindow } from './calendar';
import { NEAR_THRESHOLD_HOURS, REQUIRED_DAYS, REQUIRED_HOURS, cecHours, formatHours, type CecHours } from './hours';
import { languageNotices, languageReasons, languageResult } from './languageVerdict';
import { parseProfile, pathText } from './profile';
import type { CecCheck, CecNotice, CecResult, LanguageResult, Profile, ProfileProblem } from './types';

export interface CheckOptions {
  /** ISO date; overrides the profile's asOf. */
  readonly asOf?: string;
}

export const NOT_DECIDED =
  'Not checked here: that the duties match the NOC lead statement and main duties, the intent to live outside ' +
  'Quebec, and admissibility. This is not legal advice.';

export const LANGUAGE_RULE =
  "A job's hours count only when the lowest CLB (NCLC) meets the level its TEER requires: 7 for TEER 0 or 1, " +
  '5 for TEER 2 or 3.';

/** Said when the experience mixes TEER 0/1 and TEER 2/3 jobs: the rule is this project's reading. */
export const MIXED_TEER_RULE =
  'The experience mixes TEER 0 or 1 jobs (CLB/NCLC 7) with TEER 2 or 3 jobs (CLB/NCLC 5). No current IRCC text says ' +
  "which level applies then (before 2013 it was the level of the group with most of the experience); this project's " +
  'reading: each job counts only if the lowest level meets what its own TEER requires, and the level required is the ' +
  'highest among the jobs that count.';

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
    checks: [],
    asOf: isoFromDay(asOfDay),
    window: { from: isoFromDay(from), to: isoFromDay(to) },
    qualifyingHours: 0,
    requiredHours: REQUIRED_HOURS,
    jobs: [],
    language: null,
    notices: [],
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

/** Jobs in the window that pass every other rule, by the language level their TEER needs (7 or 5). */
function mixedTeer(hours: CecHours): boolean {
  const needs = new Set<number>();
  for (const j of hours.jobs) {
    const need = j.teer === null ? null : requiredClb(j.teer);
    const other = j.excluded.some((e) => e.reason !== 'outsideWindow' && e.reason !== 'dailyCap' && e.reason !== 'languageLevel' && e.reason !== 'fullTimeStudy');
    if (need !== null && !other && j.hoursInWindow > 0) needs.add(need);
  }
  return needs.size > 1;
}

/** The hours sentence: the total, and when short, the days and hours missing. */
function hoursSentence(hours: CecHours): string {
  const total = `${formatHours(hours.qualifyingHours)} qualifying hours of Canadian work experience in the window ${hours.window.from} to ${hours.window.to}`;
  if (hours.enough) return `${total}; ${formatHours(REQUIRED_HOURS)} are required, and met.`;
  return `${total}; ${formatHours(REQUIRED_HOURS)} are required: ${hours.shortDays} day${hours.shortDays === 1 ? '' : 's'} of full-time work short (${formatHours(hours.shortHours)} h).`;
}

/** The three rules with their verdicts, worded once for every face. */
function checksOf(hours: CecHours, language: LanguageResult | null, languageMet: boolean, testValid: boolean): CecCheck[] {
  const short = hours.enough ? '' : `: ${hours.shortDays} day${hours.shortDays === 1 ? '' : 's'} of full-time work short (${formatHours(hours.shortHours)} h)`;
  return [
    { rule: 'workExperience', label: 'Work experience', met: hours.enough, detail: `${formatHours(hours.qualifyingHours)} of ${formatHours(REQUIRED_HOURS)} hours${short}` },
    {
      rule: 'language',
      label: 'Language',
      met: languageMet,
      detail: language ? `${language.test}: ${language.label} ${language.min} (needs ${language.required ?? 5})` : 'no test in the profile',
    },
    { rule: 'testValid', label: 'Test validity', met: testValid, detail: language ? language.validityText : 'no test in the profile' },
  ];
}

/** Said within 60 h of 1,560, either side. */
function nearThresholdSentence(hours: CecHours): string {
  return `Close to the threshold: ${formatHours(hours.qualifyingHours)} hours is within ${NEAR_THRESHOLD_HOURS} hours (two weeks of full-time work) of ${formatHours(REQUIRED_HOURS)}. ` +
    `It is ${hours.fullTimeDays} days of full-time work; ${formatHours(REQUIRED_HOURS)} hours is ${REQUIRED_DAYS}. IRCC counts the hours actually worked, which pay records show: check yours.`;
}

/** Notes for study periods that do not say whether they were full-time. */
function studyNotices(profile: Profile): CecNotice[] {
  const out: CecNotice[] = [];
  (profile.studyPeriods ?? []).forEach((p, i) => {
    if (p.fullTime !== undefined) return;
    out.push({
      path: ['studyPeriods', i],
      code: 'studyAssumedPartTime',
      severity: 'warning',
      message: `Study period ${i + 1} (from ${p.start}) does not say "fullTime": it was taken as part-time, so work during it counts. Add "fullTime": true if it was full-time study (work during full-time study does not count) or "fullTime": false to confirm.`,
    });
  });
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
  const hours = cecHours(profile.jobs, asOfText, profile.studyPeriods ?? [], { minClb: levels?.min ?? null, levelLabel: levels?.label ?? 'CLB' });
  if (hours.errors.length) return failed(hours.errors, asOf);
  const language = levels ? languageResult(levels, asOf, levelRequired(hours)) : null;
  // With no experience to set the level, the lowest level any CEC experience needs (CLB 5) is the bar.
  const languageMet = language !== null && language.min >= (language.required ?? 5);
  const testValid = language !== null && language.valid;
  const eligible = hours.enough && languageMet && testValid;

  const notices: CecNotice[] = [...languageNotices(language, profile.language, asOfText), ...studyNotices(profile)];
  const reasons: string[] = [
    eligible
      ? `Eligible for the Canadian Experience Class as of ${asOfText}, on the rules checked here.`
      : `Not eligible for the Canadian Experience Class as of ${asOfText}.`,
    hoursSentence(hours),
  ];
  if (hours.nearThreshold) {
    reasons.push(nearThresholdSentence(hours));
    notices.push({ path: ['jobs'], code: 'nearThreshold', severity: 'info', message: nearThresholdSentence(hours) });
  }
  if (!hours.enough) notices.push({ path: ['jobs'], code: 'hours', severity: 'info', message: hoursSentence(hours) });
  reasons.push(...languageReasons(language, levels, profile.language, asOfText));
  for (const j of hours.jobs) {
    for (const e of j.excluded) reasons.push(`${j.title} (NOC ${j.noc}): ${e.sentence}`);
  }
  for (const n of studyNotices(profile)) reasons.push(n.message);
  if (profile.jobs.length === 0) reasons.push('The profile lists no jobs.');
  reasons.push(CAP_RULE, LANGUAGE_RULE);
  if (mixedTeer(hours)) reasons.push(MIXED_TEER_RULE);
  reasons.push(NOT_DECIDED);

  return {
    eligible,
    workExperienceMet: hours.enough,
    languageMet,
    testValid,
    hours: { exactHours: hours.exactHours, fullTimeDays: hours.fullTimeDays, shortHours: hours.shortHours, shortDays: hours.shortDays, nearThreshold: hours.nearThreshold },
    checks: checksOf(hours, language, languageMet, testValid),
    asOf: asOfText,
    window: hours.window,
    qualifyingHours: hours.qualifyingHours,
    requiredHours: REQUIRED_HOURS,
    jobs: hours.jobs,
    language,
    notices,
    errors: [],
    reasons,
  };
}
