/**
 * The CRS engine against an independent recomputation (./recompute.ts) written from the published grid: every
 * factor, every cap, the day before and the day each rule set starts, spouse cases, dates of birth, test expiry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crsFromJson, parseCandidateProfile, CRS_RULE_SETS, ruleSetOn, type CrsResult } from '../../../core/crs/index';
import { recompute, type Candidate, type Edu } from './recompute';

const DATE = '2025-11-29';

function testBlock(levels: readonly number[], french: boolean, date: string): Record<string, unknown> {
  return { test: french ? 'NCLC' : 'CLB', date, reading: levels[0], writing: levels[1], listening: levels[2], speaking: levels[3] };
}

/** A profile saying exactly what the candidate is; language tests taken 100 days or so before the date. */
function profileOf(c: Candidate, date: string): Record<string, unknown> {
  const testDate = `${Number(date.slice(0, 4)) - 1}-${date.slice(5, 7)}-${date.slice(8) === '29' && date.slice(5, 7) === '02' ? '28' : date.slice(8)}`;
  return {
    asOf: date,
    jobs: [],
    age: c.age,
    maritalStatus: c.spouse ? 'married' : 'single',
    ...(c.spouse ? { spouse: {
      ...(c.spouseEdu ? { education: { level: c.spouseEdu } } : {}),
      canadianWorkYears: c.spouseCw ?? 0,
      ...(c.spouseLang ? { language: testBlock(c.spouseLang, false, testDate) } : {}),
    } } : {}),
    ...(c.edu ? { education: { level: c.edu, canadian: c.canadianEdu ?? 'none' } } : {}),
    ...(c.first ? { language: testBlock(c.first, c.firstFrench === true, testDate) } : {}),
    ...(c.second ? { secondLanguage: testBlock(c.second, c.firstFrench !== true, testDate) } : {}),
    canadianWorkYears: c.cw,
    foreignWorkYears: c.fw,
    certificateOfQualification: c.certificate === true,
    provincialNomination: c.pnp === true,
    siblingInCanada: c.sibling === true,
    ...(c.jobOfferNoc ? { jobOffer: { noc: c.jobOfferNoc } } : {}),
  };
}

function score(json: unknown, asOf?: string): CrsResult {
  const o = crsFromJson(json, asOf ? { asOf } : {});
  assert.deepEqual(o.problems, []);
  return o.result!;
}

function check(c: Candidate, date = DATE): CrsResult {
  const r = score(profileOf(c, date));
  const e = recompute(c, date);
  const got = { core: r.sections.coreHumanCapital.points, spouse: r.sections.spouse.points, transfer: r.sections.skillTransferability.points, additional: r.sections.additional.points, total: r.total };
  assert.deepEqual(got, e, JSON.stringify(c));
  return r;
}

const BASE: Candidate = { age: 30, spouse: false, edu: 'bachelors', first: [8, 8, 8, 8], cw: 1, fw: 0 };
const EDUS: Edu[] = ['none', 'secondary', 'one-year', 'two-year', 'bachelors', 'two-or-more', 'masters', 'doctoral'];

