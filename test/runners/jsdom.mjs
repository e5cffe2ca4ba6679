// Runs test/index.html in jsdom for one jQuery version and bundle, and resolves with its result
// ({passed, failed, failures, ...}). Scripts load from the files on disk, as a browser would.
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const page = fileURLToPath(new URL('../index.html', import.meta.url));

// `url` may point the page elsewhere (e.g. served over HTTP, with other query parameters).
// `suite` picks another set of suites (e.g. 'monster').
export function runPage({ jquery, build = '', suite = '', url = pathToFileURL(page).href + `?jquery=${jquery}${build ? `&build=${build}` : ''}${suite ? `&suite=${suite}` : ''}`, timeoutMs = 120000 }) {
  return new Promise((resolve) => {
    const errors = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (e) => errors.push(e.message));
    const timer = setTimeout(() => {
      finish({ passed: 0, failed: 1, failures: [{ name: 'page', errors: [{ message: `timed out after ${timeoutMs} ms` }] }] });
    }, timeoutMs);
    let dom;
    function finish(result) {
      clearTimeout(timer);
      if (errors.length) {
        result.failed += 1;
        result.failures.push({ name: 'uncaught errors in the page', errors: errors.map((message) => ({ message })) });
      }
      setImmediate(() => dom && dom.window.close());
      resolve(result);
    }
    dom = new JSDOM(readFileSync(page, 'utf8'), {
      url,
      runScripts: 'dangerously',
      resources: 'usable',
      pretendToBeVisual: true,
      virtualConsole,
      beforeParse(window) {
        window.__onTestResult = finish;
        window.scrollTo = () => {}; // QUnit scrolls; jsdom does not implement it
      },
    });
  });
}
