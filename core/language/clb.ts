/**
 * Language test scores to CLB/NCLC levels: test names, the chart for a test date, scale checks, the minimum
 * and the two-year validity.
 */
import { InputError, clipInput } from '../types';
import { dayFromIso, isoFromDay } from '../feed/dates';
import { addYears } from '../cec/calendar';
import type { Ability, LanguageTest } from '../cec/types';
import { ABILITIES, CELPIP_CHART, CLB_CHART, IELTS_CHART, PTE_CORE_CHART, TCF_CHART, TEF_2019_CHART, TEF_2023_CHART, TEF_OLD_CHART, levelOf, type Chart, type Scale } from './charts';

export const LANGUAGE_TESTS: readonly LanguageTest[] = ['IELTS', 'CELPIP', 'PTE_CORE', 'TEF', 'TCF', 'CLB', 'NCLC'];

/** Names people type for each test (compared without case, spaces, dashes, dots and underscores). */
const TEST_ALIASES: Readonly<Record<string, LanguageTest>> = {
  ielts: 'IELTS', ieltsgeneral: 'IELTS', ieltsgeneraltraining: 'IELTS', ieltsgt: 'IELTS', ieltsg: 'IELTS',
  celpip: 'CELPIP', celpipgeneral: 'CELPIP', celpipg: 'CELPIP',
  pte: 'PTE_CORE', ptecore: 'PTE_CORE', pearson: 'PTE_CORE',
  tef: 'TEF', tefcanada: 'TEF',
  tcf: 'TCF', tcfcanada: 'TCF',
  clb: 'CLB', nclc: 'NCLC', clbnclc: 'CLB',
};

/** The test a user means by a name such as "ielts", "PTE-Core", "tef", "nclc"; InputError otherwise. */
export function languageTestFromName(name: string): LanguageTest {
  const key = name.toLowerCase().replace(/[\s_.\-]+/g, '');
  // Own keys only: "constructor" or "__proto__" are not tests.
  const test = Object.hasOwn(TEST_ALIASES, key) ? TEST_ALIASES[key] : undefined;
  if (!test) {
    throw new InputError(`Unknown language test "${clipInput(name)}": use IELTS, CELPIP, PTE_CORE, TEF, TCF, CLB or NCLC.`);
  }
  return test;
}

/** Users' name of a test. */
export function testName(test: LanguageTest): string {
  switch (test) {
    case 'IELTS': return IELTS_CHART.name;
    case 'CELPIP': return CELPIP_CHART.name;
    case 'PTE_CORE': return PTE_CORE_CHART.name;
    case 'TEF': return 'TEF Canada';
    case 'TCF': return TCF_CHART.name;
    case 'CLB': return CLB_CHART.name;
    case 'NCLC': return 'NCLC levels';
  }
}

// TEF Canada charts by test date. canada.ca words them "tests taken after December 10, 2023" and "October 1,
// 2019 – December 10, 2023", so December 10, 2023 itself still uses the 2019 chart.
const TEF_2019_FIRST_DAY = dayFromIso('2019-10-01')!;
const TEF_2019_LAST_DAY = dayFromIso('2023-12-10')!;

/**
 * The chart for a test taken on `testDay` (day number). TEF Canada without a date uses the current chart
 * (tests after December 10, 2023).
 */
export function chartFor(test: LanguageTest, testDay: number | null): Chart {
  switch (test) {
    case 'IELTS': return IELTS_CHART;
    case 'CELPIP': return CELPIP_CHART;
    case 'PTE_CORE': return PTE_CORE_CHART;
    case 'TCF': return TCF_CHART;
    case 'CLB':
    case 'NCLC': return CLB_CHART;
    case 'TEF':
      if (testDay === null || testDay > TEF_2019_LAST_DAY) return TEF_2023_CHART;
      return testDay >= TEF_2019_FIRST_DAY ? TEF_2019_CHART : TEF_OLD_CHART;
  }
}

function describeScale(s: Scale): string {
  const step = s.step === 1 ? 'whole numbers' : `steps of ${s.step}`;
  return `${s.min}–${s.max} in ${step}`;
}

/** Throws InputError naming test, ability and scale when a score is not on the chart's scale. */
export function checkScore(chart: Chart, ability: Ability, score: number): void {
  const s = chart.scales[ability];
  const onScale = typeof score === 'number' && Number.isFinite(score) && score >= s.min && score <= s.max;
  // Tolerates float noise such as 6.499999999 from spreadsheets, not a real half step off.
  if (!onScale || Math.abs(score / s.step - Math.round(score / s.step)) > 1e-9) {
    throw new InputError(
      `${chart.name} ${ability} score ${String(score)} is outside the test's scale (${describeScale(s)}).`,
    );
  }
}

/** French tests report NCLC levels (Niveaux de compétence linguistique canadiens), English ones CLB. */
export type LevelLabel = 'CLB' | 'NCLC';

/** The name of the levels of a test: NCLC for TEF Canada and TCF Canada, CLB otherwise. */
export function levelLabel(test: LanguageTest): LevelLabel {
  return test === 'TEF' || test === 'TCF' ? 'NCLC' : 'CLB';
}

/**
 * First day IRCC accepts PTE Core results for Express Entry: January 30, 2024 (reported in Mondaq, "IRCC Accepts New
 * English Language Test: Pearson", https://www.mondaq.com/canada/general-immigration/1529776/; canada.ca's language
 * charts list PTE Core since then).
 */
export const PTE_CORE_ACCEPTED_FROM = '2024-01-30';
const PTE_CORE_FIRST_DAY = dayFromIso(PTE_CORE_ACCEPTED_FROM)!;

