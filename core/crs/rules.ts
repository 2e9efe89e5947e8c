/**
 * The Comprehensive Ranking System (CRS) grid as data: one rule set per period, each with the date it came into
 * force, its tables, its caps and its sources. A score is computed under the rule set in force on its date.
 *
 * Sources:
 * - Ministerial Instructions respecting the Express Entry system (current text, Aug 9, 2024), ss. 8–26:
 *   https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 * - canada.ca CRS criteria grid, as copied by Focal Point Canada Immigration:
 *   https://focalpointcanadaimmigration.ca/express-entry-crs-points-grid
 * - Age table: https://www.passagecanada.com/course/express-entry-blueprint-course-overview_certificate-2
 * - Skill transferability: ranjan-expatready/Neuron domain_knowledge/raw/crs/transferability_tables.md
 *   (transcribed from https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html)
 * - Each rule set lists the sources of its own change.
 */

export type EducationLevel = 'none' | 'secondary' | 'one-year' | 'two-year' | 'bachelors' | 'two-or-more' | 'masters' | 'doctoral';
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['none', 'secondary', 'one-year', 'two-year', 'bachelors', 'two-or-more', 'masters', 'doctoral'];

export type CanadianEducation = 'none' | 'one-or-two-year' | 'three-year-or-more';
export const CANADIAN_EDUCATION: readonly CanadianEducation[] = ['none', 'one-or-two-year', 'three-year-or-more'];

/** Points with an accompanying spouse and without one. */
export interface SpousePair {
  readonly withSpouse: number;
  readonly withoutSpouse: number;
}

/** Rows "from this level (or years) up: points", highest first; below the last row: 0. */
export type Steps<T> = readonly (readonly [from: number, points: T])[];

export interface CrsTables {
  /** Age in whole years (18–44) → points; other ages score 0. */
  readonly age: Readonly<Record<number, SpousePair>>;
  readonly education: Readonly<Record<EducationLevel, SpousePair>>;
  /** First official language, per ability, by CLB. */
  readonly firstLanguage: Steps<SpousePair>;
  /** Second official language, per ability, by CLB. */
  readonly secondLanguage: Steps<number>;
  /** Canadian work experience, by full years. */
  readonly canadianWork: Steps<SpousePair>;
  readonly spouseEducation: Readonly<Record<EducationLevel, number>>;
  readonly spouseLanguage: Steps<number>;
  readonly spouseCanadianWork: Steps<number>;
  readonly transferability: {
    /** Which transferability row an education level falls in: 0 none, 1 "post-secondary, one year or longer", 2 "two or more, one 3+ years; master's; doctorate". */
    readonly educationRow: Readonly<Record<EducationLevel, 0 | 1 | 2>>;
    /** Points by row (index 0, 1, 2) with first-language CLB 7+ (one under 9) / CLB 9+ in all four. */
    readonly educationLanguage: { readonly clb7: readonly number[]; readonly clb9: readonly number[] };
    /** Points by row with 1 year / 2+ years of Canadian work. */
    readonly educationCanadianWork: { readonly oneYear: readonly number[]; readonly twoYears: readonly number[] };
    /** Foreign work rows: 0 none, 1 one or two years, 2 three or more. */
    readonly foreignLanguage: { readonly clb7: readonly number[]; readonly clb9: readonly number[] };
    readonly foreignCanadianWork: { readonly oneYear: readonly number[]; readonly twoYears: readonly number[] };
    /** Certificate of qualification with CLB 5+ in all four (one under 7) / CLB 7+ in all four. */
    readonly certificate: { readonly clb5: number; readonly clb7: number };
  };
  readonly additional: {
    readonly provincialNomination: number;
    /** Job offer points: NOC major group 00 (senior managers) and any other skilled (TEER 0–3) offer. */
    readonly jobOffer: { readonly seniorManager: number; readonly otherSkilled: number };
    readonly canadianEducation: { readonly oneOrTwoYear: number; readonly threeYearOrMore: number };
    readonly sibling: number;
    /** NCLC 7+ in all four French abilities, with English CLB 4 or less (or none) / CLB 5+ in all four. */
    readonly french: { readonly englishLow: number; readonly englishClb5: number };
  };
}

