/**
 * Categories: every draw name maps to a canonical id, a version and a label; users may name a category by its id,
 * IRCC's name or a common alias, in any case.
 */
import type { CategoryId } from '../types';
import { InputError, clipInput } from '../types';

export interface CategoryInfo {
  readonly id: CategoryId;
  readonly label: string;
  /** Is this one of the four programs (CEC, FSW, FST, PNP) that all-program rounds may list as eligible? */
  readonly program: boolean;
}

/** The canonical categories, in the order the product lists them. */
export const CATEGORIES: readonly CategoryInfo[] = [
  { id: 'CEC', label: 'Canadian Experience Class', program: true },
  { id: 'PNP', label: 'Provincial Nominee Program', program: true },
  { id: 'FSW', label: 'Federal Skilled Worker', program: true },
  { id: 'FST', label: 'Federal Skilled Trades', program: true },
  { id: 'GENERAL', label: 'General (all programs)', program: false },
  { id: 'FRENCH', label: 'French-language proficiency', program: false },
  { id: 'HEALTHCARE', label: 'Healthcare and social services occupations', program: false },
  { id: 'STEM', label: 'STEM occupations', program: false },
  { id: 'TRADE', label: 'Trade occupations', program: false },
  { id: 'TRANSPORT', label: 'Transport occupations', program: false },
  { id: 'AGRICULTURE', label: 'Agriculture and agri-food occupations', program: false },
  { id: 'EDUCATION', label: 'Education occupations', program: false },
  { id: 'PHYSICIANS', label: 'Physicians with Canadian work experience', program: false },
  { id: 'SENIOR_MANAGERS', label: 'Senior managers with Canadian work experience', program: false },
  { id: 'RESEARCHERS', label: 'Researchers with Canadian work experience', program: false },
  { id: 'MILITARY', label: 'Skilled military recruits', program: false },
];

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryInfo(id: CategoryId): CategoryInfo | undefined {
  return BY_ID.get(id);
}

