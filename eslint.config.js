import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The pure core runs under plain Node and in a worker: it may not reach the DOM or the UI libraries
// (DESIGN.md, "A pure core"). The rule enforces it rather than hoping.
const pureCore = ['sim', 'decide', 'quiz', 'lessons'];
const pureCoreImports = {
  group: ['svelte', 'svelte/*', 'xstate', 'd3', 'd3-*', '@tensorflow/*', '**/ui/**', '**/*.svelte'],
  message:
    'src/sim, src/decide, src/quiz and src/lessons are a pure core: no DOM, Svelte, xstate, d3 or tfjs.',
};

// Layers, one way only (DESIGN.md, "Modes"): sim <- machines <- modes <- (cli | worker <- lab <- ui).
// `decide` is the course's decision rule, on the modes' facts; quizzes and pages ask it.
// A folder of src/ may import the folders before it in this list, and itself; src/main.ts may
// import anything. `locale` is the languages of the course (identity, not text); `i18n` holds text
// only, so it comes after everything whose names it translates and before everything that shows it.
const layers = [
  'sim',
  'locale',
  'model',
  'machines',
  'modes',
  'decide',
  'store',
  'lessons',
  'quiz',
  'i18n',
  'cli',
  'worker',
  'lab',
  'ui',
  'offline',
];
// Exceptions to the order: the CLI is an entry point that nothing imports and that needs only the
// engine; the service worker (sw) is built on its own and imports nothing of the app, and only the
// code that registers it (offline) imports its message protocol.
const entryPoints = ['cli', 'sw'];
/** @param {string} folder */
const allowedImports = (folder) => {
  if (folder === 'cli') return ['sim', 'locale', 'model', 'machines', 'modes'];
  if (folder === 'sw') return [];
  const below = layers.slice(0, layers.indexOf(folder)).filter((f) => !entryPoints.includes(f));
  return folder === 'offline' ? [...below, 'sw'] : below;
};
const folders = [...layers, 'sw'];

// Imports are relative, so whether one leaves the folder depends on how deep the importing file
// is: from src/<folder>/ at `depth` subfolders down, exactly depth + 1 "../" lead back to src/. A
// pattern per depth matches only imports that reach another top folder of src/: never a package,
// never a subfolder of the file's own folder that shares a name with a top folder.
const maxDepth = 4; // deepest today: src/ui/lab/predictions/ (depth 2)
// The selectors' regexes may not contain '/' (esquery's syntax), so it is written \u002F there.
const escapeSlash = (/** @type {string} */ re) => re.replaceAll('/', '\\u002F');
/**
 * @param {string} folder
 * @param {number} depth
 * @returns {import('eslint').Linter.RulesRecord}
 */
function layerRules(folder, depth) {
  const allowed = allowedImports(folder);
  const forbidden = [...folders.filter((f) => f !== folder && !allowed.includes(f)), 'main\\.ts'];
  const target = `^(\\.\\./){${depth + 1}}(${forbidden.join('|')})(/|$)`;
  const message = `src/${folder} may import ${
    allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'nothing else of src/'
  } (DESIGN.md, layers one way).`;
  /** @type {object[]} */
  const patterns = [{ regex: target, caseSensitive: true, message }];
  if (pureCore.includes(folder)) patterns.push(pureCoreImports);
  // import(), new URL(...) and new Worker(new URL(...)) name modules too (workers, lazy pages).
  const sel = escapeSlash(target);
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      { selector: `ImportExpression[source.value=/${sel}/]`, message },
      { selector: `NewExpression[callee.name="URL"][arguments.0.value=/${sel}/]`, message },
    ],
  };
}
/** @param {string} folder @param {number} depth */
const layerFiles = (folder, depth) => `src/${folder}/${'*/'.repeat(depth)}*`;
/** @type {import('eslint').Linter.Config[]} */
const layerConfigs = folders.flatMap((folder) =>
  Array.from({ length: maxDepth + 1 }, (_, depth) => ({
    files: [layerFiles(folder, depth)],
    rules: layerRules(folder, depth),
  })),
);
// A file the patterns above do not reach (a folder missing from the list, or deeper than
// maxDepth) would escape the rule unnoticed, so it is an error of its own.
layerConfigs.push({
  files: ['src/*/**'],
  ignores: layerConfigs.flatMap((config) => /** @type {string[]} */ (config.files)),
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'Program',
        message:
          'The layer rule does not reach this file: place its folder in `layers` (or raise `maxDepth`) in eslint.config.js.',
      },
    ],
  },
});

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
    files: pureCore.map((folder) => `src/${folder}/**`),
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  ...layerConfigs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
