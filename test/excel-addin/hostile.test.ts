/**
 * Hostile input for every registered EE function, through the built functions.js run the way Excel's runtime runs
 * it (a V8 context with only a CustomFunctions stand-in). For every function, every argument position and every
 * value of a catalogue of bad inputs (empty cells, wrong types, NaN/Infinity, huge and negative numbers, Excel-error
 * shaped objects, ranges where a value is expected, 100,000-character text, markup, prototype names…), the call
 * returns an Excel value or throws CustomFunctions.Error #VALUE!/#N/A with a short message: never a raw exception,
 * never `undefined`, always quickly. Then 10,000-row job ranges for EE.CEC_HOURS/EE.CEC_ELIGIBLE and large spills.
 */
import assert from 'node:assert/strict';
import { ensureBuilt, loadBundle, readFunctionsJson, type LoadedBundle } from './helpers/bundle';
import type { FunctionsJson } from '../../excel-addin/hyperformula';
import { serialOf } from './helpers/recount';

type Fn = (...args: unknown[]) => unknown;

const JOB: readonly unknown[] = [serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232];
const AS_OF = '2025-01-01';

/** A valid value for every parameter (required and optional) of each non-streaming function. */
const VALID: Record<string, readonly unknown[]> = {
  CRS_CUTOFF: ['CEC', 45990],
  ITAS: ['CEC', 45990],
  LAST_DRAW: ['CEC', 45990],
  DRAW: [434, 'crs'],
  DRAWS: ['CEC', '2025-01-01', '2025-12-31', true],
  DRAW_COUNT: ['CEC', 2025, 2025],
  TOTAL_ITAS: ['CEC', 2025, 2026],
  CUTOFF_STATS: ['CEC', 10, 'MEAN'],
  CATEGORIES: [],
  POOL: [46241, true],
  CLB: ['IELTS', 7, 7, 7, 7, '2024-05-01'],
  CEC_HOURS: [[JOB], AS_OF],
  CEC_ELIGIBLE: [[JOB], 7, AS_OF],
  DATA_INFO: ['round'],
  CRS: [[['Field', 'Value'], ['age', 29], ['education.level', 'bachelors']], AS_OF],
  CRS_DETAIL: [[['age', 29], ['education.level', 'bachelors']], AS_OF],
  OUTLOOK: [480, 'CEC', 10, AS_OF],
  POOL_RANK: [480, AS_OF],
  CATEGORY_ELIGIBLE: [[JOB], 'STEM', AS_OF, true],
};

const LONG_TEXT = 'x'.repeat(100_000);
const LONG_DIGITS = '9'.repeat(100_000);
const BIG_RANGE: unknown[][] = Array.from({ length: 10_000 }, (_, i) => [i % 3 === 0 ? null : i % 3 === 1 ? 'CEC' : i]);

/**
 * The catalogue. `exotic` values (a throwing getter, symbols…) never reach a function from Excel: for them only
 * "no raw exception" is required, not a specific message.
 */
