import assert from 'node:assert/strict';
import { Draws, isoFromDay, type Round } from '../../../core/index';

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function makeRound(order: number, day: number, category: string): Round {
  return {
    round: order, order: order * 1000, date: isoFromDay(day), day, category, categoryVersion: null, name: category,
    eligiblePrograms: [], programsText: '', invitations: 100, crs: 400 + (order % 300), drawnAt: null, drawnAtText: '',
    tieBreak: null, tieBreakText: '', pool: null,
  };
}

/** The plain answer: scan every round, keep the last one of the category on or before the day. */
function latestByScan(rounds: readonly Round[], category: string, day: number): Round | undefined {
  let best: Round | undefined;
  for (const r of rounds) {
    if (r.category !== category || r.day > day) continue;
    if (!best || r.day > best.day || (r.day === best.day && r.order > best.order)) best = r;
  }
  return best;
}

describe('cut-off lookups by date against a plain scan', () => {
  for (const [name, spread] of [['rounds over about 5 years (answered from a day table)', 12], ['rounds spread over centuries (too wide for a table: binary search)', 1500]] as const) {
    it(`${name}: the same answer on every day (every few days over centuries), same-day rounds included`, () => {
      const random = rng(spread);
      const rounds: Round[] = [];
      let day = 16_000;
      for (let i = 1; i <= 300; i++) {
        // Several rounds on one day now and then (0 days apart), otherwise gaps of up to `spread` days.
        day += random() < 0.15 ? 0 : 1 + Math.floor(random() * spread);
        rounds.push(makeRound(i, day, random() < 0.5 ? 'CEC' : 'PNP'));
      }
      // The two cases straddle the widest span given a day table (100,000 days).
      assert.equal(rounds[rounds.length - 1]!.day - rounds[0]!.day > 100_000, spread > 100);
      const draws = new Draws(rounds);
      const first = rounds[0]!.day;
      const last = rounds[rounds.length - 1]!.day;
      const step = Math.max(1, Math.floor((last - first) / 20_000));
      let checked = 0;
      for (const category of ['CEC', 'PNP']) {
        for (let d = first - 3; d <= last + 3; d += step) {
          assert.equal(draws.latest(category, d)?.order, latestByScan(rounds, category, d)?.order, `${category} on day ${d}`);
          checked++;
        }
      }
      assert.ok(checked > 1000);
    });
  }
});

describe('a bad date given to the core', () => {
  it('is named in the error clipped to 60 characters, whatever its length', () => {
    const draws = new Draws([makeRound(1, 20_000, 'CEC')]);
    const pasted = `2025-11-29 ${'x'.repeat(5000)}`;
    assert.throws(() => draws.latest('CEC', pasted), (e: Error) => {
      assert.equal(e.name, 'InputError');
      assert.ok(e.message.includes(`"${pasted.slice(0, 59)}…"`), e.message.slice(0, 200));
      assert.ok(e.message.length < 140, `${e.message.length} characters`);
      return true;
    });
  });
});
