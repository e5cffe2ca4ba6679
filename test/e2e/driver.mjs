// Runs the end-to-end page in Chromium: the page from one origin (the static server), the sandbox
// API on another (so CORS preflights are real), window.confirm answered as the page asks.
import { createSandbox } from '../../sandbox/server.mjs';

export async function runE2E(browser, staticUrl, { jquery, timeoutMs = 180000 }) {
  const sandbox = createSandbox({ log: null });
  const { url: apiUrl } = await sandbox.listen(0, '127.0.0.1');
  const page = await browser.newPage();
  const errors = [];
  const answers = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (dialog) => {
    const accept = answers.length ? answers.shift() : false;
    (accept ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  await page.exposeFunction('__nextDialog', (accept) => {
    answers.push(Boolean(accept));
  });
  try {
    await page.goto(`${staticUrl}/test/index.html?suite=e2e&jquery=${jquery}&api=${encodeURIComponent(apiUrl + '/v2/')}`);
    const handle = await page.waitForFunction(() => window.__testResult, null, { timeout: timeoutMs, polling: 100 });
    const result = await handle.jsonValue();
    if (errors.length) {
      result.failed += 1;
      result.failures.push({ name: 'uncaught errors in the page', errors: errors.map((message) => ({ message })) });
    }
    return result;
  } catch (e) {
    return { passed: 0, failed: 1, failures: [{ name: `e2e jQuery ${jquery}`, errors: [{ message: e.message }] }] };
  } finally {
    await page.close();
    await sandbox.close();
  }
}
