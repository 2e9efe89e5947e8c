/**
 * Contract test: the built functions.js, run as a classic script where only `CustomFunctions` is defined, registers
 * exactly the ids of functions.json, with parameter lists that match (count and optionality).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { build as esbuild } from 'esbuild';
import { makeStandIn } from './helpers/standIn';
import { ensureBuilt, distFile, loadBundle, readFunctionsJson, type LoadedBundle } from './helpers/bundle';
import type { FunctionsJson } from '../../excel-addin/hyperformula';
import { serialOf } from './helpers/recount';

type Fn = (...args: unknown[]) => unknown;

/** Valid values for the required parameters of each function (to call it with its required arguments only). */
const REQUIRED_SAMPLES: Record<string, unknown[]> = {
  CRS_CUTOFF: ['CEC'],
  ITAS: ['CEC'],
  LAST_DRAW: ['CEC'],
  DRAW: [434],
  DRAWS: ['CEC'],
  DRAW_COUNT: ['CEC', 2025],
  TOTAL_ITAS: ['CEC', 2025],
  CUTOFF_STATS: ['CEC'],
  CATEGORIES: [],
  POOL: [],
  CLB: ['IELTS', 7, 7, 7, 7],
  CEC_HOURS: [[[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232]]],
  CEC_ELIGIBLE: [[[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232]], 7],
  DATA_INFO: [],
  CRS: [[['age', 29], ['education.level', 'bachelors']]],
  CRS_DETAIL: [[['age', 29], ['education.level', 'bachelors']]],
  OUTLOOK: [480, 'CEC'],
  POOL_RANK: [480],
  CATEGORY_ELIGIBLE: [[[serialOf('2022-01-10'), serialOf('2024-12-31'), 37.5, 21232]], 'TRANSPORT'],
};

describe('excel-addin: functions.js contract (vm with only CustomFunctions)', function () {
  this.timeout(120_000);
  let meta: FunctionsJson;
  let bundle: LoadedBundle;

  before(async () => {
    await ensureBuilt();
    meta = readFunctionsJson();
    bundle = loadBundle();
  });

  it('is a classic script, not an ES module', () => {
    const text = readFileSync(distFile('functions.js'), 'utf8');
    assert.doesNotMatch(text, /^\s*(import|export)\s/m);
  });

  it('registers every id of functions.json, once, and nothing else', () => {
    const ids = meta.functions.map((f) => f.id).sort();
    assert.ok(ids.length >= 14, `functions.json has ${ids.length} functions`);
    assert.deepEqual([...bundle.cf.registrations.keys()].sort(), ids);
    assert.equal(bundle.cf.calls.length, ids.length, 'no id registered twice');
  });

  it('functions.json names match ids and every function is described', () => {
    for (const f of meta.functions) {
      assert.equal(f.name, f.id);
      assert.match(f.id, /^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('parameter counts match the registered functions (Function.length; + the invocation of a streaming function)', () => {
    for (const f of meta.functions) {
      const fn = bundle.cf.registrations.get(f.id) as Fn;
      const extra = f.options?.stream || f.options?.cancelable ? 1 : 0;
      assert.equal(fn.length, f.parameters.length + extra, `${f.id}: ${fn.length} declared vs ${f.parameters.length} in functions.json`);
    }
  });

  it('optional parameters come last and match what each function needs', () => {
    for (const f of meta.functions) {
      const required = f.parameters.filter((p) => !p.optional).length;
      f.parameters.forEach((p, i) => assert.equal(!!p.optional, i >= required, `${f.id}.${p.name}: optional parameters must follow required ones`));
      if (f.options?.stream) continue;
      const fn = bundle.cf.registrations.get(f.id) as Fn;
      const sample = REQUIRED_SAMPLES[f.id];
      assert.ok(sample, `a sample call for ${f.id}`);
      assert.equal(sample.length, required, `${f.id}: the sample gives the ${required} required arguments`);
      // Only the required arguments (Excel passes null for the omitted optional ones): a result, not an error.
      const nulls = new Array<null>(f.parameters.length - required).fill(null);
      const result = fn(...sample, ...nulls);
      assert.ok(!(result instanceof bundle.cf.Error), `${f.id} with its required arguments only`);
      // One required argument missing: #VALUE! saying what is missing.
      if (required > 0) {
        let err: unknown;
        try {
          fn(...sample.slice(0, required - 1), null, ...nulls);
        } catch (e) {
          err = e;
        }
        assert.ok(err instanceof bundle.cf.Error, `${f.id} without its last required argument throws CustomFunctions.Error`);
        assert.equal((err as { code: string }).code, '#VALUE!');
        assert.match((err as { message: string }).message, /Missing/);
      }
    }
  });

  it('answers through the registrations, with stand-in errors for bad input', () => {
    const reg = (id: string): Fn => bundle.cf.registrations.get(id) as Fn;
    assert.equal(reg('DRAW')(434, 'crs'), 470);
    assert.equal(typeof reg('CRS_CUTOFF')('CEC', 45990), 'number');
    assert.throws(() => reg('CRS_CUTOFF')('nope'), (e: unknown) => e instanceof bundle.cf.Error && e.code === '#VALUE!');
    assert.throws(() => reg('DRAW')(99999), (e: unknown) => e instanceof bundle.cf.Error && e.code === '#N/A');
    const spill = reg('DRAWS')('CEC', '2025-01-01', '2025-03-31') as unknown[][];
    assert.deepEqual(Array.from(spill[0]!), ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break']);
  });

  it('LATEST streams its first result synchronously and unsubscribes on cancel', () => {
    const results: unknown[] = [];
    const inv = { setResult: (v: unknown) => results.push(v), onCanceled: (): void => undefined };
    (bundle.cf.registrations.get('LATEST') as Fn)('CEC', inv);
    assert.equal(results.length, 1);
    assert.equal(typeof results[0], 'number');
    const store = (bundle.context as { EEAddin?: { store: { listenerCount(): number } } }).EEAddin!.store;
    assert.equal(store.listenerCount(), 1);
    inv.onCanceled();
    assert.equal(store.listenerCount(), 0);
  });

  it('publishes one shared store on the global object', () => {
    const g = bundle.context as { EEAddin?: { store: { status(): { rounds: number; origin: string } } } };
    assert.ok(g.EEAddin);
    assert.equal(g.EEAddin.store.status().origin, 'bundled');
    assert.ok(g.EEAddin.store.status().rounds >= 435);
  });

  it('the minified bundle (npm run package / --minify) keeps every registration and arity', async () => {
    const result = await esbuild({
      entryPoints: ['excel-addin/functions/register.ts'],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const cf = makeStandIn();
    new vm.Script(result.outputFiles[0]!.text).runInContext(vm.createContext({ CustomFunctions: cf }));
    for (const f of meta.functions) {
      const fn = cf.registrations.get(f.id) as Fn | undefined;
      assert.ok(fn, `${f.id} registered by the minified bundle`);
      assert.equal(fn.length, f.parameters.length + (f.options?.stream ? 1 : 0), `${f.id} arity after minification`);
    }
    assert.equal(cf.registrations.size, meta.functions.length);
  });
});
