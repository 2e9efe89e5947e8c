/**
 * Reads a candidate profile (product.md §3) from parsed JSON. Every problem is reported with its JSON path;
 * nothing here throws, whatever the input.
 */
import { dayFromIso } from '../feed/dates';
import { InputError } from '../types';
import { ABILITIES } from '../language/charts';
import { LANGUAGE_TESTS, checkScore, chartFor, languageTestFromName } from '../language/clb';
import type { Job, LanguageScores, LanguageTest, Profile, ProfileProblem, StudyPeriod } from './types';
import { CRS_PROFILE_KEYS } from '../crs/keys';

type Path = readonly (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

// The CRS fields (core/crs/profile.ts reads them) are known here too, so the CEC check does not call them unknown.
const PROFILE_KEYS = ['$schema', '$comment', 'asOf', 'jobs', 'studyPeriods', 'language', 'canadianArmedForcesOffer', ...CRS_PROFILE_KEYS] as const;
const JOB_KEYS = ['title', 'noc', 'start', 'end', 'hoursPerWeek', 'paid', 'inCanada', 'authorized', 'selfEmployed', 'duringFullTimeStudy'] as const;
const JOB_FLAGS = ['paid', 'inCanada', 'authorized', 'selfEmployed', 'duringFullTimeStudy'] as const;
const STUDY_KEYS = ['start', 'end', 'fullTime'] as const;
const LANGUAGE_KEYS = ['test', 'date', 'reading', 'writing', 'listening', 'speaking'] as const;

/** Most hours one can work in a week (7 × 24). */
export const MAX_HOURS_PER_WEEK = 168;

/**
 * NOC 2021 structure (Statistics Canada, https://www.statcan.gc.ca/eng/subjects/standard/noc/2021/introductionV1):
 * 5 digits, the second is the TEER (0–5). Broad category 0 has one major group, 00, whose unit groups are 00010
 * Legislators to 00015 (list: https://www.nbjobs.ca/occupations/browse-profiles/185).
 */
const SENIOR_MANAGEMENT_UNITS = ['00010', '00011', '00012', '00013', '00014', '00015'];

/** Why a NOC code cannot be a NOC 2021 unit group, or null when it can. */
export function nocProblem(noc: string): string | null {
  if (!/^\d{5}$/.test(noc)) return `NOC "${noc}" is not a NOC 2021 code: it must be 5 digits, e.g. "21232".`;
  if (noc.charCodeAt(1) - 48 > 5) return `NOC "${noc}" has TEER ${noc[1]} (its second digit), but TEER runs from 0 to 5: it is not a NOC 2021 code.`;
  if (noc[0] === '0' && !SENIOR_MANAGEMENT_UNITS.includes(noc)) {
    return `NOC "${noc}" is not a NOC 2021 code: codes starting with 0 are the senior management unit groups 00010 to 00015.`;
  }
  return null;
}

/** TEER of a NOC 2021 code (its second digit), or null when the code cannot be NOC 2021 (see nocProblem). */
export function teerOf(noc: string): number | null {
  return nocProblem(noc) === null ? noc.charCodeAt(1) - 48 : null;
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** Edit distance, to suggest the property a user probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

class Reader {
  readonly problems: ProfileProblem[] = [];

  add(path: Path, message: string): void {
    this.problems.push({ path: [...path], message });
  }

  /** Unknown properties are reported: a misspelt flag would otherwise silently take its default. */
  unknownKeys(obj: Obj, known: readonly string[], path: Path, what: string): void {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const close = known.filter((k) => !k.startsWith('$') && distance(k.toLowerCase(), key.toLowerCase()) <= 2);
      const hint = close.length ? ` Did you mean "${close[0]}"?` : ` Known properties: ${known.filter((k) => !k.startsWith('$')).join(', ')}.`;
      this.add([...path, key], `Unknown property "${key}" in ${what}.${hint}`);
    }
  }

  /** An ISO date; `required` false lets undefined (and null when `nullable`) through. */
  date(obj: Obj, key: string, path: Path, required: boolean, nullable = false): string | null | undefined {
    const v = obj[key];
    if (v === undefined || (nullable && v === null)) {
      if (required) this.add([...path, key], `Missing "${key}": a date written YYYY-MM-DD.`);
      return v;
    }
    if (typeof v !== 'string') {
      this.add([...path, key], `"${key}" must be a date written YYYY-MM-DD, not ${typeName(v)}.`);
      return undefined;
    }
    if (dayFromIso(v) === null) {
      const shaped = /^\d{4}-\d{2}-\d{2}$/.test(v);
      this.add([...path, key], shaped
        ? `"${key}" is ${v}, a date that does not exist.`
        : `"${key}" must be a date written YYYY-MM-DD, not "${v}".`);
      return undefined;
    }
    return v;
  }

  flag(obj: Obj, key: string, path: Path): boolean | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add([...path, key], `"${key}" must be true or false, not ${typeName(v)}.`);
      return undefined;
    }
    return v;
  }

  number(obj: Obj, key: string, path: Path, what: string): number | undefined {
    const v = obj[key];
    if (v === undefined) {
      this.add([...path, key], `Missing "${key}": ${what}.`);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add([...path, key], `"${key}" must be a number (${what}), not ${typeName(v)}.`);
      return undefined;
    }
    return v;
  }

  /** An end date not before its start. */
  endAfterStart(start: string | null | undefined, end: string | null | undefined, path: Path): void {
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      this.add([...path, 'end'], `"end" (${end}) is before "start" (${start}).`);
    }
  }
}

