/**
 * Hardening of the extension's pure parts: hostile feed text stays text, notification text forms no links, profile
 * checks never throw and map offsets fast, the refresh timeout setting is bounded.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Draws } from '../../../core/draws/draws';
import { ROUNDS, fakeRound, renderPermissive } from './helpers';
import { clipText, escapeMarkdown, MAX_MESSAGE_LENGTH, MAX_SHOWN_TEXT, notificationText, roundMarkdownRow } from '../../../extension/format';
import { csvCell } from '../../../core/index';
import { roundTooltipMarkdown } from '../../../extension/views/drawsModel';
import { roundHover } from '../../../extension/hovers/hoverText';
import { chartMessage } from '../../../extension/chart/chartData';
import { refreshTimeout, DEFAULT_REFRESH_TIMEOUT_S, MAX_REFRESH_TIMEOUT_S } from '../../../extension/refreshPolicy';
import { checkProfileText } from '../../../extension/profile/check';
import { lineAndColumn } from '../../../extension/profile/locate';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '[click](javascript:window.__pwned=3)',
  '**bold** _em_ `code`',
  '<a href="https://evil.example/phish">official page</a>',
  '[Run](command:workbench.action.terminal.new)',
  '$(alert) &lt;b&gt; &#60;i&#62;',
  'line\nbreak\r\n<b>x</b>',
  '\u202Egnp.exe\u202C \u2066hidden\u2069',
];

/** No element, attribute or link survived: the rendering is text, entities and the renderer's own structure. */
function assertInert(html: string, what: string): void {
  const tags = [...html.matchAll(/<\s*([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => m[0]);
  const allowed = /^<(p|strong|em|table|thead|tbody|tr|th|td|ul|ol|li|hr|br|code)( style="text-align:(right|left|center)")?>$/i;
  for (const t of tags) assert.match(t, allowed, `${what}: unexpected element ${t} in\n${html}`);
  assert.doesNotMatch(html, /<(img|script|a|iframe|svg|object)\b/i, what);
  for (const t of tags) assert.doesNotMatch(t, /href=|src=|on[a-z]+=/i, what);
}

describe('extension hardening: feed text is data', () => {
  const hostileRound = fakeRound({
    round: 437,
    date: '2026-09-03',
    category: 'IMG_SRC_X_ONERROR',
    name: HOSTILE.join(' '),
    programsText: HOSTILE.slice().reverse().join(' '),
    tieBreakText: HOSTILE.join(' | '),
  });
  const draws = new Draws([...ROUNDS, hostileRound]);

  it('renders a hostile round tooltip and hover as text, even with raw HTML allowed', () => {
    for (const [what, md] of [
      ['tooltip', roundTooltipMarkdown(draws, hostileRound)],
      ['hover', roundHover(draws, '437')],
    ] as const) {
      assert.doesNotMatch(md, /(^|[^\\])[<[]/m, `${what}: an unescaped < or [ in\n${md}`);
      const html = renderPermissive(md);
      assertInert(html, what);
      // The text is all there, visibly (entities decode to the literal characters).
      const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), `${what}: ${text}`);
      assert.ok(text.includes('<script>window.__pwned=2</script>'), what);
      assert.ok(text.includes('[click](javascript:window.__pwned=3)'), what);
      assert.ok(text.includes('**bold**'), what);
    }
  });

  it('escapes every hostile string in a Markdown row and neutralises formulas in CSV', () => {
    const row = roundMarkdownRow(hostileRound);
    assertInert(renderPermissive(`| a | b | c | d | e | f | g |\n| - | - | - | - | - | - | - |\n${row}`), 'markdown row');
    assert.equal(row.split('\n').length, 1);
    assert.equal(csvCell('=HYPERLINK("https://evil.example")'), `"'=HYPERLINK(""https://evil.example"")"`);
  });

  it('removes line breaks, control and bidi-override characters from escaped text', () => {
    const out = escapeMarkdown('a\nb\u0007c\u202Ed\u2066e');
    assert.doesNotMatch(out, /[\n\u0007\u202E\u2066]/);
  });

  it('clips long feed text in tooltips', () => {
    const long = fakeRound({ round: 438, date: '2026-09-04', name: 'x'.repeat(100_000), programsText: 'y'.repeat(100_000), tieBreakText: 'z'.repeat(100_000) });
    const md = roundTooltipMarkdown(new Draws([long]), long);
    assert.ok(md.length < 4 * MAX_SHOWN_TEXT + 2000, `${md.length} characters`);
    assert.equal(Array.from(clipText('é'.repeat(400))).length, MAX_SHOWN_TEXT);
    assert.equal(clipText('short'), 'short');
  });

  it('gives the chart plain strings and numbers only', () => {
    const msg = chartMessage(draws, ['IMG_SRC_X_ONERROR'], null);
    const walk = (v: unknown): void => {
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return;
      assert.ok(typeof v === 'object', typeof v);
      for (const x of Object.values(v as object)) walk(x);
    };
    walk(msg);
    assert.equal(msg.series[0]!.points.length, 1);
    assert.doesNotMatch(JSON.stringify(msg), /<img|<script|javascript:/);
  });
});

describe('extension hardening: notification text', () => {
  it('forms no link from outside text', () => {
    const linked = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i; // the workbench's own pattern
    for (const s of ['[Run](command:workbench.action.terminal.new)', 'x [a](https://evil.example) y', '[f](file:///etc/passwd)', '[a]  (command:x)']) {
      const out = notificationText(s);
      assert.doesNotMatch(out, linked, out);
      assert.ok(out.includes('command:') || out.includes('https:') || out.includes('file:'), 'the text itself is kept');
    }
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('[', ']', '(', ')', 'a', ' ', ':', '/', 'command:', 'https://', '\n') }), (s) => !linked.test(notificationText(s))));
  });

  it('flattens control characters and caps the length', () => {
    assert.equal(notificationText('a\nb\u202Ec'), 'a b c');
    const long = notificationText('x'.repeat(10_000));
    assert.equal(long.length, MAX_MESSAGE_LENGTH);
    assert.ok(long.endsWith('…'));
  });
});