describe('CRS score (core/crs) against an independent recomputation', () => {
  it('age: every age from 16 to 47, with and without a spouse', () => {
    for (const spouse of [false, true]) for (let age = 16; age <= 47; age++) check({ ...BASE, age, spouse });
  });

  it('the age line reads "Age 29: 110 points"', () => {
    const r = check({ ...BASE, age: 29 });
    assert.equal(r.sections.coreHumanCapital.factors.find((f) => f.factor === 'age')!.reason, 'Age 29: 110 points');
  });

  it('education: every level, with and without a spouse, and its transferability rows', () => {
    for (const spouse of [false, true]) for (const edu of EDUS) for (const cw of [0, 1, 2]) for (const first of [[6, 6, 6, 6], [7, 8, 9, 9], [9, 9, 9, 10]] as const) {
      check({ ...BASE, spouse, edu, cw, first: [...first] });
    }
  });

  it('a single bachelor\'s degree is the one-year-or-longer row (13/25), not 25/50', () => {
    const r = check({ ...BASE, edu: 'bachelors', first: [9, 9, 9, 9], cw: 0 });
    assert.equal(r.sections.skillTransferability.factors.find((f) => f.factor === 'transferability.educationLanguage')!.points, 25);
    const mid = check({ ...BASE, edu: 'bachelors', first: [7, 9, 9, 9], cw: 0 });
    assert.equal(mid.sections.skillTransferability.factors.find((f) => f.factor === 'transferability.educationLanguage')!.points, 13);
  });

  it('first official language: every CLB 0–12 per ability, English and French', () => {
    for (const spouse of [false, true]) for (let l = 0; l <= 12; l++) for (const firstFrench of [false, true]) {
      check({ ...BASE, spouse, first: [l, Math.min(12, l + 1), l, Math.max(0, l - 1)], firstFrench });
    }
  });

  it('second official language: every level, and the cap of 22 with a spouse (24 without)', () => {
    for (const spouse of [false, true]) for (let l = 0; l <= 12; l++) check({ ...BASE, spouse, second: [l, l, l, l] });
    const capped = check({ ...BASE, spouse: true, second: [9, 9, 9, 9] });
    assert.equal(capped.caps.find((c) => c.cap === 'secondLanguage')?.limit, 22);
    assert.equal(capped.caps.find((c) => c.cap === 'secondLanguage')?.before, 24);
    const single = check({ ...BASE, spouse: false, second: [9, 9, 9, 10] });
    assert.equal(single.caps.find((c) => c.cap === 'secondLanguage'), undefined);
  });

  it('Canadian and foreign work: 0 to 6 years each, with every language band', () => {
    for (const spouse of [false, true]) for (let cw = 0; cw <= 6; cw++) for (let fw = 0; fw <= 4; fw++) for (const first of [[5, 5, 5, 5], [7, 7, 7, 7], [9, 9, 10, 9]] as const) {
      check({ ...BASE, spouse, cw, fw, first: [...first] });
    }
  });

  it('spouse factors: every education, language level and work year', () => {
    for (const spouseEdu of EDUS) check({ ...BASE, spouse: true, spouseEdu, spouseCw: 0 });
    for (let l = 0; l <= 12; l++) check({ ...BASE, spouse: true, spouseLang: [l, l, 12, 0] });
    for (let y = 0; y <= 6; y++) check({ ...BASE, spouse: true, spouseCw: y, spouseEdu: 'masters', spouseLang: [9, 9, 9, 9] });
  });

  it('certificate of qualification with each language band', () => {
    for (const first of [[4, 4, 4, 4], [5, 6, 6, 6], [7, 7, 7, 7], [9, 9, 9, 9]] as const) check({ ...BASE, certificate: true, first: [...first] });
  });

  it('skill transferability caps: each group at 50 and the whole at 100, each cap noted', () => {
    const r = check({ ...BASE, edu: 'masters', first: [9, 9, 9, 9], cw: 2, fw: 3, certificate: true });
    assert.equal(r.sections.skillTransferability.points, 100);
    const caps = r.caps.map((c) => c.cap).sort();
    assert.deepEqual(caps, ['skillTransferability', 'transferability.education', 'transferability.foreignWork']);
    assert.equal(r.caps.find((c) => c.cap === 'skillTransferability')!.before, 150);
  });

  it('additional points: nomination, job offers, Canadian education, sibling, French, capped at 600', () => {
    for (const canadianEdu of ['none', 'one-or-two-year', 'three-year-or-more'] as const) for (const edu of ['two-year', 'masters'] as const) check({ ...BASE, edu, canadianEdu });
    check({ ...BASE, sibling: true });
    check({ ...BASE, first: [8, 8, 8, 8], second: [7, 7, 7, 7] });
    check({ ...BASE, first: [8, 8, 8, 4], second: [7, 7, 7, 7] });
    check({ ...BASE, first: [7, 7, 7, 9], firstFrench: true });
    check({ ...BASE, first: [7, 7, 7, 9], firstFrench: true, second: [5, 5, 5, 5] });
    const r = check({ ...BASE, pnp: true, sibling: true, second: [7, 7, 7, 7], canadianEdu: 'three-year-or-more' });
    assert.equal(r.sections.additional.points, 600);
    assert.equal(r.caps.find((c) => c.cap === 'additional')!.before, 600 + 15 + 50 + 30);
  });

  it('the day before and the day each rule set starts', () => {
    const c: Candidate = { ...BASE, jobOfferNoc: '21232', sibling: true, canadianEdu: 'one-or-two-year', second: [7, 7, 7, 7] };
    const senior: Candidate = { ...c, jobOfferNoc: '00012' };
    for (const set of CRS_RULE_SETS) {
      const day = set.inForceFrom!;
      const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      for (const cand of [c, senior]) {
        const on = check(cand, day);
        assert.equal(on.rules.id, set.id);
        assert.equal(on.rules.inForceFrom, day);
        if (day > '2015-01-01') {
          const prev = check(cand, before);
          assert.equal(prev.rules.id, ruleSetOn(before)!.id);
          assert.notEqual(prev.rules.id, set.id);
        }
      }
    }
    const none = crsFromJson(profileOf(BASE, '2014-12-31'));
    assert.equal(none.result, undefined);
    assert.match(none.problems[0]!.message, /began on 2015-01-01/);
  });

  it('job offers: 600 in 2015, 200/50 from 2016-11-19, none from 2025-03-25 with a note', () => {
    const offer = (noc: string, date: string): number => score(profileOf({ ...BASE, jobOfferNoc: noc }, date)).sections.additional.points;
    assert.deepEqual([offer('00012', '2016-11-18'), offer('00012', '2016-11-19'), offer('21232', '2016-11-19'), offer('21232', '2025-03-24'), offer('21232', '2025-03-25')], [600, 200, 50, 50, 0]);
    assert.equal(offer('65201', '2020-01-01'), 0);
    const r = score(profileOf({ ...BASE, jobOfferNoc: '21232' }, '2025-03-25'));
    assert.ok(r.notes.some((n) => n.path?.[0] === 'jobOffer' && /no longer earn/.test(n.message)));
  });

  it('a Canadian citizen or PR spouse, or one not coming, is scored as no spouse, with a note', () => {
    const single = recompute({ ...BASE, spouse: false }, DATE).total;
    for (const spouse of [{ canadianCitizenOrPR: true, education: { level: 'masters' } }, { accompanying: false, canadianWorkYears: 3 }]) {
      const r = score({ ...profileOf(BASE, DATE), maritalStatus: 'common-law', spouse });
      assert.equal(r.total, single);
      assert.equal(r.withSpouse, false);
      assert.equal(r.sections.spouse.points, 0);
      assert.ok(r.notes.some((n) => n.path?.[0] === 'spouse'));
    }
  });

  it('spouse data left under "single" (or no status) is ignored, with a note', () => {
    const single = recompute({ ...BASE, spouse: false }, DATE).total;
    for (const status of ['single', 'divorced', undefined]) {
      const json: Record<string, unknown> = { ...profileOf(BASE, DATE), spouse: { education: { level: 'doctoral' }, canadianWorkYears: 5 } };
      if (status) json['maritalStatus'] = status;
      else delete json['maritalStatus'];
      const r = score(json);
      assert.equal(r.total, single);
      assert.ok(r.notes.some((n) => n.path?.join('.') === 'spouse' && /ignored/.test(n.message)));
    }
  });

  it('dateOfBirth gives the age on the scoring date; a contradicting age is a problem', () => {
    const json = { ...profileOf(BASE, DATE), dateOfBirth: '1995-11-30' } as Record<string, unknown>;
    delete json['age'];
    assert.equal(score(json, '2025-11-29').age, 29);
    assert.equal(score(json, '2025-11-30').age, 30);
    assert.equal(score(json, '2025-11-29').total, recompute({ ...BASE, age: 29 }, '2025-11-29').total);
    const bad = crsFromJson({ ...json, age: 31 });
    assert.deepEqual(bad.problems.map((p) => p.path), [['age']]);
  });

  it('a language test scores until the day before its second anniversary, then nothing, with a note', () => {
    const json = { ...profileOf(BASE, DATE), language: { test: 'CLB', date: '2024-03-01', reading: 9, writing: 9, listening: 9, speaking: 9 } };
    const last = score(json, '2026-02-28');
    assert.equal(last.total, recompute({ ...BASE, first: [9, 9, 9, 9] }, '2026-02-28').total);
    const expired = score(json, '2026-03-01');
    assert.equal(expired.total, recompute({ ...BASE, first: null }, '2026-03-01').total);
    assert.ok(expired.notes.some((n) => n.path?.join('.') === 'language.date' && /expired on 2026-03-01/.test(n.message)));
    const undated = score({ ...json, language: { test: 'CLB', reading: 9, writing: 9, listening: 9, speaking: 9 } }, '2025-01-01');
    assert.equal(undated.sections.coreHumanCapital.factors.filter((f) => f.factor.startsWith('firstLanguage')).reduce((a, f) => a + f.points, 0), 0);
  });

  it('changes ahead: the birthday and the test expiry in the next 12 months, with the new totals', () => {
    const json = { ...profileOf(BASE, DATE), dateOfBirth: '1995-02-10', language: { test: 'CLB', date: '2024-06-15', reading: 8, writing: 8, listening: 8, speaking: 8 } } as Record<string, unknown>;
    delete json['age'];
    const r = score(json, '2025-11-29');
    assert.deepEqual(r.changesAhead.map((c) => [c.date, c.total]), [
      ['2026-02-10', recompute({ ...BASE, age: 31 }, '2026-02-10').total],
      ['2026-06-15', recompute({ ...BASE, age: 31, first: null }, '2026-06-15').total],
    ]);
    assert.equal(r.changesAhead[0]!.change, recompute({ ...BASE, age: 31 }, DATE).total - recompute({ ...BASE, age: 30 }, DATE).total);
  });

  it('what-if: the exact change of each ability one level up, a second language, one more year of work', () => {
    const c: Candidate = { ...BASE, spouse: true, first: [8, 9, 7, 10], spouseLang: [5, 5, 5, 5] };
    const r = check(c);
    const base = recompute(c, DATE).total;
    const delta = (change: string): number | undefined => r.whatIf.find((w) => w.change.startsWith(change))?.points;
    assert.equal(delta('First language reading'), recompute({ ...c, first: [9, 9, 7, 10] }, DATE).total - base);
    assert.equal(delta('First language listening'), recompute({ ...c, first: [8, 9, 8, 10] }, DATE).total - base);
    assert.equal(delta('First language speaking'), undefined);
    assert.equal(delta('French as second official language at NCLC 7'), recompute({ ...c, second: [7, 7, 7, 7] }, DATE).total - base);
    assert.equal(delta('One more year'), recompute({ ...c, cw: c.cw + 1 }, DATE).total - base);
    assert.equal(delta("Spouse's language test at CLB 9"), recompute({ ...c, spouseLang: [9, 9, 9, 9] }, DATE).total - base);
  });

  it('the example candidate of docs/crs.md', () => {
    const c: Candidate = {
      age: 29, spouse: true, edu: 'masters', canadianEdu: 'one-or-two-year', first: [9, 9, 10, 9], second: [7, 7, 7, 7], cw: 2, fw: 3,
      spouseEdu: 'bachelors', spouseLang: [8, 8, 8, 8], spouseCw: 1, sibling: true,
    };
    // Written out: core 100 + 126 + (29 + 29 + 32 + 29) + min(22, 12) + 46 = 403; spouse 8 + 12 + 5 = 25;
    // transferability min(50, 50 + 50) + min(50, 50 + 50) = 100; additional 30 + 15 + 50 = 95.
    assert.deepEqual(recompute(c, DATE), { core: 403, spouse: 25, transfer: 100, additional: 95, total: 623 });
    check(c);
  });
});

