/**
 * The one argument path of `ee`: every command declares its arguments and options (CommandSpec); this parses them
 * and writes every command's --help from the same declaration, so what a command accepts and what its help says
 * cannot drift apart. Our own small parser (not util.parseArgs) so that every message is ours: no abbreviations, no
 * undocumented short options, user input always clipped.
 */
import { InputError, clipInput } from '../types';

/** An option: `--name` (a flag) or `--name VALUE` / `--name=VALUE`. */
export interface OptionSpec {
  /** Long name without the dashes. */
  readonly name: string;
  /** Placeholder of its value in the help (D, N, DIR…); absent for a flag. */
  readonly value?: string;
  readonly help: string;
  /** May be given several times (`--category CEC --category french`): read with list(). */
  readonly repeatable?: boolean;
}

export interface PositionalSpec {
  readonly name: string;
  readonly help: string;
  /** May be left out (shown as [name]). */
  readonly optional?: boolean;
}

export interface CommandSpec {
  readonly name: string;
  /** One line for `ee --help`. */
  readonly summary: string;
  /** What the command does, a few lines. */
  readonly description: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: readonly OptionSpec[];
  /** Reads the data (bundled or refreshed): adds --cache-dir. */
  readonly readsData: boolean;
  /** What --json prints. */
  readonly json: string;
  /** The exit codes line(s). */
  readonly exitCodes: string;
  /** Text after the exit codes (notes), optional. */
  readonly notes?: string;
  readonly examples: readonly string[];
}

export const CACHE_DIR_OPTION: OptionSpec = {
  name: 'cache-dir',
  value: 'DIR',
  help: 'where refreshed data is cached (default: EE_CACHE_DIR, else the user\'s cache folder)',
};
const HELP_OPTION: OptionSpec = { name: 'help', help: 'this help (also -h)' };

/** Every option a command accepts, in help order: its own, --json, --cache-dir, --help. */
export function allOptions(spec: CommandSpec): OptionSpec[] {
  const json: OptionSpec = { name: 'json', help: spec.json };
  return [...spec.options, json, ...(spec.readsData ? [CACHE_DIR_OPTION] : []), HELP_OPTION];
}

export function usageLine(spec: CommandSpec): string {
  const pos = spec.positionals.map((p) => (p.optional ? `[${p.name}]` : `<${p.name}>`));
  return ['ee', spec.name, ...pos, '[options]'].join(' ');
}

/** The --help text of a command. */
export function helpText(spec: CommandSpec): string {
  const options = allOptions(spec);
  const label = (o: OptionSpec): string => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(...options.map((o) => label(o).length), ...spec.positionals.map((p) => p.name.length));
  const row = (left: string, text: string): string =>
    `  ${left.padEnd(width)}  ${text.replace(/\n/g, `\n  ${' '.repeat(width)}  `)}`;
  const lines = [usageLine(spec), '', spec.description, ''];
  if (spec.positionals.length) lines.push('Arguments:', ...spec.positionals.map((p) => row(p.name, p.help)));
  lines.push('Options:', ...options.map((o) => row(label(o), o.help)), '', `Exit codes: ${spec.exitCodes}`);
  if (spec.notes) lines.push(spec.notes);
  lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

export interface Parsed {
  readonly positionals: readonly string[];
  /** Option values by name: the text for a value option, true for a flag. */
  readonly values: ReadonlyMap<string, string | true>;
  /** Every value of a repeatable option, in the order given (its last one is also in values). */
  readonly lists?: ReadonlyMap<string, readonly string[]>;
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** The values of a repeatable option (none: []). */
export function list(p: Parsed, name: string): readonly string[] {
  return p.lists?.get(name) ?? [];
}

export function flag(p: Parsed, name: string): boolean {
  return p.values.get(name) === true;
}

/** Whether the arguments ask for help (-h or --help before any `--`): help wins over everything else. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** A token that reads as a number ("-3", "-0.5"): a value, not an option. */
const NUMBER_LIKE = /^-(\d|\.\d)/;

/**
 * Parses a command's arguments against its spec. Throws InputError (exit 2) for an unknown option, an option
 * given twice, a missing value, a value given to a flag or too many arguments; the messages quote user input
 * clipped. Positionals missing are left for the command to report (it knows what they mean).
 */
export function parseArgs(spec: CommandSpec, args: readonly string[]): Parsed {
  const options = new Map(allOptions(spec).map((o) => [o.name, o]));
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  const lists = new Map<string, string[]>();
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (onlyPositionals || a === '-' || !a.startsWith('-') || NUMBER_LIKE.test(a)) {
      positionals.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositionals = true;
      continue;
    }
    if (!a.startsWith('--')) {
      throw new InputError(`Unknown option "${clipInput(a)}" (options are written in full, e.g. --json).`);
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const option = options.get(name);
    if (!option || name === 'help') throw new InputError(`Unknown option "${clipInput(eq < 0 ? a : a.slice(0, eq))}".`);
    if (values.has(name) && !option.repeatable) throw new InputError(`--${name} is given twice; give it once.`);
    if (!option.value) {
      if (eq >= 0) throw new InputError(`--${name} takes no value.`);
      values.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next !== undefined && (!next.startsWith('-') || next === '-' || NUMBER_LIKE.test(next))) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value.trim() === '') throw new InputError(`--${name} needs a value (${option.value}).`);
    values.set(name, value);
    if (option.repeatable) lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  if (positionals.length > spec.positionals.length) {
    throw new InputError(`Unexpected argument "${clipInput(positionals[spec.positionals.length]!)}".`);
  }
  return { positionals, values, lists };
}
