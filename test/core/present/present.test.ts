import assert from 'node:assert/strict';
import {
  csvCell, dataAge, errorText, plural, readPeriod, readYear, roundCsvLines, ROUND_TABLE_HEADER, thousands, tieBreakText,
  noRoundsText, dayFromIso, InputError, STALE_AFTER_DAYS, oneDecimal,
} from '../../../core/index';
import { twoDecimals } from '../../../core/present/text';
import type { Round } from '../../../core/index';

const round: Round = {
  round: 434, order: 434000, date: '2026-08-07', day: dayFromIso('2026-08-07')!, category: 'CEC', categoryVersion: null,
  name: '=Canadian, "Experience"', eligiblePrograms: [], programsText: '', invitations: 1500, crs: 520, drawnAt: null, drawnAtText: '',
  tieBreak: '2026-08-01T10:20:30Z', tieBreakText: 'August 1, 2026 at 10:20:30 UTC', pool: null,
};

describe('core presentation: one spelling for every face', () => {
  it('writes counts with thousands separators and the right number', () => {
    assert.equal(thousands(1234567), '1,234,567');
    assert.equal(plural(1, 'round'), '1 round');
    assert.equal(plural(0, 'round'), '0 rounds');
    assert.equal(plural(2500, 'invitation'), '2,500 invitations');
  });
  it('groups digits exactly as en-US toLocaleString does (written by hand to spare ICU at start-up)', () => {
    // The oracle is the engine's own ICU formatting, on the values each helper has already rounded.
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const values = [0, -0, 1, -1, 999, 1000, -1000, 999999, 1000000, 1234567.891, 0.05, 0.95, 9.995, 1551.4286, 1e15, 2 ** 53];
    for (let k = 0; k < 3000; k++) values.push((rand() - 0.3) * 10 ** Math.floor(rand() * 12));
    for (const v of values) {
      const whole = Math.round(v);
      assert.equal(thousands(v), (Object.is(whole, -0) ? 0 : whole).toLocaleString('en-US'), `thousands(${v})`);
      const one = Math.round(v * 10) / 10;
      assert.equal(oneDecimal(v), (Object.is(one, -0) ? 0 : one).toLocaleString('en-US', { maximumFractionDigits: 1 }), `oneDecimal(${v})`);
      const two = Math.round(v * 100) / 100;
      assert.equal(twoDecimals(v), (Object.is(two, -0) ? 0 : two).toLocaleString('en-US', { maximumFractionDigits: 2 }), `twoDecimals(${v})`);
    }
    assert.equal(thousands(-0.4), '0', 'no "-0"');
  });
  it('quotes CSV cells per RFC 4180 and defuses formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(null), '');
  });
  it('lays a round out in the one column order', () => {
    assert.deepEqual(ROUND_TABLE_HEADER, ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break']);
    assert.deepEqual(roundCsvLines([round]), ['Round,Date,Category,Name,CRS,ITAs,Tie-break', `434,2026-08-07,CEC,"'=Canadian, ""Experience""",520,1500,2026-08-01T10:20:30Z`]);
  });
  it('shows a tie-break as an instant, the feed text, or "not published"', () => {
    assert.equal(tieBreakText(round), '2026-08-01 10:20:30 UTC');
    assert.equal(tieBreakText({ tieBreak: null, tieBreakText: 'text' }), 'text');
    assert.equal(tieBreakText({ tieBreak: null, tieBreakText: ' ' }), 'not published');
  });
  it('turns anything thrown into one line of text', () => {
    assert.equal(errorText(new Error('boom')), 'boom');
    assert.equal(errorText('plain'), 'plain');
    assert.equal(errorText({ message: 'obj' }), 'obj');
  });
  it('reads years 1900–9999 only, and periods with the start not after the end', () => {
    assert.equal(readYear('2025'), 2025);
    assert.throws(() => readYear('1800'), InputError);
    assert.throws(() => readYear('x'.repeat(5000)), (e: Error) => e instanceof InputError && e.message.length < 200);
    assert.deepEqual(readPeriod({ year: 2024 }), { from: '2024-01-01', to: '2024-12-31', year: 2024 });
    assert.throws(() => readPeriod({ from: '2025-02-01', to: '2025-01-01' }), InputError);
    assert.throws(() => readPeriod({ year: 2025, from: '2025-01-01' }), InputError);
    assert.equal(noRoundsText('CEC', { from: '2025-01-01', to: '2025-01-31' }), 'No CEC rounds from 2025-01-01 to 2025-01-31.');
    assert.equal(noRoundsText(null, { year: 2014 }), 'No rounds in 2014.');
  });
  it('flags data whose newest round is more than 14 days old, with the date and how to refresh', () => {
    const day = dayFromIso('2026-08-07')!;
    assert.equal(dataAge('2026-08-07', day + STALE_AFTER_DAYS, 'cli').notice, null);
    const old = dataAge('2026-08-07', dayFromIso('2026-11-29')!, 'cli');
    assert.equal(old.ageDays, 114);
    assert.match(old.notice ?? '', /2026-08-07.*114 days.*ee refresh/);
    assert.match(dataAge('2026-08-07', day + 15, 'vscode').notice ?? '', /Refresh Rounds/);
  });
});