describe('CRS profile fields', () => {
  it('reads every new field; jobs may be left out', () => {
    const p = parseCandidateProfile(profileOf({ ...BASE, spouse: true, spouseEdu: 'masters', spouseLang: [7, 7, 7, 7], pnp: true, jobOfferNoc: '00012' }, DATE));
    assert.deepEqual(p.problems, []);
    const noJobs = { ...profileOf(BASE, DATE) };
    delete noJobs['jobs'];
    assert.deepEqual(parseCandidateProfile(noJobs).problems, []);
  });

  it('names each bad field by its path', () => {
    const bad = parseCandidateProfile({
      jobs: [], age: 'thirty', maritalStatus: 'engaged', education: { level: 'phd' }, spouse: { accompanying: 'yes', language: { test: 'IELTS', date: '2025-01-01', reading: 10, writing: 7, listening: 7, speaking: 7 } },
      canadianWorkYears: -1, jobOffer: { noc: '123' }, siblingInCanada: 'no', secondLanguage: { test: 'IELTS', date: '2025-01-01', reading: 7, writing: 7, listening: 7, speaking: 7 },
      language: { test: 'CELPIP', date: '2025-01-01', reading: 7, writing: 7, listening: 7, speaking: 7 },
    });
    const paths = bad.problems.map((p) => p.path.join('.')).sort();
    assert.deepEqual(paths, ['age', 'canadianWorkYears', 'education.level', 'jobOffer.noc', 'maritalStatus', 'secondLanguage.test', 'siblingInCanada', 'spouse.accompanying', 'spouse.language.reading'].sort());
  });

  it('a Canadian credential needs a post-secondary level', () => {
    const p = parseCandidateProfile({ jobs: [], education: { level: 'secondary', canadian: 'one-or-two-year' } });
    assert.deepEqual(p.problems.map((x) => x.path.join('.')), ['education.canadian']);
  });
});

