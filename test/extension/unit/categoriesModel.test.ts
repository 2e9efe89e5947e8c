/** The candidate view's category and outlook nodes, the NOC hover's category lines and the chart's cleared rounds. */
import assert from 'node:assert/strict';
import { bundledDraws } from '../../../core/data/bundled';
import { candidateNodes, profileCrs, nocCategoriesMarkdown as hoverLines } from '../../../extension/profile/categoriesModel';
import { chartMessage } from '../../../extension/chart/chartData';
import { dayOf, roundsOf } from './helpers';

const draws = bundledDraws();
const cook = { asOf: '2026-02-17', jobs: [{ noc: '63200', start: '2024-06-01', end: '2026-01-31', hoursPerWeek: 40 }] };

describe('extension: categories and outlook in the candidate view', () => {
  it('a Categories node with one child per category in force, verdicts as the core gives them', () => {
    const [cats] = candidateNodes(cook, draws, () => null);
    assert.equal(cats!.label, 'Categories');
    assert.deepEqual(cats!.children.map((c) => c.label), ['French-language proficiency', 'Healthcare and social services occupations', 'STEM occupations', 'Trade occupations', 'Agriculture and agri-food occupations', 'Education occupations', 'Physicians with Canadian work experience']);
    const trade = cats!.children.find((c) => c.label === 'Trade occupations')!;
    assert.equal(trade.status, 'pass');
    assert.equal(trade.description, 'eligible · list 2025 (Version 2)');
    assert.match(trade.tooltip, /63200/);
    const after = candidateNodes({ ...cook, asOf: '2026-02-18' }, draws, () => null)[0]!.children.find((c) => c.label === 'Trade occupations')!;
    assert.equal(after.status, 'fail');
    const stem = candidateNodes({ ...cook, asOf: '2026-02-18' }, draws, () => null)[0]!.children.find((c) => c.label === 'STEM occupations')!;
    assert.equal(stem.status, 'info', 'unknown: the 2026 STEM list is not known');
  });

  it('without a score the outlook says it needs one; with a score, one line per category (CEC plus eligible)', () => {
    assert.equal(candidateNodes(cook, draws, () => null)[1]!.description, "needs the profile's CRS fields (age or dateOfBirth, education…)");
    assert.equal(candidateNodes(cook, draws, profileCrs)[1]!.description, "needs the profile's CRS fields (age or dateOfBirth, education…)", 'no age: no score');
    const outlook = candidateNodes(cook, draws, () => 480)[1]!;
    assert.equal(outlook.label, 'Outlook');
    // Recount: CEC and TRADE rounds on or before 2026-02-17, last 10 each.
    for (const [id, label] of [['CEC', 'Canadian Experience Class'], ['TRADE', 'Trade occupations']] as const) {
      const last = roundsOf(id).filter((r) => r.date <= '2026-02-17').slice(-10);
      const above = last.filter((r) => r.crs < 480).length;
      const line = outlook.children.find((c) => c.label.startsWith(`${label}:`));
      assert.ok(line, label);
      assert.match(line.label, new RegExp(`above the cut-off in ${above} of ${last.length === 1 ? '1 round' : `the last ${last.length} rounds`}`));
    }
    assert.ok(outlook.children.some((c) => /^Rank [\d,]+ to [\d,]+ of [\d,]+ in the pool of \d{4}-\d{2}-\d{2}\.$/.test(c.label)));
    assert.ok(outlook.children.some((c) => /whole pool/.test(c.label)));
  });

  it('a bad profile: the Categories node says it cannot check', () => {
    const nodes = candidateNodes({ jobs: 'none' }, draws, () => 480);
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0]!.status, 'error');
  });

  it('NOC hover lines: the categories whose current list includes the code (Markdown escaped)', () => {
    const nocCategoriesMarkdown = (code: string, day: number, iso: string): string => hoverLines(draws, code, day, iso).replace(/\\(.)/g, '$1');
    assert.match(hoverLines(draws, '31102', dayOf('2026-03-01'), '2026-03-01'), /\\\(Version 1\\\)/, 'parentheses are escaped');
    assert.match(nocCategoriesMarkdown('31102', dayOf('2026-03-01'), '2026-03-01'), /- Physicians with Canadian work experience \(list 2026 \(Version 1\)\)/);
    assert.doesNotMatch(nocCategoriesMarkdown('31102', dayOf('2026-03-01'), '2026-03-01'), /Healthcare/);
    assert.match(nocCategoriesMarkdown('31102', dayOf('2025-06-01'), '2025-06-01'), /Healthcare and social services occupations \(list 2025 \(Version 2\), incomplete\)/);
    assert.match(nocCategoriesMarkdown('99999', dayOf('2026-03-01'), '2026-03-01'), /on no occupation list/);
  });

  it('the chart marks the rounds the score would have cleared (cut-off below it) and the ties', () => {
    const msg = chartMessage(draws, ['CEC'], 500, dayOf('2025-01-01'));
    const rounds = roundsOf('CEC').filter((r) => r.date >= '2025-01-01');
    const s = msg.series[0]!;
    assert.equal(s.cleared, rounds.filter((r) => r.crs < 500).length);
    assert.equal(s.tied, rounds.filter((r) => r.crs === 500).length);
    assert.deepEqual(s.standings, rounds.map((r) => (r.crs < 500 ? 'above' : r.crs === 500 ? 'tied' : 'below')));
    assert.deepEqual(chartMessage(draws, ['CEC'], null).series[0]!.standings, []);
  });
});
