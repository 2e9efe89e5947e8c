// ESLint (flat config) with typescript-eslint's type-aware rules. `npm run lint` runs it, then knip.
// The faces (extension/, excel-addin/) import the core only through its public API, core/index.ts (and the Node-only
// file cache, core/refresh/node): no deep imports, so the core can change inside without breaking a face.
import tseslint from 'typescript-eslint';

// A regular expression, not gitignore-style groups: with groups, `**/core/*` excludes the folder core/refresh, and a
// negation (`!**/core/refresh/node`) cannot re-include a file whose parent folder is excluded.
const DEEP_CORE = {
  regex: '(^|/)core/(?!index$|refresh/node$)',
  message: 'Faces import the core only from core/index.ts (or core/refresh/node for the file cache).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.d.mts', 'test/fixtures/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': 'off',
      // Off for the whole project: here `async` without `await` is how a synchronous implementation of a Promise-returning
      // contract (CacheStore, FeedSource, Office storage, a CLI command's run) turns a throw into a rejection, which
      // the callers rely on; the rule flags exactly those, and its only fix (Promise.resolve) would throw synchronously.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['extension/**/*.ts', 'excel-addin/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DEEP_CORE] }],
    },
  },
  {
    // Tests may reach inside the core, and mocha's `this` and chai-less asserts need a little slack.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
