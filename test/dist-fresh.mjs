// Fails when the committed dist/ is not what `npm run build` makes from src/ now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'kazoosdk-dist-'));
let passed = 0;
let failed = 0;
try {
  execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], {
    env: { ...process.env, OUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const built = readdirSync(out).sort();
  const committed = readdirSync('dist').sort();
  for (const file of new Set([...built, ...committed])) {
    const a = built.includes(file) ? readFileSync(join(out, file)) : null;
    const b = committed.includes(file) ? readFileSync(join('dist', file)) : null;
    if (a && b && a.equals(b)) passed++;
    else {
      failed++;
      console.log(`dist/${file} is ${!b ? 'missing' : !a ? 'not produced by the build' : 'stale'}: run npm run build and commit dist/`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
