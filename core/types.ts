/**
 * The core's data model: small immutable records, shared by every face.
 * Dates are ISO `YYYY-MM-DD` strings; instants are ISO `YYYY-MM-DDTHH:MM:SSZ` strings.
 */

/** A canonical category id (CEC, PNP, FRENCH, …) or a stable id derived from an unknown draw name. */
export type CategoryId = string;

/** One published pool snapshot: dd1..dd18 of the feed, in that order. */
export interface PoolDistribution {
  /** Date of the snapshot, when the feed's text could be read. */
  readonly asOf: string | null;
  /** The feed's text for that date, kept as published. */
  readonly asOfText: string;
  /** Candidates per band, dd1..dd18 (dd3, dd9 are subtotals and dd18 the total). */
  readonly bands: readonly number[];
}

/** One round of invitations. */
export interface Round {
  /** Round number: an integer, or the feed's text when it is not one (e.g. "91a"). */
  readonly round: number | string;
  /** Sort key within a day and for lookups: 91 → 91000, "91a" → 91001. */
  readonly order: number;
  /** Calendar date of the round. */
  readonly date: string;
  /** Days since 1970-01-01 of `date` (for fast comparisons). */
  readonly day: number;
  readonly category: CategoryId;
  /** Category version from the draw name ("(Version 2)", "2026-Version 3"), when stated. */
  readonly categoryVersion: number | null;
  /** The draw name as IRCC published it. */
  readonly name: string;
  /** Programs eligible in the round, from the feed's drawText2 (CEC, FSW, FST, PNP). */
  readonly eligiblePrograms: readonly CategoryId[];
  /** The feed's drawText2, as published. */
  readonly programsText: string;
  readonly invitations: number;
  /** CRS score of the lowest-ranked candidate invited: the cut-off. */
  readonly crs: number;
  /** When the round was run, if the feed's text could be read. */
  readonly drawnAt: string | null;
  readonly drawnAtText: string;
  /** Tie-break: profile-submission instant of the lowest-ranked invitee, if published and readable. */
  readonly tieBreak: string | null;
  readonly tieBreakText: string;
  /** Pool distribution published with the round; null when not published (all zeros in the feed). */
  readonly pool: PoolDistribution | null;
}

/** Where a data set comes from. */
export interface Provenance {
  readonly source: string;
  /** When the feed was retrieved (ISO instant). */
  readonly retrieved: string;
  readonly rounds: number;
  readonly newestRound: number | string | null;
  readonly newestDate: string | null;
  readonly licence: string;
  /** File name of the feed copy that was imported, when it came from a file. */
  readonly sourceFile?: string;
  /** When the data was last refreshed (ISO instant), for a cache. */
  readonly lastRefresh?: string;
}

/** A problem found while reading a feed: never fatal for the whole feed. */
export interface FeedWarning {
  /** A short machine-readable kind, e.g. "round-number-text", "tiebreak-unreadable". */
  readonly kind: string;
  /** The round it concerns, as written in the feed (or its position when there is none). */
  readonly round: string;
  readonly message: string;
}

export const OGL_ATTRIBUTION =
  'Contains information licensed under the Open Government Licence – Canada.';
export const IRCC_FEED_URL =
  'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json';

/** The official page of one round, built from its number (never from the feed's HTML). */
export function officialRoundUrl(round: number | string): string {
  return (
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/' +
    'policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/' +
    'invitations.html?q=' +
    encodeURIComponent(String(round))
  );
}

/** The error type of bad user input (unknown category, bad date, …). */
export class InputError extends Error {
  override name = 'InputError';
}

/** What a user typed, shortened and with control characters removed, for error messages. */
export function clipInput(text: string, max = 60): string {
  const s = String(text).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