function readJob(r: Reader, v: unknown, path: Path): Job | undefined {
  if (!isObject(v)) {
    r.add(path, `Each job must be an object with "noc", "start" and "hoursPerWeek", not ${typeName(v)}.`);
    return undefined;
  }
  const before = r.problems.length;
  r.unknownKeys(v, JOB_KEYS, path, 'a job');
  if (v['title'] !== undefined && typeof v['title'] !== 'string') r.add([...path, 'title'], `"title" must be text, not ${typeName(v['title'])}.`);
  const noc = v['noc'];
  if (noc === undefined) r.add([...path, 'noc'], 'Missing "noc": the 5-digit NOC 2021 code of the job, e.g. "21232".');
  else if (typeof noc !== 'string') {
    r.add([...path, 'noc'], `"noc" must be the 5-digit code as text in quotes (e.g. "21232", so leading zeros stay), not ${typeName(noc)}.`);
  } else {
    const problem = nocProblem(noc);
    if (problem) r.add([...path, 'noc'], problem);
  }
  const start = r.date(v, 'start', path, true);
  const end = r.date(v, 'end', path, false, true);
  r.endAfterStart(start, end, path);
  const hours = r.number(v, 'hoursPerWeek', path, 'hours worked per week');
  if (hours !== undefined && (hours < 0 || hours > MAX_HOURS_PER_WEEK)) {
    r.add([...path, 'hoursPerWeek'], `"hoursPerWeek" is ${hours}; it must be between 0 and ${MAX_HOURS_PER_WEEK}.`);
  }
  const flags: Partial<Record<(typeof JOB_FLAGS)[number], boolean>> = {};
  for (const f of JOB_FLAGS) {
    const b = r.flag(v, f, path);
    if (b !== undefined) flags[f] = b;
  }
  if (r.problems.length > before) return undefined;
  return {
    ...(typeof v['title'] === 'string' ? { title: v['title'] } : {}),
    noc: noc as string,
    start: start as string,
    ...(end !== undefined ? { end } : {}),
    hoursPerWeek: hours as number,
    ...flags,
  };
}

function readStudy(r: Reader, v: unknown, path: Path): StudyPeriod | undefined {
  if (!isObject(v)) {
    r.add(path, `Each study period must be an object with "start" (and "end", "fullTime"), not ${typeName(v)}.`);
    return undefined;
  }
  const before = r.problems.length;
  r.unknownKeys(v, STUDY_KEYS, path, 'a study period');
  const start = r.date(v, 'start', path, true);
  const end = r.date(v, 'end', path, false, true);
  r.endAfterStart(start, end, path);
  const fullTime = r.flag(v, 'fullTime', path);
  if (r.problems.length > before) return undefined;
  return { start: start as string, ...(end !== undefined ? { end } : {}), ...(fullTime !== undefined ? { fullTime } : {}) };
}

