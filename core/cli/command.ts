/** A command of `ee`: its declaration (arguments, options, help) and what it does with the parsed arguments. */
import type { Draws } from '../draws/draws';
import { InputError, clipInput } from '../types';
import type { CommandSpec, Parsed } from './args';
import { flag, str } from './args';
import type { CliIO } from './io';
import { EXIT_NOT_FOUND, EXIT_OK } from './io';

export interface CliCommand {
  readonly spec: CommandSpec;
  run(ctx: CommandContext): Promise<number>;
}

/** What a command runs with. */
export interface CommandContext {
  readonly io: CliIO;
  readonly args: Parsed;
  /** --json was given. */
  readonly json: boolean;
  /** Today's day number (local calendar). */
  readonly today: number;
  /** The data to answer from: the refreshed cache (--cache-dir, EE_CACHE_DIR…) else the bundled snapshot. */
  draws(): Promise<Draws>;
}

/** Prints a value as JSON (2-space indented) and returns exit 0. */
export function printJson(io: CliIO, value: unknown): number {
  io.out(JSON.stringify(value, null, 2));
  return EXIT_OK;
}

/** Nothing found, alike for every command: with --json, `null` on stdout; the sentence on stderr; exit 1. */
export function notFound(ctx: CommandContext, sentence: string): number {
  if (ctx.json) ctx.io.out('null');
  ctx.io.err(sentence);
  return EXIT_NOT_FOUND;
}

/**
 * A value that may come as the positional argument at `index` or as `--option`: giving both is contradictory
 * (`ee cutoff CEC 2024-01-01 --date 2025-11-29`), so exit 2 instead of silently preferring one.
 */
export function positionalOrOption(p: Parsed, index: number, option: string): string | undefined {
  const positional = p.positionals[index];
  const named = str(p, option);
  if (positional !== undefined && named !== undefined) {
    throw new InputError(
      `The ${option} is given twice ("${clipInput(positional, 30)}" and --${option} "${clipInput(named, 30)}"); give it once.`,
    );
  }
  return positional ?? named;
}

/** Options that exclude each other (e.g. --year and --from/--to): InputError when one of each group is given. */
export function exclusive(p: Parsed, a: readonly string[], b: readonly string[]): void {
  const given = (names: readonly string[]): string | undefined => names.find((n) => p.values.has(n));
  const x = given(a);
  const y = given(b);
  if (x !== undefined && y !== undefined) {
    throw new InputError(`Use either ${a.map((n) => `--${n}`).join('/')} or ${b.map((n) => `--${n}`).join('/')}, not both.`);
  }
}

export { flag, str };
