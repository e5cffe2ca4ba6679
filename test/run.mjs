// The test command: every suite, one final line "N passed, N failed", non-zero exit on failure.
//   node test/run.mjs            everything
//   node test/run.mjs jsdom      only the suites whose name contains "jsdom"
import { spawnSync } from 'node:child_process';
import { launch, runQUnitPage } from './runners/chromium.mjs';
import { runE2E } from './e2e/driver.mjs';
import { runFaults } from './e2e/faults-driver.mjs';
import { JQUERY } from './runners/jquery.mjs';
import { runPage } from './runners/jsdom.mjs';
import { startStatic } from './runners/static.mjs';

const only = process.argv[2] || '';
const results = [];

function record(name, passed, failed, failures = []) {
  results.push({ name, passed, failed });
  const mark = failed ? 'FAIL' : 'ok  ';
  console.log(`${mark} ${name}: ${passed} passed, ${failed} failed`);
  for (const f of failures) {
    console.log(`     x ${f.name}`);
    for (const e of f.errors || []) {
      console.log(`         ${e.message}`);
      if ('expected' in e || 'actual' in e) {
        console.log(`         expected: ${JSON.stringify(e.expected)}`);
        console.log(`         actual:   ${JSON.stringify(e.actual)}`);
      }
    }
  }
}

