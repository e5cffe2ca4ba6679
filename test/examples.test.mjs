// Runs every example of examples/ against the sandbox: the script-tag page, the rollup-bundled ES
// module app and the Monster-UI style AMD app in jsdom (their pages served over HTTP, the sandbox on
// another origin), and the Node test and the browser test (Chromium) as processes of their own. What
// each page shows is compared with what the sandbox answers to plain HTTP requests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { rollup } from 'rollup';
import { createSandbox } from '../sandbox/server.mjs';
import { md5 } from '../sandbox/crossbar.mjs';
import { findChromium } from './runners/chromium.mjs';
import { startStatic } from './runners/static.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let sandbox;
let apiRoot;
let files;

before(async () => {
  sandbox = await createSandbox();
  ({ apiRoot } = sandbox);
  files = await startStatic();
});
after(async () => {
  await files.close();
  await sandbox.close();
});

/** The demo account's documents of one kind, read with plain HTTP requests. */
async function demoDocs(kind) {
  const auth = await fetch(`${apiRoot}user_auth`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { account_name: 'demo', credentials: md5('admin:admin') } }),
  }).then((res) => res.json());
  const list = await fetch(`${apiRoot}accounts/${auth.data.account_id}/${kind}?paginate=false`, {
    headers: { 'X-Auth-Token': auth.auth_token },
  }).then((res) => res.json());
  return list.data;
}

/** Opens a page in jsdom; resolves when its <html data-state> says it is done or failed. */
function openPage(url, { html, script } = {}) {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));
  const options = { runScripts: html ? 'outside-only' : 'dangerously', resources: 'usable', virtualConsole };
  return (html ? Promise.resolve(new JSDOM(html, { url, ...options })) : JSDOM.fromURL(url, options)).then((dom) => {
    if (script) dom.window.eval(script);
    return new Promise((done, fail) => {
      const root = dom.window.document.documentElement;
      const check = () => {
        if (errors.length) return fail(new Error(`page errors: ${errors.join('; ')}`));
        const state = root.getAttribute('data-state');
        if (!state) return false;
        done({ dom, state, status: dom.window.document.getElementById('status').textContent });
        return true;
      };
      if (!check()) new dom.window.MutationObserver(check).observe(root, { attributes: true });
    });
  });
}

const items = (dom, id) => [...dom.window.document.querySelectorAll(`#${id} li`)].map((li) => li.textContent);

test('script tag: the page logs in and lists the demo account\'s users', async () => {
  const { dom, state, status } = await openPage(`${files.url}/examples/script-tag/index.html?api=${encodeURIComponent(apiRoot)}`);
  try {
    assert.equal(state, 'done', status);
    const users = await demoDocs('users');
    assert.ok(users.length > 1);
    assert.deepEqual(items(dom, 'users').sort(), users.map((u) => `${u.first_name} ${u.last_name}`).sort());
  } finally {
    dom.window.close();
  }
});

test('ES modules with a bundler: rollup bundles the app with jQuery and the SDK; it lists the demo account\'s devices', async () => {
  const config = (await import('../examples/bundler/rollup.config.mjs')).default;
  const warnings = [];
  const build = await rollup({ input: config.input, plugins: config.plugins, onwarn: (w) => warnings.push(w.message) });
  const { output } = await build.generate({ format: config.output.format });
  await build.close();
  assert.deepEqual(warnings, []);
  const html = readFileSync(join(root, 'examples/bundler/index.html'), 'utf8');
  const { dom, state, status } = await openPage(`${files.url}/examples/bundler/index.html?api=${encodeURIComponent(apiRoot)}`, {
    html,
    script: `${output[0].code}\n;window.app.ready.then(function () { document.documentElement.setAttribute('data-state', 'done'); }, function (e) { document.getElementById('status').textContent = String(e && (e.message || e.httpErrorStatus)); document.documentElement.setAttribute('data-state', 'failed'); });`,
  });
  try {
    assert.equal(state, 'done', status);
    const devices = await demoDocs('devices');
    assert.ok(devices.length > 1);
    assert.deepEqual(items(dom, 'devices').sort(), devices.map((d) => d.name).sort());
  } finally {
    dom.window.close();
  }
});

test('Monster-UI style app: AMD modules load jQuery 1.9.1 and `kazoosdk`; the app lists the demo account\'s callflows', async () => {
  const { dom, state, status } = await openPage(`${files.url}/examples/monster-app/index.html?api=${encodeURIComponent(apiRoot)}`);
  try {
    assert.equal(state, 'done', status);
    assert.equal(dom.window.jQuery.fn.jquery, '1.9.1');
    assert.match(status, / 0 requests pending$/);
    const callflows = await demoDocs('callflows');
    assert.ok(callflows.length > 1);
    assert.deepEqual(items(dom, 'callflows').sort(), callflows.map((c) => `${c.name || c.id}: ${(c.numbers || []).join(', ')}`).sort());
  } finally {
    dom.window.close();
  }
});

/** Runs an example that is a node:test folder as its own process; it passes with at least `count` tests. */
function runTests(folder, count, env = {}) {
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', folder], { cwd: root, encoding: 'utf8', timeout: 120000, env: { ...process.env, ...env } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const passed = /^# pass (\d+)$/m.exec(run.stdout);
  assert.ok(passed && Number(passed[1]) >= count, run.stdout);
}

test('Node: the example test against the sandbox passes', () => {
  runTests('examples/node/', 2);
});

test('a browser test: the script-tag page in Chromium against the sandbox, and against a failing route', () => {
  runTests('examples/browser/', 2, { CHROME_BIN: findChromium() });
});
