import assert from 'node:assert/strict';
import { readFeed, FeedError } from '../../../core/feed/parse';
import { parseFeedText } from '../../../core/feed/importFeed';
import { distribution, feed, feedRound } from '../helpers/feedBuilder';

const only = (f: ReturnType<typeof feed>) => readFeed(f);
const kinds = (r: ReturnType<typeof readFeed>) => r.warnings.map((w) => w.kind);

describe('feed reader', () => {
  it('reads a well-formed round: numbers with commas, dates, tie-break, category', () => {
    const r = only(feed([feedRound(381, '2025-11-26', { drawSize: '1,000', drawCRS: '531', drawCutOff: 'October 8, 2025 at 19:02:26 UTC' })]));
    assert.equal(r.rounds.length, 1);
    const x = r.rounds[0]!;
    assert.equal(x.round, 381);
    assert.equal(x.date, '2025-11-26');
    assert.equal(x.category, 'CEC');
    assert.equal(x.invitations, 1000);
    assert.equal(x.crs, 531);
    assert.equal(x.tieBreak, '2025-10-08T19:02:26Z');
    assert.equal(x.drawnAt, '2025-11-26T12:00:00Z');
    assert.equal(x.pool, null, 'all-zero distribution means not published');
    assert.deepEqual(r.warnings, []);
  });

  it('keeps round numbers that are not integers ("91a", "91b") as text, ordered within the day', () => {
    const r = only(feed([feedRound('91b', '2018-05-30', { drawName: 'Provincial Nominee Program' }), feedRound('91a', '2018-05-30', { drawName: 'Federal Skilled Trades' })]));
    assert.deepEqual(r.rounds.map((x) => x.round), ['91a', '91b']);
    assert.deepEqual(r.rounds.map((x) => x.category), ['FST', 'PNP']);
    assert.equal(kinds(r).filter((k) => k === 'round-number-text').length, 2);
  });

  const instants: [string, string, string | null][] = [
    ['no "at"', 'October 15, 2025 15:55:18 UTC', '2025-10-15T15:55:18Z'],
    ['ISO date repeated', 'January 23, 2025 at 2025-01-23 15:30:04 UTC', '2025-01-23T15:30:04Z'],
    ['glued "at"', 'May 14, 2020 at12:46:53 UTC', '2020-05-14T12:46:53Z'],
    ['AM after a 24-hour time', 'October 25, 2023 at 15:48:39 AM UTC', '2023-10-25T15:48:39Z'],
    ['PM on a 12-hour time', 'June 22, 2021 at 08:19:59 PM UTC', '2021-06-22T20:19:59Z'],
    ['no UTC', 'March 3, 2021 at 10:00:00', '2021-03-03T10:00:00Z'],
    ['comma before at', 'February 5, 2020, at 09:01:02 UTC', '2020-02-05T09:01:02Z'],
    ['missing comma', 'February 19 2020 at 09:01:02 UTC', '2020-02-19T09:01:02Z'],
    ['no space after comma', 'April 1,2026 10:00:00 UTC', '2026-04-01T10:00:00Z'],
    ['leading space', ' July 8, 2020 at 14:00:00 UTC', '2020-07-08T14:00:00Z'],
    ['single-digit hour', 'November 9, 2020 at 9:05:07 UTC', '2020-11-09T09:05:07Z'],
    ['double space', 'May 21, 2026 at  12:14:09 UTC', '2026-05-21T12:14:09Z'],
    ['period instead of comma', 'March 3. 2026 at 10:00:00 UTC', '2026-03-03T10:00:00Z'],
    ['ordinal day', 'July 3rd 2026 at 21:35:13 UTC', '2026-07-03T21:35:13Z'],
    ['garbage', 'sometime last week', null],
  ];
  for (const [what, text, expected] of instants) {
    it(`reads a tie-break with ${what}: ${JSON.stringify(text)}`, () => {
      const r = only(feed([feedRound(400, '2026-08-01', { drawCutOff: text })]));
      const x = r.rounds[0]!;
      assert.equal(x.tieBreak, expected);
      assert.equal(x.tieBreakText, text, 'the published text is kept');
      if (what !== 'single-digit hour') assert.ok(r.warnings.length >= 1, 'an irregular spelling is reported');
    });
  }

  it('infers the year of a tie-break without one from the round date (latest such date not after it)', () => {
    const r = only(feed([feedRound(208, '2021-10-27', { drawCutOff: 'October 7 at 16:38:21 UTC' }), feedRound(5, '2015-03-01', { drawCutOff: 'December 30 at 01:00:00 UTC' })]));
    assert.equal(r.rounds.find((x) => x.round === 208)!.tieBreak, '2021-10-07T16:38:21Z');
    assert.equal(r.rounds.find((x) => x.round === 5)!.tieBreak, '2014-12-30T01:00:00Z');
  });

  it('treats an empty tie-break (early rounds) as not published, without a warning', () => {
    const r = only(feed([feedRound(1, '2015-01-31', { drawCutOff: '' })]));
    assert.equal(r.rounds[0]!.tieBreak, null);
    assert.deepEqual(r.warnings, []);
  });

  it('reports a draw time that is not on the round date', () => {
    const r = only(feed([feedRound(357, '2025-07-22', { drawDateTime: 'July 12, 2025 at 16:27:45 UTC' })]));
    assert.ok(kinds(r).includes('drawn-at-mismatch'));
    assert.equal(r.rounds[0]!.date, '2025-07-22', 'drawDate is the round date');
  });

  it('reads a published distribution and reports subtotals that do not add up, keeping the data', () => {
    const good = only(feed([feedRound(10, '2025-01-01', { ...distribution() })]));
    assert.equal(good.rounds[0]!.pool!.bands.length, 18);
    assert.deepEqual(good.warnings, []);
    // As in the real round 247: dd3 and the total agree, but the parts of dd3 add up to 180 less.
    const d = distribution();
    const bad = only(feed([feedRound(247, '2023-01-01', { ...d, dd3: '330', dd18: (Number(d.dd18!.replace(/,/g, '')) + 180).toLocaleString('en-US') })]));
    assert.ok(bad.rounds[0]!.pool);
    assert.deepEqual(kinds(bad), ['pool-subtotal']);
  });

  it('maps every known draw-name style to its category and version, and flags unknown names with a stable id', () => {
    const names: [string, string, number | null][] = [
      ['No Program Specified', 'GENERAL', null],
      ['General', 'GENERAL', null],
      ['French language proficiency (Version 1)', 'FRENCH', 1],
      ['French-Language proficiency 2026-Version 2', 'FRENCH', 2],
      ['Healthcare and Social Services Occupations, 2026-Version 3', 'HEALTHCARE', 3],
      ['Physicians with Canadian Work Experience, 2026-Version 1', 'PHYSICIANS', 1],
      ['Trade occupations (Version 2)', 'TRADE', 2],
      ['Trades Occupations, 2026-Version 3', 'TRADE', 3],
      ['Skilled Military Recruits, 2026-Version 1', 'MILITARY', 1],
      ['Senior managers with Canadian Work Experience, 2026-Version 1', 'SENIOR_MANAGERS', 1],
      ['Researchers with Canadian Work Experience, 2026-Version 1', 'RESEARCHERS', 1],
      ['Federal Skilled Worker', 'FSW', null],
      ['Beekeeping occupations, 2027-Version 1', 'BEEKEEPING_OCCUPATIONS', 1],
      ['Beekeeping occupations (Version 2)', 'BEEKEEPING_OCCUPATIONS', 2],
    ];
    const r = only(feed(names.map(([name], i) => feedRound(100 + i, '2026-01-01', { drawName: name }))));
    names.forEach(([, id, version], i) => {
      const x = r.rounds.find((y) => y.round === 100 + i)!;
      assert.equal(x.category, id, names[i]![0]);
      assert.equal(x.categoryVersion, version, names[i]![0]);
    });
    assert.equal(kinds(r).filter((k) => k === 'category-unknown').length, 2);
  });

  it('reads the eligible programs of all-program rounds', () => {
    const r = only(feed([feedRound(1, '2015-01-31', { drawName: 'No Program Specified', drawText2: 'Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and Provincial Nominee Program' })]));
    assert.deepEqual([...r.rounds[0]!.eligiblePrograms].sort(), ['CEC', 'FST', 'FSW', 'PNP']);
  });

  it('skips a round it cannot understand, naming it, and keeps the rest', () => {
    const r = only(
      feed([
        feedRound(3, '2025-03-01', { drawCRS: 'n/a' }),
        feedRound(2, 'soon'),
        feedRound('', '2025-01-01'),
        feedRound(1, '2025-01-01', { drawSize: '' }),
        feedRound(4, '2025-04-01'),
      ]),
    );
    assert.deepEqual(r.rounds.map((x) => x.round), [4]);
    const skipped = r.warnings.filter((w) => w.kind === 'round-skipped');
    assert.equal(skipped.length, 4);
    assert.ok(skipped.some((w) => w.round === '3' && /CRS/.test(w.message)));
    assert.ok(skipped.some((w) => w.round === '2' && /date/.test(w.message)));
  });

  it('falls back to the written date when drawDate is not ISO', () => {
    const r = only(feed([feedRound(9, '2025-13-45', { drawDateFull: 'March 4, 2025' })]));
    assert.equal(r.rounds[0]!.date, '2025-03-04');
    assert.ok(kinds(r).includes('date-irregular'));
  });

  it('keeps the first copy of a round number listed twice and reports it', () => {
    const r = only(feed([feedRound(7, '2025-02-02', { drawCRS: '500' }), feedRound(7, '2025-02-01', { drawCRS: '400' })]));
    assert.equal(r.rounds.length, 1);
    assert.equal(r.rounds[0]!.crs, 500);
    assert.ok(kinds(r).includes('round-duplicated'));
  });

  it('survives wrong types and garbage inside rounds', () => {
    const r = readFeed({ rounds: [null, 42, 'x', [], { drawNumber: 5, drawDate: '2025-01-01', drawName: 'General', drawSize: 100, drawCRS: 450, dd1: { a: 1 } }] });
    assert.equal(r.rounds.length, 1, 'numbers given as JSON numbers are read');
    assert.equal(r.rounds[0]!.crs, 450);
    assert.equal(r.roundsSeen, 5);
    assert.equal(r.warnings.filter((w) => w.kind === 'round-not-an-object').length, 4);
  });

  it('rejects documents that are not a feed with FeedError', () => {
    for (const doc of [null, 42, 'text', [], {}, { rounds: 'no' }]) assert.throws(() => readFeed(doc), FeedError);
    assert.throws(() => parseFeedText('<!DOCTYPE html><html>'), /HTML/);
    assert.throws(() => parseFeedText('{"rounds": [{"drawNumber": "1"'), /truncated|broken/);
    assert.equal(parseFeedText('\uFEFF{"rounds": []}').rounds.length, 0);
  });

  it('sorts rounds chronologically whatever the feed order', () => {
    const r = only(feed([feedRound(2, '2025-01-02'), feedRound(3, '2025-01-03'), feedRound(1, '2025-01-01')]));
    assert.deepEqual(r.rounds.map((x) => x.round), [1, 2, 3]);
  });
});
