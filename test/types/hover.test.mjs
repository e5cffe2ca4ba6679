// What an editor shows on hover, from the published types (dist/jquery.kazoosdk.d.ts), through
// TypeScript's language service: the SDK is a named interface (not the whole table spelled out), and
// each method shows a line of what it does, its verb and path, its document and Kazoo's reference page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'hover-probe.ts'); // in memory only
const text = [
  "import { getKazooSdk } from '../../dist/jquery.kazoosdk';",
  "const sdk = getKazooSdk({ apiRoot: 'http://127.0.0.1:8000/v2/' });",
  "sdk.device.create({ accountId: 'a', data: { name: 'Desk' } });",
  "sdk.user.list({ accountId: 'a' });",
  "sdk.vmboxes;",
].join('\n');

const service = ts.createLanguageService({
  getScriptFileNames: () => [file],
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => ts.ScriptSnapshot.fromString(f === file ? text : readFileSync(f, 'utf8')),
  getCurrentDirectory: () => here,
  getCompilationSettings: () => ({
    strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2017, lib: ['lib.es2017.d.ts', 'lib.dom.d.ts'], types: ['jquery'],
  }),
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: (f) => f === file || ts.sys.fileExists(f),
  readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});

/** The hover at the first occurrence of `marker` (at its `at`-th character). */
function hover(marker, at = 0) {
  const info = service.getQuickInfoAtPosition(file, text.indexOf(marker) + at);
  assert.ok(info, `a hover for ${marker}`);
  return {
    signature: ts.displayPartsToString(info.displayParts),
    doc: ts.displayPartsToString(info.documentation),
    tags: (info.tags || []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
  };
}

test('the probe compiles', () => {
  const errors = service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, ["Property 'vmboxes' does not exist on type 'KazooSdk'."]);
});

test('getKazooSdk and an instance show the named interface KazooSdk, not the table', () => {
  const call = hover('getKazooSdk({', 3);
  assert.match(call.signature, /\): KazooSdk$/m);
  assert.ok(call.signature.length < 200, call.signature);
  assert.equal(hover('sdk =').signature, 'const sdk: KazooSdk');
});

test('a method shows what it does, its verb and path, its document, and the Kazoo reference page of its resource', () => {
  const create = hover('create(', 2);
  assert.match(create.signature, /^\(property\) DeviceMethods\.create: \(settings: SettingsOf<[\s\S]*, Device>\) => KazooPromise<KazooResponse<Device>>$/);
  const [line, ...rest] = create.doc.split('\n');
  assert.match(line, /^[A-Z].{10,}\.$/, 'one line of what it does');
  assert.ok(rest.includes('`PUT accounts/{accountId}/devices`'), create.doc);
  assert.match(create.doc, /`Device`/);
  assert.deepEqual(create.tags, ['@see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/']);
  const list = hover('list(', 2);
  assert.ok(list.doc.split('\n').includes('`GET accounts/{accountId}/users`'), list.doc);
  assert.deepEqual(list.tags, ['@see https://docs.2600hz.com/dev/applications/crossbar/doc/users/']);
});
