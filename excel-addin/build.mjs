// Builds the Excel add-in into dist/excel-addin/: manifest.xml (from manifest.template.xml), functions.json
// (generated from the functions' JSDoc by custom-functions-metadata), functions.js (a classic script that registers
// every function with CustomFunctions.associate), the task pane (taskpane.html, taskpane.js, taskpane.css) and icons.
import { build as esbuild } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const OUT_DIR = join(root, 'dist', 'excel-addin');
/** The files whose JSDoc `@customfunction` tags define functions.json: one per function family. */
export const FUNCTION_SOURCES = ['cutoff', 'rounds', 'counts', 'stats', 'reference', 'language', 'cec', 'crs'].map((f) =>
  join(here, 'functions', `${f}.ts`),
);
export const DEFAULT_BASE_URL = 'https://localhost:3000';

/** The base URL the manifest points at (env ADDIN_BASE_URL), without a trailing slash. */
export function baseUrl() {
  const url = (process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s"'<>&]+$/.test(url)) throw new Error(`ADDIN_BASE_URL "${url}" is not a plain http(s) URL.`);
  return url;
}

/** Generates functions.json text; throws on any metadata error. */
export async function generateMetadata() {
  const rel = FUNCTION_SOURCES.map((f) => relative(process.cwd(), f));
  const result = await generateCustomFunctionsMetadata(rel, false);
  if (result.errors.length) throw new Error(`custom-functions-metadata:\n${result.errors.join('\n')}`);
  return { json: result.metadataJson, associate: result.associate };
}

export async function build({ minify = false } = {}) {
  await mkdir(join(OUT_DIR, 'assets'), { recursive: true });
  const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8',
  };
  const [metadata] = await Promise.all([
    generateMetadata(),
    esbuild({ ...common, entryPoints: [join(here, 'functions', 'register.ts')], outfile: join(OUT_DIR, 'functions.js') }),
    esbuild({ ...common, entryPoints: [join(here, 'taskpane', 'taskpane.ts')], outfile: join(OUT_DIR, 'taskpane.js') }),
  ]);
  await writeFile(join(OUT_DIR, 'functions.json'), metadata.json.endsWith('\n') ? metadata.json : `${metadata.json}\n`);
  const template = await readFile(join(here, 'manifest.template.xml'), 'utf8');
  await writeFile(join(OUT_DIR, 'manifest.xml'), template.replaceAll('{{BASE_URL}}', baseUrl()));
  await copyFile(join(here, 'taskpane', 'taskpane.html'), join(OUT_DIR, 'taskpane.html'));
  await copyFile(join(here, 'taskpane', 'taskpane.css'), join(OUT_DIR, 'taskpane.css'));
  for (const f of await readdir(join(here, 'assets'))) {
    if (f.endsWith('.png')) await copyFile(join(here, 'assets', f), join(OUT_DIR, 'assets', f));
  }
}
