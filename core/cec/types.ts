/**
 * The CEC check's data types: the candidate profile (product.md §3) and the result. These are the contract the
 * VS Code extension and the Excel add-in build on.
 */

/** One job as written in a profile. Flags default to the qualifying value. */
export interface Job {
  readonly title?: string;
  /** 5-digit NOC 2021 code; TEER is the second digit. */
  readonly noc: string;
  /** ISO date. */
  readonly start: string;
  /** ISO date; null or omitted: ongoing until asOf. */
  readonly end?: string | null;
  readonly hoursPerWeek: number;
  readonly paid?: boolean;
  readonly inCanada?: boolean;
  readonly authorized?: boolean;
  readonly selfEmployed?: boolean;
  readonly duringFullTimeStudy?: boolean;
}

export interface StudyPeriod {
  readonly start: string;
  readonly end?: string | null;
  readonly fullTime?: boolean;
}

/** English: IELTS, CELPIP, PTE_CORE, CLB (levels given directly); French: TEF, TCF, NCLC (levels given directly). */
export type LanguageTest = 'IELTS' | 'CELPIP' | 'PTE_CORE' | 'TEF' | 'TCF' | 'CLB' | 'NCLC';

export interface LanguageScores {
  readonly test: LanguageTest;
  /** ISO date of the test; validity is two years from it. */
  readonly date?: string;
  readonly reading: number;
  readonly writing: number;
  readonly listening: number;
  readonly speaking: number;
}

export interface Profile {
  /** ISO date; omitted: today. */
  readonly asOf?: string;
  readonly jobs: readonly Job[];
  readonly studyPeriods?: readonly StudyPeriod[];
  readonly language?: LanguageScores;
}

/** A problem in a profile, with where it is (a JSON path such as ["jobs", 0, "noc"]). */
export interface ProfileProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Why hours of a job did not count. */
export type ExclusionReason =
  | 'teer'            // NOC TEER 4 or 5
  | 'unpaid'
  | 'outsideCanada'
  | 'unauthorized'
  | 'selfEmployed'
  | 'fullTimeStudy'   // flag, or overlap with a full-time study period
  | 'outsideWindow'
  | 'languageLevel'   // the job's TEER needs a higher CLB than the candidate has
  | 'weeklyCap';      // hours above 30 in a week across concurrent jobs

export interface JobResult {
  readonly index: number;
  readonly title: string;
  readonly noc: string;
  /** 0–5, or null when the NOC code is malformed (then the job is an error too). */
  readonly teer: number | null;
  /** Hours this job contributes to the qualifying total (after exclusions and the weekly cap). */
  readonly countedHours: number;
  /** Hours the job would have had in the window before any exclusion. */
  readonly hoursInWindow: number;
  /** Hours not counted, by reason (a reason appears only with hours > 0, or when it excludes the whole job). */
  readonly excluded: readonly { readonly reason: ExclusionReason; readonly hours: number; readonly sentence: string }[];
  /** Plain sentences about this job. */
  readonly notes: readonly string[];
}

export type Ability = 'reading' | 'writing' | 'listening' | 'speaking';

export interface LanguageResult {
  readonly test: LanguageTest;
  readonly clb: Readonly<Record<Ability, number>>;
  /** The lowest of the four. */
  readonly min: number;
  /** CLB required for the experience counted (7 for TEER 0/1, 5 for TEER 2/3), null when no job counts. */
  readonly required: number | null;
  readonly testDate: string | null;
  /** Last day the results are valid (test date + 2 years − 1 day), null without a test date. */
  readonly validUntil: string | null;
  readonly valid: boolean;
}

export interface CecResult {
  readonly eligible: boolean;
  readonly asOf: string;
  /** The window (asOf − 3 years, asOf]: first and last day counted. */
  readonly window: { readonly from: string; readonly to: string };
  readonly qualifyingHours: number;
  readonly requiredHours: number;
  readonly jobs: readonly JobResult[];
  readonly language: LanguageResult | null;
  /** Problems that prevented a full check (schema errors, bad dates, malformed NOC codes). */
  readonly errors: readonly ProfileProblem[];
  /** Every reason for the verdict, as plain sentences. */
  readonly reasons: readonly string[];
}
