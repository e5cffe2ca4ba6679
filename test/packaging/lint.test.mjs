// Lint as a test: runs ESLint (eslint.config.mjs) over the repository, as `npm run lint` does.
// Last line: "1 passed, 0 failed", or the linter's output then "0 passed, 1 failed" (exit code 1).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status === 0) {
  console.log('eslint: no problems');
  console.log('1 passed, 0 failed');
} else {
  process.stdout.write(run.stdout || '');
  process.stdout.write(run.stderr || '');
  if (run.error) console.log(String(run.error));
  console.log(`eslint exited ${run.status}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
