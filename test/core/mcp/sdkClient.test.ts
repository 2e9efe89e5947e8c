/**
 * ee mcp through the SDK's own client over stdio, against the built dist/cli.js: initialize, list, every tool (figures
 * recounted from the committed snapshot read plainly, or from reference tables written here), bad input.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { existsSync, readFileSync } from 'node:fs';
import { chrono, idOf, snapshotRows, type Plain } from '../helpers/recount';
import { recompute, type Candidate } from '../crs/recompute';

const CLI = resolve(__dirname, '../../../dist/cli.js');
const TOOLS = ['cutoff', 'draws', 'counts', 'stats', 'pool', 'clb', 'cec_check', 'crs', 'categories', 'outlook'];

/** test/fixtures/profiles/candidate.ee-profile.json in the terms of the test's own CRS recomputation (as test/core/crs/cli.test.ts). */
const CANDIDATE: Candidate = {
  age: 29, spouse: true, edu: 'masters', canadianEdu: 'one-or-two-year', first: [9, 9, 10, 9], second: [7, 7, 7, 7], cw: 2, fw: 3,
  spouseEdu: 'bachelors', spouseLang: [8, 8, 8, 8], spouseCw: 1, sibling: true,
};

const REFERENCE = resolve(__dirname, '../../../../shared/reference/category-nocs.json');
interface RefList { category: string; version: string; nocs?: string[] | null; completeness?: string }
/** The project's reference occupation lists, read plainly (as test/core/categories/eligibility.test.ts). */
function referenceList(category: string, version: string): RefList {
  // CI has ../shared beside the clone; without it this test fails with this message rather than skip.
  assert.ok(existsSync(REFERENCE), `the reference file ${REFERENCE} is needed (../shared beside the repository)`);
  const list = (JSON.parse(readFileSync(REFERENCE, 'utf8')) as { lists: RefList[] }).lists.find((l) => l.category === category && l.version === version);
  assert.ok(list, `${category} ${version} in the reference`);
  return list;
}

interface Answer {
  text: string;
  data: Record<string, unknown>;
  isError: boolean;
}

