/**
 * The task pane: data status and age, refresh (with progress and errors), import of a downloaded feed file, the
 * workbook's date system, recalculation, and the function reference. It runs in the same page as functions.js
 * (Excel's shared runtime) and works on the data store that bundle publishes on `globalThis.EEAddin`: the runtime
 * has loaded the cache and the date system before the pane starts, and asks Excel to recalculate after every change
 * made here. Feed text is only ever put into the page with textContent.
 */
import {
  dataAge, errorText, feedUrlProblem, IRCC_FEED_URL, itas, localDay, officialRoundUrl, OGL_ATTRIBUTION, plural, refreshData, thousands,
  type CacheStore, type FeedSource,
} from '../../core/index';
import type { AddinGlobal, AddinStore, DataOrigin, DateSystem } from '../store';
import { OFFICE_STORAGE_LOCATION, addinCache } from '../addinCache';
import { excelApi, office, workbookSettings } from '../office';
import { requestRecalc, saveDateSystem } from '../runtime';
import { browserStorage, saveFeedUrl, savedFeedUrl } from './browserCache';
import { limitsText, paneSource, refreshLimits } from './download';
import { fileSourceOf } from './importFile';
import { applyTheme } from './theme';

function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`The pane has no #${id}.`);
  return e as T;
}

function setText(id: string, text: string): void {
  el(id).textContent = text;
}

type Kind = 'ok' | 'error' | 'warn' | 'info';

function showIn(id: string, text: string, kind: Kind): void {
  const m = el<HTMLParagraphElement>(id);
  m.textContent = text;
  m.className = `message ${kind === 'info' ? '' : kind}`.trim();
}

function showMessage(text: string, kind: Kind): void {
  showIn('message', text, kind);
}

const ORIGINS: Record<DataOrigin, string> = {
  bundled: 'bundled snapshot',
  cache: 'browser cache',
  refresh: 'refresh (this session)',
  import: 'imported file (this session)',
};

const DATE_SYSTEM_SOURCES = {
  excel: 'reported by Excel',
  'workbook setting': 'chosen for this workbook',
  default: "Excel's default; choose 1904 if this workbook uses it",
} as const;

function when(iso: string | null | undefined): string {
  if (!iso) return 'never';
  return iso.replace('T', ' ').replace(/:\d\dZ$|Z$/, ' UTC');
}

/** "browser cache" or "add-in storage": where a cached data set was read from. */
let cacheLabel = ORIGINS.cache;

export function renderStatus(store: AddinStore): void {
  const s = store.status();
  const newest = store.draws().newest();
  setText('st-newest', newest ? `#${String(newest.round)} · ${newest.date} · CRS ${newest.crs} · ${itas(newest.invitations)}` : 'none');
  setText('st-name', newest ? newest.name : '—');
  // The official page is built from the round number, never taken from the feed's HTML (drawNumberURL).
  const link = el<HTMLAnchorElement>('st-link');
  if (newest) {
    link.href = officialRoundUrl(newest.round);
    link.textContent = `Round #${String(newest.round)} on canada.ca`;
  } else {
    link.removeAttribute('href');
    link.textContent = '—';
  }
  // The warning comes from the core, like every face's.
  const age = dataAge(s.newestDate, localDay(), 'excel');
  const ageEl = el('st-age');
  ageEl.textContent = age.ageDays === null ? 'No round in the data.' : (age.notice ?? `${plural(age.ageDays, 'day')} since the newest round (${age.newestDate}).`);
  ageEl.className = age.stale ? 'stale' : '';
  setText('st-rounds', thousands(s.rounds));
  setText('st-snapshot', s.snapshotDate || '—');
  setText('st-refresh', when(s.lastRefresh));
  setText('st-origin', s.origin === 'cache' ? cacheLabel : ORIGINS[s.origin]);
  setText('st-source', s.source);
  el<HTMLSelectElement>('date-system').value = String(store.dateSystem());
  setText('st-date-system-source', DATE_SYSTEM_SOURCES[store.dateSystemSource()]);
  const recalc = store.recalcStatus();
  if (recalc) showIn('recalc-message', `${recalc.message} (${when(recalc.at)})`, recalc.ok ? 'ok' : 'warn');
}

function findStore(): AddinStore | null {
  const g = (globalThis as unknown as { EEAddin?: AddinGlobal }).EEAddin;
  return g ? g.store : null;
}

/**
 * The add-in's own copy of the feed, when its server has one: `addin:serve --mirror` (or --feed) fills the page's
 * <meta name="ee-feed-mirror"> with "feed.json"; another server can do the same (or build with ADDIN_FEED_MIRROR).
 */
function mirrorUrl(): string | null {
  const path = document.querySelector<HTMLMetaElement>('meta[name="ee-feed-mirror"]')?.content.trim() ?? '';
  if (!path || typeof location === 'undefined') return null;
  try {
    return new URL(path, location.href).toString();
  } catch {
    return null;
  }
}

