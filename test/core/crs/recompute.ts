/**
 * An independent, plain recomputation of the CRS from the published grid (canada.ca CRS criteria; Ministerial
 * Instructions ss. 8–26; history of changes by date), written out again here with no code shared with core/crs, so
 * the tests compare the engine with numbers worked out separately.
 */

export type Edu = 'none' | 'secondary' | 'one-year' | 'two-year' | 'bachelors' | 'two-or-more' | 'masters' | 'doctoral';

export interface Candidate {
  age: number;
  spouse: boolean;
  edu: Edu | null;
  canadianEdu?: 'none' | 'one-or-two-year' | 'three-year-or-more';
  /** First official language CLB per ability [reading, writing, listening, speaking]; null: no test. */
  first: [number, number, number, number] | null;
  firstFrench?: boolean;
  second?: [number, number, number, number] | null;
  cw: number;
  fw: number;
  spouseEdu?: Edu | null;
  spouseLang?: [number, number, number, number] | null;
  spouseCw?: number;
  certificate?: boolean;
  pnp?: boolean;
  sibling?: boolean;
  jobOfferNoc?: string | null;
}

function agePoints(age: number, spouse: boolean): number {
  // [age, with spouse, without spouse]
  const rows: [number, number, number][] = [
    [18, 90, 99], [19, 95, 105], [20, 100, 110], [29, 100, 110], [30, 95, 105], [31, 90, 99], [32, 85, 94],
    [33, 80, 88], [34, 75, 83], [35, 70, 77], [36, 65, 72], [37, 60, 66], [38, 55, 61], [39, 50, 55],
    [40, 45, 50], [41, 35, 39], [42, 25, 28], [43, 15, 17], [44, 5, 6],
  ];
  if (age >= 20 && age <= 29) return spouse ? 100 : 110;
  const row = rows.find((r) => r[0] === age);
  return row ? (spouse ? row[1] : row[2]) : 0;
}

function eduPoints(e: Edu | null, spouse: boolean): number {
  switch (e) {
    case 'secondary': return spouse ? 28 : 30;
    case 'one-year': return spouse ? 84 : 90;
    case 'two-year': return spouse ? 91 : 98;
    case 'bachelors': return spouse ? 112 : 120;
    case 'two-or-more': return spouse ? 119 : 128;
    case 'masters': return spouse ? 126 : 135;
    case 'doctoral': return spouse ? 140 : 150;
    default: return 0;
  }
}

function firstLangPoints(clb: number, spouse: boolean): number {
  if (clb >= 10) return spouse ? 32 : 34;
  if (clb === 9) return spouse ? 29 : 31;
  if (clb === 8) return spouse ? 22 : 23;
  if (clb === 7) return spouse ? 16 : 17;
  if (clb === 6) return spouse ? 8 : 9;
  if (clb === 4 || clb === 5) return 6;
  return 0;
}

function secondLangPoints(clb: number): number {
  if (clb >= 9) return 6;
  if (clb >= 7) return 3;
  if (clb >= 5) return 1;
  return 0;
}

function cwPoints(years: number, spouse: boolean): number {
  if (years >= 5) return spouse ? 70 : 80;
  if (years === 4) return spouse ? 63 : 72;
  if (years === 3) return spouse ? 56 : 64;
  if (years === 2) return spouse ? 46 : 53;
  if (years === 1) return spouse ? 35 : 40;
  return 0;
}

function spouseEduPoints(e: Edu | null | undefined): number {
  return { none: 0, secondary: 2, 'one-year': 6, 'two-year': 7, bachelors: 8, 'two-or-more': 9, masters: 10, doctoral: 10 }[e ?? 'none'];
}

function spouseLangPoints(clb: number): number {
  return clb >= 9 ? 5 : clb >= 7 ? 3 : clb >= 5 ? 1 : 0;
}

function spouseCwPoints(y: number): number {
  return y >= 5 ? 10 : y === 4 ? 9 : y === 3 ? 8 : y === 2 ? 7 : y === 1 ? 5 : 0;
}

