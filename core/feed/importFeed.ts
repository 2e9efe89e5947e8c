/** The importer: feed text → rounds + an import report. Used by `npm run data:import` and by refresh. */
import type { FeedWarning } from '../types';
import { FeedError, readFeed, type FeedReading } from './parse';

/** Parses feed text; throws FeedError for text that is not JSON or not a feed. */
export function parseFeedText(text: string): FeedReading {
  let doc: unknown;
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) throw new FeedError('Not a feed: got an HTML or XML page instead of JSON.');
  try {
    doc = JSON.parse(trimmed);
  } catch (e) {
    throw new FeedError(`Not a feed: the JSON is broken or truncated (${(e as Error).message}).`);
  }
  return readFeed(doc);
}

/** Warnings grouped by kind, for reports. */
export function warningsByKind(warnings: readonly FeedWarning[]): Map<string, FeedWarning[]> {
  const m = new Map<string, FeedWarning[]>();
  for (const w of warnings) {
    let list = m.get(w.kind);
    if (!list) m.set(w.kind, (list = []));
    list.push(w);
  }
  return m;
}

/** A human import report: rounds read and warnings by kind with examples. */
export function importReport(reading: FeedReading, source: string): string {
  const lines = [`Imported ${reading.rounds.length} of ${reading.roundsSeen} rounds from ${source}.`];
  const newest = reading.rounds[reading.rounds.length - 1];
  if (newest) lines.push(`Newest round: #${newest.round} on ${newest.date}. Oldest: #${reading.rounds[0]!.round} on ${reading.rounds[0]!.date}.`);
  const groups = warningsByKind(reading.warnings);
  if (groups.size === 0) lines.push('No warnings.');
  else lines.push(`${reading.warnings.length} warnings:`);
  for (const [kind, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${kind}: ${list.length}`);
    for (const w of list.slice(0, 3)) lines.push(`    round ${w.round}: ${w.message}`);
    if (list.length > 3) lines.push(`    … and ${list.length - 3} more`);
  }
  return lines.join('\n');
}
