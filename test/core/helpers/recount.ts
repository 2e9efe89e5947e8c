/**
 * A straightforward, independent reading of the committed snapshot for recounts: no indexes, no binary search,
 * its own table of draw names. Tests compare the library's answers with these.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Plain {
  number: string;
  date: string;
  name: string;
  programs: string;
  size: number;
  crs: number;
  pool: number[] | null;
  poolAsOf: string;
}

/** Every draw name IRCC has used so far, mapped by hand. */
export const NAME_TO_ID: Record<string, string> = {
  'No Program Specified': 'GENERAL',
  General: 'GENERAL',
  'Provincial Nominee Program': 'PNP',
  'Canadian Experience Class': 'CEC',
  'Federal Skilled Trades': 'FST',
  'Federal Skilled Worker': 'FSW',
  'French language proficiency (Version 1)': 'FRENCH',
  'French-Language proficiency 2026-Version 2': 'FRENCH',
  'Healthcare occupations (Version 1)': 'HEALTHCARE',
  'Healthcare and social services occupations (Version 2)': 'HEALTHCARE',
  'Healthcare and Social Services Occupations, 2026-Version 3': 'HEALTHCARE',
  'Trade occupations (Version 1)': 'TRADE',
  'Trade occupations (Version 2)': 'TRADE',
  'Trades Occupations, 2026-Version 3': 'TRADE',
  'STEM occupations (Version 1)': 'STEM',
  'Transport occupations (Version 1)': 'TRANSPORT',
  'Transport Occupations, 2026-Version 2': 'TRANSPORT',
  'Agriculture and agri-food occupations (Version 1)': 'AGRICULTURE',
  'Education occupations (Version 1)': 'EDUCATION',
  'Senior managers with Canadian Work Experience, 2026-Version 1': 'SENIOR_MANAGERS',
  'Physicians with Canadian Work Experience, 2026-Version 1': 'PHYSICIANS',
  'Skilled Military Recruits, 2026-Version 1': 'MILITARY',
};

export function snapshotRows(): Plain[] {
  // Format version 2: [round, order, date, day, name index, programs index, invitations, cut-off, drawn at, its text,
  // tie-break, its text, pool index]; only the values the feed published are read here.
  const doc = JSON.parse(readFileSync(resolve(__dirname, '../../../core/data/snapshot.json'), 'utf8')) as {
    version: number;
    names: string[];
    programs: string[];
    pools: [string | null, string, number[]][];
    rounds: [number | string, number, string, number, number, number, number, number, unknown, string, unknown, string, number][];
  };
  if (doc.version !== 2) throw new Error(`recount reads snapshot format 2, not ${doc.version}`);
  return doc.rounds.map((r) => {
    const pool = r[12] === -1 ? null : doc.pools[r[12]]!;
    return {
      number: String(r[0]),
      date: r[2],
      name: doc.names[r[4]]!,
      programs: doc.programs[r[5]]!,
      size: r[6],
      crs: r[7],
      pool: pool ? pool[2] : null,
      poolAsOf: pool ? pool[1] : '',
    };
  });
}

export const SHARED_FEED = resolve(__dirname, '../../../../shared/data/ircc/ee_rounds_123_en.json');

/** The real feed, read plainly, when ../shared is beside the repository (CI); null otherwise. */
export function realFeed(): Record<string, string>[] | null {
  if (!existsSync(SHARED_FEED)) return null;
  return (JSON.parse(readFileSync(SHARED_FEED, 'utf8')) as { rounds: Record<string, string>[] }).rounds;
}

export const idOf = (p: Plain): string => NAME_TO_ID[p.name] ?? 'UNKNOWN';
export const numKey = (n: string): number => parseInt(n, 10) * 1000 + (/[a-z]$/.test(n) ? n.charCodeAt(n.length - 1) - 96 : 0);
/** Chronological comparison: date, then round number. */
export const chrono = (a: Plain, b: Plain): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : numKey(a.number) - numKey(b.number));
