import assert from 'node:assert/strict';
import { FailureOnce, refreshDue, tickMs } from '../../../extension/refreshPolicy';

describe('extension auto-refresh policy', () => {
  const hour = 3_600_000;

  it('is off at 0 hours, due at once without a previous attempt, then after the interval', () => {
    assert.equal(refreshDue(undefined, 10 * hour, 0), false);
    assert.equal(refreshDue(undefined, 10 * hour, -1), false);
    assert.equal(refreshDue(undefined, 10 * hour, 24), true);
    assert.equal(refreshDue(10 * hour, 33 * hour, 24), false);
    assert.equal(refreshDue(10 * hour, 34 * hour, 24), true);
  });

  it('looks at most every 10 minutes and at least every minute', () => {
    assert.equal(tickMs(24), 600_000);
    assert.equal(tickMs(0.001), 60_000);
  });

  it('shows a failing automatic refresh once until a refresh succeeds', () => {
    const f = new FailureOnce();
    assert.equal(f.failed('offline'), true);
    assert.equal(f.failed('offline'), false);
    assert.equal(f.failed('timed out'), false);
    assert.equal(f.lastFailure, 'timed out');
    f.succeeded();
    assert.equal(f.failed('offline'), true);
  });
});
