/**
 * Excel add-in benchmark (called by `npm run bench`): a sheet of 10,000 EE.CRS_CUTOFF formulas recalculated in
 * HyperFormula next to the same answers from native formulas (MAXIFS + INDEX/MATCH over a table of rounds) in the
 * same workbook, checked to agree; and calls per second of the registered CRS_CUTOFF against a filter-and-sort
 * baseline.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { generateMetadata, OUT_DIR } from './build.mjs';
import { FUNCTIONS } from './functions/register';
import { EXCEL_LIKE_CONFIG, registerEEPlugin, type FunctionsJson, type RegisteredFunction } from './hyperformula';
import { bundledData, dayFromIso } from '../core/index';
import { serialFromDay } from './functions/args';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { makeStandIn } from '../test/excel-addin/helpers/standIn';

const FORMULAS = 10_000;
const CATEGORIES = ['CEC', 'PNP', 'FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'FSW'] as const;

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const goal = (met: boolean, text: string): string => `goal ${text}: ${met ? 'met' : 'NOT MET'}`;

function ms(t0: number): number {
  return performance.now() - t0;
}

/** Deterministic pseudo-random numbers (the same sheet every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function benchExcel(): Promise<string[]> {
  const out: string[] = [];
  const functions = new Map<string, RegisteredFunction>(Object.entries(FUNCTIONS) as [string, RegisteredFunction][]);
  const metadata = JSON.parse((await generateMetadata()).json) as FunctionsJson;
  registerEEPlugin(metadata, functions, {});

  const rounds = bundledData().rounds;
  const table: RawCellContent[][] = rounds.map((r) => [serialFromDay(r.day), r.order, r.category, r.invitations, r.crs]);
  const n = table.length;
  const rangeOf = (c: string): string => `Rounds!$${c}$1:$${c}$${n}`;
  // Dates from mid-2023 (when every category below has had a round); every 20th is in 2014, before any round (#N/A).
  const first = dayFromIso('2023-07-15')!;
  const early = dayFromIso('2014-01-01')!;
  const last = dayFromIso('2026-08-31')!;
  const random = rng(42);
  const inputs: RawCellContent[][] = [];
  const ee: RawCellContent[][] = [];
  const native: RawCellContent[][] = [];
  for (let i = 0; i < FORMULAS; i++) {
    const cat = CATEGORIES[i % CATEGORIES.length]!;
    const day = i % 20 === 19 ? early + Math.floor(random() * 300) : first + Math.floor(random() * (last - first));
    const serial = serialFromDay(day);
    inputs.push([cat, serial]);
    const row = i + 1;
    ee.push([`=EE.CRS_CUTOFF(Inputs!$A${row}, Inputs!$B${row} + Inputs!$Z$1)`]);
    native.push([
      `=INDEX(${rangeOf('E')}, MATCH(MAXIFS(${rangeOf('B')}, ${rangeOf('C')}, Inputs!$A${row}, ${rangeOf('A')}, "<="&(Inputs!$B${row} + Inputs!$Y$1)), ${rangeOf('B')}, 0))`,
    ]);
  }
  inputs[0]![24] = 0; // Y1: shift of the native formulas' dates
  inputs[0]![25] = 0; // Z1: shift of the EE formulas' dates

  let t0 = performance.now();
  const hf = HyperFormula.buildFromSheets({ Rounds: table, Inputs: inputs }, EXCEL_LIKE_CONFIG);
  const setupMs = ms(t0);
  try {
    const inputsId = hf.getSheetId('Inputs')!;
    // Each side's formulas are entered on a sheet of their own and calculated there and then.
    const eeName = hf.addSheet('EE');
    const eeId = hf.getSheetId(eeName)!;
    t0 = performance.now();
    hf.setSheetContent(eeId, ee);
    const eeCalcMs = ms(t0);
    const nativeName = hf.addSheet('Native');
    const nativeId = hf.getSheetId(nativeName)!;
    t0 = performance.now();
    hf.setSheetContent(nativeId, native);
    const nativeCalcMs = ms(t0);
    // Recalculation of the EE side: every date moves by one day (the native side follows Y1, left alone).
    t0 = performance.now();
    hf.setCellContents({ sheet: inputsId, row: 0, col: 25 }, [[1]]);
    const eeRecalcMs = ms(t0);
    hf.setCellContents({ sheet: inputsId, row: 0, col: 25 }, [[0]]);
    const a = hf.getSheetValues(eeId);
    const b = hf.getSheetValues(nativeId);
    let agree = 0;
    let answered = 0;
    for (let i = 0; i < FORMULAS; i++) {
      const x = a[i]?.[0];
      const y = b[i]?.[0];
      const xe = x instanceof DetailedCellError;
      const ye = y instanceof DetailedCellError;
      if (!xe) answered++;
      if ((xe && ye) || x === y) agree++;
    }
    out.push(`excel: HyperFormula workbook with a ${n}-round table set up in ${fmt(setupMs)} ms`);
    out.push(
      `excel: ${fmt(FORMULAS)} =EE.CRS_CUTOFF formulas calculated in ${fmt(eeCalcMs)} ms, recalculated in ${fmt(eeRecalcMs)} ms; ` +
        `the same ${fmt(FORMULAS)} answers by native MAXIFS + INDEX/MATCH: ${fmt(nativeCalcMs)} ms (${(nativeCalcMs / Math.max(eeCalcMs, 0.001)).toFixed(1)}x)`,
    );
    out.push(`excel: EE and native formulas agree on ${fmt(agree)}/${fmt(FORMULAS)} cells (${fmt(answered)} with a cut-off, the rest #N/A on both sides)${agree === FORMULAS ? '' : '  MISMATCH'}`);
  } finally {
    hf.destroy();
  }

  // Calls per second of CRS_CUTOFF as Excel calls it: the shipped (minified) functions.js run as a classic script
  // with a CustomFunctions global, the function taken from its associate() registration (start-up wait, error guard
  // and all). In this process's own global scope, as Excel's runtime has one: a vm context would slow every global
  // look-up (Math, Number…) through Node's interceptors, which Excel does not have.
  const cf = makeStandIn();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = cf;
  new vm.Script(readFileSync(join(OUT_DIR, 'functions.js'), 'utf8'), { filename: 'functions.js' }).runInThisContext();
  const registered = cf.registrations.get('CRS_CUTOFF') as ((c: string, s: number) => unknown) | undefined;
  if (!registered) throw new Error('functions.js registered no CRS_CUTOFF');
  await registered('CEC', serialFromDay(last)); // the first call waits for the runtime's start
  const crsCutoff = (c: string, s: number): unknown => registered(c, s);
  const answered: [string, number][] = [];
  const unanswered: [string, number][] = [];
  const random2 = rng(7);
  const baseline = (category: string, serial: number): number | undefined => {
    const sorted = rounds.filter((r) => r.category === category && serialFromDay(r.day) <= serial).sort((x, y) => x.day - y.day || x.order - y.order);
    return sorted[sorted.length - 1]?.crs;
  };
  for (let i = 0; answered.length < 4096 || unanswered.length < 256; i++) {
    const cat = CATEGORIES[i % CATEGORIES.length]!;
    const day = i % 20 === 19 ? early + Math.floor(random2() * 3000) : first + Math.floor(random2() * (last - first));
    const q: [string, number] = [cat, serialFromDay(day)];
    if (baseline(cat, q[1]) === undefined) {
      if (unanswered.length < 256) unanswered.push(q);
    } else if (answered.length < 4096) answered.push(q);
  }
  let mismatches = 0;
  for (const [c, s] of [...answered.slice(0, 500), ...unanswered.slice(0, 100)]) {
    let v: unknown;
    try {
      v = crsCutoff(c, s);
    } catch (e) {
      v = (e as { code?: string }).code === '#N/A' ? undefined : e;
    }
    if (v !== baseline(c, s)) mismatches++;
  }
  const rate = (fn: (c: string, s: number) => unknown, qs: readonly [string, number][], budgetMs: number): number => {
    let calls = 0;
    const start = performance.now();
    let now = start;
    const n = qs.length;
    while (now - start < budgetMs) {
      for (let k = 0; k < 256; k++) {
        const q = qs[calls % n]!;
        try {
          fn(q[0], q[1]);
        } catch {
          // #N/A: Excel's contract makes an error cell a thrown CustomFunctions.Error.
        }
        calls++;
      }
      now = performance.now();
    }
    return (calls / (now - start)) * 1000;
  };
  // The baseline under the same contract: no round → the same Excel error, thrown.
  const baselineCell = (c: string, s: number): number => {
    const v = baseline(c, s);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel's contract: an error cell is a thrown CustomFunctions.Error
    if (v === undefined) throw new cf.Error('#N/A', `No ${c} round on or before that date.`);
    return v;
  };
  rate(crsCutoff, answered, 100);
  const fast = rate(crsCutoff, answered, 500);
  const slow = rate(baselineCell, answered, 500);
  out.push(
    `excel: registered CRS_CUTOFF (shipped functions.js, via associate), questions with a round: ${fmt(fast)} calls/s; ` +
      `filter-and-sort baseline: ${fmt(slow)} calls/s (${(fast / slow).toFixed(0)}x); ${mismatches === 0 ? 'same answers on 600 checks' : `${mismatches} MISMATCHES in 600 checks`}`,
  );
  out.push(goal(fast / slow >= 30, 'registered EE.CRS_CUTOFF ≥ 30× the filter-and-sort baseline'));
  const naFast = rate(crsCutoff, unanswered, 300);
  const naSlow = rate(baselineCell, unanswered, 300);
  out.push(
    `excel: questions with no round (#N/A, a thrown error by Excel's contract): ${(1e6 / naFast).toFixed(2)} µs a call; ` +
      `baseline with the same throw: ${(1e6 / naSlow).toFixed(2)} µs`,
  );
  // EE.CRS: a whole profile range scored per call (reading the range, the profile, the score under the date's rules).
  const crsFn = cf.registrations.get('CRS') as ((profile: unknown[][], asOf?: number | string) => number) | undefined;
  if (crsFn) {
    const profile: unknown[][] = [
      ['Field', 'Value'], ['age', 29], ['maritalStatus', 'single'], ['education.level', 'bachelors'], ['education.canadian', 'none'],
      ['language.test', 'IELTS'], ['language.date', '2025-06-01'], ['language.reading', 7.5], ['language.writing', 7],
      ['language.listening', 8.5], ['language.speaking', 7], ['canadianWorkYears', 1], ['foreignWorkYears', 3],
    ];
    const asOf = serialFromDay(dayFromIso('2025-11-29')!);
    const score = crsFn(profile, asOf);
    const perCall = (budgetMs: number): number => {
      let calls = 0;
      const start = performance.now();
      let now = start;
      while (now - start < budgetMs) {
        for (let k = 0; k < 16; k++, calls++) crsFn(profile, asOf);
        now = performance.now();
      }
      return (now - start) / calls;
    };
    perCall(100);
    out.push(`excel: registered CRS over a 13-row profile range: ${(perCall(500) * 1000).toFixed(0)} µs a call (score ${score})`);
  }
  return out;
}
