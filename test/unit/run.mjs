// Unit tests of the pure helpers (src/url.ts, query.ts, errors.ts, charges.ts, multipart.ts, table.ts) in Node.
// The TypeScript sources are transpiled on the fly into a temp directory, imported, and handed to
// every test/unit/*.test.mjs (default export: (QUnit, modules) => { ... }).
// Last line: "N passed, N failed" (N = tests); exit code 1 on any failure or when no test ran.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const MODULES = ['own', 'url', 'query', 'errors', 'charges', 'multipart', 'table', 'endpoints', 'decide'];

const ts = require('typescript');
const QUnit = require('qunit');
QUnit.config.autostart = false;

const tmp = mkdtempSync(join(tmpdir(), 'kazoosdk-unit-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);

function fail(message) {
  console.log(message);
  console.log('0 passed, 1 failed');
  cleanup();
  process.exit(1);
}

let modules;
try {
  for (const name of MODULES) {
    const source = readFileSync(join(root, 'src', name + '.ts'), 'utf8');
    const out = ts.transpileModule(source, {
      fileName: name + '.ts',
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2019 },
    });
    if (out.diagnostics && out.diagnostics.length) {
      throw new Error(name + '.ts: ' + out.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; '));
    }
    // Relative specifiers ('./errors') need an explicit extension under Node's ESM resolver.
    const code = out.outputText.replace(
      /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)(\.ts|\.js)?\2/g,
      (_m, lead, quote, spec) => lead + quote + spec + '.mjs' + quote
    );
    writeFileSync(join(tmp, name + '.mjs'), code);
  }
  modules = {};
  for (const name of MODULES) modules[name] = await import(pathToFileURL(join(tmp, name + '.mjs')).href);
} catch (e) {
  fail('could not load the helpers: ' + (e && e.stack ? e.stack : e));
}

const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
if (!files.length) fail('no test/unit/*.test.mjs file found');
for (const file of files) {
  let register;
  try {
    register = (await import(pathToFileURL(join(here, file)).href)).default;
    if (typeof register !== 'function') throw new Error('no default export function');
    QUnit.module(file, () => register(QUnit, modules));
  } catch (e) {
    fail(file + ': ' + (e && e.stack ? e.stack : e));
  }
}

let passed = 0;
let failed = 0;
QUnit.on('testEnd', (test) => {
  if (test.status === 'passed') passed++;
  else if (test.status === 'failed') {
    failed++;
    console.log('x ' + test.fullName.join(' > '));
    for (const e of test.errors) {
      const message = String(e.message || '(no message)').split('\n');
      console.log('    ' + message.slice(0, 3).join('\n    '));
      if (e.expected !== undefined || e.actual !== undefined) {
        console.log('      expected: ' + show(e.expected));
        console.log('      actual:   ' + show(e.actual));
      } else if (e.stack) {
        console.log('      ' + String(e.stack).split('\n').slice(0, 4).join('\n      '));
      }
    }
  }
  // 'skipped' / 'todo' count as neither.
});
QUnit.on('runEnd', () => {
  cleanup();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed || !passed ? 1 : 0;
});

function show(value) {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  } catch (e) {
    return String(value);
  }
}

QUnit.start();
