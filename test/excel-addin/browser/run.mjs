// Headless Chromium tests of the built add-in (dist/excel-addin), served over http on 127.0.0.1:
// 1. a page with only a CustomFunctions stand-in loads functions.js as a classic script: every id of
//    functions.json registered, sample calls answer, errors are CustomFunctions.Error;
// 2. taskpane.html (Office.js replaced by a stand-in) shows the data status; screenshot to
//    test-results/screenshots/taskpane.png (docs/screenshots/ only with EE_DOCS_SCREENSHOTS=1); a refresh from a local feed whose draw name holds
//    markup shows it as text, updates EE.LATEST through the shared store and the browser cache; failures are shown;
// 3. faults.mjs: network faults from local servers, broken browser caches, feed text as data, the CSP.
// Prints `browser tests: N passed, M failed`; exits 1 on any failure. Run: npm run test:browser.
import { chromium } from 'playwright-core';
import { mkdir, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from '../../../excel-addin/serve.mjs';
import { runFaults } from './faults.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const STANDIN_JS = `
(function () {
  var registrations = {};
  var calls = [];
  function CFError(code, message) { this.code = code === undefined ? '#VALUE!' : code; if (message !== undefined) this.message = message; }
  window.CustomFunctions = {
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    Error: CFError,
    associate: function (id, fn) {
      if (typeof id === 'string') { calls.push(id); registrations[id] = fn; }
      else { for (var k in id) { calls.push(k); registrations[k] = id[k]; } }
    },
    __registrations: registrations,
    __calls: calls
  };
})();
`;
// Stand-ins of Office.js and of Excel's API (no Excel runs here). The page's query chooses what they report:
// theme=dark (Office's dark theme), d1904=1 (Excel says the workbook uses the 1904 date system), runtime=old (an
// Office whose custom-functions runtime is older than 1.2). Excel.run records every calculate() request.
const OFFICE_STUB_JS = `${STANDIN_JS}
(function () {
  var q = new URLSearchParams(location.search);
  var settings = {};
  window.__calcRequests = [];
  window.__settingsSaved = {};
  var dark = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#3a3a3a', controlForegroundColor: '#f0f0f0' };
  var light = { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#262626', controlBackgroundColor: '#ffffff', controlForegroundColor: '#262626' };
  window.Office = {
    onReady: function (cb) { var p = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); if (cb) p.then(cb); return p; },
    context: {
      officeTheme: q.get('theme') === 'dark' ? dark : light,
      requirements: { isSetSupported: function (name, v) { return !(q.get('runtime') === 'old' && name === 'CustomFunctionsRuntime'); } },
      document: { settings: {
        get: function (k) { return k in settings ? settings[k] : null; },
        set: function (k, v) { settings[k] = v; },
        saveAsync: function (cb) { for (var k in settings) window.__settingsSaved[k] = settings[k]; if (cb) cb({ status: 'succeeded' }); }
      } }
    }
  };
  window.Excel = {
    CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
    run: function (batch) {
      var pending = [];
      var workbook = { application: { calculate: function (t) { pending.push(t); } }, load: function () {} };
      if (q.get('d1904') === '1') workbook.use1904DateSystem = true;
      var ctx = { workbook: workbook, sync: function () { return new Promise(function (ok) { setTimeout(function () { window.__calcRequests.push.apply(window.__calcRequests, pending.splice(0)); ok(); }, 5); }); } };
      return Promise.resolve().then(function () { return batch(ctx); });
    }
  };
})();
`;

const MARKUP_NAME = '<img src=x onerror="window.__pwned=1"><b>Bold</b> & <script>window.__pwned=2</script>';
function feed() {
  const dd = {};
  for (let i = 1; i <= 18; i++) dd[`dd${i}`] = '0';
  return JSON.stringify({
    classes: '',
    rounds: [
      { drawNumber: '9435', drawNumberURL: '<a href="javascript:alert(1)">x</a>', drawDate: '2026-08-20', drawDateFull: 'August 20, 2026', drawName: MARKUP_NAME,
        drawText2: 'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program', drawSize: '1,234', drawCRS: '501',
        drawDateTime: 'August 20, 2026 at 10:00:00 UTC', drawCutOff: 'August 1, 2026 at 09:00:00 UTC', drawDistributionAsOn: '', ...dd },
    ],
  });
}

const HARNESS_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>functions harness</title>
<script src="/__test/standin.js"></script><script src="/functions.js"></script></head><body>harness</body></html>`;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function eq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function main() {
  if (!existsSync(join(DIST, 'functions.js'))) throw new Error('dist/excel-addin is not built: run npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const { server, url } = await startServer({
    http: true,
    port: 0,
    host: '127.0.0.1',
    extra: {
      '/__test/standin.js': { type: 'text/javascript', body: STANDIN_JS },
      '/__test/functions.html': { type: 'text/html; charset=utf-8', body: HARNESS_HTML },
      '/__test/feed.json': { type: 'application/json', body: feed },
      '/__test/broken.json': { type: 'application/json', body: '{"rounds": [' },
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
    // Loopback only: Office.js is replaced by the stand-in; anything else off this machine is refused.
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB_JS });
      if (u.hostname === '127.0.0.1') return route.continue();
      return route.abort();
    });

    // 1. functions.js in a page with only the CustomFunctions stand-in.
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${url}/__test/functions.html`);
    const meta = await (await fetch(`${url}/functions.json`)).json();
    await check('functions.js registers every id of functions.json, once', async () => {
      const got = await page.evaluate(() => ({ ids: Object.keys(window.CustomFunctions.__registrations).sort(), calls: window.CustomFunctions.__calls.length }));
      const ids = meta.functions.map((f) => f.id).sort();
      eq(got.ids, ids, 'registered ids');
      eq(got.calls, ids.length, 'associate calls');
    });
    await check('no Office.js, no errors while loading', async () => {
      eq(pageErrors, [], 'page errors');
      eq(await page.evaluate(() => typeof window.Office), 'undefined', 'Office is not defined');
    });
    await check('sample calls answer in the browser', async () => {
      const r = await page.evaluate(() => {
        const f = window.CustomFunctions.__registrations;
        return {
          crs: f.CRS_CUTOFF('CEC', 45990),
          iso: f.CRS_CUTOFF('CEC', '2025-11-29'),
          draw: f.DRAW(434, 'crs'),
          date: f.DRAW(434, 'date'),
          count: f.DRAW_COUNT('ALL', 2025),
          clb: f.CLB('IELTS', 8, 7, 8.5, 7.5),
          cats: f.CATEGORIES().length,
          pool: f.POOL(46241, false).length,
          draws: f.DRAWS('CEC', '2025-01-01', '2025-01-31')[0],
        };
      });
      eq(r.crs, r.iso, 'serial and ISO date agree');
      assert(typeof r.crs === 'number' && r.crs > 300, `CRS_CUTOFF ${r.crs}`);
      eq(r.draw, 470, 'DRAW(434)');
      eq(r.date, 46241, 'DRAW(434, "date") is 2026-08-07');
      assert(r.count > 0, 'DRAW_COUNT');
      eq(r.clb, 9, 'CLB');
      assert(r.cats >= 17, 'CATEGORIES rows');
      eq(r.pool, 18, 'POOL rows');
      eq(r.draws, ['Round', 'Date', 'Category', 'Name', 'CRS', 'ITAs', 'Tie-break'], 'DRAWS header (the round table of every face)');
    });
    await check('bad arguments throw CustomFunctions.Error (#VALUE! / #N/A) with a message', async () => {
      const r = await page.evaluate(() => {
        const f = window.CustomFunctions.__registrations;
        const out = [];
        for (const run of [() => f.CRS_CUTOFF('Astronauts'), () => f.DRAW(99999), () => f.CLB('IELTS', 10, 7, 7, 7), () => f.CUTOFF_STATS('CEC', 0)]) {
          try { run(); out.push('no error'); } catch (e) { out.push([e instanceof window.CustomFunctions.Error, e.code, typeof e.message === 'string' && e.message.length > 10]); }
        }
        return out;
      });
      eq(r, [[true, '#VALUE!', true], [true, '#N/A', true], [true, '#VALUE!', true], [true, '#VALUE!', true]], 'errors');
    });
    await page.close();

    // 2. The task pane.
    const pane = await context.newPage();
    const paneErrors = [];
    pane.on('pageerror', (e) => paneErrors.push(e.message));
    pane.on('console', (m) => { if (m.type() === 'error') paneErrors.push(m.text()); });
    await pane.goto(`${url}/taskpane.html`);
    await pane.waitForFunction(() => document.getElementById('st-rounds')?.textContent !== '…');
    await check('task pane shows the data status', async () => {
      const s = await pane.evaluate(() => Object.fromEntries([...document.querySelectorAll('.status dd')].map((d) => [d.id, d.textContent])));
      assert(/^#434 · 2026-08-07 · CRS 470/.test(s['st-newest']), `newest ${s['st-newest']}`);
      eq(s['st-rounds'], '435', 'rounds');
      eq(s['st-snapshot'], '2026-08-07', 'snapshot date');
      eq(s['st-refresh'], 'never', 'last refresh');
      eq(s['st-origin'], 'bundled snapshot', 'origin');
      assert(s['st-source'].startsWith('https://www.canada.ca/'), 'source');
      eq(await pane.inputValue('#feed-url'), 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json', 'default feed URL');
    });
    await check('CSP: no inline or eval script, no errors', async () => {
      const csp = await pane.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      assert(/default-src 'none'/.test(csp) && script === "'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com", csp);
      assert(!/unsafe/.test(script), script);
      eq(paneErrors, [], 'errors');
    });
    await check('the data age is shown, with a warning past 14 days (the bundled snapshot ends 2026-08-07)', async () => {
      const r = await pane.evaluate(() => ({ text: document.getElementById('st-age').textContent, cls: document.getElementById('st-age').className }));
      const now = new Date();
      const days = Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(2026, 7, 7)) / 86400000);
      const todayIso = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
      const expected = days > 14
        ? `The data ends with the round of 2026-08-07, ${days} days before today (${todayIso}); newer rounds may exist: click Refresh data (or Import a feed file…) in the Express Entry task pane.`
        : `${days} day${days === 1 ? '' : 's'} since the newest round (2026-08-07).`;
      eq(r.text, expected, 'age sentence');
      eq(r.cls, days > 14 ? 'stale' : '', 'warning style');
    });
    await check('the help link goes to a help page that exists', async () => {
      const href = await pane.getAttribute('#help-link', 'href');
      const r = await fetch(new URL(href, `${url}/taskpane.html`));
      eq(r.status, 200, 'help.html');
      assert(/Release check-list/.test(await r.text()), 'help content');
    });
    await check('date system: 1900 by default (Excel does not report it here)', async () => {
      eq(await pane.inputValue('#date-system'), '1900', 'select');
      assert(/default/.test(await pane.textContent('#st-date-system-source')), 'source');
    });
    // Into test-results/ (ignored): a test never writes a tracked file; npm run docs:screenshots (EE_DOCS_SCREENSHOTS=1)
    // also copies the pictures to docs/screenshots/.
    const shots = join(root, 'test-results', 'screenshots');
    await mkdir(shots, { recursive: true });
    const toDocs = async (name) => {
      if (process.env.EE_DOCS_SCREENSHOTS !== '1') return;
      await mkdir(join(root, 'docs', 'screenshots'), { recursive: true });
      await copyFile(join(shots, name), join(root, 'docs', 'screenshots', name));
    };
    await check('screenshot of the task pane (light theme)', async () => {
      await pane.screenshot({ path: join(shots, 'taskpane.png'), fullPage: true });
      await toDocs('taskpane.png');
    });
    await check('the pane follows Office\'s dark theme (screenshot)', async () => {
      const dark = await context.newPage();
      await dark.goto(`${url}/taskpane.html?theme=dark`);
      await dark.waitForFunction(() => document.getElementById('st-rounds')?.textContent !== '…');
      const r = await dark.evaluate(() => ({ theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color }));
      eq(r.theme, 'dark', 'data-theme');
      eq(r.bg, 'rgb(38, 38, 38)', 'Office body background');
      eq(r.ink, 'rgb(255, 255, 255)', 'Office body text');
      await dark.screenshot({ path: join(shots, 'taskpane-dark.png'), fullPage: true });
      await toDocs('taskpane-dark.png');
      await dark.close();
    });

    await check('a refresh error is shown (bad URL, 404, broken feed) and changes nothing', async () => {
      for (const [u, pattern] of [
        ['ftp://example.com/feed.json', /Unsupported address|https/],
        [`${url}/__test/missing.json`, /Refresh failed: .*404/],
        [`${url}/__test/broken.json`, /Refresh failed/],
      ]) {
        await pane.fill('#feed-url', u);
        await pane.click('#refresh');
        await pane.waitForFunction(() => !document.getElementById('refresh').disabled && !/Downloading/.test(document.getElementById('message').textContent));
        const m = await pane.evaluate(() => ({ text: document.getElementById('message').textContent, cls: document.getElementById('message').className }));
        assert(pattern.test(m.text), `message for ${u}: ${m.text}`);
        assert(/error/.test(m.cls), `error style for ${u}`);
      }
      eq(await pane.textContent('#st-rounds'), '435', 'rounds unchanged');
    });

    await check('refresh with markup in the feed: shown as text, functions and EE.LATEST updated, cached', async () => {
      await pane.evaluate(() => {
        window.__latest = [];
        window.CustomFunctions.__registrations.LATEST('ALL', { setResult: (v) => window.__latest.push(v), onCanceled: null });
      });
      await pane.fill('#feed-url', `${url}/__test/feed.json`);
      await pane.click('#refresh');
      await pane.waitForFunction(() => /new round/.test(document.getElementById('message').textContent));
      const r = await pane.evaluate(() => ({
        name: document.getElementById('st-name').textContent,
        nameChildren: document.getElementById('st-name').children.length,
        imgs: document.querySelectorAll('main img, .status img').length,
        bold: document.querySelectorAll('.status b').length,
        pwned: window.__pwned ?? null,
        rounds: document.getElementById('st-rounds').textContent,
        origin: document.getElementById('st-origin').textContent,
        refreshed: document.getElementById('st-refresh').textContent,
        message: document.getElementById('message').className,
        cutoff: window.CustomFunctions.__registrations.CRS_CUTOFF('ALL'),
        latest: window.__latest,
        cached: (localStorage.getItem('express-entry-draws.cache.v1') ?? '').length,
      }));
      eq(r.name, '<img src=x onerror="window.__pwned=1"><b>Bold</b> & <script>window.__pwned=2</script>', 'the name shows as typed');
      eq([r.nameChildren, r.imgs, r.bold, r.pwned], [0, 0, 0, null], 'no element made from feed text, nothing ran');
      eq(r.rounds, '436', 'one new round');
      eq(r.origin, 'refresh (this session)', 'origin');
      assert(r.refreshed !== 'never', 'last refresh shown');
      eq(r.message, 'message ok', 'success style');
      eq(r.cutoff, 501, 'EE.CRS_CUTOFF sees the new round (shared store)');
      eq(r.latest, [470, 501], 'EE.LATEST streamed the new cut-off');
      assert(r.cached > 10_000, 'the snapshot was cached in localStorage');
    });

    await check('after the refresh the add-in asked Excel for a full recalculation, and the pane says so', async () => {
      await pane.waitForFunction(() => /recalculated/.test(document.getElementById('recalc-message').textContent));
      const r = await pane.evaluate(() => ({ requests: window.__calcRequests, text: document.getElementById('recalc-message').textContent, cls: document.getElementById('recalc-message').className }));
      eq(r.requests, ['Full'], 'one Excel.run with calculate(Full)');
      assert(/^Excel recalculated every formula after the refresh, so every EE\. cell shows the current data\./.test(r.text), r.text);
      eq(r.cls, 'message ok', 'style');
    });

    await check('the Recalculate button asks again', async () => {
      await pane.click('#recalc');
      await pane.waitForFunction(() => window.__calcRequests.length === 2);
      await pane.waitForFunction(() => /as asked/.test(document.getElementById('recalc-message').textContent));
      eq(await pane.evaluate(() => window.__calcRequests), ['Full', 'Full'], 'requests');
    });

    await check('a downloaded feed file is imported through the same checks and merge, then Excel recalculates', async () => {
      const importFeed = JSON.stringify({ classes: '', rounds: [{ drawNumber: '9436', drawDate: '2026-09-02', drawName: 'Canadian Experience Class', drawSize: '2,500', drawCRS: '499' }] });
      await pane.setInputFiles('#import-file', { name: 'ee_rounds_123_en.json', mimeType: 'application/json', buffer: Buffer.from(importFeed) });
      await pane.waitForFunction(() => /new round/.test(document.getElementById('message').textContent));
      await pane.waitForFunction(() => window.__calcRequests.length === 3);
      const r = await pane.evaluate(() => ({
        rounds: document.getElementById('st-rounds').textContent,
        origin: document.getElementById('st-origin').textContent,
        source: document.getElementById('st-source').textContent,
        cec: window.CustomFunctions.__registrations.CRS_CUTOFF('CEC'),
        recalc: document.getElementById('recalc-message').textContent,
      }));
      eq([r.rounds, r.origin, r.source, r.cec], ['437', 'imported file (this session)', 'file ee_rounds_123_en.json', 499], 'imported');
      assert(/after the import/.test(r.recalc), r.recalc);
      await pane.setInputFiles('#import-file', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html>nope</html>') });
      await pane.waitForFunction(() => /Refresh failed/.test(document.getElementById('message').textContent));
      eq(await pane.textContent('#st-rounds'), '437', 'a bad file changes nothing');
      eq(await pane.evaluate(() => window.__calcRequests.length), 3, 'and asks for no recalculation');
    });

    await check('choosing the 1904 date system saves it in the workbook, converts dates and recalculates', async () => {
      const before = await pane.evaluate(() => window.CustomFunctions.__registrations.LAST_DRAW('CEC', '2025-11-29'));
      await pane.selectOption('#date-system', '1904');
      await pane.waitForFunction(() => window.__calcRequests.length === 4);
      const r = await pane.evaluate(() => ({
        saved: window.__settingsSaved['expressEntryDraws.dateSystem'],
        after: window.CustomFunctions.__registrations.LAST_DRAW('CEC', '2025-11-29'),
        recalc: document.getElementById('recalc-message').textContent,
      }));
      eq(r.saved, 1904, 'saved in the workbook settings');
      eq(before - r.after, 1462, '1904 serials are 1,462 lower');
      assert(/for the new date system/.test(r.recalc), r.recalc);
      await pane.selectOption('#date-system', '1900');
      await pane.waitForFunction(() => window.__calcRequests.length === 5);
    });

    await check('after a reload the pane starts from the browser cache, and the cells are recalculated with it', async () => {
      await pane.reload();
      await pane.waitForFunction(() => document.getElementById('st-origin')?.textContent === 'browser cache');
      eq(await pane.textContent('#st-rounds'), '437', 'cached rounds');
      await pane.waitForFunction(() => /after loading the cached data/.test(document.getElementById('recalc-message').textContent));
      eq(await pane.evaluate(() => window.__calcRequests), ['Full'], 'one request after loading the cache');
      eq(await pane.inputValue('#feed-url'), `${url}/__test/feed.json`, 'feed URL remembered');
      eq(await pane.evaluate(() => window.CustomFunctions.__registrations.CRS_CUTOFF('ALL')), 499, 'functions answer from the cache (the imported round is the newest)');
    });

    await check('a full browser storage: the refresh still works for the session and says the cache was not saved', async () => {
      await pane.evaluate(() => {
        localStorage.removeItem('express-entry-draws.cache.v1');
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      });
      await pane.click('#refresh');
      await pane.waitForFunction(() => /cache/.test(document.getElementById('message').textContent) && !document.getElementById('refresh').disabled);
      const m = await pane.textContent('#message');
      assert(/quota exceeded/.test(m), m);
    });
    await pane.close();

    await check('a workbook in the 1904 date system: detected through Excel\'s API before the first answer', async () => {
      const p = await context.newPage();
      await p.goto(`${url}/taskpane.html?d1904=1`);
      await p.waitForFunction(() => document.getElementById('st-rounds')?.textContent !== '…' && document.getElementById('st-date-system-source').textContent !== '');
      const r = await p.evaluate(() => ({
        select: document.getElementById('date-system').value,
        source: document.getElementById('st-date-system-source').textContent,
        date: window.CustomFunctions.__registrations.DRAW(434, 'date'),
      }));
      eq([r.select, r.source], ['1904', 'reported by Excel'], 'date system');
      eq(r.date, 46241 - 1462, 'round 434 (2026-08-07) as a 1904 serial');
      await p.close();
    });

    await check('an Office whose custom-functions runtime is too old: the pane says so', async () => {
      const p = await context.newPage();
      await p.goto(`${url}/taskpane.html?runtime=old`);
      await p.waitForFunction(() => !document.getElementById('too-old').hidden);
      const r = await p.evaluate(() => ({ text: document.getElementById('too-old').textContent, main: getComputedStyle(document.querySelector('main')).display }));
      assert(/won't run in your version of Office/.test(r.text), r.text);
      eq(r.main, 'none', 'the rest is hidden');
      await p.close();
    });

    // 3. Hardening: network faults, broken caches, feed text as data, CSP (faults.mjs; its own context and servers).
    await runFaults({ browser, paneUrl: `${url}/taskpane.html`, root, check, assert, eq });
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`not ok - browser run: ${e instanceof Error ? e.stack : String(e)}`);
}
console.log(`browser tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
