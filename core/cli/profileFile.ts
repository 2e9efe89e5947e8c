/** Reading a profile file for the commands that take one: a clear InputError for an unreadable file or bad JSON. */
import { readFile } from 'node:fs/promises';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { InputError } from '../types';
import { jsonSyntaxErrors, locateProblems } from '../cec/locate';
import { pathText } from '../cec/profile';
import type { ProfileProblem } from '../cec/types';

export interface ProfileFile {
  readonly text: string;
  readonly value: unknown;
}

export async function readProfileFile(file: string): Promise<ProfileFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`Cannot read the profile "${file}": ${why} (${code ?? 'error'}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const syntaxErrors: ParseError[] = [];
  const value: unknown = parseJson(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length || text.trim() === '') {
    const found = jsonSyntaxErrors(text).map((e) => e.message);
    throw new InputError(`${file} is not valid JSON: ${found.length ? found.join('; ') : 'the file is empty'}.`);
  }
  return { text, value };
}

/** "file:3:5  jobs[0].noc: …" lines for the problems of a profile. */
export function problemLines(file: string, text: string, problems: readonly ProfileProblem[]): string[] {
  return locateProblems(text, problems).map((l) => `  ${file}:${l.line + 1}:${l.character + 1}  ${pathText(l.path)}: ${l.message}`);
}
