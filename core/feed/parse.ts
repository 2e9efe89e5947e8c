/**
 * Reads IRCC's rounds feed (see shared/reference/feed-format.md) into rounds. Real government data is irregular:
 * every field is read where it can be, kept as published where it cannot, and each irregularity is reported as a
 * warning. A round without a usable number, date, name, invitation count or cut-off is skipped with a warning;
 * nothing in a feed makes the reader throw, except a document that is not a feed at all (FeedError).
 */
import type { FeedWarning, PoolDistribution, Round } from '../types';
import { readDrawName, readEligiblePrograms } from './categories';
import { dayFromIso, dayFromWritten, isoFromDay, readInstant } from './dates';

export class FeedError extends Error {
  override name = 'FeedError';
}

export interface FeedReading {
  /** Rounds in chronological order (date, then round number). */
  readonly rounds: readonly Round[];
  readonly warnings: readonly FeedWarning[];
  /** Rounds present in the document, readable or not. */
  readonly roundsSeen: number;
}

/** Fields of one round in the feed; every value should be a string. */
export type FeedRound = Readonly<Record<string, unknown>>;

/** The round-number sort key: 91 → 91000, "91a" → 91001; null when unreadable. */
export function roundOrder(text: string): number | null {
  const m = /^#?(\d{1,6})([a-z]?)$/i.exec(text.trim());
  if (!m) return null;
  const suffix = m[2] ? m[2].toLowerCase().charCodeAt(0) - 96 : 0;
  return Number(m[1]) * 1000 + suffix;
}

/** Reads a feed document (already JSON-parsed). Throws FeedError only when it is not a rounds feed at all. */
export function readFeed(doc: unknown): FeedReading {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new FeedError('Not an IRCC rounds feed: expected a JSON object with a "rounds" array.');
  }
  const list = (doc as Record<string, unknown>)['rounds'];
  if (!Array.isArray(list)) throw new FeedError('Not an IRCC rounds feed: there is no "rounds" array.');
  const warnings: FeedWarning[] = [];
  const byOrder = new Map<number, Round>();
  list.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warnings.push({ kind: 'round-not-an-object', round: `#${index + 1} in the list`, message: 'Skipped: not an object.' });
      return;
    }
    const round = readRound(item as FeedRound, index, warnings);
    if (round === null) return;
    if (byOrder.has(round.order)) {
      warnings.push({
        kind: 'round-duplicated',
        round: String(round.round),
        message: `Round ${round.round} appears more than once; the first copy in the feed is kept.`,
      });
      return;
    }
    byOrder.set(round.order, round);
  });
  return { rounds: sortRounds([...byOrder.values()]), warnings, roundsSeen: list.length };
}

export function sortRounds(rounds: Round[]): Round[] {
  return rounds.sort((a, b) => a.day - b.day || a.order - b.order);
}

