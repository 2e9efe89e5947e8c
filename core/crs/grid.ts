/**
 * The CRS grid applied to a candidate's input under one rule set: every factor's points with a one-line reason, the
 * caps, the four sections. Pure; see rules.ts for the tables and their sources.
 */
import { ABILITIES } from '../language/charts';
import { teerOf } from '../cec/profile';
import { stepPoints, type CrsRuleSet, type EducationLevel, type SpousePair } from './rules';
import type { CrsInput, Levels, TestInput } from './input';
import type { CrsCapApplied, CrsFactorLine, CrsNote, CrsSection, CrsSectionId } from './types';

const EDUCATION_NAMES: Readonly<Record<EducationLevel, string>> = {
  none: 'less than secondary',
  secondary: 'secondary diploma',
  'one-year': 'one-year post-secondary program',
  'two-year': 'two-year post-secondary program',
  bachelors: "bachelor's degree or 3+ year program",
  'two-or-more': 'two or more credentials, one of 3+ years',
  masters: "master's or professional degree",
  doctoral: 'doctoral degree',
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const pts = (n: number): string => plural(n, 'point');
const minLevel = (l: Levels): number => Math.min(l.reading, l.writing, l.listening, l.speaking);
const levelWord = (t: TestInput): string => (t.language === 'french' ? 'NCLC' : 'CLB');

export interface GridScore {
  readonly total: number;
  readonly sections: Readonly<Record<CrsSectionId, CrsSection>>;
  readonly caps: readonly CrsCapApplied[];
  readonly notes: readonly CrsNote[];
}

/** Scores `input` under `rules`. */
export function scoreGrid(input: CrsInput, rules: CrsRuleSet): GridScore {
  const t = rules.tables;
  const c = rules.caps;
  const key: keyof SpousePair = input.withSpouse ? 'withSpouse' : 'withoutSpouse';
  const caps: CrsCapApplied[] = [];
  const notes: CrsNote[] = [];
  const lines: Record<CrsSectionId, CrsFactorLine[]> = { coreHumanCapital: [], spouse: [], skillTransferability: [], additional: [] };
  const add = (section: CrsSectionId, factor: string, label: string, points: number, reason: string, path: readonly (string | number)[] | null): number => {
    lines[section].push({ factor, section, label, points, what: reason.slice(0, reason.lastIndexOf(': ')), reason, path });
    return points;
  };
  const cap = (name: string, limit: number, before: number, note: string): number => {
    if (before <= limit) return before;
    caps.push({ cap: name, limit, before, note });
    return limit;
  };

  // A. Core / human capital.
  let core = 0;
  const age = input.age;
  const agePoints = age === null ? 0 : t.age[age]?.[key] ?? 0;
  core += add('coreHumanCapital', 'age', 'Age', agePoints, age === null ? 'Age not given: 0 points' : `Age ${age}: ${pts(agePoints)}`, [input.ageField]);
  const edu = input.education;
  const eduPoints = edu === null ? 0 : t.education[edu][key];
  core += add('coreHumanCapital', 'education', 'Education', eduPoints, edu === null ? 'Education not given: 0 points' : `Education, ${EDUCATION_NAMES[edu]}: ${pts(eduPoints)}`, ['education', 'level']);
  const first = input.first;
  for (const a of ABILITIES) {
    const level = first ? first.levels[a] : null;
    const p = level === null ? 0 : stepPoints(t.firstLanguage, level, { withSpouse: 0, withoutSpouse: 0 })[key];
    core += add('coreHumanCapital', `firstLanguage.${a}`, `First language: ${a}`, p,
      first === null ? `First official language, ${a}: no valid test, 0 points` : `First official language, ${a} ${levelWord(first)} ${level}: ${pts(p)}`,
      ['language', a]);
  }
  const second = input.second;
  let secondTotal = 0;
  for (const a of ABILITIES) {
    if (!second) continue;
    const p = stepPoints(t.secondLanguage, second.levels[a], 0);
    secondTotal += add('coreHumanCapital', `secondLanguage.${a}`, `Second language: ${a}`, p, `Second official language, ${a} ${levelWord(second)} ${second.levels[a]}: ${pts(p)}`, ['secondLanguage', a]);
  }
  core += cap('secondLanguage', c.secondLanguage[key], secondTotal, `Second official language capped at ${c.secondLanguage[key]} points ${input.withSpouse ? 'with' : 'without'} a spouse (${secondTotal} before the cap).`) ;
  const cw = input.canadianYears;
  const cwPoints = stepPoints(t.canadianWork, cw, { withSpouse: 0, withoutSpouse: 0 })[key];
  core += add('coreHumanCapital', 'canadianWork', 'Canadian work experience', cwPoints, `Canadian work experience, ${plural(cw, 'year')}: ${pts(cwPoints)}`, ['canadianWorkYears']);

  // B. Spouse.
  let spouseTotal = 0;
  const s = input.spouse;
  if (input.withSpouse && s) {
    const se = s.education === null ? 0 : t.spouseEducation[s.education];
    spouseTotal += add('spouse', 'spouse.education', 'Spouse: education', se, s.education === null ? "Spouse's education not given: 0 points" : `Spouse's education, ${EDUCATION_NAMES[s.education]}: ${pts(se)}`, ['spouse', 'education', 'level']);
    for (const a of ABILITIES) {
      const level = s.language ? s.language.levels[a] : null;
      const p = level === null ? 0 : stepPoints(t.spouseLanguage, level, 0);
      spouseTotal += add('spouse', `spouse.language.${a}`, `Spouse: ${a}`, p,
        s.language === null ? `Spouse's language, ${a}: no valid test, 0 points` : `Spouse's language, ${a} ${levelWord(s.language)} ${level}: ${pts(p)}`, ['spouse', 'language', a]);
    }
    const sw = stepPoints(t.spouseCanadianWork, s.canadianYears, 0);
    spouseTotal += add('spouse', 'spouse.canadianWork', 'Spouse: Canadian work', sw, `Spouse's Canadian work experience, ${plural(s.canadianYears, 'year')}: ${pts(sw)}`, ['spouse', 'canadianWorkYears']);
    spouseTotal = cap('spouse', c.spouse, spouseTotal, `Spouse factors capped at ${c.spouse} points.`);
  }

  // C. Skill transferability.
  const tr = t.transferability;
  const firstMin = first ? minLevel(first.levels) : 0;
  const band = firstMin >= 9 ? 'clb9' : firstMin >= 7 ? 'clb7' : null;
  const bandText = first === null ? 'no valid first-language test' : firstMin >= 9 ? `${levelWord(first)} 9+ in all four` : firstMin >= 7 ? `${levelWord(first)} 7+ in all four, one under 9` : `lowest ${levelWord(first)} ${firstMin}, under 7`;
  const workBand = cw >= 2 ? 'twoYears' : cw >= 1 ? 'oneYear' : null;
  const eduRow = edu === null ? 0 : tr.educationRow[edu];
  const eduName = edu === null ? 'no education given' : EDUCATION_NAMES[edu];
  const el = band ? tr.educationLanguage[band][eduRow]! : 0;
  const ew = workBand ? tr.educationCanadianWork[workBand][eduRow]! : 0;
  const g1 = add('skillTransferability', 'transferability.educationLanguage', 'Education + language', el, `Education (${eduName}) with language (${bandText}): ${pts(el)}`, ['education', 'level'])
    + add('skillTransferability', 'transferability.educationCanadianWork', 'Education + Canadian work', ew, `Education (${eduName}) with Canadian work (${plural(cw, 'year')}): ${pts(ew)}`, ['education', 'level']);
  const fy = input.foreignYears;
  const fRow = fy >= 3 ? 2 : fy >= 1 ? 1 : 0;
  const fl = band ? tr.foreignLanguage[band][fRow]! : 0;
  const fw = workBand ? tr.foreignCanadianWork[workBand][fRow]! : 0;
  const g2 = add('skillTransferability', 'transferability.foreignLanguage', 'Foreign work + language', fl, `Foreign work (${plural(fy, 'year')}) with language (${bandText}): ${pts(fl)}`, ['foreignWorkYears'])
    + add('skillTransferability', 'transferability.foreignCanadianWork', 'Foreign work + Canadian work', fw, `Foreign work (${plural(fy, 'year')}) with Canadian work (${plural(cw, 'year')}): ${pts(fw)}`, ['foreignWorkYears']);
  let g3 = 0;
  if (input.certificate) {
    const cq = first === null ? 0 : firstMin >= 7 ? tr.certificate.clb7 : firstMin >= 5 ? tr.certificate.clb5 : 0;
    g3 = add('skillTransferability', 'transferability.certificate', 'Certificate of qualification + language', cq,
      `Certificate of qualification with language (${first === null ? 'no valid first-language test' : `lowest ${levelWord(first)} ${firstMin}`}): ${pts(cq)}`, ['certificateOfQualification']);
  }
  const gc = c.transferabilityGroup;
  const transferBefore = cap('transferability.education', gc, g1, `Education combinations capped at ${gc} points (${g1} before the cap).`)
    + cap('transferability.foreignWork', gc, g2, `Foreign work combinations capped at ${gc} points (${g2} before the cap).`)
    + cap('transferability.certificate', gc, g3, `Certificate of qualification capped at ${gc} points.`);
  const transfer = cap('skillTransferability', c.transferability, transferBefore, `Skill transferability capped at ${c.transferability} points (${transferBefore} before the cap).`);

  // D. Additional points.
  const ad = t.additional;
  let additional = 0;
  if (input.nomination) additional += add('additional', 'provincialNomination', 'Provincial nomination', ad.provincialNomination, `Provincial or territorial nomination: ${pts(ad.provincialNomination)}`, ['provincialNomination']);
  if (input.jobOfferNoc !== null) {
    const noc = input.jobOfferNoc;
    const teer = teerOf(noc);
    const senior = noc.startsWith('00');
    const p = teer === null || teer > 3 ? 0 : senior ? ad.jobOffer.seniorManager : ad.jobOffer.otherSkilled;
    if (teer === null || teer > 3) notes.push({ path: ['jobOffer', 'noc'], message: `The job offer (NOC ${noc}) is TEER ${teer ?? '?'}: only TEER 0–3 offers ever earned points.` });
    else if (p === 0) notes.push({ path: ['jobOffer'], message: `Job offers no longer earn CRS points under the rules of ${rules.inForceFrom ?? rules.id} (removed from 2025-03-25).` });
    else if (rules.inForceFrom !== null && rules.inForceFrom < '2022-11-16') notes.push({ path: ['jobOffer', 'noc'], message: `The job offer is scored with its NOC 2021 code; the rules of ${rules.inForceFrom} used NOC 2016, where the occupation may fall differently.` });
    additional += add('additional', 'jobOffer', 'Job offer', p, `Job offer, NOC ${noc}${senior ? ' (senior manager, major group 00)' : ''}: ${pts(p)}`, ['jobOffer', 'noc']);
  }
  const ce = input.canadianEducation;
  if (ce !== 'none') {
    const thirty = ce === 'three-year-or-more' || edu === 'masters' || edu === 'doctoral';
    const p = thirty ? ad.canadianEducation.threeYearOrMore : ad.canadianEducation.oneOrTwoYear;
    if (p === 0) notes.push({ path: ['education', 'canadian'], message: `Canadian education earned no additional points before 2016-11-19 (rules of ${rules.inForceFrom ?? rules.id}).` });
    additional += add('additional', 'canadianEducation', 'Canadian education', p, `Canadian post-secondary credential (${thirty ? "3+ years, master's or doctoral" : '1 or 2 years'}): ${pts(p)}`, ['education', 'canadian']);
  }
  if (input.sibling) {
    if (ad.sibling === 0) notes.push({ path: ['siblingInCanada'], message: `A sibling in Canada earned no points before 2017-06-06 (rules of ${rules.inForceFrom ?? rules.id}).` });
    additional += add('additional', 'siblingInCanada', 'Sibling in Canada', ad.sibling, `Sibling in Canada (citizen or PR): ${pts(ad.sibling)}`, ['siblingInCanada']);
  }
  const french = first?.language === 'french' ? first : second?.language === 'french' ? second : null;
  if (french && minLevel(french.levels) >= 7) {
    const english = first?.language === 'english' ? first : second?.language === 'english' ? second : null;
    const strong = english !== null && minLevel(english.levels) >= 5;
    const p = strong ? ad.french.englishClb5 : ad.french.englishLow;
    if (p === 0) notes.push({ path: [...french.path], message: `French earned no additional points before 2017-06-06 (rules of ${rules.inForceFrom ?? rules.id}).` });
    additional += add('additional', 'french', 'French', p,
      `French NCLC 7+ in all four, ${strong ? 'English CLB 5+ in all four' : english ? `English lowest CLB ${minLevel(english.levels)}` : 'no English test'}: ${pts(p)}`, [...french.path]);
  }
  additional = cap('additional', c.additional, additional, `Additional points capped at ${c.additional} (${additional} before the cap).`);

  const sections: Record<CrsSectionId, CrsSection> = {
    coreHumanCapital: { title: 'Core / human capital', points: core, max: input.withSpouse ? 460 : 500, factors: lines.coreHumanCapital },
    spouse: { title: 'Spouse or common-law partner', points: spouseTotal, max: input.withSpouse ? c.spouse : 0, factors: lines.spouse },
    skillTransferability: { title: 'Skill transferability', points: transfer, max: c.transferability, factors: lines.skillTransferability },
    additional: { title: 'Additional points', points: additional, max: c.additional, factors: lines.additional },
  };
  const total = cap('total', c.total, core + spouseTotal + transfer + additional, `Total capped at ${c.total}.`);
  return { total, sections, caps, notes };
}

