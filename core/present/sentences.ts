/** The sentences faces show when nothing is found, and the ones that explain a figure: one wording everywhere. */
import type { Period } from '../draws/period';
import type { CategorySummary } from '../draws/window';
import { oneDecimal, plural } from './text';

/**
 * The pool date rule, as the help of `ee pool`, EE.POOL and the docs state it: the pool "on a date" is the newest
 * published distribution whose own snapshot date (the feed's drawDistributionAsOn) is on or before that date.
 */
export const POOL_DATE_RULE = 'the newest published distribution whose snapshot date is on or before the date';

/** "Canadian Experience Class " for a category, "" for ALL: what goes before "rounds" in a sentence. */
function what(label: string | null): string {
  return label ? `${label} ` : '';
}

/** "No CEC rounds from 2025-01-01 to 2025-06-30." (label null: any category). */
export function noRoundsText(label: string | null, period: Period = {}): string {
  if (period.year !== undefined) return `No ${what(label)}rounds in ${period.year}.`;
  return `No ${what(label)}rounds${period.from ? ` from ${period.from}` : ''}${period.to ? ` to ${period.to}` : ''}.`;
}

/** "No CEC round on or before 2024-01-01." / "No CEC round in the data." */
export function noRoundOnOrBeforeText(label: string | null, date?: string): string {
  return date === undefined ? `No ${what(label)}round in the data.` : `No ${what(label)}round on or before ${date}.`;
}

/** "No pool distribution published on or before 2015-01-01." */
export function noPoolText(date?: string): string {
  return date === undefined ? 'No pool distribution in the data.' : `No pool distribution published on or before ${date}.`;
}

/** "the last 10 rounds (2025-05-01 to 2025-11-26)" or "2025-01-01 to 2025-06-30". */
export function windowText(s: CategorySummary): string {
  if (s.count === 0) return s.window === 'last' ? `the last ${plural(s.lastN ?? 0, 'round')}` : 'that period';
  return s.window === 'last' ? `the last ${plural(s.count, 'round')} (${s.from} to ${s.to})` : `${s.from} to ${s.to}`;
}

/**
 * "Last round #432 on 2026-08-05: 2 days before 2026-08-07, the newest data. Mean gap between the rounds counted:
 * 17.2 days." Days since the last round are counted to the data's end when the data is older than the date asked.
 */
export function rhythmText(s: CategorySummary): string {
  if (!s.lastRound || s.daysSinceLast === null) return '';
  const before = s.asOfIsDataEnd ? `${s.asOf}, the newest data` : s.asOf;
  const gap = s.meanGapDays === null ? '' : ` Mean gap between the rounds counted: ${oneDecimal(s.meanGapDays)} days.`;
  return `Last round #${String(s.lastRound.round)} on ${s.lastRound.date}: ${plural(s.daysSinceLast, 'day')} before ${before}.${gap}`;
}

/** "as of the data (2026-08-07)" or "as of 2025-11-29": the label of "days since the last round". */
export function daysSinceLabel(s: CategorySummary): string {
  return s.asOfIsDataEnd ? `as of the data (${s.asOf})` : `as of ${s.asOf}`;
}
