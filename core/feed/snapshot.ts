/**
 * The project's own compact data format: a bundled snapshot or a cache file. It keeps the feed's values that carry
 * information (texts kept as published, so every irregular value survives) in columns with string tables, and is
 * read back through the same round reader as the feed, so a snapshot and its feed always give the same rounds.
 */
import type { FeedWarning, Provenance, Round } from '../types';
import { OGL_ATTRIBUTION } from '../types';
import { readRound, sortRounds } from './parse';

export const SNAPSHOT_FORMAT = 'express-entry-draws-snapshot';
export const SNAPSHOT_VERSION = 1;

const FIELDS = [
  'drawNumber', 'drawDate', 'drawName', 'drawText2', 'drawSize', 'drawCRS',
  'drawDateTime', 'drawCutOff', 'drawDistributionAsOn', 'dd',
] as const;

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface DataSet {
  readonly provenance: Provenance;
  /** Chronological. */
  readonly rounds: readonly Round[];
}

/** Provenance for a set of rounds. */
export function provenanceOf(rounds: readonly Round[], source: string, retrieved: string, extra?: Partial<Provenance>): Provenance {
  const newest = rounds.length ? rounds[rounds.length - 1]! : null;
  return {
    source,
    retrieved,
    rounds: rounds.length,
    newestRound: newest ? newest.round : null,
    newestDate: newest ? newest.date : null,
    licence: OGL_ATTRIBUTION,
    ...extra,
  };
}

/** Writes a data set as snapshot text: deterministic, one round a line, newest first. */
export function encodeSnapshot(data: DataSet): string {
  const names: string[] = [];
  const programs: string[] = [];
  const indexOf = (table: string[], value: string): number => {
    let i = table.indexOf(value);
    if (i < 0) i = table.push(value) - 1;
    return i;
  };
  const rows = [...data.rounds].reverse().map((r) =>
    JSON.stringify([
      String(r.round),
      r.date,
      indexOf(names, r.name),
      indexOf(programs, r.programsText),
      r.invitations,
      r.crs,
      r.drawnAtText,
      r.tieBreakText,
      r.pool ? r.pool.asOfText : '',
      r.pool ? r.pool.bands : 0,
    ]),
  );
  return [
    '{',
    `"format": ${JSON.stringify(SNAPSHOT_FORMAT)},`,
    `"version": ${SNAPSHOT_VERSION},`,
    `"provenance": ${JSON.stringify(data.provenance)},`,
    `"fields": ${JSON.stringify(FIELDS)},`,
    `"names": ${JSON.stringify(names)},`,
    `"programs": ${JSON.stringify(programs)},`,
    '"rounds": [',
    rows.join(',\n'),
    ']',
    '}',
    '',
  ].join('\n');
}

/** Reads snapshot text or an already-parsed snapshot. Throws SnapshotError when it is not one we can read. */
export function decodeSnapshot(input: string | unknown): DataSet & { warnings: readonly FeedWarning[] } {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new SnapshotError(`Not a snapshot: the JSON is broken (${(e as Error).message}).`);
    }
  }
  if (typeof doc !== 'object' || doc === null) throw new SnapshotError('Not a snapshot: not a JSON object.');
  const d = doc as Record<string, unknown>;
  if (d['format'] !== SNAPSHOT_FORMAT) throw new SnapshotError('Not a snapshot: unknown format.');
  if (d['version'] !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`Snapshot format version ${String(d['version'])} is not supported (this version reads ${SNAPSHOT_VERSION}).`);
  }
  const names = d['names'];
  const programs = d['programs'];
  const rows = d['rounds'];
  const prov = d['provenance'];
  if (!isStringArray(names) || !isStringArray(programs) || !Array.isArray(rows) || typeof prov !== 'object' || prov === null) {
    throw new SnapshotError('Not a snapshot: missing names, programs, rounds or provenance.');
  }
  const warnings: FeedWarning[] = [];
  const rounds: Round[] = [];
  const seen = new Set<number>();
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== FIELDS.length) {
      warnings.push({ kind: 'snapshot-row', round: `row ${i + 1}`, message: 'Skipped: not a snapshot row.' });
      return;
    }
    const [num, date, nameIx, progIx, size, crs, drawnAt, tieBreak, poolAsOf, dd] = row as unknown[];
    const feedRound: Record<string, unknown> = {
      drawNumber: num,
      drawDate: date,
      drawName: typeof nameIx === 'number' ? names[nameIx] : undefined,
      drawText2: typeof progIx === 'number' ? programs[progIx] : undefined,
      drawSize: typeof size === 'number' ? String(size) : undefined,
      drawCRS: typeof crs === 'number' ? String(crs) : undefined,
      drawDateTime: drawnAt,
      drawCutOff: tieBreak,
      drawDistributionAsOn: poolAsOf,
    };
    if (Array.isArray(dd)) dd.forEach((v: unknown, k) => (feedRound[`dd${k + 1}`] = typeof v === 'number' ? String(v) : v));
    const r = readRound(feedRound, i, warnings);
    if (r && !seen.has(r.order)) {
      seen.add(r.order);
      rounds.push(r);
    }
  });
  const p = prov as Record<string, unknown>;
  const sorted = sortRounds(rounds);
  const str = (k: string): string | undefined => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  // Counts and the newest round are recomputed: a cache file is never trusted to describe itself.
  const provenance = provenanceOf(sorted, str('source') ?? 'unknown', str('retrieved') ?? '', {
    ...(str('sourceFile') !== undefined ? { sourceFile: str('sourceFile') } : {}),
    ...(str('lastRefresh') !== undefined ? { lastRefresh: str('lastRefresh') } : {}),
  });
  return { provenance, rounds: sorted, warnings: warnings.filter((w) => w.kind === 'snapshot-row' || w.kind === 'round-skipped') };
}

/** True when the text is a snapshot written by a newer format version than this code reads. Never throws. */
export function isNewerSnapshot(text: string): boolean {
  try {
    const doc = JSON.parse(text) as { format?: unknown; version?: unknown } | null;
    return doc !== null && doc.format === SNAPSHOT_FORMAT && typeof doc.version === 'number' && doc.version > SNAPSHOT_VERSION;
  } catch {
    return false;
  }
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === 'string');
}
