/**
 * The project's own compact data format: a bundled snapshot or a cache file.
 *
 * Version 2 stores each round already read: day numbers, instants and numbers as the feed reader made them, next to
 * the feed's texts as published (for display). Start-up then parses no text at all: decoding is a type check and an
 * object per round, so every cold start (each `ee` command, the extension's activation, the add-in's first formula)
 * costs a few milliseconds. The category and the eligible programs are derived again from the draw name and the
 * programs text, once per distinct text, so a change of the category rules applies to old caches too.
 * Version 1 files (caches written by earlier releases) are still read, through the feed's round reader.
 */
import type { CategoryId, FeedWarning, PoolDistribution, Provenance, Round } from '../types';
import { OGL_ATTRIBUTION } from '../types';
import { categoryRulesStamp, readDrawName, readEligiblePrograms } from './categories';
import { readRound, sortRounds } from './parse';

export const SNAPSHOT_FORMAT = 'express-entry-draws-snapshot';
export const SNAPSHOT_VERSION = 2;

const FIELDS_V1 = [
  'drawNumber', 'drawDate', 'drawName', 'drawText2', 'drawSize', 'drawCRS',
  'drawDateTime', 'drawCutOff', 'drawDistributionAsOn', 'dd',
] as const;

/** Version 2 columns: what the reader made of each round, and the texts as published. */
const FIELDS = [
  'round', 'order', 'date', 'day', 'name', 'programs', 'invitations', 'crs',
  'drawnAt', 'drawnAtText', 'tieBreak', 'tieBreakText', 'pool',
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
  // A distribution is published once and repeated on every round until the next: stored once.
  const pools: string[] = [];
  const poolIndex = (p: PoolDistribution): number => indexOf(pools, JSON.stringify([p.asOf, p.asOfText, p.bands]));
  const rows = [...data.rounds].reverse().map((r) =>
    JSON.stringify([
      r.round,
      r.order,
      r.date,
      r.day,
      indexOf(names, r.name),
      indexOf(programs, r.programsText),
      r.invitations,
      r.crs,
      r.drawnAt,
      r.drawnAtText,
      r.tieBreak,
      r.tieBreakText,
      r.pool ? poolIndex(r.pool) : -1,
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
    // What the category rules made of each name and programs text, with the rules' stamp: a reader whose rules
    // differ reads the texts again instead.
    `"categoryRules": ${JSON.stringify(categoryRulesStamp())},`,
    `"nameCategories": ${JSON.stringify(names.map((n) => { const c = readDrawName(n); return [c.category, c.version]; }))},`,
    `"programLists": ${JSON.stringify(programs.map((t) => readEligiblePrograms(t)))},`,
    ...(pools.length || SNAPSHOT_VERSION > 1 ? ['"pools": [', pools.join(',\n'), '],'] : []),
    '"rounds": [',
    rows.join(',\n'),
    ']',
    '}',
    '',
  ].join('\n');
}

/** Reads snapshot text or an already-parsed snapshot. Throws SnapshotError when it is not one we can read. */
export function decodeSnapshot(input: unknown): DataSet & { warnings: readonly FeedWarning[] } {
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
  if (d['version'] !== SNAPSHOT_VERSION && d['version'] !== 1) {
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
  let read: Round[];
  if (d['version'] === 1) read = readRowsV1(rows, names, programs, warnings);
  else {
    const pools = d['pools'];
    if (!Array.isArray(pools)) throw new SnapshotError('Not a snapshot: missing pools.');
    const tables = d['categoryRules'] === categoryRulesStamp() ? readCategoryTables(d, names.length, programs.length) : null;
    // Without usable tables (other rules, or a damaged file), the names and texts are read again: about 30 texts.
    const categories = tables?.categories ?? names.map((n) => readDrawName(n));
    const programLists = tables?.programLists ?? programs.map((t) => Object.freeze(readEligiblePrograms(t)));
    read = readRowsV2(rows, names, programs, categories, programLists, readPools(pools), warnings);
  }
  const p = prov as Record<string, unknown>;
  // Snapshots we wrote are already in order; anything else (an edited cache) is sorted.
  const sorted = isChronological(read) ? read : sortRounds(read);
  const str = (k: string): string | undefined => (typeof p[k] === 'string' ? (p[k]) : undefined);
  // Counts and the newest round are recomputed: a cache file is never trusted to describe itself.
  const provenance = provenanceOf(sorted, str('source') ?? 'unknown', str('retrieved') ?? '', {
    ...(str('sourceFile') !== undefined ? { sourceFile: str('sourceFile') } : {}),
    ...(str('lastRefresh') !== undefined ? { lastRefresh: str('lastRefresh') } : {}),
  });
  return { provenance, rounds: sorted, warnings: warnings.filter((w) => w.kind === 'snapshot-row' || w.kind === 'round-skipped') };
}

/** Version 2: rounds as already read. Only types and ranges are checked; no text is parsed. */
function readRowsV2(
  rows: readonly unknown[],
  names: readonly string[],
  programs: readonly string[],
  categoryOf: readonly { readonly category: CategoryId; readonly version: number | null }[],
  programsOf: readonly (readonly CategoryId[])[],
  pools: readonly (PoolDistribution | undefined)[],
  warnings: FeedWarning[],
): Round[] {
  const rounds: Round[] = [];
  const seen = new Set<number>();
  const bad = (i: number): void => {
    warnings.push({ kind: 'snapshot-row', round: `row ${i + 1}`, message: 'Skipped: not a snapshot row.' });
  };
  // Rows are written newest first: read from the last, so the rounds come out chronological without a sort.
  // Indexed reads, not destructuring: this runs once at start-up, before the engine has optimized anything.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== FIELDS.length) {
      bad(i);
      continue;
    }
    const r = row as unknown[];
    const round = r[0], order = r[1], date = r[2], day = r[3], nameIx = r[4], progIx = r[5], invitations = r[6], crs = r[7];
    const drawnAt = r[8], drawnAtText = r[9], tieBreak = r[10], tieBreakText = r[11], poolIx = r[12];
    const category = typeof nameIx === 'number' ? categoryOf[nameIx] : undefined;
    const eligible = typeof progIx === 'number' ? programsOf[progIx] : undefined;
    if (
      !(typeof round === 'number' ? Number.isInteger(round) : typeof round === 'string') ||
      !isWhole(order) || !isWhole(day) || day > 2932896 || !isIsoDate(date) ||
      category === undefined || eligible === undefined ||
      !isWhole(invitations) || !isWhole(crs) || crs > 1200 ||
      !isInstantOrNull(drawnAt) || typeof drawnAtText !== 'string' ||
      !isInstantOrNull(tieBreak) || typeof tieBreakText !== 'string' ||
      !(poolIx === -1 || (typeof poolIx === 'number' && pools[poolIx] !== undefined)) ||
      seen.has(order)
    ) {
      bad(i);
      continue;
    }
    seen.add(order);
    const pool = poolIx === -1 ? null : pools[poolIx]!;
    rounds.push(
      Object.freeze({
        round: round as number | string,
        order,
        date,
        day,
        category: category.category,
        categoryVersion: category.version,
        name: names[nameIx as number]!,
        eligiblePrograms: eligible,
        programsText: programs[progIx as number]!,
        invitations,
        crs,
        drawnAt,
        drawnAtText,
        tieBreak,
        tieBreakText,
        pool,
      }),
    );
  }
  return rounds;
}

/** The category tables written with the snapshot, or null when they do not fit its names and texts. */
function readCategoryTables(
  d: Record<string, unknown>,
  names: number,
  programs: number,
): { categories: { category: CategoryId; version: number | null }[]; programLists: (readonly CategoryId[])[] } | null {
  const nc = d['nameCategories'];
  const pl = d['programLists'];
  if (!Array.isArray(nc) || nc.length !== names || !Array.isArray(pl) || pl.length !== programs) return null;
  const categories: { category: CategoryId; version: number | null }[] = [];
  for (const c of nc as unknown[]) {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || !(c[1] === null || isWhole(c[1]))) return null;
    categories.push({ category: c[0], version: c[1] as number | null });
  }
  const programLists: (readonly CategoryId[])[] = [];
  for (const p of pl as unknown[]) {
    if (!isStringArray(p)) return null;
    programLists.push(Object.freeze(p));
  }
  return { categories, programLists };
}

