// Lint: `npm run lint` (and the test command, through test/packaging/lint.test.mjs).
// ESLint flat config with typescript-eslint. Which globals a file sees depends on where it runs:
// - src/**/*.ts: TypeScript compiled to ES5 for the script-tag builds; ES2015+ built-ins are banned
//   (the target ES5 downlevels syntax, not APIs such as Promise or Object.assign).
// - test pages and suites, sandbox/console: classic browser scripts (QUnit, sinon, jQuery, ...).
// - every .mjs (test runners, sandbox server, scripts, configs): Node ES modules.
// - dist/jquery.kazoosdk.js and .min.js: only parsed, as ES5 scripts: the proof that the script-tag
//   builds are ES5 syntax.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ES2015+ built-ins that no ES5 browser has and TypeScript's ES5 target does not provide.
const ES2015_GLOBALS = ['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Proxy', 'Reflect'].map((name) => ({
  name,
  message: `${name} is ES2015+: the script-tag builds must run on ES5 browsers (use jQuery's Deferred or plain objects).`,
}));
const ES2015_STATICS = [
  ['Object', ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertySymbols', 'is', 'setPrototypeOf']],
  ['Array', ['from', 'of']],
  ['Number', ['isNaN', 'isFinite', 'isInteger', 'parseFloat', 'parseInt', 'EPSILON', 'MAX_SAFE_INTEGER']],
  ['String', ['fromCodePoint', 'raw']],
  ['Math', ['trunc', 'sign', 'log10', 'log2', 'hypot', 'cbrt']],
].flatMap(([object, properties]) =>
  properties.map((property) => ({
    object,
    property,
    message: `${object}.${property} is ES2015+: the script-tag builds must run on ES5 browsers.`,
  })),
);

// jQuery statics that jQuery 4 removed (the SDK and its tests run on jQuery 1.12.4 to 4.0.0), on
// `$`, `jQuery` or any `something.$` (the SDK keeps its jQuery as ctx.$).
const JQUERY4_REMOVED = [
  'parseJSON', 'isArray', 'trim', 'type', 'isFunction', 'isNumeric', 'isWindow', 'camelCase', 'nodeName', 'now',
  'cssProps', 'unique', 'holdReady',
];
const jquery4Removed = {
  selector:
    `MemberExpression[property.name=/^(${JQUERY4_REMOVED.join('|')})$/]` +
    ':matches([object.name=/^(\\$|jQuery)$/], [object.property.name=/^(\\$|jQuery)$/])',
  message: 'Removed in jQuery 4: use the plain JavaScript equivalent (JSON.parse, Array.isArray, typeof, String trim, Date.now, ...).',
};

// Globals of the QUnit pages (test/index.html loads them before the suites).
const testPageGlobals = {
  QUnit: 'readonly',
  sinon: 'readonly',
  nise: 'readonly',
  jQuery: 'readonly',
  $: 'readonly',
  md5: 'readonly',
  KazooSdk: 'readonly',
  KT: 'writable',
  KE: 'writable',
};

export default defineConfig(
  globalIgnores(['dist/*', '!dist/jquery.kazoosdk.js', '!dist/jquery.kazoosdk.min.js', 'docs/', 'test-results/', 'examples/*/dist/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // The script-tag builds: parsed as ES5 scripts, no rules (generated code).
  {
    files: ['dist/jquery.kazoosdk.js', 'dist/jquery.kazoosdk.min.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },

  // The library source.
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      // The source is written in ES5 style on purpose (var, function expressions): what it says is
      // what the script-tag build runs.
      'no-var': 'off',
      'prefer-const': 'off',
      'prefer-rest-params': 'off',
      'prefer-spread': 'off',
      // Settings objects and jqXHR internals are loosely typed by nature; `any` is used knowingly.
      '@typescript-eslint/no-explicit-any': 'off',
      // ES5 has no optional catch binding: `catch (e)` stays even when e is unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-globals': ['error', ...ES2015_GLOBALS],
      'no-restricted-properties': ['error', ...ES2015_STATICS],
      'no-restricted-syntax': ['error', jquery4Removed],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },

  // Classic browser scripts: the QUnit page's loader, helpers and suites, and the sandbox's API console.
  {
    files: ['test/**/*.js', 'sandbox/console/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'script',
      globals: { ...globals.browser, ...testPageGlobals },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', jquery4Removed],
    },
  },

  // The examples' page scripts: ES5 for the script-tag and AMD ones, an ES module for the bundled one.
  {
    files: ['examples/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser, jQuery: 'readonly', define: 'readonly', require: 'readonly' },
    },
    rules: { 'no-restricted-syntax': ['error', jquery4Removed] },
  },
  {
    files: ['examples/bundler/src/**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },

  // Node ES modules: test runners and Node suites, the sandbox server, scripts, configs.
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Runners that hand functions to the browser (page.evaluate, waitForFunction): those run in the page.
  {
    files: ['test/runners/chromium.mjs', 'test/e2e/*driver.mjs', 'test/console/*.mjs', 'bench/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
