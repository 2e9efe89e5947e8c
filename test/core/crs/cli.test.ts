/** `ee crs`: in process through main(argv, io), and once through the built `node dist/cli.js`. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ee, requireBuiltCli } from '../cli/run';
import { recompute, type Candidate } from './recompute';

const CANDIDATE = resolve(__dirname, '../../fixtures/profiles/candidate.ee-profile.json');
const CLI = resolve(__dirname, '../../../dist/cli.js');

/** Runs `node args…`; resolves with the exit code and the output, whatever the exit code. */
function cliProcess(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = execFile(process.execPath, args, { encoding: 'utf8' }, (_e, stdout, stderr) => ok({ status: child.exitCode, stdout, stderr }));
  });
}

/** The fixture's candidate, read by hand: CELPIP 9/9/10/9 = CLB 9/9/10/9; TEF 2023 chart 440/430/450/460 = NCLC 7
 * in all four; spouse IELTS 6.5/6.5/7.5/6.5 = CLB 8; 2023-01-09 to 2025-11-29 at 40 h = 1,056 days × 30/7 h = 2 years;
 * 2019-06-01 to 2022-10-31 abroad = 1,249 days × 30/7 h = 3 years; born 1996-03-14: 29 on 2025-11-29. */
const FIXTURE: Candidate = {
  age: 29, spouse: true, edu: 'masters', canadianEdu: 'one-or-two-year', first: [9, 9, 10, 9], second: [7, 7, 7, 7], cw: 2, fw: 3,
  spouseEdu: 'bachelors', spouseLang: [8, 8, 8, 8], spouseCw: 1, sibling: true,
};

interface Run { code: number; out: string; err: string }
async function run(...args: string[]): Promise<Run> {
  const r = await ee(['crs', ...args]);
  return { code: r.code, out: r.out.replace(/\n$/, ''), err: r.err.replace(/\n$/, '') };
}

describe('ee crs', () => {
  let dir: string;
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  before(() => { dir = mkdtempSync(join(tmpdir(), 'ee-crs-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the headline, the sections with their factor lines, notes and what-ifs', async () => {
    const r = await run(CANDIDATE);
    assert.equal(r.code, 0, r.err);
    const e = recompute(FIXTURE, '2025-11-29');
    assert.match(r.out.split('\n')[0]!, new RegExp(`^CRS ${e.total} · rules of 2025-03-25 \\(crs-2025-03-25`));
    assert.match(r.out, new RegExp(`Core / human capital: ${e.core} / 460`));
    assert.match(r.out, new RegExp(`Spouse or common-law partner: ${e.spouse} / 40`));
    assert.match(r.out, new RegExp(`Skill transferability: ${e.transfer} / 100`));
    assert.match(r.out, new RegExp(`Additional points: ${e.additional} / 600`));
    assert.match(r.out, /Age 29: 100 points/);
    assert.match(r.out, /Canadian work: 2 years \(from jobs/);
    assert.match(r.out, /Caps applied:\n {2}- Education combinations capped at 50/);
    assert.match(r.out, /2026-03-14 {2}Birthday: age 30/);
    assert.match(r.out, /What if:/);
  });

  it('--json prints the result with exactly the four sections', async () => {
    const r = await run(CANDIDATE, '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { total: number; sections: Record<string, unknown>; rules: { id: string; inForceFrom: string } };
    assert.deepEqual(Object.keys(j.sections), ['coreHumanCapital', 'spouse', 'skillTransferability', 'additional']);
    assert.equal(j.total, recompute(FIXTURE, '2025-11-29').total);
    assert.deepEqual(j.rules.inForceFrom, '2025-03-25');
  });

  it('--as-of scores under the rules of that date; --rules applies a proposal only when asked', async () => {
    const old = JSON.parse((await run(CANDIDATE, '--as-of', '2017-06-05', '--json')).out) as { rules: { id: string } };
    assert.equal(old.rules.id, 'crs-2016-11-19');
    const proposed = await run(CANDIDATE, '--rules', 'proposed-2026');
    assert.match(proposed.out, /· rules proposed-2026 \(not in force\)/);
    assert.match(proposed.out, /not in force/);
    const unknown = await run(CANDIDATE, '--rules', 'nope');
    assert.equal(unknown.code, 2);
  });

  it('a malformed profile exits 2 with every reason and its line, never a stack trace', async () => {
    const bad = file('bad.ee-profile.json', '{\n  "jobs": [],\n  "age": "thirty",\n  "education": { "level": "phd" }\n}\n');
    const r = await run(bad);
    assert.equal(r.code, 2);
    assert.match(r.err, /2 problems/);
    assert.match(r.err, /bad\.ee-profile\.json:3:\d+ {2}age: /);
    assert.match(r.err, /:4:\d+ {2}education\.level: .*"phd"/);
    assert.doesNotMatch(r.err, /at .*\.ts:\d+/);
    for (const [name, text] of [['syntax.json', '{"jobs": ['], ['empty.json', ''], ['list.json', '[]']] as const) {
      const x = await run(file(name, text));
      assert.equal(x.code, 2, name);
      assert.match(x.err, /^ee crs: /, name);
    }
    assert.equal((await run(join(dir, 'missing.json'))).code, 2);
    assert.equal((await run(CANDIDATE, '--as-of', '2025-02-30')).code, 2);
    assert.equal((await run()).code, 2);
  });

  it('docs/crs.md shows the real output for the example candidate', async () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/crs.md'), 'utf8');
    const block = /\$ ee crs test\/fixtures\/profiles\/candidate\.ee-profile\.json\n([\s\S]*?)\n```/.exec(doc);
    assert.ok(block, 'the example block in docs/crs.md');
    assert.equal(block[1], (await run(CANDIDATE)).out);
  });

  it('runs as `node dist/cli.js crs` (the built CLI)', async function () {
    requireBuiltCli(this);
    // Both processes at once: they are independent.
    const [r, bad] = await Promise.all([
      cliProcess([CLI, 'crs', CANDIDATE, '--json']),
      cliProcess([CLI, 'crs', join(dir, 'missing.json')]),
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { total: number }).total, recompute(FIXTURE, '2025-11-29').total);
    assert.equal(bad.status, 2);
  });
});
