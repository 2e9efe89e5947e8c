/** Checks a profile's text: JSON with comments read by jsonc-parser, then the core's CEC check. Pure (no `vscode`). */
import { checkCec, errorText, type CecResult } from '../../core/index';
import { findings, type Finding } from './cecModel';
import { locate, parseProfileText, type ParsedProfile, type TextRange } from './locate';

export interface LocatedFinding extends Finding {
  readonly range: TextRange;
}

export interface ProfileCheck {
  readonly parsed: ParsedProfile;
  readonly result: CecResult;
  /** Findings with their place in the text (syntax errors first). */
  readonly located: readonly LocatedFinding[];
}

/**
 * Checks a profile's text. Never throws: the core's check does not throw, and should anything unexpected happen the
 * result says the profile could not be checked, with the reason, instead of breaking the editor's features.
 */
export function checkProfileText(text: string, options: { asOf?: string } = {}): ProfileCheck {
  try {
    return checkUnguarded(text, options);
  } catch (e) {
    const why = `The profile could not be checked (${errorText(e)}).`;
    const empty = checkUnguarded('{"jobs": []}', options);
    const result: CecResult = { ...empty.result, eligible: false, errors: [{ path: [], message: why }], reasons: [why] };
    return { parsed: { value: undefined, tree: undefined, syntax: [] }, result, located: [{ paths: [], message: why, severity: 'error', code: 'profile', range: { offset: 0, length: 1 } }] };
  }
}

function checkUnguarded(text: string, options: { asOf?: string }): ProfileCheck {
  const parsed = parseProfileText(text);
  const result = checkCec(parsed.value ?? {}, options.asOf !== undefined ? { asOf: options.asOf } : {});
  const located: LocatedFinding[] = parsed.syntax.map((s) => ({ paths: [], message: s.message, severity: 'error', code: 'syntax', range: s.range }));
  for (const f of findings(result)) {
    const range = locate(parsed.tree, f.paths) ?? { offset: 0, length: 1 };
    located.push({ ...f, range });
  }
  return { parsed, result, located };
}