describe('CRS work years from jobs (per-day counting)', () => {
  const job = (start: string, end: string, hoursPerWeek: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ noc: '21232', start, end, hoursPerWeek, ...extra });
  const years = (jobs: unknown[], asOf = '2025-11-29'): CrsResult['workYears'] => score({ asOf, jobs }).workYears;

  it('364 days of full-time work are one year; 363 days are not, whatever the overtime', () => {
    // 2024-01-01 + 363 days = 2024-12-29 (2024 is a leap year): 364 days inclusive.
    assert.equal(years([job('2024-01-01', '2024-12-29', 30)]).canadian.years, 1);
    assert.equal(years([job('2024-01-01', '2024-12-28', 70)]).canadian.years, 0);
    assert.equal(years([job('2024-01-01', '2024-12-28', 30), job('2024-01-01', '2024-12-28', 30)]).canadian.years, 0);
    assert.equal(years([job('2022-01-01', '2023-12-29', 15)]).canadian.years, 1);
  });

  it('TEER 4–5, unpaid, self-employed and full-time-study work is not Canadian work; work abroad is foreign work', () => {
    const long = (extra: Record<string, unknown>): Record<string, unknown> => job('2020-01-01', '2024-12-31', 40, extra);
    for (const extra of [{ noc: '65201' }, { paid: false }, { selfEmployed: true }, { duringFullTimeStudy: true }, { authorized: false }]) {
      assert.equal(years([long(extra)]).canadian.years, 0, JSON.stringify(extra));
    }
    const abroad = years([long({ inCanada: false })]);
    // 2020-01-01 to 2024-12-31: 1,827 days × 30/7 h = 7,830 h, 5 full years of 1,560 h.
    assert.deepEqual([abroad.canadian.years, abroad.foreign.years, abroad.foreign.source], [0, 5, 'jobs']);
  });

  it('only the 10 years before the scoring date count; a number in the profile wins and says so', () => {
    assert.equal(years([job('2010-01-01', '2016-11-30', 40)]).canadian.years, 1);
    const r = score({ asOf: DATE, jobs: [job('2020-01-01', '2024-12-31', 40)], canadianWorkYears: 2 });
    assert.deepEqual(r.workYears.canadian, { years: 2, source: 'profile', hours: null });
  });
});

