/**
 * The shared runtime's start and its parts, with the source modules: the 1904 date system both ways, its detection,
 * the cache loaded before the first answer (OfficeRuntime.storage, or the legacy localStorage copy), local "today",
 * the data-age sentence, EE.DATA_INFO and feed files. Expected values are computed here from the calendar and the
 * snapshot's raw rows (helpers/recount), not taken from the code.
 */
import assert from 'node:assert/strict';
import { installStandIn, errorOf } from './helpers/standIn';
import { rawRounds, recountLatest, serialOf } from './helpers/recount';
import { FUNCTIONS } from '../../excel-addin/functions/register';
import { DATA_INFO_ROWS } from '../../excel-addin/functions/dataInfo';
import { dayFromSerial, serialFromDay } from '../../excel-addin/functions/args';
import { addinStore } from '../../excel-addin/functions/data';
import { createStore } from '../../excel-addin/store';
import { DATE_SYSTEM_SETTING, afterStartup, detectDateSystem, saveDateSystem, startRuntime, type RuntimeDeps } from '../../excel-addin/runtime';
import { officeStorageCache, OFFICE_STORAGE_LOCATION } from '../../excel-addin/addinCache';
import { fileSourceOf } from '../../excel-addin/taskpane/importFile';
import type { ExcelApi, OfficeRuntimeStorage, OfficeSettings } from '../../excel-addin/office';
import { bundledData } from '../../core/data/bundled';
import { dayFromIso } from '../../core/feed/dates';
import { localDay } from '../../core/feed/localDate';
import { dataAge, STALE_AFTER_DAYS } from '../../core/draws/dataAge';
import { encodeSnapshot, type DataSet } from '../../core/feed/snapshot';
import { refreshData } from '../../core/refresh/refresh';
import type { Round } from '../../core/types';

installStandIn();
// The functions as Excel calls them (behind the one error guard).
const { CRS_CUTOFF: crsCutoff, LAST_DRAW: lastDraw, DATA_INFO: dataInfo } = FUNCTIONS;
const DAY = 86_400_000;
/** Serial of an ISO date in the 1904 system, from its own epoch (1904-01-01 = 0). */
const serial1904 = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.parse('1904-01-01T00:00:00Z')) / DAY;

function withRound(base: DataSet, extra: Round): DataSet {
  return { provenance: { ...base.provenance, newestRound: extra.round, newestDate: extra.date, rounds: base.rounds.length + 1 }, rounds: [...base.rounds, extra] };
}
function newRound(date: string, crs: number, round = 9400): Round {
  const last = bundledData().rounds[bundledData().rounds.length - 1]!;
  return { ...last, round, order: round * 1000, date, day: dayFromIso(date)!, category: 'CEC', name: 'Canadian Experience Class', crs, invitations: 1111 };
}

/** An Excel stand-in: records calculate() requests; reports `use1904` (undefined: the property does not exist). */
function excelStandIn(use1904?: boolean, failLoad = false): ExcelApi & { requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    CalculationType: { full: 'Full' },
    async run<T>(batch: (ctx: never) => Promise<T>): Promise<T> {
      const workbook: Record<string, unknown> = {
        application: { calculate: (t: string) => requests.push(t) },
        load: () => {
          if (failLoad) throw new Error('PropertyNotLoaded');
        },
      };
      if (use1904 !== undefined) workbook['use1904DateSystem'] = use1904;
      return batch({ workbook, sync: async () => undefined } as never);
    },
  };
}

function settingsStandIn(initial: Record<string, unknown> = {}): OfficeSettings & { saved: Record<string, unknown> } {
  const values = { ...initial };
  const saved: Record<string, unknown> = {};
  return {
    saved,
    get: (k) => values[k] ?? null,
    set: (k, v) => void (values[k] = v),
    saveAsync: (cb) => {
      Object.assign(saved, values);
      cb?.({ status: 'succeeded' });
    },
  };
}