describe('extension hardening: settings and profiles', () => {
  it('bounds the refresh timeout to 1–30 s, default 20', () => {
    assert.equal(refreshTimeout(undefined), DEFAULT_REFRESH_TIMEOUT_S);
    assert.equal(refreshTimeout('5'), DEFAULT_REFRESH_TIMEOUT_S);
    assert.equal(refreshTimeout(Number.NaN), DEFAULT_REFRESH_TIMEOUT_S);
    assert.equal(refreshTimeout(1000), MAX_REFRESH_TIMEOUT_S);
    assert.equal(refreshTimeout(0), 1);
    assert.equal(refreshTimeout(2.5), 2.5);
  });

  it('never throws on any profile text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ jobs: [v], language: v, asOf: v }))), (text) => {
        const c = checkProfileText(text);
        return typeof c.result.eligible === 'boolean' && Array.isArray(c.located);
      }),
      { numRuns: 300 },
    );
  });

  it('reports impossible dates, an end before the start and wrong types', () => {
    const text = JSON.stringify({ asOf: '2025-11-29', jobs: [{ noc: 21232, start: '2025-02-30', hoursPerWeek: 'forty' }, { noc: '21232', start: '2024-05-01', end: '2023-01-01', hoursPerWeek: 40 }] }, null, 2);
    const c = checkProfileText(text);
    const lines = text.split('\n');
    const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle));
    const at = (line: number): string[] => c.located.filter((f) => lineAndColumn(text, f.range.offset)[0] === line).map((f) => f.message);
    assert.ok(at(lineOf('"start": "2025-02-30"')).some((m) => /does not exist/.test(m)), JSON.stringify(c.located));
    assert.ok(at(lineOf('"hoursPerWeek": "forty"')).some((m) => /must be a number/.test(m)));
    assert.ok(at(lineOf('"noc": 21232')).some((m) => /5-digit code as text/.test(m)));
    assert.ok(at(lineOf('"end": "2023-01-01"')).some((m) => /before "start"/.test(m)), JSON.stringify(c.located.map((f) => [lineAndColumn(text, f.range.offset)[0], f.message])));
    assert.equal(c.result.eligible, false);
  });

  it('maps offsets to lines and columns like a straightforward scan', () => {
    const text = 'ab\ncd\r\n\nxyz';
    for (let o = -2; o <= text.length + 2; o++) {
      const clamped = Math.min(Math.max(0, o), text.length);
      const before = text.slice(0, clamped);
      const line = before.split('\n').length - 1;
      const col = clamped - (before.lastIndexOf('\n') + 1);
      assert.deepEqual(lineAndColumn(text, o), [line, col], `offset ${o}`);
    }
  });

  it('checks a profile with 100 jobs and 1 MB of text in bounded time', () => {
    const jobs = Array.from({ length: 100 }, (_, i) => ({ noc: i % 2 ? '21232' : '64100', start: '2020-01-01', end: '2024-01-01', hoursPerWeek: 40, selfEmployed: i % 3 === 0 }));
    const text = JSON.stringify({ $comment: 'x'.repeat(1_000_000), asOf: '2025-11-29', jobs, language: { test: 'CLB', date: '2025-01-01', reading: 9, writing: 9, listening: 9, speaking: 9 } }, null, 2);
    const t0 = Date.now();
    const c = checkProfileText(text);
    for (const f of c.located) lineAndColumn(text, f.range.offset);
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
    assert.equal(c.result.jobs.length, 100);
    assert.ok(c.located.length >= 100);
  });
});
