/**
 * The candidate profile's CRS fields (age, marital status, spouse, education, second language, work years,
 * certificate, nomination, sibling, job offer), read from parsed JSON beside the CEC check's fields. Every problem
 * comes with its JSON path; nothing here throws, whatever the input.
 */
import { dayFromIso } from '../feed/dates';
import { InputError } from '../types';
import { ABILITIES } from '../language/charts';
import { LANGUAGE_TESTS, checkScore, chartFor } from '../language/clb';
import { nocProblem, parseProfile } from '../cec/profile';
import type { LanguageScores, LanguageTest, Profile, ProfileProblem } from '../cec/types';
import { CANADIAN_EDUCATION, EDUCATION_LEVELS, type CanadianEducation, type EducationLevel } from './rules';

export type MaritalStatus = 'single' | 'married' | 'common-law' | 'divorced' | 'separated' | 'widowed' | 'annulled';
export const MARITAL_STATUSES: readonly MaritalStatus[] = ['single', 'married', 'common-law', 'divorced', 'separated', 'widowed', 'annulled'];
/** Only these statuses have a spouse or common-law partner. */
export const STATUSES_WITH_SPOUSE: readonly MaritalStatus[] = ['married', 'common-law'];

export interface Education {
  readonly level: EducationLevel;
  /** A Canadian post-secondary credential; omitted: none. */
  readonly canadian?: CanadianEducation;
}

export interface Spouse {
  /** Default false. A Canadian citizen or permanent resident spouse is scored as no spouse. */
  readonly canadianCitizenOrPR?: boolean;
  /** Default true. A spouse not coming to Canada is scored as no spouse. */
  readonly accompanying?: boolean;
  readonly education?: Education;
  readonly canadianWorkYears?: number;
  readonly language?: LanguageScores;
}

/** The fields only the CRS reads. All optional. */
export interface CrsFields {
  readonly age?: number;
  readonly dateOfBirth?: string;
  readonly maritalStatus?: MaritalStatus;
  readonly spouse?: Spouse;
  readonly education?: Education;
  readonly secondLanguage?: LanguageScores;
  readonly canadianWorkYears?: number;
  readonly foreignWorkYears?: number;
  readonly certificateOfQualification?: boolean;
  readonly provincialNomination?: boolean;
  readonly siblingInCanada?: boolean;
  readonly jobOffer?: { readonly noc: string };
}

/** A whole candidate profile: the CEC check's fields and the CRS's. */
export type CandidateProfile = Profile & CrsFields;

export type OfficialLanguage = 'english' | 'french';

/** English tests: IELTS, CELPIP, PTE Core, CLB; French: TEF Canada, TCF Canada, NCLC. */
export function officialLanguageOf(test: LanguageTest): OfficialLanguage {
  return test === 'TEF' || test === 'TCF' || test === 'NCLC' ? 'french' : 'english';
}

type Path = readonly (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function shown(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  // JSON never holds a function; named rather than echoing its source text.
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'symbol') return String(v);
  return 'undefined'; // the one kind left
}

class Fields {
  readonly problems: ProfileProblem[] = [];

  add(path: Path, message: string): void {
    this.problems.push({ path: [...path], message });
  }

