/**
 * One answer everywhere: the same questions asked of every face — the `ee` command line (its main function, in
 * process), the VS Code extension's view models (unit level, no workbench), and the Excel functions of the built
 * bundle evaluated by HyperFormula — and compared with a plain recount of IRCC's official feed
 * (../shared/data/ircc/ee_rounds_123_en.json, read here with JSON.parse and nothing else).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HyperFormula } from 'hyperformula';
import { main } from '../../core/cli/main';
import { bundledDraws, roundsCsv } from '../../core/index';
import { categoryStats, rootNodes as statisticsRoots } from '../../extension/views/statisticsModel';
import { rootNodes as drawsRoots } from '../../extension/views/drawsModel';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';
import { ensureBuilt, loadBundle, readFunctionsJson } from '../excel-addin/helpers/bundle';
import { NAME_TO_ID, realFeed, SHARED_FEED } from '../core/helpers/recount';

// ---- The recount: the feed read plainly. ----
interface Plain {
  number: number;
  date: string;
  id: string;
  name: string;
  crs: number;
  size: number;
  tieBreak: string;
  poolAsOf: string | null;
  total: number | null;
}
const DAY = 86_400_000;
const feed = realFeed();
const isoOfWritten = (t: string): string | null => {
  const ms = Date.parse(`${t.replace(' at ', ' ').replace(/ UTC$/, '')} UTC`);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
};
const instantOfWritten = (t: string): string => {
  const ms = Date.parse(`${t.replace(' at ', ' ').replace(/ UTC$/, '')} UTC`);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : t;
};
const plain: Plain[] = (feed ?? [])
  .map((r) => {
    const total = Number(String(r['dd18'] ?? '0').replace(/,/g, ''));
    return {
      number: Number(r['drawNumber']),
      date: r['drawDate']!,
      id: NAME_TO_ID[r['drawName']!] ?? 'UNKNOWN',
      name: r['drawName']!,
      crs: Number(r['drawCRS']),
      size: Number(String(r['drawSize']).replace(/,/g, '')),
      tieBreak: instantOfWritten(r['drawCutOff'] ?? ''),
      poolAsOf: total > 0 ? isoOfWritten(r['drawDistributionAsOn'] ?? '') : null,
      total: total > 0 ? total : null,
    };
  })
  .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
const cec = plain.filter((r) => r.id === 'CEC');
const dataEnd = plain[plain.length - 1]?.date ?? '';
const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / DAY;

/** The default window, as the product specifies it: the last 10 rounds. */
const WINDOW = 10;
const last10 = cec.slice(-WINDOW);
const scores = last10.map((r) => r.crs);
const sorted = [...scores].sort((a, b) => a - b);
const expected = {
  latest: cec[cec.length - 1]!,
  min: sorted[0]!,
  max: sorted[sorted.length - 1]!,
  mean: scores.reduce((a, b) => a + b, 0) / scores.length,
  median: (sorted[4]! + sorted[5]!) / 2,
  change: scores[scores.length - 1]! - scores[0]!,
  meanGap: days(last10[0]!.date, last10[last10.length - 1]!.date) / (last10.length - 1),
  daysSinceLast: days(cec[cec.length - 1]!.date, dataEnd),
};
const POOL_DATE = '2025-11-29';
const poolRound = plain
  .filter((r) => r.poolAsOf !== null && r.poolAsOf <= POOL_DATE)
  .sort((a, b) => a.poolAsOf!.localeCompare(b.poolAsOf!) || a.number - b.number)
  .pop()!;
const CSV_FROM = '2025-01-01';
const CSV_TO = '2025-12-31';
const csvRounds = cec.filter((r) => r.date >= CSV_FROM && r.date <= CSV_TO);
/** The round table as the product specifies it: Round, Date, Category, Name, CRS, ITAs, Tie-break. */
const csvExpected = csvRounds.map((r) => [String(r.number), r.date, r.id, r.name, String(r.crs), String(r.size), r.tieBreak]);