export interface CrsCaps {
  /** Second official language: with / without spouse. */
  readonly secondLanguage: SpousePair;
  readonly spouse: number;
  /** Each transferability group (education, foreign work, certificate). */
  readonly transferabilityGroup: number;
  readonly transferability: number;
  readonly additional: number;
  readonly total: number;
}

export interface CrsSource {
  readonly title: string;
  /** Omitted where only the title is known exactly. */
  readonly url?: string;
}

export interface CrsRuleSet {
  /** Stable id, e.g. "crs-2025-03-25". */
  readonly id: string;
  readonly title: string;
  /** 'in-force' sets apply by date; a 'proposed' set applies only when asked for by id. */
  readonly status: 'in-force' | 'proposed';
  /** First day in force (ISO); null for a proposal. */
  readonly inForceFrom: string | null;
  /** What this set changed from the one before, in plain words. */
  readonly changes: readonly string[];
  /** How sure the date and values are. */
  readonly confidence: string;
  readonly tables: CrsTables;
  readonly caps: CrsCaps;
  readonly sources: readonly CrsSource[];
}

const pair = (withSpouse: number, withoutSpouse: number): SpousePair => ({ withSpouse, withoutSpouse });

const AGE: Readonly<Record<number, SpousePair>> = {
  18: pair(90, 99), 19: pair(95, 105),
  20: pair(100, 110), 21: pair(100, 110), 22: pair(100, 110), 23: pair(100, 110), 24: pair(100, 110),
  25: pair(100, 110), 26: pair(100, 110), 27: pair(100, 110), 28: pair(100, 110), 29: pair(100, 110),
  30: pair(95, 105), 31: pair(90, 99), 32: pair(85, 94), 33: pair(80, 88), 34: pair(75, 83), 35: pair(70, 77),
  36: pair(65, 72), 37: pair(60, 66), 38: pair(55, 61), 39: pair(50, 55), 40: pair(45, 50), 41: pair(35, 39),
  42: pair(25, 28), 43: pair(15, 17), 44: pair(5, 6),
};

const GRID_2015: CrsTables = {
  age: AGE,
  education: {
    none: pair(0, 0), secondary: pair(28, 30), 'one-year': pair(84, 90), 'two-year': pair(91, 98),
    bachelors: pair(112, 120), 'two-or-more': pair(119, 128), masters: pair(126, 135), doctoral: pair(140, 150),
  },
  firstLanguage: [[10, pair(32, 34)], [9, pair(29, 31)], [8, pair(22, 23)], [7, pair(16, 17)], [6, pair(8, 9)], [4, pair(6, 6)]],
  secondLanguage: [[9, 6], [7, 3], [5, 1]],
  canadianWork: [[5, pair(70, 80)], [4, pair(63, 72)], [3, pair(56, 64)], [2, pair(46, 53)], [1, pair(35, 40)]],
  spouseEducation: { none: 0, secondary: 2, 'one-year': 6, 'two-year': 7, bachelors: 8, 'two-or-more': 9, masters: 10, doctoral: 10 },
  spouseLanguage: [[9, 5], [7, 3], [5, 1]],
  spouseCanadianWork: [[5, 10], [4, 9], [3, 8], [2, 7], [1, 5]],
  transferability: {
    educationRow: { none: 0, secondary: 0, 'one-year': 1, 'two-year': 1, bachelors: 1, 'two-or-more': 2, masters: 2, doctoral: 2 },
    educationLanguage: { clb7: [0, 13, 25], clb9: [0, 25, 50] },
    educationCanadianWork: { oneYear: [0, 13, 25], twoYears: [0, 25, 50] },
    foreignLanguage: { clb7: [0, 13, 25], clb9: [0, 25, 50] },
    foreignCanadianWork: { oneYear: [0, 13, 25], twoYears: [0, 25, 50] },
    certificate: { clb5: 25, clb7: 50 },
  },
  additional: {
    provincialNomination: 600,
    // 2015–2016: a qualifying (LMIA-based) offer earned 600, whatever the skilled occupation.
    jobOffer: { seniorManager: 600, otherSkilled: 600 },
    canadianEducation: { oneOrTwoYear: 0, threeYearOrMore: 0 },
    sibling: 0,
    french: { englishLow: 0, englishClb5: 0 },
  },
};

