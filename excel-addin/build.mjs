// Builds the Excel add-in into dist/excel-addin/: manifest.xml (from manifest.template.xml), functions.json
// (generated from the functions' JSDoc by custom-functions-metadata), functions.js (a classic script that registers
// every function with CustomFunctions.associate), the task pane (taskpane.html, taskpane.js, taskpane.css, compat.js),
// help.html (docs/excel.md, the manifest's support and help link) and icons.
import { build as esbuild } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import MarkdownIt from 'markdown-it';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const OUT_DIR = join(root, 'dist', 'excel-addin');
/** The files whose JSDoc `@customfunction` tags define functions.json: one per function family. */
export const FUNCTION_SOURCES = ['cutoff', 'rounds', 'counts', 'stats', 'reference', 'language', 'cec', 'crs', 'dataInfo', 'outlook'].map((f) =>
  join(here, 'functions', `${f}.ts`),
);
export const DEFAULT_BASE_URL = 'https://localhost:3000';

/** The base URL the manifest points at (env ADDIN_BASE_URL), without a trailing slash. */
export function baseUrl() {
  const url = (process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s"'<>&]+$/.test(url)) throw new Error(`ADDIN_BASE_URL "${url}" is not a plain http(s) URL.`);
  return url;
}

/** The manifest's support and help link (env ADDIN_HELP_URL): by default the help page served beside the add-in. */
export function helpUrl() {
  const url = (process.env.ADDIN_HELP_URL || `${baseUrl()}/help.html`).trim();
  if (!/^https?:\/\/[^\s"'<>&]+$/.test(url)) throw new Error(`ADDIN_HELP_URL "${url}" is not a plain http(s) URL.`);
  return url;
}

export const HELP_SOURCE = join(root, 'docs', 'excel.md');

/** help.html from docs/excel.md: markdown without raw HTML (escaped), the pane's style sheet, a strict policy. */
export async function writeHelp() {
  const md = await readFile(HELP_SOURCE, 'utf8');
  const body = new MarkdownIt({ html: false, linkify: false }).render(md);
  const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
  <title>Express Entry Draws for Excel: help</title>
  <link rel="stylesheet" href="taskpane.css">
</head>
<body class="help">
<main>
${body}</main>
</body>
</html>
`;
  await writeFile(join(OUT_DIR, 'help.html'), page);
  // Pictures the help shows (docs/screenshots/…) travel with it.
  for (const m of md.matchAll(/\]\((screenshots\/[\w.-]+\.png)\)/g)) {
    await mkdir(join(OUT_DIR, 'screenshots'), { recursive: true });
    await copyFile(join(root, 'docs', m[1]), join(OUT_DIR, m[1])).catch(() => undefined);
  }
}

/** taskpane.html with the address of the server's own feed copy (relative, e.g. "feed.json"; "" for none). */
export function withFeedMirror(html, path) {
  if (!/^[\w./-]*$/.test(path)) throw new Error(`ADDIN_FEED_MIRROR "${path}" is not a relative path.`);
  return html.replace(/<meta name="ee-feed-mirror" content="[^"]*">/, `<meta name="ee-feed-mirror" content="${path}">`);
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
  await writeFile(join(OUT_DIR, 'manifest.xml'), template.replaceAll('{{HELP_URL}}', helpUrl()).replaceAll('{{BASE_URL}}', baseUrl()));
  await writeFile(join(OUT_DIR, 'taskpane.html'), withFeedMirror(await readFile(join(here, 'taskpane', 'taskpane.html'), 'utf8'), process.env.ADDIN_FEED_MIRROR ?? ''));
  await copyFile(join(here, 'taskpane', 'compat.js'), join(OUT_DIR, 'compat.js'));
  await writeHelp();
  await copyFile(join(here, 'taskpane', 'taskpane.css'), join(OUT_DIR, 'taskpane.css'));
  for (const f of await readdir(join(here, 'assets'))) {
    if (f.endsWith('.png')) await copyFile(join(here, 'assets', f), join(OUT_DIR, 'assets', f));
  }
}
