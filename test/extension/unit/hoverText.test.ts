import assert from 'node:assert/strict';
import { bundledDraws } from '../../../core/data/bundled';
import { Draws } from '../../../core/draws/draws';
import { categoryHover, dateHover, nocHover, roundHover } from '../../../extension/hovers/hoverText';
import { roundTooltipMarkdown } from '../../../extension/views/drawsModel';
import { roundMarkdownRow, markdownTable, escapeMarkdown } from '../../../extension/format';
import { ROUNDS, byDate, dayOf, fakeRound, newestOf, roundsOf, renderPermissive } from './helpers';

const draws = bundledDraws();
const fmt = (n: number): string => n.toLocaleString('en-US');

describe('extension hovers: text', () => {
  it('lists the rounds held on a date with their cut-off and ITAs', () => {
    const dates = [...new Set(ROUNDS.map((r) => r.date))].sort();
    // A day with two rounds, if any, else the newest day.
    const busy = dates.filter((d) => ROUNDS.filter((r) => r.date === d).length >= 2).pop() ?? dates[dates.length - 1]!;
    const expected = ROUNDS.filter((r) => r.date === busy);
    const text = dateHover(draws, dayOf(busy));
    for (const r of expected) {
      assert.ok(text.includes(`\\#${r.round} |`), `round ${r.round} in ${text}`);
      assert.ok(text.includes(`| ${r.crs} | ${fmt(r.invitations)} |`), `cut-off of ${r.round}`);
    }
    assert.equal(text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Category') && !l.startsWith('| ---')).length, expected.length);
  });

  it('shows the latest round of each category before a day without a round', () => {
    const dates = new Set(ROUNDS.map((r) => r.date));
    let day = dayOf('2025-11-25');
    while (dates.has(new Date(day * 86_400_000).toISOString().slice(0, 10))) day--;
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const text = dateHover(draws, day);
    assert.match(text, /No round on that day/);
    const ids = [...new Set(ROUNDS.map((r) => r.category))];
    const expected = ids.map((id) => newestOf(id, iso)).filter((r) => r !== undefined);
    for (const r of expected) assert.ok(text.includes(`\\#${r.round} | ${escapeMarkdown(r.date)} | ${r.crs} |`), `latest ${r.category} #${r.round}`);
  });

  it('says when no round precedes a date', () => {
    assert.match(dateHover(draws, dayOf('2014-01-01')), /No Express Entry round on or before that day/);
  });

  it('gives a category its latest cut-off and the range of its recent rounds', () => {
    const cec = roundsOf('CEC');
    const last = cec[cec.length - 1]!;
    const ten = cec.slice(-10).map((r) => r.crs);
    const text = categoryHover(draws, 'CEC');
    assert.ok(text.includes(`CRS ${last.crs}** in round \\#${last.round}`), text);
    assert.ok(text.includes(`CRS ${Math.min(...ten)}–${Math.max(...ten)}`), text);
  });

  it('shows one round by number, and says when there is none', () => {
    const r = ROUNDS.find((x) => x.round === 381) ?? ROUNDS[ROUNDS.length - 1]!;
    const text = roundHover(draws, String(r.round));
    assert.ok(text.includes(`CRS cut-off: **${r.crs}**`));
    assert.ok(text.includes(`Invitations: **${fmt(r.invitations)}**`));
    const newest = [...ROUNDS].sort(byDate).pop()!;
    assert.ok(roundHover(draws, '9999').startsWith('No Express Entry round \\#9999 in the data (the newest is \\#' + String(newest.round) + ' '));
  });

  it('explains NOC codes: TEER and whether they count', () => {
    assert.match(nocHover('21232'), /TEER 1/);
    assert.match(nocHover('21232'), /Counts for the Canadian Experience Class.*CLB 7/);
    assert.match(nocHover('73300'), /TEER 3[\s\S]*CLB 5/);
    assert.match(nocHover('64100'), /TEER 4[\s\S]*does \*\*not\*\* count/i);
  });
});

describe('extension: feed text is escaped, never markup', () => {
  const evil = [
    '<img src=x onerror=alert(1)>',
    '[link](javascript:alert(1))',
    '<script>alert(1)</script> **bold** `code` | pipe',
    '![x](https://example.com/x.png) https://example.com <a href="javascript:alert(1)">a</a>',
  ];
  for (const name of evil) {
    it(`keeps ${JSON.stringify(name)} inert in tooltips, hovers and tables`, () => {
      const r = fakeRound({ round: 9001, date: '2030-01-02', name, programsText: name, tieBreakText: name });
      const d = new Draws([fakeRound({ round: 9000, date: '2030-01-01' }), r]);
      for (const md of [roundTooltipMarkdown(d, r), roundHover(d, '9001'), roundMarkdownRow(r), markdownTable([r]), dateHover(d, dayOf('2030-01-02'))]) {
        const html = renderPermissive(md);
        assert.doesNotMatch(html, /<(img|script|a|iframe)\b|href="|src="/i, html);
        assert.doesNotMatch(html, /<strong>bold/, html);
      }
      // The text itself is still there for a reader.
      const html = renderPermissive(roundTooltipMarkdown(d, r));
      assert.ok(html.includes('onerror=alert(1)') || html.includes('javascript:alert(1)') || html.includes('alert(1)'));
    });
  }

  it('keeps a table row to one row whatever the name holds', () => {
    const r = fakeRound({ round: 9002, date: '2030-01-03', name: 'a | b\n| c |' });
    const html = renderPermissive(markdownTable([r]));
    assert.equal((html.match(/<tr>/g) ?? []).length, 2);
  });
});
