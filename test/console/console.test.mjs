// The API console of `npm start` in real Chromium, walked as a user would, at 1280 and at 375 px
// wide: log in, reload (still logged in), find a method by keyboard, fill ids from the sandbox data
// panel, preview a PDF and a PNG, send with headers and options (pages counted), read the response
// headers, copy as curl (and replay that command), reopen from the history, a 402 accepted and
// refused, the data box's warnings, a 20 MB value (the page stays responsive), a browser console
// call's error, an HTML 502 shown as text, an expired token and the re-login, hostile hashes, log
// out. Then jQuery 1.9.1 (what Monster-UI loads) and 1.12.4. Each check is a node:test test (the test command reads its TAP summary).
import { test } from 'node:test';
import { SEED } from '../../sandbox/server.mjs';
import { startConsole } from '../../sandbox/start.mjs';
import { launch } from '../runners/chromium.mjs';

const TIMEOUT = 15000;
const WIDTHS = [1280, 375];

let prefix = '';
/** One check of the walk, as a test of its own: what the page showed has been read already. */
function check(name, ok, detail) {
  test(prefix + name, () => {
    if (!ok) throw new Error(detail === undefined ? 'failed' : typeof detail === 'string' ? detail : JSON.stringify(detail));
  });
}
function equal(name, actual, expected) {
  check(name, actual === expected, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Every request the server answered, from its one-line-per-request log ("GET /v2/... 200 1.2ms").
const apiLog = [];
const apiLines = () => apiLog.filter((line) => /^[A-Z]+ \/v2\//.test(line));
const apiCount = () => apiLines().length;

/** Parsed parts of the request panel and the response panel. */
async function panels(page) {
  return page.evaluate(() => {
    const text = (node) => (node ? node.textContent.trim() : null);
    const table = (node) => (node ? Object.fromEntries([...node.querySelectorAll('tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))])) : {});
    const exchanges = [...document.querySelectorAll('#request .exchange')].map((node) => ({
      verb: text(node.querySelector('.verb')),
      url: text(node.querySelector('.url')),
      status: text(node.querySelector('.badge')),
      headers: table(node.querySelector('table.headers:not(.response-headers)')),
      responseHeaders: table(node.querySelector('table.response-headers')),
      body: text(node.querySelector('pre.body')),
    }));
    const response = document.querySelector('#response');
    const preview = document.querySelector('#response-preview img, #response-preview iframe');
    return {
      snippet: text(document.querySelector('#request pre.snippet')),
      requestText: text(document.querySelector('#request')),
      exchanges,
      call: response.dataset.call,
      state: response.dataset.state,
      status: document.querySelector('#response-status').hidden ? null : text(document.querySelector('#response-status')),
      body: text(document.querySelector('#response-body')),
      raw: text(document.querySelector('#response-raw pre')),
      pages: text(document.querySelector('#response .pages')),
      download: document.querySelector('#response-download') ? document.querySelector('#response-download').getAttribute('download') : null,
      preview: preview ? { tag: preview.tagName.toLowerCase(), src: preview.getAttribute('src') } : null,
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

/** The words of a command line written with single quotes, double quotes and backslash-newlines. */
function shellWords(line) {
  const words = [];
  let word = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word || '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      word = (word || '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && line[i + 1] === '\n') {
      i += 1;
    } else if (c === '\\') {
      word = (word || '') + line[i + 1];
      i += 1;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word || '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** Replays a "copy as curl" command with fetch, $KAZOO_TOKEN replaced by `token`. */
async function replayCurl(command, token) {
  const words = shellWords(command);
  let method = 'GET';
  let url = null;
  let body;
  const headers = {};
  for (let i = 1; i < words.length; i += 1) {
    if (words[i] === '-X') method = words[++i];
    else if (words[i] === '-H') {
      const [name, ...rest] = words[++i].split(':');
      headers[name] = rest.join(':').trim().replace('$KAZOO_TOKEN', token);
    } else if (words[i] === '--data-binary') body = words[++i];
    else url = words[i];
  }
  const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(TIMEOUT) });
  return { status: res.status, body: await res.text(), words };
}

async function openPage(context, url) {
  const page = await context.newPage();
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
  await page.goto(url, { timeout: TIMEOUT });
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: TIMEOUT });
  return { page, errors, dialogs, answers };
}

async function reloadPage(page) {
  await page.reload({ timeout: TIMEOUT });
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: TIMEOUT });
}

/** No horizontal overflow: the page is no wider than the window. */
async function fits(page, where) {
  const size = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  check(`layout fits the window (${where})`, size.page <= size.window, size);
}

async function login(page) {
  await page.click('#login-submit');
  await page.waitForSelector('#login-status.ok, #login-status.fail', { timeout: TIMEOUT });
  const status = await page.textContent('#login-status');
  check('login through the form succeeds', /Logged in to demo as admin/.test(status), status);
  equal('the account id is shown', (await page.textContent('#account-id')).trim(), SEED.accounts.demo);
  equal('window.accountId is set', await page.evaluate(() => window.accountId), SEED.accounts.demo);
  equal('the header names the user', (await page.textContent('#whoami')).trim(), 'admin@demo');
}

/** Searches, then moves with the arrows to the result `label` and takes it with Enter. */
async function searchAndPick(page, query, label) {
  await page.fill('#search', '');
  await page.type('#search', query);
  await page.waitForSelector('#search-results:not([hidden])');
  const results = await page.$$eval('#search-results [role=option]', (nodes) => nodes.map((node) => node.dataset.method));
  const index = results.indexOf(label);
  check(`search "${query}" lists ${label}`, index !== -1, results.slice(0, 10));
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  equal(`search "${query}": the arrows make ${label} the active result`, await page.getAttribute('#search-results .active', 'data-method'), label);
  await page.keyboard.press('Enter');
  equal(`search "${query}": Enter opens ${label}`, await page.evaluate(() => `${document.querySelector('#ns').value}.${document.querySelector('#method').value}`), label);
  return results;
}

async function walk(browser, url, width) {
  prefix = `${width}px: `;
  const context = await browser.newContext({ viewport: { width, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const { page, errors, dialogs, answers } = await openPage(context, url);

  equal('page runs on jQuery 4.0.0 by default', await page.getAttribute('html', 'data-jquery'), '4.0.0');
  equal('the header says nobody is logged in', (await page.textContent('#whoami')).trim(), 'not logged in');
  await fits(page, 'start');

  // ----- log in, then reload: still logged in, and the token was checked on load
  await login(page);
  let view = await panels(page);
  equal('login request: one exchange shown', view.exchanges.length, 1);
  check('login request: PUT to user_auth with md5 credentials, no token header', view.exchanges[0] && view.exchanges[0].verb === 'PUT' && pathOf(view.exchanges[0].url) === '/v2/user_auth' && /d2abaa37a7c3db1137d385e1d8c15fd2/.test(view.exchanges[0].body) && !('X-Auth-Token' in view.exchanges[0].headers), view.exchanges[0]);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('kazoo-console')).session.token);
  await fits(page, 'logged in');
  const checksBefore = apiLines().filter((line) => line.startsWith(`GET /v2/accounts/${SEED.accounts.demo} `)).length;
  await reloadPage(page);
  await page.waitForFunction(() => document.querySelector('#whoami').textContent === 'admin@demo', null, { timeout: TIMEOUT, polling: 50 });
  check('after a reload: still logged in (header, account id, no login form)', (await page.textContent('#account-id')).trim() === SEED.accounts.demo && (await page.isHidden('#login-form')));
  equal('after a reload: window.accountId is set again', await page.evaluate(() => window.accountId), SEED.accounts.demo);
  check('after a reload: the saved token was checked with account.get', apiLines().filter((line) => line.startsWith(`GET /v2/accounts/${SEED.accounts.demo} `)).length === checksBefore + 1);

  // ----- find a method with the keyboard; labels say what it sends and receives
  await searchAndPick(page, 'port attach', 'port.deleteAttachment');
  check('port.deleteAttachment: no file picker, no "sends" label', (await page.isHidden('#data-file-row')) && !(await page.$('#template .tag.sends')));
  await searchAndPick(page, 'GET port_requests attachments', 'port.getAttachment');
  equal('the URL hash follows the method', await page.evaluate(() => location.hash), '#port.getAttachment');
  const tags = await page.$$eval('#template .tag', (nodes) => nodes.map((node) => node.textContent));
  check('port.getAttachment: receives a PDF, sends nothing', tags.some((tag) => /receives a PDF/.test(tag)) && !tags.some((tag) => /^sends/.test(tag)) && (await page.isHidden('#data-field')), tags);
  const verbSearch = await page.evaluate(() => {
    const input = document.querySelector('#search');
    input.value = 'DELETE port_requests';
    input.dispatchEvent(new Event('input'));
    return [...document.querySelectorAll('#search-results [role=option] .verb')].map((node) => node.textContent);
  });
  check('search by verb and path: only DELETE methods of port requests', verbSearch.length > 0 && verbSearch.every((verb) => verb === 'DELETE'), verbSearch);
  await page.keyboard.press('Escape');

  // ----- sandbox data: the seeded port request and its document fill the form in one click
  await page.waitForSelector('#sandbox-data [data-open="port.getAttachment"]');
  await page.click(`#sandbox-data [data-open="port.getAttachment"][data-id="${SEED.portAttachment}"]`);
  equal('sandbox data: a click fills the port request id', await page.inputValue('#ph-portRequestId'), SEED.portRequest);
  equal('sandbox data: and the document name', await page.inputValue('#ph-documentName'), SEED.portAttachment);
  const listed = await page.$$eval('#sandbox-data [data-open="user.get"]', (nodes) => nodes.map((node) => node.dataset.id));
  check('sandbox data: the seeded users are listed', [SEED.users.admin, SEED.users.alice, SEED.users.bob].every((id) => listed.includes(id)), listed);

  // ----- a PDF: previewed, downloaded under the document's name
  view = await sendAndWait(page);
  check('PDF: shown as a Blob of application/pdf', /^Blob \d+ bytes, application\/pdf$/.test(view.body || ''), view.body);
  equal('PDF: the download is named after the document', view.download, SEED.portAttachment);
  check('PDF: previewed inline from an object URL', view.preview && view.preview.tag === 'iframe' && /^blob:/.test(view.preview.src), view.preview);
  const pdfHead = await page.evaluate(async (src) => (await (await fetch(src)).text()).slice(0, 5), view.preview && view.preview.src);
  equal('PDF: the preview holds the PDF', pdfHead, '%PDF-');
  check('PDF: the snippet asks for a Blob (responseType)', /responseType: "blob"/.test(view.snippet || ''), view.snippet);
  await fits(page, 'PDF preview');

  // ----- a PNG (the whitelabel logo), reached through a deep link
  await page.evaluate(() => {
    location.hash = '#whitelabel.getLogoByDomain';
  });
  await page.waitForSelector('#ph-domain');
  await page.fill('#ph-domain', SEED.whitelabelDomain);
  view = await sendAndWait(page);
  check('PNG: previewed as an image from an object URL', view.preview && view.preview.tag === 'img' && /^blob:/.test(view.preview.src), view.preview);
  await page.waitForFunction(() => document.querySelector('#response-preview img').complete, null, { timeout: TIMEOUT });
  equal('PNG: the image decodes (1x1 logo)', await page.evaluate(() => document.querySelector('#response-preview img').naturalWidth), 1);
  check('PNG: downloaded as .png, not .bin', /\.png$/.test(view.download || ''), view.download);

  // ----- send with headers and options: paginate 'all' with pages counted as they arrive
  await pick(page, 'user', 'list');
  await page.fill('#filters', '{"page_size": 2}');
  if (!(await page.evaluate(() => document.querySelector('#options').open))) await page.click('#options > summary');
  const requestId = `console-e2e-${width}`;
  await page.fill('#opt-headers', `X-Request-ID: ${requestId}`);
  await page.fill('#opt-timeout', '5000');
  await page.check('#opt-paginate');
  await page.check('#opt-cache');
  view = await sendAndWait(page);
  const all = parse(view.body);
  check('paginate all: one envelope with every user', all && Array.isArray(all.data) && [SEED.users.admin, SEED.users.alice, SEED.users.bob].every((id) => all.data.some((user) => user.id === id)), view.body && view.body.slice(0, 200));
  const pages = Number((/(\d+) pages? arrived/.exec(view.pages || '') || [])[1]);
  check('paginate all: several pages, one exchange each, counted', pages >= 2 && pages === view.exchanges.length && all && view.pages.includes(`(${all.data.length} items)`), { pages: view.pages, exchanges: view.exchanges.length });
  check('headers option: X-Request-ID sent on every page', view.exchanges.every((exchange) => exchange.headers['X-Request-ID'] === requestId), view.exchanges.map((exchange) => exchange.headers));
  check('cache option: no cache-busting "_" parameter', view.exchanges.every((exchange) => !new URL(exchange.url).searchParams.has('_')), view.exchanges.map((exchange) => exchange.url));
  check('the snippet shows the options', /headers: \{[\s\S]*"X-Request-ID": "console-e2e/.test(view.snippet || '') && /timeout: 5000/.test(view.snippet) && /paginate: "all"/.test(view.snippet) && /cache: true/.test(view.snippet), view.snippet);
  await page.click('#request .exchange:last-child .answer-headers > summary');
  check('response headers: shown when unfolded', await page.isVisible('#request .exchange:last-child table.response-headers'));
  const last = view.exchanges[view.exchanges.length - 1] || { responseHeaders: {} };
  check('response headers: Content-Type and the echoed X-Request-ID', /application\/json/.test(last.responseHeaders['content-type'] || '') && last.responseHeaders['x-request-id'] === requestId, last.responseHeaders);

  // ----- copy as curl: token masked, then shown; the command works
  await page.click('#request .exchange:last-child .copy-curl');
  await page.waitForSelector('#request .exchange:last-child pre.curl:not([hidden])');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check('copy as curl: the clipboard holds the command, token masked', /^curl /.test(copied) && copied.includes('"X-Auth-Token: $KAZOO_TOKEN"') && !copied.includes(token), copied);
  const replay = await replayCurl(copied, token);
  const replayed = parse(replay.body);
  check('copy as curl: the command replays (same page of users)', replay.status === 200 && replayed && replayed.data.length > 0, { status: replay.status, words: replay.words });
  await page.check('#request .exchange:last-child .show-token');
  check('copy as curl: "show the token" puts it in the command', (await page.textContent('#request .exchange:last-child pre.curl')).includes(`X-Auth-Token: ${token}`));

  // ----- a missing mandatory setting: KazooSdkError, nothing sent
  await page.uncheck('#opt-paginate');
  await page.uncheck('#opt-cache');
  await page.fill('#opt-headers', '');
  await page.fill('#opt-timeout', '');
  await pick(page, 'user', 'get');
  await page.fill('#ph-userId', '');
  let sentBefore = apiCount();
  view = await sendAndWait(page);
  equal('missing setting: the KazooSdkError message is shown', view.problem, 'user.get: missing mandatory setting "userId"');
  check('missing setting: nothing reached the server, the input is flagged', apiCount() === sentBefore && (await page.evaluate(() => document.querySelector('#ph-userId').classList.contains('invalid'))));

  // ----- reopen a call from the history: the call shown, its form back
  const listCall = await page.$$eval('#history .history-open', (nodes) => nodes.map((node) => [node.dataset.call, node.textContent]).find(([, text]) => /user\.list/.test(text)));
  await page.click(`#history .history-open[data-call="${listCall && listCall[0]}"]`);
  view = await panels(page);
  check('history: the earlier user.list call is shown again', view.call === (listCall && listCall[0]) && view.exchanges.length >= 2 && /X-Request-ID/.test(view.snippet), view.call);
  equal('history: its method is back in the form', await page.evaluate(() => `${document.querySelector('#ns').value}.${document.querySelector('#method').value}`), 'user.list');
  equal('history: its options are back', await page.inputValue('#opt-headers'), `X-Request-ID: ${requestId}`);
  check('history: paginate is back', await page.isChecked('#opt-paginate'));
  await page.uncheck('#opt-paginate');
  await page.uncheck('#opt-cache');
  await page.fill('#opt-headers', '');
  await page.fill('#opt-timeout', '');

  // ----- device.create: 402, accepted in the SDK's own dialog, then 201; the response in view
  await pick(page, 'device', 'create');
  await page.fill('#data', '{"name": "Console test phone"}');
  const dialogsBefore = dialogs.length;
  view = await sendAndWait(page);
  const charges = dialogs.slice(dialogsBefore);
  check('402: the SDK asked through window.confirm', charges.length === 1 && charges[0].type === 'confirm' && /charges/i.test(charges[0].message), charges);
  check('402 accepted: two exchanges, 402 then 201', view.exchanges.length === 2 && /^402/.test(view.exchanges[0].status) && /^201/.test(view.exchanges[1].status), view.exchanges.map((e) => e.status));
  const retryBody = parse(view.exchanges[1] && view.exchanges[1].body);
  check('402 accepted: the retry carries accept_charges', retryBody && retryBody.accept_charges === true && retryBody.data.name === 'Console test phone', view.exchanges[1] && view.exchanges[1].body);
  equal('402 accepted: response status 201', view.status, '201 Created');
  const device = parse(view.body);
  check('402 accepted: the created device is shown', device && device.data && device.data.name === 'Console test phone' && typeof device.data.id === 'string', view.body && view.body.slice(0, 200));
  const inView = await page.evaluate(() => {
    const box = document.querySelector('#response-card').getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight - 40;
  });
  check('after a send, the response is in view', inView);

  await page.fill('#data', '{"name": "Refused phone"}');
  answers.push(false);
  view = await sendAndWait(page);
  equal('402 refused: one exchange only', view.exchanges.length, 1);
  equal('402 refused: response status 402', view.status, '402 Payment Required');
  const refused = parse(view.body);
  check('402 refused: the error object is shown, said so', refused && refused.httpErrorStatus === 402 && /Charges refused/.test(await page.textContent('#response')), view.body && view.body.slice(0, 200));

  // ----- the data box warns instead of changing what was typed
  await page.fill('#data', '{"name": "a", "name": "b", "big": 12345678901234567890, "huge": 1e400}');
  await page.waitForSelector('#data-warnings:not([hidden])');
  const warnings = await page.$$eval('#data-warnings li', (nodes) => nodes.map((node) => node.textContent));
  check('data warnings: duplicate key, big integer, out of range', warnings.length === 3 && /"name" appears twice/.test(warnings[0]) && /12345678901234567890 is beyond 2\^53: it becomes 12345678901234567000$/.test(warnings[1]) && /1e400 is out of range/.test(warnings[2]), warnings);
  sentBefore = apiCount();
  view = await sendAndWait(page);
  check('data warnings: Send holds the call, nothing is sent', /would not be sent as typed/.test(view.problemTitle || '') && apiCount() === sentBefore, view.problemTitle);
  answers.push(false);
  view = await sendAndWait(page, '#response .send-anyway');
  const anyway = parse(view.exchanges[0] && view.exchanges[0].body);
  check('data warnings: "Send anyway" sends it as JSON.parse reads it', view.exchanges.length === 1 && anyway && anyway.data.name === 'b' && anyway.data.big === 12345678901234567000 && anyway.data.huge === null, view.exchanges[0] && view.exchanges[0].body);

  // ----- a 20 MB value: sent (the sandbox refuses it), shown shortened; the page stays responsive
  await pick(page, 'user', 'patch');
  await page.fill('#ph-userId', SEED.users.bob);
  // pasted, as a user would (a ClipboardEvent carrying the text)
  await page.fill('#data', '');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', JSON.stringify({ notes: 'x'.repeat(20 * 1024 * 1024), nested: { deeper: ['y'.repeat(5 * 1024 * 1024)] } }));
    document.querySelector('#data').dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  check('20 MB: the pasted text is held aside, not drawn in the text box', (await page.isVisible('#data-held')) && (await page.inputValue('#data')) === '' && /26,214,437 characters/.test(await page.textContent('#data-held-text')));
  view = await sendAndWait(page);
  check('20 MB: the sandbox answers 413', /^413/.test(view.status || ''), view.status);
  const sizes = await page.evaluate(() => ({ request: document.querySelector('#request').textContent.length, snippet: document.querySelector('#request pre.snippet').textContent.length }));
  check('20 MB: the request panel shows it shortened (nested too)', sizes.request < 100000 && sizes.snippet < 5000, sizes);
  const more = await page.$('#request pre.snippet button.more');
  check('20 MB: a button shows more of the value', !!more);
  if (more) {
    await more.click();
    const grown = await page.evaluate(() => document.querySelector('#request pre.snippet').textContent.length);
    check('20 MB: "show" reveals more, with a download of the whole', grown > 100000 && !!(await page.$('#request pre.snippet a.download-all')), grown);
  }
  const started = Date.now();
  const previous = await page.$$eval('#history .history-open', (nodes) => nodes[1].dataset.call);
  await page.click(`#history .history-open[data-call="${previous}"]`);
  await page.waitForFunction((id) => document.querySelector('#response').dataset.call === id, previous, { timeout: TIMEOUT, polling: 20 });
  const took = Date.now() - started;
  check('20 MB: a later click answers within 1 s', took < 1000, `${took} ms`);
  await fits(page, '20 MB value');
  await page.fill('#data', '{}');

  // ----- a call typed in the browser console: shown, with the error the SDK delivered
  const delivered = await page.evaluate(() => window.kazooSdk.user.get({ accountId: window.accountId, userId: 'nobody' }).then(() => null, (error) => error));
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done' && /user\.get/.test(document.querySelector('#request pre.snippet').textContent), null, { timeout: TIMEOUT, polling: 50 });
  view = await panels(page);
  check('browser console call: a 404 shown', view.exchanges.length === 1 && view.status === '404 Not Found', view.status);
  check('browser console call: the panel shows the very error object the promise gave', delivered && delivered.httpErrorStatus === 404 && JSON.stringify(parse(view.body)) === JSON.stringify(delivered), { panel: view.body && view.body.slice(0, 300), delivered });

  // ----- a value nested 100,000 deep (a setting the SDK hands to its hooks): shown by parts
  await page.evaluate(() => {
    let deep = 'bottom';
    for (let i = 0; i < 100000; i += 1) deep = { next: deep };
    return window.kazooSdk.user.get({ accountId: window.accountId, userId: 'deep', note: deep }).then(null, () => null);
  });
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done' && /note/.test(document.querySelector('#request pre.snippet').textContent), null, { timeout: TIMEOUT, polling: 50 });
  const deepView = await page.evaluate(() => ({ buttons: document.querySelectorAll('#request pre.snippet button.more').length, length: document.querySelector('#request pre.snippet').textContent.length }));
  check('100,000 deep: shown by parts, a button for the rest', deepView.buttons === 1 && deepView.length < 2000000, deepView);
  await page.click('#request pre.snippet button.more');
  check('100,000 deep: the button shows the next part', await page.evaluate(() => document.querySelectorAll('#request pre.snippet button.more').length === 1 && /"next"|next:/.test(document.querySelector('#request pre.snippet').textContent)));

  // ----- an HTML 502: the raw body shown as text, never as HTML
  await page.evaluate(() => window.kazooSdk.request({ verb: 'GET', url: '__sandbox/html502' }).then(null, () => null));
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done' && /502/.test(document.querySelector('#response-status').textContent), null, { timeout: TIMEOUT, polling: 50 });
  view = await panels(page);
  check('HTML 502: the raw body is shown as text', /<h1>502 Bad Gateway<\/h1>/.test(view.raw || ''), view.raw);
  check('HTML 502: no element of it in the page', await page.evaluate(() => !document.querySelector('#response h1, #request h1, hr')));

  // ----- an expired token: a re-login prompt, then the waiting call is sent again
  await fetch(new URL('v2/__sandbox/expire-tokens', url), { method: 'POST', signal: AbortSignal.timeout(TIMEOUT) }).then((res) => res.arrayBuffer());
  await pick(page, 'user', 'list');
  await page.click('#send');
  await page.waitForSelector('#relogin-note:not([hidden])');
  equal('expired token: the header no longer names the user', (await page.textContent('#whoami')).trim(), 'session expired');
  check('expired token: the login form asks again, with Cancel', (await page.isVisible('#login-submit')) && (await page.isVisible('#login-cancel')));
  await page.click('#login-cancel');
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done', null, { timeout: TIMEOUT, polling: 50 });
  view = await panels(page);
  check('expired token, re-login cancelled: the call ends with its 401, once', view.status === '401 Unauthorized' && view.exchanges.length === 1, { status: view.status, exchanges: view.exchanges.length });
  equal('expired token, re-login cancelled: nobody is logged in', (await page.textContent('#whoami')).trim(), 'not logged in');
  await page.click('#send');
  await page.waitForSelector('#login-cancel:not([hidden])');
  await page.click('#login-submit');
  await page.waitForFunction(() => document.querySelector('#response').dataset.state === 'done', null, { timeout: TIMEOUT, polling: 50 });
  view = await panels(page);
  check('expired token: after the login, the call was sent again and answered', view.status === '200 OK' && view.exchanges.length === 2 && /^401/.test(view.exchanges[0].status) && /^200/.test(view.exchanges[1].status), view.exchanges.map((e) => e.status));
  equal('expired token: the header names the user again', (await page.textContent('#whoami')).trim(), 'admin@demo');

  // ----- an expired token found on load
  await fetch(new URL('v2/__sandbox/expire-tokens', url), { method: 'POST', signal: AbortSignal.timeout(TIMEOUT) }).then((res) => res.arrayBuffer());
  await reloadPage(page);
  await page.waitForSelector('#relogin-note:not([hidden])');
  equal('expired on load: the header says so', (await page.textContent('#whoami')).trim(), 'session expired');
  check('expired on load: no account id claimed', await page.evaluate(() => window.accountId === undefined && JSON.parse(localStorage.getItem('kazoo-console')).session === null));
  await login(page);

  // ----- hostile hashes: the page still becomes ready
  for (const hash of ['#user.constructor', '#__proto__.toString', '#constructor', '#toString.valueOf']) {
    const hostile = await openPage(context, `${url}${hash}`);
    check(`hash ${hash}: ready, no error, a real method shown`, hostile.errors.length === 0 && (await hostile.page.inputValue('#method')) === 'list', hostile.errors);
    await hostile.page.close();
  }

  const deepLink = await openPage(context, `${url}#device.get`);
  equal('a deep link opens its method', await deepLink.page.evaluate(() => `${document.querySelector('#ns').value}.${document.querySelector('#method').value}`), 'device.get');
  await deepLink.page.close();

  // ----- log out: the token is forgotten, also after a reload
  await page.click('#logout');
  equal('logout: the header says nobody is logged in', (await page.textContent('#whoami')).trim(), 'not logged in');
  await reloadPage(page);
  check('logout: still logged out after a reload', (await page.textContent('#whoami')).trim() === 'not logged in' && (await page.isVisible('#login-submit')) && (await page.evaluate(() => window.accountId === undefined)));
  await fits(page, 'logged out');

  check('no uncaught errors in the page', errors.length === 0, errors);
  await context.close();
}

async function oldJQuery(browser, url, version) {
  prefix = `jQuery ${version}: `;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const { page, errors } = await openPage(context, `${url}?jquery=${version}`);
  equal(`?jquery=${version} loads jQuery ${version}`, await page.getAttribute('html', 'data-jquery'), version);
  await page.fill('#login-password', 'wrong');
  await page.click('#login-submit');
  await page.waitForSelector('#login-status.ok, #login-status.fail', { timeout: TIMEOUT });
  const failure = await page.textContent('#login-status');
  check('a wrong password shows the 401', /Login failed: 401/.test(failure), failure);
  await page.fill('#login-password', 'admin');
  await login(page);
  await pick(page, 'callflow', 'list');
  const view = await sendAndWait(page);
  const list = parse(view.body);
  check('callflow.list answers the seeded callflows', view.status === '200 OK' && list && list.data.some((cf) => cf.id === SEED.callflows.main), view.body && view.body.slice(0, 200));
  check('no uncaught errors in the page', errors.length === 0, errors);
  await context.close();
}

let app;
let browser;
const guard = setTimeout(() => {
  console.log('FAIL the console test took more than 150 s');
  process.exit(1);
}, 150000);
try {
  app = await startConsole({ port: 0, log: (line) => apiLog.push(line) });
  const statics = await Promise.all(['/', '/console/console.js', '/vendor/jquery.js', '/../package.json', '/node_modules/jquery/package.json'].map(async (path) => {
    const res = await fetch(new URL(path, app.url), { signal: AbortSignal.timeout(TIMEOUT) });
    await res.arrayBuffer();
    return res.status;
  }));
  check('static files: only the whitelisted ones are served', statics.join() === '200,200,200,404,404', statics);
  browser = await launch();
  for (const width of WIDTHS) await walk(browser, app.url, width);
  // 1.9.1: what Monster-UI loads; 1.12.4: the last 1.x
  for (const version of ['1.9.1', '1.12.4']) await oldJQuery(browser, app.url, version);
} catch (error) {
  check('console test ran to the end', false, error && error.stack ? error.stack : String(error));
} finally {
  if (browser) await browser.close().catch(() => {});
  if (app) await app.close().catch(() => {});
  clearTimeout(guard);
}
