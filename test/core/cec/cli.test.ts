/**
 * `ee cec` and `ee clb`: called directly (cecCommand.run / clbCommand.run), and through `node dist/cli.js` when the
 * built CLI dispatches to them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cecCommand } from '../../../core/cli/cec';
import { clbCommand } from '../../../core/cli/clb';
import type { CliCommand } from '../../../core/cli/io';

const EXAMPLE = resolve(__dirname, '../../fixtures/profiles/example.ee-profile.json');
const CLI = resolve(__dirname, '../../../dist/cli.js');

interface Run { code: number; out: string; err: string }

async function run(command: CliCommand, ...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ee cec', () => {
  let dir: string;
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  before(() => { dir = mkdtempSync(join(tmpdir(), 'ee-cec-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the verdict first, then the reasons and a jobs table', async () => {
    const r = await run(cecCommand, EXAMPLE);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.match(lines[0]!, /^Eligible for the Canadian Experience Class as of 2025-11-29/);
    assert.match(r.out, /- 3,270 qualifying hours/);
    assert.match(r.out, /Software developer\s+21232\s+1\s+4,087\.5\s+3,270/);
  });

  it('lists each rule met or not from the core\'s verdicts: 362 days at 70 h/week, TEF on the old scale', async () => {
    // 2024-01-01 .. 2024-12-27 = 362 days → 362 × 30/7 = 1,551.43 h, 2 days (8.57 h) short. TEF (2024 test) reading 250,
    // writing 380, listening 300, speaking 380 on the 0–699 chart: 3, 6, 3, 4 → NCLC 3; NCLC 9 on the old scale.
    const path = file('short.ee-profile.json', JSON.stringify({
      asOf: '2025-11-29',
      jobs: [{ title: 'Developer', noc: '21232', start: '2024-01-01', end: '2024-12-27', hoursPerWeek: 70 }],
      language: { test: 'TEF', date: '2024-03-01', reading: 250, writing: 380, listening: 300, speaking: 380 },
    }));
    const r = await run(cecCommand, path);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Not eligible/);
    // NCLC 3 stops the TEER 1 job, so 0 hours count; the shortfall is then the whole year.
    assert.match(r.out, /NOT met\s+Work experience\s+0 of 1,560 hours: 364 days of full-time work short \(1,560 h\)/);
    assert.match(r.out, /NOT met\s+Language\s+TEF: NCLC 3 \(needs 7\)/);
    assert.match(r.out, /\n\s+met\s+Test validity\s+valid until 2026-02-28/);
    assert.match(r.out, /on the old scale they would read as NCLC 9/);
    assert.ok(!/CLB 3/.test(r.out), 'French levels are NCLC');
    const withClb9 = file('short-en.ee-profile.json', JSON.stringify({
      asOf: '2025-11-29',
      jobs: [{ title: 'Developer', noc: '21232', start: '2024-01-01', end: '2024-12-27', hoursPerWeek: 70 }],
      language: { test: 'CELPIP', date: '2025-01-10', reading: 9, writing: 9, listening: 9, speaking: 9 },
    }));
    const en = await run(cecCommand, withClb9);
    assert.match(en.out, /NOT met\s+Work experience\s+1,551\.43 of 1,560 hours: 2 days of full-time work short \(8\.57 h\)/);
    assert.match(en.out, /\n\s+met\s+Language\s+CELPIP: CLB 9 \(needs 7\)/);
    assert.match(en.out, /Close to the threshold/);
  });

  it('--json prints the CecResult', async () => {
    const r = await run(cecCommand, EXAMPLE, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    for (const key of ['eligible', 'workExperienceMet', 'languageMet', 'testValid', 'hours', 'checks', 'asOf', 'window', 'qualifyingHours', 'requiredHours', 'jobs', 'language', 'notices', 'errors', 'reasons']) assert.ok(key in j, key);
    assert.equal(j['eligible'], true);
    assert.equal(j['qualifyingHours'], 3270); // 763 days × 30/7
    assert.equal(j['requiredHours'], 1560);
  });

  it('--as-of overrides the profile (not eligible: results expired), exit 0', async () => {
    const r = await run(cecCommand, EXAMPLE, '--as-of', '2026-06-01', '--json');
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out) as { eligible: boolean; asOf: string };
    assert.deepEqual([j.eligible, j.asOf], [false, '2026-06-01']);
    const human = await run(cecCommand, EXAMPLE, '--as-of', '2026-06-01');
    assert.match(human.out.split('\n')[0]!, /^Not eligible/);
  });

  it('bad input → exit 2 with a message on stderr', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Missing the profile file/],
      [[join(dir, 'nope.json')], /Cannot read the profile .*no such file/],
      [[dir], /Cannot read the profile .*it is a folder/],
      [[file('trailing.json', '{"jobs": [],}')], /not valid JSON: line 1, column 13/],
      [[file('bad.json', '{\n  "jobs": [\n    { "noc": "21232" \n  ]\n}')], /not valid JSON: line 4, column 3/],
      [[file('empty.json', '')], /not valid JSON/],
      [[file('comment.json', '// hi\n{"jobs": []}')], /comments are not allowed/],
      [[EXAMPLE, '--as-of', '2025-02-30'], /Bad as-of date/],
      [[EXAMPLE, '--bogus'], /Unknown option/],
      [[EXAMPLE, 'extra'], /Unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const r = await run(cecCommand, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.out, '');
    }
  });

  it('a profile with schema problems: each printed with file:line:column and path, exit 2', async () => {
    const path = file('problems.ee-profile.json', '{\n  "jobs": [\n    { "noc": "2123", "start": "2023-02-30", "hoursPerWeek": 30 }\n  ]\n}\n');
    const r = await run(cecCommand, path);
    assert.equal(r.code, 2);
    assert.match(r.err, /has 2 problems/);
    assert.match(r.err, new RegExp(`${path.replace(/[\\.]/g, '\\$&')}:3:14  jobs\\[0\\]\\.noc: NOC "2123"`));
    assert.match(r.err, /:3:31  jobs\[0\]\.start: "start" is 2023-02-30, a date that does not exist/);
    const j = await run(cecCommand, path, '--json');
    assert.equal(j.code, 2);
    assert.equal((JSON.parse(j.out) as { errors: unknown[] }).errors.length, 2);
  });

  it('--help', async () => {
    const r = await run(cecCommand, '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /^ee cec <profile\.json> \[--as-of D\] \[--json\]/);
  });
});

describe('ee clb', () => {
  it('--json prints {test, reading, writing, listening, speaking, min, …}', async () => {
    const r = await run(clbCommand, 'ielts', '7', '6.5', '8', '7', '--date', '2024-05-01', '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as Record<string, unknown>;
    assert.deepEqual(
      { test: j['test'], reading: j['reading'], writing: j['writing'], listening: j['listening'], speaking: j['speaking'], min: j['min'], validUntil: j['validUntil'] },
      { test: 'IELTS', reading: 9, writing: 8, listening: 9, speaking: 9, min: 8, validUntil: '2026-04-30' },
    );
    assert.deepEqual(j['scores'], { reading: 7, writing: 6.5, listening: 8, speaking: 7 });
  });

  it('valid: taken by today and under two years old; null without --date', async () => {
    const iso = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    const valid = async (...extra: string[]): Promise<unknown> =>
      (JSON.parse((await run(clbCommand, 'clb', '7', '7', '7', '7', '--json', ...extra)).out) as { valid: unknown }).valid;
    assert.equal(await valid('--date', iso(-30)), true);
    assert.equal(await valid('--date', iso(-800)), false);
    assert.equal(await valid('--date', iso(30)), false);
    assert.equal(await valid(), null);
  });

  it('human output: the minimum first, then each ability', async () => {
    const r = await run(clbCommand, 'TEF', '450', '430', '470', '460', '--date', '2024-03-01');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out.split('\n')[0]!, /^NCLC 7 \(the lowest of the four abilities\) — TEF Canada/);
    assert.match(r.out, /writing\s+430\s+7/);
    assert.match(r.out, /Chart: TEF Canada \(tests after December 10, 2023\)/);
  });

  it('test names are case-insensitive with aliases', async () => {
    for (const name of ['IELTS', 'ielts', 'Celpip', 'pte', 'PTE-Core', 'pte_core', 'tef', 'TCF', 'clb', 'nclc']) {
      const scores = /pte/i.test(name) ? ['60', '69', '60', '68'] : /tef|tcf/i.test(name) ? ['500', '15', '500', '15'] : ['7', '7', '7', '7'];
      const r = await run(clbCommand, name, ...scores, '--json');
      assert.equal(r.code, 0, `${name}: ${r.err}`);
    }
  });

  it('bad input → exit 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Missing the test name/],
      [['toefl', '1', '2', '3', '4'], /Unknown language test "toefl"/],
      [['ielts', '7', '7', '7'], /Missing the speaking score/],
      [['ielts', '7', '7', '7', 'abc'], /speaking score "abc" is not a number/],
      [['ielts', '9.5', '7', '7', '7'], /IELTS General Training reading score 9\.5 is outside the test's scale \(0–9 in steps of 0\.5\)/],
      [['ielts', '6.3', '7', '7', '7'], /outside the test's scale/],
      [['pte', '95', '70', '70', '70'], /PTE Core reading score 95 is outside the test's scale \(10–90/],
      [['celpip', '-1', '7', '7', '7'], /cannot be negative/],
      [['tcf', '500', '21', '500', '10'], /TCF Canada writing score 21/],
      [['ielts', '7', '7', '7', '7', '--date', '2024-02-30'], /Bad test date/],
      [['ielts', '7', '7', '7', '7', '8'], /Unexpected argument "8"/],
    ];
    for (const [args, message] of cases) {
      const r = await run(clbCommand, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
    }
  });

  it('--help', async () => {
    const r = await run(clbCommand, '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /^ee clb <test> <reading> <writing> <listening> <speaking>/);
  });
});

describe('ee cec / ee clb through node dist/cli.js', function () {
  const ee = (...args: string[]): Run => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
  };
  before(function () {
    // Runs once dist/cli.js is built (npm run build) and core/cli/main.ts dispatches to these commands.
    if (!existsSync(CLI) || ee('cec', '--help').code !== 0) this.skip();
  });

  it('ee cec example --json', () => {
    const r = ee('cec', EXAMPLE, '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as { eligible: boolean }).eligible, true);
  });

  it('ee clb ielts 7 6.5 8 7 --json', () => {
    const r = ee('clb', 'ielts', '7', '6.5', '8', '7', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as { min: number }).min, 8);
  });

  it('bad input exits 2', () => {
    assert.equal(ee('cec', '/nonexistent/profile.json').code, 2);
    assert.equal(ee('clb', 'ielts', '10', '7', '7', '7').code, 2);
  });
});
