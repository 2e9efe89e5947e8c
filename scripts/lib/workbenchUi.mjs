// What the Playwright UI tests do in the workbench as a person would: shared by test-ui.mjs and test-ui-hostile.mjs.

/** Drags the sash on the sidebar's right edge so the sidebar is `width` pixels wide. */
/** Drags the sidebar's edge to `width` pixels, then parks the mouse where it covers nothing. */
export async function widenSidebar(page, width, [mouseRestX, mouseRestY] = [900, 500]) {
  const box = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  const x = box.x + box.width;
  await page.mouse.move(x - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(mouseRestX, mouseRestY);
  await page.waitForTimeout(300);
}

export async function dismissNotifications(page) {
  // Toasts (e.g. about the extension gallery being unreachable offline) would cover the screenshots.
  for (const b of await page.locator('.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close').all()) {
    await b.click({ timeout: 2000 }).catch(() => {});
  }
}

export async function focusWorkbench(page) {
  await page.locator('.monaco-workbench').first().focus().catch(() => {});
}

/** Ctrl+P, type, Enter on the first match. */
export async function quickOpen(page, text) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** F1, type the command's title, Enter on the row with exactly that title. */
export async function runCommand(page, title) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => {});
}

/** Moves the mouse onto the first occurrence of `word` in the visible editor and returns the hover's text. */
export async function hoverOver(page, word) {
  const box = await page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf(w);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.mouse.move(box.x - 30, box.y - 40);
    await page.waitForTimeout(150);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 8_000 });
      // Wait for the extension's content, not only "Loading...".
      await page.waitForFunction(() => {
        const h = document.querySelector('.monaco-hover:not(.hidden)');
        return h && !/Loading/.test(h.innerText) && h.innerText.trim().length > 10;
      }, null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
    } catch {
      /* retry */
    }
  }
  throw new Error(`no hover appeared over "${word}"`);
}

/** Webview content lives in nested iframes: returns the frame whose document has `selector`. */
export async function findWebviewFrame(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if (await frame.locator(selector).count()) return frame;
      } catch {
        /* frame navigating */
      }
    }
    await page.waitForTimeout(500);
  }
  return null;
}

/** The checks of one UI test run (each script is its own process): name, ok, error. */
export const results = [];
/** Runs one named check, printing ✔ or ✘ with the time it took; never throws. */
export async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(`  ✘ ${name} (${Date.now() - t0} ms)\n      ${String(e && e.message ? e.message : e).split('\n').join('\n      ')}`);
  }
}
export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
export function assertIncludes(text, part, what) {
  if (!text.includes(part)) throw new Error(`${what}: expected to contain ${JSON.stringify(part)}, got:\n${text}`);
}
