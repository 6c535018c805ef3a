// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (positional parameters, discarded parts).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The build's output must not depend on the machine's locale: a sort names its locale.
    files: ['src/**', 'astro.config.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]",
          message: "Name the locale (`a.localeCompare(b, 'en')`): the default follows the machine's LANG, and so would the page order.",
        },
      ],
    },
  },
  {
    // Scripts the site serves run in the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // TypeScript checks these files (// @ts-check), globals included.
    files: ['**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
);