const CAPS: CrsCaps = {
  secondLanguage: pair(22, 24),
  spouse: 40,
  transferabilityGroup: 50,
  transferability: 100,
  additional: 600,
  total: 1200,
};

const MI_CURRENT: CrsSource = {
  title: 'Ministerial Instructions respecting the Express Entry system (current)',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html',
};
const GRID: CrsSource = {
  title: 'Express Entry CRS points grid (copy of the canada.ca grid)',
  url: 'https://focalpointcanadaimmigration.ca/express-entry-crs-points-grid',
};
const ARCHIVED_MI_2015: CrsSource = { title: 'Ministerial Instructions respecting the Express Entry system, May 30, 2015 – November 18, 2016 (archived on canada.ca)' };
const CRITERIA: CrsSource = {
  title: 'canada.ca: Comprehensive Ranking System (CRS) criteria',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html',
};

function next(
  before: CrsRuleSet,
  id: string,
  inForceFrom: string,
  title: string,
  changes: readonly string[],
  confidence: string,
  additional: Partial<CrsTables['additional']>,
  sources: readonly CrsSource[],
): CrsRuleSet {
  return {
    id, title, status: 'in-force', inForceFrom, changes, confidence,
    tables: { ...before.tables, additional: { ...before.tables.additional, ...additional } },
    caps: before.caps,
    sources: [...before.sources.slice(0, 3), ...sources],
  };
}

const CRS_2015: CrsRuleSet = {
  id: 'crs-2015-01-01',
  title: 'CRS as launched with Express Entry',
  status: 'in-force',
  inForceFrom: '2015-01-01',
  changes: ['The CRS begins: core, spouse and skill transferability grid; additional points only for a provincial nomination (600) or a qualifying (LMIA-based) job offer (600).'],
  confidence: 'well known; not re-read in an official archive',
  tables: GRID_2015,
  caps: CAPS,
  sources: [MI_CURRENT, GRID, CRITERIA, ARCHIVED_MI_2015],
};

const CRS_2016 = next(CRS_2015, 'crs-2016-11-19', '2016-11-19', 'Job offer points cut; Canadian study points',
  ['Job offer: 200 points for NOC major group 00 (senior managers), 50 for any other skilled offer (was 600).',
    'Canadian post-secondary credential: 15 points (1–2 years), 30 (3+ years, master\'s, professional, doctoral).'],
  'several independent news copies (nlai.ca, canadavisa.com, akcanada.com)',
  { jobOffer: { seniorManager: 200, otherSkilled: 50 }, canadianEducation: { oneOrTwoYear: 15, threeYearOrMore: 30 } },
  [ARCHIVED_MI_2015]);

const CRS_2017 = next(CRS_2016, 'crs-2017-06-06', '2017-06-06', 'Sibling and French points',
  ['Sibling in Canada (citizen or PR, 18+): 15 points.',
    'French NCLC 7+ in all four: 15 points (English CLB 4 or less, or none), 30 (English CLB 5+ in all four).'],
  'news copies (pinoy-canada.com and others)',
  { sibling: 15, french: { englishLow: 15, englishClb5: 30 } },
  [{ title: 'Ministerial Instructions Amending the Ministerial Instructions respecting the Express Entry system (2017), on canada.ca' }]);

const CRS_2020 = next(CRS_2017, 'crs-2020-10-27', '2020-10-27', 'More French points',
  ['French NCLC 7+ in all four: 25 points (English CLB 4 or less, or none), 50 (English CLB 5+ in all four).'],
  'IRCC release of Oct 27, 2020 (reproduced by worktocanada.com)',
  { french: { englishLow: 25, englishClb5: 50 } },
  [{ title: 'IRCC release of October 27, 2020 (reproduction)', url: 'https://worktocanada.com/en/points-supplementaires-dans-entree-express' }]);

