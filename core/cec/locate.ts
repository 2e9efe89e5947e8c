/**
 * Where profile problems are in the JSON text, for editor diagnostics: JSON path → text range, using
 * jsonc-parser's syntax tree. Lines and characters are 0-based and count UTF-16 code units, as VS Code does.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { ProfileProblem } from './types';

export interface TextRange {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export type LocatedProblem = ProfileProblem & TextRange;

/** Offsets where each line starts ("\r\n", "\n" and "\r" all end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/**
 * Maps offsets of one text to zero-based line and character (UTF-16, as editors count), line breaks being \n, \r\n
 * or \r. The line starts are computed once, so each lookup is a binary search.
 */
export function textPositions(text: string): (offset: number) => { line: number; character: number } {
  const starts = lineStarts(text);
  return (offset) => position(starts, Math.min(Math.max(0, offset), text.length));
}

function range(starts: readonly number[], offset: number, length: number): TextRange {
  const a = position(starts, offset);
  const b = position(starts, offset + length);
  return { offset, length, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
}

/**
 * The node a problem is about. A problem on a property that exists points at its value, except an unknown
 * property, which points at its name. A missing property points at the name of the closest enclosing property
 * (or the first character of the enclosing object/array element).
 */
function target(root: Node, p: ProfileProblem): { offset: number; length: number } {
  const node = findNodeAtLocation(root, [...p.path]);
  if (node) {
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    if (key && p.message.startsWith('Unknown property')) return { offset: key.offset, length: key.length };
    return { offset: node.offset, length: node.length };
  }
  for (let n = p.path.length - 1; n >= 0; n--) {
    const parent = findNodeAtLocation(root, [...p.path.slice(0, n)]);
    if (!parent) continue;
    const key = parent.parent?.type === 'property' ? parent.parent.children?.[0] : undefined;
    return key ? { offset: key.offset, length: key.length } : { offset: parent.offset, length: 1 };
  }
  return { offset: root.offset, length: 1 };
}

/**
 * Text ranges of `problems` in the profile `text` (one per problem, same order). When the text cannot be
 * parsed at all, every problem is placed at the start.
 */
export function locateProblems(text: string, problems: readonly ProfileProblem[]): LocatedProblem[] {
  const starts = lineStarts(text);
  const root = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return problems.map((p) => {
    const t = root ? target(root, p) : { offset: 0, length: 0 };
    return { ...p, ...range(starts, t.offset, t.length) };
  });
}

/** JSON syntax errors of a profile text as plain messages with their place, e.g. "line 3, column 5: …". */
export function jsonSyntaxErrors(text: string): { readonly message: string; readonly range: TextRange }[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const starts = lineStarts(text);
  return errors.map((e) => {
    const r = range(starts, e.offset, e.length);
    return { message: `line ${r.line + 1}, column ${r.character + 1}: ${syntaxMessage(e.error)}`, range: r };
  });
}

function syntaxMessage(code: number): string {
  const messages: Record<number, string> = {
    1: 'invalid symbol', 2: 'invalid number', 3: 'property name expected', 4: 'value expected',
    5: 'colon expected', 6: 'comma expected', 7: 'closing brace expected', 8: 'closing bracket expected',
    9: 'end of file expected', 10: 'comments are not allowed in JSON', 11: 'unexpected end of comment',
    12: 'unexpected end of string', 13: 'unexpected end of number', 14: 'invalid unicode escape',
    15: 'invalid escape character', 16: 'invalid character',
  };
  return messages[code] ?? 'invalid JSON';
}
