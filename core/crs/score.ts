/**
 * The CRS score of a candidate profile on a date, under the rules in force that day (or a rule set asked for by id):
 * total, sections, factor lines, caps, notes, the changes ahead in the next 12 months and what-if changes.
 */
import { dayFromIso, dayFromParts, isoFromDay } from '../feed/dates';
import { addYears } from '../cec/calendar';
import { validUntilDay } from '../language/clb';
import { CRS_FIRST_DAY, CRS_RULE_SETS, ruleSetById, ruleSetOn, type CrsRuleSet } from './rules';
import { parseCandidateProfile, type CandidateProfile } from './profile';
import { readInput, type CrsInput, type Levels, type TestInput } from './input';
import { scoreGrid } from './grid';
import { workYearsAt, type WorkYearsAt } from './workYears';
import type { CrsChangeAhead, CrsOutcome, CrsResult, CrsWhatIf } from './types';

export interface CrsOptions {
  /** Scoring date (ISO); else the profile's asOf; else `today`. */
  readonly asOf?: string;
  /** Today's local calendar date (ISO); default: the machine's local date. */
  readonly today?: string;
  /** A rule set by id (e.g. a proposal) instead of the one in force on the scoring date. */
  readonly rulesId?: string;
  /**
   * Only the score, its factors, caps and notes: `changesAhead` and `whatIf` come back empty. A spreadsheet cell
   * (EE.CRS) needs only the total, and the 12-month scan of changes ahead is most of a score's cost.
   */
  readonly scoreOnly?: boolean;
}

