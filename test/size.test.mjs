// Size budget of the script-tag build, minified then gzipped (level 9): deterministic, so a test.
// The budget holds every method and behaviour (README, Performance), and the line that points to the
// source map; the map itself (jquery.kazoosdk.min.js.map) is not counted: browsers fetch it only for
// their developer tools.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import zlib from 'node:zlib';

const BUDGET = 10240; // bytes: 10 KB

test(`dist/jquery.kazoosdk.min.js, gzipped, is within ${BUDGET} bytes`, () => {
  const min = readFileSync(new URL('../dist/jquery.kazoosdk.min.js', import.meta.url));
  const gzip = zlib.gzipSync(min, { level: 9 }).length;
  console.log(`dist/jquery.kazoosdk.min.js: ${min.length} bytes, ${gzip} bytes gzipped (budget ${BUDGET})`);
  assert.ok(gzip <= BUDGET, `over budget by ${gzip - BUDGET} bytes`);
});

// min.js shortens the fields of the SDK's own state objects (rollup.config.mjs, INTERNAL). That is
// safe only while no application's object is read or written under one of those names: none may be a
// member of a public type (the settings, options, responses and errors applications hand over or get).
test('the fields min.js shortens are internal: no public type has one, and min.js has none left', async () => {
  const { INTERNAL } = await import('../rollup.config.mjs');
  const types = readFileSync(new URL('../dist/jquery.kazoosdk.d.ts', import.meta.url), 'utf8');
  const members = new Set([...types.matchAll(/^\s+(?:readonly\s+)?(\w+)\??:/gm)].map((m) => m[1]));
  assert.ok(members.has('headers') && members.has('authToken'), 'the public types were read');
  const names = INTERNAL.source.replace(/^\^\(|\)\$$/g, '').split('|');
  assert.deepEqual(names.filter((name) => members.has(name)), []);
  const min = readFileSync(new URL('../dist/jquery.kazoosdk.min.js', import.meta.url), 'utf8');
  assert.deepEqual(names.filter((name) => new RegExp('\\.' + name + '\\b').test(min)), [], 'shortened in min.js');
});
