/** The CRS score of a profile for the outlook (`ee outlook`, the MCP `outlook` tool): one reading for every face. */
import { crsFromJson } from '../crs/score';

/** The profile's CRS score on a date (core/crs); null when the profile lacks what the score needs. */
export function profileScore(profile: unknown, asOf: string): { score: number | null; why: string } {
  // Without an age the CRS is nearly nothing: a misleading score, so ask for it.
  if (typeof profile !== 'object' || profile === null || !('age' in profile || 'dateOfBirth' in profile)) {
    return { score: null, why: 'the profile has no "age" or "dateOfBirth"' };
  }
  const outcome = crsFromJson(profile, { asOf });
  if (outcome.result) return { score: outcome.result.total, why: '' };
  return { score: null, why: outcome.problems.map((p) => p.message).join(' ') };
}
