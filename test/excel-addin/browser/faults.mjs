// Hardening tests of the task pane in headless Chromium, called from run.mjs (npm run test:browser):
// 1. network faults from real local HTTP servers (127.0.0.1): a stall before and after the headers, an endless body
//    (fast and trickling), a redirect loop, 4xx/5xx, HTML, truncated JSON, a wrong content type, a reset connection,
//    no CORS header, a refused port, a feed with fewer rounds. Each ends within the pane's time limit (2 s here),
//    with a clear message; the data status, the functions and the browser cache are unchanged; memory stays bounded
//    by the size cap (1 MB here) while the server would send forever;
// 2. broken browser caches (corrupt, truncated, future version, not a snapshot, no rounds, unreadable storage,
//    quota exceeded on write): a warning, the bundled snapshot answers, nothing thrown;
// 3. feed text is data: markup and script in a feed (and in a cache) show as text, nothing runs, the DOM keeps its
//    elements, the official-page link is built from the round number; the Content Security Policy is strict and
//    enforced (an injected inline handler or script does not run).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE_KEY = 'express-entry-draws.cache.v1';
const TIMEOUT_MS = 2000;
const MAX_BYTES = 1024 * 1024;
const OFFICIAL = 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=';

/** IRCC-format rounds from the bundled snapshot's newest `n` rows (core/data/snapshot.json). */
function snapshotFeedRounds(root, n) {
  // Snapshot format 2: each row holds the fields named in doc.fields; names, programs and pools are tables.
  const doc = JSON.parse(readFileSync(join(root, 'core', 'data', 'snapshot.json'), 'utf8'));
  if (doc.version !== 2) throw new Error(`snapshotFeedRounds reads snapshot format 2, not ${doc.version}`);
  const at = Object.fromEntries(doc.fields.map((f, i) => [f, i]));
  return doc.rounds.slice(0, n).map((row) => {
    const pool = row[at.pool] === null || row[at.pool] === undefined ? null : doc.pools[row[at.pool]];
    const r = {
      drawNumber: String(row[at.round]), drawDate: row[at.date], drawName: doc.names[row[at.name]], drawText2: doc.programs[row[at.programs]],
      drawSize: String(row[at.invitations]), drawCRS: String(row[at.crs]), drawDateTime: row[at.drawnAtText], drawCutOff: row[at.tieBreakText],
      drawDistributionAsOn: pool ? pool[1] : '',
    };
    if (pool) pool[2].forEach((v, k) => (r[`dd${k + 1}`] = String(v)));
    return r;
  });
}

const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_SCRIPT = '<script>window.__pwned=2</script>';
const PAYLOAD_LINK = '<a href="javascript:window.__pwned=3">official page</a>';
const MARKUP_NAME = `${PAYLOAD_IMG} Canadian Experience Class ${PAYLOAD_SCRIPT}`;

function markupFeed() {
  const dd = {};
  for (let i = 1; i <= 18; i++) dd[`dd${i}`] = '0';
  const base = {
    drawText2: `${PAYLOAD_SCRIPT} Canadian Experience Class`, drawSize: '1,000', drawCRS: '512',
    drawDateTime: 'August 20, 2026 at 10:00:00 UTC', drawCutOff: 'August 1, 2026 at 09:00:00 UTC', drawDistributionAsOn: '', ...dd,
  };
  return JSON.stringify({
    classes: PAYLOAD_SCRIPT,
    rounds: [
      { ...base, drawNumber: '9436', drawNumberURL: PAYLOAD_LINK, drawDate: '2026-08-20', drawDateFull: `August 20, 2026 ${PAYLOAD_IMG}`, drawName: MARKUP_NAME },
      { ...base, drawNumber: '9435', drawNumberURL: 'javascript:window.__pwned=4', drawDate: '2026-08-19', drawDateFull: 'August 19, 2026', drawName: 'javascript:window.__pwned=5' },
      // Unreadable: skipped, and the warning that names it is shown as text.
      { ...base, drawNumber: `<img src=y onerror="window.__pwned=6">`, drawDate: 'soon', drawName: PAYLOAD_IMG },
    ],
  });
}