export interface Expected {
  core: number;
  spouse: number;
  transfer: number;
  additional: number;
  total: number;
}

/** The score on `date` (ISO), under the rules in force that day. */
export function recompute(c: Candidate, date: string): Expected {
  const s = c.spouse;
  const first = c.first ?? [0, 0, 0, 0];
  let second = 0;
  for (const l of c.second ?? []) second += secondLangPoints(l);
  second = Math.min(second, s ? 22 : 24);
  const core = agePoints(c.age, s) + eduPoints(c.edu, s) + first.reduce((a, l) => a + firstLangPoints(l, s), 0) + second + cwPoints(c.cw, s);

  let spouse = 0;
  if (s) spouse = spouseEduPoints(c.spouseEdu) + (c.spouseLang ?? [0, 0, 0, 0]).reduce((a, l) => a + spouseLangPoints(l), 0) + spouseCwPoints(c.spouseCw ?? 0);

  // Skill transferability.
  const min = c.first ? Math.min(...c.first) : 0;
  const high = min >= 9;
  const mid = min >= 7 && !high;
  const strongEdu = c.edu === 'two-or-more' || c.edu === 'masters' || c.edu === 'doctoral';
  const postSecondary = c.edu === 'one-year' || c.edu === 'two-year' || c.edu === 'bachelors';
  let eduLang = 0;
  if (strongEdu) eduLang = high ? 50 : mid ? 25 : 0;
  else if (postSecondary) eduLang = high ? 25 : mid ? 13 : 0;
  let eduWork = 0;
  if (strongEdu) eduWork = c.cw >= 2 ? 50 : c.cw === 1 ? 25 : 0;
  else if (postSecondary) eduWork = c.cw >= 2 ? 25 : c.cw === 1 ? 13 : 0;
  let forLang = 0;
  if (c.fw >= 3) forLang = high ? 50 : mid ? 25 : 0;
  else if (c.fw >= 1) forLang = high ? 25 : mid ? 13 : 0;
  let forWork = 0;
  if (c.fw >= 3) forWork = c.cw >= 2 ? 50 : c.cw === 1 ? 25 : 0;
  else if (c.fw >= 1) forWork = c.cw >= 2 ? 25 : c.cw === 1 ? 13 : 0;
  let cert = 0;
  if (c.certificate && c.first) cert = min >= 7 ? 50 : min >= 5 ? 25 : 0;
  const transfer = Math.min(100, Math.min(50, eduLang + eduWork) + Math.min(50, forLang + forWork) + cert);

  // Additional points, by date.
  let additional = 0;
  if (c.pnp) additional += 600;
  if (c.jobOfferNoc) {
    const teer = Number(c.jobOfferNoc[1]);
    if (teer <= 3) {
      if (date < '2016-11-19') additional += 600;
      else if (date < '2025-03-25') additional += c.jobOfferNoc.startsWith('00') ? 200 : 50;
    }
  }
  if (c.canadianEdu && c.canadianEdu !== 'none' && date >= '2016-11-19') {
    additional += c.canadianEdu === 'three-year-or-more' || c.edu === 'masters' || c.edu === 'doctoral' ? 30 : 15;
  }
  if (c.sibling && date >= '2017-06-06') additional += 15;
  const frenchLevels = c.firstFrench ? c.first : c.second ?? null;
  const englishLevels = c.firstFrench ? c.second ?? null : c.first;
  if (frenchLevels && Math.min(...frenchLevels) >= 7 && date >= '2017-06-06') {
    const englishOk = englishLevels !== null && Math.min(...englishLevels) >= 5;
    if (date >= '2020-10-27') additional += englishOk ? 50 : 25;
    else additional += englishOk ? 30 : 15;
  }
  additional = Math.min(600, additional);
  return { core, spouse, transfer, additional, total: core + spouse + transfer + additional };
}
