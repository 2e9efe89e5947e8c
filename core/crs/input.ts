/**
 * A candidate profile on a scoring date, reduced to what the CRS grid reads (ages, CLB levels, years, flags), with
 * a note for everything that scores nothing for a reason (expired or missing test, spouse ignored…).
 */
import { dayFromIso, isoFromDay } from '../feed/dates';
import { addYears } from '../cec/calendar';
import { clbLevels, PTE_CORE_ACCEPTED_FROM, testName, validUntilDay } from '../language/clb';
import type { Ability, LanguageScores, LanguageTest, ProfileProblem } from '../cec/types';
import type { CanadianEducation, EducationLevel } from './rules';
import { STATUSES_WITH_SPOUSE, officialLanguageOf, type CandidateProfile, type OfficialLanguage } from './profile';
import { workYearsAt, type WorkYearsAt } from './workYears';
import type { CrsNote, CrsWorkYearsUsed } from './types';

export type Levels = Readonly<Record<Ability, number>>;

export interface TestInput {
  readonly levels: Levels;
  readonly language: OfficialLanguage;
  readonly test: LanguageTest;
  readonly path: readonly string[];
}

export interface SpouseInput {
  readonly education: EducationLevel | null;
  readonly canadianYears: number;
  readonly language: TestInput | null;
}

/** What the grid reads. Changing one of these is a what-if. */
export interface CrsInput {
  readonly age: number | null;
  /** The field the age comes from. */
  readonly ageField: 'age' | 'dateOfBirth';
  readonly withSpouse: boolean;
  readonly education: EducationLevel | null;
  readonly canadianEducation: CanadianEducation;
  readonly first: TestInput | null;
  readonly second: TestInput | null;
  readonly canadianYears: number;
  readonly foreignYears: number;
  readonly certificate: boolean;
  readonly nomination: boolean;
  readonly sibling: boolean;
  readonly jobOfferNoc: string | null;
  /** Only for an accompanying spouse who is not a Canadian citizen or PR. */
  readonly spouse: SpouseInput | null;
}

/** PTE Core results count only from the day IRCC began to accept the test (Jan 30, 2024): https://www.mondaq.com/canada/general-immigration/1529776/ */
export { PTE_CORE_ACCEPTED_FROM };

/** Whole years between a date of birth and a day (birthdays on February 29 fall on February 28 in other years). */
export function ageOn(dateOfBirth: string, day: number): number {
  const born = dayFromIso(dateOfBirth)!;
  let years = new Date(day * 86_400_000).getUTCFullYear() - new Date(born * 86_400_000).getUTCFullYear();
  if (addYears(born, years) > day) years--;
  return years;
}

/** CLB/NCLC levels of a test usable on `day`, or null with a note saying why it scores nothing. */
function usableTest(scores: LanguageScores | undefined, day: number, path: readonly string[], what: string, notes: CrsNote[]): TestInput | null {
  if (!scores) return null;
  const name = testName(scores.test);
  if (scores.date === undefined) {
    notes.push({ path: [...path], message: `${what} (${name}) has no "date": results count for two years from the test date, so without it the test scores nothing.` });
    return null;
  }
  const testDay = dayFromIso(scores.date)!;
  if (testDay > day) {
    notes.push({ path: [...path, 'date'], message: `${what} (${name}) is dated ${scores.date}, after the scoring date ${isoFromDay(day)}: it scores nothing yet.` });
    return null;
  }
  if (scores.test === 'PTE_CORE' && scores.date < PTE_CORE_ACCEPTED_FROM) {
    notes.push({ path: [...path, 'date'], message: `${what}: PTE Core taken on ${scores.date}, before IRCC accepted it (${PTE_CORE_ACCEPTED_FROM}): it scores nothing.` });
    return null;
  }
  const until = validUntilDay(testDay);
  if (day > until) {
    notes.push({ path: [...path, 'date'], message: `${what} (${name}, ${scores.date}) expired on ${isoFromDay(until + 1)} (results count for two years): it scores nothing.` });
    return null;
  }
  const l = clbLevels(scores.test, scores, scores.date);
  return { levels: { reading: l.reading, writing: l.writing, listening: l.listening, speaking: l.speaking }, language: officialLanguageOf(scores.test), test: scores.test, path };
}

function workYears(given: number | undefined, counted: { years: number; hours: number }): CrsWorkYearsUsed {
  if (given !== undefined) return { years: Math.floor(given + 1e-9), source: 'profile', hours: null };
  return { years: counted.years, source: 'jobs', hours: counted.hours };
}

