/** Reading tool arguments (JSON from a model or a client): strict, with messages that name the argument. */
import { InputError, clipInput } from '../types';
import { toDay } from '../draws/dateInput';
import { isoFromDay } from '../feed/dates';

export type Args = Readonly<Record<string, unknown>>;

/** The arguments object; an unknown property is an error that lists the known ones (a typo is not ignored). */
export function readArgs(value: unknown, known: readonly string[]): Args {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError('The arguments must be an object.');
  const extra = Object.keys(value).filter((k) => !known.includes(k));
  if (extra.length) {
    const takes = known.length ? `this tool takes ${known.join(', ')}` : 'this tool takes no arguments';
    throw new InputError(`Unknown argument "${clipInput(extra[0]!)}": ${takes}.`);
  }
  return value as Args;
}

export function optionalString(args: Args, name: string): string | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new InputError(`"${name}" must be a string.`);
  return v;
}

export function requiredString(args: Args, name: string, example: string): string {
  const v = optionalString(args, name);
  if (v === undefined || v.trim() === '') throw new InputError(`Missing "${name}", e.g. ${example}.`);
  return v;
}

/** An ISO date from a YYYY-MM-DD argument (InputError for anything else). */
export function optionalDate(args: Args, name: string): string | undefined {
  const v = optionalString(args, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) throw new InputError(`Bad "${name}" "${clipInput(v)}": use YYYY-MM-DD, e.g. 2025-11-29.`);
  return isoFromDay(toDay(v.trim(), `"${name}"`));
}

export function optionalBoolean(args: Args, name: string): boolean {
  const v = args[name];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new InputError(`"${name}" must be true or false.`);
  return v;
}

export function optionalInteger(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new InputError(`"${name}" must be a whole number from ${min} to ${max}.`);
  }
  return v;
}

export function requiredNumber(args: Args, name: string): number {
  const v = args[name];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError(`"${name}" must be a number (the test score).`);
  return v;
}

/** from ≤ to, when both are given. */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw new InputError(`"from" ${from} is after "to" ${to}.`);
}

/** The "profile" argument: the profile object (the content of a *.ee-profile.json file). */
export function requiredProfile(args: Args): object {
  const profile = args['profile'];
  if (profile === undefined || profile === null || typeof profile !== 'object' || Array.isArray(profile)) {
    throw new InputError('"profile" must be the profile object (the content of a *.ee-profile.json file).');
  }
  return profile;
}

/** The arguments other than "profile" (for a tool's answerFor). */
export function withoutProfile(args: Args): Args {
  return Object.fromEntries(Object.entries(args).filter(([k]) => k !== 'profile'));
}

/** A profile held by the caller (an open file): it must be a JSON object. */
export function profileObject(profile: unknown, source: string): object {
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    throw new InputError(`${source} is not a profile: its content must be a JSON object ({"asOf": …, "jobs": […], …}).`);
  }
  return profile;
}

/** A string or a list of strings (e.g. categories); undefined when absent. */
export function optionalStringList(args: Args, name: string): readonly string[] | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || !list.every((x): x is string => typeof x === 'string')) throw new InputError(`"${name}" must be a string or a list of strings.`);
  return list;
}
