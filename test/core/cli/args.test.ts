/** The one argument path of `ee`: help, bad input, contradictions, clipping, ranges (in process). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ee } from './run';

/** The command names `ee --help` lists. */
async function commandNames(): Promise<string[]> {
  const help = (await ee(['--help'])).out;
  const list = help.slice(help.indexOf('Commands:')).split('\n\n')[0]!.split('\n').slice(1);
  return list.map((l) => l.trim().split(/\s+/)[0]!);
}

/** Commands whose examples can run here (no network, no profile file). */
const RUNNABLE_EXAMPLES = new Set(['latest', 'cutoff', 'draws', 'counts', 'stats', 'pool', 'clb']);

describe('ee --help and every command\'s --help', () => {
  it('ee --help lists the commands, the exit codes, on stdout with exit 0; ee alone is exit 2 with the list on stderr', async () => {
    const r = await ee(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /Commands:/);
    assert.match(r.out, /Exit codes: 0 ok, 1 nothing found \(with --json: null on stdout\) or a failed refresh, 2 bad input, 3 unexpected error\./);
    assert.deepEqual(await ee(['-h']), r);
    const bare = await ee([]);
    assert.deepEqual([bare.code, bare.out], [2, '']);
    assert.match(bare.err, /Commands:/);
    const names = await commandNames();
    for (const c of ['latest', 'cutoff', 'draws', 'counts', 'stats', 'pool', 'cec', 'clb', 'refresh']) assert.ok(names.includes(c), c);
  });

  it('every command: the same sections, -h alike, every option it lists is accepted, examples run', async function () {
    this.timeout(20_000);
    for (const name of await commandNames()) {
      const r = await ee([name, '--help']);
      assert.equal(r.code, 0, name);
      assert.equal(r.err, '');
      assert.match(r.out, new RegExp(`^ee ${name}( |$)`), name);
      for (const section of ['\nOptions:\n', '\nExit codes: 0 ', '\nExamples:\n', '  --json ', '  --help ']) assert.ok(r.out.includes(section), `${name}: ${section}`);
      assert.deepEqual(await ee([name, '-h']), r, `${name} -h`);
      assert.deepEqual(await ee([name, 'whatever', '--bogus', '--help']), r, 'help wins over other arguments');
      const options = [...r.out.matchAll(/^ {2}--([a-z-]+)( \S+)?/gm)].map((m) => [m[1]!, m[2] !== undefined] as const);
      // More arguments than any command takes: the parser stops at them after accepting the option, so nothing runs.
      const tooMany = Array.from({ length: 8 }, () => 'extra');
      for (const [option, takesValue] of options) {
        if (option === 'help') continue;
        const t = await ee([name, `--${option}`, ...(takesValue ? ['x'] : []), ...tooMany]);
        assert.equal(t.code, 2, `${name} --${option}`);
        assert.match(t.err, /Unexpected argument "extra"/, `${name} --${option}`);
      }
      if (RUNNABLE_EXAMPLES.has(name)) {
        const examples = r.out.slice(r.out.indexOf('\nExamples:\n') + 11).trim().split('\n');
        for (const example of examples) {
          const args = example.trim().replace(/ >.*$/, '').split(' ').slice(1);
          const e = await ee(args);
          assert.equal(e.code, 0, `${example}: ${e.err}`);
        }
      }
    }
  });
});

describe('docs/cli.md', () => {
  it("carries every command's current --help", async () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/cli.md'), 'utf8');
    for (const name of await commandNames()) {
      const help = (await ee([name, '--help'])).out.trimEnd();
      assert.ok(doc.includes(`### \`ee ${name}\`\n\n\`\`\`text\n${help}\n\`\`\``), `docs/cli.md: the help of ee ${name} is missing or out of date`);
    }
  });
});

