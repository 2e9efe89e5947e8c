/** Reading a profile file (*.ee-profile.json) for `ee cec` and `ee crs`: strict JSON, errors in our words, paths clipped. */
import { readFile } from 'node:fs/promises';
import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { InputError, clipInput } from '../types';
import { jsonSyntaxErrors } from '../cec/locate';

export async function readProfileJson(file: string): Promise<{ text: string; value: unknown }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Node's message repeats the path whole: say why in our words, with the path clipped.
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied'
      : code === 'ENAMETOOLONG' ? 'the name is too long' : 'it cannot be read';
    throw new InputError(`Cannot read the profile "${clipInput(file)}": ${why} (${code ?? 'error'}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const syntaxErrors: ParseError[] = [];
  const value: unknown = parseJson(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length || text.trim() === '') {
    const found = jsonSyntaxErrors(text).map((e) => e.message);
    throw new InputError(`${clipInput(file)} is not valid JSON: ${found.length ? found.join('; ') : 'the file is empty'}.`);
  }
  return { text, value };
}
