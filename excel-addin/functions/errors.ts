/**
 * Errors of the EE functions. Inside the add-in a problem is thrown as an ArgumentError (a bad argument: #VALUE!) or a
 * NoDataError (no such round: #N/A); `guard` turns it into the `CustomFunctions.Error` Excel shows, with the message
 * as the cell's tooltip. Anything unexpected becomes #VALUE! with a sentence too: never a raw exception.
 */
import { errorText, InputError } from '../../core/index';

/**
 * An error that is an answer, not a fault: #N/A or #VALUE! in a cell is ordinary, a recalculation may produce
 * thousands, and their stack is never shown (the guard keeps only the message). Capturing a stack cost about 8 µs an
 * error, twenty times the lookup itself (measured with npm run bench), so none is captured.
 */
class CellError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

export class ArgumentError extends CellError {
  override name = 'ArgumentError';
}

export class NoDataError extends CellError {
  override name = 'NoDataError';
}

/** What a function throws: Excel's error object when the runtime defines it, else an object of the same shape. */
export type ExcelError = CustomFunctions.Error;

/** The error shape used where `CustomFunctions` is not defined (never inside Excel; kept so nothing crashes). */
class PlainExcelError {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    readonly message: string,
  ) {}
}

const VALUE = '#VALUE!' as CustomFunctions.ErrorCode;
const NA = '#N/A' as CustomFunctions.ErrorCode;

function runtime(): typeof CustomFunctions | undefined {
  return typeof CustomFunctions === 'undefined' ? undefined : CustomFunctions;
}

/** Longest message put on an Excel error (the cell's tooltip); longer ones are cut with "…". */
export const MAX_MESSAGE_LENGTH = 500;

export function excelError(kind: 'value' | 'na', text: string): ExcelError {
  const message = text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
  const cf = runtime();
  if (cf) {
    const code = kind === 'value' ? cf.ErrorCode.invalidValue : cf.ErrorCode.notAvailable;
    return new cf.Error(code, message);
  }
  return new PlainExcelError(kind === 'value' ? VALUE : NA, message);
}

/** True for an Excel error object (ours, the runtime's or a stand-in's): it has a code such as "#VALUE!". */
export function isExcelError(x: unknown): x is ExcelError {
  if (typeof x !== 'object' || x === null) return false;
  const code = (x as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#');
}

/** Converts anything thrown into the Excel error to report. */
export function toExcelError(e: unknown): ExcelError {
  if (isExcelError(e)) return e;
  if (e instanceof NoDataError) return excelError('na', e.message);
  if (e instanceof ArgumentError || e instanceof InputError) return excelError('value', e.message);
  const text = errorText(e);
  return excelError('value', `Unexpected problem: ${text}`);
}

