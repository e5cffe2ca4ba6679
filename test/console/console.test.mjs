// The API console of `npm start` in real Chromium: log in through the form, use the explorer
// (user.list, user.get, a PDF download, a missing mandatory setting, device.create with its 402
// accepted through the SDK's own dialog), on jQuery 4.0.0 and 1.12.4. Writes a screenshot to
// test-results/console.png. Last line: "N passed, N failed"; exit 1 on failure.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { SEED } from '../../sandbox/server.mjs';
import { startConsole } from '../../sandbox/start.mjs';
import { launch } from '../runners/chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOT = `${ROOT}test-results/console.png`;
const TIMEOUT = 15000;

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail !== undefined ? `\n       ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
  }
}
function equal(name, actual, expected) {
  check(name, actual === expected, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Every request the server answered, from its one-line-per-request log ("GET /v2/... 200 1.2ms").
const apiLog = [];
const apiCount = () => apiLog.filter((line) => /^[A-Z]+ \/v2\//.test(line)).length;

/** Parsed parts of the request panel and the response panel. */
async function panels(page) {
  return page.evaluate(() => {
    const text = (node) => (node ? node.textContent.trim() : null);
    const exchanges = [...document.querySelectorAll('#request .exchange')].map((node) => ({
      verb: text(node.querySelector('.verb')),
      url: text(node.querySelector('.url')),
      status: text(node.querySelector('.badge')),
      headers: Object.fromEntries([...node.querySelectorAll('table.headers tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))])),
      body: text(node.querySelector('pre.body')),
    }));
    const response = document.querySelector('#response');
    return {
      snippet: text(document.querySelector('#request pre.snippet')),
      requestText: text(document.querySelector('#request')),
      exchanges,
      state: response.dataset.state,
      status: document.querySelector('#response-status').hidden ? null : text(document.querySelector('#response-status')),
      body: text(document.querySelector('#response-body')),
      download: document.querySelector('#response-download') ? document.querySelector('#response-download').getAttribute('download') : null,
      problem: text(document.querySelector('#response .problem-message')),
      problemTitle: text(document.querySelector('#response .problem-title')),
    };
  });
}

/** Clicks a button and waits until the response panel shows a new, finished call. */
async function sendAndWait(page, selector = '#send') {
  const before = await page.getAttribute('#response', 'data-call');
  await page.click(selector, { timeout: TIMEOUT });
  await page.waitForFunction(
    (previous) => {
      const panel = document.querySelector('#response');
      return panel.dataset.call !== previous && panel.dataset.state !== 'pending';
    },
    before,
    { timeout: TIMEOUT, polling: 50 }
  );
  return panels(page);
}

async function pick(page, ns, method) {
  await page.selectOption('#ns', ns, { timeout: TIMEOUT });
  await page.selectOption('#method', method, { timeout: TIMEOUT });
}

const parse = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
};

async function openConsole(browser, url, jquery) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  const dialogs = [];
  const answers = []; // queued answers to the next dialogs (default: accept)
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    const accept = answers.length ? answers.shift() : true;
    (accept ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  await page.goto(jquery ? `${url}?jquery=${jquery}` : url, { timeout: TIMEOUT });
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: TIMEOUT });
  return { page, errors, dialogs, answers };
}

async function login(page, label) {
  await page.click('#login-submit');
  await page.waitForSelector('#login-status.ok, #login-status.fail', { timeout: TIMEOUT });
  const status = await page.textContent('#login-status');
  check(`${label}login through the form succeeds`, /Logged in to demo as admin/.test(status), status);
  equal(`${label}the account id is shown`, (await page.textContent('#account-id')).trim(), SEED.accounts.demo);
  equal(`${label}window.accountId is set`, await page.evaluate(() => window.accountId), SEED.accounts.demo);
}

async function mainFlow(browser, url) {
  const { page, errors, dialogs, answers } = await openConsole(browser, url);

  equal('page runs on jQuery 4.0.0 by default', await page.getAttribute('html', 'data-jquery'), '4.0.0');
  check('window.kazooSdk is exposed with the SDK methods', await page.evaluate(() => typeof window.kazooSdk.user.list === 'function' && typeof window.kazooSdk.request === 'function'));
  const counts = await page.evaluate(() => ({
    namespaces: document.querySelectorAll('#ns option').length,
    table: Object.keys(window.jQuery.getKazooSdk.endpoints).length,
  }));
  equal('namespace select is built from $.getKazooSdk.endpoints', counts.namespaces, counts.table);

  // ----- login
  await login(page, '');
  let view = await panels(page);
  equal('login request: one exchange shown', view.exchanges.length, 1);
  equal('login request: verb PUT', view.exchanges[0] && view.exchanges[0].verb, 'PUT');
  equal('login request: URL is the apiRoot + user_auth', view.exchanges[0] && view.exchanges[0].url, `${url}v2/user_auth`);
  check('login request: body carries md5 credentials, no token header', view.exchanges[0] && /d2abaa37a7c3db1137d385e1d8c15fd2/.test(view.exchanges[0].body) && !('X-Auth-Token' in view.exchanges[0].headers), view.exchanges[0]);

  // ----- user.list
  await pick(page, 'user', 'list');
  equal('user.list: template shows verb + url', await page.evaluate(() => [...document.querySelectorAll('#template .verb, #template .url-template')].map((n) => n.textContent).join(' ')), `GET ${url}v2/accounts/{accountId}/users`);
  equal('user.list: accountId prefilled with the logged-in account', await page.inputValue('#ph-accountId'), SEED.accounts.demo);
  check('user.list: no data box for GET', await page.isHidden('#data-field'));
  view = await sendAndWait(page);
  equal('user.list: response status 200', view.status, '200 OK');
  const list = parse(view.body);
  const ids = list && Array.isArray(list.data) ? list.data.map((user) => user.id) : [];
  check('user.list: response shows the envelope with the seeded users', list && list.status === 'success' && ids.includes(SEED.users.admin) && ids.includes(SEED.users.alice), view.body && view.body.slice(0, 300));
  equal('user.list: request verb GET', view.exchanges[0] && view.exchanges[0].verb, 'GET');
  equal('user.list: request URL path', pathOf(view.exchanges[0] && view.exchanges[0].url), `/v2/accounts/${SEED.accounts.demo}/users`);
  check('user.list: the stored token is sent', view.exchanges[0] && /\S{8,}/.test(view.exchanges[0].headers['X-Auth-Token'] || ''), view.exchanges[0] && view.exchanges[0].headers);
  check('user.list: snippet shows the SDK call', /^kazooSdk\.user\.list\(\{\s+accountId: "/.test(view.snippet || ''), view.snippet);

  // ----- user.get for one of the returned ids
  const alice = list && list.data.find((user) => user.id === SEED.users.alice);
  await pick(page, 'user', 'get');
  equal('user.get: accountId kept from the previous method', await page.inputValue('#ph-accountId'), SEED.accounts.demo);
  await page.fill('#ph-userId', SEED.users.alice);
  view = await sendAndWait(page);
  const user = parse(view.body);
  equal('user.get: response status 200', view.status, '200 OK');
  check('user.get: response shows that user', user && user.data && user.data.id === SEED.users.alice && alice && user.data.first_name === alice.first_name, view.body && view.body.slice(0, 300));
  equal('user.get: request URL path', pathOf(view.exchanges[0] && view.exchanges[0].url), `/v2/accounts/${SEED.accounts.demo}/users/${SEED.users.alice}`);

  // ----- filters
  await pick(page, 'user', 'list');
  await page.fill('#filters', '{"filter_first_name": "Alice", "paginate": false}');
  view = await sendAndWait(page);
  const filtered = parse(view.body);
  const query = view.exchanges[0] ? new URL(view.exchanges[0].url).searchParams : new URLSearchParams();
  check('filters: sent in the query string', query.get('filter_first_name') === 'Alice' && query.get('paginate') === 'false', view.exchanges[0] && view.exchanges[0].url);
  check('filters: the response is filtered', filtered && filtered.data.length >= 1 && filtered.data.every((u) => u.first_name === 'Alice'), view.body && view.body.slice(0, 300));

  // ----- a missing mandatory setting: KazooSdkError, nothing sent
  await pick(page, 'user', 'get');
  await page.fill('#ph-userId', '');
  const sentBefore = apiCount();
  view = await sendAndWait(page);
  await page.waitForTimeout(300);
  equal('missing setting: the KazooSdkError message is shown', view.problem, 'user.get: missing mandatory setting "userId"');
  check('missing setting: titled as a KazooSdkError', /KazooSdkError/.test(view.problemTitle || ''), view.problemTitle);
  check('missing setting: the request panel says nothing was sent', view.exchanges.length === 0 && /Nothing was sent/.test(view.requestText), view.requestText);
  check('missing setting: no request reached the server', sentBefore > 0 && apiCount() === sentBefore, { before: sentBefore, after: apiCount() });
  check('missing setting: the empty input is flagged', await page.evaluate(() => document.querySelector('#ph-userId').classList.contains('invalid')));

  // ----- a PDF download arrives as a Blob with a download link
  await pick(page, 'port', 'getAttachment');
  await page.fill('#ph-portRequestId', SEED.portRequest);
  await page.fill('#ph-documentName', SEED.portAttachment);
  view = await sendAndWait(page);
  check('port.getAttachment: Blob shown as "Blob N bytes, type"', /^Blob \d+ bytes, application\/pdf$/.test(view.body || ''), view.body);
  equal('port.getAttachment: download link', view.download, 'port-getAttachment.pdf');

  // ----- device.create: 402, accepted in the SDK's own dialog, then 201
  await pick(page, 'device', 'create');
  check('device.create: data box shown for PUT', await page.isVisible('#data'));
  await page.fill('#data', '{"name": "Console test phone"}');
  const dialogsBefore = dialogs.length;
  view = await sendAndWait(page);
  const charges = dialogs.slice(dialogsBefore);
  check('device.create: the SDK asked through window.confirm', charges.length === 1 && charges[0].type === 'confirm' && /charges/i.test(charges[0].message), charges);
  equal('device.create: two exchanges', view.exchanges.length, 2);
  check('device.create: first exchange answered 402', /^402/.test((view.exchanges[0] && view.exchanges[0].status) || ''), view.exchanges[0]);
  check('device.create: retry answered 201', /^201/.test((view.exchanges[1] && view.exchanges[1].status) || ''), view.exchanges[1]);
  const retryBody = parse(view.exchanges[1] && view.exchanges[1].body);
  check('device.create: retry carries accept_charges', retryBody && retryBody.accept_charges === true && retryBody.data.name === 'Console test phone', view.exchanges[1] && view.exchanges[1].body);
  check('device.create: both exchanges PUT to .../devices', view.exchanges.every((e) => e.verb === 'PUT' && pathOf(e.url) === `/v2/accounts/${SEED.accounts.demo}/devices`), view.exchanges.map((e) => `${e.verb} ${e.url}`));
  equal('device.create: response status 201', view.status, '201 Created');
  const device = parse(view.body);
  check('device.create: response shows the created device', device && device.data && device.data.name === 'Console test phone' && typeof device.data.id === 'string', view.body && view.body.slice(0, 300));

  // ----- device.create again, charges refused in the dialog: the 402 is the outcome
  await page.fill('#data', '{"name": "Refused phone"}');
  answers.push(false);
  view = await sendAndWait(page);
  equal('refused charges: one exchange only', view.exchanges.length, 1);
  equal('refused charges: response status 402', view.status, '402 Payment Required');
  const refused = parse(view.body);
  check('refused charges: the error object is shown', refused && refused.httpErrorStatus === 402 && refused.error === '402' && Array.isArray(refused.data), view.body && view.body.slice(0, 200));
  check('refused charges: said so', /Charges refused/.test(await page.textContent('#response')));

  // ----- a call typed in the browser console shows up too
  await page.evaluate((id) => window.kazooSdk.device.get({ accountId: window.accountId, deviceId: id }), device && device.data ? device.data.id : 'x');
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done' && /device\.get/.test(document.querySelector('#request pre.snippet').textContent), null, { timeout: TIMEOUT, polling: 50 });
  view = await panels(page);
  check('browser console call: shown with its exchange and answer', view.exchanges.length === 1 && view.exchanges[0].verb === 'GET' && view.status === '200 OK', view);

  // Screenshot: the device.create exchange (402 then 201) is the most telling view.
  await pick(page, 'device', 'create');
  await page.fill('#data', '{"name": "Reception desk phone", "device_type": "sip_device"}');
  await sendAndWait(page);
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true, timeout: TIMEOUT });
  check('screenshot written to test-results/console.png', true);

  check('no uncaught errors in the page (jQuery 4.0.0)', errors.length === 0, errors);
  await page.close();
}

async function oldJQuery(browser, url) {
  const { page, errors } = await openConsole(browser, url, '1.12.4');
  equal('?jquery=1.12.4 loads jQuery 1.12.4', await page.getAttribute('html', 'data-jquery'), '1.12.4');
  await page.fill('#login-password', 'wrong');
  await page.click('#login-submit');
  await page.waitForSelector('#login-status.ok, #login-status.fail', { timeout: TIMEOUT });
  const failure = await page.textContent('#login-status');
  check('jQuery 1.12.4: a wrong password shows the 401', /Login failed: 401/.test(failure), failure);
  await page.fill('#login-password', 'admin');
  await login(page, 'jQuery 1.12.4: ');
  await pick(page, 'callflow', 'list');
  const view = await sendAndWait(page);
  const list = parse(view.body);
  check('jQuery 1.12.4: callflow.list answers the seeded callflows', view.status === '200 OK' && list && list.data.some((cf) => cf.id === SEED.callflows.main), view.body && view.body.slice(0, 200));
  check('no uncaught errors in the page (jQuery 1.12.4)', errors.length === 0, errors);
  await page.close();
}

let app;
let browser;
const guard = setTimeout(() => {
  console.log('FAIL the console test took more than 120 s');
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}, 120000);
try {
  app = await startConsole({ port: 0, log: (line) => apiLog.push(line) });
  const statics = await Promise.all(['/', '/console/console.js', '/vendor/jquery.js', '/../package.json', '/node_modules/jquery/package.json'].map(async (path) => {
    const res = await fetch(new URL(path, app.url), { signal: AbortSignal.timeout(TIMEOUT) });
    await res.arrayBuffer();
    return res.status;
  }));
  check('static files: only the whitelisted ones are served', statics.join() === '200,200,200,404,404', statics);
  browser = await launch();
  await mainFlow(browser, app.url);
  await oldJQuery(browser, app.url);
} catch (error) {
  check('console test ran to the end', false, error && error.stack ? error.stack : String(error));
} finally {
  if (browser) await browser.close().catch(() => {});
  if (app) await app.close().catch(() => {});
  clearTimeout(guard);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
