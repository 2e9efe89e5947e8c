/**
 * Minimal ambient types for Excel's custom-functions runtime (the `CustomFunctions` global of office.js /
 * custom-functions-runtime.js). @types/office-runtime declares only `OfficeRuntime`, so the add-in declares the
 * part of the contract it uses, mirroring Microsoft's published typings.
 */
declare namespace CustomFunctions {
  /** Registers a JavaScript function under the id used in functions.json. */
  function associate(id: string, fn: (...args: never[]) => unknown): void;
  function associate(mappings: Record<string, (...args: never[]) => unknown>): void;

  /** An Excel error value a custom function throws or returns. */
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string, errorSubType?: string);
    readonly code: ErrorCode;
    readonly message?: string;
  }

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  interface Invocation {
    readonly functionName?: string;
    readonly address?: string;
  }

  interface CancelableInvocation extends Invocation {
    onCanceled: () => void;
  }

  interface StreamingInvocation<ResultType> extends CancelableInvocation {
    setResult(value: ResultType | Error): void;
  }
}
