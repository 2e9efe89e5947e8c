/**
 * The indexed draws API. Built once from a data set; every question is then answered from per-category arrays
 * sorted by date, with binary search, so a cut-off question costs the same whatever the number of rounds.
 */
import type { CategoryId, Round } from '../types';
import { InputError } from '../types';
import { ALL, CATEGORIES, categoryInfo, categoryLabel, resolveCategory } from '../feed/categories';
import { roundOrder } from '../feed/parse';
import { dayFromIso, dayFromParts } from '../feed/dates';
import { type DateInput, toDay } from './dateInput';

export interface LookupOptions {
  /**
   * Also count all-program rounds (GENERAL) in which this program was eligible (the feed's drawText2).
   * Only meaningful for the programs CEC, FSW, FST and PNP.
   */
  readonly includeAllProgramRounds?: boolean;
}

/** Widest span of days a series gets a day table for (about 270 years); wider ones use binary search only. */
const MAX_TABLE_DAYS = 100_000;

/** A sorted run of rounds with their day numbers side by side, for lookups by date. */
class Series {
  readonly days: Int32Array;
  /**
   * Index of the last round on or before each day from the first round to the last, built on the first lookup that
   * needs it: a cut-off question is then one array read instead of a binary search (Excel recalculates thousands).
   */
  private byDay: Int32Array | null | undefined;
  constructor(readonly rounds: readonly Round[]) {
    const days = new Int32Array(rounds.length);
    for (let i = 0; i < rounds.length; i++) days[i] = rounds[i]!.day;
    this.days = days;
  }
  /** Index of the last round on or before `day`, or -1. */
  lastOnOrBefore(day: number): number {
    const days = this.days;
    const n = days.length;
    if (n === 0 || day < days[0]!) return -1;
    if (day >= days[n - 1]!) return n - 1;
    const table = this.byDay === undefined ? (this.byDay = dayTable(days)) : this.byDay;
    return table === null ? this.search(day) : table[day - days[0]!]!;
  }
  private search(day: number): number {
    const days = this.days;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  /** Index of the first round on or after `day`. */
  firstOnOrAfter(day: number): number {
    const days = this.days;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  between(from: number, to: number): readonly Round[] {
    if (from > to) return [];
    return this.rounds.slice(this.firstOnOrAfter(from), this.lastOnOrBefore(to) + 1);
  }
}

/** The day table of a series (see Series.byDay), or null when its rounds span too many days. */
function dayTable(days: Int32Array): Int32Array | null {
  const n = days.length;
  const first = days[0]!;
  const span = days[n - 1]! - first + 1;
  if (span > MAX_TABLE_DAYS) return null;
  const table = new Int32Array(span);
  for (let i = 0; i < n; i++) table.fill(i, days[i]! - first, i + 1 < n ? days[i + 1]! - first : span);
  return table;
}

const EMPTY = new Series([]);

export class Draws {
  /** Every round, chronological (date, then round number). */
  readonly rounds: readonly Round[];
  private readonly all: Series;
  private readonly byCategory = new Map<CategoryId, Series>();
  /** Program rounds merged with the all-program rounds that listed the program as eligible. */
  private readonly withAllProgram = new Map<CategoryId, Series>();
  private readonly byOrder = new Map<number, Round>();
  private readonly extraIds: ReadonlySet<CategoryId>;
  /** Memo of what users typed → id: resolving text is the slow part of a lookup. */
  private readonly resolved = new Map<string, CategoryId>();
  /** Memo of what users typed → its rounds, so a repeated cut-off question costs one map look-up and a binary search. */
  private readonly seriesByText = new Map<string, Series>();

  constructor(rounds: readonly Round[]) {
    // One pass each, no sort when the rounds come in order (as the snapshot and the feed reader give them): this
    // runs at every cold start.
    const sorted = isChronological(rounds) ? [...rounds] : [...rounds].sort((a, b) => a.day - b.day || a.order - b.order);
    this.rounds = Object.freeze(sorted);
    this.all = new Series(sorted);
    const groups = new Map<CategoryId, Round[]>();
    const merged = new Map<CategoryId, Round[]>();
    for (const c of CATEGORIES) if (c.program) merged.set(c.id, []);
    for (let i = 0; i < sorted.length; i++) {
      const r = sorted[i]!;
      let g = groups.get(r.category);
      if (!g) groups.set(r.category, (g = []));
      g.push(r);
      this.byOrder.set(r.order, r);
      const own = merged.get(r.category);
      if (own) own.push(r);
      else if (r.category === 'GENERAL') for (const p of r.eligiblePrograms) merged.get(p)?.push(r);
    }
    for (const [id, list] of groups) this.byCategory.set(id, new Series(list));
    for (const [id, list] of merged) this.withAllProgram.set(id, new Series(list));
    this.extraIds = new Set([...groups.keys()].filter((id) => !categoryInfo(id)));
  }

  /** Category ids that have rounds: known ones in the product's order, then unknown ones by name. */
  categories(): CategoryId[] {
    const known = CATEGORIES.map((c) => c.id).filter((id) => this.byCategory.has(id));
    return [...known, ...[...this.extraIds].sort()];
  }

  /** Ids of categories not in the product's list (new IRCC names), flagged for the user. */
  unknownCategories(): CategoryId[] {
    return [...this.extraIds].sort();
  }

  label(id: CategoryId): string {
    return id === ALL ? 'All rounds' : categoryLabel(id);
  }

  /** Resolves what a user typed (id, IRCC name, alias, "ALL"). Throws InputError. */
  resolve(category: string): CategoryId {
    let id = this.resolved.get(category);
    if (id === undefined) {
      id = resolveCategory(category, this.extraIds);
      if (this.resolved.size < 10_000) this.resolved.set(category, id);
    }
    return id;
  }

  private series(category: string, options?: LookupOptions): Series {
    const id = this.resolve(category);
    if (id === ALL) return this.all;
    if (options?.includeAllProgramRounds) {
      const merged = this.withAllProgram.get(id);
      if (merged) return merged;
    }
    return this.byCategory.get(id) ?? EMPTY;
  }

  /** The latest round of a category on or before a date (default today): the cut-off question. */
  latest(category: string, onOrBefore?: DateInput, options?: LookupOptions): Round | undefined {
    // The hot path of every face (Excel recalculates thousands of these): no allocation, two memo look-ups at most.
    let s = options?.includeAllProgramRounds ? undefined : this.seriesByText.get(category);
    if (s === undefined) {
      s = this.series(category, options);
      if (!options?.includeAllProgramRounds && this.seriesByText.size < 10_000) this.seriesByText.set(category, s);
    }
    const day = typeof onOrBefore === 'string' ? (dayFromIso(onOrBefore) ?? toDay(onOrBefore)) : toDay(onOrBefore);
    const i = s.lastOnOrBefore(day);
    return i >= 0 ? s.rounds[i] : undefined;
  }

  /** The latest round of each category that has one on or before the date. */
  latestPerCategory(onOrBefore?: DateInput): Round[] {
    const day = toDay(onOrBefore);
    const out: Round[] = [];
    for (const id of this.categories()) {
      const s = this.byCategory.get(id)!;
      const i = s.lastOnOrBefore(day);
      if (i >= 0) out.push(s.rounds[i]!);
    }
    return out;
  }

  /** Rounds of a category between two dates, both included, chronological. */
  between(category: string, from?: DateInput, to?: DateInput, options?: LookupOptions): readonly Round[] {
    const s = this.series(category, options);
    const fromDay = from === undefined ? Number.MIN_SAFE_INTEGER : toDay(from, 'start date');
    const toDayN = to === undefined ? Number.MAX_SAFE_INTEGER : toDay(to, 'end date');
    return s.between(fromDay, toDayN);
  }

  /** The last `n` rounds of a category on or before a date, chronological. */
  lastN(category: string, n: number, onOrBefore?: DateInput, options?: LookupOptions): readonly Round[] {
    if (!Number.isInteger(n) || n < 1) throw new InputError(`Bad number of rounds ${n}: use a whole number of at least 1.`);
    const s = this.series(category, options);
    const end = s.lastOnOrBefore(toDay(onOrBefore)) + 1;
    return s.rounds.slice(Math.max(0, end - n), end);
  }

  /** One round by its number (434, "434", "#434", "91a"). */
  round(number: number | string): Round | undefined {
    const order = typeof number === 'number' ? (Number.isInteger(number) ? number * 1000 : null) : roundOrder(String(number));
    return order === null ? undefined : this.byOrder.get(order);
  }

  /** Rounds per category between two dates: id → count, categories without rounds left out. */
  counts(from?: DateInput, to?: DateInput): Record<CategoryId, number> {
    const out: Record<CategoryId, number> = {};
    for (const r of this.between(ALL, from, to)) out[r.category] = (out[r.category] ?? 0) + 1;
    return orderKeys(out, this.categories());
  }

  /** Rounds per category in a calendar year. */
  countsInYear(year: number): Record<CategoryId, number> {
    const [from, to] = yearRange(year);
    return this.counts(from, to);
  }

  /** Invitations issued in a category's rounds between two dates. */
  invitations(category: string, from?: DateInput, to?: DateInput, options?: LookupOptions): number {
    let total = 0;
    for (const r of this.between(category, from, to, options)) total += r.invitations;
    return total;
  }

  /** Invitations per category between two dates. */
  invitationsPerCategory(from?: DateInput, to?: DateInput): Record<CategoryId, number> {
    const out: Record<CategoryId, number> = {};
    for (const r of this.between(ALL, from, to)) out[r.category] = (out[r.category] ?? 0) + r.invitations;
    return orderKeys(out, this.categories());
  }

  /** The newest round of all. */
  newest(): Round | undefined {
    return this.rounds[this.rounds.length - 1];
  }
}

function isChronological(rounds: readonly Round[]): boolean {
  for (let i = 1; i < rounds.length; i++) {
    const a = rounds[i - 1]!;
    const b = rounds[i]!;
    if (a.day > b.day || (a.day === b.day && a.order > b.order)) return false;
  }
  return true;
}

/** First and last day numbers of a calendar year; throws InputError for a year outside 1900–9999. */
export function yearRange(year: number): [number, number] {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new InputError(`Bad year ${year}: use a year such as 2025.`);
  return [dayFromParts(year, 1, 1)!, dayFromParts(year, 12, 31)!];
}

function orderKeys(record: Record<CategoryId, number>, order: readonly CategoryId[]): Record<CategoryId, number> {
  const out: Record<CategoryId, number> = {};
  for (const id of order) if (record[id] !== undefined) out[id] = record[id]!;
  return out;
}
