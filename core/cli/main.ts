/**
 * `ee`: the command line over the core. This file only dispatches: each command is a module of its own, loaded when
 * it runs (so `ee cutoff` never loads the CEC check or the refresh code), registered by one line of COMMANDS.
 */
import { helpText, parseArgs, str, flag, usageLine, wantsHelp } from './args';
import type { CliCommand, CommandContext } from './command';
import type { CliIO } from './io';
import type { Draws } from '../draws/draws';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, localToday } from './io';

interface CommandEntry {
  readonly name: string;
  /** One line for `ee --help` (the module is not loaded for the list). */
  readonly summary: string;
  readonly load: () => Promise<{ readonly command: CliCommand }>;
}

/** The commands, in the order `ee --help` lists them. A new command: its module, and one line here. */
const COMMANDS: readonly CommandEntry[] = [
  { name: 'latest', summary: 'latest round of every category', load: () => import('./latest') },
  { name: 'cutoff', summary: 'CRS cut-off of the latest round of a category on or before a date', load: () => import('./cutoff') },
  { name: 'draws', summary: 'rounds of a category between two dates (table, CSV or JSON)', load: () => import('./draws') },
  { name: 'counts', summary: 'rounds per category in a year or a date range', load: () => import('./counts') },
  { name: 'stats', summary: 'cut-off statistics over the last N rounds or a date range', load: () => import('./stats') },
  { name: 'pool', summary: 'CRS score distribution of the pool as of a date', load: () => import('./pool') },
  { name: 'cec', summary: 'Canadian Experience Class check of a profile file', load: () => import('./cec') },
  { name: 'crs', summary: 'CRS score of a profile file under the rules of a date (sections, factors, caps, what-ifs)', load: () => import('./crs') },
  { name: 'clb', summary: 'CLB/NCLC levels of language test scores (IELTS, CELPIP, PTE Core, TEF, TCF)', load: () => import('./clb') },
  { name: 'categories', summary: 'category eligibility of a profile file (French, healthcare, trades, …) with reasons', load: () => import('./categories') },
  { name: 'outlook', summary: 'a CRS score against each category\'s recent cut-offs, and its rank in the pool (no forecast)', load: () => import('./outlook') },
  { name: 'refresh', summary: 'download the latest rounds from IRCC (or a feed file) into the cache', load: () => import('./refresh') },
  { name: 'mcp', summary: 'Model Context Protocol server over stdio, for AI assistants (read-only)', load: () => import('./mcp') },
];

export const EXIT_CODES_TEXT = '0 ok, 1 nothing found (with --json: null on stdout) or a failed refresh, 2 bad input, 3 unexpected error.';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "ee — Canada Express Entry rounds from IRCC's official data (offline by default).",
    '',
    'Usage: ee <command> [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "ee <command> --help" for a command\'s arguments and options. Dates are YYYY-MM-DD; "today" is your',
    'computer\'s calendar date. Every command takes --json.',
    `Exit codes: ${EXIT_CODES_TEXT}`,
    'Contains information licensed under the Open Government Licence – Canada.',
  ].join('\n');
}

/** The data (loaded on first use, in its own bundle) and the note to print when it is old. */
async function loadDraws(cacheDir: string | undefined, io: CliIO, today: number): Promise<{ draws: Draws; note: string | null }> {
  const data = await import('./data');
  const { draws } = await data.loadCliData(cacheDir, io);
  return { draws, note: data.oldDataNote(draws, today) };
}

function clipName(name: string): string {
  const s = name.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return s.length > 30 ? `${s.slice(0, 29)}…` : s;
}

/** Runs `ee` with `argv` (the arguments after "ee"); returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.err(usage());
      return EXIT_BAD_INPUT;
    }
    io.out(usage());
    return EXIT_OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`ee: unknown command "${clipName(name)}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See "ee --help".`);
    return EXIT_BAD_INPUT;
  }
  let command: CliCommand | undefined;
  try {
    command = (await entry.load()).command;
    if (wantsHelp(rest)) {
      io.out(helpText(command.spec));
      return EXIT_OK;
    }
    const args = parseArgs(command.spec, rest);
    let loaded: Promise<{ draws: Draws; note: string | null }> | undefined;
    const json = flag(args, 'json');
    const today = (io.today ?? localToday)();
    const ctx: CommandContext = {
      io,
      args,
      json,
      today,
      draws: async () => (await (loaded ??= loadDraws(str(args, 'cache-dir'), io, today))).draws,
    };
    const code = await command.run(ctx);
    // After the answer (found or not), text output says when the data is old; JSON leaves stderr to errors.
    const note = loaded && !json && code !== EXIT_BAD_INPUT ? (await loaded).note : null;
    if (note) io.err(note);
    return code;
  } catch (e) {
    // By name, not instanceof: each command is bundled on its own (scripts/build-cli.mjs), with its own copy of the class.
    if (e instanceof Error && e.name === 'InputError') {
      io.err(`ee ${name}: ${e.message}`);
      if (command) io.err(`Usage: ${usageLine(command.spec)} (see "ee ${name} --help")`);
      return EXIT_BAD_INPUT;
    }
    io.err(`ee ${name}: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_UNEXPECTED;
  }
}
