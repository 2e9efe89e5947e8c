// What the UI tests do in the workbench as a person would (shared by workbench.spec.ts and hostile.spec.ts).
import type { Frame, Locator, Page } from '@playwright/test';

/** Drags the sidebar's edge to `width` pixels, then parks the mouse where it covers nothing. */
export async function widenSidebar(page: Page, width: number, [restX, restY]: [number, number] = [900, 500]): Promise<void> {
  const box = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(restX, restY);
  await page.waitForTimeout(300);
}

/** Closes the toasts (e.g. about the extension gallery being unreachable offline), which would cover the screenshots. */
export async function dismissNotifications(page: Page): Promise<void> {
  for (const b of await page.locator('.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close').all()) {
    await b.click({ timeout: 2000 }).catch(() => {});
  }
}

async function focusWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').first().focus().catch(() => {});
}

/** Ctrl+P, type, Enter on the first match. */
export async function quickOpen(page: Page, text: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** F1, type the command's title, click the row with that title. */
export async function runCommand(page: Page, title: string): Promise<void> {
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
export async function hoverOver(page: Page, word: string): Promise<string> {
  const box = await page.evaluate((w) => {
    for (const line of Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'))) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(w);
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
    if (attempt >= 2) {
      // The mouse hover did not come twice (a busy CI machine, an overlay taking the pointer): put the cursor on the
      // word and ask for the hover from the keyboard ("Show or Focus Hover"), which needs no pointer at all.
      await page.keyboard.press('Escape');
      await page.mouse.click(box.x, box.y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    try {
      await hover.waitFor({ state: 'visible', timeout: 8_000 });
      // The extension's content, not only "Loading...".
      await page.waitForFunction(() => {
        const h = document.querySelector<HTMLElement>('.monaco-hover:not(.hidden)');
        return h && !/Loading/.test(h.innerText) && h.innerText.trim().length > 10;
      }, null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
    } catch {
      /* the hover did not come: move away and try again */
    }
  }
  throw new Error(`no hover appeared over "${word}"`);
}

/** Webview content lives in nested iframes: the frame whose document has `selector`. */
export async function findWebviewFrame(page: Page, selector: string, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if (await frame.locator(selector).count()) return frame;
      } catch {
        /* a frame navigating away */
      }
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no webview frame with ${selector} within ${timeoutMs / 1000} s`);
}

/** A view of the Express Entry sidebar by its title. */
export function pane(page: Page, title: string): Locator {
  return page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();
}

export async function expandPane(p: Locator): Promise<void> {
  const header = p.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
}

export async function collapsePane(p: Locator): Promise<void> {
  const header = p.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** Opens the Express Entry view from its activity bar icon. */
export async function openExpressEntry(page: Page): Promise<void> {
  const icon = page.locator('.activitybar .action-item a[aria-label^="Express Entry"], .activitybar .action-item[aria-label^="Express Entry"]').first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  await icon.click();
}

/** All rows of a (virtualised) tree in a pane, scrolling it from top to bottom; whitespace collapsed. */
export async function collectRows(page: Page, p: Locator): Promise<string[]> {
  const list = p.locator('.monaco-list').first();
  const seen = new Map<number, string>();
  const box = await list.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  let before = 0;
  let still = 0;
  for (let i = 0; i < 60; i++) {
    for (const row of await p.locator('.monaco-list-row').all()) {
      const index = Number(await row.getAttribute('data-index'));
      seen.set(index, (await row.innerText()).replace(/\s+/g, ' ').trim());
    }
    if (seen.size === before) {
      if (++still >= 3) break; // nothing new after three scrolls: the end
    } else still = 0;
    before = seen.size;
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(120);
  }
  // Back to the top for the screenshots.
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -400);
  await page.waitForTimeout(150);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

/** Waits (at most 10 s) until the status bar no longer says "Activating Extensions...", for clean pictures. */
export async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => !/Activating Extensions/i.test(document.querySelector<HTMLElement>('.statusbar')?.innerText ?? ''), null, { timeout: 10_000 })
    .catch(() => {});
}