/** Reads a CSV document (RFC 4180 quoting) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

// ---- The faces. ----
async function ee(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: { EE_CACHE_DIR: cacheDir } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
let cacheDir = '';

describe('one answer everywhere: CLI, VS Code views and Excel against a recount of the official feed', function () {
  this.timeout(120_000);
  let hf: HyperFormula;
  const cell = (ref: string): unknown => hf.getCellValue(hf.simpleCellAddressFromString(ref, 0)!);
  const serialOf = (iso: string): number => Date.parse(iso) / DAY + 25569;

  before(async function () {
    if (!feed) {
      // In CI the shared data is always there: a missing feed is a failure. On a clone without it, say why.
      if (process.env['CI']) throw new Error(`The official feed is missing: ${SHARED_FEED}`);
      console.warn(`consistency: skipped, no official feed at ${SHARED_FEED}`);
      this.skip();
    }
    // The bundled snapshot is the data every face answers from offline: it must be this feed.
    assert.equal(bundledDraws().rounds.length, plain.length, 'the bundled snapshot holds every round of the feed');
    cacheDir = mkdtempSync(join(tmpdir(), 'ee-consistency-'));
    await ensureBuilt();
    const { cf } = loadBundle();
    registerEEPlugin(readFunctionsJson(), cf.registrations, { DRAWS: [200, 7], POOL: [19, 5], CUTOFF_STATS: [1, 5] });
    hf = HyperFormula.buildFromArray(
      [
        ['=EE.CRS_CUTOFF("CEC")', '=EE.LAST_DRAW("CEC")', '=EE.DRAW_COUNT("CEC", 2025)', '=EE.CUTOFF_STATS("CEC", 10, "GAP")'],
        ['=EE.CUTOFF_STATS("CEC")'],
        ['=EE.POOL(DATE(2025,11,29))'],
      ],
      EXCEL_LIKE_CONFIG,
    );
    hf.addSheet('Draws');
    hf.setSheetContent(1, [['=EE.DRAWS("CEC", DATE(2025,1,1), DATE(2025,12,31))']]);
  });
  after(() => {
    hf?.destroy();
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  it('the latest CEC round', async () => {
    const cli = JSON.parse((await ee('cutoff', 'CEC', '--json')).out) as { round: number; crs: number; date: string };
    assert.deepEqual([cli.round, cli.crs, cli.date], [expected.latest.number, expected.latest.crs, expected.latest.date], 'ee cutoff CEC');
    const node = drawsRoots(bundledDraws(), ['CEC'])[0]!;
    assert.ok(node.kind === 'round');
    assert.deepEqual([node.round.round, node.round.crs, node.round.date], [expected.latest.number, expected.latest.crs, expected.latest.date], 'VS Code Draws view');
    assert.equal(cell('A1'), expected.latest.crs, 'EE.CRS_CUTOFF("CEC")');
    assert.equal(cell('B1'), serialOf(expected.latest.date), 'EE.LAST_DRAW("CEC")');
  });

  it('CEC statistics over the default window (the last 10 rounds), with the mean gap and the days since the last round', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
    assert.equal(pkg.contributes.configuration.properties['expressEntry.statistics.lastN']!.default, WINDOW, 'the VS Code setting defaults to the same window');
    const cli = JSON.parse((await ee('stats', 'CEC', '--json')).out) as Record<string, number>;
    const view = categoryStats(bundledDraws(), 'CEC', WINDOW, Date.parse('2026-11-29') / DAY);
    const faces: [string, Record<string, number | null>][] = [
      ['ee stats CEC', { count: cli['count']!, min: cli['min']!, max: cli['max']!, mean: cli['mean']!, median: cli['median']!, change: cli['change']!, meanGap: cli['meanGapDays']!, daysSinceLast: cli['daysSinceLast']! }],
      ['VS Code Statistics view', { count: view.stats.count, min: view.stats.min, max: view.stats.max, mean: view.stats.mean, median: view.stats.median, change: view.stats.change, meanGap: view.meanGapDays, daysSinceLast: view.daysSinceLast }],
    ];
    for (const [face, got] of faces) {
      assert.equal(got['count'], WINDOW, face);
      assert.equal(got['min'], expected.min, face);
      assert.equal(got['max'], expected.max, face);
      assert.ok(Math.abs(got['mean']! - expected.mean) < 1e-9, face);
      assert.equal(got['median'], expected.median, face);
      assert.equal(got['change'], expected.change, face);
      assert.ok(Math.abs(got['meanGap']! - expected.meanGap) < 1e-9, `${face}: mean gap ${got['meanGap']} vs ${expected.meanGap}`);
      assert.equal(got['daysSinceLast'], expected.daysSinceLast, `${face}: days since the last round, as of the data`);
    }
    const row = ['A2', 'B2', 'C2', 'D2', 'E2'].map(cell) as number[];
    assert.deepEqual(row.slice(0, 2), [expected.min, expected.max], 'EE.CUTOFF_STATS("CEC") MIN, MAX');
    assert.ok(Math.abs(row[2]! - expected.mean) < 1e-9, 'EE.CUTOFF_STATS("CEC") MEAN');
    assert.deepEqual(row.slice(3), [expected.median, expected.change], 'EE.CUTOFF_STATS("CEC") MEDIAN, CHANGE');
    assert.ok(Math.abs((cell("D1") as number) - expected.meanGap) < 1e-9, `EE.CUTOFF_STATS("CEC", 10, "GAP") = ${String(cell("D1"))}`);
  });

  it(`the pool on ${POOL_DATE}: the newest distribution dated on or before it`, async () => {
    const cli = JSON.parse((await ee('pool', POOL_DATE, '--json')).out) as { round: number; asOf: string; total: number };
    assert.deepEqual([cli.round, cli.asOf, cli.total], [poolRound.number, poolRound.poolAsOf, poolRound.total], 'ee pool');
    assert.equal(cell('D21'), poolRound.total, 'EE.POOL(DATE(2025,11,29)) total');
    // The Statistics view shows the newest distribution of all: the same rule with no date.
    const newest = plain.filter((r) => r.poolAsOf !== null).sort((a, b) => a.poolAsOf!.localeCompare(b.poolAsOf!) || a.number - b.number).pop()!;
    const pool = statisticsRoots(bundledDraws(), ['CEC'], WINDOW, 0).find((n) => n.kind === 'pool');
    assert.ok(pool && pool.kind === 'pool');
    assert.deepEqual([pool.pool.round, pool.pool.asOf, pool.pool.total], [newest.number, newest.poolAsOf, newest.total], 'VS Code Statistics view');
  });

  it('the CEC rounds of 2025 as a table: the same columns, in the same order, on every face', async () => {
    const header = ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break'];
    const cli = parseCsv((await ee('draws', '--category', 'CEC', '--from', CSV_FROM, '--to', CSV_TO, '--format', 'csv')).out);
    assert.deepEqual(cli[0], header, 'ee draws --format csv header');
    assert.deepEqual(cli.slice(1).reverse(), csvExpected, 'ee draws --format csv rows (newest first)');
    // What VS Code's "Copy Draws as CSV" copies for a year-and-category node.
    const vscode = parseCsv(roundsCsv(bundledDraws().between('CEC', CSV_FROM, CSV_TO)));
    assert.deepEqual(vscode[0], header, 'VS Code copy as CSV header');
    assert.deepEqual(vscode.slice(1), csvExpected, 'VS Code copy as CSV rows');
    const at = (r: number, c: number): unknown => hf.getCellValue({ sheet: 1, row: r, col: c });
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((c) => at(0, c)), header, 'EE.DRAWS header');
    csvExpected.forEach((want, i) => {
      const got = [0, 1, 2, 3, 4, 5, 6].map((c) => at(i + 1, c));
      assert.deepEqual(
        [String(got[0]), got[1], got[2], got[3], String(got[4]), String(got[5])],
        [want[0], serialOf(want[1]!), want[2], want[3], want[4], want[5]],
        `EE.DRAWS row ${i + 1}`,
      );
      assert.ok(Math.abs((got[6] as number) - (Date.parse(want[6]!) / DAY + 25569)) < 1e-6, `EE.DRAWS row ${i + 1} tie-break`);
    });
    assert.equal(cell('C1'), csvExpected.length, 'EE.DRAW_COUNT("CEC", 2025)');
  });
});
