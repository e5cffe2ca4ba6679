// Lint as a test: runs ESLint (eslint.config.mjs) over the repository, as `npm run lint` does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('eslint: no problem, no warning', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, `eslint exited ${run.status}:\n${run.stdout || ''}${run.stderr || ''}${run.error || ''}`);
});