export interface InputReading {
  readonly input: CrsInput;
  readonly notes: readonly CrsNote[];
  readonly workYears: { readonly canadian: CrsWorkYearsUsed; readonly foreign: CrsWorkYearsUsed };
  readonly problems: readonly ProfileProblem[];
}

/** The grid's input for a profile on `day`. Problems (such as an age that contradicts the date of birth) stop scoring. */
export function readInput(p: CandidateProfile, day: number, workAt?: WorkYearsAt): InputReading {
  const notes: CrsNote[] = [];
  const problems: ProfileProblem[] = [];
  const asOf = isoFromDay(day);

  let age: number | null = null;
  if (p.dateOfBirth !== undefined) {
    if (dayFromIso(p.dateOfBirth)! > day) problems.push({ path: ['dateOfBirth'], message: `"dateOfBirth" ${p.dateOfBirth} is after the scoring date ${asOf}.` });
    else age = ageOn(p.dateOfBirth, day);
    if (age !== null && p.age !== undefined && p.age !== age) {
      problems.push({ path: ['age'], message: `"age" is ${p.age} but "dateOfBirth" ${p.dateOfBirth} gives ${age} on the scoring date ${asOf}: fix or remove one of them.` });
    }
  } else if (p.age !== undefined) age = p.age;
  if (age === null && p.dateOfBirth === undefined) notes.push({ path: null, message: 'No "age" or "dateOfBirth": age scores nothing.' });
  else if (age !== null && (age < 18 || age >= 45)) {
    notes.push({ path: [p.dateOfBirth !== undefined ? 'dateOfBirth' : 'age'], message: `Age ${age} scores nothing: age points are for ages 18 to 44.` });
  }

  const status = p.maritalStatus;
  const hasPartner = status !== undefined && STATUSES_WITH_SPOUSE.includes(status);
  let withSpouse = false;
  let spouse: SpouseInput | null = null;
  if (p.spouse && !hasPartner) {
    notes.push({ path: ['spouse'], message: `"spouse" is ignored: the marital status is ${status ?? 'not given (taken as single)'}; only married and common-law candidates have a spouse.` });
  } else if (hasPartner) {
    const s = p.spouse ?? {};
    if (s.canadianCitizenOrPR === true) {
      notes.push({ path: ['spouse', 'canadianCitizenOrPR'], message: 'The spouse is a Canadian citizen or permanent resident: scored as a candidate without a spouse.' });
    } else if (s.accompanying === false) {
      notes.push({ path: ['spouse', 'accompanying'], message: 'The spouse is not coming to Canada: scored as a candidate without a spouse.' });
    } else {
      withSpouse = true;
      if (!p.spouse) notes.push({ path: ['maritalStatus'], message: `Marital status ${status} with no "spouse" details: scored with an accompanying spouse whose factors score nothing.` });
      const spouseLanguage = usableTest(s.language, day, ['spouse', 'language'], "The spouse's language test", notes);
      if (p.spouse && !s.language) notes.push({ path: ['spouse'], message: "The spouse has no language test: the spouse's language scores nothing." });
      spouse = { education: s.education?.level ?? null, canadianYears: Math.floor((s.canadianWorkYears ?? 0) + 1e-9), language: spouseLanguage };
    }
  }

  const first = usableTest(p.language, day, ['language'], 'The first official language test', notes);
  if (!p.language) notes.push({ path: null, message: 'No "language" test: the first official language scores nothing, and so do the transferability points that need it.' });
  const second = usableTest(p.secondLanguage, day, ['secondLanguage'], 'The second official language test', notes);
  if (!p.education) notes.push({ path: null, message: 'No "education": education scores nothing.' });

  const counted = (workAt ?? workYearsAt(p.jobs, p.studyPeriods ?? []))(day);
  const canadian = workYears(p.canadianWorkYears, counted.canadian);
  const foreign = workYears(p.foreignWorkYears, counted.foreign);

  return {
    input: {
      age,
      ageField: p.dateOfBirth !== undefined ? 'dateOfBirth' : 'age',
      withSpouse,
      education: p.education?.level ?? null,
      canadianEducation: p.education?.canadian ?? 'none',
      first,
      second,
      canadianYears: canadian.years,
      foreignYears: foreign.years,
      certificate: p.certificateOfQualification === true,
      nomination: p.provincialNomination === true,
      sibling: p.siblingInCanada === true,
      jobOfferNoc: p.jobOffer?.noc ?? null,
      spouse,
    },
    notes,
    workYears: { canadian, foreign },
    problems,
  };
}

