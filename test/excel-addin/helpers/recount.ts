/**
 * An independent recount of the bundled snapshot for the tests: reads core/data/snapshot.json's rows directly
 * (round, date, draw name, size, CRS), picks categories by plain name tests, and filters and sorts with no index.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface RawRound {
  readonly round: string;
  readonly date: string;
  readonly name: string;
  readonly size: number;
  readonly crs: number;
}

const path = fileURLToPath(new URL('../../../core/data/snapshot.json', import.meta.url));

let cache: RawRound[] | undefined;

export function rawRounds(): RawRound[] {
  if (cache) return cache;
  // Snapshot format 2: [round, order, date, day, name index, programs index, invitations, cut-off, …].
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { version: number; names: string[]; rounds: unknown[][] };
  if (doc.version !== 2) throw new Error(`the recount reads snapshot format 2, not ${doc.version}`);
  cache = doc.rounds.map((row) => ({
    round: String(row[0]),
    date: String(row[2]),
    name: doc.names[row[4] as number] ?? '',
    size: row[6] as number,
    crs: row[7] as number,
  }));
  return cache;
}

/** Plain name tests for a few categories (enough for the tests' questions). */
export function nameIs(category: string, name: string): boolean {
  const n = name.toLowerCase();
  switch (category) {
    case 'CEC': return n === 'canadian experience class';
    case 'PNP': return n === 'provincial nominee program';
    case 'FRENCH': return n.includes('french');
    case 'ALL': return true;
    default: throw new Error(`recount knows no ${category}`);
  }
}

/** Rounds of a category with date in [from, to], oldest first (date, then round number). */
export function recountBetween(category: string, from = '0000-00-00', to = '9999-99-99'): RawRound[] {
  return rawRounds()
    .filter((r) => nameIs(category, r.name) && r.date >= from && r.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : parseFloat(a.round) - parseFloat(b.round) || (a.round < b.round ? -1 : 1)));
}

/** The latest round of a category on or before a date. */
export function recountLatest(category: string, onOrBefore: string): RawRound | undefined {
  const list = recountBetween(category, undefined, onOrBefore);
  return list[list.length - 1];
}

/** Excel serial of an ISO date (1900 system, dates after 1900-03-01). */
export function serialOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569;
}