/** The fault server: one path per fault. Tracks sockets (closed at the end) and what the endless body sent. */
async function startFaultServer(root) {
  const fewer = JSON.stringify({ classes: '', rounds: snapshotFeedRounds(root, 10) });
  const full = JSON.stringify({ classes: '', rounds: snapshotFeedRounds(root, 40) });
  const endless = { sent: 0, closed: false, closedAt: 0 };
  const sockets = new Set();
  const timers = new Set();
  const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  const json = { ...cors, 'content-type': 'application/json' };
  const every = (ms, fn) => {
    const t = setInterval(fn, ms);
    timers.add(t);
    return t;
  };
  const handlers = {
    '/fewer': (req, res) => res.writeHead(200, json).end(fewer),
    '/markup': (req, res) => res.writeHead(200, json).end(markupFeed()),
    '/stall-before-headers': () => undefined,
    '/stall-after-headers': (req, res) => res.writeHead(200, { ...json, 'content-length': String(full.length) }).flushHeaders(),
    '/stall-mid-body': (req, res) => {
      res.writeHead(200, { ...json, 'content-length': String(full.length) });
      res.write(full.slice(0, 1000));
    },
    '/endless': (req, res) => {
      res.writeHead(200, json);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write('{"rounds":[');
      const pump = () => {
        while (!res.destroyed && !res.writableEnded) {
          endless.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.on('close', () => {
        endless.closed = true;
        endless.closedAt = Date.now();
      });
      pump();
    },
    '/trickle': (req, res) => {
      res.writeHead(200, json);
      res.write('{"rounds":[');
      const t = every(100, () => (res.destroyed ? clearInterval(t) : res.write(' ')));
    },
    '/declared-too-large': (req, res) => res.writeHead(200, { ...json, 'content-length': String(50 * 1024 * 1024) }).flushHeaders(),
    '/redirect-loop': (req, res) => res.writeHead(302, { ...cors, location: '/redirect-loop' }).end(),
    '/redirect-a': (req, res) => res.writeHead(301, { ...cors, location: '/redirect-b' }).end(),
    '/redirect-b': (req, res) => res.writeHead(307, { ...cors, location: '/redirect-a' }).end(),
    '/404': (req, res) => res.writeHead(404, json).end('{"error":"not found"}'),
    '/403': (req, res) => res.writeHead(403, { ...cors, 'content-type': 'text/html' }).end('<h1>Forbidden</h1>'),
    '/500': (req, res) => res.writeHead(500, { ...cors, 'content-type': 'text/html' }).end('<html><body><script>window.__pwned=7</script>Error</body></html>'),
    '/503': (req, res) => res.writeHead(503, json).end('{}'),
    '/html': (req, res) => res.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body><script>window.__pwned=8</script>Sign in to the Wi-Fi</body></html>'),
    '/html-as-json': (req, res) => res.writeHead(200, json).end('<!doctype html><html><body><img src=x onerror="window.__pwned=9">Portal</body></html>'),
    '/truncated': (req, res) => res.writeHead(200, json).end(full.slice(0, Math.floor(full.length / 2))),
    '/image': (req, res) => res.writeHead(200, { ...cors, 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    '/no-rounds': (req, res) => res.writeHead(200, json).end('{"classes":"","rounds":[]}'),
    '/not-a-feed': (req, res) => res.writeHead(200, json).end('{"hello":"world"}'),
    '/unreadable-rounds': (req, res) => res.writeHead(200, json).end(JSON.stringify({ rounds: [{ drawNumber: 'x', drawDate: 'soon' }, { drawNumber: '', drawCRS: 'high' }] })),
    '/reset': (req, res) => {
      res.writeHead(200, { ...json, 'content-length': String(full.length) });
      res.write(full.slice(0, 2000), () => setTimeout(() => req.socket.destroy(), 20));
    },
    '/no-cors': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fewer),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const h = handlers[path];
    if (h) h(req, res);
    else res.writeHead(404, cors).end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  // A port nothing listens on.
  const spare = createServer();
  await new Promise((ok) => spare.listen(0, '127.0.0.1', ok));
  const refused = `http://127.0.0.1:${spare.address().port}/feed.json`;
  await new Promise((ok) => spare.close(ok));
  return {
    base,
    refused,
    endless,
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Faults: path, what the message must say, and whether the time limit is what ends it. */
const FAULTS = [
  ['/stall-before-headers', 'a stall before the headers', /Timed out after 2 s/i, true],
  ['/stall-after-headers', 'a stall after the headers', /timed out after 2 s: the server did not send the whole feed in time/i, true],
  ['/stall-mid-body', 'a stall in the middle of the body', /timed out after 2 s/i, true],
  ['/trickle', 'an endless body trickling a byte every 100 ms', /timed out after 2 s/i, true],
  ['/endless', 'an endless body at full speed', /too large \(over 1048576 bytes\)/, false],
  ['/declared-too-large', 'a declared length over the cap', /too large \(52428800 bytes; the limit is 1048576\)/, false],
  ['/redirect-loop', 'a redirect loop (to itself)', /redirects, and the redirects could not be followed \(a redirect loop/, false],
  ['/redirect-a', 'a redirect loop (between two addresses)', /redirect loop/, false],
  ['/404', '404', /The server answered 404 Not Found/i, false],
  ['/403', '403', /answered 403 Forbidden/, false],
  ['/500', '500 with an HTML page', /answered 500 Internal Server Error/, false],
  ['/503', '503', /answered 503 Service Unavailable/, false],
  ['/html', 'an HTML page (text/html)', /sent text\/html instead of a JSON feed/, false],
  ['/html-as-json', 'an HTML page labelled JSON', /got an HTML or XML page instead of JSON/, false],
  ['/truncated', 'truncated JSON', /the JSON is broken or truncated/, false],
  ['/image', 'a wrong content type (image/png)', /sent image\/png instead of a JSON feed/, false],
  ['/no-rounds', 'a feed with no rounds', /the feed has no rounds/, false],
  ['/not-a-feed', 'JSON that is not a feed', /Not an IRCC rounds feed/i, false],
  ['/unreadable-rounds', 'a feed whose rounds are all unreadable', /none of the 2 rounds in the feed could be read/, false],
  ['/reset', 'a connection reset in the middle of the body', /connection to 127\.0\.0\.1:\d+ broke before the whole feed arrived|closed before the whole feed/, false],
  ['/no-cors', 'a server without CORS headers', /does not allow the add-in to read it \(no Access-Control-Allow-Origin header\)/, false],
];

export async function runFaults({ browser, paneUrl, root, check, assert, eq }) {
  const faults = await startFaultServer(root);
  const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
  const OFFICE_STUB = `(function(){function E(c,m){this.code=c===undefined?'#VALUE!':c;if(m!==undefined)this.message=m;}
var r={};window.CustomFunctions={ErrorCode:{invalidValue:'#VALUE!',notAvailable:'#N/A'},Error:E,associate:function(id,fn){r[id]=fn;},__registrations:r};
window.Office={onReady:function(cb){var p=Promise.resolve({host:'Excel'});if(cb)p.then(cb);return p;}};})();`;
  // Only loopback: Office.js is replaced by a stand-in, anything else off this machine is refused.
  await context.route((u) => u.hostname !== '127.0.0.1', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === 'appsforoffice.microsoft.com') return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const testUrl = `${paneUrl}?timeoutMs=${TIMEOUT_MS}&maxBytes=${MAX_BYTES}`;
  const ready = () => page.waitForFunction(() => document.getElementById('st-rounds')?.textContent !== '…' && !document.getElementById('refresh').disabled);

  const state = () =>
    page.evaluate((key) => {
      const t = (id) => document.getElementById(id).textContent;
      return {
        newest: t('st-newest'), name: t('st-name'), rounds: t('st-rounds'), origin: t('st-origin'), refresh: t('st-refresh'),
        link: document.getElementById('st-link').getAttribute('href'),
        cache: localStorage.getItem(key), cutoff: window.CustomFunctions.__registrations.CRS_CUTOFF('ALL'),
        count: window.CustomFunctions.__registrations.DRAW_COUNT('ALL', 1900, 9999),
      };
    }, CACHE_KEY);

  // `ms` is measured in the page (from the click to the button's re-enabling), so a busy test machine's polling
  // delays do not count against the pane.
  async function refresh(feedUrl, maxWait = TIMEOUT_MS + 10_000) {
    await page.fill('#feed-url', feedUrl);
    await page.evaluate(() => {
      const b = document.getElementById('refresh');
      window.__t1 = null;
      const o = new MutationObserver(() => {
        if (!b.disabled && window.__t1 === null) {
          window.__t1 = performance.now();
          o.disconnect();
        }
      });
      o.observe(b, { attributes: true, attributeFilter: ['disabled'] });
      b.addEventListener('click', () => (window.__t0 = performance.now()), { once: true, capture: true });
    });
    await page.click('#refresh');
    await page.waitForFunction(() => window.__t1 !== null, null, { timeout: maxWait, polling: 20 });
    const ms = Math.round(await page.evaluate(() => window.__t1 - window.__t0));
    const m = await page.evaluate(() => ({ text: document.getElementById('message').textContent, cls: document.getElementById('message').className }));
    return { ms, ...m };
  }

  try {
    await page.goto(testUrl);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready();

    await check('faults: the time limit is configurable (query, browser storage), 20 s by default and never over 30 s', async () => {
      eq(await page.textContent('#limits'), 'A download stops after 2 s or 1 MB; a failed refresh changes nothing.', 'test limits');
      await page.goto(paneUrl);
      await ready();
      eq(await page.textContent('#limits'), 'A download stops after 20 s or 20 MB; a failed refresh changes nothing.', 'defaults');
      await page.evaluate(() => localStorage.setItem('express-entry-draws.timeoutMs', '1500'));
      await page.reload();
      await ready();
      assert(/after 1\.5 s or 20 MB/.test(await page.textContent('#limits')), 'storage setting');
      await page.evaluate(() => localStorage.removeItem('express-entry-draws.timeoutMs'));
      await page.goto(`${paneUrl}?timeoutMs=999999&maxBytes=999999999999`);
      await ready();
      assert(/after 30 s or 20 MB/.test(await page.textContent('#limits')), 'clamped to 30 s and 20 MB');
      await page.goto(testUrl);
      await ready();
    });

    let before;
    await check('faults: a feed with fewer rounds succeeds and loses nothing', async () => {
      const start = await state();
      eq(start.rounds, '435', 'bundled rounds');
      const r = await refresh(`${faults.base}/fewer`);
      assert(/message ok/.test(r.cls), `success style: ${r.cls} ${r.text}`);
      assert(/No new rounds: 435 rounds up to #434 on 2026-08-07\. 425 known rounds missing from this feed were kept\./.test(r.text), r.text);
      before = await state();
      eq([before.rounds, before.newest, before.cutoff, before.count], [start.rounds, start.newest, start.cutoff, start.count], 'nothing lost');
      assert(before.cache && before.cache.length > 10_000, 'cache written');
    });

    const timings = [];
    for (const [path, what, pattern, byTimeout] of FAULTS) {
      await check(`faults: ${what} → a clear message within the time limit, nothing changed`, async () => {
        const r = await refresh(`${faults.base}${path}`);
        timings.push(`${path} ${r.ms}`);
        assert(r.ms < TIMEOUT_MS + 750, `took ${r.ms} ms (limit ${TIMEOUT_MS} ms)`);
        if (byTimeout) assert(r.ms >= TIMEOUT_MS - 200, `ended by the time limit, after ${r.ms} ms`);
        assert(pattern.test(r.text), `message: ${r.text}`);
        assert(/^Refresh failed: .*Nothing was changed\.$/.test(r.text), `message form: ${r.text}`);
        eq(r.cls, 'message error', 'error style');
        eq(await state(), before, 'status, functions and browser cache unchanged');
      });
    }

    console.log(`#   time to the message (ms, in the page; limit ${TIMEOUT_MS}): ${timings.join(', ')}`);

    await check('faults: a refused connection → a clear message, nothing changed', async () => {
      const r = await refresh(faults.refused);
      assert(r.ms < TIMEOUT_MS + 750, `${r.ms} ms`);
      assert(/could not download the feed from 127\.0\.0\.1:\d+: the server did not answer/i.test(r.text), r.text);
      eq(await state(), before, 'unchanged');
    });

    await check('faults: an endless body is cut at the size cap: bounded memory, connection closed', async () => {
      const cdp = await context.newCDPSession(page);
      // JS heap plus ArrayBuffer backing stores (where downloaded bytes live) plus the embedder's heap.
      const memory = async () => {
        const h = await cdp.send('Runtime.getHeapUsage');
        return h.usedSize + (h.backingStorageSize ?? 0) + (h.embedderHeapUsedSize ?? 0);
      };
      await cdp.send('HeapProfiler.collectGarbage');
      const base = await memory();
      faults.endless.sent = 0;
      faults.endless.closed = false;
      let peak = base;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, await memory());
          await new Promise((ok) => setTimeout(ok, 10));
        }
      })();
      const t0 = Date.now();
      const r = await refresh(`${faults.base}/endless`);
      sampling = false;
      await sampler;
      assert(/too large/.test(r.text), r.text);
      for (let i = 0; i < 100 && !faults.endless.closed; i++) await new Promise((ok) => setTimeout(ok, 20));
      assert(faults.endless.closed, 'the server saw the connection closed');
      assert(faults.endless.closedAt - t0 < TIMEOUT_MS + 3000, 'closed within the time limit');
      const grew = peak - base;
      assert(grew < 8 * MAX_BYTES, `memory grew by ${(grew / 1048576).toFixed(1)} MB (cap 1 MB)`);
      await cdp.detach();
      console.log(`#   endless body: server wrote ${(faults.endless.sent / 1048576).toFixed(1)} MB before the pane closed the connection; memory peak +${(grew / 1048576).toFixed(1)} MB`);
    });

    await check('faults: a feed URL that is not https/loopback http (javascript:, data:, http elsewhere) is refused up front', async () => {
      for (const [u, pattern] of [
        ['javascript:window.__pwned=10', /Unsupported address/],
        ['data:application/json,{"rounds":[]}', /Unsupported address/],
        ['http://example.com/feed.json', /Refusing plain http to example\.com/],
        ['not a url', /is not a URL/],
      ]) {
        await page.fill('#feed-url', u);
        await page.click('#refresh');
        const m = await page.evaluate(() => ({ text: document.getElementById('message').textContent, cls: document.getElementById('message').className }));
        assert(pattern.test(m.text), `${u}: ${m.text}`);
        eq(m.cls, 'message error', 'error style');
      }
      eq(await state(), before, 'unchanged');
    });

    await check('faults: no page errors, and no payload of an error page ran', async () => {
      eq(errors, [], 'page errors');
      eq(await page.evaluate(() => window.__pwned ?? null), null, '__pwned');
    });

    // 2. Broken browser caches.
    const good = before.cache;
    const future = good.replace(/"version": \d+,/, '"version": 99,');
    const noRounds = good.replace(/"rounds": \[[\s\S]*\]\s*\}\s*$/, '"rounds": [["x","soon",0,0,1,1,"","","",0]]\n}\n');
    const CACHES = [
      ['corrupt JSON', '{"format": "express-entry-draws-snapshot", "version": 1, ,,', /is not usable \(Not a snapshot: the JSON is broken/],
      ['a truncated cache', good.slice(0, Math.floor(good.length / 2)), /is not usable \(Not a snapshot: the JSON is broken/],
      ['a future format version', future, /is not usable \(Snapshot format version 99 is not supported/],
      ['an object that is not a snapshot', '{"hello":"world"}', /is not usable \(Not a snapshot: unknown format\)/],
      ['JSON null', 'null', /is not usable \(Not a snapshot: not a JSON object\)/],
      ['a snapshot without a readable round', noRounds, /holds no rounds; using the bundled data/],
    ];
    assert(future !== good && noRounds !== good, 'cache variants built');
    for (const [what, text, pattern] of CACHES) {
      await check(`cache: ${what} → ignored with a warning, the bundled snapshot answers`, async () => {
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CACHE_KEY, text]);
        await page.reload();
        await ready();
        const m = await page.evaluate(() => ({ text: document.getElementById('message').textContent, cls: document.getElementById('message').className }));
        assert(pattern.test(m.text), m.text);
        assert(/browser storage \(express-entry-draws\.cache\.v1\)/.test(m.text) && /bundled data/.test(m.text), m.text);
        eq(m.cls, 'message warn', 'warning style');
        const s = await state();
        eq([s.rounds, s.origin, s.cutoff], ['435', 'bundled snapshot', 470], 'bundled data answers');
        eq(errors, [], 'nothing thrown');
      });
    }

    await check('cache: browser storage that throws on read → a warning, the bundled snapshot answers', async () => {
      const p2 = await context.newPage();
      const errs = [];
      p2.on('pageerror', (e) => errs.push(e.message));
      await p2.addInitScript(() => {
        Storage.prototype.getItem = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      });
      await p2.goto(testUrl);
      await p2.waitForFunction(() => document.getElementById('st-rounds')?.textContent !== '…' && /cache/.test(document.getElementById('message').textContent));
      const m = await p2.textContent('#message');
      assert(/could not be read \(The operation is insecure\); using the bundled data/.test(m), m);
      eq(await p2.textContent('#st-rounds'), '435', 'bundled rounds');
      eq(errs, [], 'nothing thrown');
      await p2.close();
    });

    await check('cache: quota exceeded on write → the refresh is used for the session, the message says so, the old cache is kept', async () => {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CACHE_KEY, good]);
      await page.reload();
      await ready();
      await page.evaluate(() => {
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      });
      const r = await refresh(`${faults.base}/markup`);
      assert(/browser storage is full \(quota exceeded while saving \d+ KB\); the previous cache is kept/.test(r.text), r.text);
      assert(/the new data is used for now only/.test(r.text), r.text);
      eq(r.cls, 'message error', 'error style');
      eq(await page.evaluate((key) => localStorage.getItem(key), CACHE_KEY), good, 'old cache kept');
      eq(await page.textContent('#st-rounds'), '437', 'the new rounds answer for this session');
      await page.reload();
      await ready();
    });

    // 3. Feed text is data.
    await check('feed text is data: markup and script in a feed show as text; nothing runs; no element is added', async () => {
      await page.evaluate((key) => localStorage.removeItem(key), CACHE_KEY);
      await page.reload();
      await ready();
      await page.evaluate(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
      });
      const dom = () =>
        page.evaluate(() => ({
          elements: document.getElementsByTagName('*').length,
          imgs: document.images.length,
          scripts: document.scripts.length,
          anchors: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        }));
      const d0 = await dom();
      const r = await refresh(`${faults.base}/markup`);
      assert(/2 new rounds \(#9435–#9436\)/.test(r.text), r.text);
      // The unreadable round is named in the message, as text.
      assert(r.text.includes('#<img src=y onerror="window.__pwned=6">'), r.text);
      const d1 = await dom();
      eq([d1.elements, d1.imgs, d1.scripts], [d0.elements, d0.imgs, d0.scripts], 'no element made from feed text');
      assert(d1.anchors.every((h) => h === null || !/^\s*javascript:/i.test(h)), `links ${d1.anchors}`);
      const s = await state();
      eq(s.name, MARKUP_NAME, 'the round name shows literally');
      eq(s.link, `${OFFICIAL}9436`, 'official page built from the round number');
      eq(await page.textContent('#st-link'), 'Round #9436 on canada.ca', 'link text');
      eq(await page.evaluate(() => window.__pwned ?? null), null, 'no payload ran');
      eq(await page.evaluate(() => window.__violations), [], 'nothing even tried to run (no CSP violation)');
      eq(await page.evaluate(() => window.CustomFunctions.__registrations.DRAW(9435, 'name')), 'javascript:window.__pwned=5', 'EE.DRAW returns the name as text');
    });

    await check('feed text is data: a cache holding markup shows it as text after a reload', async () => {
      await page.reload();
      await page.waitForFunction(() => document.getElementById('st-origin')?.textContent === 'browser cache');
      eq(await page.textContent('#st-name'), MARKUP_NAME, 'name from the cache, literally');
      eq(await page.evaluate(() => [document.images.length, window.__pwned ?? null]), [1, null], 'only the banner icon; nothing ran');
      eq(await page.getAttribute('#st-link', 'href'), `${OFFICIAL}9436`, 'link');
    });

    await check('CSP: no inline or eval script, no remote script origin but Office.js\'s, and enforced', async () => {
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([k, ...v]) => [k, v]));
      eq(directives['default-src'], ["'none'"], 'default-src');
      eq(directives['script-src'], ["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'], 'script-src');
      // Office.js sets inline styles in Excel on the web (docs/excel.md, "Security policy"); styles run no code.
      eq(directives['style-src'], ["'self'", "'unsafe-inline'"], 'style-src');
      eq(directives['object-src'], ["'none'"], 'object-src');
      eq(directives['img-src'], ["'self'"], 'img-src');
      eq(directives['base-uri'], ["'none'"], 'base-uri');
      eq(directives['form-action'], ["'none'"], 'form-action');
      const rest = csp.replace(/style-src [^;]*/, '').replace(/:\*/g, '');
      assert(!/unsafe-inline|unsafe-eval|'strict-dynamic'|\bdata:|\bblob:|\*/.test(rest), `no wildcard or unsafe source outside style-src: ${csp}`);
      assert(directives['connect-src'].every((s) => ["'self'", 'https:'].includes(s) || /^http:\/\/(127\.0\.0\.1|localhost):\*$/.test(s)), `connect-src ${directives['connect-src']}`);
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.getAttribute('src'), inline: !s.src && s.textContent.trim() !== '' })));
      assert(scripts.every((s) => !s.inline && (/^[\w.-]+\.js$/.test(s.src) || s.src.startsWith('https://appsforoffice.microsoft.com/'))), JSON.stringify(scripts));
      // Enforced: markup injected despite everything would not run.
      const r = await page.evaluate(async () => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
        document.body.insertAdjacentHTML('beforeend', '<img id="inj" src="assets/icon-16.png" onload="window.__csp=1">');
        const s = document.createElement('script');
        s.textContent = 'window.__csp = 2';
        document.body.appendChild(s);
        const e = document.createElement('script');
        e.src = 'https://evil.example/x.js';
        document.body.appendChild(e);
        await new Promise((ok) => setTimeout(ok, 300));
        document.getElementById('inj')?.remove();
        s.remove();
        e.remove();
        return { csp: window.__csp ?? null, seen };
      });
      eq(r.csp, null, 'injected inline handler and script did not run');
      assert(r.seen.filter((d) => /script-src/.test(d)).length >= 3, `violations ${r.seen}`);
    });
  } finally {
    await context.close();
    await faults.close();
  }
}