/** A field as text: strings as they are, finite numbers written out, anything else empty. */
function text(r: FeedRound, key: string): string {
  const v = r[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** "3,750" → 3750; null when it is not a whole number. */
export function readCount(t: string): number | null {
  const s = t.trim().replace(/[,\s\u00a0]/g, '');
  if (!/^\d{1,9}$/.test(s)) return null;
  return Number(s);
}

/** Reads one round; pushes its warnings; null when it must be skipped. */
export function readRound(r: FeedRound, index: number, warnings: FeedWarning[]): Round | null {
  const numberText = text(r, 'drawNumber').trim();
  const id = numberText || `#${index + 1} in the list`;
  const warn = (kind: string, message: string): void => {
    warnings.push({ kind, round: id, message });
  };
  const skip = (why: string): null => {
    warn('round-skipped', `Skipped: ${why}.`);
    return null;
  };

  const order = roundOrder(numberText);
  if (order === null) return skip(numberText ? `unreadable round number "${clip(numberText)}"` : 'no round number');
  const plain = /^#?\d+$/.test(numberText);
  const round: number | string = plain ? Number(numberText.replace('#', '')) : numberText.toLowerCase();
  if (!plain) warn('round-number-text', `Round number "${numberText}" is not an integer; kept as text.`);

  const dateText = text(r, 'drawDate').trim();
  const fullText = text(r, 'drawDateFull');
  let day = dayFromIso(dateText);
  const fullDay = dayFromWritten(fullText);
  if (day === null) {
    day = dayFromWritten(dateText) ?? fullDay;
    if (day === null) return skip(`unreadable date "${clip(dateText)}"`);
    warn('date-irregular', `Date "${clip(dateText)}" is not ISO; read as ${isoFromDay(day)}.`);
  } else if (fullText.trim() !== '' && fullDay !== day) {
    warn('date-mismatch', `drawDate ${dateText} and drawDateFull "${clip(fullText)}" disagree; drawDate is used.`);
  }

  const name = text(r, 'drawName').trim().replace(/\s+/g, ' ');
  if (name === '') return skip('no draw name');
  const category = readDrawName(name);
  if (category.unknown) {
    warn('category-unknown', `Draw name "${clip(name)}" matches no known category; imported as ${category.category}.`);
  }

  const invitations = readCount(text(r, 'drawSize'));
  if (invitations === null) return skip(`unreadable number of invitations "${clip(text(r, 'drawSize'))}"`);
  const crs = readCount(text(r, 'drawCRS'));
  if (crs === null || crs > 1200) return skip(`unreadable CRS cut-off "${clip(text(r, 'drawCRS'))}"`);

  const drawnAtText = text(r, 'drawDateTime');
  const drawnAt = readInstant(drawnAtText, { notAfterDay: day });
  if (drawnAtText.trim() !== '') {
    if (drawnAt.iso === null) warn('drawn-at-unreadable', `Draw time "${clip(drawnAtText)}" is unreadable (${drawnAt.irregularity}); kept as text.`);
    else if (drawnAt.irregularity) warn('drawn-at-irregular', `Draw time "${clip(drawnAtText)}": ${drawnAt.irregularity}.`);
    if (drawnAt.iso !== null && drawnAt.iso.slice(0, 10) !== isoFromDay(day)) {
      warn('drawn-at-mismatch', `Draw time "${clip(drawnAtText)}" is not on the round's date ${isoFromDay(day)}.`);
    }
  }

  const tieBreakText = text(r, 'drawCutOff');
  const tieBreak = readInstant(tieBreakText, { notAfterDay: day });
  if (tieBreakText.trim() !== '') {
    if (tieBreak.iso === null) warn('tiebreak-unreadable', `Tie-break "${clip(tieBreakText)}" is unreadable (${tieBreak.irregularity}); kept as text.`);
    else if (tieBreak.irregularity) warn('tiebreak-irregular', `Tie-break "${clip(tieBreakText)}": ${tieBreak.irregularity}.`);
  }

  const pool = readPool(r, warn);
  const programsText = text(r, 'drawText2').trim().replace(/\s+/g, ' ');
  return Object.freeze({
    round,
    order,
    date: isoFromDay(day),
    day,
    category: category.category,
    categoryVersion: category.version,
    name,
    eligiblePrograms: Object.freeze(readEligiblePrograms(programsText)),
    programsText,
    invitations,
    crs,
    drawnAt: drawnAt.iso,
    drawnAtText: drawnAtText,
    tieBreak: tieBreak.iso,
    tieBreakText: tieBreakText,
    pool,
  });
}

/** dd1..dd18: all zeros mean "not published". Subtotals that do not add up are reported, the data kept. */
function readPool(r: FeedRound, warn: (kind: string, message: string) => void): PoolDistribution | null {
  const bands: number[] = [];
  for (let i = 1; i <= 18; i++) {
    const t = text(r, `dd${i}`);
    const n = t.trim() === '' ? 0 : readCount(t);
    if (n === null) {
      warn('pool-unreadable', `Pool band dd${i} "${clip(t)}" is unreadable; the distribution is left out.`);
      return null;
    }
    bands.push(n);
  }
  if (bands.every((n) => n === 0)) return null;
  for (const problem of poolProblems(bands)) warn('pool-subtotal', problem);
  const asOfText = text(r, 'drawDistributionAsOn').trim();
  const asOfDay = dayFromWritten(asOfText) ?? dayFromIso(asOfText);
  if (asOfDay === null) warn('pool-date-unreadable', `Pool date "${clip(asOfText)}" is unreadable; the round's date is used.`);
  return Object.freeze({ asOf: asOfDay === null ? null : isoFromDay(asOfDay), asOfText, bands: Object.freeze(bands) });
}

const sum = (xs: readonly number[], from: number, to: number): number => {
  let s = 0;
  for (let i = from; i <= to; i++) s += xs[i] ?? 0;
  return s;
};

/** Checks dd3 = dd4..dd8, dd9 = dd10..dd14, dd18 = dd1+dd2+dd3+dd9+dd15+dd16+dd17. */
export function poolProblems(bands: readonly number[]): string[] {
  const out: string[] = [];
  const at = (i: number): number => bands[i - 1] ?? 0;
  const s451 = sum(bands, 3, 7);
  if (at(3) !== s451) out.push(`Band 451–500 (dd3) is ${at(3)} but its parts dd4–dd8 add up to ${s451}.`);
  const s401 = sum(bands, 9, 13);
  if (at(9) !== s401) out.push(`Band 401–450 (dd9) is ${at(9)} but its parts dd10–dd14 add up to ${s401}.`);
  const total = at(1) + at(2) + at(3) + at(9) + at(15) + at(16) + at(17);
  if (at(18) !== total) out.push(`Total (dd18) is ${at(18)} but the bands add up to ${total}.`);
  return out;
}

function clip(t: string): string {
  const s = t.replace(/[\u0000-\u001f]/g, ' ');
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
