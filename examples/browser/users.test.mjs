// An application's own browser test: its page in Chromium (playwright-core), talking to the Kazoo
// sandbox that the test starts. The application here is examples/script-tag/, served by a small
// web server of the test's own; the sandbox is another origin, as a Kazoo server would be. Both
// listen on free ports of 127.0.0.1 (Chromium lets a page reach a loopback address only from one).
//   node --test examples/browser/        (CHROME_BIN=/path/to/chromium if Playwright has no browser of its own)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createSandbox, defineRoute, faultRoutes, routes, SEED } from 'jquery-kazoosdk/sandbox';

const repository = new URL('../../', import.meta.url);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
let app; // the application's web server: the repository's files
let browser;

before(async () => {
  app = createServer(async (req, res) => {
    try {
      const body = await readFile(new URL('.' + new URL(req.url, 'http://app/').pathname, repository));
      res.writeHead(200, { 'Content-Type': TYPES[extname(req.url.split('?')[0])] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((listening) => app.listen(0, '127.0.0.1', listening));
  browser = await chromium.launch({ executablePath: process.env.CHROME_BIN || undefined, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await browser.close();
  await new Promise((closed) => app.close(closed));
});

/** Opens the application's page against `apiRoot`; resolves with its status line and user list. */
async function openApp(apiRoot) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${app.address().port}/examples/script-tag/index.html?api=${encodeURIComponent(apiRoot)}`);
  await page.waitForSelector('html[data-state]');
  const shown = { status: await page.textContent('#status'), users: await page.locator('#users li').allTextContents() };
  await page.close();
  return shown;
}

test('the page logs in and lists the demo account\'s users', async () => {
  const sandbox = await createSandbox(); // every route, the demo data
  try {
    const shown = await openApp(sandbox.apiRoot);
    // what the sandbox holds for the demo account is what the page must show
    const users = sandbox.store.listDocs(SEED.accounts.demo, 'users').map((user) => `${user.first_name} ${user.last_name}`);
    assert.ok(users.length > 1);
    assert.equal(shown.status, `${users.length} users`);
    assert.deepEqual(shown.users.sort(), users.sort());
  } finally {
    await sandbox.close();
  }
});

test('when the user listing fails as a broken proxy makes it fail (an HTML 502), the page says so', async () => {
  // One route of this test's own, in front of the others: the fault routes' HTML 502 answers it.
  const html502 = faultRoutes.find((route) => route.path === '__sandbox/html502').methods.GET;
  const sandbox = await createSandbox({ routes: [...routes, defineRoute('accounts/{accountId}/users', { GET: html502 })] });
  try {
    const shown = await openApp(sandbox.apiRoot);
    assert.equal(shown.status, 'Failed: 502 Bad Gateway');
    assert.deepEqual(shown.users, []);
  } finally {
    await sandbox.close();
  }
});
