/**
 * A stand-in for Excel's `CustomFunctions` global: `associate` records registrations; `Error` and `ErrorCode` have
 * the shape of the real runtime's (code such as "#VALUE!", optional message).
 */
export interface StandInError {
  readonly code: string;
  readonly message?: string;
}

export interface CustomFunctionsStandIn {
  readonly ErrorCode: Readonly<Record<string, string>>;
  readonly Error: new (code?: string, message?: string) => StandInError;
  associate(idOrMap: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown): void;
  /** id → function, in registration order. */
  readonly registrations: Map<string, (...args: never[]) => unknown>;
  /** Every associate call's id, duplicates included. */
  readonly calls: string[];
}

export function makeStandIn(): CustomFunctionsStandIn {
  const registrations = new Map<string, (...args: never[]) => unknown>();
  const calls: string[] = [];
  class CFError implements StandInError {
    readonly code: string;
    readonly message?: string;
    constructor(code = '#VALUE!', message?: string) {
      this.code = code;
      if (message !== undefined) this.message = message;
    }
  }
  const ErrorCode = Object.freeze({
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  });
  const add = (id: string, fn: (...args: never[]) => unknown): void => {
    calls.push(id);
    registrations.set(id, fn);
  };
  return {
    ErrorCode,
    Error: CFError,
    registrations,
    calls,
    associate(idOrMap, fn) {
      if (typeof idOrMap === 'string') {
        if (typeof fn !== 'function') throw new TypeError(`associate("${idOrMap}") without a function`);
        add(idOrMap, fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) add(id, f);
      }
    },
  };
}

/** Installs a stand-in as the global `CustomFunctions` (idempotent: keeps the first). */
export function installStandIn(): CustomFunctionsStandIn {
  const g = globalThis as unknown as { CustomFunctions?: CustomFunctionsStandIn };
  if (!g.CustomFunctions) g.CustomFunctions = makeStandIn();
  return g.CustomFunctions;
}

/** Runs a call and returns the Excel error it threw (fails when it returned or threw something else). */
export function errorOf(call: () => unknown): StandInError {
  let value: unknown;
  try {
    value = call();
  } catch (e) {
    const cf = installStandIn();
    if (!(e instanceof cf.Error)) throw new Error(`threw a raw exception instead of CustomFunctions.Error: ${String(e)}`);
    return e;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
}
