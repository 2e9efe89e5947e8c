/** The profile parser, the JSON Schema and problem locations. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { locateProblems, parseProfile, profileSchema, type ProfileProblem } from '../../../core/cec';
import { CRS_PROFILE_KEYS } from '../../../core/crs/keys';

const EXAMPLE = resolve(__dirname, '../../fixtures/profiles/example.ee-profile.json');
const SCHEMA = resolve(__dirname, '../../../core/cec/profile.schema.json');

const goodJob = { noc: '21232', start: '2023-01-02', end: '2023-12-31', hoursPerWeek: 30 };
const paths = (problems: readonly ProfileProblem[]): string[] => problems.map((p) => JSON.stringify(p.path));

describe('parseProfile', () => {
  it('reads the example profile without problems', () => {
    const r = parseProfile(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    assert.deepEqual(r.problems, []);
    assert.equal(r.profile!.jobs.length, 2);
    assert.equal(r.profile!.language!.test, 'IELTS');
    assert.equal(r.profile!.jobs[1]!.end, undefined);
  });

  it('reads the product.md example', () => {
    const r = parseProfile({
      asOf: '2025-11-29',
      jobs: [{ title: 'Software developer', noc: '21232', start: '2022-01-10', end: '2024-12-31', hoursPerWeek: 37.5, paid: true, inCanada: true, authorized: true, selfEmployed: false, duringFullTimeStudy: false }],
      studyPeriods: [{ start: '2019-09-01', end: '2021-12-20', fullTime: true }],
      language: { test: 'IELTS', date: '2024-05-01', reading: 7, writing: 6.5, listening: 8, speaking: 7 },
    });
    assert.deepEqual(r.problems, []);
    assert.equal(r.profile!.jobs[0]!.hoursPerWeek, 37.5);
  });

  it('a root that is not an object is one problem at the root', () => {
    for (const v of [null, 1, 'text', [], true]) {
      const r = parseProfile(v);
      assert.equal(r.profile, undefined);
      assert.deepEqual(paths(r.problems), ['[]']);
    }
  });

  it('a profile without "jobs" (kept for the CRS alone) is no job to count, not a problem', () => {
    const r = parseProfile({ dateOfBirth: '1996-05-01', canadianWorkYears: 1 });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.profile?.jobs, []);
  });

  it('missing fields', () => {
    const r = parseProfile({ jobs: [{}] });
    assert.deepEqual(paths(r.problems), ['["jobs",0,"noc"]', '["jobs",0,"start"]', '["jobs",0,"hoursPerWeek"]']);
    assert.match(r.problems[0]!.message, /Missing "noc"/);
    const lang = parseProfile({ jobs: [], language: { test: 'IELTS' } });
    assert.deepEqual(paths(lang.problems), ['["language","reading"]', '["language","writing"]', '["language","listening"]', '["language","speaking"]']);
  });

  it('malformed types', () => {
    const r = parseProfile({
      asOf: 20251129,
      jobs: [{ noc: 21232, start: '2023-01-02', end: 5, hoursPerWeek: '40', paid: 'yes', title: 3 }],
      studyPeriods: {},
      language: 'IELTS 7',
    });
    assert.deepEqual(paths(r.problems), [
      '["asOf"]', '["jobs",0,"title"]', '["jobs",0,"noc"]', '["jobs",0,"end"]', '["jobs",0,"hoursPerWeek"]', '["jobs",0,"paid"]', '["studyPeriods"]', '["language"]',
    ]);
    assert.match(r.problems[2]!.message, /in quotes/);
    assert.match(r.problems[5]!.message, /true or false/);
    assert.equal(parseProfile({ jobs: 'none' }).problems[0]!.message, '"jobs" must be a list of jobs, not the text "none".');
    assert.deepEqual(paths(parseProfile({ jobs: [null, 3] }).problems), ['["jobs",0]', '["jobs",1]']);
  });

  it('impossible and badly written dates', () => {
    const r = parseProfile({ asOf: '2025-02-29', jobs: [{ ...goodJob, start: '2023-13-01', end: '2023-1-5' }], studyPeriods: [{ start: '2023-04-31' }] });
    assert.deepEqual(paths(r.problems), ['["asOf"]', '["jobs",0,"start"]', '["jobs",0,"end"]', '["studyPeriods",0,"start"]']);
    assert.match(r.problems[0]!.message, /does not exist/);
    assert.match(r.problems[2]!.message, /YYYY-MM-DD/);
  });

  it('end before start', () => {
    const r = parseProfile({ jobs: [{ ...goodJob, start: '2023-05-01', end: '2023-04-30' }], studyPeriods: [{ start: '2020-01-02', end: '2020-01-01' }] });
    assert.deepEqual(paths(r.problems), ['["jobs",0,"end"]', '["studyPeriods",0,"end"]']);
    assert.match(r.problems[0]!.message, /before "start"/);
    assert.deepEqual(parseProfile({ jobs: [{ ...goodJob, start: '2023-05-01', end: '2023-05-01' }] }).problems, []);
  });

  it('bad NOC codes', () => {
    for (const noc of ['2123', '212321', 'abcde', '', '21 32', '29132', '26000']) {
      const r = parseProfile({ jobs: [{ ...goodJob, noc }] });
      assert.deepEqual(paths(r.problems), ['["jobs",0,"noc"]'], noc);
    }
    // TEER 4 and 5 are well-formed codes (they just do not count).
    assert.deepEqual(parseProfile({ jobs: [{ ...goodJob, noc: '65201' }] }).problems, []);
    assert.deepEqual(parseProfile({ jobs: [{ ...goodJob, noc: '00012' }] }).problems, []);
  });

  it('hours per week outside 0–168', () => {
    assert.deepEqual(paths(parseProfile({ jobs: [{ ...goodJob, hoursPerWeek: -1 }, { ...goodJob, hoursPerWeek: 169 }] }).problems), ['["jobs",0,"hoursPerWeek"]', '["jobs",1,"hoursPerWeek"]']);
  });

  it('unknown properties are problems, with a suggestion for a misspelling', () => {
    const r = parseProfile({ $schema: './x.json', jobs: [{ ...goodJob, payed: false }], langauge: {} });
    assert.deepEqual(paths(r.problems), ['["langauge"]', '["jobs",0,"payed"]']);
    assert.match(r.problems[0]!.message, /Did you mean "language"/);
    assert.match(r.problems[1]!.message, /Did you mean "paid"/);
  });

  it('language: unknown test (with a hint), scores off the scale, bad date', () => {
    const r = parseProfile({ jobs: [], language: { test: 'ielts', reading: 7, writing: 7, listening: 7, speaking: 7 } });
    assert.match(r.problems[0]!.message, /Did you mean "IELTS"/);
    const off = parseProfile({ jobs: [], language: { test: 'IELTS', date: '2024-01-01', reading: 9.5, writing: 7.25, listening: 7, speaking: -1 } });
    assert.deepEqual(paths(off.problems), ['["language","reading"]', '["language","writing"]', '["language","speaking"]']);
    assert.match(off.problems[0]!.message, /IELTS General Training reading score 9.5 is outside the test's scale \(0–9/);
    const tefOld = parseProfile({ jobs: [], language: { test: 'TEF', date: '2019-01-01', reading: 400, writing: 400, listening: 300, speaking: 300 } });
    assert.deepEqual(paths(tefOld.problems), ['["language","reading"]']);
    const badDate = parseProfile({ jobs: [], language: { test: 'TEF', date: '2019-02-30', reading: 400, writing: 400, listening: 300, speaking: 300 } });
    assert.deepEqual(paths(badDate.problems), ['["language","date"]']);
  });

  it('100 jobs: all read when good; one problem each when bad; never a throw', () => {
    const good = parseProfile({ jobs: Array.from({ length: 100 }, () => goodJob) });
    assert.deepEqual(good.problems, []);
    assert.equal(good.profile!.jobs.length, 100);
    const bad = parseProfile({ jobs: Array.from({ length: 100 }, (_, i) => ({ ...goodJob, noc: String(i) })) });
    assert.equal(bad.problems.length, 100);
    assert.deepEqual(bad.problems[99]!.path, ['jobs', 99, 'noc']);
  });

  it('never throws for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = parseProfile(v);
      assert.ok(r.profile !== undefined || r.problems.length > 0);
    }), { numRuns: 300 });
    const jobish = fc.record({ noc: fc.jsonValue(), start: fc.jsonValue(), end: fc.jsonValue(), hoursPerWeek: fc.jsonValue(), paid: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(jobish), fc.jsonValue(), (jobs, language) => {
      parseProfile({ jobs, language });
    }), { numRuns: 300 });
  });
});

describe('profile.schema.json', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  type Props = { properties: Record<string, { default?: unknown; description?: string }>; required?: string[] };
  const defs = schema['definitions'] as Record<string, Props>;

  it('is draft-07 and exported as profileSchema', () => {
    assert.equal(schema['$schema'], 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(profileSchema, schema);
  });

  it('lists the same properties the parser knows', () => {
    assert.deepEqual(Object.keys((schema as unknown as Props).properties).sort(), ['$comment', '$schema', 'asOf', 'canadianArmedForcesOffer', 'jobs', 'language', 'studyPeriods', ...CRS_PROFILE_KEYS].sort());
    assert.deepEqual(Object.keys(defs['job']!.properties).sort(), ['authorized', 'duringFullTimeStudy', 'end', 'hoursPerWeek', 'inCanada', 'noc', 'paid', 'selfEmployed', 'start', 'title']);
    assert.deepEqual(defs['job']!.required, ['noc', 'start', 'hoursPerWeek']);
    assert.deepEqual(Object.keys(defs['studyPeriod']!.properties).sort(), ['end', 'fullTime', 'start']);
    assert.deepEqual(Object.keys(defs['language']!.properties).sort(), ['date', 'listening', 'reading', 'speaking', 'test', 'writing']);
  });

  it('every job flag has the default that lets hours count, and a description', () => {
    const job = defs['job']!.properties;
    assert.deepEqual(['paid', 'inCanada', 'authorized', 'selfEmployed', 'duringFullTimeStudy'].map((f) => job[f]!.default), [true, true, true, false, false]);
    for (const [name, p] of Object.entries(job)) assert.ok(p.description, name);
  });

  it('every parser problem kind the schema can express agrees: a NOC pattern with TEER 0–5', () => {
    const pattern = new RegExp((defs['job']!.properties['noc'] as { pattern: string }).pattern);
    for (const noc of ['21232', '00012', '65201']) assert.ok(pattern.test(noc), noc);
    for (const noc of ['2123', '29132', 'abcde']) assert.ok(!pattern.test(noc), noc);
  });
});

describe('locateProblems', () => {
  const text = [
    '{',
    '  "asOf": "2025-02-30",',
    '  "jobs": [',
    '    { "noc": "2123", "start": "2023-01-02", "hoursPerWeek": 30 },',
    '    { "start": "2023-01-02", "hoursPerWeek": 30, "payed": false }',
    '  ]',
    '}',
  ].join('\r\n');

  it('maps each problem to its line and character (0-based)', () => {
    const { problems } = parseProfile(JSON.parse(text));
    const located = locateProblems(text, problems);
    const byPath = new Map(located.map((l) => [JSON.stringify(l.path), l]));
    const asOf = byPath.get('["asOf"]')!;
    assert.deepEqual([asOf.line, asOf.character, asOf.length], [1, 10, 12]);
    assert.equal(text.slice(asOf.offset, asOf.offset + asOf.length), '"2025-02-30"');
    const noc = byPath.get('["jobs",0,"noc"]')!;
    assert.deepEqual([noc.line, noc.character], [3, 13]);
    assert.equal(text.slice(noc.offset, noc.offset + noc.length), '"2123"');
    // Unknown property: its name is marked.
    const payed = byPath.get('["jobs",1,"payed"]')!;
    assert.equal(text.slice(payed.offset, payed.offset + payed.length), '"payed"');
    assert.equal(payed.line, 4);
    // Missing property: the object that lacks it is marked (its first character).
    const missing = byPath.get('["jobs",1,"noc"]')!;
    assert.deepEqual([missing.line, missing.character, missing.length], [4, 4, 1]);
  });

  it('places problems of text that is not JSON at the start, without throwing', () => {
    const r = locateProblems('', [{ path: ['jobs'], message: 'x' }]);
    assert.deepEqual([r[0]!.line, r[0]!.character], [0, 0]);
  });
});
