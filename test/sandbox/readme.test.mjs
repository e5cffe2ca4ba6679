// The README's Node example ("Testing your app against the sandbox") runs as written: it is taken
// from README.md, put in a scratch project whose node_modules link to this package, jsdom and jquery,
// and run with node --test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test("the README's node:test example passes against the sandbox", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Testing your app against the sandbox'));
  const example = /```js\n(\/\/ test\/kazoo\.test\.mjs[^]*?)```/.exec(section);
  assert.ok(example, 'the example is in the README');
  const app = mkdtempSync(join(tmpdir(), 'kazoosdk-readme-'));
  try {
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'my-app', private: true, type: 'module' }));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'jquery-kazoosdk'), 'dir');
    for (const name of ['jsdom', 'jquery']) symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    writeFileSync(join(app, 'kazoo.test.mjs'), example[1]);
    // A run of its own, not a child of this one (node:test marks its children through the environment).
    const { NODE_TEST_CONTEXT: _child, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--test', 'kazoo.test.mjs'], { cwd: app, env, encoding: 'utf8', timeout: 60000 });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^# pass 2$/m);
    assert.match(run.stdout, /^# fail 0$/m);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
