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
