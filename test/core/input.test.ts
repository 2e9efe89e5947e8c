/** User input that looks like object internals or is absurdly long gets the same clear InputError as any other. */
import assert from 'node:assert/strict';
import { clbLevels, InputError, languageTestFromName, resolveCategory } from '../../core/index';

describe('hostile user input in the core', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`"${name}" is not a language test nor a category`, () => {
      assert.throws(() => languageTestFromName(name), (e: unknown) => e instanceof InputError && /Unknown language test/.test((e).message));
      assert.throws(() => clbLevels(name, { reading: 7, writing: 7, listening: 7, speaking: 7 }), InputError);
      assert.throws(() => resolveCategory(name), (e: unknown) => e instanceof InputError && /Unknown category/.test((e).message));
    });
  }

  it('does not echo a 100,000-character input back in full', () => {
    const huge = 'x'.repeat(100_000);
    for (const fn of [() => resolveCategory(huge), () => languageTestFromName(huge)]) {
      assert.throws(fn, (e: unknown) => e instanceof InputError && (e).message.length < 500);
    }
  });
});