/** The distinct distributions; an unusable entry is undefined, and the rounds that point to it are skipped. */
function readPools(pools: readonly unknown[]): (PoolDistribution | undefined)[] {
  const out: (PoolDistribution | undefined)[] = [];
  for (let i = 0; i < pools.length; i++) {
    const p = pools[i];
    if (!Array.isArray(p) || p.length !== 3) {
      out.push(undefined);
      continue;
    }
    const asOf: unknown = p[0];
    const asOfText: unknown = p[1];
    const bands: unknown = p[2];
    const usable = (asOf === null || isIsoDate(asOf)) && typeof asOfText === 'string' && isBands(bands);
    out.push(usable ? Object.freeze({ asOf, asOfText, bands: Object.freeze(bands) }) : undefined);
  }
  return out;
}

/** Version 1 (caches of earlier releases): the feed's texts, read again through the feed's round reader. */
function readRowsV1(rows: readonly unknown[], names: readonly string[], programs: readonly string[], warnings: FeedWarning[]): Round[] {
  const rounds: Round[] = [];
  const seen = new Set<number>();
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== FIELDS_V1.length) {
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
  return rounds;
}

function isChronological(rounds: readonly Round[]): boolean {
  for (let i = 1; i < rounds.length; i++) {
    const a = rounds[i - 1]!;
    const b = rounds[i]!;
    if (a.day > b.day || (a.day === b.day && a.order >= b.order)) return false;
  }
  return true;
}

const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
// The checks below run for every round at each cold start, before the engine has optimized anything. They avoid
// inner loops on purpose: a loop that gets hot here makes V8 compile it on the spot, which cost more (about 1 ms a
// loop, measured with npm run bench) than all the checking. Regular expressions are compiled once and cheap to run.
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const isIsoDate = (x: unknown): x is string => typeof x === 'string' && ISO_DATE.test(x);
const isInstantOrNull = (x: unknown): x is string | null => x === null || (typeof x === 'string' && INSTANT.test(x));
const isCount = (n: unknown): boolean => typeof n === 'number' && n >= 0 && n % 1 === 0;
/** The 18 score bands of a distribution, each a count: written out rather than looped (see above). */
function isBands(x: unknown): x is number[] {
  return Array.isArray(x) && x.length === 18 &&
    isCount(x[0]) && isCount(x[1]) && isCount(x[2]) && isCount(x[3]) && isCount(x[4]) && isCount(x[5]) &&
    isCount(x[6]) && isCount(x[7]) && isCount(x[8]) && isCount(x[9]) && isCount(x[10]) && isCount(x[11]) &&
    isCount(x[12]) && isCount(x[13]) && isCount(x[14]) && isCount(x[15]) && isCount(x[16]) && isCount(x[17]);
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
