/**
 * The outlook: every figure recounted here from IRCC's feed read plainly (../shared/data/ircc/ee_rounds_123_en.json),
 * with the band limits of the feed's dd fields written in this test.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledDraws, outlook, outlookSentence, poolRank, readScore, standing, dayFromIso, type Outlook } from '../../../core/index';
import { main } from '../../../core/cli/main';
import { ee } from '../cli/run';
import { NAME_TO_ID, realFeed } from '../helpers/recount';

interface Row { id: string; date: string; number: number; crs: number; dd: number[]; ddAsOf: string }
function feedRows(): Row[] {
  const feed = realFeed();
  assert.ok(feed, 'the real feed is needed (../shared beside the repository)');
  const n = (s: string | undefined): number => Number(String(s ?? '0').replace(/,/g, ''));
  return feed.map((r) => ({
    id: NAME_TO_ID[r['drawName']!] ?? 'UNKNOWN',
    date: r['drawDate']!,
    number: parseInt(r['drawNumber']!, 10),
    crs: n(r['drawCRS']),
    dd: Array.from({ length: 18 }, (_, i) => n(r[`dd${i + 1}`])),
    ddAsOf: r['drawDistributionAsOn'] ?? '',
  }));
}

/** The plain recount of one category's line. */
function recount(rows: Row[], id: string, score: number, last: number, asOf: string) {
  const mine = rows.filter((r) => r.id === id && r.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.number - b.number)).slice(-last);
  const cut = mine.map((r) => r.crs).sort((a, b) => a - b);
  const k = cut.length;
  const newest = mine[mine.length - 1];
  return {
    category: id,
    rounds: k,
    above: mine.filter((r) => r.crs < score).length,
    tied: mine.filter((r) => r.crs === score).length,
    below: mine.filter((r) => r.crs > score).length,
    lowest: k ? cut[0] : null,
    median: k ? (k % 2 ? cut[(k - 1) / 2] : (cut[k / 2 - 1]! + cut[k / 2]!) / 2) : null,
    highest: k ? cut[k - 1] : null,
    daysSinceLast: newest ? (Date.parse(asOf) - Date.parse(newest.date)) / 86_400_000 : null,
  };
}

/** Lowest score of the finer bands dd1, dd2, dd4–dd8, dd10–dd17 (dd3, dd9 are subtotals, dd18 the total). */
const BAND_MIN: Record<number, number> = { 1: 601, 2: 501, 4: 491, 5: 481, 6: 471, 7: 461, 8: 451, 10: 441, 11: 431, 12: 421, 13: 411, 14: 401, 15: 351, 16: 301, 17: 0 };
const BAND_MAX: Record<number, number> = { 1: 1200, 2: 600, 4: 500, 5: 490, 6: 480, 7: 470, 8: 460, 10: 450, 11: 440, 12: 430, 13: 420, 14: 410, 15: 400, 16: 350, 17: 300 };

