import assert from 'node:assert/strict';
import { bundledDraws } from '../../../core/data/bundled';
import { chartMessage, readOwnScore } from '../../../extension/chart/chartData';
import { dayOf, roundsOf } from './helpers';

describe('extension chart data', () => {
  it('has one series per category with every round since the start day, as plain values', () => {
    const from = dayOf('2024-01-01');
    const msg = chartMessage(bundledDraws(), ['CEC', 'FRENCH'], 480, from);
    assert.equal(msg.series.length, 2);
    for (const s of msg.series) {
      const expected = roundsOf(s.id).filter((r) => r.date >= '2024-01-01');
      assert.deepEqual(s.points.map((p) => [p[3], p[1], p[2]]), expected.map((r) => [r.date, r.crs, String(r.round)]));
    }
    assert.equal(msg.ownScore, 480);
    assert.deepEqual(JSON.parse(JSON.stringify(msg)), msg);
  });

  it('reads the own score typed by the user', () => {
    assert.equal(readOwnScore(''), null);
    assert.equal(readOwnScore(' 471 '), 471);
    assert.equal(readOwnScore('1201'), undefined);
    assert.equal(readOwnScore('4x'), undefined);
  });
});
