/**
 * The EE functions as a HyperFormula function plugin, for testing and benchmarking the add-in in a real formula
 * engine (Excel itself cannot run here). The plugin is built from functions.json (names, parameters, optionality,
 * spills) and calls the functions as registered with `CustomFunctions.associate`, so a workbook evaluated here goes
 * through the same contract as Excel.
 *
 * Names: HyperFormula accepts dots in function names (as in its built-in NORM.DIST), so the functions keep their
 * Excel names, `EE.CRS_CUTOFF` and so on. Spills: HyperFormula needs an array's size before evaluation; the plugin
 * predicts it by running the function when its arguments are literals (numbers, text, TRUE()/FALSE(), DATE(y,m,d)),
 * and otherwise reserves an upper bound (every round for EE.DRAWS, 19 rows for EE.POOL) that the result fills from
 * the top. Streaming EE.LATEST evaluates to its first result. Excel errors thrown by a function become HyperFormula
 * errors with the same message (#VALUE! or #N/A); an error passed in as an argument propagates, as in Excel.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { FunctionArgument, ImplementedFunctions } from 'hyperformula';
import { dayFromParts, errorText } from '../core/index';
import { serialFromDay } from './functions/args';

/** The part of functions.json the plugin reads. */
export interface FunctionsJson {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly parameters: readonly { readonly name: string; readonly type?: string; readonly dimensionality?: string; readonly optional?: boolean }[];
    readonly result?: { readonly dimensionality?: string };
    readonly options?: { readonly stream?: boolean; readonly cancelable?: boolean };
  }[];
}

export type RegisteredFunction = (...args: never[]) => unknown;

/** Upper bounds of spilled results whose arguments are not literals: [rows, columns]. */
export interface SpillBounds {
  readonly [id: string]: readonly [number, number];
}

interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly procedureName?: string;
  readonly args?: readonly AstNode[];
}

const UNKNOWN = Symbol('unknown');

/** The value of a literal argument, or UNKNOWN. */
function literal(node: AstNode | undefined): unknown {
  if (!node || node.type === 'EMPTY') return undefined;
  if (node.type === 'NUMBER' || node.type === 'STRING') return node.value;
  if (node.type === 'MINUS_UNARY_OP') {
    const v = literal(node.value as AstNode);
    return typeof v === 'number' ? -v : UNKNOWN;
  }
  if (node.type === 'FUNCTION_CALL') {
    const name = node.procedureName?.toUpperCase();
    const args = node.args ?? [];
    if ((name === 'TRUE' || name === 'FALSE') && args.length === 0) return name === 'TRUE';
    if (name === 'DATE' && args.length === 3) {
      const [y, m, d] = args.map(literal);
      if (typeof y === 'number' && typeof m === 'number' && typeof d === 'number') {
        const day = dayFromParts(y, m, d);
        return day === null ? UNKNOWN : serialFromDay(day);
      }
    }
  }
  return UNKNOWN;
}

function errorCodeType(code: string): ErrorType {
  switch (code) {
    case '#N/A': return ErrorType.NA;
    case '#DIV/0!': return ErrorType.DIV_BY_ZERO;
    case '#NUM!': return ErrorType.NUM;
    case '#REF!': return ErrorType.REF;
    case '#NAME?': return ErrorType.NAME;
    default: return ErrorType.VALUE;
  }
}

/** A thrown or streamed Excel error → a HyperFormula error with the same message. */
function toCellError(e: unknown): CellError {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') {
    const { code, message } = e as { code: string; message?: string };
    return new CellError(errorCodeType(code), message ?? code);
  }
  return new CellError(ErrorType.VALUE, `Raw exception (a bug): ${errorText(e)}`);
}

/** A HyperFormula cell value as Excel passes it: empty → null, a date/currency/percent number → its number. */
function plain(c: unknown): unknown {
  if (c === EmptyValue) return null;
  if (typeof c === 'object' && c !== null && typeof (c as { val?: unknown }).val === 'number') return (c as { val: number }).val;
  return c;
}

/** HyperFormula value → what Excel passes a custom function (a range becomes a 2-D array). */
function toExcelArg(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(plain));
  return plain(v);
}

function firstError(v: unknown): CellError | undefined {
  if (v instanceof CellError) return v;
  if (v instanceof SimpleRangeValue) {
    for (const row of v.rawData()) for (const c of row) if (c instanceof CellError) return c;
  }
  return undefined;
}

/** A function's result → a HyperFormula value. */
function fromExcelResult(r: unknown): unknown {
  if (Array.isArray(r)) {
    const rows = r as unknown[][];
    return SimpleRangeValue.onlyValues(rows.map((row) => row.map((c) => (c === null || c === undefined ? EmptyValue : c))) as never);
  }
  if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return r;
  if (r === null || r === undefined) return EmptyValue;
  return toCellError(r);
}

