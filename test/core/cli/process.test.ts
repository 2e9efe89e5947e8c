/**
 * The built `ee` as a process (node dist/cli.js): what only a real process shows. Exit codes as the shell sees them,
 * stdout/stderr separation, and a reader that closes the pipe early (`ee draws | head -1`). Everything else runs
 * in process (run.ts).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BUILT_CLI, NO_CACHE, requireBuiltCli } from './run';

interface Proc {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/** Runs dist/cli.js; with `closeStdout`, our end of its stdout is closed at once, as `head` does after a line. */
function eeProcess(args: readonly string[], closeStdout = false): Promise<Proc> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { env: { ...process.env, EE_CACHE_DIR: NO_CACHE } });
    let out = '';
    let err = '';
    if (closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code, signal, out, err }));
  });
}

describe('ee as a process (node dist/cli.js)', function () {
  this.timeout(20_000);
  before(function () {
    requireBuiltCli(this);
  });

  it('exit codes as the shell sees them: 0 found, 1 nothing found (--json: null), 2 bad input; stdout and stderr apart', async () => {
    const [found, none, bad, unknown] = await Promise.all([
      eeProcess(['cutoff', 'CEC', '2025-11-29', '--json']),
      eeProcess(['cutoff', 'CEC', '2014-01-01', '--json']),
      eeProcess(['stats', 'CEC', '-n', '3']),
      // Thrown inside a command's own bundle (dist/cli/*.js), not the dispatcher's.
      eeProcess(['cutoff', 'astronauts']),
    ]);
    assert.equal(found.code, 0, found.err);
    assert.equal((JSON.parse(found.out) as { category: string }).category, 'CEC');
    assert.deepEqual([none.code, none.out], [1, 'null\n']);
    assert.equal(none.err.split('\n')[0], 'No Canadian Experience Class round on or before 2014-01-01.');
    assert.deepEqual([bad.code, bad.out], [2, '']);
    assert.match(bad.err, /^ee stats: Unknown option "-n"/);
    assert.deepEqual([unknown.code, unknown.out], [2, '']);
    assert.match(unknown.err, /^ee cutoff: Unknown category "astronauts"/);
    // On this machine's real date the bundled data may be old: a note after the answer, on stderr only.
    assert.match(found.err + none.err.split('\n').slice(1).join('\n'), /^(Note: The data ends with the round of .*\n)?$/);
  });

  it('a reader that stops early (ee draws | head -1): exit 0, nothing on stderr', async () => {
    const cases = [['draws'], ['draws', '--format', 'csv'], ['cec', resolve(__dirname, '../../fixtures/profiles/example.ee-profile.json')]];
    // The three processes run side by side (each is independent), then each is checked.
    const results = await Promise.all(cases.map((args) => eeProcess(args, true)));
    for (const [i, args] of cases.entries()) {
      const r = results[i]!;
      assert.deepEqual([r.code, r.signal], [0, null], args.join(' '));
      assert.match(r.err, /^(Note: The data ends with the round of .*\n)?$/, `${args.join(' ')}: nothing but the old-data note on stderr`);
    }
  });
});