describe('ee bad input: exit 2, a clear message on stderr, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['cutoff', 'astronauts'], /Unknown category "astronauts"/],
    [['cutoff', 'CEC', '2025-02-30'], /Bad date "2025-02-30"/],
    [['cutoff'], /Missing the category/],
    [['stats'], /Missing the category/],
    [['counts', '--year', 'twenty'], /Bad year "twenty"/],
    [['draws', '--format', 'xml'], /--format must be table, csv or json, not "xml"/],
    [['draws', '--from', '2025-05-01', '--to', '2025-01-01'], /--from 2025-05-01 is after --to 2025-01-01/],
    [['stats', 'CEC', '--last', '0'], /--last must be a whole number of at least 1, not "0"/],
    [['stats', 'CEC', '--last', '-3'], /--last must be a whole number of at least 1, not "-3"/],
    [['stats', 'CEC', '--last'], /--last needs a value \(N\)/],
    [['stats', 'CEC', '--last', '--json'], /--last needs a value \(N\)/],
    [['latest', '--bogus'], /Unknown option "--bogus"/],
    [['latest', '--json=yes'], /--json takes no value/],
    [['latest', '--json', '--json'], /--json is given twice/],
    [['latest', '2025-01-01', 'extra'], /Unexpected argument "extra"/],
    [['cutoff', 'CEC', '--cache-dir'], /--cache-dir needs a value \(DIR\)/],
    [['cutoff', 'CEC', '--cache-dir='], /--cache-dir needs a value \(DIR\)/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' ') || '(nothing)', async () => {
      const r = await ee(args);
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  it("Node's parser never speaks: no abbreviations, no undocumented short options, no 'ambiguous'", async () => {
    for (const args of [['stats', 'CEC', '-n', '3'], ['stats', 'CEC', '--la', '3'], ['draws', '-c', 'CEC'], ['stats', 'CEC', '--last', '-3'], ['latest', '-x']]) {
      const r = await ee(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.doesNotMatch(r.err, /ambiguous|ERR_PARSE_ARGS|To specify a positional|parseArgs/i, args.join(' '));
    }
    assert.match((await ee(['stats', 'CEC', '-n', '3'])).err, /^ee stats: Unknown option "-n" \(options are written in full, e.g. --json\)\.\nUsage: ee stats <category> \[options\]/);
  });

  it('contradictory arguments are exit 2, never silently one of them', async () => {
    const cases: [string[], RegExp][] = [
      [['cutoff', 'CEC', '2024-01-01', '--date', '2025-11-29'], /The date is given twice \("2024-01-01" and --date "2025-11-29"\); give it once\./],
      [['latest', '2024-01-01', '--date', '2025-11-29'], /The date is given twice/],
      [['pool', '2024-01-01', '--date', '2025-11-29'], /The date is given twice/],
      [['counts', '--year', '2025', '--from', '2025-01-01'], /Use either --year or --from\/--to, not both/],
      [['stats', 'CEC', '--last', '5', '--to', '2025-01-01'], /Use either --last or --from\/--to, not both/],
      [['draws', '--json', '--format', 'csv'], /--json and --format csv contradict each other/],
      [['cutoff', 'CEC', '--date', '2024-01-01', '--date', '2025-01-01'], /--date is given twice/],
    ];
    for (const [args, message] of cases) {
      const r = await ee(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.out, '');
    }
    assert.equal((await ee(['draws', '--json', '--format', 'json', '--from', '2026-01-01'])).code, 0);
  });

  it('out-of-range years and dates are exit 2 alike (1900–9999)', async () => {
    const cases: [string[], RegExp][] = [
      [['counts', '--year', '1800'], /Bad year "1800": use a year from 1900 to 9999/],
      [['counts', '--from', '1800-01-01'], /The start date 1800-01-01 is out of range: use a date from 1900-01-01 to 9999-12-31/],
      [['draws', '--to', '1899-12-31'], /The end date 1899-12-31 is out of range/],
      [['cutoff', 'CEC', '1800-01-01'], /The date 1800-01-01 is out of range/],
      [['stats', 'CEC', '--as-of', '1800-01-01'], /The as-of date 1800-01-01 is out of range/],
      [['counts', '--year', '99999'], /Bad year "99999"/],
      [['stats', 'CEC', '--last', '100001'], /--last 100001 is out of range/],
    ];
    for (const [args, message] of cases) {
      const r = await ee(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message, args.join(' '));
    }
    // The edges themselves are fine (nothing found there: exit 1).
    assert.equal((await ee(['counts', '--year', '1900'])).code, 1);
    assert.equal((await ee(['counts', '--from', '1900-01-01', '--to', '1900-12-31'])).code, 1);
  });

  it('a 5,000-character value is never echoed whole, wherever it is typed', async () => {
    const long = (c: string): string => c.repeat(5000);
    const cases: string[][] = [
      ['cutoff', 'CEC', long('9')],
      ['cutoff', 'CEC', long('x')],
      ['cutoff', long('x')],
      ['cutoff', 'CEC', '--date', long('2')],
      ['latest', long('1')],
      ['pool', '--date', long('x')],
      ['draws', '--from', long('x')],
      ['draws', '--category', long('x')],
      ['draws', '--format', long('x')],
      ['draws', `--${long('x')}`],
      ['counts', '--year', long('9')],
      ['counts', '--year', long('x')],
      ['stats', 'CEC', '--last', long('9')],
      ['stats', 'CEC', '--last', long('x')],
      ['stats', 'CEC', '--as-of', long('x')],
      ['clb', long('x'), '7', '7', '7', '7'],
      ['clb', 'ielts', '7', '7', '7', long('9')],
      ['clb', 'ielts', '7', '7', '7', long('x')],
      ['clb', 'ielts', '7', '7', '7', '7', '--date', long('x')],
      ['cec', long('x')],
      ['cec', 'x.json', '--as-of', long('x')],
      ['refresh', '--timeout', long('9')],
      ['latest', '2025-01-01', long('x')],
      [long('x')],
    ];
    for (const args of cases) {
      const r = await ee(args);
      const label = args.map((a) => (a.length > 20 ? `${a.slice(0, 5)}…(${a.length})` : a)).join(' ');
      assert.equal(r.code, 2, `${label}: ${r.err.slice(0, 200)}`);
      assert.ok(r.err.length < 600, `${label}: ${r.err.length} characters on stderr`);
      assert.doesNotMatch(r.err, /(.)\1{80}/, label);
    }
  });
});