let registry: ReadonlyMap<string, RegisteredFunction> = new Map();
let bounds: SpillBounds = {};
let registeredIds: readonly string[] | null = null;

/** Calls a registered function as Excel would: a streaming one gets an invocation and gives its first result. */
export function invoke(id: string, args: readonly unknown[]): unknown {
  const fn = registry.get(id);
  if (!fn) return new CellError(ErrorType.NAME, `EE.${id} is not registered.`);
  const call = fn as (...a: unknown[]) => unknown;
  if (streaming.has(id)) {
    let first: unknown = new CellError(ErrorType.NA, 'No result yet.');
    let got = false;
    const invocation = {
      setResult: (v: unknown) => {
        if (!got) first = v;
        got = true;
      },
      onCanceled: () => undefined,
    };
    try {
      call(...args, invocation);
    } finally {
      invocation.onCanceled();
    }
    return first;
  }
  return call(...args);
}

const streaming = new Set<string>();

class EEPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  /** Evaluates one EE function call. */
  callEE(id: string, ast: AstNode, state: unknown): unknown {
    const name = `EE.${id}`;
    const run = this.runFunction as unknown as (args: unknown, state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown) => unknown;
    return run(ast.args ?? [], state, this.metadata(name), (...args: unknown[]) => {
      for (const a of args) {
        const err = firstError(a);
        if (err) return err;
      }
      try {
        const r = invoke(id, args.map(toExcelArg));
        return r instanceof CellError ? r : fromExcelResult(r);
      } catch (e) {
        return toCellError(e);
      }
    });
  }

  /** Predicts a spill's size: exact for literal arguments, else the upper bound. */
  sizeEE(id: string, ast: AstNode): ArraySize {
    const values = (ast.args ?? []).map(literal);
    if (!values.includes(UNKNOWN)) {
      try {
        const r = invoke(id, values);
        if (Array.isArray(r)) return new ArraySize((r[0] as unknown[] | undefined)?.length ?? 1, r.length);
        return ArraySize.scalar();
      } catch {
        return ArraySize.scalar();
      }
    }
    const [rows, cols] = bounds[id] ?? [1, 1];
    return new ArraySize(cols, rows);
  }
}

function argumentOf(p: FunctionsJson['functions'][number]['parameters'][number]): FunctionArgument {
  const matrix = p.dimensionality === 'matrix';
  const type = matrix
    ? FunctionArgumentType.RANGE
    : p.type === 'string'
      ? FunctionArgumentType.STRING
      : p.type === 'number'
        ? FunctionArgumentType.NUMBER
        : p.type === 'boolean'
          ? FunctionArgumentType.BOOLEAN
          : FunctionArgumentType.SCALAR;
  return p.optional ? { argumentType: type, optionalArg: true } : { argumentType: type };
}

/**
 * Registers the EE plugin with HyperFormula (once) and points it at `functions` (id → registered function).
 * Call again to switch to another set of registrations (e.g. the built bundle loaded in a vm).
 */
export function registerEEPlugin(metadata: FunctionsJson, functions: ReadonlyMap<string, RegisteredFunction>, spillBounds: SpillBounds): void {
  registry = functions;
  bounds = spillBounds;
  streaming.clear();
  for (const f of metadata.functions) if (f.options?.stream) streaming.add(f.id);
  const ids = metadata.functions.map((f) => f.id);
  if (registeredIds && registeredIds.join() === ids.join()) return;
  if (registeredIds) HyperFormula.unregisterFunctionPlugin(EEPlugin);
  const implemented: Record<string, ImplementedFunctions[string]> = {};
  const translations: Record<string, string> = {};
  for (const f of metadata.functions) {
    const name = `EE.${f.name}`;
    const method = `ee_${f.id}`;
    const spills = f.result?.dimensionality === 'matrix';
    const entry: ImplementedFunctions[string] = {
      method,
      parameters: f.parameters.map(argumentOf),
      vectorizationForbidden: true,
      ...(spills ? { sizeOfResultArrayMethod: `size_${f.id}` } : {}),
    };
    implemented[name] = entry;
    translations[name] = name;
    const proto = EEPlugin.prototype as unknown as Record<string, unknown>;
    proto[method] = function (this: EEPlugin, ast: AstNode, state: unknown) {
      return this.callEE(f.id, ast, state);
    };
    if (spills) {
      proto[`size_${f.id}`] = function (this: EEPlugin, ast: AstNode) {
        return this.sizeEE(f.id, ast);
      };
    }
  }
  EEPlugin.implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(EEPlugin, { enGB: translations, enUS: translations });
  registeredIds = ids;
}

/** Excel-compatible HyperFormula settings: the 1900 date system with its fictitious 1900-02-29. */
export const EXCEL_LIKE_CONFIG = {
  licenseKey: 'gpl-v3',
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  useArrayArithmetic: true,
} as const;
