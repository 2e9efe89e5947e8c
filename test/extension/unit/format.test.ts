import assert from 'node:assert/strict';
import { markdownTable, escapeMarkdown } from '../../../extension/format';
import { csvCell, roundsCsv as csvTable, roundCsvRow, shortDate } from '../../../core/index';
import { fakeRound, renderPermissive } from './helpers';

describe('extension formatting', () => {
  it('writes CSV cells per RFC 4180 and defuses spreadsheet formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell(-5), '-5');
  });

  it('writes a round as a CSV row and a table with a header', () => {
    const r = fakeRound({ round: 400, date: '2026-01-05', name: 'Trade occupations, 2026-Version 3', crs: 480, invitations: 2500, category: 'TRADE' });
    assert.equal(roundCsvRow(r), '400,2026-01-05,TRADE,"Trade occupations, 2026-Version 3",480,2500,');
    assert.equal(csvTable([r]), 'Round,Date,Category,Name,CRS,ITAs,Tie-break\r\n400,2026-01-05,TRADE,"Trade occupations, 2026-Version 3",480,2500,\r\n');
  });

  it('writes a Markdown table that renders the name as plain text', () => {
    const r = fakeRound({ round: 401, date: '2026-01-06', name: 'French *language* [x](y)' });
    const html = renderPermissive(markdownTable([r]));
    assert.match(html, /<td>French \*language\* \[x\]\(y\)<\/td>/);
  });

  it('escapes every Markdown syntax character', () => {
    const nasty = '\\`*_{}[]()#+-.!|<>~&';
    assert.equal(renderPermissive(escapeMarkdown(nasty)).trim(), '<p>\\`*_{}[]()#+-.!|&lt;&gt;~&amp;</p>');
  });

  it('shortens dates for the status bar', () => {
    assert.equal(shortDate('2025-11-26'), 'Nov 26');
    assert.equal(shortDate('2026-08-07'), 'Aug 7');
  });
});