/** Runs a refresh or an import through the core (validation, merge, cache) and shows its outcome. */
async function update(store: AddinStore, source: FeedSource, cache: CacheStore | null, origin: DataOrigin, onProgress?: (received: number, total: number | null) => void): Promise<void> {
  const current = store.data();
  const target: CacheStore = cache ?? { location: 'no storage', read: async () => null, write: async () => Promise.reject(new Error('no storage is available')) };
  const outcome = await refreshData(current, source, target, onProgress ? { onProgress } : {});
  if (outcome.data !== current) store.setData(outcome.data, origin);
  // A failure's message already says what was wrong with the feed; a count of warnings is for data that was used.
  const used = outcome.data !== current;
  const warned = used && outcome.warnings.length ? ` (${plural(outcome.warnings.length, 'warning')} in the feed)` : '';
  showMessage(outcome.message + warned, outcome.ok ? 'ok' : 'error');
}

async function start(): Promise<void> {
  setText('licence', OGL_ATTRIBUTION);
  applyTheme(document.documentElement, office()?.context?.officeTheme);
  const store = findStore();
  const button = el<HTMLButtonElement>('refresh');
  const input = el<HTMLInputElement>('feed-url');
  const progress = el<HTMLProgressElement>('progress');
  if (!store) {
    showMessage('The functions bundle (functions.js) did not load, so there is no data. Reload the add-in.', 'error');
    button.disabled = true;
    return;
  }
  // The runtime loads the cache and the date system before any function answers; the pane shows the result.
  await store.ready();
  const storage = browserStorage();
  const cache = addinCache();
  if (cache?.location === OFFICE_STORAGE_LOCATION) cacheLabel = 'Excel add-in storage (cache)';
  const limits = refreshLimits(typeof location === 'undefined' ? '' : location.search, storage);
  setText('limits', `A download stops after ${limitsText(limits)}; a failed refresh changes nothing.`);
  store.subscribe(() => renderStatus(store));
  renderStatus(store);
  if (store.startupWarnings().length) showMessage(store.startupWarnings().join(' '), 'warn');

  const mirror = mirrorUrl();
  const defaultUrl = mirror ?? IRCC_FEED_URL;
  input.value = savedFeedUrl(storage, defaultUrl);
  el<HTMLButtonElement>('reset-url').addEventListener('click', () => {
    input.value = defaultUrl;
    saveFeedUrl(storage, defaultUrl);
  });

  const busy = (on: boolean): void => {
    for (const id of ['refresh', 'import', 'recalc']) el<HTMLButtonElement>(id).disabled = on;
    progress.hidden = !on;
  };

  button.addEventListener('click', () => {
    void (async () => {
      const url = input.value.trim();
      const problem = feedUrlProblem(url);
      if (problem) {
        showMessage(problem, 'error');
        return;
      }
      saveFeedUrl(storage, url);
      busy(true);
      progress.removeAttribute('value');
      showMessage(`Downloading ${url} …`, 'info');
      try {
        await update(store, paneSource(url, limits), cache, 'refresh', (received, total) => {
          if (total) {
            progress.max = total;
            progress.value = received;
          }
          showMessage(`Downloading … ${Math.round(received / 1024)} KB${total ? ` of ${Math.round(total / 1024)} KB` : ''}`, 'info');
        });
      } catch (e) {
        showMessage(`Refresh failed: ${errorText(e)}`, 'error');
      } finally {
        busy(false);
      }
    })();
  });

  const fileInput = el<HTMLInputElement>('import-file');
  el<HTMLButtonElement>('import').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void (async () => {
      busy(true);
      showMessage(`Reading ${file.name} …`, 'info');
      try {
        await update(store, fileSourceOf(file, limits.maxBytes), cache, 'import');
      } catch (e) {
        showMessage(`Import failed: ${errorText(e)}`, 'error');
      } finally {
        fileInput.value = '';
        busy(false);
      }
    })();
  });

  el<HTMLButtonElement>('recalc').addEventListener('click', () => {
    void requestRecalc(store, excelApi(), 'button');
  });

  el<HTMLSelectElement>('date-system').addEventListener('change', (e) => {
    const value = Number((e.target as HTMLSelectElement).value);
    if (value !== 1900 && value !== 1904) return;
    const system: DateSystem = value;
    void (async () => {
      const saved = await saveDateSystem(workbookSettings(), system);
      // Changing the system tells the runtime, which asks Excel to recalculate.
      store.setDateSystem(system, 'workbook setting');
      renderStatus(store);
      if (!saved) showMessage(`The ${system} date system applies until the add-in restarts: it could not be saved in the workbook.`, 'warn');
    })();
  });
}

function boot(): void {
  start().catch((e: unknown) => showMessage(`The pane could not start: ${errorText(e)}`, 'error'));
}

const officeGlobal = office();
if (typeof document !== 'undefined') {
  if (officeGlobal && typeof officeGlobal.onReady === 'function') officeGlobal.onReady(() => boot());
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
}
