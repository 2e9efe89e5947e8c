/**
 * Category eligibility. Expected verdicts come from the rules written here and from the project's reference lists
 * (../shared/reference/category-nocs.json, read plainly), never from the code's output.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  categoryEligibility, checkCategories, categoriesWithNoc, dayFromIso, type CategoryInput, type CategoryVerdict,
} from '../../../core/index';
import { OCCUPATION_LISTS, listInForce, listOfRound } from '../../../core/categories/index';
import type { Job } from '../../../core/cec/types';
import { realFeed } from '../helpers/recount';

const REFERENCE = resolve(__dirname, '../../../../shared/reference/category-nocs.json');
interface RefList { category: string; version: string; nocs?: string[] | null; knownChangesVs2025?: { removed: string[]; added: string[] }; completeness?: string }
function reference(): RefList[] {
  // CI has ../shared beside the clone; without it these tests fail with this message rather than skip.
  assert.ok(existsSync(REFERENCE), `the reference file ${REFERENCE} is needed (../shared beside the repository)`);
  return (JSON.parse(readFileSync(REFERENCE, 'utf8')) as { lists: RefList[] }).lists;
}

const job = (noc: string, start: string, end: string | null, extra: Partial<Job> = {}): Job => ({ noc, start, end, hoursPerWeek: 40, ...extra });
const input = (jobs: Job[], extra: Partial<CategoryInput> = {}): CategoryInput => ({ jobs, languages: [], ...extra });
function verdict(i: CategoryInput, asOf: string, category: string): CategoryVerdict | undefined {
  return categoryEligibility(i, asOf).categories.find((c) => c.category === category);
}

describe('category lists (generated from the reference)', () => {
  it('the committed file is what the generator makes of the reference', () => {
    reference();
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-category-lists.ts', '--check'], { cwd: resolve(__dirname, '../../..'), encoding: 'utf8' });
    assert.match(out, /matches the reference/);
  });

  it('every list of the reference is in the core with the same codes', () => {
    for (const r of reference()) {
      if (r.category === 'FRENCH') continue;
      for (const category of r.category.split('/').map((c) => c.trim())) {
        const l = OCCUPATION_LISTS.find((x) => x.category === category && x.versionText === r.version);
        assert.ok(l, `${category} ${r.version}`);
        const expected = r.nocs ?? r.knownChangesVs2025?.added ?? null;
        assert.deepEqual(l.nocs === null ? null : [...l.nocs].sort(), expected === null ? null : [...expected].sort(), `${category} ${r.version}`);
        assert.equal(l.complete, r.nocs !== null && r.nocs !== undefined && /^complete\b/i.test(r.completeness ?? ''), `${category} ${r.version} completeness`);
        assert.ok(l.sources.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(l.announced));
      }
    }
  });

  it('the list in force is the newest announced on or before the date', () => {
    assert.equal(listInForce('TRADE', dayFromIso('2026-02-17')!)?.versionText, '2025 (Version 2)');
    assert.equal(listInForce('TRADE', dayFromIso('2026-02-18')!)?.versionText, '2026 (Version 3)');
    assert.equal(listInForce('STEM', dayFromIso('2025-02-26')!)?.versionText, '2023 (Version 1)');
    assert.equal(listInForce('STEM', dayFromIso('2025-02-27')!)?.versionText, '2025');
    assert.equal(listInForce('SENIOR_MANAGERS', dayFromIso('2026-02-17')!), undefined);
  });

  it('every category round of the feed joins the list whose version its drawName carries', () => {
    const feed = realFeed();
    assert.ok(feed, 'the real feed is needed (../shared beside the repository)');
    const byCategory: Record<string, RegExp> = { HEALTHCARE: /^health/i, TRADE: /^trade/i, STEM: /^stem/i, TRANSPORT: /^transport/i, AGRICULTURE: /^agri/i, EDUCATION: /^education/i, PHYSICIANS: /^physician/i, SENIOR_MANAGERS: /^senior/i, MILITARY: /military/i };
    let joined = 0;
    for (const r of feed) {
      const category = Object.keys(byCategory).find((c) => byCategory[c]!.test(r['drawName']!));
      if (!category) continue;
      const version = Number(/version\s*(\d+)/i.exec(r['drawName']!)![1]);
      const list = listOfRound({ category, categoryVersion: version });
      assert.ok(list, `${r['drawName']}`);
      assert.equal(list.version, version);
      assert.equal(list.category, category);
      assert.ok(list.announced <= r['drawDate']!, `${r['drawName']} on ${r['drawDate']} used a list announced ${list.announced}`);
      joined++;
    }
    assert.ok(joined >= 30, `category rounds joined: ${joined}`);
  });

  it('hovering a code: the categories whose current list includes it', () => {
    const on = (noc: string, date: string): string[] => categoriesWithNoc(noc, dayFromIso(date)!).map((c) => c.category).sort();
    assert.deepEqual(on('31102', '2025-12-01'), ['HEALTHCARE']);
    assert.deepEqual(on('31102', '2026-03-01'), ['PHYSICIANS']); // the 2026 healthcare list is not known
    assert.deepEqual(on('63201', '2026-03-01'), ['TRADE']);
    assert.deepEqual(on('63201', '2025-03-01'), ['AGRICULTURE']);
    assert.deepEqual(on('21231', '2024-01-01'), ['STEM']);
    assert.deepEqual(on('21231', '2025-03-01'), []);
  });
});

describe('category eligibility: the experience rule', () => {
  // 41220 (secondary school teachers) is on the complete 2025 education list; the 2026 education list is unknown.
  const eightMonths = input([job('41220', '2025-06-01', '2026-01-31')]);
  const thirteenMonths = input([job('41220', '2024-12-01', '2026-01-31')]);

  it('the day before 2026-02-18: 6 months without a break in a listed occupation is enough', () => {
    const v = verdict(eightMonths, '2026-02-17', 'EDUCATION')!;
    assert.equal(v.eligible, true);
    assert.equal(v.listVersion, '2025 (Version 1)');
    assert.equal(v.listComplete, true);
  });

  it('the day of 2026-02-18: 8 months is less than 12 in any single occupation, so false even with the list unknown', () => {
    const v = verdict(eightMonths, '2026-02-18', 'EDUCATION')!;
    assert.equal(v.eligible, false);
    assert.match(v.reasons[0]!, /not enough experience in any single occupation/);
  });

  it('the day of 2026-02-18: 13 months, but the 2026 education list is not known: null', () => {
    const v = verdict(thirteenMonths, '2026-02-18', 'EDUCATION')!;
    assert.equal(v.eligible, null);
    assert.equal(v.listVersion, '2026');
    assert.equal(v.listComplete, false);
    assert.match(v.reasons[0]!, /check canada\.ca/);
  });

  it('6 months with a break of one day is not continuous (before 2026-02-18); 12 months with breaks count after', () => {
    // Two runs of 4 months each: 8 months in all, never 6 without a break.
    const split = input([job('41220', '2025-01-01', '2025-04-30'), job('41220', '2025-05-02', '2025-08-31')]);
    assert.equal(verdict(split, '2026-02-17', 'EDUCATION')!.eligible, false);
    // Two runs of 7 months each (14 in all) from 2026-02-18: need not be continuous. TRANSPORT's 2026 list is complete.
    const transport = input([job('72600', '2024-01-01', '2024-07-31'), job('72600', '2025-01-01', '2025-07-31')]);
    assert.equal(verdict(transport, '2026-03-01', 'TRANSPORT')!.eligible, true);
  });

  it('12 months is 1,560 h counted per day: 364 days of full-time work are enough, 363 are not', () => {
    // 2025-01-01 + 363 days = 2025-12-30 (364 days inclusive).
    assert.equal(verdict(input([job('72600', '2025-01-01', '2025-12-30')]), '2026-03-01', 'TRANSPORT')!.eligible, true);
    assert.equal(verdict(input([job('72600', '2025-01-01', '2025-12-29')]), '2026-03-01', 'TRANSPORT')!.eligible, false);
    // Part-time: 15 h a week needs twice the days (728).
    assert.equal(verdict(input([job('72600', '2024-01-01', '2025-12-28', { hoursPerWeek: 15 })]), '2026-03-01', 'TRANSPORT')!.eligible, true);
    assert.equal(verdict(input([job('72600', '2024-01-01', '2025-12-26', { hoursPerWeek: 15 })]), '2026-03-01', 'TRANSPORT')!.eligible, false);
  });

  it('each occupation is measured on its own: two concurrent full-time jobs in two occupations each count', () => {
    const both = input([job('72600', '2025-01-01', '2025-12-31'), job('72410', '2025-01-01', '2025-12-31')]);
    assert.equal(verdict(both, '2026-03-01', 'TRANSPORT')!.eligible, true);
    // Two half-time jobs in the same occupation add up (15 + 15 h a week over 364 days = 1,560 h).
    const halves = input([job('72600', '2025-01-01', '2025-12-30', { hoursPerWeek: 15 }), job('72600', '2025-01-01', '2025-12-30', { hoursPerWeek: 15 })]);
    assert.equal(verdict(halves, '2026-03-01', 'TRANSPORT')!.eligible, true);
  });

  it('experience in two occupations is not added up: 12 months must be in one', () => {
    const two = input([job('72600', '2025-01-01', '2025-06-30'), job('72410', '2025-07-01', '2025-12-31')]);
    assert.equal(verdict(two, '2026-03-01', 'TRANSPORT')!.eligible, false);
  });
});

describe('category eligibility: list versions', () => {
  it('an occupation in one list version and not the next: 63200 (cooks) left the trades list in 2026', () => {
    const cook = input([job('63200', '2024-06-01', '2026-01-31')]);
    assert.equal(verdict(cook, '2026-02-17', 'TRADE')!.eligible, true);
    const after = verdict(cook, '2026-02-18', 'TRADE')!;
    assert.equal(after.eligible, false);
    assert.equal(after.listVersion, '2026 (Version 3)');
  });

  it('21231 (software engineers) was on the 2023 STEM list and not on the 2025 one', () => {
    const dev = input([job('21231', '2023-06-01', '2025-01-31')]);
    assert.equal(verdict(dev, '2025-02-26', 'STEM')!.eligible, true);
    assert.equal(verdict(dev, '2025-02-27', 'STEM')!.eligible, false);
  });

  it('a list marked incomplete: a code on it counts, a code missing from it gives null', () => {
    // The 2025 healthcare list is assembled from partial sources (not complete).
    const doctor = verdict(input([job('31102', '2024-06-01', '2025-11-30')]), '2025-12-01', 'HEALTHCARE')!;
    assert.equal(doctor.listComplete, false);
    assert.equal(doctor.eligible, true);
    const other = verdict(input([job('21231', '2024-06-01', '2025-11-30')]), '2025-12-01', 'HEALTHCARE')!;
    assert.equal(other.eligible, null);
    // The 2026 trades list: only its change is known; 63201 was added.
    assert.equal(verdict(input([job('63201', '2024-06-01', '2026-01-31')]), '2026-03-01', 'TRADE')!.eligible, true);
  });

  it('categories that did not exist on the date are not answered', () => {
    const ids = (d: string): string[] => categoryEligibility(input([]), d).categories.map((c) => c.category);
    assert.deepEqual(ids('2024-06-01'), ['FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'TRANSPORT', 'AGRICULTURE']);
    assert.deepEqual(ids('2025-06-01'), ['FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'AGRICULTURE', 'EDUCATION']);
    assert.ok(!ids('2026-03-01').includes('AGRICULTURE'));
    assert.ok(ids('2026-03-01').includes('MILITARY'));
    assert.deepEqual(ids('2023-05-30'), []);
  });
});

describe('category eligibility: Canada-only categories and military', () => {
  it('physicians, senior managers, researchers: experience abroad does not count', () => {
    const abroad = { inCanada: false };
    assert.equal(verdict(input([job('31102', '2024-06-01', '2026-02-28', abroad)]), '2026-03-01', 'PHYSICIANS')!.eligible, false);
    assert.equal(verdict(input([job('31102', '2024-06-01', '2026-02-28')]), '2026-03-01', 'PHYSICIANS')!.eligible, true);
    assert.equal(verdict(input([job('00012', '2024-06-01', '2026-02-28', abroad)]), '2026-03-01', 'SENIOR_MANAGERS')!.eligible, false);
    assert.equal(verdict(input([job('00012', '2024-06-01', '2026-02-28')]), '2026-03-01', 'SENIOR_MANAGERS')!.eligible, true);
    assert.equal(verdict(input([job('41200', '2024-06-01', '2026-02-28', abroad)]), '2026-03-01', 'RESEARCHERS')!.eligible, false);
    // Transport takes experience abroad.
    assert.equal(verdict(input([job('72600', '2024-06-01', '2026-02-28', abroad)]), '2026-03-01', 'TRANSPORT')!.eligible, true);
  });

  it('military recruits need a Canadian Armed Forces offer: true, false, or unknown when the profile does not say', () => {
    const nurse = [job('40042', '2024-06-01', '2026-02-28')];
    assert.equal(verdict(input(nurse, { canadianArmedForcesOffer: true }), '2026-03-01', 'MILITARY')!.eligible, true);
    assert.equal(verdict(input(nurse, { canadianArmedForcesOffer: false }), '2026-03-01', 'MILITARY')!.eligible, false);
    assert.equal(verdict(input(nurse), '2026-03-01', 'MILITARY')!.eligible, null);
  });
});

describe('category eligibility: French', () => {
  // TEF Canada, tests after 2023-12-10: NCLC 7 starts at reading 434, writing 428, listening 434, speaking 456 (canada.ca chart).
  const tef = (r: number, w: number, l: number, s: number, date = '2025-06-01') => ({ test: 'TEF', date, reading: r, writing: w, listening: l, speaking: s });

  it('NCLC 7 in all four abilities of a valid French test: eligible', () => {
    assert.equal(verdict(input([], { languages: [tef(434, 428, 434, 456)] }), '2026-03-01', 'FRENCH')!.eligible, true);
  });

  it('one ability at NCLC 6 (speaking 455): not eligible, and the reason names it', () => {
    const v = verdict(input([], { languages: [tef(434, 428, 434, 455)] }), '2026-03-01', 'FRENCH')!;
    assert.equal(v.eligible, false);
    assert.ok(v.reasons.some((r) => /speaking is below NCLC 7/.test(r)), v.reasons.join(' | '));
  });

  it('the French test may be the second language; an English test does not count; expired results do not', () => {
    const ielts = { test: 'IELTS', date: '2025-06-01', reading: 8, writing: 8, listening: 8, speaking: 8 };
    assert.equal(verdict(input([], { languages: [ielts, tef(500, 500, 500, 500)] }), '2026-03-01', 'FRENCH')!.eligible, true);
    assert.equal(verdict(input([], { languages: [ielts] }), '2026-03-01', 'FRENCH')!.eligible, false);
    assert.equal(verdict(input([], { languages: [tef(500, 500, 500, 500, '2024-01-15')] }), '2026-03-01', 'FRENCH')!.eligible, false);
    // TCF Canada: NCLC 7 starts at reading 453, writing 10, listening 458, speaking 10.
    const tcf = { test: 'TCF', date: '2025-06-01', reading: 453, writing: 10, listening: 458, speaking: 10 };
    assert.equal(verdict(input([], { languages: [tcf] }), '2026-03-01', 'FRENCH')!.eligible, true);
    assert.equal(verdict(input([], { languages: [{ ...tcf, listening: 457 }] }), '2026-03-01', 'FRENCH')!.eligible, false);
  });

  it('a French test without a date: validity unknown, so null', () => {
    const { date: _d, ...undated } = tef(500, 500, 500, 500);
    assert.equal(verdict(input([], { languages: [undated] }), '2026-03-01', 'FRENCH')!.eligible, null);
  });
});

describe('category eligibility of a profile', () => {
  it('reads the profile, its canadianArmedForcesOffer and as-of date; a bad profile gives its problems', () => {
    const r = checkCategories({ asOf: '2026-03-01', canadianArmedForcesOffer: true, jobs: [job('40042', '2024-06-01', '2026-02-28')] });
    assert.deepEqual(r.errors, []);
    assert.equal(r.asOf, '2026-03-01');
    assert.equal(r.categories.find((c) => c.category === 'MILITARY')!.eligible, true);
    const bad = checkCategories({ jobs: [{ noc: '999', start: 'x' }], canadianArmedForcesOffer: 'yes' });
    assert.ok(bad.errors.length >= 3);
    assert.deepEqual(bad.categories, []);
    assert.ok(bad.errors.some((e) => e.path.join('.') === 'canadianArmedForcesOffer'));
  });

  it('French from the profile\'s secondLanguage (TEF 440/430/450/460: NCLC 7 in all four)', () => {
    const profile = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/profiles/candidate.ee-profile.json'), 'utf8')) as Record<string, unknown>;
    const r = checkCategories(profile);
    assert.deepEqual(r.errors, []);
    assert.equal(r.categories.find((c) => c.category === 'FRENCH')!.eligible, true);
    // 21232 (software developers) is not on the complete 2025 STEM list.
    assert.equal(r.categories.find((c) => c.category === 'STEM')!.eligible, false);
    const low = checkCategories({ ...profile, secondLanguage: { test: 'TEF', date: '2025-01-10', reading: 440, writing: 430, listening: 450, speaking: 455 } });
    assert.equal(low.categories.find((c) => c.category === 'FRENCH')!.eligible, false);
  });

  it('keys of each verdict, in the order of the JSON contract', () => {
    const r = checkCategories({ asOf: '2026-03-01', jobs: [] });
    for (const c of r.categories) assert.deepEqual(Object.keys(c), ['category', 'eligible', 'reasons', 'listVersion', 'listComplete']);
  });
});
