/**
 * Recalculation after new data, in a real formula engine: the BUILT functions.js runs in a vm whose `Excel` global is
 * a stand-in backed by HyperFormula (calculate(Full) + sync = HyperFormula's full recalculation). Finding 1 of
 * issue 13 is reproduced first (new data, no recalculation: the cells keep the old values), then the bundle's own
 * runtime, reacting to the new data, asks "Excel" for a full recalculation and the cells show the new data.
 * The expected values are the new round's fields as written by this test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { HyperFormula } from 'hyperformula';
import { distFile, ensureBuilt, readFunctionsJson } from './helpers/bundle';
import { makeStandIn } from './helpers/standIn';
import { recountLatest, serialOf } from './helpers/recount';
import { EXCEL_LIKE_CONFIG, registerEEPlugin } from '../../excel-addin/hyperformula';
import { bundledData } from '../../core/data/bundled';
import { dayFromIso } from '../../core/feed/dates';
import type { DataSet } from '../../core/feed/snapshot';
import type { Round } from '../../core/types';

interface BundleStore {
  data(): DataSet;
  setData(d: DataSet, origin: string): void;
  recalcStatus(): { ok: boolean; message: string } | null;
}

function withRound(base: DataSet, extra: Round): DataSet {
  return { provenance: { ...base.provenance, newestRound: extra.round, newestDate: extra.date, rounds: base.rounds.length + 1 }, rounds: [...base.rounds, extra] };
}

describe('excel-addin: new data reaches the cells through a full recalculation (HyperFormula as the engine)', function () {
  this.timeout(120_000);
  let hf: HyperFormula;
  let store: BundleStore;
  const requests: string[] = [];

  before(async () => {
    await ensureBuilt();
    const cf = makeStandIn();
    // The stand-in of Excel's API: what the add-in requests is recorded, and "Full" recalculates HyperFormula.
    const excel = {
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
      async run<T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
        const pending: string[] = [];
        const ctx = {
          workbook: { application: { calculate: (type: string) => pending.push(type) }, load: () => undefined },
          // Like the real sync, a round trip: nothing is recalculated before it.
          sync: async () => {
            await new Promise((r) => setTimeout(r, 5));
            for (const t of pending.splice(0)) {
              requests.push(t);
              if (t === 'Full') hf.rebuildAndRecalculate();
            }
          },
        };
        return batch(ctx);
      },
    };
    const context = vm.createContext({ CustomFunctions: cf, Excel: excel, setTimeout, clearTimeout });
    new vm.Script(readFileSync(distFile('functions.js'), 'utf8'), { filename: 'functions.js' }).runInContext(context);
    store = (context as { EEAddin?: { store: BundleStore } }).EEAddin!.store;
    registerEEPlugin(readFunctionsJson(), cf.registrations, { DRAWS: [600, 5], POOL: [19, 5], CUTOFF_STATS: [1, 5], DATA_INFO: [6, 2] });
    hf = HyperFormula.buildFromSheets(
      {
        Sheet1: [
          ['=EE.CRS_CUTOFF("CEC")', '=EE.ITAS("CEC")', '=EE.LAST_DRAW("CEC")', '=EE.DRAW_COUNT("CEC", 2026)', '=EE.DATA_INFO("round")', '=EE.CRS_CUTOFF("CEC", DATE(2025,11,29))'],
        ],
      },
      EXCEL_LIKE_CONFIG,
    );
  });
  after(() => hf?.destroy());

  const row = (): unknown[] => hf.getSheetValues(0)[0]!;

  it('without a recalculation the cells keep the old data (the finding), with Excel\'s full recalculation they show the new round', async () => {
    const latestCec = recountLatest('CEC', '9999-12-31')!;
    const cec2026 = bundledData().rounds.filter((r) => r.category === 'CEC' && r.date.startsWith('2026')).length;
    const old = row();
    assert.deepEqual(old.slice(0, 3), [latestCec.crs, latestCec.size, serialOf(latestCec.date)]);
    const oldRound = old[4];

    const base = bundledData();
    const last = base.rounds[base.rounds.length - 1]!;
    const fresh: Round = { ...last, round: 9500, order: 9_500_000, date: '2026-11-20', day: dayFromIso('2026-11-20')!, category: 'CEC', name: 'Canadian Experience Class', crs: 488, invitations: 4321 };
    // The finding: a function called now answers the new value, but the cells are not recalculated by themselves.
    const engineOnly = HyperFormula.buildFromSheets({ S: [['=EE.CRS_CUTOFF("CEC")']] }, EXCEL_LIKE_CONFIG);
    const before = requests.length;
    store.setData(withRound(base, fresh), 'refresh');
    assert.deepEqual(row(), old, 'new data alone changes no cell');
    assert.equal(engineOnly.getCellValue({ sheet: 0, row: 0, col: 0 }), latestCec.crs, 'an engine nobody asks to recalculate keeps the old value');
    engineOnly.destroy();

    // The bundle's runtime saw the new data and asked Excel for a full recalculation.
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(requests.slice(before), ['Full']);
    assert.deepEqual(row().slice(0, 5), [488, 4321, serialOf('2026-11-20'), cec2026 + 1, 9500]);
    assert.notEqual(oldRound, 9500);
    assert.equal(row()[5], old[5], 'a question about a past date keeps its answer');
    const status = store.recalcStatus();
    assert.ok(status?.ok, status?.message);
    assert.match(status.message, /recalculated every formula after the refresh/);
  });

  it('a failing Excel API is reported (the pane shows it), never thrown', async () => {
    const { recalculate } = await import('../../excel-addin/recalc');
    const broken = { CalculationType: { full: 'Full' }, run: async () => Promise.reject(new Error('RichApi.Error: busy')) };
    const r = await recalculate(broken, 'button');
    assert.equal(r.ok, false);
    assert.match(r.message, /could not recalculate \(RichApi\.Error: busy\): press Ctrl\+Alt\+F9/);
    const none = await recalculate(null, 'button');
    assert.equal(none.ok, false);
    assert.match(none.message, /Excel is not available/);
  });
});
