/**
 * Excel add-in benchmark (called by `npm run bench`): a sheet of 10,000 EE.CRS_CUTOFF formulas recalculated in
 * HyperFormula next to the same answers from native formulas (MAXIFS + INDEX/MATCH over a table of rounds) in the
 * same workbook, checked to agree; and calls per second of the registered CRS_CUTOFF against a filter-and-sort
 * baseline.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { generateMetadata } from './build.mjs';
import { FUNCTIONS } from './functions/register';
import { EXCEL_LIKE_CONFIG, registerEEPlugin, type FunctionsJson, type RegisteredFunction } from './hyperformula';
import { bundledData, dayFromIso } from '../core/index';
import { serialFromDay } from './functions/args';

const FORMULAS = 10_000;
const CATEGORIES = ['CEC', 'PNP', 'FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'FSW'] as const;

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

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

  // Calls per second of the registered function against a filter-and-sort baseline.
  const crsCutoff = FUNCTIONS.CRS_CUTOFF;
  const qs: [string, number][] = [];
  const random2 = rng(7);
  for (let i = 0; i < 4096; i++) qs.push([CATEGORIES[i % CATEGORIES.length]!, serialFromDay(first + Math.floor(random2() * (last - first)))]);
  const baseline = (category: string, serial: number): number | undefined => {
    const sorted = rounds.filter((r) => r.category === category && serialFromDay(r.day) <= serial).sort((x, y) => x.day - y.day || x.order - y.order);
    return sorted[sorted.length - 1]?.crs;
  };
  let mismatches = 0;
  for (const [c, s] of qs.slice(0, 500)) {
    let v: number | undefined;
    try {
      v = crsCutoff(c, s);
    } catch {
      v = undefined;
    }
    if (v !== baseline(c, s)) mismatches++;
  }
  const rate = (fn: (c: string, s: number) => unknown, budgetMs: number): number => {
    let calls = 0;
    const start = performance.now();
    let now = start;
    while (now - start < budgetMs) {
      for (let k = 0; k < 256; k++) {
        const [c, s] = qs[calls & 4095]!;
        try {
          fn(c, s);
        } catch {
          // Not expected: every question has a round.
        }
        calls++;
      }
      now = performance.now();
    }
    return (calls / (now - start)) * 1000;
  };
  rate(crsCutoff, 100);
  const fast = rate(crsCutoff, 500);
  const slow = rate(baseline, 500);
  out.push(
    `excel: registered CRS_CUTOFF: ${fmt(fast)} calls/s; filter-and-sort baseline: ${fmt(slow)} calls/s (${(fast / slow).toFixed(0)}x); ${mismatches === 0 ? 'same answers on 500 checks' : `${mismatches} MISMATCHES in 500 checks`}`,
  );
  // EE.CRS: a whole profile range scored per call (reading the range, the profile, the score under the date's rules).
  const crsFn = (FUNCTIONS as Record<string, unknown>)['CRS'] as ((profile: unknown[][], asOf?: number | string) => number) | undefined;
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
