/**
 * Recognises what a hover can explain in a line of text: dates (ISO and written), category names and aliases,
 * round references ("round 381", "#381") and NOC codes. Pure (no `vscode`).
 */
import { CATEGORIES, dayFromIso, dayFromWritten, resolveCategory, teerOf, type CategoryId } from '../../core/index';

interface Span {
  /** Offsets in the line: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
export interface DateMatch extends Span {
  readonly kind: 'date';
  readonly day: number;
}
export interface CategoryMatch extends Span {
  readonly kind: 'category';
  readonly category: CategoryId;
}
export interface RoundMatch extends Span {
  readonly kind: 'round';
  /** As written: "381", "91a". */
  readonly round: string;
}
export interface NocMatch extends Span {
  readonly kind: 'noc';
  readonly code: string;
}
export type Recognized = DateMatch | CategoryMatch | RoundMatch | NocMatch;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'gi');
const DAY_FIRST = new RegExp(`\\b\\d{1,2} ${MONTH}\\.?,? \\d{4}\\b`, 'gi');
const ROUND_REF = /\b(?:round|draw)s? ?(?:#|no\.? ?|number )?(\d{1,4}[a-z]?)\b(?![-\d])|(?<![\w&])#(\d{1,4}[a-z]?)\b(?![-\d])/gi;

/**
 * Words and phrases that name a category in prose. Ids are matched in capitals only ("CEC", "STEM"), names and
 * aliases in any case. Very common English words ("general", "research", "education") are left out on purpose:
 * only their longer forms ("general draw", "education occupations") name a category.
 */
const ALIAS_PHRASES: readonly string[] = [
  'Canadian Experience Class', 'Canadian Experience', 'Provincial Nominee Program', 'Provincial Nominee',
  'Federal Skilled Worker Program', 'Federal Skilled Worker', 'Federal Skilled Trades Program', 'Federal Skilled Trades',
  'No Program Specified', 'all-program', 'all programs',
  'French-language proficiency', 'French language proficiency', 'French language', 'francophone', 'French',
  'Healthcare and social services occupations', 'Healthcare and social services', 'healthcare occupations', 'healthcare', 'health care',
  'STEM occupations', 'trade occupations', 'trades occupations', 'trades',
  'transport occupations', 'transportation', 'agriculture and agri-food occupations', 'agri-food', 'agriculture',
  'education occupations', 'teachers', 'physicians', 'physician', 'doctors',
  'senior managers', 'researchers', 'skilled military recruits', 'military recruits',
];
const ID_WORDS: readonly string[] = CATEGORIES.map((c) => c.id).filter((id) => id !== 'GENERAL');

interface Phrase {
  readonly re: RegExp;
  readonly category: CategoryId;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PHRASES: readonly Phrase[] = (() => {
  const list: Phrase[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, flags: string): void => {
    const key = `${phrase.toLowerCase()}|${flags}`;
    if (seen.has(key)) return;
    seen.add(key);
    let category: CategoryId;
    try {
      category = resolveCategory(phrase);
    } catch {
      return;
    }
    const body = escapeRe(phrase).replace(/ /g, '[ \\t]+').replace(/_/g, '[_ ]');
    list.push({ re: new RegExp(`(?<![\\w-])${body}(?![\\w-])`, flags), category });
  };
  for (const c of CATEGORIES) add(c.label, 'gi');
  for (const p of ALIAS_PHRASES) add(p, 'gi');
  for (const id of ID_WORDS) add(id, 'g');
  return list;
})();

/** Every date in a line. */
export function findDates(line: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of line.matchAll(ISO_DATE)) {
    const day = dayFromIso(m[1]!);
    if (day !== null) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, text: m[0], day });
  }
  for (const re of [MONTH_FIRST, DAY_FIRST]) {
    for (const m of line.matchAll(re)) {
      const day = dayFromWritten(m[0]);
      if (day !== null) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, text: m[0], day });
    }
  }
  return out;
}

/** Every category name or alias in a line (longest match wins where two overlap). */
export function findCategories(line: string): CategoryMatch[] {
  const found: CategoryMatch[] = [];
  for (const p of PHRASES) {
    p.re.lastIndex = 0;
    for (const m of line.matchAll(p.re)) found.push({ kind: 'category', start: m.index, end: m.index + m[0].length, text: m[0], category: p.category });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CategoryMatch[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** Every round reference: "round 381", "Round #381", "draw 381", "#381". */
export function findRoundRefs(line: string): RoundMatch[] {
  const out: RoundMatch[] = [];
  for (const m of line.matchAll(ROUND_REF)) {
    const round = (m[1] ?? m[2])!;
    out.push({ kind: 'round', start: m.index, end: m.index + m[0].length, text: m[0], round: round.toLowerCase() });
  }
  return out;
}

/** Five-digit NOC 2021 codes. */
export function findNocCodes(line: string): NocMatch[] {
  const out: NocMatch[] = [];
  for (const m of line.matchAll(/(?<![\d-])(\d{5})(?![\d-])/g)) out.push({ kind: 'noc', start: m.index, end: m.index + m[0].length, text: m[0], code: m[1]! });
  return out;
}

export interface RecognizeOptions {
  /** Recognise NOC codes too (profiles). */
  readonly noc?: boolean;
}

/** What is at `character` in `line`, if anything: dates first, then round references, categories, NOC codes. */
export function recognizeAt(line: string, character: number, options: RecognizeOptions = {}): Recognized | undefined {
  const at = (s: Span): boolean => character >= s.start && character <= s.end;
  return (
    findDates(line).find(at) ??
    findRoundRefs(line).find(at) ??
    findCategories(line).find(at) ??
    (options.noc ? findNocCodes(line).find(at) : undefined)
  );
}

/** TEER of a NOC 2021 code (its second digit), or null when the code cannot be NOC 2021: the core decides. */
export function nocTeer(code: string): number | null {
  return teerOf(code);
}
