// The pure helpers of src/ for the unit tests in Node: each TypeScript module is transpiled (no type
// check; tsc does that) into a temporary directory once per process, then imported.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The modules the unit tests use, with those they import. */
const MODULES = ['own', 'url', 'query', 'errors', 'charges', 'multipart', 'table', 'endpoints', 'decide'];

let loaded;

/** name -> the module's exports, for every module of MODULES. */
export function loadHelpers() {
  if (!loaded) loaded = load();
  return loaded;
}

async function load() {
  const ts = require('typescript');
  const tmp = mkdtempSync(join(tmpdir(), 'kazoosdk-unit-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  for (const name of MODULES) {
    const source = readFileSync(join(root, 'src', `${name}.ts`), 'utf8');
    const out = ts.transpileModule(source, {
      fileName: `${name}.ts`,
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2019 },
    });
    if (out.diagnostics && out.diagnostics.length) {
      throw new Error(`${name}.ts: ${out.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
    }
    // Relative specifiers ('./errors') need an explicit extension under Node's ESM resolver.
    const code = out.outputText.replace(
      /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)(\.ts|\.js)?\2/g,
      (_m, lead, quote, spec) => `${lead}${quote}${spec}.mjs${quote}`,
    );
    writeFileSync(join(tmp, `${name}.mjs`), code);
  }
  const modules = {};
  for (const name of MODULES) modules[name] = await import(pathToFileURL(join(tmp, `${name}.mjs`)).href);
  return modules;
}
