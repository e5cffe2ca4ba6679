// The sandbox as users get it: `npm pack`, the tarball installed into a scratch project, then its bin
// (`jquery-kazoosdk-sandbox`) run and its library (`jquery-kazoosdk/sandbox`) imported from there.
// node:test; temp files are removed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { SEED } from '../../sandbox/seed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tmp = mkdtempSync(join(tmpdir(), 'kazoosdk-sandbox-pack-'));
const app = join(tmp, 'app');
const bin = join(app, 'node_modules', '.bin', 'jquery-kazoosdk-sandbox');
const credentials = { account_name: SEED.credentials.demo.account_name, credentials: SEED.credentials.demo.credentials };

function npm(args, cwd) {
  const run = spawnSync(NPM, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

before(() => {
  const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'my-app', version: '0.0.0', private: true, type: 'module' }));
  // The sandbox needs no jQuery: the peer is left out, so the install needs nothing but the tarball.
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--legacy-peer-deps',
    join(tmp, report.filename)], app);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Run the installed bin until it prints its API root; resolves { apiRoot, child, output }. */
function startBin(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the bin did not start within 20 s:\n${output}`));
    }, 20000);
    const onData = (chunk) => {
      output += chunk;
      const match = /Kazoo sandbox API on (http:\/\/127\.0\.0\.1:\d+\/v2\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ apiRoot: match[1], child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bin exited ${code}:\n${output}`));
    });
  });
}

function stop(child) {
  return new Promise((resolvePromise) => {
    child.removeAllListeners('exit');
    child.once('exit', (code, signal) => resolvePromise({ code, signal }));
    child.kill('SIGTERM');
  });
}

async function login(apiRoot) {
  const res = await fetch(`${apiRoot}user_auth`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: credentials }),
  });
  assert.equal(res.status, 201);
  return res.json();
}

test('the bin serves the API on 127.0.0.1 with the demo data, and --data keeps what was changed', async () => {
  const data = join(app, 'kazoo.json');
  let run = await startBin(['--port', '0', '--data', data]);
  let userId;
  try {
    const auth = await login(run.apiRoot);
    const made = await fetch(`${run.apiRoot}accounts/${auth.data.account_id}/users`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': auth.auth_token },
      body: JSON.stringify({ data: { first_name: 'Kept', last_name: 'User' } }),
    });
    assert.equal(made.status, 201);
    userId = (await made.json()).data.id;
  } finally {
    assert.deepEqual(await stop(run.child), { code: 0, signal: null });
  }
  assert.match(run.output(), /PUT \/v2\/accounts\/\w+\/users 201/, 'one line per request');
  assert.equal(JSON.parse(readFileSync(data, 'utf8')).format, 'kazoo-sandbox/1');

  run = await startBin(['--port', '0', '--data', data, '--quiet']);
  try {
    const auth = await login(run.apiRoot);
    const got = await fetch(`${run.apiRoot}accounts/${auth.data.account_id}/users/${userId}`, { headers: { 'X-Auth-Token': auth.auth_token } });
    assert.equal(got.status, 200);
    assert.equal((await got.json()).data.first_name, 'Kept');
    assert.doesNotMatch(run.output(), /GET \/v2\//, '--quiet: no request lines');
  } finally {
    await stop(run.child);
  }
});

for (const [args, message] of [
  [['--bogus'], /Unknown option '--bogus'/],
  [['--port'], /argument missing/],
  [['--port', 'eighty'], /--port must be an integer/],
  [['--data'], /argument missing/],
]) {
  test(`the bin refuses ${args.join(' ')}: the reason and the usage on stderr, exit 2`, () => {
    const run = spawnSync(bin, args, { cwd: app, encoding: 'utf8', timeout: 20000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, message);
    assert.match(run.stderr, /usage: jquery-kazoosdk-sandbox/);
    assert.equal(run.stdout, '');
  });
}

test('the bin --help prints the usage and exits 0', () => {
  const run = spawnSync(bin, ['--help'], { cwd: app, encoding: 'utf8', timeout: 20000 });
  assert.equal(run.status, 0);
  assert.match(run.stdout, /usage: jquery-kazoosdk-sandbox \[--port N\] \[--data FILE\]/);
});

test('the library: createSandbox() from jquery-kazoosdk/sandbox, with a route of the test\'s own, a fault route and the store', () => {
  const script = join(app, 'use.mjs');
  writeFileSync(script, `
    import { createSandbox, defineRoute, faultRoutes, ok, routes, SEED } from 'jquery-kazoosdk/sandbox';
    const mine = defineRoute('accounts/{accountId}/users', { GET: (ctx) => ok([{ id: 'only-' + ctx.params.accountId }]) });
    const sandbox = await createSandbox({ routes: [...routes, mine] });
    const login = await fetch(sandbox.apiRoot + 'user_auth', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { account_name: 'demo', credentials: SEED.credentials.demo.credentials } }) });
    const token = (await login.json()).auth_token;
    const users = await (await fetch(sandbox.apiRoot + 'accounts/' + SEED.accounts.demo + '/users', { headers: { 'X-Auth-Token': token } })).json();
    const devices = await fetch(sandbox.apiRoot + 'accounts/' + SEED.accounts.demo + '/devices', { headers: { 'X-Auth-Token': token } });
    const fault = await fetch(sandbox.apiRoot + '__sandbox/html502');
    const faultsOnly = await createSandbox({ routes: faultRoutes });
    const noLogin = await fetch(faultsOnly.apiRoot + 'user_auth', { method: 'PUT' });
    console.log(JSON.stringify({
      url: sandbox.url, users: users.data, devices: devices.status, fault: [fault.status, fault.headers.get('content-type')],
      account: sandbox.store.getAccount(SEED.accounts.demo).name, noLogin: noLogin.status,
    }));
    await faultsOnly.close();
    await sandbox.close();
  `);
  const run = spawnSync(process.execPath, [script], { cwd: app, encoding: 'utf8', timeout: 30000 });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.match(out.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(out.users, [{ id: `only-${SEED.accounts.demo}` }], 'the test\'s own route replaced GET users');
  assert.equal(out.devices, 200, 'the other routes are still there');
  assert.deepEqual(out.fault, [502, 'text/html; charset=utf-8']);
  assert.equal(out.account, 'demo', 'the store holds the demo data');
  assert.equal(out.noLogin, 404, 'routes: faultRoutes alone has no user_auth');
});

test('the package ships no tests and no dev programs of the sandbox', () => {
  const installed = join(app, 'node_modules', 'jquery-kazoosdk');
  for (const path of ['test', 'sandbox/start.mjs', 'sandbox/load.mjs', 'sandbox/console']) {
    assert.equal(existsSync(join(installed, path)), false, path);
  }
  assert.equal(existsSync(join(installed, 'sandbox/cli.mjs')), true);
});
