/**
 * Asking Excel to recalculate. Custom functions are not volatile: Excel calls them again only when their arguments
 * change, so after new data (a refresh, a cache loaded, an imported file) or another date system the EE. cells
 * would keep their old values. A full recalculation (Application.calculate with CalculationType.full, ExcelApi 1.1)
 * recalculates every formula of every open workbook, including each EE. cell.
 * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)
 */
import type { ExcelApi } from './office';
import type { RecalcStatus } from './store';

export type RecalcReason = 'refresh' | 'cache' | 'import' | 'date system' | 'button';

const BECAUSE: Record<RecalcReason, string> = {
  refresh: 'after the refresh',
  cache: 'after loading the cached data',
  import: 'after the import',
  'date system': 'for the new date system',
  button: 'as asked',
};

/** Requests a full recalculation; never throws. `now` for tests. */
export async function recalculate(excel: ExcelApi | null, reason: RecalcReason, now: () => Date = () => new Date()): Promise<RecalcStatus> {
  const at = now().toISOString().slice(0, 19) + 'Z';
  if (!excel) {
    return { ok: false, at, message: 'Excel is not available here, so no cell was recalculated (in Excel: Ctrl+Alt+F9).' };
  }
  try {
    await excel.run(async (context) => {
      context.workbook.application.calculate(excel.CalculationType.full);
      await context.sync();
    });
    return { ok: true, at, message: `Excel recalculated every formula ${BECAUSE[reason]}, so every EE. cell shows the current data.` };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, at, message: `Excel could not recalculate (${why}): press Ctrl+Alt+F9 to recalculate every formula.` };
  }
}
