// Runs the fault-matrix page (test/index.html?suite=faults, test/e2e/faults.js) against a fresh
// sandbox, in Chromium (given a browser from runners/chromium.mjs) or in jsdom (browser null), with
// the page served by the static server (runners/static.mjs), so every call is a real cross-origin
// HTTP exchange in both engines. Uncaught page errors count as one more failure.
//
//   import { runFaults } from './e2e/faults-driver.mjs';
//   await runFaults(browser, files.url, { jquery: '3.7.1' });               // Chromium
//   await runFaults(null, files.url, { jquery: '3.7.1', engine: 'jsdom' });  // jsdom
//
// Standalone: node test/e2e/faults-driver.mjs [jsdom|chromium] [jquery version]  (default: all)
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../../sandbox/server.mjs';
import { runQUnitPage } from '../runners/chromium.mjs';
import { runPage } from '../runners/jsdom.mjs';

const FAULT_ROUTES = ['html500', 'html502', 'html503', 'badjson', 'empty200', 'empty204', 'truncated', 'reset', 'error', 'slow'];

export async function runFaults(browser, staticUrl, { jquery, engine = browser ? 'chromium' : 'jsdom', build = '', timeoutMs = 120000 }) {
  const seen = new Set();
  const sandbox = await createSandbox({ log: (line) => seen.add(line.split(' ').slice(0, 2).join(' ')) });
  const apiUrl = sandbox.url;
  const url = `${staticUrl}/test/index.html?suite=faults&jquery=${jquery}${build ? `&build=${build}` : ''}` +
    `&api=${encodeURIComponent(apiUrl + '/v2/')}`;
  try {
    const result = engine === 'jsdom' ? await runPage({ url, timeoutMs }) : await runQUnitPage(browser, url, { timeoutMs });
    // The failures the page saw must come from the fault routes themselves, not from a CORS or
    // routing mistake on the way: the sandbox must have been reached on each, by GET and by PUT.
    const missed = FAULT_ROUTES.flatMap((route) => ['GET', 'PUT'].map((verb) => `${verb} /v2/__sandbox/${route}`))
      .filter((hit) => !seen.has(hit));
    if (missed.length) {
      result.failed += 1;
      result.failures.push({ name: 'the sandbox was reached on every fault route', errors: [{ message: `never reached: ${missed.join(', ')}` }] });
    } else {
      result.passed += 1;
    }
    return result;
  } catch (e) {
    return { passed: 0, failed: 1, failures: [{ name: `faults ${engine} jQuery ${jquery}`, errors: [{ message: e.message }] }] };
  } finally {
    await sandbox.close();
  }
}

// Standalone run: every jQuery version in both engines, one line each, then "N passed, N failed".
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { startStatic } = await import('../runners/static.mjs');
  const { JQUERY } = await import('../runners/jquery.mjs');
  const engines = process.argv[2] ? [process.argv[2]] : ['jsdom', 'chromium'];
  const versions = process.argv[3] ? [process.argv[3]] : JQUERY;
  const files = await startStatic();
  let browser = null;
  let passed = 0;
  let failed = 0;
  try {
    for (const engine of engines) {
      if (engine === 'chromium') browser = await (await import('../runners/chromium.mjs')).launch();
      for (const jquery of versions) {
        const started = Date.now();
        const r = await runFaults(engine === 'chromium' ? browser : null, files.url, { jquery, engine });
        passed += r.passed;
        failed += r.failed;
        console.log(`${r.failed ? 'FAIL' : 'ok  '} faults ${engine} jQuery ${jquery}: ${r.passed} passed, ${r.failed} failed (${Date.now() - started} ms)`);
        for (const f of r.failures || []) {
          console.log(`     x ${f.name}`);
          for (const e of f.errors || []) {
            console.log(`         ${e.message}`);
            if ('expected' in e || 'actual' in e) console.log(`         expected: ${JSON.stringify(e.expected)}\n         actual:   ${JSON.stringify(e.actual)}`);
          }
        }
      }
    }
  } finally {
    if (browser) await browser.close();
    await files.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