  unknown(obj: Obj, known: readonly string[], path: Path, what: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.add([...path, key], `Unknown property "${key}" in ${what}. Known properties: ${known.join(', ')}.`);
    }
  }

  flag(obj: Obj, key: string, path: Path): boolean | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') this.add([...path, key], `"${key}" must be true or false, not ${shown(v)}.`);
    return typeof v === 'boolean' ? v : undefined;
  }

  years(obj: Obj, key: string, path: Path): number | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 60) {
      this.add([...path, key], `"${key}" must be a number of years from 0 to 60, not ${shown(v)}.`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(obj: Obj, key: string, path: Path, allowed: readonly T[]): T | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.add([...path, key], `"${key}" must be one of ${allowed.join(', ')}, not ${shown(v)}.`);
    return undefined;
  }

  education(v: unknown, path: Path): Education | undefined {
    if (!isObject(v)) {
      this.add(path, `"${String(path[path.length - 1])}" must be an object such as {"level": "bachelors", "canadian": "none"}, not ${shown(v)}.`);
      return undefined;
    }
    this.unknown(v, ['level', 'canadian'], path, 'the education');
    const level = this.oneOf(v, 'level', path, EDUCATION_LEVELS);
    if (v['level'] === undefined) this.add([...path, 'level'], `Missing "level": one of ${EDUCATION_LEVELS.join(', ')}.`);
    const canadian = this.oneOf(v, 'canadian', path, CANADIAN_EDUCATION);
    if (level === undefined) return undefined;
    if (canadian !== undefined && canadian !== 'none' && (level === 'none' || level === 'secondary')) {
      this.add([...path, 'canadian'], `"canadian" says a Canadian post-secondary credential, but "level" is ${level}: a post-secondary credential needs a post-secondary level.`);
      return undefined;
    }
    return { level, ...(canadian !== undefined ? { canadian } : {}) };
  }

  /** A test block ("test", "date", four abilities); scores checked against the test's scale. */
  language(v: unknown, path: Path): LanguageScores | undefined {
    if (!isObject(v)) {
      this.add(path, `"${String(path[path.length - 1])}" must be an object with "test", "date" and the four scores, not ${shown(v)}.`);
      return undefined;
    }
    const before = this.problems.length;
    this.unknown(v, ['test', 'date', ...ABILITIES], path, 'a language test');
    const t = v['test'];
    const test = typeof t === 'string' && (LANGUAGE_TESTS as readonly string[]).includes(t) ? (t as LanguageTest) : undefined;
    if (test === undefined) this.add([...path, 'test'], `"test" must be one of ${LANGUAGE_TESTS.join(', ')}, not ${t === undefined ? 'missing' : shown(t)}.`);
    const d = v['date'];
    let day: number | null = null;
    if (d !== undefined) {
      day = typeof d === 'string' ? dayFromIso(d) : null;
      if (day === null) this.add([...path, 'date'], `"date" must be an existing date written YYYY-MM-DD, not ${shown(d)}.`);
    }
    const scores: Partial<Record<(typeof ABILITIES)[number], number>> = {};
    for (const a of ABILITIES) {
      const s = v[a];
      if (typeof s !== 'number' || !Number.isFinite(s)) {
        this.add([...path, a], s === undefined ? `Missing "${a}": the ${a} score.` : `"${a}" must be a number (the ${a} score), not ${shown(s)}.`);
        continue;
      }
      scores[a] = s;
      if (test === undefined) continue;
      try {
        checkScore(chartFor(test, day), a, s);
      } catch (e) {
        if (e instanceof InputError) this.add([...path, a], e.message);
        else throw e;
      }
    }
    if (this.problems.length > before || test === undefined) return undefined;
    return {
      test,
      ...(typeof d === 'string' ? { date: d } : {}),
      reading: scores.reading!, writing: scores.writing!, listening: scores.listening!, speaking: scores.speaking!,
    };
  }
}

function readSpouse(f: Fields, v: unknown): Spouse | undefined {
  const path = ['spouse'];
  if (!isObject(v)) {
    f.add(path, `"spouse" must be an object such as {"accompanying": true, "education": {...}, "language": {...}}, not ${shown(v)}.`);
    return undefined;
  }
  f.unknown(v, ['canadianCitizenOrPR', 'accompanying', 'education', 'canadianWorkYears', 'language'], path, '"spouse"');
  const canadian = f.flag(v, 'canadianCitizenOrPR', path);
  const accompanying = f.flag(v, 'accompanying', path);
  const education = v['education'] === undefined ? undefined : f.education(v['education'], [...path, 'education']);
  const years = f.years(v, 'canadianWorkYears', path);
  const language = v['language'] === undefined ? undefined : f.language(v['language'], [...path, 'language']);
  return {
    ...(canadian !== undefined ? { canadianCitizenOrPR: canadian } : {}),
    ...(accompanying !== undefined ? { accompanying } : {}),
    ...(education ? { education } : {}),
    ...(years !== undefined ? { canadianWorkYears: years } : {}),
    ...(language ? { language } : {}),
  };
}

