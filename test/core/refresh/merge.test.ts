import assert from 'node:assert/strict';
import { mergeRounds, sameRound } from '../../../core/refresh/merge';
import { summary, roundList } from '../../../core/refresh/refresh';
import { bundledData } from '../../../core/data/bundled';
import type { Round } from '../../../core/types';
import { dataFrom } from './helpers';

const later = (): readonly Round[] => dataFrom('later.json').rounds;
const numbers = (rs: readonly Round[]): (number | string)[] => rs.map((r) => r.round);

describe('refresh/merge: mergeRounds', () => {
  it('adds new rounds, chronological, and reports them', () => {
    const base = dataFrom('base.json').rounds;
    const m = mergeRounds(base, later());
    assert.deepEqual(numbers(m.rounds), [435, 436, 437, 438]);
    assert.deepEqual(m.added, [437, 438]);
    assert.deepEqual(m.updated, []);
    assert.deepEqual(m.keptMissing, []);
  });

  it('never drops a known round missing from the incoming (partial) list', () => {
    const m = mergeRounds(later(), dataFrom('partial.json').rounds);
    assert.deepEqual(numbers(m.rounds), [435, 436, 437, 438]);
    assert.deepEqual(m.added, []);
    assert.deepEqual(m.updated, []);
    assert.deepEqual(m.keptMissing, [435, 436, 437]);
  });

  it('an empty incoming list keeps everything', () => {
    const known = later();
    const m = mergeRounds(known, []);
    assert.deepEqual(m.rounds, [...known]);
  });

  it('for the same round number the incoming copy wins, and counts as updated only when it differs', () => {
    const known = later();
    const incoming = dataFrom('updated.json').rounds;
    const m = mergeRounds(known, incoming);
    assert.deepEqual(m.updated, [436]);
    const r436 = m.rounds.find((r) => r.round === 436)!;
    assert.equal(r436.crs, 759);
    assert.equal(r436.invitations, 525);
    assert.equal(r436, incoming.find((r) => r.round === 436));
    // the other way round, the older copy comes back
    const back = mergeRounds(incoming, known);
    assert.equal(back.rounds.find((r) => r.round === 436)!.crs, 761);
  });

  it('identical copies are not "updated"', () => {
    const m = mergeRounds(later(), later());
    assert.deepEqual(m.added, []);
    assert.deepEqual(m.updated, []);
  });

  it('keeps every one of the 435 bundled rounds when merging a small feed over them', () => {
    const bundled = bundledData().rounds;
    const m = mergeRounds(bundled, later());
    assert.equal(m.rounds.length, bundled.length + 4);
    for (const r of bundled) assert.ok(m.rounds.includes(r), `round ${r.round} kept`);
    for (let i = 1; i < m.rounds.length; i++) {
      const a = m.rounds[i - 1]!;
      const b = m.rounds[i]!;
      assert.ok(a.day < b.day || (a.day === b.day && a.order < b.order), 'chronological');
    }
    assert.deepEqual(m.added, [435, 436, 437, 438]);
    assert.equal(m.keptMissing.length, bundled.length);
  });

  it('uses the first copy when the incoming list repeats a round', () => {
    const [a, b] = dataFrom('updated.json').rounds.filter((r) => r.round === 436).concat(dataFrom('later.json').rounds.filter((r) => r.round === 436));
    const m = mergeRounds([], [a!, b!]);
    assert.equal(m.rounds.length, 1);
    assert.equal(m.rounds[0], a);
  });

  it('is pure: inputs are not changed', () => {
    const known = [...later()];
    const copy = [...known];
    mergeRounds(known, dataFrom('updated.json').rounds);
    assert.deepEqual(known, copy);
  });

  it('sameRound compares every published field, including the pool', () => {
    const r = later()[0]!;
    assert.ok(sameRound(r, { ...r }));
    assert.ok(!sameRound(r, { ...r, crs: r.crs + 1 }));
    assert.ok(!sameRound(r, { ...r, tieBreakText: 'x' }));
    assert.ok(!sameRound(r, { ...r, pool: null }));
    assert.ok(!sameRound(r, { ...r, pool: { ...r.pool!, bands: r.pool!.bands.map((n, i) => (i === 17 ? n + 1 : n)) } }));
  });
});

describe('refresh/merge: messages', () => {
  it('lists rounds as a run, a few, or many', () => {
    assert.equal(roundList([432, 433, 434]), '#432–#434');
    assert.equal(roundList([432]), '#432');
    assert.equal(roundList([12, 15, '91a']), '#12, #15, #91a');
    assert.equal(roundList([1, 3, 5, 7, 9, 11, 13]), '#1, #3, #5 … #13 (7 rounds)');
  });

  it('summarises added and updated rounds', () => {
    const rs = later();
    assert.equal(summary([437, 438], [436], rs), '2 new rounds (#437–#438), 1 updated (#436); now 4 rounds up to #438 on 2027-01-14.');
    assert.equal(summary([438], [], rs), '1 new round (#438); now 4 rounds up to #438 on 2027-01-14.');
    assert.equal(summary([], [], rs), 'No new rounds: 4 rounds up to #438 on 2027-01-14.');
    assert.equal(summary([], [436], rs), 'No new rounds, 1 updated (#436); now 4 rounds up to #438 on 2027-01-14.');
  });
});
