import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The pure core runs under plain Node and in a worker: it may not reach the DOM or the UI libraries
// (DESIGN.md, "A pure core"). The rule enforces it rather than hoping.
const pureCoreImports = {
  patterns: [
    {
      group: [
        'svelte',
        'svelte/*',
        'xstate',
        'd3',
        'd3-*',
        '@tensorflow/*',
        '**/ui/**',
        '**/*.svelte',
      ],
      message:
        'src/sim, src/quiz and src/lessons are a pure core: no DOM, Svelte, xstate, d3 or tfjs.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/sim/**', 'src/quiz/**', 'src/lessons/**'],
    rules: { 'no-restricted-imports': ['error', pureCoreImports] },
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
