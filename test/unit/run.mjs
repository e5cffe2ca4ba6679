// Unit tests of the pure helpers (src/url.ts, query.ts, errors.ts, charges.ts, multipart.ts, table.ts)
// in Node: every test/unit/*.test.mjs is a node:test file (load.mjs hands them the transpiled
// helpers). This runs them all with `node --test` (TAP), which is what `node --test test/unit/` does.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));
if (!files.length) throw new Error('no test/unit/*.test.mjs file found');
const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], { stdio: 'inherit' });
process.exitCode = run.status === null ? 1 : run.status;