const CRS_2022 = next(CRS_2020, 'crs-2022-11-16', '2022-11-16', 'NOC 2021 (TEER) replaces NOC 2016',
  ['Skilled work and job offers are TEER 0, 1, 2 or 3 of NOC 2021; the 200-point senior manager group is NOC 2021 00010–00015.'],
  'IRCC switch to NOC 2021 (Siskinds, Moving2Canada)',
  {},
  [{ title: 'Moving2Canada: NOC 2021 TEER categories', url: 'https://moving2canada.com/news-and-features/news/work/noc-2021-teer-categories' }]);

const CRS_2025 = next(CRS_2022, 'crs-2025-03-25', '2025-03-25', 'Job offer points removed',
  ['Arranged employment (job offer) points removed (0) for everyone not already invited.'],
  'IRCC release of Dec 23, 2024; amended Ministerial Instructions in force Mar 25, 2025',
  { jobOffer: { seniorManager: 0, otherSkilled: 0 } },
  [{ title: 'Matrix Visa: Express Entry points for job offers removed (links the amended MI)', url: 'https://www.matrixvisa.com/express-entry-points-for-job-offers-removed/' }]);

/**
 * The 2026 proposals (IRCC Forward Regulatory Plan 2026–2028 and the consultation of Apr 23 – May 24, 2026).
 * No point values were published, so the set keeps the grid in force and carries the proposed changes as notes.
 * Never applied by date: only when asked for by id.
 */
const PROPOSED_2026: CrsRuleSet = {
  ...CRS_2025,
  id: 'proposed-2026',
  title: 'Proposed 2026 changes (not in force)',
  status: 'proposed',
  inForceFrom: null,
  changes: [
    'Proposed: a high-wage occupation factor (tiers at 1.3×, 1.5× and 2× the national median wage).',
    'Proposed: job offer points only for high-wage occupations.',
    'Proposed: fewer or no points for a sibling, Canadian education and French.',
    'No point values were published: this set scores with the grid in force and lists the proposals.',
  ],
  confidence: 'under consultation only (third-party reports of IRCC material)',
  sources: [
    { title: 'CIC News: Express Entry overhaul proposals (April 2026)', url: 'https://www.cicnews.com/2026/04/breaking-express-entry-overhaul-eligibility-and-crs-selection-details-revealed-for-proposed-changes-0474005.html/amp' },
    { title: 'Immergity: Forward Regulatory Plan text (April 1, 2026)', url: 'https://insights.immergity.ca/insights/ircc-repeal-fsw-cec-fst-new-federal-high-skilled-class-2026' },
  ],
};

/** Every rule set in force, oldest first. */
export const CRS_RULE_SETS: readonly CrsRuleSet[] = [CRS_2015, CRS_2016, CRS_2017, CRS_2020, CRS_2022, CRS_2025];
/** Proposals: kept, never applied unless asked for by id. */
export const CRS_PROPOSALS: readonly CrsRuleSet[] = [PROPOSED_2026];

/** The first day the CRS existed. */
export const CRS_FIRST_DAY = '2015-01-01';

/** The rule set in force on an ISO date, or null before the CRS began. */
export function ruleSetOn(date: string): CrsRuleSet | null {
  let found: CrsRuleSet | null = null;
  for (const r of CRS_RULE_SETS) if (r.inForceFrom !== null && r.inForceFrom <= date) found = r;
  return found;
}

/** A rule set (in force or proposed) by id, or null. */
export function ruleSetById(id: string): CrsRuleSet | null {
  return [...CRS_RULE_SETS, ...CRS_PROPOSALS].find((r) => r.id === id) ?? null;
}

/** The points of the first step whose "from" the value reaches; 0 below every step. */
export function stepPoints<T>(steps: Steps<T>, value: number, zero: T): T {
  for (const [from, points] of steps) if (value >= from) return points;
  return zero;
}
