// Expected values computed independently of the extension: straight from the rows of core/data/snapshot.json and
// from the local test feed test/fixtures/feeds/later-rounds.json (hand-written, later than the snapshot).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LATER_FEED, ROOT } from '../workbench/harness';

export interface PlainRound {
  number: string;
  date: string;
  name: string;
  size: number;
  crs: number;
}

interface Snapshot {
  fields: string[];
  names: string[];
  rounds: (string | number)[][];
}

function snapshotRounds(): PlainRound[] {
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'core/data/snapshot.json'), 'utf8')) as Snapshot;
  // By the fields' names: format 1 used the feed's names (drawNumber…), format 2 its own (round…).
  const column = (...names: string[]): number => {
    const i = snapshot.fields.findIndex((f) => names.includes(f));
    if (i < 0) throw new Error(`core/data/snapshot.json has no field ${names.join(' or ')}`);
    return i;
  };
  const n = column('drawNumber', 'round');
  const d = column('drawDate', 'date');
  const name = column('drawName', 'name');
  const size = column('drawSize', 'invitations');
  const crs = column('drawCRS', 'crs');
  return snapshot.rounds.map((row) => ({
    number: String(row[n]),
    date: String(row[d]),
    name: snapshot.names[Number(row[name])] ?? '',
    size: Number(row[size]),
    crs: Number(row[crs]),
  }));
}

export const rounds = snapshotRounds();
const newestFirst = [...rounds].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : Number(b.number) - Number(a.number)));
const CEC = 'Canadian Experience Class';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the test data has no ${what}`);
  return value;
}

export const latestCec = required(newestFirst.find((r) => r.name === CEC), 'CEC round in the bundled snapshot');
export const HOVER_DATE = '2025-11-26';
export const hoverCec = required(rounds.find((r) => r.date === HOVER_DATE && r.name === CEC), `CEC round on ${HOVER_DATE}`);

interface FeedRound {
  drawNumber: string;
  drawDate: string;
  drawName: string;
  drawCRS: string;
}
const laterFeed = (JSON.parse(readFileSync(LATER_FEED, 'utf8')) as { rounds: FeedRound[] }).rounds;
/** The newest CEC round of the local test feed, and the round of its new category (Beekeeping). */
export const laterCec = required(laterFeed.find((r) => r.drawName === CEC), 'CEC round in later-rounds.json');
export const laterNew = required(laterFeed.find((r) => /Beekeeping/.test(r.drawName)), 'Beekeeping round in later-rounds.json');
