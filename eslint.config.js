import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/out', 'tests/bench/*.mjs', 'tests/setup-browser.sh'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // flows/ is the pure domain: no React, no i18next, no DOM app code.
    files: ['flows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@xstate/react', 'i18next', 'react-i18next'], message: 'flows/ stays framework-free.' },
            { group: ['**/src/**', '../../src/*'], message: 'flows/ must not import from src/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['**/*.js', 'tests/**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