describe('CRS fields in profile.schema.json', () => {
  const schema = JSON.parse(readFileSync(resolve(__dirname, '../../../core/cec/profile.schema.json'), 'utf8')) as { properties: Record<string, { enum?: string[] }>; definitions: Record<string, { properties: Record<string, { enum?: string[] }> }> };
  it('lists the same values the reader accepts', () => {
    assert.deepEqual(schema.properties['maritalStatus']!.enum, ['single', 'married', 'common-law', 'divorced', 'separated', 'widowed', 'annulled']);
    assert.deepEqual(schema.definitions['education']!.properties['level']!.enum, EDUS);
    assert.deepEqual(schema.definitions['education']!.properties['canadian']!.enum, ['none', 'one-or-two-year', 'three-year-or-more']);
    assert.deepEqual(Object.keys(schema.definitions['spouse']!.properties).sort(), ['accompanying', 'canadianCitizenOrPR', 'canadianWorkYears', 'education', 'language']);
  });
});

describe('CRS score only (what EE.CRS asks for)', () => {
  it('gives the same total, sections, caps and notes as the full result, without changes ahead or what-ifs', () => {
    const json = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/profiles/candidate.ee-profile.json'), 'utf8')) as unknown;
    for (const asOf of ['2019-06-01', '2025-03-24', '2025-03-25', '2026-08-07']) {
      const full = crsFromJson(json, { asOf }).result!;
      const only = crsFromJson(json, { asOf, scoreOnly: true }).result!;
      assert.ok(full.changesAhead.length + full.whatIf.length > 0, 'the full result has something to leave out');
      assert.deepEqual({ ...only, changesAhead: full.changesAhead, whatIf: full.whatIf }, full, asOf);
      assert.deepEqual([only.changesAhead, only.whatIf], [[], []]);
    }
  });
});