describe('outlook: recounted from the feed', () => {
  const draws = bundledDraws();
  const rows = feedRows();

  const cases: [string, number, number, string][] = [
    ['CEC', 515, 10, '2026-08-07'],
    ['CEC', 534, 10, '2026-03-01'],
    ['FRENCH', 400, 5, '2026-08-07'],
    ['HEALTHCARE', 470, 10, '2025-12-31'],
    ['TRADE', 433, 3, '2026-08-07'],
    ['PNP', 800, 20, '2024-06-30'],
    ['STEM', 491, 10, '2026-08-07'],
    ['EDUCATION', 450, 10, '2025-04-30'],
  ];
  for (const [id, score, last, asOf] of cases) {
    it(`${id}, score ${score}, last ${last}, as of ${asOf}`, () => {
      const got = outlook(draws, score, { categories: [id], last, asOf });
      assert.deepEqual(got.categories[0], recount(rows, id, score, last, asOf));
    });
  }

  it('a score equal to a cut-off is tied: neither above nor below', () => {
    const cec = rows.filter((r) => r.id === 'CEC' && r.date <= '2026-08-07').sort((a, b) => a.date.localeCompare(b.date)).slice(-10);
    const score = cec[cec.length - 1]!.crs;
    const line = outlook(draws, score, { categories: ['CEC'], asOf: '2026-08-07' }).categories[0]!;
    assert.ok(line.tied >= 1);
    assert.equal(line.tied, cec.filter((r) => r.crs === score).length);
    assert.equal(line.above + line.tied + line.below, line.rounds);
    assert.deepEqual([standing(500, 499), standing(500, 500), standing(500, 501)], ['above', 'tied', 'below']);
  });

  it('--score defaults: every category with a round in the 12 months before the date', () => {
    const asOf = '2025-06-30';
    const expected = new Set(rows.filter((r) => r.date > '2024-06-30' && r.date <= asOf).map((r) => r.id));
    const got = outlook(draws, 480, { asOf });
    assert.deepEqual(new Set(got.categories.map((c) => c.category)), expected);
  });

  it('pool rank: the example of the rules (515 on the distribution of 2026-08-03: 501 to 20,205 of 229,100)', () => {
    assert.deepEqual(poolRank(draws, 515, dayFromIso('2026-08-07')!), { best: 501, worst: 20205, total: 229100, distributionAsOf: '2026-08-03' });
  });

  for (const [score, asOf] of [[515, '2026-08-07'], [450, '2025-01-15'], [300, '2024-06-01'], [601, '2023-09-01'], [1200, '2026-08-07']] as const) {
    it(`pool rank of ${score} as of ${asOf}, recounted from the dd fields`, () => {
      const withPool = rows.filter((r) => r.dd[17]! > 0).map((r) => ({ ...r, day: Date.parse(`${r.ddAsOf} UTC`) }));
      const limit = Date.parse(asOf);
      const newest = withPool.filter((r) => r.day <= limit).sort((a, b) => b.day - a.day)[0]!;
      let ahead = 0;
      let own = 0;
      for (const [i, min] of Object.entries(BAND_MIN)) {
        const count = newest.dd[Number(i) - 1]!;
        if (min > score) ahead += count;
        else if (BAND_MAX[Number(i)]! >= score) own += count;
      }
      const got = poolRank(draws, score, dayFromIso(asOf)!)!;
      assert.equal(got.distributionAsOf, new Date(newest.day).toISOString().slice(0, 10));
      assert.deepEqual([got.best, got.worst, got.total], [ahead + 1, Math.max(ahead + 1, ahead + own), newest.dd[17]]);
    });
  }

  it('JSON keys exactly as documented; notes say the pool is the whole pool and that there is no forecast', () => {
    const o = outlook(draws, 500, { categories: ['CEC'], asOf: '2026-08-07' });
    assert.deepEqual(Object.keys(o), ['asOf', 'score', 'last', 'categories', 'poolRank', 'notes']);
    assert.deepEqual(Object.keys(o.categories[0]!), ['category', 'rounds', 'above', 'tied', 'below', 'lowest', 'median', 'highest', 'daysSinceLast']);
    assert.deepEqual(Object.keys(o.poolRank!), ['best', 'worst', 'total', 'distributionAsOf']);
    assert.ok(o.notes.some((n) => /whole pool/.test(n)));
    assert.ok(o.notes.some((n) => /No forecast/.test(n)));
    assert.ok(!('forecast' in o));
  });

  it('the sentence the faces show', () => {
    const line = { category: 'CEC', rounds: 10, above: 4, tied: 1, below: 5, lowest: 507, median: 515.5, highest: 518, daysSinceLast: 2 };
    assert.equal(outlookSentence(line, 'CEC'), 'CEC: above the cut-off in 4 of the last 10 rounds, tied in 1 (cut-offs 507–518, median 515.5; last round 2 days before the date).');
  });

  it('bad input is a clear error', () => {
    assert.throws(() => readScore(1201), /Bad CRS score "1201"/);
    assert.throws(() => readScore('abc'), /Bad CRS score/);
    assert.throws(() => readScore(-1), /Bad CRS score/);
    assert.throws(() => outlook(draws, 480, { categories: ['nonsense-category'] }), /Unknown category/);
    assert.throws(() => outlook(draws, 480, { last: 0 }), /Bad number of rounds/);
    assert.throws(() => outlook(draws, 480, { asOf: '2026-02-30' }), /Bad as-of date/);
  });
});

