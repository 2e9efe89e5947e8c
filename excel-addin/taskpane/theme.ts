/**
 * The task pane follows the Office theme (Office.context.officeTheme: the colours of Excel's own panes, dark
 * included); without Office the browser's colour scheme (prefers-color-scheme in taskpane.css) applies.
 * Colours are set as CSS variables through the CSSOM, which the pane's style policy allows.
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import type { OfficeTheme } from '../office';

const HEX = /^#?([0-9a-f]{6})$/i;

/** Relative luminance (0 black … 1 white) of "#rrggbb"; null when unreadable. */
export function luminance(color: string | undefined): number | null {
  const m = HEX.exec((color ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** "dark" or "light" for an Office theme; null when the theme says nothing usable. */
export function themeKind(theme: OfficeTheme | null | undefined): 'dark' | 'light' | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const l = luminance(theme.bodyBackgroundColor);
  return l === null ? null : l < 0.2 ? 'dark' : 'light';
}

function hex(color: string | undefined): string | null {
  const m = HEX.exec((color ?? '').trim());
  return m ? `#${m[1]!.toLowerCase()}` : null;
}

/** Applies an Office theme to the page (data-theme and the colour variables); returns the kind applied. */
export function applyTheme(root: HTMLElement, theme: OfficeTheme | null | undefined): 'dark' | 'light' | null {
  const kind = themeKind(theme);
  if (!kind || !theme) return null;
  root.dataset['theme'] = kind;
  const set = (name: string, value: string | null): void => {
    if (value) root.style.setProperty(name, value);
  };
  set('--bg', hex(theme.bodyBackgroundColor));
  set('--ink', hex(theme.bodyForegroundColor));
  set('--control-bg', hex(theme.controlBackgroundColor));
  set('--control-ink', hex(theme.controlForegroundColor));
  return kind;
}
