/** Finds text ranges of JSON paths in a profile (JSON with comments), with jsonc-parser. Pure (no `vscode`). */
import { findNodeAtLocation, parseTree, parse, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath } from './cecModel';
import { textPositions } from '../../core/index';

export interface TextRange {
  readonly offset: number;
  readonly length: number;
}

export interface ParsedProfile {
  readonly value: unknown;
  readonly tree: Node | undefined;
  /** Syntax errors, with where they are. */
  readonly syntax: readonly { readonly message: string; readonly range: TextRange }[];
}

/** Reads a profile: comments and trailing commas are allowed. */
export function parseProfileText(text: string): ParsedProfile {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const tree = parseTree(text, undefined, { allowTrailingComma: true, disallowComments: false });
  return {
    value,
    tree,
    syntax: errors.map((e) => ({ message: `JSON syntax: ${printParseErrorCode(e.error)}.`, range: { offset: e.offset, length: Math.max(1, e.length) } })),
  };
}

/**
 * The range of the first path that exists: for an object property, the property (key and value) when the value is
 * short, else its key; the whole document for the empty path.
 */
export function locate(tree: Node | undefined, paths: readonly JsonPath[]): TextRange | undefined {
  if (!tree) return undefined;
  for (const path of paths) {
    if (path.length === 0) return firstLine(tree);
    const node = findNodeAtLocation(tree, [...path]);
    if (!node) continue;
    const prop = node.parent?.type === 'property' ? node.parent : undefined;
    if (prop && (node.type === 'object' || node.type === 'array')) {
      const key = prop.children?.[0];
      return key ? { offset: key.offset, length: key.length } : { offset: node.offset, length: 1 };
    }
    if (prop) return { offset: prop.offset, length: prop.length };
    if (node.type === 'object' || node.type === 'array') return { offset: node.offset, length: 1 };
    return { offset: node.offset, length: node.length };
  }
  return undefined;
}

function firstLine(tree: Node): TextRange {
  return { offset: tree.offset, length: 1 };
}

/** Position mappers of the last few texts: a profile with hundreds of findings maps each one in O(log lines). */
const mappers: { text: string; at: ReturnType<typeof textPositions> }[] = [];

/** Zero-based line and column of an offset (clamped to the text). */
export function lineAndColumn(text: string, offset: number): [number, number] {
  let hit = mappers.find((e) => e.text === text);
  if (!hit) {
    hit = { text, at: textPositions(text) };
    mappers.unshift(hit);
    if (mappers.length > 4) mappers.pop();
  }
  const { line, character } = hit.at(offset);
  return [line, character];
}