function readLanguage(r: Reader, v: unknown, path: Path): LanguageScores | undefined {
  if (!isObject(v)) {
    r.add(path, `"language" must be an object with "test" and the four scores, not ${typeName(v)}.`);
    return undefined;
  }
  const before = r.problems.length;
  r.unknownKeys(v, LANGUAGE_KEYS, path, '"language"');
  let test: LanguageTest | undefined;
  const t = v['test'];
  if (t === undefined) r.add([...path, 'test'], `Missing "test": one of ${LANGUAGE_TESTS.join(', ')}.`);
  else if (typeof t === 'string' && (LANGUAGE_TESTS as readonly string[]).includes(t)) test = t as LanguageTest;
  else {
    let hint = '';
    try {
      if (typeof t === 'string') hint = ` Did you mean "${languageTestFromName(t)}"?`;
    } catch {
      // Not a known alias either: the list below says what is allowed.
    }
    r.add([...path, 'test'], `"test" must be one of ${LANGUAGE_TESTS.join(', ')}, not ${typeName(t)}.${hint}`);
  }
  const date = r.date(v, 'date', path, false);
  // Without a usable date the TEF chart cannot be chosen, so scores are checked only when the date is fine.
  const dateUsable = v['date'] === undefined || typeof date === 'string';
  const scores: Partial<Record<(typeof ABILITIES)[number], number>> = {};
  for (const a of ABILITIES) {
    const s = r.number(v, a, path, `the ${a} score`);
    if (s === undefined) continue;
    scores[a] = s;
    if (test !== undefined && dateUsable) {
      try {
        checkScore(chartFor(test, typeof date === 'string' ? dayFromIso(date) : null), a, s);
      } catch (e) {
        if (e instanceof InputError) r.add([...path, a], e.message);
        else throw e;
      }
    }
  }
  if (r.problems.length > before || test === undefined) return undefined;
  return {
    test,
    ...(typeof date === 'string' ? { date } : {}),
    reading: scores.reading!,
    writing: scores.writing!,
    listening: scores.listening!,
    speaking: scores.speaking!,
  };
}

/**
 * Reads a profile from parsed JSON. `profile` is set only when there is no problem; `problems` lists every
 * problem found, each with its JSON path (e.g. ["jobs", 0, "noc"]). Never throws.
 */
export function parseProfile(json: unknown): { profile?: Profile; problems: ProfileProblem[] } {
  const r = new Reader();
  if (!isObject(json)) {
    r.add([], `A profile must be a JSON object (jobs, language, CRS factors…), not ${typeName(json)}.`);
    return { problems: r.problems };
  }
  r.unknownKeys(json, PROFILE_KEYS, [], 'the profile');
  const asOf = r.date(json, 'asOf', [], false);
  const jobs: Job[] = [];
  const rawJobs = json['jobs'];
  // No "jobs" is a profile kept for the CRS alone (work years given as numbers): the CEC check counts no job.
  if (rawJobs === undefined) { /* nothing to count */ }
  else if (!Array.isArray(rawJobs)) r.add(['jobs'], `"jobs" must be a list of jobs, not ${typeName(rawJobs)}.`);
  else rawJobs.forEach((j: unknown, i) => {
    const job = readJob(r, j, ['jobs', i]);
    if (job) jobs.push(job);
  });
  const study: StudyPeriod[] = [];
  const rawStudy = json['studyPeriods'];
  if (rawStudy !== undefined) {
    if (!Array.isArray(rawStudy)) r.add(['studyPeriods'], `"studyPeriods" must be a list, not ${typeName(rawStudy)}.`);
    else rawStudy.forEach((s: unknown, i) => {
      const period = readStudy(r, s, ['studyPeriods', i]);
      if (period) study.push(period);
    });
  }
  const language = json['language'] === undefined ? undefined : readLanguage(r, json['language'], ['language']);
  const cafOffer = r.flag(json, 'canadianArmedForcesOffer', []);
  if (r.problems.length) return { problems: r.problems };
  return {
    profile: {
      ...(typeof asOf === 'string' ? { asOf } : {}),
      jobs,
      ...(rawStudy !== undefined ? { studyPeriods: study } : {}),
      ...(language ? { language } : {}),
      ...(cafOffer !== undefined ? { canadianArmedForcesOffer: cafOffer } : {}),
    },
    problems: [],
  };
}

/** "jobs[0].noc" for a problem path; "profile" for the root. */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'profile';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
