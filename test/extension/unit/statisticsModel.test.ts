import assert from 'node:assert/strict';
import { bundledDraws } from '../../../core/data/bundled';
import { categoryLines, categoryStats, childrenOf, rootNodes } from '../../../extension/views/statisticsModel';
import { ROUNDS, dayOf, roundsOf } from './helpers';

const draws = bundledDraws();

describe('extension Statistics view model', () => {
  const today = dayOf('2026-11-24');

  for (const id of ['CEC', 'PNP', 'FRENCH']) {
    it(`${id}: last cut-off, range, mean and change of the last 10, days since, this year`, () => {
      const all = roundsOf(id);
      const last10 = all.slice(-10);
      const scores = last10.map((r) => r.crs);
      const s = categoryStats(draws, id, 10, today);
      assert.equal(s.lastRound?.crs, all[all.length - 1]!.crs);
      assert.equal(s.stats.count, last10.length);
      assert.equal(s.stats.min, Math.min(...scores));
      assert.equal(s.stats.max, Math.max(...scores));
      assert.ok(Math.abs((s.stats.mean ?? 0) - scores.reduce((a, b) => a + b, 0) / scores.length) < 1e-9);
      assert.equal(s.stats.change, scores[scores.length - 1]! - scores[0]!);
      // Days since the last round count to the newest data (2026-08-07), not to a later today: old data is no gap.
      const dataEnd = Math.max(...ROUNDS.map((r) => dayOf(r.date)));
      assert.ok(today > dataEnd);
      assert.equal(s.daysSinceLast, dataEnd - dayOf(all[all.length - 1]!.date));
      assert.match(s.daysSinceLabel, /^as of the data \(2026-08-07\)$/);
      assert.equal(s.meanGapDays, (dayOf(last10[last10.length - 1]!.date) - dayOf(last10[0]!.date)) / (last10.length - 1), 'mean gap over the same last 10');
      const thisYear = all.filter((r) => r.date.startsWith('2026-'));
      assert.equal(s.roundsThisYear, thisYear.length);
      assert.equal(s.itasThisYear, thisYear.reduce((a, r) => a + r.invitations, 0));
      const lines = categoryLines(s).map((l) => `${l.label}: ${l.value}`);
      assert.ok(lines.some((l) => l.startsWith(`Last cut-off: ${s.lastRound?.crs} (#`)));
      assert.ok(lines.some((l) => l.startsWith(`Range of the last ${last10.length}: ${Math.min(...scores)}–${Math.max(...scores)}`)));
      assert.ok(lines.some((l) => l === `Rounds in 2026: ${thisYear.length} · ${thisYear.reduce((a, r) => a + r.invitations, 0).toLocaleString('en-US')} ITAs`));
    });
  }

  it('ends with the pool distribution of the newest snapshot', () => {
    const roots = rootNodes(draws, ['CEC'], 10, today);
    const pool = roots[roots.length - 1]!;
    assert.equal(pool.kind, 'pool');
    const newestWithPool = ROUNDS.filter((r) => r.pool !== null).sort((a, b) => (a.pool!.asOf ?? a.date).localeCompare(b.pool!.asOf ?? b.date) || a.order - b.order).pop()!;
    if (pool.kind === 'pool') {
      assert.equal(pool.pool.total, newestWithPool.pool!.bands[17]);
      const bands = childrenOf(draws, pool, ['CEC'], 10, today);
      assert.equal(bands.length, 18);
    }
  });
});
