// `npm start` judges dist/ by content: the build records the hash of its sources in
// dist/build-info.json, and dist/ is rebuilt only when the sources hash to something else. A fresh
// clone (git writes dist/ before src/, so src/ looks newer) must not rebuild.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { bundleStaleness } from '../../sandbox/start.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let clone;

/** Every file under `dir`, recursively. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).map((name) => join(dir, name)).filter((path) => statSync(path).isFile());

before(() => {
  // A checkout as git leaves it: dist/ written first (old times), everything else after (now).
  clone = mkdtempSync(join(tmpdir(), 'kazoosdk-clone-'));
  for (const path of ['package.json', 'rollup.config.mjs', 'tsconfig.json', 'src', 'scripts', 'sandbox', 'dist']) {
    cpSync(join(root, path), join(clone, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const written = new Date('2020-01-01T00:00:00Z');
  for (const file of filesUnder(join(clone, 'dist'))) utimesSync(file, written, written);
});
after(() => rmSync(clone, { recursive: true, force: true }));

test('the committed dist/ records the hash of the sources as they are', () => {
  assert.equal(bundleStaleness(root), null);
});

test('a fresh clone (dist/ older than src/ by file time) is up to date', () => {
  const newestSource = Math.max(...filesUnder(join(clone, 'src')).map((file) => statSync(file).mtimeMs));
  const newestDist = Math.max(...filesUnder(join(clone, 'dist')).map((file) => statSync(file).mtimeMs));
  assert.ok(newestSource > newestDist, 'the clone has dist/ older than src/ by file time');
  assert.equal(bundleStaleness(clone), null);
});

test('npm start on that clone serves at once, without building', async () => {
  const child = spawn(process.execPath, [join(clone, 'sandbox/start.mjs'), '--port', '0'], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    await new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no console within 30 s:\n${output}`)), 30000);
      const onData = (chunk) => {
        output += chunk;
        if (/Ctrl-C to stop/.test(output)) {
          clearTimeout(timer);
          resolvePromise();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output}`)));
    });
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
  assert.match(output, /Kazoo API console {2}http:\/\/127\.0\.0\.1:\d+\//);
  assert.doesNotMatch(output, /building/);
});

test('a changed source, a changed version or a missing record makes dist/ stale; a missing bundle too', () => {
  const file = join(clone, 'src/url.ts');
  appendFileSync(file, '\n// changed\n');
  assert.equal(bundleStaleness(clone), 'built from other sources');
  cpSync(join(root, 'src/url.ts'), file);
  assert.equal(bundleStaleness(clone), null, 'the same content again: up to date, whatever the file time');

  appendFileSync(join(clone, 'rollup.config.mjs'), '\n');
  assert.equal(bundleStaleness(clone), 'built from other sources', 'the build configuration counts');
  cpSync(join(root, 'rollup.config.mjs'), join(clone, 'rollup.config.mjs'));

  const pkg = join(clone, 'package.json');
  const manifest = JSON.parse(readFileSync(pkg, 'utf8'));
  writeFileSync(pkg, JSON.stringify({ ...manifest, description: 'another description' }, null, 2));
  assert.equal(bundleStaleness(clone), null, 'package.json counts by its version only');
  writeFileSync(pkg, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }, null, 2));
  assert.equal(bundleStaleness(clone), 'built from other sources', 'the version (in the banner) counts');
  cpSync(join(root, 'package.json'), pkg);
  assert.equal(bundleStaleness(clone), null);

  unlinkSync(join(clone, 'dist/build-info.json'));
  assert.equal(bundleStaleness(clone), 'built from other sources');
  unlinkSync(join(clone, 'dist/jquery.kazoosdk.js'));
  assert.equal(bundleStaleness(clone), 'missing');
});
