// Size budget of the script-tag build, minified then gzipped (level 9): deterministic, so a test.
// The budget holds every method and behaviour (README, Performance).
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';

const BUDGET = 10240; // bytes: 10 KB
const min = readFileSync('dist/jquery.kazoosdk.min.js');
const gzip = zlib.gzipSync(min, { level: 9 }).length;
console.log(`dist/jquery.kazoosdk.min.js: ${min.length} bytes, ${gzip} bytes gzipped (budget ${BUDGET})`);
const ok = gzip <= BUDGET;
if (!ok) console.log(`over budget by ${gzip - BUDGET} bytes`);
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
