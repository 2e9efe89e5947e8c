/**
 * The CEC family: qualifying Canadian work hours and eligibility from a range of jobs. The range has the columns
 * start, end, hours per week, NOC, then optional TRUE/FALSE columns paid, in Canada, authorized, self-employed,
 * full-time study; a header row and empty rows are skipped.
 */
import { cecHours as coreCecHours, checkCec, errorText, isoFromDay, pathText, localDay, type CecHours, type Job, hoursPerWeekProblem, jobEndProblem, thousands } from '../../core/index';
import { type CellInput, describe, isMissing, readDate, readFlag, readNumber, readRows, rowIsEmpty } from './args';
import { ArgumentError } from './errors';

const FLAG_COLUMNS = [
  ['paid', 'paid'],
  ['inCanada', 'in Canada'],
  ['authorized', 'authorized'],
  ['selfEmployed', 'self-employed'],
  ['duringFullTimeStudy', 'full-time study'],
] as const;

/** Does a row look like a header: no number in the first four cells, and a start cell that is text but no date? */
function isHeaderRow(row: readonly CellInput[]): boolean {
  const first = row[0];
  if (typeof first !== 'string' || isMissing(first)) return false;
  if (row.slice(0, 4).some((c) => typeof c === 'number' || typeof c === 'boolean')) return false;
  try {
    readDate(first, 'start', false);
    return false;
  } catch {
    return true;
  }
}

/** NOC code text: 5 digits; a number loses leading zeros in a cell (11 → "00011"). */
function readNoc(v: CellInput, where: string): string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 99999) return String(v).padStart(5, '0');
  if (typeof v === 'string' && /^\s*\d{5}\s*$/.test(v)) return v.trim();
  if (isMissing(v)) throw new ArgumentError(`Bad jobs range: ${where} has no NOC code (5 digits, e.g. 21232).`);
  throw new ArgumentError(`Bad jobs range: ${where} NOC ${describe(v)} is not a 5-digit NOC 2021 code.`);
}

/**
 * Most jobs one range may hold. The check's cost grows with jobs × days of the 3-year window, so a limit keeps every
 * call short (a range may still have any number of empty rows: they are skipped at no cost).
 */
export const MAX_JOBS = 1000;

/** Reads the jobs range into core Jobs. */
export function readJobs(range: CellInput): Job[] {
  const rows = readRows(range, 'jobs range');
  const jobs: Job[] = [];
  rows.forEach((row, i) => {
    if (rowIsEmpty(row)) return;
    if (i === 0 && isHeaderRow(row)) return;
    const where = `row ${i + 1}`;
    if (jobs.length >= MAX_JOBS) throw new ArgumentError(`Bad jobs range: more than ${thousands(MAX_JOBS)} jobs (${where} is job ${thousands(MAX_JOBS + 1)}); list at most ${thousands(MAX_JOBS)}.`);
    if (row.length < 4) throw new ArgumentError(`Bad jobs range: it needs the columns start, end, hours per week and NOC (${where} has ${row.length}).`);
    if (row.length > 9) throw new ArgumentError(`Bad jobs range: at most 9 columns (start, end, hours per week, NOC, paid, in Canada, authorized, self-employed, full-time study); ${where} has ${row.length}.`);
    let start: number;
    let end: number | undefined;
    let hours: number;
    try {
      start = readDate(row[0], 'start date', false);
      end = readDate(row[1], 'end date', true);
      hours = readNumber(row[2], 'hours per week');
    } catch (e) {
      throw new ArgumentError(`Bad jobs range, ${where}: ${errorText(e)}`);
    }
    // The job rules are the core's (one copy for profiles, the hour count and this range).
    const problem = hoursPerWeekProblem(hours) ?? jobEndProblem(isoFromDay(start), end === undefined ? null : isoFromDay(end));
    if (problem) throw new ArgumentError(`Bad jobs range, ${where}: ${problem}`);
    const job: { -readonly [K in keyof Job]: Job[K] } = {
      noc: readNoc(row[3], where),
      start: isoFromDay(start),
      end: end === undefined ? null : isoFromDay(end),
      hoursPerWeek: hours,
    };
    FLAG_COLUMNS.forEach(([key, label], k) => {
      const cell = row[4 + k];
      const fallback = key === 'selfEmployed' || key === 'duringFullTimeStudy' ? false : true;
      try {
        job[key] = readFlag(cell, label, fallback);
      } catch (e) {
        throw new ArgumentError(`Bad jobs range, ${where}: ${errorText(e)}`);
      }
    });
    jobs.push(job);
  });
  if (jobs.length === 0) throw new ArgumentError('Bad jobs range: no jobs in it (columns start, end, hours per week, NOC).');
  return jobs;
}

function hoursOf(jobs: CellInput, as_of: CellInput): CecHours {
  const list = readJobs(jobs);
  const asOf = readDate(as_of, 'as-of date', true) ?? localDay();
  const result = coreCecHours(list, isoFromDay(asOf), []);
  const problem = result.errors[0];
  if (problem) throw new ArgumentError(`Bad jobs range: ${problem.message}`);
  return result;
}

/**
 * Qualifying Canadian work hours for the CEC in the 3 years up to a date, counted per day (1,560 h = 364 days full-time).
 * @customfunction CEC_HOURS
 * @param jobs Range: start, end (empty: ongoing), hours per week, NOC; optional TRUE/FALSE: paid, in Canada, authorized, self-employed, study.
 * @param [as_of] Date of the check. Default: today.
 * @returns Qualifying hours.
 */
export function cecHours(jobs: unknown[][], as_of?: number | string): number {
  return hoursOf(jobs, as_of).qualifyingHours;
}

/**
 * TRUE when the jobs give enough qualifying Canadian work experience for the Canadian Experience Class at a CLB level.
 * @customfunction CEC_ELIGIBLE
 * @param jobs Range: start, end (empty: ongoing), hours per week, NOC; optional TRUE/FALSE: paid, in Canada, authorized, self-employed, study.
 * @param clb The candidate's minimum CLB (NCLC) level from valid results (e.g. from EE.CLB).
 * @param [as_of] Date of the check. Default: today.
 * @returns TRUE when eligible.
 */
export function cecEligible(jobs: unknown[][], clb: number, as_of?: number | string): boolean {
  const level = readNumber(clb, 'clb');
  if (!Number.isInteger(level) || level < 0 || level > 12) throw new ArgumentError(`Bad clb ${describe(clb)}: use a CLB level, a whole number from 0 to 12.`);
  const list = readJobs(jobs);
  const asOf = isoFromDay(readDate(as_of, 'as-of date', true) ?? localDay());
  // The level given is the candidate's current, valid level: dated on the as-of date so that its validity is known.
  const language = { test: 'CLB' as const, date: asOf, reading: level, writing: level, listening: level, speaking: level };
  const result = checkCec({ asOf, jobs: list, language }, { asOf });
  const problem = result.errors[0];
  if (problem) throw new ArgumentError(`Bad jobs range: ${problem.message}${problem.path.length ? ` (${pathText(problem.path)})` : ''}`);
  return result.eligible;
}