/** A label for any id, also one derived from an unknown draw name. */
export function categoryLabel(id: CategoryId): string {
  const known = BY_ID.get(id);
  if (known) return known.label;
  const words = id.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface DrawNameReading {
  readonly category: CategoryId;
  readonly version: number | null;
  /** The name without its version suffix. */
  readonly baseName: string;
  /** True when the name matched no known category and the id was derived from the name. */
  readonly unknown: boolean;
}

/**
 * Splits a version suffix off a draw name: "(Version 1)", ", 2026-Version 2", " 2026-Version 2", "- Version 3".
 */
export function splitVersion(name: string): { baseName: string; version: number | null } {
  const t = name.trim().replace(/\s+/g, ' ');
  const m = /[\s,(–-]*(?:\d{4}\s*[-–]\s*)?version\s*(\d+)\)?\s*$/i.exec(t);
  if (!m) return { baseName: t, version: null };
  return { baseName: t.slice(0, m.index).replace(/[\s,(–-]+$/, ''), version: Number(m[1]) };
}

/** Ordered rules: the first that matches the lower-cased base name wins (physicians before healthcare, …). */
const NAME_RULES: readonly (readonly [RegExp, CategoryId])[] = [
  [/^canadian experience class$/, 'CEC'],
  [/^provincial nominee program$/, 'PNP'],
  [/^federal skilled worker( program)?$/, 'FSW'],
  [/^federal skilled trades?( program)?$/, 'FST'],
  [/^(no program specified|general)$/, 'GENERAL'],
  [/physician|doctor/, 'PHYSICIANS'],
  [/senior manager/, 'SENIOR_MANAGERS'],
  [/research/, 'RESEARCHERS'],
  [/military|armed forces/, 'MILITARY'],
  [/french/, 'FRENCH'],
  [/health/, 'HEALTHCARE'],
  [/\bstem\b|science, technology/, 'STEM'],
  [/transport/, 'TRANSPORT'],
  [/agricultur|agri-food/, 'AGRICULTURE'],
  [/\btrades?\b/, 'TRADE'],
  [/education/, 'EDUCATION'],
];

/** Bump when splitVersion, derivedId or readEligiblePrograms change (NAME_RULES are fingerprinted by themselves). */
const CATEGORY_RULES_REVISION = 1;

/**
 * A short fingerprint of the rules that read draw names and programs texts. Snapshots store what the rules made of
 * each name with this stamp, so start-up reads no text; a snapshot written under other rules is read again.
 */
export function categoryRulesStamp(): string {
  const text = `${CATEGORY_RULES_REVISION}|` + NAME_RULES.map(([p, id]) => `${p.source}=${id}`).join('|');
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Maps an IRCC draw name to its category. Unknown names get a stable id derived from the name. */
export function readDrawName(name: string): DrawNameReading {
  const { baseName, version } = splitVersion(name);
  const lower = baseName.toLowerCase();
  for (const [pattern, id] of NAME_RULES) {
    if (pattern.test(lower)) return { category: id, version, baseName, unknown: false };
  }
  return { category: derivedId(baseName), version, baseName, unknown: true };
}

/** "Beekeeping occupations" → "BEEKEEPING_OCCUPATIONS"; never empty. */
export function derivedId(baseName: string): CategoryId {
  const id = baseName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return id === '' ? 'UNNAMED' : id;
}

/** Programs named in a round's drawText2. */
export function readEligiblePrograms(text: string): CategoryId[] {
  const t = text.toLowerCase();
  const out: CategoryId[] = [];
  if (t.includes('canadian experience class')) out.push('CEC');
  if (t.includes('federal skilled worker')) out.push('FSW');
  if (t.includes('federal skilled trades')) out.push('FST');
  if (t.includes('provincial nominee')) out.push('PNP');
  return out;
}

/** Aliases users type, lower-cased, besides ids and IRCC's names. */
const ALIASES: Readonly<Record<string, CategoryId>> = {
  'canadian experience': 'CEC',
  'experience class': 'CEC',
  pnp: 'PNP',
  'provincial nominee': 'PNP',
  provincial: 'PNP',
  'federal skilled worker program': 'FSW',
  'skilled worker': 'FSW',
  'federal skilled trades program': 'FST',
  'skilled trades': 'FST',
  general: 'GENERAL',
  'no program specified': 'GENERAL',
  'all programs': 'GENERAL',
  'all-program': 'GENERAL',
  'all program': 'GENERAL',
  french: 'FRENCH',
  francophone: 'FRENCH',
  'french language': 'FRENCH',
  'french-language proficiency': 'FRENCH',
  'french language proficiency': 'FRENCH',
  health: 'HEALTHCARE',
  healthcare: 'HEALTHCARE',
  'health care': 'HEALTHCARE',
  'healthcare occupations': 'HEALTHCARE',
  'healthcare and social services': 'HEALTHCARE',
  'healthcare and social services occupations': 'HEALTHCARE',
  stem: 'STEM',
  'stem occupations': 'STEM',
  trade: 'TRADE',
  trades: 'TRADE',
  'trade occupations': 'TRADE',
  'trades occupations': 'TRADE',
  transport: 'TRANSPORT',
  transportation: 'TRANSPORT',
  'transport occupations': 'TRANSPORT',
  agriculture: 'AGRICULTURE',
  'agri-food': 'AGRICULTURE',
  agri: 'AGRICULTURE',
  'agriculture and agri-food occupations': 'AGRICULTURE',
  education: 'EDUCATION',
  'education occupations': 'EDUCATION',
  teachers: 'EDUCATION',
  physicians: 'PHYSICIANS',
  physician: 'PHYSICIANS',
  doctors: 'PHYSICIANS',
  doctor: 'PHYSICIANS',
  'senior managers': 'SENIOR_MANAGERS',
  'senior manager': 'SENIOR_MANAGERS',
  managers: 'SENIOR_MANAGERS',
  'senior-managers': 'SENIOR_MANAGERS',
  researchers: 'RESEARCHERS',
  researcher: 'RESEARCHERS',
  research: 'RESEARCHERS',
  military: 'MILITARY',
  'skilled military recruits': 'MILITARY',
  'military recruits': 'MILITARY',
};

/** The id that means every round. */
export const ALL = 'ALL';

const LOOKUP = new Map<string, CategoryId>();
for (const c of CATEGORIES) {
  LOOKUP.set(c.id.toLowerCase(), c.id);
  LOOKUP.set(c.label.toLowerCase(), c.id);
}
for (const [alias, id] of Object.entries(ALIASES)) LOOKUP.set(alias, id);
LOOKUP.set('all', ALL);
LOOKUP.set('*', ALL);

/**
 * Resolves what a user typed to a category id: an id, IRCC's name (with or without version), an alias, or an id
 * of an unknown category present in `extraIds`; "ALL" means every round. Throws InputError otherwise.
 */
export function resolveCategory(input: string, extraIds?: ReadonlySet<CategoryId>): CategoryId {
  const direct = LOOKUP.get(input) ?? (extraIds?.has(input) ? input : undefined);
  if (direct !== undefined) return direct;
  const t = String(input).trim().toLowerCase().replace(/\s+/g, ' ').replace(/_/g, ' ');
  const hit = LOOKUP.get(t) ?? LOOKUP.get(t.replace(/ /g, '_')) ?? LOOKUP.get(t.replace(/ (draws?|rounds?|category)$/, ''));
  if (hit !== undefined) return hit;
  if (t !== '') {
    const reading = readDrawName(input);
    if (!reading.unknown) return reading.category;
    if (extraIds?.has(reading.category)) return reading.category;
    const upper = String(input).trim().toUpperCase();
    if (extraIds?.has(upper)) return upper;
    // A new category named by its first words ("beekeeping" for BEEKEEPING_OCCUPATIONS), when that is unambiguous.
    const start = derivedId(reading.baseName);
    const matches = [...(extraIds ?? [])].filter((id) => id.startsWith(`${start}_`));
    if (matches.length === 1) return matches[0]!;
  }
  throw new InputError(
    `Unknown category "${clipInput(String(input).trim())}". Use an id (${CATEGORIES.map((c) => c.id).join(', ')}, ALL), ` +
      'an IRCC draw name or an alias such as "french", "health", "trades", "doctors".',
  );
}
