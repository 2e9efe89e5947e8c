/**
 * The parts of Office.js the add-in uses, as structural types, read from the page's globals: Excel's API
 * (Excel.run, application.calculate, workbook.use1904DateSystem), OfficeRuntime.storage, the Office theme, the
 * workbook's settings and requirement-set checks. Each is null where it is not available (outside Excel, in tests,
 * in the functions-only contract test), so every caller has a plain fallback.
 * Microsoft's reference: https://learn.microsoft.com/javascript/api/excel and
 * https://learn.microsoft.com/javascript/api/office-runtime/officeruntime.storage
 */

/** Excel.CalculationType: "Recalculate" (dirty cells), "Full" (every formula), "FullRebuild". */
export interface ExcelCalculationTypes {
  readonly full: string;
}

export interface ExcelWorkbook {
  readonly application: { calculate(calculationType: string): void };
  load(propertyNames: string): unknown;
  /** ExcelApi BETA (preview only) when this was written; undefined where the host does not provide it. */
  readonly use1904DateSystem?: boolean;
}

export interface ExcelRequestContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelApi {
  run<T>(batch: (context: ExcelRequestContext) => Promise<T>): Promise<T>;
  readonly CalculationType: ExcelCalculationTypes;
}

/** OfficeRuntime.storage (SharedRuntime 1.1): 10 MB per domain, string values. */
export interface OfficeRuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** Office.context.officeTheme: colours as "#rrggbb". */
export interface OfficeTheme {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Office.context.document.settings: saved inside the workbook. */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

export interface OfficeGlobal {
  onReady?: (callback?: () => void) => unknown;
  readonly context?: {
    readonly officeTheme?: OfficeTheme;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly document?: { readonly settings?: OfficeSettings };
  };
}

type Globals = { Excel?: ExcelApi; OfficeRuntime?: { storage?: OfficeRuntimeStorage }; Office?: OfficeGlobal };

function globals(): Globals {
  return globalThis as unknown as Globals;
}

export function excelApi(): ExcelApi | null {
  const e = globals().Excel;
  return e && typeof e.run === 'function' ? e : null;
}

export function officeRuntimeStorage(): OfficeRuntimeStorage | null {
  try {
    const s = globals().OfficeRuntime?.storage;
    return s && typeof s.getItem === 'function' && typeof s.setItem === 'function' ? s : null;
  } catch {
    return null;
  }
}

export function office(): OfficeGlobal | null {
  return globals().Office ?? null;
}

/** The workbook's settings (saved in the file), or null outside Excel. */
export function workbookSettings(): OfficeSettings | null {
  try {
    return office()?.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/**
 * Resolves when Office.js is ready (Office.onReady), or at once when there is no Office.js; never waits longer than
 * `ms` (Office.onReady never settles in a page that Office did not open).
 */
export function officeReady(ms = 5000): Promise<boolean> {
  const o = office();
  if (!o || typeof o.onReady !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    try {
      const r = o.onReady!(() => {
        clearTimeout(timer);
        resolve(true);
      });
      if (r && typeof (r as Promise<unknown>).then === 'function') {
        (r as Promise<unknown>).then(
          () => {
            clearTimeout(timer);
            resolve(true);
          },
          () => undefined,
        );
      }
    } catch {
      clearTimeout(timer);
      resolve(false);
    }
  });
}