/** The machine's local calendar date (not UTC: a Canadian evening is still today). */
export function localToday(now: Date = new Date()): string {
  return isoFromDay(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}

function fail(path: readonly (string | number)[], message: string): CrsOutcome {
  return { problems: [{ path: [...path], message }] };
}

/** Why the input changed between two days, in words. */
function whatChanged(before: CrsInput, after: CrsInput, rulesBefore: CrsRuleSet, rulesAfter: CrsRuleSet): string {
  const events: string[] = [];
  if (before.age !== after.age && after.age !== null) events.push(`Birthday: age ${after.age}`);
  const tests: [TestInput | null, TestInput | null, string][] = [
    [before.first, after.first, 'First official language test expires'],
    [before.second, after.second, 'Second official language test expires'],
    [before.spouse?.language ?? null, after.spouse?.language ?? null, "Spouse's language test expires"],
  ];
  for (const [b, a, event] of tests) if (b !== null && a === null) events.push(event);
  const years = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;
  if (before.canadianYears !== after.canadianYears) events.push(`Canadian work ${after.canadianYears > before.canadianYears ? 'reaches' : 'in the last 10 years falls to'} ${years(after.canadianYears)}`);
  if (before.foreignYears !== after.foreignYears) events.push(`Foreign work ${after.foreignYears > before.foreignYears ? 'reaches' : 'in the last 10 years falls to'} ${years(after.foreignYears)}`);
  if (rulesBefore.id !== rulesAfter.id) events.push(`New rules: ${rulesAfter.title}`);
  return events.join('; ') || 'Score changes';
}

/**
 * Every day in the 12 months after `day` when the total changes by itself (birthdays, test expiries, work years
 * counted from jobs reaching or leaving the 10-year window), with the new total. Each day is scored, so no change is
 * missed.
 */
function changesAhead(profile: CandidateProfile, day: number, end: number, fixedRules: CrsRuleSet | null, workAt: WorkYearsAt): CrsChangeAhead[] {
  // The input changes only on these days: birthdays, a test's first and last days, a new rule set, and days when
  // the work years counted from jobs change. Scoring just those keeps this fast.
  const days = new Set<number>();
  if (profile.dateOfBirth !== undefined) {
    const born = dayFromIso(profile.dateOfBirth)!;
    for (let y = 1; y <= 130; y++) days.add(addYears(born, y));
  }
  for (const t of [profile.language, profile.secondLanguage, profile.spouse?.language]) {
    if (t?.date === undefined) continue;
    const taken = dayFromIso(t.date)!;
    days.add(taken);
    days.add(validUntilDay(taken) + 1);
  }
  for (const r of CRS_RULE_SETS) if (r.inForceFrom !== null) days.add(dayFromIso(r.inForceFrom)!);
  const out: CrsChangeAhead[] = [];
  const evaluate = (d: number): { input: CrsInput; rules: CrsRuleSet; total: number } | null => {
    const rules = fixedRules ?? ruleSetOn(isoFromDay(d));
    const reading = readInput(profile, d, workAt);
    return !rules || reading.problems.length ? null : { input: reading.input, rules, total: scoreGrid(reading.input, rules).total };
  };
  let prev = evaluate(day);
  let years = workAt(day);
  for (let d = day + 1; d <= end && prev; d++) {
    const y = workAt(d);
    const workChanged = y.canadian.years !== years.canadian.years || y.foreign.years !== years.foreign.years;
    years = y;
    if (!workChanged && !days.has(d)) continue;
    const now = evaluate(d);
    if (now && now.total !== prev.total) {
      out.push({ date: isoFromDay(d), event: whatChanged(prev.input, now.input, prev.rules, now.rules), total: now.total, change: now.total - prev.total });
    }
    prev = now;
  }
  return out;
}

const all = (level: number): Levels => ({ reading: level, writing: level, listening: level, speaking: level });
const lowest = (l: Levels): number => Math.min(l.reading, l.writing, l.listening, l.speaking);

/** What the candidate can change, each scored exactly against today's total. */
function whatIfs(input: CrsInput, rules: CrsRuleSet, total: number): CrsWhatIf[] {
  const out: CrsWhatIf[] = [];
  const tryChange = (change: string, changed: CrsInput): void => {
    const t = scoreGrid(changed, rules).total;
    out.push({ change, points: t - total, total: t });
  };
  const first = input.first;
  if (first) {
    const word = first.language === 'french' ? 'NCLC' : 'CLB';
    for (const a of ['reading', 'writing', 'listening', 'speaking'] as const) {
      const level = first.levels[a];
      if (level >= 10) continue;
      tryChange(`First language ${a} one level up (${word} ${level} → ${level + 1})`, { ...input, first: { ...first, levels: { ...first.levels, [a]: level + 1 } } });
    }
    const other = first.language === 'english' ? 'french' : 'english';
    const otherWord = other === 'french' ? 'NCLC' : 'CLB';
    const otherName = other === 'french' ? 'French' : 'English';
    for (const level of [5, 7, 9]) {
      if (input.second && lowest(input.second.levels) >= level) continue;
      const second: TestInput = { levels: all(level), language: other, test: other === 'french' ? 'NCLC' : 'CLB', path: ['secondLanguage'] };
      tryChange(`${otherName} as second official language at ${otherWord} ${level} in all four`, { ...input, second });
    }
  } else {
    tryChange('A first official language test at CLB 7 in all four', { ...input, first: { levels: all(7), language: 'english', test: 'CLB', path: ['language'] } });
  }
  tryChange(`One more year of Canadian work (${input.canadianYears} → ${input.canadianYears + 1})`, { ...input, canadianYears: input.canadianYears + 1 });
  const s = input.spouse;
  if (input.withSpouse && s) {
    for (const level of [5, 7, 9]) {
      if (s.language && lowest(s.language.levels) >= level) continue;
      tryChange(`Spouse's language test at CLB ${level} in all four`, { ...input, spouse: { ...s, language: { levels: all(level), language: 'english', test: 'CLB', path: ['spouse', 'language'] } } });
    }
  }
  return out;
}

/** Scores a parsed profile. Never throws; problems come back with their JSON paths. */
export function scoreCrs(profile: CandidateProfile, options: CrsOptions = {}): CrsOutcome {
  const asOf = options.asOf ?? profile.asOf ?? options.today ?? localToday();
  const day = dayFromIso(asOf);
  if (day === null) return fail(['asOf'], `The scoring date "${asOf.slice(0, 40)}" is not a date written YYYY-MM-DD.`);
  let rules: CrsRuleSet | null;
  if (options.rulesId !== undefined) {
    rules = ruleSetById(options.rulesId);
    if (!rules) return fail([], `Unknown CRS rule set "${options.rulesId.slice(0, 40)}".`);
  } else {
    rules = ruleSetOn(asOf);
    if (!rules) return fail(['asOf'], `The CRS began on ${CRS_FIRST_DAY}; there is no score on ${asOf}.`);
  }
  const workAt = workYearsAt(profile.jobs, profile.studyPeriods ?? []);
  const reading = readInput(profile, day, workAt);
  if (reading.problems.length) return { problems: reading.problems };
  const grid = scoreGrid(reading.input, rules);
  const notes = [...reading.notes, ...grid.notes];
  if (rules.status === 'proposed') notes.unshift({ path: null, message: `Scored with ${rules.title}, which is not in force: ${rules.changes.join(' ')}` });
  const fixed = options.rulesId !== undefined ? rules : null;
  const result: CrsResult = {
    total: grid.total,
    asOf,
    rules: { id: rules.id, inForceFrom: rules.inForceFrom, title: rules.title, status: rules.status },
    sections: grid.sections,
    withSpouse: reading.input.withSpouse,
    age: reading.input.age,
    workYears: reading.workYears,
    caps: grid.caps,
    notes,
    changesAhead: options.scoreOnly ? [] : changesAhead(profile, day, addYears(day, 1), fixed, workAt),
    whatIf: options.scoreOnly ? [] : whatIfs(reading.input, rules, grid.total),
  };
  return { result, problems: [] };
}

/** Reads and scores a profile from parsed JSON: problems in the profile, or the result. Never throws. */
export function crsFromJson(json: unknown, options: CrsOptions = {}): CrsOutcome {
  const parsed = parseCandidateProfile(json);
  if (!parsed.profile) return { problems: parsed.problems };
  return scoreCrs(parsed.profile, options);
}