/** Why a test taken on `testDay` is not accepted for Express Entry, or null when it is. */
export function notAcceptedReason(test: LanguageTest, testDay: number | null): string | null {
  if (test === 'PTE_CORE' && testDay !== null && testDay < PTE_CORE_FIRST_DAY) {
    return `PTE Core results are accepted only for tests taken on or after ${PTE_CORE_ACCEPTED_FROM} (IRCC began accepting PTE Core on January 30, 2024); this test was taken on ${isoFromDay(testDay)}.`;
  }
  return null;
}

/** Two readings of TEF Canada scores: on the chart of the test date and on the old score scale. */
export interface TefScaleWarning {
  /** Lowest NCLC on the chart of the test date (the one the check uses). */
  readonly currentMin: number;
  /** Lowest NCLC if the scores are on the old scale ("équivalence ancien score"). */
  readonly oldScaleMin: number;
  readonly sentence: string;
}

/**
 * TEF Canada scores of a test taken after December 10, 2023 that fit the old score scale better than the 0–699
 * scale: every score is within the old scale (reading /300, writing /450, listening /360, speaking /450) and the
 * old chart reads a higher lowest level. The score sheet shows both scales (CCI Paris tells candidates to enter the
 * old-scale equivalents: https://www.lefrancaisdesaffaires.fr/en/tef-canada-clb-level/), so such scores were probably copied from the other column: say so, naming both readings.
 */
export function tefScaleWarning(scores: Readonly<Record<Ability, number>>, testDay: number | null): TefScaleWarning | null {
  if (testDay === null || testDay <= TEF_2019_LAST_DAY) return null;
  const old = TEF_OLD_CHART;
  if (!ABILITIES.every((a) => scores[a] >= old.scales[a].min && scores[a] <= old.scales[a].max)) return null;
  const minOn = (chart: Chart): number => Math.min(...ABILITIES.map((a) => levelOf(chart.levels[a], scores[a])));
  const currentMin = minOn(TEF_2023_CHART);
  const oldScaleMin = minOn(old);
  if (oldScaleMin <= currentMin) return null;
  const below = (n: number): string => (n < 4 ? `below NCLC 4 (shown as NCLC ${n})` : `NCLC ${n}`);
  return {
    currentMin,
    oldScaleMin,
    sentence:
      `These TEF Canada scores look like the old score scale (reading /300, writing /450, listening /360, speaking /450): ` +
      `on the 0–699 scale of tests taken after December 10, 2023, which this check uses, they read as ${below(currentMin)}; ` +
      `on the old scale they would read as ${below(oldScaleMin)}. Enter the scores from the column your IRCC profile asks for, and check them against your score sheet.`,
  };
}

export interface ClbLevels {
  readonly reading: number;
  readonly writing: number;
  readonly listening: number;
  readonly speaking: number;
  /** The lowest of the four: the level used for eligibility. */
  readonly min: number;
  readonly test: LanguageTest;
  /** NCLC for French tests, CLB for English ones. */
  readonly label: LevelLabel;
  /** Name of the chart used, e.g. "TEF Canada (tests after December 10, 2023)". */
  readonly chart: string;
  readonly testDate: string | null;
  /** Last day the results are valid (test date + 2 years − 1 day), null without a test date. */
  readonly validUntil: string | null;
}

/**
 * CLB (or NCLC) level per ability and the minimum. `test` is a LanguageTest or a name users type ("ielts",
 * "pte-core", "nclc"…); `testDate` (ISO) picks the TEF Canada chart and gives the validity. Throws InputError
 * for an unknown test, a bad date or a score outside the test's scale. A score below the chart's lowest level
 * gives the level just below it (e.g. CLB 3 for IELTS reading 3.0).
 */
export function clbLevels(
  test: string, // a LanguageTest, or a test's name as the user writes it
  scores: Readonly<Record<Ability, number>>,
  testDate?: string | null,
): ClbLevels {
  const t = languageTestFromName(test);
  let testDay: number | null = null;
  if (testDate !== undefined && testDate !== null) {
    testDay = dayFromIso(testDate);
    if (testDay === null) throw new InputError(`Bad test date "${testDate}": use an existing date written YYYY-MM-DD, e.g. 2024-05-01.`);
  }
  const chart = chartFor(t, testDay);
  const level = {} as Record<Ability, number>;
  for (const a of ABILITIES) {
    const score = scores[a];
    checkScore(chart, a, score);
    const step = chart.scales[a].step;
    level[a] = levelOf(chart.levels[a], Math.round(score / step) * step);
  }
  return {
    reading: level.reading,
    writing: level.writing,
    listening: level.listening,
    speaking: level.speaking,
    min: Math.min(level.reading, level.writing, level.listening, level.speaking),
    test: t,
    label: levelLabel(t),
    chart: chart.name,
    testDate: testDay === null ? null : isoFromDay(testDay),
    validUntil: testDay === null ? null : isoFromDay(validUntilDay(testDay)),
  };
}

/** Last day results of a test taken on `testDay` are valid: they stop counting once two years old. */
export function validUntilDay(testDay: number): number {
  return addYears(testDay, 2) - 1;
}

/** Whether results of a test taken on `testDay` can be used on `day` (taken by then, not yet two years old). */
export function validOn(testDay: number, day: number): boolean {
  return day >= testDay && day <= validUntilDay(testDay);
}

/** CLB required in all four abilities for experience in a TEER: 7 for TEER 0/1, 5 for TEER 2/3, null otherwise. */
export function requiredClb(teer: number): number | null {
  if (teer === 0 || teer === 1) return 7;
  if (teer === 2 || teer === 3) return 5;
  return null;
}
