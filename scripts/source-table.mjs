// The endpoint table as written in src/endpoints.ts (transpiled on the fly, not from dist/), for the
// generators, and the helpers that read an entry: one form, or an array of forms (a method whose
// settings choose among several requests).
import { readFileSync } from 'node:fs';
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