/** Reads the CRS fields of a profile object; problems carry JSON paths. */
export function readCrsFields(json: Obj): { fields: CrsFields; problems: ProfileProblem[] } {
  const f = new Fields();
  const out: { -readonly [K in keyof CrsFields]: CrsFields[K] } = {};
  const age = json['age'];
  if (age !== undefined) {
    if (typeof age === 'number' && Number.isInteger(age) && age >= 0 && age <= 130) out.age = age;
    else f.add(['age'], `"age" must be whole years on the scoring date (0–130), not ${shown(age)}.`);
  }
  const dob = json['dateOfBirth'];
  if (dob !== undefined) {
    if (typeof dob === 'string' && dayFromIso(dob) !== null) out.dateOfBirth = dob;
    else f.add(['dateOfBirth'], `"dateOfBirth" must be an existing date written YYYY-MM-DD, not ${shown(dob)}.`);
  }
  const status = f.oneOf(json, 'maritalStatus', [], MARITAL_STATUSES);
  if (status) out.maritalStatus = status;
  if (json['spouse'] !== undefined) {
    const spouse = readSpouse(f, json['spouse']);
    if (spouse) out.spouse = spouse;
  }
  if (json['education'] !== undefined) {
    const e = f.education(json['education'], ['education']);
    if (e) out.education = e;
  }
  if (json['secondLanguage'] !== undefined) {
    const l = f.language(json['secondLanguage'], ['secondLanguage']);
    if (l) out.secondLanguage = l;
  }
  const first = json['language'];
  if (out.secondLanguage && isObject(first) && typeof first['test'] === 'string' && (LANGUAGE_TESTS as readonly string[]).includes(first['test'])
    && officialLanguageOf(first['test'] as LanguageTest) === officialLanguageOf(out.secondLanguage.test)) {
    const lang = officialLanguageOf(out.secondLanguage.test);
    f.add(['secondLanguage', 'test'], `"secondLanguage" is ${lang === 'english' ? 'an English' : 'a French'} test like "language": the second official language must be the other one (${lang === 'english' ? 'French: TEF, TCF or NCLC' : 'English: IELTS, CELPIP, PTE_CORE or CLB'}).`);
    delete out.secondLanguage;
  }
  const cwy = f.years(json, 'canadianWorkYears', []);
  if (cwy !== undefined) out.canadianWorkYears = cwy;
  const fwy = f.years(json, 'foreignWorkYears', []);
  if (fwy !== undefined) out.foreignWorkYears = fwy;
  for (const key of ['certificateOfQualification', 'provincialNomination', 'siblingInCanada'] as const) {
    const b = f.flag(json, key, []);
    if (b !== undefined) out[key] = b;
  }
  const offer = json['jobOffer'];
  if (offer !== undefined && offer !== null) {
    if (!isObject(offer)) f.add(['jobOffer'], `"jobOffer" must be an object such as {"noc": "00012"}, not ${shown(offer)}.`);
    else {
      f.unknown(offer, ['noc'], ['jobOffer'], '"jobOffer"');
      const noc = offer['noc'];
      if (typeof noc !== 'string') f.add(['jobOffer', 'noc'], `"noc" must be the 5-digit NOC 2021 code of the offer in quotes, e.g. "00012", not ${noc === undefined ? 'missing' : shown(noc)}.`);
      else {
        const problem = nocProblem(noc);
        if (problem) f.add(['jobOffer', 'noc'], problem);
        else out.jobOffer = { noc };
      }
    }
  }
  return { fields: out, problems: f.problems };
}

/**
 * Reads a whole candidate profile: the CEC check's fields (core/cec/profile.ts) and the CRS fields. For the CRS,
 * "jobs" may be left out (work years can be given directly). `profile` is set only when there is no problem.
 */
export function parseCandidateProfile(json: unknown): { profile?: CandidateProfile; problems: ProfileProblem[] } {
  if (!isObject(json)) return parseProfile(json);
  const base = parseProfile(json['jobs'] === undefined ? { ...json, jobs: [] } : json);
  const crs = readCrsFields(json);
  const problems = [...base.problems, ...crs.problems];
  if (problems.length || !base.profile) return { problems };
  return { profile: { ...base.profile, ...crs.fields }, problems: [] };
}