function hostileValues(cf: LoadedBundle['cf']): Array<{ name: string; value: unknown; exotic?: boolean }> {
  return [
    { name: 'null (empty cell)', value: null },
    { name: 'undefined (omitted)', value: undefined },
    { name: 'empty text', value: '' },
    { name: 'blank text', value: '   ' },
    { name: 'TRUE', value: true },
    { name: 'FALSE', value: false },
    { name: '0', value: 0 },
    { name: '-1', value: -1 },
    { name: '-434', value: -434 },
    { name: '1.5', value: 1.5 },
    { name: '434', value: 434 },
    { name: '1e308', value: 1e308 },
    { name: '-1e308', value: -1e308 },
    { name: 'MAX_SAFE_INTEGER', value: Number.MAX_SAFE_INTEGER },
    { name: 'NaN', value: Number.NaN },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY },
    { name: '-Infinity', value: Number.NEGATIVE_INFINITY },
    { name: 'text', value: 'text' },
    { name: 'number as text', value: '7' },
    { name: 'impossible date text', value: '2025-13-45' },
    { name: 'constructor', value: 'constructor' },
    { name: '__proto__', value: '__proto__' },
    { name: 'toString', value: 'toString' },
    { name: 'hasOwnProperty', value: 'hasOwnProperty' },
    { name: '100,000 characters', value: LONG_TEXT },
    { name: '100,000 digits', value: LONG_DIGITS },
    { name: '<script>', value: '<script>window.__pwned=1</script>' },
    { name: '<img onerror>', value: '<img src=x onerror="window.__pwned=1">' },
    { name: 'javascript: link', value: 'javascript:alert(1)' },
    { name: 'NUL and a lone surrogate', value: '\u0000\ud800' },
    { name: 'Excel error #N/A', value: { code: '#N/A', message: 'upstream' } },
    { name: 'Excel error #VALUE!', value: { code: '#VALUE!' } },
    { name: 'CustomFunctions.Error #DIV/0!', value: new cf.Error('#DIV/0!', 'upstream') },
    { name: 'new Error()', value: new Error('boom') },
    { name: 'empty object', value: {} },
    { name: 'null-prototype object', value: Object.create(null) as unknown },
    { name: '1×1 range', value: [[1]] },
    { name: '1×1 range of text', value: [['CEC']] },
    { name: 'range with an empty row', value: [[]] },
    { name: 'empty array', value: [] },
    { name: 'flat array', value: [1, 2, 3] },
    { name: 'nested arrays', value: [[[[1]]]] },
    { name: '10,000-row range', value: BIG_RANGE },
    { name: 'a Date object', value: new Date(0), exotic: true },
    { name: 'a symbol', value: Symbol('s'), exotic: true },
    { name: 'a bigint', value: 10n, exotic: true },
    { name: 'a function', value: () => 1, exotic: true },
    {
      name: 'an object whose getters throw',
      value: new Proxy({}, { get: () => { throw new Error('getter'); } }),
      exotic: true,
    },
  ];
}

const PER_CALL_MS = 2_000;

type Outcome = { kind: 'value'; value: unknown; ms: number } | { kind: 'error'; code: string; message: string; ms: number };

function isScalar(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';
}

/** An Excel value: a finite number, text, a boolean, or a non-empty rectangular 2-D array of those. */
function isExcelValue(v: unknown): boolean {
  if (isScalar(v)) return true;
  if (!Array.isArray(v) || v.length === 0) return false;
  const width = Array.isArray(v[0]) ? (v[0] as unknown[]).length : -1;
  if (width < 1) return false;
  return v.every((row: unknown) => Array.isArray(row) && row.length === width && row.every(isScalar));
}