describe('excel-addin: the 1904 date system', () => {
  const store = addinStore();
  afterEach(() => store.setDateSystem(1900, 'default'));

  it('converts serials both ways (1904-01-01 is serial 0; the same date is 1,462 lower than in 1900)', () => {
    assert.equal(dayFromSerial(0, 'date', 1904), dayFromIso('1904-01-01'));
    assert.equal(dayFromSerial(serial1904('2025-11-29'), 'date', 1904), dayFromIso('2025-11-29'));
    assert.equal(serialFromDay(dayFromIso('2025-11-29')!, 1904), serial1904('2025-11-29'));
    assert.equal(serialFromDay(dayFromIso('2025-11-29')!, 1900) - serialFromDay(dayFromIso('2025-11-29')!, 1904), 1462);
    assert.equal(serialOf('2025-11-29') - serial1904('2025-11-29'), 1462);
    assert.throws(() => dayFromSerial(-1, 'date', 1904), /not an Excel date/);
  });

  it('the functions read and return dates in the workbook\'s system', () => {
    const expected = recountLatest('CEC', '2025-11-29')!;
    const in1900 = crsCutoff('CEC', serialOf('2025-11-29'));
    assert.equal(in1900, expected.crs);
    store.setDateSystem(1904, 'excel');
    // The same calendar day, as a 1904 workbook passes it.
    assert.equal(crsCutoff('CEC', serial1904('2025-11-29')), expected.crs);
    assert.equal(lastDraw('CEC', serial1904('2025-11-29')), serial1904(expected.date));
    assert.equal(lastDraw('CEC', '2025-11-29'), serial1904(expected.date), 'text dates are calendar dates in any system');
  });

  it('detection: Excel\'s use1904DateSystem where it exists, else the workbook\'s setting, else 1900', async () => {
    assert.deepEqual(await detectDateSystem(excelStandIn(true), null), { system: 1904, source: 'excel' });
    assert.deepEqual(await detectDateSystem(excelStandIn(false), settingsStandIn({ [DATE_SYSTEM_SETTING]: 1904 })), { system: 1900, source: 'excel' });
    assert.deepEqual(await detectDateSystem(excelStandIn(undefined), settingsStandIn({ [DATE_SYSTEM_SETTING]: 1904 })), { system: 1904, source: 'workbook setting' });
    assert.deepEqual(await detectDateSystem(excelStandIn(undefined, true), settingsStandIn()), { system: 1900, source: 'default' });
    assert.deepEqual(await detectDateSystem(null, settingsStandIn({ [DATE_SYSTEM_SETTING]: 'junk' })), { system: 1900, source: 'default' });
    const settings = settingsStandIn();
    assert.equal(await saveDateSystem(settings, 1904), true);
    assert.equal(settings.saved[DATE_SYSTEM_SETTING], 1904);
    assert.equal(await saveDateSystem(null, 1904), false);
  });
});

describe('excel-addin: one data set per workbook (the runtime\'s start)', () => {
  const cached = withRound(bundledData(), newRound('2026-11-20', 480));

  function memoryOfficeStorage(entries: Record<string, string> = {}): OfficeRuntimeStorage & { map: Map<string, string> } {
    const map = new Map(Object.entries(entries));
    return {
      map,
      getItem: async (k) => map.get(k) ?? null,
      setItem: async (k, v) => void map.set(k, v),
      removeItem: async (k) => void map.delete(k),
    };
  }

  it('a function called before the cache is loaded waits and answers from the cache, never from the bundled snapshot', async () => {
    const store = createStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const storage = memoryOfficeStorage({ 'express-entry-draws.cache.v1': encodeSnapshot(cached) });
    const slow: RuntimeDeps = {
      cache: { ...officeStorageCache(storage, null), read: async () => (await gate, storage.getItem('express-entry-draws.cache.v1')) },
      excel: excelStandIn(true),
      settings: () => null,
      officeReady: async () => true,
      hasOffice: true,
    };
    const started = startRuntime(store, slow);
    const newest = afterStartup(store, () => store.draws().newest()?.crs);
    assert.equal(newest.length, 0);
    const early: unknown = newest();
    assert.ok(early instanceof Promise, 'before the start is over, the answer is a promise');
    release();
    assert.equal(await early, 480, 'the cached round, not the bundled one');
    await started;
    assert.equal(newest(), 480, 'after the start: a plain value');
    assert.equal(store.dateSystem(), 1904);
    assert.equal(store.status().origin, 'cache');
    assert.match(store.recalcStatus()?.message ?? '', /after loading the cached data/);
  });

  it('afterStartup keeps the declared parameter count (functions.json is checked against it)', () => {
    const store = createStore();
    store.markReady();
    const f = afterStartup(store, (a: number, b?: number) => a + (b ?? 0));
    assert.equal(f.length, 2);
    assert.equal(f(1, 2), 3);
  });

  it('every later change asks Excel for a full recalculation, once per change', async () => {
    const store = createStore();
    const excel = excelStandIn(false);
    await startRuntime(store, { cache: null, excel, settings: () => null, officeReady: async () => true, hasOffice: true });
    assert.deepEqual(excel.requests, [], 'nothing changed at start: no request');
    store.setData(cached, 'refresh');
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(excel.requests, ['Full']);
    assert.match(store.recalcStatus()!.message, /after the refresh/);
    store.setData(cached, 'import');
    store.setDateSystem(1904, 'workbook setting');
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(excel.requests, ['Full', 'Full', 'Full']);
    assert.match(store.recalcStatus()!.message, /for the new date system/);
  });

  it('OfficeRuntime.storage holds the cache; an older localStorage copy is read when it is empty', async () => {
    const storage = memoryOfficeStorage();
    const legacy = new Map([['express-entry-draws.cache.v1', encodeSnapshot(cached)]]);
    const cache = officeStorageCache(storage, { getItem: (k) => legacy.get(k) ?? null, setItem: () => undefined, removeItem: () => undefined });
    assert.equal(cache.location, OFFICE_STORAGE_LOCATION);
    assert.equal(await cache.read(), encodeSnapshot(cached));
    await cache.write('new text');
    assert.equal(storage.map.get('express-entry-draws.cache.v1'), 'new text');
    assert.equal(await cache.read(), 'new text', 'the Office storage wins once it has a copy');
    const refusing = officeStorageCache({ ...storage, setItem: async () => Promise.reject(new Error('quota')) }, null);
    await assert.rejects(refusing.write('x'), /refused the data \(quota\); the previous cache is kept/);
  });
});

