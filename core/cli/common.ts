/** What the draw commands share: loading data (cache or bundled) and reading dates and categories. */
import type { Draws } from '../draws/draws';
import { loadCliDataAt } from './data';
import { toDay } from '../draws/dateInput';
import { isoFromDay } from '../feed/dates';
import { InputError } from '../types';
import type { CliIO } from './io';
import { dataAge } from '../draws/dataAge';
import { today } from '../feed/dates';
import { str, type Parsed } from './args';

/** The draws to answer from: the refreshed cache when there is one, else the bundled snapshot. */
export async function loadDraws(p: Parsed, io: CliIO): Promise<Draws> {
  const dir = str(p, 'cache-dir');
  if (dir === '') throw new InputError('--cache-dir needs a directory.');
  return (await loadCliDataAt(dir, io)).draws;
}

/** Text output says when the data is old (its newest round more than 14 days before today) and how to refresh. */
export function noteDataAge(draws: Draws, io: CliIO, json: boolean): void {
  if (json) return;
  const notice = dataAge(draws.newest(), today(), 'cli').notice;
  if (notice) io.err(`Note: ${notice}`);
}

/** An ISO date from an argument; InputError for a bad one. Undefined stays undefined. */
export function dateArg(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  return isoFromDay(toDay(value, what));
}

export function requireCategory(p: Parsed, draws: Draws, usage: string): string {
  const c = p.positionals[0];
  if (c === undefined) throw new InputError(`Missing category. Usage: ${usage}`);
  return draws.resolve(c);
}

export function optionCategory(p: Parsed, draws: Draws): string {
  return draws.resolve(str(p, 'category') ?? 'ALL');
}
