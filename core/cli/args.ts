/** Argument parsing for every command, on Node's own parseArgs; bad options become InputError (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../types';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command that reads data accepts. */
export const DATA_OPTIONS: Options = {
  'cache-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

export function parse(args: readonly string[], options: Options, maxPositionals: number): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...DATA_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(String((e as Error).message).replace(/\. To specify a positional.*$/s, '.'));
  }
  if (parsed.positionals.length > maxPositionals && !parsed.values['help']) {
    throw new InputError(`Unexpected argument "${parsed.positionals[maxPositionals]}".`);
  }
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

/** A positive whole number option. */
export function positiveInt(p: Parsed, name: string): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InputError(`--${name} must be a whole number of at least 1, not "${v}".`);
  return Number(v);
}
