// Fails when the committed dist/ is not what `npm run build` makes from src/ now: one test per file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const out = mkdtempSync(join(tmpdir(), 'kazoosdk-dist-'));
after(() => rmSync(out, { recursive: true, force: true }));
execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], {
  env: { ...process.env, OUT_DIR: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const built = readdirSync(out).sort();
const committed = readdirSync('dist').sort();

for (const file of new Set([...built, ...committed])) {
  test(`dist/${file} is what the build makes`, () => {
    assert.ok(committed.includes(file), `dist/${file} is missing: run npm run build and commit dist/`);
    assert.ok(built.includes(file), `dist/${file} is not produced by the build: remove it`);
    assert.ok(readFileSync(join(out, file)).equals(readFileSync(join('dist', file))), `dist/${file} is stale: run npm run build and commit dist/`);
  });
}
