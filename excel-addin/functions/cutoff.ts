/**
 * The cut-off family: the latest round of a category on or before a date, and its CRS score, invitations and date;
 * EE.LATEST streams the current cut-off and updates when a refresh brings a new round.
 */
import { currentDraws, latestRound, addinStore } from './data';
import { readCategory, readDate, serialFromDay } from './args';
import { toExcelError } from './errors';

/**
 * The CRS cut-off (score of the lowest-ranked candidate invited) of the latest round of a category on or before a date.
 * @customfunction CRS_CUTOFF
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [date] Date (Excel date or "YYYY-MM-DD" text). Default: today.
 * @returns The CRS cut-off.
 */
export function crsCutoff(category: string, date?: number | string): number {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  return latestRound(draws, id, readDate(date, 'date', true)).crs;
}

/**
 * Invitations issued in the latest round of a category on or before a date.
 * @customfunction ITAS
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [date] Date (Excel date or "YYYY-MM-DD" text). Default: today.
 * @returns The number of invitations to apply.
 */
export function itas(category: string, date?: number | string): number {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  return latestRound(draws, id, readDate(date, 'date', true)).invitations;
}

/**
 * The date (an Excel date serial) of the latest round of a category on or before a date.
 * @customfunction LAST_DRAW
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param [date] Date (Excel date or "YYYY-MM-DD" text). Default: today.
 * @returns The round's date as an Excel date serial (format the cell as a date).
 */
export function lastDraw(category: string, date?: number | string): number {
  const draws = currentDraws();
  const id = readCategory(draws, category);
  return serialFromDay(latestRound(draws, id, readDate(date, 'date', true)).day);
}

/**
 * The current CRS cut-off of a category, updated whenever a data refresh brings a new round.
 * @customfunction LATEST
 * @param category Category: an id such as "CEC", an IRCC draw name, an alias such as "french", or "ALL".
 * @param invocation Streaming invocation (supplied by Excel).
 * @streaming
 */
export function latest(category: string, invocation: CustomFunctions.StreamingInvocation<number>): void {
  const store = addinStore();
  let lastKey: string | null = null;
  let lastError: string | null = null;
  const update = (): void => {
    try {
      const draws = store.draws();
      const id = readCategory(draws, category);
      const r = latestRound(draws, id, undefined);
      const key = `${r.order}:${r.crs}`;
      if (key !== lastKey || lastError !== null) {
        lastKey = key;
        lastError = null;
        invocation.setResult(r.crs);
      }
    } catch (e) {
      const err = toExcelError(e);
      const key = `${err.code} ${err.message ?? ''}`;
      if (key !== lastError) {
        lastError = key;
        lastKey = null;
        invocation.setResult(err);
      }
    }
  };
  update();
  const unsubscribe = store.subscribe(update);
  invocation.onCanceled = () => {
    unsubscribe();
  };
}