describe('excel-addin: hostile input to every function (built functions.js)', function () {
  this.timeout(120_000);
  let meta: FunctionsJson;
  let bundle: LoadedBundle;
  let reg: (id: string) => Fn;

  function call(id: string, args: readonly unknown[], label: string): Outcome {
    const fn = reg(id);
    const t0 = performance.now();
    let result: Outcome;
    try {
      const value = fn(...args);
      result = { kind: 'value', value, ms: performance.now() - t0 };
    } catch (e) {
      const ms = performance.now() - t0;
      assert.ok(e instanceof bundle.cf.Error, `${label}: threw a raw exception: ${String(e)}`);
      result = { kind: 'error', code: e.code, message: e.message ?? '', ms };
    }
    assert.ok(result.ms < PER_CALL_MS, `${label}: took ${result.ms.toFixed(0)} ms`);
    if (result.kind === 'value') {
      assert.ok(isExcelValue(result.value), `${label}: returned ${String(result.value)}, not an Excel value`);
    } else {
      assert.ok(result.code === '#VALUE!' || result.code === '#N/A', `${label}: error code ${result.code}`);
      assert.ok(result.message.trim().length > 0, `${label}: an error without a message`);
      assert.ok(result.message.length <= 500, `${label}: a message of ${result.message.length} characters`);
    }
    return result;
  }

  before(async () => {
    await ensureBuilt();
    meta = readFunctionsJson();
    bundle = loadBundle();
    reg = (id) => {
      const fn = bundle.cf.registrations.get(id);
      assert.ok(fn, `${id} is registered`);
      return fn as Fn;
    };
    // The first call loads and indexes the bundled snapshot: not part of any call's time below.
    reg('CRS_CUTOFF')('CEC');
  });

  it('has a valid argument list for every registered function (so new functions get tested)', () => {
    for (const f of meta.functions) {
      if (f.options?.stream) continue;
      const valid = VALID[f.id];
      assert.ok(valid, `VALID has ${f.id}`);
      assert.equal(valid.length, f.parameters.length, `${f.id}: one valid value per parameter`);
      const out = call(f.id, valid, `${f.id}(valid)`);
      assert.equal(out.kind, 'value', `${f.id} with valid arguments answers`);
    }
  });

  it('every function, every argument position, every hostile value: an Excel value or #VALUE!/#N/A, never a raw exception', () => {
    let calls = 0;
    let slowest = 0;
    for (const f of meta.functions) {
      if (f.options?.stream) continue;
      const valid = VALID[f.id]!;
      for (const h of hostileValues(bundle.cf)) {
        const runs: Array<[string, unknown[]]> = valid.map((_, i) => {
          const args = [...valid];
          args[i] = h.value;
          return [`${f.id} with ${f.parameters[i]!.name} = ${h.name}`, args];
        });
        runs.push([`${f.id} with every argument = ${h.name}`, valid.map(() => h.value)]);
        for (const [label, args] of runs) {
          const out = call(f.id, args, label);
          calls++;
          slowest = Math.max(slowest, out.ms);
          if (out.kind === 'error' && !h.exotic) {
            assert.doesNotMatch(out.message, /^Unexpected problem/, `${label}: ${out.message}`);
          }
        }
      }
      // No arguments at all.
      const none = call(f.id, [], `${f.id}()`);
      if (f.parameters.some((p) => !p.optional)) {
        assert.equal(none.kind, 'error', `${f.id}() without its required arguments`);
      }
      calls++;
    }
    assert.ok(calls > 1000, `${calls} calls`);
  });

  it('an empty cell in a required position is #VALUE! "Missing …"; in an optional one it is the same as omitting it', () => {
    for (const f of meta.functions) {
      if (f.options?.stream) continue;
      const valid = VALID[f.id]!;
      f.parameters.forEach((p, i) => {
        const answers = [null, undefined, '', '  '].map((empty) => {
          const args = [...valid];
          args[i] = empty;
          return call(f.id, args, `${f.id} with ${p.name} empty (${JSON.stringify(empty)})`);
        });
        if (!p.optional) {
          for (const a of answers) {
            assert.equal(a.kind, 'error', `${f.id}: ${p.name} empty`);
            if (a.kind === 'error') {
              assert.equal(a.code, '#VALUE!');
              assert.match(a.message, /Missing/, `${f.id}: ${p.name} empty: ${a.message}`);
            }
          }
        } else {
          const strip = (o: Outcome): unknown => (o.kind === 'value' ? JSON.stringify(o.value) : `${o.code} ${o.message}`);
          const first = strip(answers[0]!);
          for (const a of answers) assert.equal(strip(a), first, `${f.id}: an empty ${p.name} is the same as omitting it`);
        }
      });
    }
  });

  it('text in a number position and numbers in a text position are #VALUE! naming the argument', () => {
    const cases: Array<[string, unknown[], RegExp]> = [
      ['CRS_CUTOFF', [434], /category/],
      ['DRAWS', [true], /category/],
      ['CLB', [7, 7, 7, 7, 7], /test/],
      ['CLB', ['IELTS', 'seven', 7, 7, 7], /reading score/],
      ['CEC_ELIGIBLE', [[JOB], 'seven'], /clb/],
      ['CUTOFF_STATS', ['CEC', 'ten'], /last_n/],
      ['DRAW', [434, 7], /field/],
      ['POOL', [46241, 'maybe'], /headers/],
      ['CRS_CUTOFF', ['CEC', true], /date/],
    ];
    for (const [id, args, what] of cases) {
      const out = call(id, args, `${id}(${JSON.stringify(args)})`);
      assert.equal(out.kind, 'error', `${id} ${JSON.stringify(args)}`);
      if (out.kind === 'error') {
        assert.equal(out.code, '#VALUE!');
        assert.match(out.message, what);
      }
    }
  });

  it('Excel errors as inputs are #VALUE! naming the error, not a crash', () => {
    const out = call('CRS_CUTOFF', [{ code: '#N/A' }], 'CRS_CUTOFF(#N/A)');
    assert.equal(out.kind, 'error');
    if (out.kind === 'error') assert.match(out.message, /the error #N\/A/);
    const d = call('CRS_CUTOFF', ['CEC', new bundle.cf.Error('#DIV/0!')], 'CRS_CUTOFF("CEC", #DIV/0!)');
    assert.equal(d.kind, 'error');
    if (d.kind === 'error') assert.match(d.message, /the error #DIV\/0!/);
  });

  it('names of Object.prototype members are not fields, stats, tests or categories (regression)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      for (const [id, args] of [
        ['DRAW', [434, name]],
        ['CUTOFF_STATS', ['CEC', 5, name]],
        ['CLB', [name, 7, 7, 7, 7]],
        ['CRS_CUTOFF', [name]],
      ] as Array<[string, unknown[]]>) {
        const out = call(id, args, `${id}(${JSON.stringify(args)})`);
        assert.equal(out.kind, 'error', `${id} with "${name}" must be #VALUE!, got ${out.kind === 'value' ? JSON.stringify(out.value) : ''}`);
        if (out.kind === 'error') {
          assert.equal(out.code, '#VALUE!');
          assert.doesNotMatch(out.message, /Unexpected problem/);
        }
      }
    }
  });

  it('100,000-character text is refused with a short message that does not echo it', () => {
    for (const [id, args] of [
      ['CRS_CUTOFF', [LONG_TEXT]],
      ['CRS_CUTOFF', [`CEC${' '.repeat(99_997)}`]],
      ['CLB', [LONG_TEXT, 7, 7, 7, 7]],
      ['DRAW', [LONG_TEXT]],
      ['DRAWS', ['CEC', LONG_DIGITS]],
    ] as Array<[string, unknown[]]>) {
      const out = call(id, args, `${id}(100,000 characters)`);
      assert.equal(out.kind, 'error');
      if (out.kind === 'error') {
        assert.equal(out.code, '#VALUE!');
        assert.ok(out.message.length < 300, `${id}: ${out.message.length} characters`);
      }
    }
  });

  it('EE.LATEST (streaming) with every hostile category: one synchronous result (number or error), no raw exception, cancels cleanly', () => {
    const latest = reg('LATEST');
    const store = (bundle.context as { EEAddin?: { store: { listenerCount(): number } } }).EEAddin!.store;
    const before = store.listenerCount();
    for (const h of hostileValues(bundle.cf)) {
      const results: unknown[] = [];
      const inv = { setResult: (v: unknown) => results.push(v), onCanceled: (): void => undefined };
      assert.doesNotThrow(() => latest(h.value, inv), `LATEST(${h.name})`);
      assert.equal(results.length, 1, `LATEST(${h.name}) sets one result`);
      const r = results[0];
      assert.ok((typeof r === 'number' && Number.isFinite(r)) || r instanceof bundle.cf.Error, `LATEST(${h.name}) → ${String(r)}`);
      inv.onCanceled();
    }
    assert.equal(store.listenerCount(), before, 'every cancelled stream unsubscribed');
  });

  describe('10,000-row job ranges (EE.CEC_HOURS, EE.CEC_ELIGIBLE)', () => {
    const LIMIT_MS = 5_000;
    function timed<T>(label: string, body: () => T): T {
      const t0 = performance.now();
      const out = body();
      const ms = performance.now() - t0;
      assert.ok(ms < LIMIT_MS, `${label}: ${ms.toFixed(0)} ms`);
      return out;
    }
    function value(id: string, args: unknown[]): unknown {
      return timed(id, () => reg(id)(...args));
    }
    function error(id: string, args: unknown[]): { code: string; message: string } {
      return timed(id, () => {
        try {
          reg(id)(...args);
        } catch (e) {
          assert.ok(e instanceof bundle.cf.Error, `raw exception ${String(e)}`);
          return { code: e.code, message: e.message ?? '' };
        }
        throw new Error(`${id}: expected an error`);
      });
    }

    it('1,000 jobs (the most a range may list): the daily cap holds across them, in bounded time', () => {
      // 1,000 jobs of 0.03 h a week are one job of 30 h a week.
      const small = Array.from({ length: 1_000 }, () => [JOB[0], JOB[1], 0.03, JOB[3]]);
      const one = value('CEC_HOURS', [[[JOB[0], JOB[1], 30, JOB[3]]], AS_OF]);
      assert.ok(typeof one === 'number' && one > 0);
      assert.equal(value('CEC_HOURS', [small, AS_OF]), one);
      // 1,000 copies of a 37.5 h job: 30/7 h on every day they touch, so at least the one job and at most 30 × 157.
      const many = Array.from({ length: 1_000 }, () => [...JOB]);
      const capped = value('CEC_HOURS', [many, AS_OF]);
      const single = value('CEC_HOURS', [[JOB], AS_OF]);
      assert.ok(typeof capped === 'number' && typeof single === 'number' && capped >= single && capped <= 30 * 157 + 1e-6, `${String(capped)} vs ${String(single)}`);
      assert.equal(value('CEC_ELIGIBLE', [many, 7, AS_OF]), true);
    });

    it('10,000 jobs: #VALUE! "more than 1,000 jobs" naming the row, at once', () => {
      const many = Array.from({ length: 10_000 }, () => [...JOB]);
      for (const [id, args] of [['CEC_HOURS', [many, AS_OF]], ['CEC_ELIGIBLE', [many, 7, AS_OF]]] as Array<[string, unknown[]]>) {
        const t0 = performance.now();
        const e = error(id, args);
        assert.ok(performance.now() - t0 < 1_000);
        assert.equal(e.code, '#VALUE!');
        assert.match(e.message, /more than 1,000 jobs \(row 1001 is job 1,001\)/);
      }
    });

    it('a header row, 3 jobs and 9,996 empty rows (null, "", blanks) answer as the 3 jobs alone', () => {
      const jobs = [
        [serialOf('2021-01-04'), serialOf('2021-12-31'), 40, 21232, true, true, true, false, false],
        [serialOf('2022-03-01'), serialOf('2023-02-28'), 20, '13100', 'TRUE', 'yes', 1, 'FALSE', 0],
        [serialOf('2023-06-01'), null, 30, 41200, null, null, null, null, null],
      ];
      const empties = [
        [null, null, null, null, null, null, null, null, null],
        ['', '', '', '', '', '', '', '', ''],
        ['  ', null, '', null, '', null, '', null, ''],
      ];
      const big: unknown[][] = [['Start', 'End', 'Hours', 'NOC', 'Paid', 'In Canada', 'Authorized', 'Self-employed', 'Study']];
      for (let i = 0; big.length < 10_000; i++) {
        big.push(i === 10 ? jobs[0]! : i === 5_000 ? jobs[1]! : i === 9_990 ? jobs[2]! : empties[i % 3]!);
      }
      assert.equal(big.length, 10_000);
      const alone = value('CEC_HOURS', [jobs, AS_OF]);
      assert.ok(typeof alone === 'number' && alone > 0);
      assert.equal(value('CEC_HOURS', [big, AS_OF]), alone);
      assert.equal(value('CEC_ELIGIBLE', [big, 7, AS_OF]), value('CEC_ELIGIBLE', [jobs, 7, AS_OF]));
    });

    it('1,000 distinct weekly jobs in a 10,000-row range: a number from 0 to the 3-year maximum, in bounded time', () => {
      const start = serialOf('2020-01-06');
      const weekly: unknown[][] = Array.from({ length: 10_000 }, (_, i) =>
        i % 10 === 0 ? [start + (i % 400) * 7, start + (i % 400) * 7 + 6, 5 + (i % 30), 21232 + (i % 7)] : [null, null, null, null],
      );
      const hours = value('CEC_HOURS', [weekly, AS_OF]);
      // The 3-year window (1,096 days) touches at most 158 calendar weeks of 30 counted hours.
      assert.ok(typeof hours === 'number' && hours > 0 && hours <= 30 * 158, `hours ${String(hours)}`);
      assert.equal(typeof value('CEC_ELIGIBLE', [weekly, 7, AS_OF]), 'boolean');
    });

    it('mixed valid and invalid rows: #VALUE! naming the first bad row (row 7,777), whatever comes after', () => {
      const mixed: unknown[][] = Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? [...JOB] : i % 10 === 5 ? ['', '', '', ''] : [null, null, null, null]));
      mixed[7_776] = [serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 'not a NOC'];
      mixed[8_000] = ['someday', null, 'x', 'y'];
      for (const [id, args] of [['CEC_HOURS', [mixed, AS_OF]], ['CEC_ELIGIBLE', [mixed, 7, AS_OF]]] as Array<[string, unknown[]]>) {
        const e = error(id, args);
        assert.equal(e.code, '#VALUE!');
        assert.match(e.message, /row 7777\b/);
        assert.match(e.message, /NOC/);
      }
    });

    it('10,000 rows of junk of every kind: #VALUE! for the first bad row, quickly', () => {
      const junk = hostileValues(bundle.cf).filter((h) => !h.exotic && h.value !== LONG_TEXT && h.value !== BIG_RANGE);
      const rows = Array.from({ length: 10_000 }, (_, i) => [junk[i % junk.length]!.value, junk[(i * 7) % junk.length]!.value, 40, 21232]);
      const e = error('CEC_HOURS', [rows, AS_OF]);
      assert.equal(e.code, '#VALUE!');
      assert.match(e.message, /^Bad jobs range/);
    });

    it('10,000 rows with too few or too many columns, and a 10,000-row single column: #VALUE! saying which columns', () => {
      const narrow = Array.from({ length: 10_000 }, () => [serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5]);
      assert.match(error('CEC_HOURS', [narrow, AS_OF]).message, /columns start, end, hours per week and NOC/);
      const wide = Array.from({ length: 10_000 }, () => [...JOB, true, true, true, false, false, 'extra', 'more', 'columns']);
      assert.match(error('CEC_HOURS', [wide, AS_OF]).message, /at most 9 columns/);
      assert.match(error('CEC_ELIGIBLE', [BIG_RANGE, 7, AS_OF]).message, /^Bad jobs range/);
    });

    it('a 10,000-row range where one value is expected: #VALUE!, quickly', () => {
      for (const [id, args] of [
        ['CRS_CUTOFF', [BIG_RANGE]],
        ['CRS_CUTOFF', ['CEC', BIG_RANGE]],
        ['DRAW', [BIG_RANGE]],
        ['CLB', ['IELTS', BIG_RANGE, 7, 7, 7]],
        ['CEC_ELIGIBLE', [[JOB], BIG_RANGE]],
        ['DRAW_COUNT', ['CEC', BIG_RANGE]],
      ] as Array<[string, unknown[]]>) {
        assert.equal(error(id, args).code, '#VALUE!', id);
      }
    });
  });

  describe('spills in bounded time', () => {
    it('EE.DRAWS("ALL") 200 times: the whole table (header + every round, 7 columns) each time, under 5 s', () => {
      const t0 = performance.now();
      let rows = 0;
      for (let i = 0; i < 200; i++) {
        const table = reg('DRAWS')('ALL', null, null, i % 2 === 0) as unknown[][];
        assert.ok(isExcelValue(table));
        assert.equal(table[0]!.length, 7);
        rows = Math.max(rows, table.length);
      }
      assert.ok(rows >= 436, `${rows} rows`);
      assert.ok(performance.now() - t0 < 5_000, `${(performance.now() - t0).toFixed(0)} ms`);
    });

    it('EE.DRAWS, EE.POOL, EE.CATEGORIES, EE.CUTOFF_STATS over every hostile headers/last_n value: rectangular spills or errors', () => {
      const t0 = performance.now();
      for (const h of hostileValues(bundle.cf)) {
        call('DRAWS', ['ALL', null, null, h.value], `DRAWS headers=${h.name}`);
        call('POOL', [null, h.value], `POOL headers=${h.name}`);
        call('CUTOFF_STATS', ['ALL', h.value], `CUTOFF_STATS last_n=${h.name}`);
        call('CATEGORIES', [h.value], `CATEGORIES(${h.name})`);
      }
      assert.ok(performance.now() - t0 < 5_000);
    });

    it('EE.CUTOFF_STATS with a huge last_n is every round; EE.DRAW_COUNT over 1900–9999 counts every round', () => {
      const all = call('CUTOFF_STATS', ['ALL', 1e300, 'COUNT'], 'CUTOFF_STATS huge');
      assert.equal(all.kind, 'value');
      const count = call('DRAW_COUNT', ['ALL', 1900, 9999], 'DRAW_COUNT 1900–9999');
      assert.equal(count.kind, 'value');
      if (all.kind === 'value' && count.kind === 'value') assert.equal((all.value as number[][])[0]![0], count.value);
    });
  });
});
