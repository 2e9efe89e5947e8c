/**
 * Merging what is known with what a feed brings. Pure.
 * - Rounds are matched by round number (`Round.order`: 91 → 91000, "91a" → 91001).
 * - For the same round the incoming copy wins (it is the newer one); it counts as "updated" only when its content
 *   differs.
 * - A known round that the incoming list lacks is kept: a partial feed never drops rounds.
 * - The result is chronological (date, then round number), like every list of rounds in the core.
 */
import type { Round } from '../types';

export interface MergeResult {
  /** Every known round plus every incoming one, chronological. */
  readonly rounds: readonly Round[];
  /** Round numbers that were not known, chronological. */
  readonly added: readonly (number | string)[];
  /** Round numbers whose content changed (the incoming copy replaced the known one), chronological. */
  readonly updated: readonly (number | string)[];
  /** Known rounds the incoming list did not contain (kept), chronological. */
  readonly keptMissing: readonly (number | string)[];
}

const chronological = (a: Round, b: Round): number => a.day - b.day || a.order - b.order;

/**
 * Merges `incoming` over `known`. When `incoming` holds the same round number twice, its first copy is used (as the
 * feed reader does).
 */
export function mergeRounds(known: readonly Round[], incoming: readonly Round[]): MergeResult {
  const byOrder = new Map<number, Round>();
  for (const r of known) if (!byOrder.has(r.order)) byOrder.set(r.order, r);
  const seen = new Set<number>();
  const added: Round[] = [];
  const updated: Round[] = [];
  for (const r of incoming) {
    if (seen.has(r.order)) continue;
    seen.add(r.order);
    const old = byOrder.get(r.order);
    if (old === undefined) added.push(r);
    else if (!sameRound(old, r)) updated.push(r);
    byOrder.set(r.order, r);
  }
  const keptMissing = [...byOrder.values()].filter((r) => !seen.has(r.order)).sort(chronological);
  const rounds = Object.freeze([...byOrder.values()].sort(chronological));
  return {
    rounds,
    added: Object.freeze(added.sort(chronological).map((r) => r.round)),
    updated: Object.freeze(updated.sort(chronological).map((r) => r.round)),
    keptMissing: Object.freeze(keptMissing.map((r) => r.round)),
  };
}

/** True when two copies of a round carry the same published content (everything a snapshot stores). */
export function sameRound(a: Round, b: Round): boolean {
  if (
    a.order !== b.order ||
    String(a.round) !== String(b.round) ||
    a.date !== b.date ||
    a.name !== b.name ||
    a.programsText !== b.programsText ||
    a.invitations !== b.invitations ||
    a.crs !== b.crs ||
    a.drawnAtText !== b.drawnAtText ||
    a.tieBreakText !== b.tieBreakText
  ) {
    return false;
  }
  if (a.pool === null || b.pool === null) return a.pool === b.pool;
  if (a.pool.asOfText !== b.pool.asOfText || a.pool.bands.length !== b.pool.bands.length) return false;
  return a.pool.bands.every((n, i) => n === b.pool!.bands[i]);
}
