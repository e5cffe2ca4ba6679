// The endpoint table as written in src/endpoints.ts (transpiled on the fly, not from dist/), for the
// generators, and the helpers that read an entry: one form, or an array of forms (a method whose
// settings choose among several requests).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** namespace -> method -> entry, from src/endpoints.ts. */
export async function loadSourceTable() {
  const ts = require('typescript');
  const source = readFileSync(join(root, 'src', 'endpoints.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2019 } });
  const mod = await import('data:text/javascript;base64,' + Buffer.from(outputText).toString('base64'));
  return mod.endpoints;
}

/** The forms of an entry: itself, or each element of an array of forms. */
export function formsOf(entry) {
  return Array.isArray(entry) ? entry : [entry];
}

/** A URL template's path (no query, no slash at either end: Kazoo ignores them), each `{placeholder}` written `{}`: `GET a/{}/b`. */
export function routeKey(verb, url) {
  return `${verb} ${url.split('?')[0].replace(/^\/+|\/+$/g, '').replace(/\{[^{}]*\}/g, '{}')}`;
}

/**
 * Writes generated files (path relative to the repository -> text), or with `check` compares them
 * with the committed ones: one line per file, then "N passed, N failed" (exit code 1 on a difference).
 * `command` is what regenerates them.
 */
export function writeOrCheck(files, { check, command }) {
  if (!check) {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
      console.log(`wrote ${file}`);
    }
    return;
  }
  let passed = 0;
  let failed = 0;
  for (const [file, text] of Object.entries(files)) {
    let current = null;
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {
      // missing: reported below
    }
    if (current === text) {
      passed++;
      console.log(`${file} is up to date`);
      continue;
    }
    failed++;
    if (current === null) {
      console.log(`${file} is missing: run ${command} and commit it`);
      continue;
    }
    const a = current.split('\n');
    const b = text.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    console.log(`${file} is out of date (first difference at line ${i + 1}): run ${command} and commit it`);
    console.log(`  committed: ${(a[i] ?? '(end of file)').slice(0, 300)}`);
    console.log(`  generated: ${(b[i] ?? '(end of file)').slice(0, 300)}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
