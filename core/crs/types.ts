/** The CRS result: the contract the CLI, the VS Code extension and the Excel add-in lay out. */
import type { ProfileProblem } from '../cec/types';

export type CrsSectionId = 'coreHumanCapital' | 'spouse' | 'skillTransferability' | 'additional';
export const CRS_SECTION_IDS: readonly CrsSectionId[] = ['coreHumanCapital', 'spouse', 'skillTransferability', 'additional'];

/** One factor's points, e.g. { factor: 'age', points: 110, reason: 'Age 29: 110 points' }. */
export interface CrsFactorLine {
  /** Stable id, e.g. "age", "firstLanguage.reading", "transferability.educationLanguage". */
  readonly factor: string;
  readonly section: CrsSectionId;
  /** Short label, e.g. "Age". */
  readonly label: string;
  readonly points: number;
  /** What was scored, without the points, e.g. "Age 29". */
  readonly what: string;
  /** One line: what was scored and how many points. */
  readonly reason: string;
  /** The profile field it comes from (JSON path), when there is one. */
  readonly path: readonly (string | number)[] | null;
}

export interface CrsSection {
  readonly points: number;
  readonly max: number;
  readonly title: string;
  readonly factors: readonly CrsFactorLine[];
}

/** A cap that took points away. */
export interface CrsCapApplied {
  readonly cap: string;
  readonly limit: number;
  /** Points before the cap. */
  readonly before: number;
  readonly note: string;
}

/** Something that scored nothing (or was ignored) and why; `path` points at the field. */
export interface CrsNote {
  readonly path: readonly (string | number)[] | null;
  readonly message: string;
}

export interface CrsWorkYearsUsed {
  readonly years: number;
  /** 'profile': the number written in the profile; 'jobs': counted from the jobs. */
  readonly source: 'profile' | 'jobs';
  /** Qualifying hours in the 10 years before the scoring date, when counted from jobs. */
  readonly hours: number | null;
}

/** A date ahead when the score changes by itself (a birthday, a test's expiry). */
export interface CrsChangeAhead {
  readonly date: string;
  readonly event: string;
  readonly total: number;
  readonly change: number;
}

/** What a candidate can change, and the exact change in points. */
export interface CrsWhatIf {
  readonly change: string;
  readonly points: number;
  readonly total: number;
}

export interface CrsResult {
  readonly total: number;
  /** The scoring date (ISO). */
  readonly asOf: string;
  readonly rules: { readonly id: string; readonly inForceFrom: string | null; readonly title: string; readonly status: 'in-force' | 'proposed' };
  readonly sections: Readonly<Record<CrsSectionId, CrsSection>>;
  /** Whether the candidate was scored with an accompanying spouse. */
  readonly withSpouse: boolean;
  readonly age: number | null;
  readonly workYears: { readonly canadian: CrsWorkYearsUsed; readonly foreign: CrsWorkYearsUsed };
  readonly caps: readonly CrsCapApplied[];
  readonly notes: readonly CrsNote[];
  /** Within 12 months after the scoring date. */
  readonly changesAhead: readonly CrsChangeAhead[];
  readonly whatIf: readonly CrsWhatIf[];
}

export interface CrsOutcome {
  /** Set when the profile could be scored. */
  readonly result?: CrsResult;
  /** Problems that prevent scoring, each with its JSON path. */
  readonly problems: readonly ProfileProblem[];
}
