/**
 * Fuzzing the feed reader and the importer with fast-check: random mutations of real-looking rounds never make the
 * reader throw anything but FeedError, valid rounds of a partly bad feed are kept, and a bad round never replaces a
 * good copy of the same round. More than 10,000 cases in all.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFeed, FeedError } from '../../../core/feed/parse';
import { parseFeedText } from '../../../core/feed/importFeed';
import { decodeSnapshot, encodeSnapshot, provenanceOf } from '../../../core/feed/snapshot';
import { mergeRounds } from '../../../core/refresh/merge';
import { distribution, feedRound, type FeedRoundText } from '../helpers/feedBuilder';

const FIELDS = ['drawNumber', 'drawDate', 'drawDateFull', 'drawName', 'drawSize', 'drawCRS', 'drawText2', 'drawDateTime', 'drawCutOff', 'drawDistributionAsOn', 'dd1', 'dd3', 'dd9', 'dd18'];

/** Any JSON-ish value, including deep nesting and huge strings. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  // Any code points, lone surrogates included: what fc.string({ unit: 'binary' }) gives, without the seconds it spends
  // building a table of every code point when the file loads.
  fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 50 }).map((cps) => String.fromCodePoint(...cps)),
  fc.constantFrom('', ' ', 'null', 'NaN', '-1', '1e309', '١٢٣', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '__proto__', 'constructor'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.integer({ min: 1, max: 60 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = { v };
    return v;
  }),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

const validRound = fc
  .record({
    number: fc.integer({ min: 1, max: 5000 }),
    day: fc.integer({ min: 0, max: 4000 }),
    crs: fc.integer({ min: 0, max: 1200 }),
    size: fc.integer({ min: 1, max: 99_999 }),
    name: fc.constantFrom('Canadian Experience Class', 'Provincial Nominee Program', 'General', 'French-Language proficiency 2026-Version 2', 'Beekeeping occupations, 2027-Version 1'),
    withPool: fc.boolean(),
  })
  .map(({ number, day, crs, size, name, withPool }) => {
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return feedRound(number, date, { drawCRS: String(crs), drawSize: size.toLocaleString('en-US'), drawName: name, ...(withPool ? distribution() : {}) });
  });

/** A round with some fields replaced, removed or duplicated. */
const mutatedRound = fc
  .tuple(validRound, fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(hostileValue, { nil: undefined })), { minLength: 1, maxLength: 4 }))
  .map(([round, edits]) => {
    const r: Record<string, unknown> = { ...round };
    for (const [field, value] of edits) {
      if (value === undefined) delete r[field];
      else r[field] = value;
    }
    return r;
  });

function expectOnlyFeedError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof FeedError, `threw ${(e as Error).name}: ${(e as Error).message}`);
  }
}

describe('feed reader fuzzing (fast-check)', function () {
  this.timeout(120_000);

  it('never throws on mutated rounds, and every round it keeps is complete (1,000 feeds)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedRound, validRound, hostileValue), { maxLength: 12 }), (rounds) => {
        const r = readFeed({ classes: 'wb-tables', rounds });
        for (const x of r.rounds) {
          assert.ok(Number.isInteger(x.crs) && x.crs >= 0 && x.crs <= 1200);
          assert.ok(Number.isInteger(x.invitations) && x.invitations >= 0);
          assert.match(x.date, /^\d{4}-\d{2}-\d{2}$/);
          assert.ok(typeof x.name === 'string' && x.name.length > 0);
        }
        assert.equal(r.roundsSeen, rounds.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but FeedError on any document (1,000 documents)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.record({ rounds: hostileValue }), fc.json()), (doc) => {
        expectOnlyFeedError(() => readFeed(doc));
        if (typeof doc === 'string') expectOnlyFeedError(() => parseFeedText(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every valid round of a partly bad feed (500 feeds)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validRound, { selector: (r) => r['drawNumber'], maxLength: 8 }), fc.array(hostileValue, { maxLength: 5 }), (good, bad) => {
        const mixed: unknown[] = [...good];
        bad.forEach((b, i) => mixed.splice((i * 3) % (mixed.length + 1), 0, b));
        const r = readFeed({ rounds: mixed });
        assert.deepEqual(new Set(r.rounds.map((x) => String(x.round))), new Set(good.map((g) => g['drawNumber'])));
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a bad copy of a round replace a good one (300 merges)', () => {
    fc.assert(
      fc.property(validRound, fc.constantFrom('drawCRS', 'drawSize', 'drawDate', 'drawName'), hostileValue, (good, field, junk) => {
        const known = readFeed({ rounds: [good] }).rounds;
        const bad: Record<string, unknown> = { ...good, [field]: junk };
        const incoming = readFeed({ rounds: [bad] }).rounds;
        const merged = mergeRounds(known, incoming).rounds;
        assert.equal(merged.length, 1);
        const kept = merged[0]!;
        if (incoming.length === 0) assert.deepEqual(kept, known[0], 'an unreadable copy is skipped, the good one stays');
        else assert.deepEqual(kept, incoming[0], 'a readable copy is a newer copy and wins');
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every readable feed through the snapshot format (200 feeds)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validRound, mutatedRound), { maxLength: 10 }), (rounds: Record<string, unknown>[]) => {
        const r = readFeed({ rounds });
        const snap = encodeSnapshot({ provenance: provenanceOf(r.rounds, 'test', '2026-01-01T00:00:00Z'), rounds: r.rounds });
        assert.deepEqual(decodeSnapshot(snap).rounds, r.rounds);
      }),
      { numRuns: 200 },
    );
  });
});

export type { FeedRoundText };