describe('excel-addin: today, data age and EE.DATA_INFO', () => {
  it('today is the local calendar date', () => {
    // Late evening and early morning, local time: the day is the local one whatever the time zone.
    assert.equal(localDay(new Date(2026, 10, 29, 23, 59)), Date.UTC(2026, 10, 29) / DAY);
    assert.equal(localDay(new Date(2026, 10, 29, 0, 1)), Date.UTC(2026, 10, 29) / DAY);
    const now = new Date();
    assert.equal(localDay(now), Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY);
  });

  it(`data older than ${STALE_AFTER_DAYS} days is flagged, with a sentence`, () => {
    const d = dayFromIso('2026-08-07')!;
    assert.equal(dataAge('2026-08-07', d + 14, 'excel').stale, false);
    assert.equal(dataAge('2026-08-07', d + 15, 'excel').stale, true);
    assert.equal(
      dataAge('2026-08-07', d + 114, 'excel').notice,
      'The data ends with the round of 2026-08-07, 114 days before today (2026-11-29); newer rounds may exist: click Refresh data (or Import a feed file…) in the Express Entry task pane.',
    );
    assert.equal(dataAge(null, d, 'excel').ageDays, null);
  });

  it('EE.DATA_INFO gives the newest round, its date, the age, the rounds and the source', () => {
    const raw = rawRounds();
    const newest = [...raw].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : parseFloat(a.round) - parseFloat(b.round))).pop()!;
    const table = dataInfo();
    assert.deepEqual(table.map((r) => r[0]), DATA_INFO_ROWS.map(([, label]) => label));
    assert.equal(dataInfo('round')[0]![0], Number(newest.round));
    assert.equal(dataInfo('date')[0]![0], serialOf(newest.date));
    assert.equal(dataInfo('rounds')[0]![0], raw.length);
    assert.equal(dataInfo('age')[0]![0], localDay() - dayFromIso(newest.date)!);
    assert.match(String(dataInfo('SOURCE')[0]![0]), /^https:\/\/www\.canada\.ca\//);
    assert.match(errorOf(() => dataInfo('colour')).message ?? '', /Bad field "colour": use one of round, date, source, rounds, retrieved, age/);
  });

  it('a feed file goes through the same validation and merge as a download', async () => {
    const text = JSON.stringify({ classes: '', rounds: [{ drawNumber: '9600', drawDate: '2026-11-25', drawName: 'Canadian Experience Class', drawSize: '2,000', drawCRS: '470' }] });
    const written: string[] = [];
    const cache = { location: 'memory', read: async () => null, write: async (t: string) => void written.push(t) };
    const ok = await refreshData(bundledData(), fileSourceOf({ name: 'ee_rounds_123_en.json', size: text.length, text: async () => text }), cache);
    assert.equal(ok.ok, true, ok.message);
    assert.deepEqual(ok.added, [9600]);
    assert.equal(ok.data.rounds.length, bundledData().rounds.length + 1);
    assert.equal(ok.data.provenance.source, 'file ee_rounds_123_en.json');
    assert.equal(written.length, 1);
    const bad = await refreshData(bundledData(), fileSourceOf({ name: 'page.html', size: 20, text: async () => '<html>nope</html>' }), cache);
    assert.equal(bad.ok, false);
    assert.equal(bad.data, bundledData(), 'nothing changed');
    assert.match(bad.message, /Refresh failed: not a feed: got an HTML or XML page/);
    const big = await refreshData(bundledData(), fileSourceOf({ name: 'big.json', size: 5000, text: async () => '{}' }, 1024), cache);
    assert.match(big.message, /too large \(5000 bytes; the limit is 1024\)/);
    assert.equal(written.length, 1, 'a refused file writes no cache');
  });
});
