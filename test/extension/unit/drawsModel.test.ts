import assert from 'node:assert/strict';
import { bundledDraws } from '../../../core/data/bundled';
import { childrenOf, nodeText, rootNodes, roundNodes, shownCategories, yearCategoryNodes, yearNodes, roundTooltipMarkdown, type DrawsNode } from '../../../extension/views/drawsModel';
import { ROUNDS, byDate, newestOf, roundsOf } from './helpers';

const draws = bundledDraws();
const ids = [...new Set(ROUNDS.map((r) => r.category))];

describe('extension Draws view model', () => {
  it('shows every category by default, and the setting\'s categories (ids or aliases) otherwise', () => {
    assert.deepEqual(new Set(shownCategories(draws, [])), new Set(ids));
    assert.deepEqual(shownCategories(draws, ['french', 'CEC', 'no such thing']), ['CEC', 'FRENCH']);
  });

  it('starts with the newest round of each category, then "By year"', () => {
    const roots = rootNodes(draws, ids);
    const latest = roots.filter((n) => n.kind === 'round');
    assert.equal(latest.length, ids.length);
    for (const id of ids) {
      const expected = newestOf(id)!;
      const node = latest.find((n) => n.kind === 'round' && n.round.category === id);
      assert.ok(node && node.kind === 'round');
      assert.equal(node.round.round, expected.round);
    }
    assert.equal(roots[roots.length - 1]!.kind, 'years');
  });

  it('labels a latest round with its category and "CRS · ITAs · date"', () => {
    const cec = newestOf('CEC')!;
    const node = rootNodes(draws, ['CEC'])[0]!;
    const text = nodeText(draws, node);
    assert.equal(text.label, 'Canadian Experience Class');
    assert.equal(text.description, `CRS ${cec.crs} · ${cec.invitations.toLocaleString('en-US')} ITAs · ${cec.date}`);
  });

  it('counts rounds and invitations per year and per category in a year', () => {
    const years = yearNodes(draws, ids);
    const expectedYears = [...new Set(ROUNDS.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => b - a);
    assert.deepEqual(years.map((y) => y.year), expectedYears);
    for (const y of years) {
      const inYear = ROUNDS.filter((r) => r.date.startsWith(`${y.year}-`));
      assert.equal(y.count, inYear.length);
      assert.equal(y.invitations, inYear.reduce((a, r) => a + r.invitations, 0));
      const cats = yearCategoryNodes(draws, y.year, ids);
      assert.equal(cats.reduce((a, c) => a + c.count, 0), inYear.length);
      for (const c of cats) {
        const mine = inYear.filter((r) => r.category === c.category);
        assert.equal(c.count, mine.length);
        assert.equal(c.invitations, mine.reduce((a, r) => a + r.invitations, 0));
      }
    }
  });

  it('lists the rounds of a category in a year, newest first', () => {
    const expected = roundsOf('CEC').filter((r) => r.date.startsWith('2025-')).sort(byDate).reverse();
    assert.deepEqual(roundNodes(draws, 2025, 'CEC').map((n) => n.round.round), expected.map((r) => r.round));
  });

  it('walks the whole tree down to rounds', () => {
    let leaves = 0;
    const walk = (node: DrawsNode | undefined): void => {
      const kids = childrenOf(draws, node, ids);
      if (node?.kind === 'round') assert.equal(kids.length, 0);
      if (node?.kind === 'round' && node.place === 'year') leaves++;
      for (const k of kids) if (!(k.kind === 'round' && k.place === 'latest')) walk(k);
    };
    walk(undefined);
    assert.equal(leaves, ROUNDS.length);
  });

  it('puts the tie-break and the last rounds of the category in the tooltip', () => {
    const cec = roundsOf('CEC');
    const r = cec[cec.length - 1]!;
    const md = roundTooltipMarkdown(draws, r);
    assert.match(md, /Tie-break: /);
    for (const x of cec.slice(-5)) assert.ok(md.includes(`\\#${x.round} |`), `#${x.round}`);
  });
});
