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
  /** Has a Canadian Armed Forces offer (the skilled military recruits category needs one). */
  readonly canadianArmedForcesOffer?: boolean;
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
  | 'dailyCap';       // hours above 30/7 a day (full-time) across concurrent jobs

export interface JobResult {
  readonly index: number;
  readonly title: string;
  readonly noc: string;
  /** 0–5, or null when the NOC code is malformed (then the job is an error too). */
  readonly teer: number | null;
  /** Whether any of its hours count (the job's verdict; decided on exact hours, not the rounded figure). */
  readonly counts: boolean;
  /** Hours this job contributes to the qualifying total (after exclusions and the daily cap), rounded to 2 decimals. */
  readonly countedHours: number;
  /** Hours the job would have had in the window before any exclusion. */
  readonly hoursInWindow: number;
  /** Hours not counted, by reason (a reason appears only with hours > 0, or when it excludes the whole job). */
  readonly excluded: readonly { readonly reason: ExclusionReason; readonly hours: number; readonly sentence: string }[];
  /** Plain sentences about this job. */
  readonly notes: readonly string[];
}

export type Ability = 'reading' | 'writing' | 'listening' | 'speaking';

/** Why results can or cannot be used on the as-of date. */
export type TestValidity =
  | 'valid'
  | 'expired'        // two years old or more
  | 'notYetTaken'    // test date after the as-of date
  | 'noDate'         // validity unknown
  | 'notAccepted';   // e.g. PTE Core before 2024-01-30

export interface LanguageResult {
  readonly test: LanguageTest;
  /** "NCLC" for French tests (TEF Canada, TCF Canada), "CLB" otherwise: the name of every level below. */
  readonly label: 'CLB' | 'NCLC';
  readonly clb: Readonly<Record<Ability, number>>;
  /** The lowest of the four. */
  readonly min: number;
  /** Level required for the experience counted (7 for TEER 0/1, 5 for TEER 2/3), null when no job counts. */
  readonly required: number | null;
  /** Each ability meets the required level (all true when nothing is required). */
  readonly abilitiesMet: Readonly<Record<Ability, boolean>>;
  readonly testDate: string | null;
  /** Last day the results are valid (test date + 2 years − 1 day), null without a test date. */
  readonly validUntil: string | null;
  readonly valid: boolean;
  readonly validity: TestValidity;
  /** The validity in a few words, e.g. "valid until 2026-04-30", "no test date: validity unknown". */
  readonly validityText: string;
}

/** Something a face shows next to a place in the profile (a diagnostic in VS Code), worded by the core. */
export interface CecNotice {
  /** JSON path, e.g. ["language", "date"]; faces fall back to its parents when it is absent from the text. */
  readonly path: readonly (string | number)[];
  /** Short stable code, e.g. "languageNoDate". */
  readonly code: string;
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

/** The hours figures behind the work-experience verdict (core/cec/hours.ts). */
export interface HoursResult {
  /** Qualifying hours, unrounded. */
  readonly exactHours: number;
  /** Qualifying hours as whole days of full-time work (hours ÷ 30/7, rounded down). */
  readonly fullTimeDays: number;
  /** Hours missing (0 when met; at least 0.01 when short). */
  readonly shortHours: number;
  /** Days of full-time work missing, rounded up (0 when met). */
  readonly shortDays: number;
  /** Within 60 h of 1,560, either side: IRCC's own count from pay records may decide. */
  readonly nearThreshold: boolean;
}

/** One rule of the verdict as faces list it: its name, whether it is met, and the figures in a few words. */
export interface CecCheck {
  readonly rule: 'workExperience' | 'language' | 'testValid';
  /** "Work experience", "Language", "Test validity". */
  readonly label: string;
  readonly met: boolean;
  /** e.g. "1,500 of 1,560 hours: 14 days of full-time work short (60 h)", "IELTS: CLB 8 (needs 7)", "valid until 2026-04-30". */
  readonly detail: string;
}

export interface CecResult {
  readonly eligible: boolean;
  /** Enough qualifying hours (1,560). Faces show this verdict, never one of their own from rounded figures. */
  readonly workExperienceMet: boolean;
  /** The language level the counted experience needs is met (false without a test). */
  readonly languageMet: boolean;
  /** The test is accepted and its results are valid on asOf (false without a test, or without its date). */
  readonly testValid: boolean;
  readonly hours: HoursResult;
  /** The three rules with their verdicts and figures, in the order faces show them. */
  readonly checks: readonly CecCheck[];
  readonly asOf: string;
  /** The window (asOf − 3 years, asOf]: first and last day counted. */
  readonly window: { readonly from: string; readonly to: string };
  readonly qualifyingHours: number;
  readonly requiredHours: number;
  readonly jobs: readonly JobResult[];
  readonly language: LanguageResult | null;
  /** Warnings and notes tied to a place in the profile (language, study periods, the hours total). */
  readonly notices: readonly CecNotice[];
  /** Problems that prevented a full check (schema errors, bad dates, malformed NOC codes). */
  readonly errors: readonly ProfileProblem[];
  /** Every reason for the verdict, as plain sentences. */
  readonly reasons: readonly string[];
}