describe('ee outlook and ee categories', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'ee-outlook-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  /** `ee <command> …` in process, with the bundled data (no cache). */
  const run = (command: 'outlook' | 'categories', ...args: string[]): ReturnType<typeof ee> => ee([command, ...args]);
  const profile = (name: string, value: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('ee outlook --score N --category C… --last N --as-of D --json: the recounted lines', async () => {
    const rows = feedRows();
    const r = await run('outlook', '--score', '480', '--category', 'CEC', '--category', 'french', '--last', '5', '--as-of', '2026-03-01', '--json');
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as Outlook;
    assert.deepEqual(o.categories, [recount(rows, 'CEC', 480, 5, '2026-03-01'), recount(rows, 'FRENCH', 480, 5, '2026-03-01')]);
    assert.equal(o.poolRank!.distributionAsOf <= '2026-03-01', true);
  });

  it('ee outlook prints one sentence per category, the pool rank and the notes', async () => {
    const r = await run('outlook', '--score', '515', '--category', 'CEC', '--as-of', '2026-08-07');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Canadian Experience Class: above the cut-off in \d+ of the last 10 rounds/);
    assert.match(r.out, /Rank 501 to 20,205 of 229,100 in the pool of 2026-08-03\./);
    assert.match(r.out, /whole pool/);
    assert.match(r.out, /No forecast/);
  });

  it('with a profile: CEC plus the categories it is eligible for', async () => {
    const p = profile('nurse.ee-profile.json', { asOf: '2026-03-01', jobs: [{ noc: '40042', start: '2024-06-01', end: '2026-02-28', hoursPerWeek: 40 }], canadianArmedForcesOffer: true });
    const r = await run('outlook', p, '--score', '450', '--json');
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as Outlook;
    assert.deepEqual(o.categories.map((c) => c.category), ['CEC', 'MILITARY']);
    assert.equal(o.asOf, '2026-03-01');
  });

  it('with a full candidate profile and no --score: the score is the profile\'s CRS on its date; French from the second language', async () => {
    const file = join(__dirname, '../../fixtures/profiles/candidate.ee-profile.json');
    const crsOut: string[] = [];
    assert.equal(await main(['crs', file, '--json'], { out: (t) => crsOut.push(t), err: () => undefined, env: {} }), 0);
    const total = (JSON.parse(crsOut.join('\n')) as { total: number }).total;
    const r = await run('outlook', file, '--json');
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as Outlook;
    assert.equal(o.score, total);
    assert.equal(o.asOf, '2025-11-29');
    // TEF 440/430/450/460 (taken 2025-01-10) is NCLC 7 in all four on the chart for tests after 2023-12-10.
    assert.deepEqual(o.categories.map((c) => c.category), ['CEC', 'FRENCH']);
    assert.deepEqual(o.categories[1], recount(feedRows(), 'FRENCH', total, 10, '2025-11-29'));
  });

  it('nothing found (no round of any category and no pool on or before the date): exit 1, null with --json', async () => {
    const r = await run('outlook', '--score', '480', '--as-of', '2010-01-01', '--json');
    assert.deepEqual([r.code, r.out], [1, 'null\n']);
    assert.match(r.err, /No round on or before 2010-01-01\. No pool distribution published on or before 2010-01-01\./);
  });

  it('bad input exits 2 with a sentence (through the dispatcher)', async () => {
    for (const args of [[], ['--score', '1300'], ['--score', '400', '--last', '0'], ['--score', '400', '--category', 'nope'], ['--score', '400', '--as-of', 'yesterday-ish'], [join(dir, 'missing.json'), '--score', '400']]) {
      const err: string[] = [];
      const code = await main(['outlook', ...args, '--cache-dir', join(dir, 'no-cache')], { out: () => undefined, err: (t) => err.push(t), env: {} });
      assert.equal(code, 2, `${args.join(' ')}`);
      assert.match(err.join(' '), /^ee outlook: \S/);
    }
  });

  it('ee categories --json: the documented shape; human output starts with the date', async () => {
    const p = profile('cook.ee-profile.json', { asOf: '2026-02-17', jobs: [{ noc: '63200', start: '2024-06-01', end: '2026-01-31', hoursPerWeek: 40 }] });
    const r = await run('categories', p, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { asOf: string; categories: { category: string; eligible: boolean | null; listVersion: string | null }[] };
    assert.deepEqual(Object.keys(j), ['asOf', 'categories']);
    assert.equal(j.asOf, '2026-02-17');
    assert.deepEqual(j.categories.find((c) => c.category === 'TRADE'), { ...j.categories.find((c) => c.category === 'TRADE'), eligible: true, listVersion: '2025 (Version 2)' });
    const after = JSON.parse((await run('categories', p, '--as-of', '2026-02-18', '--json')).out) as typeof j;
    assert.equal(after.categories.find((c) => c.category === 'TRADE')!.eligible, false);
    const human = await run('categories', p);
    assert.match(human.out, /^Categories in force on 2026-02-17:/);
    assert.match(human.out, /Trade occupations \(TRADE\): eligible · list 2025 \(Version 2\)/);
  });

  it('ee categories with a bad profile exits 2 and lists the problems with line and column', async () => {
    const p = join(dir, 'bad.ee-profile.json');
    writeFileSync(p, '{\n  "jobs": [{ "noc": "1234", "start": "2024-01-01", "hoursPerWeek": 40 }]\n}');
    const r = await run('categories', p);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.ee-profile\.json:2:\d+ {2}jobs\[0\]\.noc/);
  });
});
