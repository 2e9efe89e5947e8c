/** Builds the add-in once per test run and loads the built functions.js the way Excel's runtime would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build, OUT_DIR } from '../../../excel-addin/build.mjs';
import type { FunctionsJson } from '../../../excel-addin/hyperformula';
import { makeStandIn, type CustomFunctionsStandIn } from './standIn';

let built: Promise<void> | undefined;

/**
 * Builds dist/excel-addin once (unminified, as `npm run build` does). `npm test` has just run that very build and
 * says so with EE_TEST_BUILT=1: then the tests use it instead of spending seconds building it again.
 */
export function ensureBuilt(): Promise<void> {
  if (process.env['EE_TEST_BUILT'] === '1') return (built ??= Promise.resolve());
  return (built ??= build({ minify: false }));
}

export function distFile(name: string): string {
  return join(OUT_DIR, name);
}

export function readFunctionsJson(): FunctionsJson {
  return JSON.parse(readFileSync(distFile('functions.json'), 'utf8')) as FunctionsJson;
}

export interface LoadedBundle {
  readonly cf: CustomFunctionsStandIn;
  readonly context: vm.Context;
}

/**
 * Runs functions.js as a classic script in a fresh V8 context whose only global (besides the language's own) is
 * `CustomFunctions`: no Office.js, no DOM, no Node.
 */
export function loadBundle(file = distFile('functions.js')): LoadedBundle {
  const cf = makeStandIn();
  const context = vm.createContext({ CustomFunctions: cf });
  new vm.Script(readFileSync(file, 'utf8'), { filename: 'functions.js' }).runInContext(context);
  return { cf, context };
}
