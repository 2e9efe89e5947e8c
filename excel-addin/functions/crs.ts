/**
 * The CRS family: a candidate's Comprehensive Ranking System score from a two-column range of field/value rows, with
 * the profile's JSON field names and dotted paths for nested fields ("education.level", "language.reading",
 * "spouse.language.test", even "jobs.0.noc"). A header row and rows with an empty value are skipped. The core reads
 * and scores the profile; a bad field gives #VALUE! naming it.
 */
import { CRS_PROFILE_KEYS, crsFromJson, isoFromDay, localToday, parseUserDate, pathText, type CrsResult } from '../../core/index';
import { type CellInput, describe, isMissing, readDate, readRows, dayFromSerial } from './args';
import { ArgumentError } from './errors';

const TOP_FIELDS: readonly string[] = ['asOf', 'jobs', 'studyPeriods', 'language', ...CRS_PROFILE_KEYS];
/** Most field rows one range may hold (a profile has a few dozen). */
export const MAX_FIELD_ROWS = 1000;

type Json = Record<string, unknown> | unknown[];

const isDateField = (path: readonly string[]): boolean => {
  const last = path[path.length - 1]!;
  return last === 'asOf' || last === 'dateOfBirth' || last === 'date' || last === 'start' || last === 'end';
};
const isNocField = (path: readonly string[]): boolean => path[path.length - 1] === 'noc';
const BOOLEAN_FIELDS = new Set(['certificateOfQualification', 'provincialNomination', 'siblingInCanada', 'canadianCitizenOrPR', 'accompanying', 'paid', 'inCanada', 'authorized', 'selfEmployed', 'duringFullTimeStudy', 'fullTime']);

/** A cell value as the profile's JSON wants it for this field: dates as ISO text, NOC codes as 5-digit text, flags as booleans. */
function jsonValue(path: readonly string[], v: CellInput, field: string): unknown {
  if (isDateField(path)) {
    if (typeof v === 'number') return isoFromDay(dayFromSerial(v, field));
    if (typeof v === 'string') {
      const day = parseUserDate(v);
      if (day === null) throw new ArgumentError(`Bad profile field ${field}: ${describe(v)} is not a date (use DATE(2025,11,29) or "2025-11-29").`);
      return isoFromDay(day);
    }
  }
  if (isNocField(path) && typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 99999) return String(v).padStart(5, '0');
  if (BOOLEAN_FIELDS.has(path[path.length - 1]!) && typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (t === 'true' || t === 'yes') return true;
    if (t === 'false' || t === 'no') return false;
  }
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  throw new ArgumentError(`Bad profile field ${field}: ${describe(v)} is not a value.`);
}

/** Puts `value` at a dotted path, creating objects (or lists, for numeric parts). */
function setPath(root: Record<string, unknown>, parts: readonly string[], value: unknown, field: string): void {
  let node: Json = root;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
    const key: string | number = Array.isArray(node) ? Number(part) : part;
    if (Array.isArray(node) && (!/^\d+$/.test(part) || Number(part) > 99)) throw new ArgumentError(`Bad profile field ${field}: "${part}" must be a list position from 0 to 99.`);
    const holder = node as Record<string | number, unknown>;
    if (last) {
      if (holder[key] !== undefined) throw new ArgumentError(`Bad profile field ${field}: given twice.`);
      holder[key] = value;
      return;
    }
    const existing = holder[key];
    if (existing === undefined) holder[key] = nextIsIndex ? [] : {};
    else if (typeof existing !== 'object' || existing === null) throw new ArgumentError(`Bad profile field ${field}: ${parts.slice(0, i + 1).join('.')} already has a value.`);
    node = holder[key] as Json;
  });
}

/** The profile JSON of a field/value range. */
export function readProfileRange(range: CellInput): Record<string, unknown> {
  const rows = readRows(range, 'profile range');
  const profile: Record<string, unknown> = {};
  let count = 0;
  rows.forEach((row, i) => {
    const name = row[0];
    const value = row[1];
    if (isMissing(name) && isMissing(value)) return;
    if (row.length < 2) throw new ArgumentError('Bad profile range: it needs two columns, field and value.');
    if (typeof name !== 'string' || isMissing(name)) throw new ArgumentError(`Bad profile range, row ${i + 1}: the field name ${describe(name)} must be text such as "education.level".`);
    const field = name.trim();
    const parts = field.split('.');
    // A header row ("Field", "Value", or anything not a profile field) is skipped.
    if (i === 0 && !TOP_FIELDS.includes(parts[0]!)) return;
    if (isMissing(value)) return;
    if (++count > MAX_FIELD_ROWS) throw new ArgumentError(`Bad profile range: more than ${MAX_FIELD_ROWS} field rows.`);
    if (field.length > 100 || parts.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) {
      throw new ArgumentError(`Bad profile field ${describe(field)}: use the profile's field names with dots, e.g. "education.level".`);
    }
    setPath(profile, parts, jsonValue(parts, value, field), field);
  });
  if (count === 0) throw new ArgumentError('Bad profile range: no field has a value (two columns: field, value; e.g. "age" 29).');
  return profile;
}

/** Dotted field name of a problem path (["spouse", "language", "reading"] → spouse.language.reading). */
function fieldName(path: readonly (string | number)[]): string {
  return path.length ? path.map(String).join('.') : 'profile';
}

function scored(profile: CellInput, as_of: CellInput): CrsResult {
  const json = readProfileRange(profile);
  const asOf = readDate(as_of, 'as_of', true);
  // The CRS reads "jobs" as optional: a spreadsheet gives work years instead.
  const outcome = crsFromJson(json, { ...(asOf !== undefined ? { asOf: isoFromDay(asOf) } : {}), today: localToday(), scoreOnly: true });
  if (!outcome.result) {
    const p = outcome.problems[0]!;
    throw new ArgumentError(`Bad profile field ${fieldName(p.path)}: ${p.message}${outcome.problems.length > 1 ? ` (and ${outcome.problems.length - 1} more: ${outcome.problems.slice(1, 4).map((q) => pathText(q.path)).join(', ')})` : ''}`);
  }
  return outcome.result;
}

/**
 * The candidate's CRS score under the rules in force on the scoring date (as_of, else the profile's asOf, else today).
 * @customfunction CRS
 * @param profile Two-column range of field/value rows: age, education.level, language.reading… (see the help). A header row is skipped.
 * @param [as_of] Scoring date. Default: the profile's asOf, else today.
 * @returns The CRS total.
 */
export function crs(profile: unknown[][], as_of?: number | string): number {
  return scored(profile, as_of).total;
}

/**
 * The CRS score's factor lines: one row per factor with its points, a row per cap applied (negative points), then the total.
 * @customfunction CRS_DETAIL
 * @param profile Two-column range of field/value rows: age, education.level, language.reading… (see the help). A header row is skipped.
 * @param [as_of] Scoring date. Default: the profile's asOf, else today.
 * @returns A two-column table (factor, points) that spills.
 */
export function crsDetail(profile: unknown[][], as_of?: number | string): Array<Array<string | number>> {
  const r = scored(profile, as_of);
  const rows: (string | number)[][] = [['Factor', 'Points']];
  for (const section of Object.values(r.sections)) for (const f of section.factors) rows.push([f.what, f.points]);
  for (const c of r.caps) rows.push([`Cap: ${c.note}`, c.limit - c.before]);
  rows.push([`Total (rules of ${r.rules.inForceFrom ?? r.rules.id}, as of ${r.asOf})`, r.total]);
  return rows;
}
