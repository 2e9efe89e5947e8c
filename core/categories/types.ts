/**
 * Category-based selection: the occupation lists as data, and the answer "could a category round invite this
 * candidate?" per category, with reasons. These types are the contract the CLI, VS Code and Excel build on.
 */
import type { CategoryId } from '../types';

/** One occupation list of a category, as announced (generated from the project's reference file). */
export interface OccupationList {
  readonly category: CategoryId;
  /** The version as sources name it, e.g. "2025 (Version 2)". */
  readonly versionText: string;
  /** The number a round's drawName carries ("(Version 2)", ", 2026-Version 3"); null when no round names one. */
  readonly version: number | null;
  /** ISO date the list was announced: it applies from then until a newer list of the category. */
  readonly announced: string;
  /** NOC 2021 codes known to be on the list; null when none is known. */
  readonly nocs: readonly string[] | null;
  /** Codes known to have left the list (a published change against the previous version). */
  readonly removedNocs: readonly string[];
  /** True only when the list is known in full; then a code missing from it is not on it. */
  readonly complete: boolean;
  /** How complete the sources say the list is, in their words. */
  readonly completeness: string;
  /** The experience must be Canadian (physicians, senior managers, researchers). */
  readonly canadianExperienceOnly: boolean;
  /** A Canadian Armed Forces offer is needed too (skilled military recruits). */
  readonly needsArmedForcesOffer: boolean;
  readonly sources: readonly string[];
}

/** The answer for one category. Keys as in `ee categories --json`. */
export interface CategoryVerdict {
  readonly category: CategoryId;
  /** true: could be invited in this category's rounds; false: could not; null: unknown (check canada.ca). */
  readonly eligible: boolean | null;
  /** Plain sentences: the verdict first, then why. */
  readonly reasons: readonly string[];
  /** The list used (its versionText), null for French (no list). */
  readonly listVersion: string | null;
  /** Whether that list is known in full; null for French. */
  readonly listComplete: boolean | null;
}

export interface CategoriesResult {
  readonly asOf: string;
  /** Every category in force on asOf, in the product's order. */
  readonly categories: readonly CategoryVerdict[];
}

/** Whether a score would have been invited by a round: above its cut-off, tied with it, or below it. */
export type Standing = 'above' | 'tied' | 'below';