describe('ee mcp: the SDK client over stdio', () => {
  let client: Client;
  let cacheDir: string;
  const rows = snapshotRows().sort(chrono);
  const newest = rows[rows.length - 1]!;

  async function call(name: string, args: Record<string, unknown>): Promise<Answer> {
    const r = await client.callTool({ name, arguments: args });
    const content = r.content as { type: string; text: string }[];
    assert.equal(content[0]!.type, 'text');
    return { text: content[0]!.text, data: (r.structuredContent ?? {}) as Record<string, unknown>, isError: r.isError === true };
  }

  /** Every successful answer says how new the data is. */
  function assertDated(a: Answer): void {
    assert.equal(a.isError, false, a.text);
    assert.equal(a.data['newestRoundDate'], newest.date);
    assert.ok(a.text.includes(`newest round #${newest.number} of ${newest.date}`), a.text);
  }

  before(async () => {
    // An empty cache folder: the bundled snapshot answers, the same data the recount reads.
    cacheDir = mkdtempSync(join(tmpdir(), 'ee-mcp-sdk-'));
    client = new Client({ name: 'ee-test', version: '0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--cache-dir', cacheDir], stderr: 'pipe' }));
  });
  after(async () => {
    await client.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('initializes: server name, tools capability, instructions', () => {
    assert.equal(client.getServerVersion()?.name, 'express-entry-draws');
    assert.ok(client.getServerCapabilities()?.tools);
    assert.match(client.getInstructions() ?? '', /Read-only/);
  });

  it('lists every tool with a description, an object input schema and the read-only hint', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name), TOOLS);
    for (const t of tools) {
      assert.ok((t.description ?? '').length > 40, t.name);
      assert.equal(t.inputSchema.type, 'object');
      assert.equal(t.annotations?.readOnlyHint, true);
    }
    // outlook takes one category or a list (the calls below pass both): the schema a client reads says so.
    const category = (tools.find((t) => t.name === 'outlook')!.inputSchema.properties as Record<string, { anyOf?: { type: string; items?: { type: string } }[] }>)['category'];
    assert.deepEqual(category?.anyOf?.map((s) => s.type), ['string', 'array']);
    assert.equal(category?.anyOf?.[1]?.items?.type, 'string');
  });

  it('cutoff: the latest round of the category on or before the date, with its official page', async () => {
    const want = rows.filter((r) => idOf(r) === 'CEC' && r.date <= '2025-11-29').pop()!;
    const a = await call('cutoff', { category: 'CEC', date: '2025-11-29' });
    assertDated(a);
    assert.equal(a.data['crs'], want.crs);
    assert.equal((a.data['round'] as { round: number }).round, Number(want.number));
    assert.equal(a.data['officialPage'], `https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${want.number}`);
    const french = rows.filter((r) => idOf(r) === 'FRENCH' && r.date <= '2025-06-01').pop()!;
    assert.equal((await call('cutoff', { category: 'french', date: '2025-06-01' })).data['crs'], french.crs);
  });

  it('draws: the rounds between two dates, newest first, limited, totals over all', async () => {
    const want = rows.filter((r) => idOf(r) === 'CEC' && r.date >= '2025-01-01' && r.date <= '2025-12-31').reverse();
    const a = await call('draws', { category: 'CEC', from: '2025-01-01', to: '2025-12-31', limit: 3 });
    assertDated(a);
    assert.equal(a.data['total'], want.length);
    assert.equal(a.data['invitations'], want.reduce((s, r) => s + r.size, 0));
    const listed = a.data['rounds'] as { round: number; crs: number; officialPage: string }[];
    assert.deepEqual(listed.map((r) => [r.round, r.crs]), want.slice(0, 3).map((r) => [Number(r.number), r.crs]));
    assert.ok(listed.every((r) => r.officialPage.endsWith(`?q=${r.round}`)));
  });

  it('counts: rounds and invitations per category in a year', async () => {
    const year = rows.filter((r) => r.date.startsWith('2025-'));
    const a = await call('counts', { year: 2025 });
    assertDated(a);
    assert.equal(a.data['total'], year.length);
    assert.equal(a.data['invitations'], year.reduce((s, r) => s + r.size, 0));
    const cec = (a.data['categories'] as { category: string; rounds: number }[]).find((c) => c.category === 'CEC');
    assert.equal(cec?.rounds, year.filter((r) => idOf(r) === 'CEC').length);
  });

  it('stats: min, max, mean of the last N cut-offs', async () => {
    const last: Plain[] = rows.filter((r) => idOf(r) === 'PNP' && r.date <= '2025-12-31').slice(-5);
    const scores = last.map((r) => r.crs);
    const a = await call('stats', { category: 'PNP', last: 5, asOf: '2025-12-31' });
    assertDated(a);
    assert.equal(a.data['count'], 5);
    assert.equal(a.data['min'], Math.min(...scores));
    assert.equal(a.data['max'], Math.max(...scores));
    assert.ok(Math.abs((a.data['mean'] as number) - scores.reduce((s, x) => s + x, 0) / 5) < 1e-9);
    assert.equal(a.data['last'], scores[4]);
  });

  it('pool: the distribution published with a round, its total the feed\'s dd18', async () => {
    const a = await call('pool', { date: '2025-11-29' });
    assertDated(a);
    const pool = a.data['pool'] as { round: number; total: number; roundDate: string };
    const row = rows.find((r) => Number(r.number) === pool.round)!;
    assert.ok(row.pool, 'the round published a distribution');
    assert.equal(pool.total, row.pool[17]);
    assert.ok(pool.roundDate <= '2025-12-31');
    assert.ok(String(a.data['officialPage']).endsWith(`?q=${pool.round}`));
  });

  it('clb: IELTS scores to CLB levels (IRCC chart: reading 7.0 → 9, writing 6.5 → 8, listening 8.0 → 9, speaking 7.0 → 9)', async () => {
    // https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-requirements/language-testing.html
    const a = await call('clb', { test: 'IELTS', reading: 7, writing: 6.5, listening: 8, speaking: 7 });
    assertDated(a);
    assert.deepEqual([a.data['reading'], a.data['writing'], a.data['listening'], a.data['speaking'], a.data['min']], [9, 8, 9, 9, 8]);
  });

  it('cec_check: two years of full-time TEER 1 work and CLB 9 → eligible; the hours recounted (30 a week at most)', async () => {
    const profile = {
      jobs: [{ title: 'Developer', noc: '21231', start: '2023-01-02', end: '2024-12-29', hoursPerWeek: 40 }],
      language: { test: 'CLB', date: '2024-06-01', reading: 9, writing: 9, listening: 9, speaking: 9 },
    };
    const a = await call('cec_check', { profile, asOf: '2025-06-01' });
    assertDated(a);
    assert.equal(a.data['eligible'], true);
    // 2023-01-02 (a Monday) to 2024-12-29 (a Sunday): 104 whole weeks, counted at 30 hours a week.
    assert.equal(a.data['qualifyingHours'], 104 * 30);
    assert.match(a.text, /eligible/i);
  });

  it('crs: the total of the fixture candidate, recomputed from the CRS grid written in the test helpers', async () => {
    const profile = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/profiles/candidate.ee-profile.json'), 'utf8')) as object;
    const a = await call('crs', { profile, asOf: '2025-11-29' });
    assertDated(a);
    const want = recompute(CANDIDATE, '2025-11-29').total;
    assert.equal(a.data['total'], want);
    assert.match(a.text, new RegExp(`^CRS ${want}\\b`));
  });

  it('categories: a registered nurse with nearly 3 years of full-time work, judged by the reference lists of 2025', async () => {
    // On 2025-11-29 the lists in force are Healthcare 2025 (Version 2) and Trades 2025 (Version 2); the rule before
    // 2026-02-18 is 6 months of continuous full-time work in one listed occupation within 3 years.
    const noc = '31301';
    const health = referenceList('HEALTHCARE', '2025 (Version 2)');
    const trade = referenceList('TRADE', '2025 (Version 2)');
    const profile = { jobs: [{ title: 'Registered nurse', noc, start: '2023-01-02', end: '2025-11-28', hoursPerWeek: 40 }] };
    const a = await call('categories', { profile, asOf: '2025-11-29' });
    assertDated(a);
    assert.equal(a.data['asOf'], '2025-11-29');
    const verdicts = a.data['categories'] as { category: string; eligible: boolean | null; reasons: string[]; listVersion: string | null; listComplete: boolean | null }[];
    const of = (c: string) => verdicts.find((v) => v.category === c);
    assert.equal(of('HEALTHCARE')?.eligible, health.nocs?.includes(noc) ? true : null);
    assert.equal(of('HEALTHCARE')?.eligible, true, 'the reference lists registered nurses under healthcare');
    assert.equal(of('HEALTHCARE')?.listVersion, health.version);
    const tradeComplete = /^complete\b/i.test(trade.completeness ?? '');
    assert.equal(of('TRADE')?.eligible, trade.nocs?.includes(noc) ? true : tradeComplete ? false : null);
    assert.equal(of('TRADE')?.listComplete, tradeComplete);
    // No language results: French-language proficiency cannot be met.
    assert.notEqual(of('FRENCH')?.eligible, true);
    assert.match(a.text, /Healthcare[^\n]*: eligible/);
  });

  it('outlook: a score equal to the last CEC cut-off, recounted above/tied/below over the last 5 rounds', async () => {
    const asOf = '2025-11-29';
    const last = 5;
    const recount = (id: string, score: number) => {
      const mine = rows.filter((r) => idOf(r) === id && r.date <= asOf).slice(-last);
      return { category: id, rounds: mine.length, above: mine.filter((r) => r.crs < score).length, tied: mine.filter((r) => r.crs === score).length, below: mine.filter((r) => r.crs > score).length };
    };
    const score = rows.filter((r) => idOf(r) === 'CEC' && r.date <= asOf).pop()!.crs;
    const a = await call('outlook', { score, category: ['CEC', 'french'], last, asOf });
    assertDated(a);
    assert.equal(a.data['score'], score);
    const lines = (a.data['categories'] as { category: string; rounds: number; above: number; tied: number; below: number }[])
      .map(({ category, rounds, above, tied, below }) => ({ category, rounds, above, tied, below }));
    assert.deepEqual(lines, [recount('CEC', score), recount('FRENCH', score)]);
    assert.ok(lines[0]!.tied >= 1);
    assert.match(a.text, new RegExp(`above the cut-off in ${lines[0]!.above} of the last ${last} rounds, tied in ${lines[0]!.tied}`));
    assert.match(a.text, /No forecast/);
  });

  it('outlook: with a profile, the score is its CRS recomputed from the grid; one category given as a string', async () => {
    const profile = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/profiles/candidate.ee-profile.json'), 'utf8')) as object;
    const a = await call('outlook', { profile, category: 'CEC', asOf: '2025-11-29' });
    assertDated(a);
    assert.equal(a.data['score'], recompute(CANDIDATE, '2025-11-29').total);
    assert.deepEqual((a.data['categories'] as { category: string; rounds: number }[]).map((c) => [c.category, c.rounds]),
      [['CEC', Math.min(10, rows.filter((r) => idOf(r) === 'CEC' && r.date <= '2025-11-29').length)]]);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['cutoff', { category: 'NOPE' }, /Unknown category "NOPE"/],
    ['cutoff', {}, /Missing "category"/],
    ['cutoff', { category: 'CEC', date: '2025-13-45' }, /Bad "date"/],
    ['cutoff', { category: 'CEC', when: 'now' }, /Unknown argument "when"/],
    ['draws', { from: '2025-12-31', to: '2025-01-01' }, /"from" 2025-12-31 is after "to" 2025-01-01/],
    ['draws', { limit: 0 }, /"limit" must be a whole number from 1 to 500/],
    ['counts', { year: 2025, from: '2025-01-01' }, /either "year" or "from"\/"to"/],
    ['stats', { category: 'CEC', last: -1 }, /"last" must be a whole number/],
    ['pool', { date: 20251129 }, /"date" must be a string/],
    ['clb', { test: 'IELTS', reading: 7, writing: 7, listening: 7, speaking: 12 }, /speaking/i],
    ['clb', { test: 'TOEFL', reading: 7, writing: 7, listening: 7, speaking: 7 }, /TOEFL/],
    ['cec_check', { profile: 'my profile' }, /"profile" must be the profile object/],
    ['cec_check', { profile: { jobs: [{ noc: 'abc', start: '2024-01-01', hoursPerWeek: 30 }] } }, /jobs\[0\]\.noc|NOC/],
    ['crs', { profile: [] }, /"profile" must be the profile object/],
    ['crs', { profile: { age: 'old' } }, /cannot be scored/],
    ['categories', { profile: 'my profile' }, /"profile" must be the profile object/],
    ['categories', { profile: { jobs: [{ noc: 'abc', start: '2024-01-01', hoursPerWeek: 30 }] } }, /jobs\[0\]\.noc|NOC/],
    ['categories', { profile: { jobs: [] }, asOf: 'soon' }, /Bad "asOf"/],
    ['outlook', {}, /Give a "profile" or a "score"/],
    ['outlook', { score: 1300 }, /Bad CRS score "1300"/],
    ['outlook', { score: 480, category: 'NOPE' }, /Unknown category "NOPE"/],
    ['outlook', { score: 480, category: [1] }, /"category" must be a string or a list of strings/],
    ['outlook', { score: 480, last: 0 }, /"last" must be a whole number from 1 to 10000/],
    ['outlook', { profile: { jobs: [] } }, /CRS score cannot be computed/],
    ['no_such_tool', {}, /Unknown tool "no_such_tool"/],
  ];
  for (const [name, args, message] of bad) {
    it(`bad input is a tool error with our message: ${name} ${JSON.stringify(args)}`, async () => {
      const a = await call(name, args);
      assert.equal(a.isError, true);
      assert.match(a.text, message);
    });
  }

  it('still answers after every bad call', async () => {
    assert.equal((await call('cutoff', { category: 'CEC', date: '2025-11-29' })).isError, false);
  });
});
