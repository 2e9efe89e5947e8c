import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { decodeSnapshot, encodeSnapshot, provenanceOf } from '../../../core/feed/snapshot';
import { readFeed } from '../../../core/feed/parse';
import { readDrawName, readEligiblePrograms } from '../../../core/feed/categories';
import { civilFromDay, dayFromIso, dayFromParts, isoFromDay, yearOfDay } from '../../../core/feed/dates';

const base = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/feeds/base.json'), 'utf8')) as unknown;
const snapshotText = readFileSync(resolve(__dirname, '../../../core/data/snapshot.json'), 'utf8');

/** The version 1 format, written here by hand: the feed's texts in columns (what earlier releases cached). */
function encodeV1(feedRounds: Record<string, string>[]): string {
  const names: string[] = [];
  const programs: string[] = [];
  const ix = (t: string[], v: string): number => (t.includes(v) ? t.indexOf(v) : t.push(v) - 1);
  const rows = feedRounds.map((r) => [
    r['drawNumber'], r['drawDate'], ix(names, r['drawName']!.trim().replace(/\s+/g, ' ')), ix(programs, (r['drawText2'] ?? '').trim()),
    Number(String(r['drawSize']).replace(/,/g, '')), Number(r['drawCRS']), r['drawDateTime'] ?? '', r['drawCutOff'] ?? '',
    r['drawDistributionAsOn'] ?? '', Array.from({ length: 18 }, (_, k) => Number(String(r[`dd${k + 1}`] ?? '0').replace(/,/g, ''))),
  ]);
  return JSON.stringify({ format: 'express-entry-draws-snapshot', version: 1, provenance: { source: 'x', retrieved: '2026-01-01T00:00:00Z' }, fields: [], names, programs, rounds: rows });
}

describe('snapshot format 2 (already-read rounds)', () => {
  it('gives exactly the rounds the feed reader gives, for the bundled data and a fixture feed', () => {
    const fixture = readFeed(base).rounds;
    const again = decodeSnapshot(encodeSnapshot({ provenance: provenanceOf(fixture, 'x', '2026-01-01T00:00:00Z'), rounds: fixture }));
    assert.deepEqual(again.rounds, fixture);
    assert.deepEqual(again.warnings, []);
  });

  it('still reads a version 1 cache (written by an earlier release) through the feed reader', () => {
    const feedRounds = (base as { rounds: Record<string, string>[] }).rounds;
    const v1 = decodeSnapshot(encodeV1(feedRounds));
    const expected = readFeed(base).rounds;
    assert.equal(v1.rounds.length, expected.length);
    assert.deepEqual(v1.rounds.map((r) => [r.round, r.date, r.category, r.crs, r.invitations]), expected.map((r) => [r.round, r.date, r.category, r.crs, r.invitations]));
  });

  it('stores what the category rules made of each name; a snapshot of other rules is read again from the texts', () => {
    const doc = JSON.parse(snapshotText) as { names: string[]; programs: string[]; nameCategories: [string, number | null][]; programLists: string[][] };
    doc.names.forEach((n, i) => {
      const c = readDrawName(n);
      assert.deepEqual(doc.nameCategories[i], [c.category, c.version], n);
    });
    doc.programs.forEach((t, i) => assert.deepEqual(doc.programLists[i], readEligiblePrograms(t), t));
    // Tables that lie (every name CEC) under a foreign rules stamp are not trusted.
    const lying = snapshotText
      .replace(/"categoryRules": "[^"]*"/, '"categoryRules": "other-rules"')
      .replace(/"nameCategories": \[.*\],/, `"nameCategories": ${JSON.stringify(doc.names.map(() => ['CEC', null]))},`);
    assert.deepEqual(decodeSnapshot(lying).rounds, decodeSnapshot(snapshotText).rounds);
  });

  it('skips a row with a value of the wrong type, keeps the others, and says so', () => {
    const broken = snapshotText.replace(/^\[434,434000,"2026-08-07",/m, '[434,434000,"not a date",');
    assert.notEqual(broken, snapshotText);
    const d = decodeSnapshot(broken);
    assert.equal(d.rounds.length, decodeSnapshot(snapshotText).rounds.length - 1);
    assert.equal(d.warnings.length, 1);
    assert.equal(d.warnings[0]!.kind, 'snapshot-row');
  });
});

describe('calendar arithmetic on day numbers (integers only) agrees with the JavaScript Date', () => {
  it('isoFromDay, civilFromDay, yearOfDay and dayFromParts, for any day from year 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -354285, max: 2932896 }), (day) => {
        const d = new Date(day * 86_400_000);
        assert.equal(isoFromDay(day), d.toISOString().slice(0, 10));
        assert.deepEqual(civilFromDay(day), { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        assert.equal(yearOfDay(day), d.getUTCFullYear());
        assert.equal(dayFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), day);
        assert.equal(dayFromIso(isoFromDay(day)), day);
      }),
      { numRuns: 20_000 },
    );
  });

  it('dayFromIso refuses what is not a calendar date', () => {
    for (const t of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '0999-01-01', '2025-1-01', '2025/01/01', '２０２５-01-01', '']) {
      assert.equal(dayFromIso(t), null, t);
    }
    assert.equal(dayFromIso('2024-02-29'), Date.UTC(2024, 1, 29) / 86_400_000);
  });
});
