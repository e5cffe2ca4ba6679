// Runs the end-to-end page in Chromium: the page from one origin (the static server), the sandbox
// API on another (so CORS preflights are real), window.confirm answered as the page asks.
import { createSandbox } from '../../sandbox/server.mjs';
import { runQUnitPage } from '../runners/chromium.mjs';

export async function runE2E(browser, staticUrl, { jquery, timeoutMs = 180000 }) {
  const sandbox = await createSandbox();
  const apiUrl = sandbox.url;
  const answers = [];
  async function setup(page) {
    page.on('dialog', (dialog) => {
      const accept = answers.length ? answers.shift() : false;
      (accept ? dialog.accept() : dialog.dismiss()).catch(() => {});
    });
    await page.exposeFunction('__nextDialog', (accept) => {
      answers.push(Boolean(accept));
    });
  }
  try {
    const url = `${staticUrl}/test/index.html?suite=e2e&jquery=${jquery}&api=${encodeURIComponent(apiUrl + '/v2/')}`;
    return await runQUnitPage(browser, url, { timeoutMs, setup });
  } finally {
    await sandbox.close();
  }
}