// A suite that is a Node script: its last line is "N passed, N failed", or it uses node:test,
// whose TAP summary says "# pass N" and "# fail N".
function script(name, file, args = []) {
  if (!name.includes(only)) return;
  const run = spawnSync(process.execPath, ['--test-reporter=tap', file, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = counts(run.stdout || '');
  if (!m || run.status !== 0) process.stdout.write(run.stdout + (run.stderr || ''));
  if (!m) return record(name, 0, 1, [{ name: `${file} did not report (exit ${run.status})` }]);
  record(name, m.passed, m.failed + (run.status !== 0 && m.failed === 0 ? 1 : 0));
}

/** A script's counts: its last line "N passed, N failed", or node:test's "# pass N" / "# fail N". */
function counts(stdout) {
  const lines = stdout.trim().split('\n');
  const last = /^(\d+) passed, (\d+) failed/.exec(lines[lines.length - 1] || '');
  if (last) return { passed: Number(last[1]), failed: Number(last[2]) };
  const pass = /^# pass (\d+)$/m.exec(stdout);
  const fail = /^# fail (\d+)$/m.exec(stdout);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
}

// A check that is one command: it passes when the command exits 0.
function command(name, argv) {
  if (!name.includes(only)) return;
  const run = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) process.stdout.write((run.stdout || '') + (run.stderr || ''));
  record(name, run.status === 0 ? 1 : 0, run.status === 0 ? 0 : 1);
}

async function page(name, options) {
  if (!name.includes(only)) return;
  const result = await runPage(options);
  record(name, result.passed, result.failed, result.failures);
}

script('dist is built from src', 'test/dist-fresh.mjs');
script('size budget (min.js gzipped)', 'test/size.test.mjs');
script('generated types are up to date (src/generated/)', 'scripts/gen-types.mjs', ['--check']);
script("table against Kazoo's API description (node)", 'test/kazoo-paths.test.mjs');
script('API reference is up to date (docs/API.md, docs/api.html)', 'scripts/api-docs.mjs', ['--check']);
script('searchable API reference (docs/api.html, /docs)', 'test/api-html.test.mjs');
script('lint (eslint)', 'test/packaging/lint.test.mjs');
script('npm package (pack, Node, rollup + jsdom, tsc)', 'test/packaging/pack.test.mjs');
script('types on hover (language service)', 'test/types/hover.test.mjs');
script('sandbox package (pack: bin and library)', 'test/packaging/sandbox.test.mjs');
command('types compile (tsc test/types)', [process.execPath, 'node_modules/typescript/bin/tsc', '-p', 'test/types']);
script('pure helpers (node)', 'test/unit/run.mjs');
script('examples (jsdom and Node, against the sandbox)', 'test/examples.test.mjs');
script('sandbox server (node)', '--test', ['test/sandbox/']);
script('API console (chromium)', 'test/console/console.test.mjs');
script('fuzzing and token confinement (jsdom)', 'test/fuzz/fuzz.test.mjs');
script('bytes on the wire: downloads, charsets, multipart (jsdom, built bundles, loopback HTTP)', 'test/wire/wire.test.mjs');
for (const jquery of JQUERY) await page(`jsdom jQuery ${jquery}`, { jquery });
await page('jsdom jQuery 1.9.1 min.js', { jquery: '1.9.1', build: 'min' });
await page('jsdom jQuery 4.0.0 min.js', { jquery: '4.0.0', build: 'min' });
// The Monster-UI style acceptance suite (test/monster/): the bundle as the AMD module `kazoosdk`.
const MONSTER = ['1.9.1', '4.0.0'].flatMap((jquery) => [[jquery, ''], [jquery, 'min']]);
const monsterName = (engine, jquery, build) => `monster ${engine} jQuery ${jquery}${build ? ' min.js' : ''}`;
for (const [jquery, build] of MONSTER) await page(monsterName('jsdom', jquery, build), { jquery, build, suite: 'monster' });
// (its rows where the documentation and today's plugin differ hold on every jQuery: the others in jsdom too)
for (const jquery of JQUERY.filter((v) => !MONSTER.some(([m]) => m === v))) await page(monsterName('jsdom', jquery, ''), { jquery, suite: 'monster' });

// Fault matrix: the bundle against the sandbox's fault routes over real HTTP, from another origin.
const jsdomFaults = JQUERY.map((jquery) => [`faults jsdom jQuery ${jquery}`, jquery]).filter(([name]) => name.includes(only));
if (jsdomFaults.length) {
  const files = await startStatic();
  try {
    for (const [name, jquery] of jsdomFaults) {
      const result = await runFaults(null, files.url, { jquery, engine: 'jsdom' });
      record(name, result.passed, result.failed, result.failures);
    }
  } finally {
    await files.close();
  }
}

// The same page in real Chromium, served over HTTP.
const chromiumSuites = JQUERY.map((jquery) => [`chromium jQuery ${jquery}`, `jquery=${jquery}`])
  .concat([['chromium jQuery 1.9.1 min.js', 'jquery=1.9.1&build=min'], ['chromium jQuery 1.12.4 min.js', 'jquery=1.12.4&build=min']])
  .concat(MONSTER.map(([jquery, build]) => [monsterName('chromium', jquery, build), `suite=monster&jquery=${jquery}${build ? '&build=min' : ''}`]))
  .filter(([name]) => name.includes(only));
// End to end: the bundle in Chromium against the sandbox over real HTTP, from another origin.
const e2eSuites = ['1.9.1', '1.12.4', '3.7.1', '4.0.0'].map((jquery) => [`e2e chromium jQuery ${jquery}`, jquery])
  .filter(([name]) => name.includes(only));
const faultSuites = JQUERY.map((jquery) => [`faults chromium jQuery ${jquery}`, jquery]).filter(([name]) => name.includes(only));
if (chromiumSuites.length || e2eSuites.length || faultSuites.length) {
  let browser;
  const files = await startStatic();
  try {
    browser = await launch();
    for (const [name, query] of chromiumSuites) {
      const result = await runQUnitPage(browser, `${files.url}/test/index.html?${query}`);
      record(name, result.passed, result.failed, result.failures);
    }
    for (const [name, jquery] of e2eSuites) {
      const result = await runE2E(browser, files.url, { jquery });
      record(name, result.passed, result.failed, result.failures);
    }
    for (const [name, jquery] of faultSuites) {
      const result = await runFaults(browser, files.url, { jquery });
      record(name, result.passed, result.failed, result.failures);
    }
  } catch (e) {
    record('chromium', 0, 1, [{ name: 'could not run Chromium', errors: [{ message: e.message }] }]);
  } finally {
    if (browser) await browser.close();
    await files.close();
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !results.length ? 1 : 0);
