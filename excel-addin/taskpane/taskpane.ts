/**
 * The task pane: data status, refresh (with progress and errors) and the function reference. It runs in the same
 * page as functions.js (Excel's shared runtime) and works on the data store that bundle publishes on
 * `globalThis.EEAddin`, so a refresh here updates every EE function and EE.LATEST cell. Feed text is only ever put
 * into the page with textContent.
 */
import {
  dataAge, errorText, feedUrlProblem, IRCC_FEED_URL, itas, loadData, officialRoundUrl, OGL_ATTRIBUTION, plural, refreshData, thousands, today,
} from '../../core/index';
import type { AddinGlobal, AddinStore, DataOrigin } from '../store';
import { browserStorage, saveFeedUrl, savedFeedUrl, storageCache } from './browserCache';
import { limitsText, paneSource, refreshLimits } from './download';

function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`The pane has no #${id}.`);
  return e as T;
}

function setText(id: string, text: string): void {
  el(id).textContent = text;
}

function showMessage(text: string, kind: 'ok' | 'error' | 'warn' | 'info'): void {
  const m = el<HTMLParagraphElement>('message');
  m.textContent = text;
  m.className = `message ${kind === 'info' ? '' : kind}`.trim();
}

const ORIGINS: Record<DataOrigin, string> = {
  bundled: 'bundled snapshot',
  cache: 'browser cache',
  refresh: 'refresh (this session)',
};

function when(iso: string | null | undefined): string {
  if (!iso) return 'never';
  return iso.replace('T', ' ').replace(/:\d\dZ$|Z$/, ' UTC');
}

export function renderStatus(store: AddinStore, clock: () => number = today): void {
  const s = store.status();
  const newest = store.draws().newest();
  setText('st-newest', newest ? `#${String(newest.round)} · ${newest.date} · CRS ${newest.crs} · ${itas(newest.invitations)}` : 'none');
  // Old data says so, with its date and how to refresh (the core's sentence, as on every face).
  const age = el<HTMLParagraphElement>('st-age');
  const notice = dataAge(newest, clock(), 'excel').notice;
  age.textContent = notice ?? '';
  age.hidden = notice === null;
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
  setText('st-rounds', thousands(s.rounds));
  setText('st-snapshot', s.snapshotDate || '—');
  setText('st-refresh', when(s.lastRefresh));
  setText('st-origin', ORIGINS[s.origin]);
  setText('st-source', s.source);
}

function findStore(): AddinStore | null {
  const g = (globalThis as unknown as { EEAddin?: AddinGlobal }).EEAddin;
  return g ? g.store : null;
}

async function start(): Promise<void> {
  setText('licence', OGL_ATTRIBUTION);
  const store = findStore();
  const button = el<HTMLButtonElement>('refresh');
  const input = el<HTMLInputElement>('feed-url');
  const progress = el<HTMLProgressElement>('progress');
  if (!store) {
    showMessage('The functions bundle (functions.js) did not load, so there is no data. Reload the add-in.', 'error');
    button.disabled = true;
    return;
  }
  const storage = browserStorage();
  const cache = storageCache(storage);
  input.value = savedFeedUrl(storage, IRCC_FEED_URL);
  const limits = refreshLimits(typeof location === 'undefined' ? '' : location.search, storage);
  setText('limits', `A download stops after ${limitsText(limits)}; a failed refresh changes nothing.`);
  store.subscribe(() => renderStatus(store));
  renderStatus(store);

  // Start from the cache when it holds rounds the bundled snapshot does not.
  const loaded = await loadData(cache, store.data());
  if (loaded.data !== store.data()) store.setData(loaded.data, loaded.origin);
  if (loaded.warnings.length && storage) showMessage(loaded.warnings.join(' '), 'warn');

  el<HTMLButtonElement>('reset-url').addEventListener('click', () => {
    input.value = IRCC_FEED_URL;
    saveFeedUrl(storage, IRCC_FEED_URL);
  });

  button.addEventListener('click', () => {
    void (async () => {
      const url = input.value.trim();
      const problem = feedUrlProblem(url);
      if (problem) {
        showMessage(problem, 'error');
        return;
      }
      saveFeedUrl(storage, url);
      button.disabled = true;
      progress.hidden = false;
      progress.removeAttribute('value');
      showMessage(`Downloading ${url} …`, 'info');
      try {
        const current = store.data();
        const outcome = await refreshData(current, paneSource(url, limits), cache, {
          onProgress: (received, total) => {
            if (total) {
              progress.max = total;
              progress.value = received;
            }
            showMessage(`Downloading … ${Math.round(received / 1024)} KB${total ? ` of ${Math.round(total / 1024)} KB` : ''}`, 'info');
          },
        });
        if (outcome.data !== current) store.setData(outcome.data, 'refresh');
        // A failure's message already says what was wrong with the feed; a count of warnings is for data that was used.
        const used = outcome.data !== current;
        const warned = used && outcome.warnings.length ? ` (${plural(outcome.warnings.length, 'warning')} in the feed)` : '';
        showMessage(outcome.message + warned, outcome.ok ? 'ok' : 'error');
      } catch (e) {
        showMessage(`Refresh failed: ${errorText(e)}`, 'error');
      } finally {
        button.disabled = false;
        progress.hidden = true;
      }
    })();
  });
}

function boot(): void {
  start().catch((e: unknown) => showMessage(`The pane could not start: ${errorText(e)}`, 'error'));
}

type OfficeLike = { onReady?: (cb?: () => void) => unknown };
const office = (globalThis as { Office?: OfficeLike }).Office;
if (typeof document !== 'undefined') {
  if (office && typeof office.onReady === 'function') office.onReady(() => boot());
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
}
