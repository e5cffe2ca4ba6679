// Tests of the Kazoo sandbox server over real HTTP, with node:test (node --test test/sandbox/).
// The tests share one sandbox and run in file order: later ones rely on documents earlier ones made.

import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { MAX_BODY_BYTES, SEED, createSandbox } from '../../sandbox/server.mjs';
import { MultipartError, boundaryOf, parseMultipart } from '../../sandbox/multipart.mjs';
import { DEFAULT_APPS, SAMPLE_PNG } from '../../sandbox/seed.mjs';
import { Store } from '../../sandbox/store.mjs';

const md5 = (text) => createHash('md5').update(text).digest('hex');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const GREGORIAN_OFFSET = 62167219200;
const gregorianNow = () => Math.floor(Date.now() / 1000) + GREGORIAN_OFFSET;

/** HTTP call against an API root. `body` objects are sent as JSON; Buffers/strings raw. */
function client(apiRoot) {
  return async function api(method, path, { token, body, headers = {}, contentType } = {}) {
    const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(15000) };
    if (token) init.headers['X-Auth-Token'] = token;
    if (body !== undefined) {
      if (Buffer.isBuffer(body) || typeof body === 'string') {
        init.body = body;
        init.headers['Content-Type'] = contentType || 'application/octet-stream';
      } else {
        init.body = JSON.stringify(body);
        init.headers['Content-Type'] = contentType || 'application/json';
      }
    }
    const response = await fetch(apiRoot + path, init);
    const buffer = Buffer.from(await response.arrayBuffer());
    let json;
    try {
      json = JSON.parse(buffer.toString('utf8'));
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, buffer, json, text: buffer.toString('utf8') };
  };
}

/** Assert a Crossbar error envelope with that status and message. */
function assertError(response, status, message) {
  assert.equal(response.status, status, `status ${response.status} body ${response.text.slice(0, 300)}`);
  assert.equal(response.json.status, 'error');
  assert.equal(response.json.error, String(status));
  if (message) assert.equal(response.json.message, message);
  assert.equal(response.json.auth_token, '');
  assert.equal(typeof response.json.request_id, 'string');
  assert.match(response.json.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok('data' in response.json, 'data present');
}

function assertSuccess(response, status = 200) {
  assert.equal(response.status, status, `status ${response.status} body ${response.text.slice(0, 400)}`);
  assert.equal(response.json.status, 'success');
  for (const key of ['auth_token', 'request_id', 'node', 'version', 'timestamp', 'revision', 'data']) {
    assert.ok(key in response.json, `envelope key ${key}`);
  }
}

const A = SEED.accounts.demo;
const CHILD = SEED.accounts.child;
const OTHER = SEED.accounts.other;
const acct = (id = A) => `accounts/${id}`;

// ----- start ---------------------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'kazoo-sandbox-test-'));
const sandbox = await createSandbox();
const { apiRoot, url } = sandbox;
const api = client(apiRoot);

await test('listens on 127.0.0.1 with a random port', () => {
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.notEqual(sandbox.server.address().port, 0);
});
await test('refuses a non-loopback host', async () => {
  await assert.rejects(createSandbox({ host: '0.0.0.0' }), /loopback only/);
});

async function login(data, headers) {
  return api('PUT', 'user_auth', { body: { data }, headers });
}
const demo = SEED.credentials.demo;
const loginDemo = await login({ credentials: demo.credentials, account_name: 'demo' });
const token = loginDemo.json && loginDemo.json.auth_token;

// ----- authentication ------------------------------------------------------------------------------

await test('user_auth answers 201 with the auth data', () => {
  assertSuccess(loginDemo, 201);
  assert.ok(typeof token === 'string' && token.length >= 16);
  const { data } = loginDemo.json;
  assert.equal(data.account_id, A);
  assert.equal(data.owner_id, SEED.users.admin);
  assert.equal(data.account_name, 'demo');
  assert.equal(data.language, 'en-us');
  assert.equal(data.is_reseller, true);
  assert.equal(data.reseller_id, A);
  assert.ok(Array.isArray(data.apps) && data.apps.length > 0);
  assert.match(A, /^[0-9a-f]{32}$/);
});
await test('credentials are md5 of admin:admin', () => assert.equal(demo.credentials, md5('admin:admin')));
await test('user_auth by account_realm', async () => {
  assertSuccess(await login({ credentials: demo.credentials, account_realm: 'demo.sandbox.local' }), 201);
});
await test('user_auth by phone_number', async () => {
  const res = await login({ credentials: demo.credentials, phone_number: SEED.numbers.main });
  assertSuccess(res, 201);
  assert.equal(res.json.data.account_id, A);
});
await test('user_auth ignores a stale X-Auth-Token header', async () => {
  assertSuccess(await login({ credentials: demo.credentials, account_name: 'demo' }, { 'X-Auth-Token': 'stale-token' }), 201);
});
await test('wrong credentials answer 401 invalid_credentials', async () => {
  const res = await login({ credentials: md5('admin:wrong'), account_name: 'demo' });
  assertError(res, 401, 'invalid_credentials');
  assert.equal(res.json.data.message, 'invalid credentials');
});
await test('unknown account name answers 400 account_name.not_found', async () => {
  const res = await login({ credentials: demo.credentials, account_name: 'no-such-account' });
  assertError(res, 400);
  assert.ok(res.json.data.account_name.not_found);
});
await test('missing credentials answer 400 required', async () => {
  const res = await login({ account_name: 'demo' });
  assertError(res, 400, 'validation error');
  assert.equal(res.json.data.credentials.required.message, 'Field is required but missing');
});
await test('disabled user cannot log in', async () => {
  assertError(await login({ credentials: md5('carol:carol'), account_name: 'demo' }), 401);
});
await test('shared_auth accepts the literal shared token', async () => {
  const res = await api('PUT', 'shared_auth', { body: { data: { shared_token: 'sandbox-shared-token' } } });
  assertSuccess(res, 201);
  assert.equal(res.json.data.account_id, A);
  assert.ok(res.json.auth_token && res.json.auth_token !== token);
});
await test('shared_auth accepts a valid sandbox token', async () => {
  const res = await api('PUT', 'shared_auth', { body: { data: { shared_token: token } } });
  assertSuccess(res, 201);
  assert.equal(res.json.data.owner_id, SEED.users.admin);
});
await test('shared_auth rejects an unknown token', async () => {
  assertError(await api('PUT', 'shared_auth', { body: { data: { shared_token: 'nope' } } }), 401);
});
await test('pin_auth with the admin pin', async () => {
  const res = await api('PUT', 'pin_auth', { body: { data: { pin: '1234', account_name: 'demo' } } });
  assertSuccess(res, 201);
  assert.equal(res.json.data.owner_id, SEED.users.admin);
});
await test('pin_auth with a wrong pin answers 401', async () => {
  assertError(await api('PUT', 'pin_auth', { body: { data: { pin: '0000', account_name: 'demo' } } }), 401);
});
await test('a request without a token answers 401', async () => {
  assertError(await api('GET', `${acct()}/users`), 401, 'invalid_credentials');
});
await test('an unknown token answers 401', async () => {
  assertError(await api('GET', `${acct()}/users`, { token: 'not-a-token' }), 401, 'invalid_credentials');
});
await test('Authorization: Bearer works like X-Auth-Token', async () => {
  assertSuccess(await api('GET', acct(), { headers: { Authorization: `Bearer ${token}` } }));
});

const childLogin = await login({ credentials: SEED.credentials.child.credentials, account_name: 'demo child' });
const childToken = childLogin.json && childLogin.json.auth_token;
const otherLogin = await login({ credentials: SEED.credentials.other.credentials, account_name: 'other' });
const otherToken = otherLogin.json && otherLogin.json.auth_token;

await test('403 for another tree', async () => {
  assertError(await api('GET', acct(OTHER), { token }), 403, 'forbidden');
  assertError(await api('GET', `${acct(A)}/users`, { token: otherToken }), 403, 'forbidden');
});
await test('403 for a child token on its parent', async () => {
  assertSuccess(childLogin, 201);
  assertError(await api('GET', `${acct(A)}/devices`, { token: childToken }), 403, 'forbidden');
});
await test('a parent token may read its descendants', async () => {
  const res = await api('GET', `${acct(CHILD)}/users`, { token });
  assertSuccess(res);
  assert.equal(res.json.data[0].id, SEED.users.child);
});
await test('an unknown account id answers 404 bad_identifier', async () => {
  const missing = 'f'.repeat(32);
  const res = await api('GET', acct(missing), { token });
  assertError(res, 404, 'bad_identifier');
  assert.equal(res.json.data.cause, missing);
});

// ----- envelopes, CRUD ----------------------------------------------------------------------------

await test('X-Request-ID is echoed in body and header', async () => {
  const res = await api('GET', acct(), { token, headers: { 'X-Request-ID': 'req-123' } });
  assert.equal(res.json.request_id, 'req-123');
  assert.equal(res.headers.get('x-request-id'), 'req-123');
  const failure = await api('GET', acct(), { headers: { 'X-Request-ID': 'req-456' } });
  assert.equal(failure.json.request_id, 'req-456');
  assert.equal(failure.headers.get('x-request-id'), 'req-456');
});
await test('a request without X-Request-ID still gets one', async () => {
  const res = await api('GET', acct(), { token });
  assert.match(res.json.request_id, /^[0-9a-f-]{36}$/);
  assert.equal(res.headers.get('x-request-id'), res.json.request_id);
});
await test('success envelope carries the token, version and timestamp', async () => {
  const res = await api('GET', acct(), { token });
  assertSuccess(res);
  assert.equal(res.json.auth_token, token);
  assert.match(res.json.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(res.json.data.id, A);
  assert.equal(res.json.data.name, 'demo');
  assert.ok(!Object.keys(res.json.data).some((key) => key.startsWith('pvt_')), 'no private keys');
  assert.match(res.headers.get('content-type'), /^application\/json/);
});

const created = await api('PUT', `${acct()}/users`, {
  token,
  body: { data: { first_name: 'Test', last_name: 'Person', username: 'Tester', password: 'secret', ui_metadata: { ui: 'tests' }, caller_id: { internal: { name: 'T', number: '2000' } }, pvt_evil: 1 } },
});
const userId = created.json && created.json.data && created.json.data.id;

await test('PUT creates: 201, Location, id, no password', () => {
  assertSuccess(created, 201);
  assert.match(userId, /^[0-9a-f]{32}$/);
  assert.equal(created.headers.get('location'), `/v2/accounts/${A}/users/${userId}`);
  assert.equal(created.json.data.password, undefined);
  assert.equal(created.json.data.pvt_evil, undefined);
  assert.deepEqual(created.json.data.ui_metadata, { ui: 'tests' });
  assert.equal(created.json.data.username, 'tester');
});
await test('GET returns the created doc', async () => {
  const res = await api('GET', `${acct()}/users/${userId}`, { token });
  assertSuccess(res);
  assert.equal(res.json.data.first_name, 'Test');
  assert.ok(res.headers.get('etag'));
});
await test('a created user can log in', async () => {
  assertSuccess(await login({ credentials: md5('tester:secret'), account_name: 'demo' }), 201);
});
await test('username must be unique', async () => {
  const res = await api('PUT', `${acct()}/users`, { token, body: { data: { first_name: 'X', last_name: 'Y', username: 'tester' } } });
  assertError(res, 400, 'validation error');
  assert.ok(res.json.data.username.unique);
});
await test('PATCH deep-merges and null removes a key', async () => {
  const res = await api('PATCH', `${acct()}/users/${userId}`, {
    token, body: { data: { caller_id: { internal: { number: '2001' } }, ui_metadata: null, email: 'p@example.com' } },
  });
  assertSuccess(res);
  assert.deepEqual(res.json.data.caller_id, { internal: { name: 'T', number: '2001' } });
  assert.equal('ui_metadata' in res.json.data, false);
  assert.equal(res.json.data.first_name, 'Test');
  assert.equal(res.json.data.email, 'p@example.com');
});
await test('POST replaces the whole document', async () => {
  const res = await api('POST', `${acct()}/users/${userId}`, { token, body: { data: { first_name: 'Replaced', last_name: 'Person', username: 'tester' } } });
  assertSuccess(res);
  assert.equal(res.json.data.first_name, 'Replaced');
  assert.equal(res.json.data.caller_id, undefined);
  assert.equal(res.json.data.id, userId);
  // The password hash (private) survived the replace.
  assertSuccess(await login({ credentials: md5('tester:secret'), account_name: 'demo' }), 201);
});
await test('POST validates too', async () => {
  const res = await api('POST', `${acct()}/users/${userId}`, { token, body: { data: { first_name: 'Only' } } });
  assertError(res, 400, 'validation error');
  assert.ok(res.json.data.last_name.required);
});
await test('DELETE answers the doc with _read_only.deleted', async () => {
  const res = await api('DELETE', `${acct()}/users/${userId}`, { token, body: { data: {} } });
  assertSuccess(res);
  assert.equal(res.json.data.id, userId);
  assert.deepEqual(res.json.data._read_only, { deleted: true });
});
await test('GET after DELETE answers 404 bad_identifier', async () => {
  const res = await api('GET', `${acct()}/users/${userId}`, { token });
  assertError(res, 404, 'bad_identifier');
  assert.deepEqual(res.json.data, { cause: userId, message: 'bad identifier' });
});

// ----- validation, parse errors, 404, 405 ---------------------------------------------------------

const REQUIRED = [
  ['users', { first_name: 'Only' }, 'last_name'],
  ['devices', { device_type: 'sip_device' }, 'name'],
  ['callflows', { name: 'no numbers' }, 'numbers'],
  ['conferences', { owner_id: 'x' }, 'name'],
  ['vmboxes', { name: 'box' }, 'mailbox'],
];
for (const [collection, data, field] of REQUIRED) {
  await test(`400 validation: ${collection} needs ${field}`, async () => {
    const res = await api('PUT', `${acct()}/${collection}`, { token, body: { data }, headers: {} });
    assertError(res, 400, 'validation error');
    assert.deepEqual(res.json.data[field], { required: { message: 'Field is required but missing' } });
  });
}
await test('400 validation: child account needs a name', async () => {
  const res = await api('PUT', acct(), { token, body: { data: { realm: 'x.sandbox.local' } } });
  assertError(res, 400, 'validation error');
  assert.ok(res.json.data.name.required);
});
await test('400 validation: data must be an object', async () => {
  assertError(await api('PUT', `${acct()}/users`, { token, body: { data: 'text' } }), 400);
});
await test('invalid JSON answers 400 parse_error', async () => {
  const res = await api('PUT', `${acct()}/users`, { token, body: '{"data": {', contentType: 'application/json' });
  assertError(res, 400, 'parse_error');
});
await test('a JSON array envelope answers 400: the envelope is not an object (valid JSON, so no parse_error)', async () => {
  const res = await api('PUT', `${acct()}/users`, { token, body: '[1,2]', contentType: 'application/json' });
  assertError(res, 400, 'validation error');
  assert.deepEqual(res.json.data, { envelope: { type: { message: 'Value is not of type object' } } });
});
await test('unknown /v2 path answers 404 in Kazoo shape', async () => {
  assertError(await api('GET', `${acct()}/no_such_thing`, { token }), 404);
  assertError(await api('GET', 'nothing/here'), 404);
  assertError(await api('GET', `${acct()}//users`, { token }), 404);
});
await test('unknown non-API path answers 404 in Kazoo shape', async () => {
  const res = await fetch(`${url}/some/page.html`);
  const json = await res.json();
  assert.equal(res.status, 404);
  assert.equal(json.status, 'error');
  assert.equal(json.error, '404');
});
await test('405 invalid_method with an Allow header', async () => {
  const res = await api('DELETE', `${acct()}/users`, { token });
  assertError(res, 405, 'invalid_method');
  assert.match(res.headers.get('allow'), /GET/);
  assert.match(res.headers.get('allow'), /PUT/);
  assert.doesNotMatch(res.headers.get('allow'), /DELETE/);
});
await test('405 on login GET and on read-only cdrs', async () => {
  assertError(await api('GET', 'user_auth'), 405, 'invalid_method');
  assertError(await api('PUT', `${acct()}/cdrs`, { token, body: { data: {} } }), 405, 'invalid_method');
});
await test('HEAD works where GET does', async () => {
  const res = await fetch(`${apiRoot}${acct()}`, { method: 'HEAD', headers: { 'X-Auth-Token': token } });
  assert.equal(res.status, 200);
  assert.equal((await res.arrayBuffer()).byteLength, 0);
});
await test('a malformed percent-encoding answers 404, no crash', async () => {
  assertError(await api('GET', `${acct()}/users/%E0%A4%A`, { token }), 404);
});

// ----- filters and pagination ----------------------------------------------------------------------

const ids = (res) => res.json.data.map((item) => item.id).sort();
const users = `${acct()}/users`;
const demoUsers = [SEED.users.admin, SEED.users.alice, SEED.users.bob, SEED.users.carol];

await test('listing returns summaries of every seeded user', async () => {
  const res = await api('GET', users, { token });
  assertSuccess(res);
  assert.deepEqual(ids(res), [...demoUsers].sort());
  assert.equal(res.json.data.find((u) => u.id === SEED.users.alice).first_name, 'Alice');
  assert.equal(res.json.page_size, 4);
  assert.equal(res.json.next_start_key, undefined);
});
const filterCases = [
  ['filter_first_name=Alice', [SEED.users.alice]],
  ['filter_not_first_name=Alice', [SEED.users.admin, SEED.users.bob, SEED.users.carol]],
  ['filter_enabled=false', [SEED.users.carol]],
  ['has_key=pin', [SEED.users.admin]],
  ['key_missing=pin', [SEED.users.alice, SEED.users.bob, SEED.users.carol]],
  ['has_key=pin&has_key=presence_id', [SEED.users.admin]],
  ['has_key=pin&has_key=no_such_key', []],
  ['has_value=presence_id&filter_priv_level=user', [SEED.users.alice, SEED.users.bob, SEED.users.carol]],
  ['value_missing=pin', [SEED.users.alice, SEED.users.bob, SEED.users.carol]],
  [`filter_any_first_name=${encodeURIComponent('["Alice","Bob"]')}`, [SEED.users.alice, SEED.users.bob]],
  [`filter_none_first_name=${encodeURIComponent('["Alice","Bob"]')}`, [SEED.users.admin, SEED.users.carol]],
  [`created_to=${gregorianNow() + 10}`, demoUsers],
  [`created_from=${gregorianNow() - 60}`, []],
];
for (const [query, expected] of filterCases) {
  await test(`filter ${decodeURIComponent(query)}`, async () => {
    const res = await api('GET', `${users}?${query}`, { token });
    assertSuccess(res);
    assert.deepEqual(ids(res), [...expected].sort());
  });
}
await test('dotted filter path on devices (sip.username)', async () => {
  const res = await api('GET', `${acct()}/devices?filter_sip.username=user_alice_soft`, { token });
  assert.deepEqual(ids(res), [SEED.devices.aliceSoftphone]);
});
await test('created_from selects documents created now', async () => {
  const before = gregorianNow() - 1;
  const made = await api('PUT', `${acct()}/menus`, { token, body: { data: { name: 'Fresh menu' } } });
  const res = await api('GET', `${acct()}/menus?created_from=${before}`, { token });
  assert.deepEqual(ids(res), [made.json.data.id]);
});
await test('private fields are invisible to filters and fields', async () => {
  assert.deepEqual(ids(await api('GET', `${users}?has_key=pvt_md5_auth`, { token })), []);
  assert.deepEqual(ids(await api('GET', `${users}?filter_pvt_md5_auth=${md5('admin:admin')}`, { token })), []);
  const picked = await api('GET', `${users}?fields=${encodeURIComponent('["first_name","pvt_md5_auth"]')}&filter_first_name=Alice`, { token });
  assert.deepEqual(picked.json.data, [{ id: SEED.users.alice, first_name: 'Alice' }]);
});
await test('filter_any with invalid JSON answers 400', async () => {
  assertError(await api('GET', `${users}?filter_any_first_name=notjson`, { token }), 400);
});

await test('paging: page_size=1 walks every user exactly once', async () => {
  const seen = [];
  let startKey = '';
  let pages = 0;
  for (;;) {
    const res = await api('GET', `${users}?page_size=1${startKey ? `&start_key=${encodeURIComponent(startKey)}` : ''}`, { token });
    assertSuccess(res);
    pages += 1;
    assert.equal(res.json.data.length, 1);
    assert.equal(res.json.page_size, 1);
    seen.push(res.json.data[0].id);
    if (res.json.next_start_key === undefined) break;
    assert.equal(typeof res.json.next_start_key, 'string');
    startKey = res.json.next_start_key;
    assert.ok(pages < 20, 'paging terminates');
  }
  assert.equal(pages, 4);
  assert.deepEqual([...seen].sort(), [...demoUsers].sort());
});
await test('paging: page_size=3 then the rest; paginate=false returns all', async () => {
  const first = await api('GET', `${users}?page_size=3`, { token });
  assert.equal(first.json.data.length, 3);
  assert.ok(first.json.next_start_key);
  const second = await api('GET', `${users}?page_size=3&start_key=${encodeURIComponent(first.json.next_start_key)}`, { token });
  assert.equal(second.json.data.length, 1);
  assert.equal(second.json.next_start_key, undefined);
  const all = await api('GET', `${users}?paginate=false`, { token });
  assert.equal(all.json.data.length, 4);
  assert.equal(all.json.page_size, undefined);
  assert.deepEqual([...first.json.data, ...second.json.data].map((u) => u.id), all.json.data.map((u) => u.id));
});
await test('paging combines with filters', async () => {
  const res = await api('GET', `${users}?filter_priv_level=user&page_size=2`, { token });
  assert.equal(res.json.data.length, 2);
  assert.ok(res.json.next_start_key);
});
await test('page_size=0 and a garbage start_key answer 400', async () => {
  assertError(await api('GET', `${users}?page_size=0`, { token }), 400);
  assertError(await api('GET', `${users}?start_key=%25%25%25`, { token }), 400);
});

// ----- charges (402) ---------------------------------------------------------------------------

const EXPECTED_INVOICE = [{
  items: [{ category: 'devices', item: 'sip_device', name: 'SIP Device', quantity: 1, rate: 5.0, total: 5.0 }],
  activation_charges: [{ item: 'sip_device', name: 'SIP Device', rate: 1.0, total: 1.0 }],
  summary: { today: 1.0, recurring: 5.0 },
  bookkeeper: { type: 'braintree' },
}];
const newDevice = { name: 'Charged phone', device_type: 'sip_device' };

await test('creating a device on a billed account answers 402 with the invoice', async () => {
  const res = await api('PUT', `${acct()}/devices`, { token, body: { data: newDevice } });
  assertError(res, 402, 'accept charges');
  assert.deepEqual(res.json.data, EXPECTED_INVOICE);
});
await test('the device is not created by the 402', async () => {
  const res = await api('GET', `${acct()}/devices?filter_name=${encodeURIComponent('Charged phone')}`, { token });
  assert.equal(res.json.data.length, 0);
});
await test('accept_charges at the envelope root creates it', async () => {
  const res = await api('PUT', `${acct()}/devices`, { token, body: { data: newDevice, accept_charges: true } });
  assertSuccess(res, 201);
  assert.equal(res.json.data.accept_charges, undefined);
});
await test('accept_charges inside data creates it', async () => {
  assertSuccess(await api('PUT', `${acct()}/devices`, { token, body: { data: { ...newDevice, accept_charges: true } } }), 201);
});
await test('accept_charges in the query string creates it', async () => {
  assertSuccess(await api('PUT', `${acct()}/devices?accept_charges=true`, { token, body: { data: newDevice } }), 201);
});
await test('a child account is billed too', async () => {
  assertError(await api('PUT', `${acct(CHILD)}/devices`, { token: childToken, body: { data: newDevice } }), 402);
});
await test('a non-billed account creates devices without charges', async () => {
  assertSuccess(await api('PUT', `${acct(OTHER)}/devices`, { token: otherToken, body: { data: newDevice } }), 201);
});
await test('validation comes before charges', async () => {
  assertError(await api('PUT', `${acct()}/devices`, { token, body: { data: {} } }), 400);
});
await test('activating numbers answers 402, then succeeds when accepted', async () => {
  const body = { data: { numbers: ['+14155559001', '+14155559002'] } };
  const refused = await api('PUT', `${acct()}/phone_numbers/collection/activate`, { token, body });
  assertError(refused, 402, 'accept charges');
  assert.ok(Array.isArray(refused.json.data) && refused.json.data[0].items[0].quantity === 2);
  assert.equal(refused.json.data[0].bookkeeper.type, 'braintree');
  const accepted = await api('PUT', `${acct()}/phone_numbers/collection/activate`, { token, body: { ...body, accept_charges: true } });
  assertSuccess(accepted, 201);
  assert.deepEqual(Object.keys(accepted.json.data.success).sort(), ['+14155559001', '+14155559002']);
  const listed = await api('GET', `${acct()}/phone_numbers`, { token });
  assert.equal(listed.json.data.numbers['+14155559001'].state, 'in_service');
});
await test('PUT phone_numbers/{number} is billable too', async () => {
  const path = `${acct()}/phone_numbers/${encodeURIComponent('+14155559003')}`;
  assertError(await api('PUT', path, { token, body: { data: {} } }), 402);
  assertSuccess(await api('PUT', path, { token, body: { data: {}, accept_charges: true } }), 201);
  assertError(await api('PUT', path, { token, body: { data: {}, accept_charges: true } }), 409);
});

// ----- port request attachments: PDF byte-exact ----------------------------------------------------

const port = `${acct()}/port_requests/${SEED.portRequest}`;
await test('seeded PDF attachment downloads as application/pdf', async () => {
  const res = await api('GET', `${port}/attachments/${SEED.portAttachment}`, { token, headers: { Accept: 'application/pdf' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.equal(res.buffer.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.ok(res.buffer.includes(Buffer.from([0xe2, 0xe3, 0xcf, 0xd3])), 'binary marker intact');
  assert.equal(res.buffer.length, Number(res.headers.get('content-length')));
});
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([...Array(256).keys()]), randomBytes(4096), Buffer.from('\n%%EOF\n')]);
await test('PUT attachments?filename= stores PDF bytes, GET returns them byte-exact', async () => {
  const put = await api('PUT', `${port}/attachments?filename=${encodeURIComponent('loa form.pdf')}`, { token, body: pdf, contentType: 'application/pdf' });
  assertSuccess(put, 201);
  assert.equal(put.headers.get('location'), `/v2/accounts/${A}/port_requests/${SEED.portRequest}/attachments/loa%20form.pdf`);
  const got = await api('GET', `${port}/attachments/${encodeURIComponent('loa form.pdf')}`, { token });
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'application/pdf');
  assert.ok(got.buffer.equals(pdf), 'bytes identical');
});
await test('GET attachments lists them with sizes', async () => {
  const res = await api('GET', `${port}/attachments`, { token });
  assertSuccess(res);
  assert.equal(res.json.data['loa form.pdf'].length, pdf.length);
  assert.equal(res.json.data['loa form.pdf'].content_type, 'application/pdf');
  assert.ok(res.json.data[SEED.portAttachment]);
});
await test('POST attachments/{name} replaces the bytes', async () => {
  const replacement = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1000)]);
  assertSuccess(await api('POST', `${port}/attachments/${encodeURIComponent('loa form.pdf')}`, { token, body: replacement, contentType: 'application/pdf' }));
  const got = await api('GET', `${port}/attachments/${encodeURIComponent('loa form.pdf')}`, { token });
  assert.ok(got.buffer.equals(replacement));
});
await test('DELETE attachment, then it is gone', async () => {
  const res = await api('DELETE', `${port}/attachments/${encodeURIComponent('loa form.pdf')}`, { token });
  assertSuccess(res);
  assertError(await api('GET', `${port}/attachments/${encodeURIComponent('loa form.pdf')}`, { token }), 404, 'bad_identifier');
});
await test('PUT attachments without filename answers 400', async () => {
  assertError(await api('PUT', `${port}/attachments`, { token, body: pdf, contentType: 'application/pdf' }), 400);
});
await test('attachments also accept a base64 data URI', async () => {
  const bytes = randomBytes(300);
  const uri = `data:application/pdf;base64,${bytes.toString('base64')}`;
  assertSuccess(await api('PUT', `${port}/attachments?filename=b64.pdf`, { token, body: uri, contentType: 'application/x-base64' }), 201);
  const got = await api('GET', `${port}/attachments/b64.pdf`, { token });
  assert.ok(got.buffer.equals(bytes));
});

// ----- media raw ------------------------------------------------------------------------------------

await test('media raw upload accepts a base64 data URI and returns the bytes', async () => {
  const media = await api('PUT', `${acct()}/media`, { token, body: { data: { name: 'Uploaded prompt' } } });
  assertSuccess(media, 201);
  const mediaId = media.json.data.id;
  const audio = randomBytes(2048);
  const up = await api('POST', `${acct()}/media/${mediaId}/raw`, {
    token, body: `data:audio/wav;base64,${audio.toString('base64')}`, contentType: 'application/x-base64',
  });
  assertSuccess(up);
  assert.equal(up.json.data.content_length, audio.length);
  const got = await api('GET', `${acct()}/media/${mediaId}/raw`, { token });
  assert.equal(got.headers.get('content-type'), 'audio/wav');
  assert.ok(got.buffer.equals(audio));
});
await test('media raw upload accepts raw bytes', async () => {
  const audio = randomBytes(512);
  assertSuccess(await api('POST', `${acct()}/media/${SEED.media}/raw`, { token, body: audio, contentType: 'audio/mpeg' }));
  const got = await api('GET', `${acct()}/media/${SEED.media}/raw`, { token });
  assert.equal(got.headers.get('content-type'), 'audio/mpeg');
  assert.ok(got.buffer.equals(audio));
});
await test('media raw upload rejects invalid base64 with 400', async () => {
  assertError(await api('POST', `${acct()}/media/${SEED.media}/raw`, { token, body: 'data:audio/wav;base64,@@@', contentType: 'application/x-base64' }), 400);
});

// ----- notification templates (text/html) -----------------------------------------------------------

const html = '<html><body><p>Conférence {{conference.name}} – ✓</p></body></html>';
await test('PUT notify/conference_{type} takes text/html; GET .../html returns it', async () => {
  const put = await api('PUT', `${acct()}/notify/conference_pin_reminder`, { token, body: html, contentType: 'text/html' });
  assertSuccess(put, 201);
  const got = await api('GET', `${acct()}/notify/conference_pin_reminder/html`, { token });
  assert.equal(got.status, 200);
  assert.match(got.headers.get('content-type'), /^text\/html/);
  assert.equal(got.text, html);
});
await test('POST notify updates the html template', async () => {
  const next = '<p>updated</p>';
  assertSuccess(await api('POST', `${acct()}/notify/conference_pin_reminder`, { token, body: next, contentType: 'text/html' }));
  assert.equal((await api('GET', `${acct()}/notify/conference_pin_reminder/${encodeURIComponent('text/html')}`, { token })).text, next);
});
await test('a conference notification has a default template', async () => {
  const got = await api('GET', `${acct()}/notify/conference_invite/html`, { token });
  assert.equal(got.status, 200);
  assert.match(got.text, /<html>/);
});

// ----- other special endpoints ---------------------------------------------------------------------

await test('phone number search answers [{number, state: discovery}] and offset skips', async () => {
  const first = await api('GET', `${acct()}/phone_numbers?prefix=415&quantity=3&offset=0`, { token });
  assertSuccess(first);
  assert.equal(first.json.data.length, 3);
  for (const entry of first.json.data) {
    assert.match(entry.number, /^\+1415\d{7}$/);
    assert.equal(entry.state, 'discovery');
  }
  const shifted = await api('GET', `${acct()}/phone_numbers?prefix=415&quantity=3&offset=2`, { token });
  assert.equal(shifted.json.data[0].number, first.json.data[2].number);
});
await test('search skips numbers already owned', async () => {
  const res = await api('GET', `${acct()}/phone_numbers?prefix=${encodeURIComponent('+1415555010')}&quantity=5`, { token });
  const found = res.json.data.map((entry) => entry.number);
  assert.ok(!found.includes(SEED.numbers.main) && found.length === 5);
});
await test('block search answers start_number/end_number', async () => {
  const res = await api('GET', `${acct()}/phone_numbers?prefix=415&quantity=4&offset=0&blocks=2`, { token });
  assert.equal(res.json.data.length, 2);
  const { start_number: start, end_number: end } = res.json.data[0];
  assert.equal(Number(end.slice(1)) - Number(start.slice(1)), 3);
});
await test('number listing is {numbers: {...}}; city prefixes; classifiers; identify', async () => {
  const list = await api('GET', `${acct()}/phone_numbers`, { token });
  assert.equal(list.json.data.numbers[SEED.numbers.main].state, 'in_service');
  const city = await api('GET', `${acct()}/phone_numbers/prefix?city=${encodeURIComponent('San Francisco')}`, { token });
  assert.ok(city.json.data.includes('415'));
  const classifiers = await api('GET', `${acct()}/phone_numbers/classifiers`, { token });
  assert.ok(classifiers.json.data.did_us.regex);
  const identify = await api('GET', `${acct()}/phone_numbers/${encodeURIComponent(SEED.numbers.child)}/identify`, { token });
  assert.equal(identify.json.data.account_id, CHILD);
});
await test('conference participants: mute, kick, unknown participant', async () => {
  const conf = `${acct()}/conferences/${SEED.conference}`;
  const muted = await api('POST', `${conf}/mute/1`, { token, body: { data: {} } });
  assertSuccess(muted);
  assert.equal(muted.json.data.participants.find((p) => p.participant_id === 1).mute, true);
  const kicked = await api('POST', `${conf}/kick/2`, { token, body: { data: {} } });
  assert.deepEqual(kicked.json.data.participants.map((p) => p.participant_id), [1]);
  assertError(await api('POST', `${conf}/mute/99`, { token, body: { data: {} } }), 404);
  const locked = await api('POST', `${conf}/lock`, { token, body: { data: {} } });
  assert.equal(locked.json.data.is_locked, true);
  const pins = await api('GET', `${acct()}/conferences/pins`, { token });
  assert.ok(pins.json.data.includes('1111'));
});
await test('port request state change and invalid transition', async () => {
  const ok = await api('PATCH', `${port}/submitted`, { token, body: { data: { reason: 'ready' } } });
  assertSuccess(ok);
  assert.equal(ok.json.data.port_state, 'submitted');
  assertError(await api('PATCH', `${port}/unconfirmed`, { token, body: { data: {} } }), 400);
  assertError(await api('PATCH', `${port}/no_such_state`, { token, body: { data: {} } }), 404);
});
await test('child accounts: create, list as child and descendant, delete', async () => {
  const made = await api('PUT', acct(), { token, body: { data: { name: 'Grandchild test' } } });
  assertSuccess(made, 201);
  const id = made.json.data.id;
  assert.match(id, /^[0-9a-f]{32}$/);
  assert.equal(made.headers.get('location'), `/v2/accounts/${id}`);
  assert.ok((await api('GET', `${acct()}/children`, { token })).json.data.some((a) => a.id === id));
  assert.ok((await api('GET', `${acct()}/descendants`, { token })).json.data.some((a) => a.id === id));
  assertError(await api('PUT', acct(), { token, body: { data: { name: 'grandchild TEST' } } }), 400);
  const gone = await api('DELETE', acct(id), { token, body: { data: {} } });
  assertSuccess(gone);
  assert.equal(gone.json.data._read_only.deleted, true);
  assertError(await api('GET', acct(id), { token }), 404);
});
await test('global resources need the master account', async () => {
  assertSuccess(await api('GET', 'resources', { token }));
  assertError(await api('GET', 'resources', { token: childToken }), 403);
});
await test('public whitelabel lookup needs no token', async () => {
  const res = await api('GET', `whitelabel/${SEED.whitelabelDomain}`);
  assertSuccess(res);
  assert.equal(res.json.data.domain, SEED.whitelabelDomain);
  const logo = await api('GET', `whitelabel/${SEED.whitelabelDomain}/logo`);
  assert.equal(logo.headers.get('content-type'), 'image/png');
  assert.equal(logo.buffer.subarray(1, 4).toString('latin1'), 'PNG');
});

// ----- every documented SDK method answers 2xx ------------------------------------------------------

// [method, verb, path, body, contentType] with DESIGN's errata paths. Ids come from the seed or from
// documents the table creates first; deletions come last.
const scratch = {};
const enc = encodeURIComponent;
const json = (data, extra = {}) => ({ data, ...extra });
async function createFor(collection, data) {
  const res = await api('PUT', `${acct()}/${collection}`, { token, body: json(data, { accept_charges: true }) });
  return res.json.data.id;
}
scratch.callflow = await createFor('callflows', { name: 'scratch', numbers: ['7777'] });
scratch.conference = await createFor('conferences', { name: 'scratch conf' });
scratch.server = await createFor('conferences_servers', { name: 'scratch server' });
scratch.device = await createFor('devices', { name: 'scratch device' });
scratch.group = await createFor('groups', { name: 'scratch group' });
scratch.localResource = await createFor('resources', { name: 'scratch resource' });
scratch.media = await createFor('media', { name: 'scratch media' });
scratch.menu = await createFor('menus', { name: 'scratch menu' });
scratch.port = await createFor('port_requests', { name: 'scratch port', numbers: { '+14155558888': {} } });
scratch.template = await createFor('resource_templates', { name: 'scratch template' });
scratch.rule = await createFor('temporal_rules', { name: 'scratch rule' });
scratch.user = await createFor('users', { first_name: 'Scratch', last_name: 'User' });
scratch.vmbox = await createFor('vmboxes', { name: 'scratch box', mailbox: '4444' });
scratch.globalResource = (await api('PUT', 'resources', { token, body: json({ name: 'scratch global' }) })).json.data.id;
scratch.child = (await api('PUT', acct(), { token, body: json({ name: 'scratch child' }) })).json.data.id;
scratch.globalJob = (await api('PUT', 'resources/jobs', { token, body: json({ numbers: ['+14155557001'] }) })).json.data.id;
scratch.localJob = (await api('PUT', `${acct()}/resources/jobs`, { token, body: json({ numbers: ['+14155557002'] }) })).json.data.id;
scratch.cdr = (await api('GET', `${acct()}/cdrs`, { token })).json.data[0].id;
await api('PUT', `${acct()}/port_requests/${scratch.port}/attachments?filename=doc.pdf`, { token, body: pdf, contentType: 'application/pdf' });

const numberForMethods = '+14155556001';
const METHODS = [
  ['account.get', 'GET', acct()],
  ['account.create', 'PUT', acct(), json({ name: 'methods child' })],
  ['account.update', 'POST', acct(scratch.child), json({ name: 'scratch child renamed' })],
  ['account.listDescendants', 'GET', `${acct()}/descendants`],
  ['account.listChildren', 'GET', `${acct()}/children`],
  ['auth.userAuth', 'PUT', 'user_auth', json({ credentials: demo.credentials, account_name: 'demo' })],
  ['auth.sharedAuth', 'PUT', 'shared_auth', json({ shared_token: 'sandbox-shared-token' })],
  ['auth.pinAuth', 'PUT', 'pin_auth', json({ pin: '1234', account_name: 'demo' })],
  ['balance.get', 'GET', `${acct()}/transactions/current_balance`],
  ['balance.add', 'PUT', `${acct()}/braintree/credits`, json({ amount: 10 })],
  ['billing.get', 'GET', `${acct()}/braintree/customer`],
  ['billing.update', 'POST', `${acct()}/braintree/customer`, json({ first_name: 'Admin', last_name: 'User' })],
  ['callflow.get', 'GET', `${acct()}/callflows/${scratch.callflow}`],
  ['callflow.create', 'PUT', `${acct()}/callflows`, json({ name: 'm', numbers: ['7778'] })],
  ['callflow.update', 'POST', `${acct()}/callflows/${scratch.callflow}`, json({ name: 'm2', numbers: ['7777'] })],
  ['callflow.list', 'GET', `${acct()}/callflows`],
  ['cdrs.get', 'GET', `${acct()}/cdrs/${scratch.cdr}`],
  ['cdrs.list', 'GET', `${acct()}/cdrs`],
  ['channel.list', 'GET', `${acct()}/channels`],
  ['conference.get', 'GET', `${acct()}/conferences/${scratch.conference}`],
  ['conference.create', 'PUT', `${acct()}/conferences`, json({ name: 'm conf' })],
  ['conference.update', 'POST', `${acct()}/conferences/${scratch.conference}`, json({ name: 'm conf 2' })],
  ['conference.list', 'GET', `${acct()}/conferences`],
  ['conference.getPins', 'GET', `${acct()}/conferences/pins`],
  ['conference.view', 'GET', `${acct()}/conferences/${SEED.conference}/status`],
  ['conference.action', 'POST', `${acct()}/conferences/${SEED.conference}/unlock`, json({})],
  ['conference.getServer', 'GET', `${acct()}/conferences_servers/${scratch.server}`],
  ['conference.createServer', 'PUT', `${acct()}/conferences_servers`, json({ name: 'm server' })],
  ['conference.updateServer', 'POST', `${acct()}/conferences_servers/${scratch.server}`, json({ name: 'm server 2' })],
  ['conference.listServers', 'GET', `${acct()}/conferences_servers`],
  ['conference.addParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/add_participant`, json({ endpoints: [{ caller_id_name: 'New', number: '1003' }] })],
  ['conference.muteParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/mute/1`, json({})],
  ['conference.unmuteParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/unmute/1`, json({})],
  ['conference.deafParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/deaf/1`, json({})],
  ['conference.undeafParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/undeaf/1`, json({})],
  ['conference.createNotification', 'PUT', `${acct()}/notify/conference_reminder`, '<p>hi</p>', 'text/html'],
  ['conference.getNotification', 'GET', `${acct()}/notify/conference_reminder/html`],
  ['conference.updateNotification', 'POST', `${acct()}/notify/conference_reminder`, '<p>hi again</p>', 'text/html'],
  ['connectivity.get', 'GET', `${acct()}/connectivity/${SEED.connectivity}`],
  ['connectivity.create', 'PUT', `${acct()}/connectivity`, json({ name: 'm trunk' })],
  ['connectivity.update', 'POST', `${acct()}/connectivity/${SEED.connectivity}`, json({ name: 'trunk 2' })],
  ['connectivity.list', 'GET', `${acct()}/connectivity`],
  ['device.get', 'GET', `${acct()}/devices/${scratch.device}`],
  ['device.create', 'PUT', `${acct()}/devices`, json({ name: 'm device' }, { accept_charges: true })],
  ['device.update', 'POST', `${acct()}/devices/${scratch.device}`, json({ name: 'm device 2' })],
  ['device.list', 'GET', `${acct()}/devices`],
  ['device.getStatus', 'GET', `${acct()}/devices/status`],
  ['device.quickcall', 'GET', `${acct()}/devices/${SEED.devices.adminDesk}/quickcall/${enc('+14155550123')}`],
  ['directory.create', 'PUT', `${acct()}/directories`, json({ name: 'm directory' })],
  ['directory.list', 'GET', `${acct()}/directories`],
  ['globalResources.get', 'GET', `resources/${scratch.globalResource}`],
  ['globalResources.create', 'PUT', 'resources', json({ name: 'm global' })],
  ['globalResources.update', 'POST', `resources/${scratch.globalResource}`, json({ name: 'm global 2' })],
  ['globalResources.list', 'GET', 'resources'],
  ['globalResources.updateCollection', 'POST', 'resources/collection', json([{ id: scratch.globalResource, weight_cost: 20 }])],
  ['globalResources.listJobs', 'GET', 'resources/jobs'],
  ['globalResources.getJob', 'GET', `resources/jobs/${scratch.globalJob}`],
  ['globalResources.createJob', 'PUT', 'resources/jobs', json({ numbers: ['+14155557003'] })],
  ['group.get', 'GET', `${acct()}/groups/${scratch.group}`],
  ['group.create', 'PUT', `${acct()}/groups`, json({ name: 'm group' })],
  ['group.update', 'POST', `${acct()}/groups/${scratch.group}`, json({ name: 'm group 2' })],
  ['group.list', 'GET', `${acct()}/groups`],
  ['limits.get', 'GET', `${acct()}/limits`],
  ['limits.update', 'POST', `${acct()}/limits`, json({ twoway_trunks: 3 })],
  ['localResources.get', 'GET', `${acct()}/resources/${scratch.localResource}`],
  ['localResources.create', 'PUT', `${acct()}/resources`, json({ name: 'm local' })],
  ['localResources.update', 'POST', `${acct()}/resources/${scratch.localResource}`, json({ name: 'm local 2' })],
  ['localResources.list', 'GET', `${acct()}/resources`],
  ['localResources.updateCollection', 'POST', `${acct()}/resources/collection`, json([{ id: scratch.localResource, enabled: false }])],
  ['localResources.listJobs', 'GET', `${acct()}/resources/jobs`],
  ['localResources.getJob', 'GET', `${acct()}/resources/jobs/${scratch.localJob}`],
  ['localResources.createJob', 'PUT', `${acct()}/resources/jobs`, json({ numbers: ['+14155557004'] })],
  ['media.get', 'GET', `${acct()}/media/${scratch.media}`],
  ['media.create', 'PUT', `${acct()}/media`, json({ name: 'm media' })],
  ['media.update', 'POST', `${acct()}/media/${scratch.media}`, json({ name: 'm media 2' })],
  ['media.list', 'GET', `${acct()}/media`],
  ['media.upload', 'POST', `${acct()}/media/${scratch.media}/raw`, `data:audio/mpeg;base64,${randomBytes(64).toString('base64')}`, 'application/x-base64'],
  ['menu.get', 'GET', `${acct()}/menus/${scratch.menu}`],
  ['menu.create', 'PUT', `${acct()}/menus`, json({ name: 'm menu' })],
  ['menu.update', 'POST', `${acct()}/menus/${scratch.menu}`, json({ name: 'm menu 2' })],
  ['menu.list', 'GET', `${acct()}/menus`],
  ['numbers.activate', 'PUT', `${acct()}/phone_numbers/collection/activate`, json({ numbers: [numberForMethods] }, { accept_charges: true })],
  ['numbers.get', 'GET', `${acct()}/phone_numbers/${enc(numberForMethods)}`],
  ['numbers.update', 'POST', `${acct()}/phone_numbers/${enc(numberForMethods)}`, json({ features: ['cnam'] })],
  ['numbers.identify', 'GET', `${acct()}/phone_numbers/${enc(numberForMethods)}/identify`],
  ['numbers.list', 'GET', `${acct()}/phone_numbers`],
  ['numbers.listClassifiers', 'GET', `${acct()}/phone_numbers/classifiers`],
  ['numbers.search', 'GET', `${acct()}/phone_numbers?prefix=415&quantity=5&offset=0`],
  ['numbers.searchBlocks', 'GET', `${acct()}/phone_numbers?prefix=415&quantity=3&offset=0&blocks=2`],
  ['numbers.searchCity', 'GET', `${acct()}/phone_numbers/prefix?city=chicago`],
  ['numbers.delete', 'DELETE', `${acct()}/phone_numbers/collection`, json({ numbers: [numberForMethods] })],
  ['port.get', 'GET', `${acct()}/port_requests/${scratch.port}`],
  ['port.create', 'PUT', `${acct()}/port_requests`, json({ name: 'm port', numbers: { '+14155558889': {} } })],
  ['port.update', 'POST', `${acct()}/port_requests/${scratch.port}`, json({ name: 'm port 2', numbers: { '+14155558888': {} } })],
  ['port.list', 'GET', `${acct()}/port_requests`],
  ['port.listDescendants', 'GET', `${acct()}/port_requests/descendants`],
  ['port.listAttachments', 'GET', `${acct()}/port_requests/${scratch.port}/attachments`],
  ['port.getAttachment', 'GET', `${acct()}/port_requests/${scratch.port}/attachments/doc.pdf`],
  ['port.createAttachment', 'PUT', `${acct()}/port_requests/${scratch.port}/attachments?filename=second.pdf`, pdf, 'application/pdf'],
  ['port.updateAttachment', 'POST', `${acct()}/port_requests/${scratch.port}/attachments/second.pdf`, pdf, 'application/pdf'],
  ['port.changeState', 'PATCH', `${acct()}/port_requests/${scratch.port}/submitted`, json({})],
  ['resourceTemplates.get', 'GET', `${acct()}/resource_templates/${scratch.template}`],
  ['resourceTemplates.create', 'PUT', `${acct()}/resource_templates`, json({ name: 'm template' })],
  ['resourceTemplates.update', 'POST', `${acct()}/resource_templates/${scratch.template}`, json({ name: 'm template 2' })],
  ['resourceTemplates.list', 'GET', `${acct()}/resource_templates`],
  ['servicePlan.list', 'GET', `${acct()}/service_plans`],
  ['servicePlan.get', 'GET', `${acct()}/service_plans/${SEED.servicePlans.pro}`],
  ['servicePlan.add', 'POST', `${acct()}/service_plans/${SEED.servicePlans.pro}`, json({})],
  ['servicePlan.listCurrent', 'GET', `${acct()}/service_plans/current`],
  ['servicePlan.reconciliate', 'POST', `${acct()}/service_plans/reconciliation`, json({})],
  ['servicePlan.synchronize', 'POST', `${acct()}/service_plans/synchronization`, json({})],
  ['servicePlan.remove', 'DELETE', `${acct()}/service_plans/${SEED.servicePlans.pro}`, json({})],
  ['temporalRule.get', 'GET', `${acct()}/temporal_rules/${scratch.rule}`],
  ['temporalRule.create', 'PUT', `${acct()}/temporal_rules`, json({ name: 'm rule' })],
  ['temporalRule.update', 'POST', `${acct()}/temporal_rules/${scratch.rule}`, json({ name: 'm rule 2' })],
  ['temporalRule.list', 'GET', `${acct()}/temporal_rules`],
  ['user.get', 'GET', `${acct()}/users/${scratch.user}`],
  ['user.create', 'PUT', `${acct()}/users`, json({ first_name: 'M', last_name: 'User' })],
  ['user.update', 'POST', `${acct()}/users/${scratch.user}`, json({ first_name: 'M2', last_name: 'User' })],
  ['user.list', 'GET', `${acct()}/users`],
  ['user.quickcall', 'GET', `${acct()}/users/${SEED.users.admin}/quickcall/1001`],
  ['voicemail.get', 'GET', `${acct()}/vmboxes/${scratch.vmbox}`],
  ['voicemail.create', 'PUT', `${acct()}/vmboxes`, json({ name: 'm box', mailbox: '4445' })],
  ['voicemail.update', 'POST', `${acct()}/vmboxes/${scratch.vmbox}`, json({ name: 'm box 2', mailbox: '4444' })],
  ['voicemail.list', 'GET', `${acct()}/vmboxes`],
  ['whitelabel.get', 'GET', `whitelabel/${SEED.whitelabelDomain}`],
  ['whitelabel.getLogo', 'GET', `whitelabel/${SEED.whitelabelDomain}/logo`],
  ['whitelabel.getDnsEntries', 'GET', `${acct()}/whitelabel/domains`],
  ['whitelabel.checkDnsEntries', 'POST', `${acct()}/whitelabel/domains?domain=${enc('example.com')}`, json({})],
  // deletions last
  ['conference.kickParticipant', 'POST', `${acct()}/conferences/${SEED.conference}/kick/1`, json({})],
  ['port.deleteAttachment', 'DELETE', `${acct()}/port_requests/${scratch.port}/attachments/second.pdf`, json({})],
  ['callflow.delete', 'DELETE', `${acct()}/callflows/${scratch.callflow}`, json({})],
  ['conference.delete', 'DELETE', `${acct()}/conferences/${scratch.conference}`, json({})],
  ['conference.deleteServer', 'DELETE', `${acct()}/conferences_servers/${scratch.server}`, json({})],
  ['device.delete', 'DELETE', `${acct()}/devices/${scratch.device}`, json({})],
  ['globalResources.delete', 'DELETE', `resources/${scratch.globalResource}`, json({})],
  ['group.delete', 'DELETE', `${acct()}/groups/${scratch.group}`, json({})],
  ['localResources.delete', 'DELETE', `${acct()}/resources/${scratch.localResource}`, json({})],
  ['media.delete', 'DELETE', `${acct()}/media/${scratch.media}`, json({})],
  ['menu.delete', 'DELETE', `${acct()}/menus/${scratch.menu}`, json({})],
  ['port.delete', 'DELETE', `${acct()}/port_requests/${scratch.port}`, json({})],
  ['resourceTemplates.delete', 'DELETE', `${acct()}/resource_templates/${scratch.template}`, json({})],
  ['temporalRule.delete', 'DELETE', `${acct()}/temporal_rules/${scratch.rule}`, json({})],
  ['user.delete', 'DELETE', `${acct()}/users/${scratch.user}`, json({})],
  ['voicemail.delete', 'DELETE', `${acct()}/vmboxes/${scratch.vmbox}`, json({})],
  ['account.delete', 'DELETE', acct(scratch.child), json({})],
];

await test('the method table covers all 146 SDK methods once', () => {
  const names = METHODS.map(([name]) => name);
  assert.equal(new Set(names).size, names.length, 'no duplicates');
  assert.equal(names.length, 146);
});
for (const [name, verb, path, body, contentType] of METHODS) {
  await test(`${name}: ${verb} ${path.replace(A, '{A}')}`, async () => {
    const res = await api(verb, path, { token, body, contentType });
    assert.ok(res.status >= 200 && res.status < 300, `status ${res.status} ${res.text.slice(0, 300)}`);
    if (verb === 'PUT') assert.equal(res.status, 201);
    const isBinary = /^(image|application\/pdf|text\/html)/.test(res.headers.get('content-type') || '');
    if (!isBinary) assert.equal(res.json.status, 'success');
  });
}

// ----- every method of today's Kazoo answers 2xx --------------------------------

// Multipart body as faxes.sendAsMultipart frames it: --B CRLF headers CRLF body CRLF ... --B-- CRLF.
function multipart(boundary, parts, { preamble = '', epilogue = '' } = {}) {
  const chunks = [Buffer.from(preamble ? `${preamble}\r\n` : '')];
  for (const part of parts) {
    const head = Object.entries(part.headers || {}).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`, 'latin1'), Buffer.from(part.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n${epilogue}`, 'latin1'));
  return Buffer.concat(chunks);
}
const faxJsonPart = (data) => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data }) });
const sendFax = (body, boundary) => api('PUT', `${acct()}/faxes`, { token, body, contentType: `multipart/mixed; boundary=${boundary}` });

const firstId = async (path) => (await api('GET', `${acct()}/${path}`, { token })).json.data[0].id;
const modern = {};
modern.blacklist = await createFor('blacklists', { name: 'scratch blacklist', numbers: { '+14155550666': {} } });
modern.blacklistGone = await createFor('blacklists', { name: 'to delete' });
modern.c2c = await createFor('clicktocall', { name: 'scratch c2c', extension: '1000' });
modern.c2cGone = await createFor('clicktocall', { name: 'to delete' });
modern.mapping = await createFor('crm_integration/mappings', { field: 'phone' });
modern.mappingGone = await createFor('crm_integration/mappings', { field: 'gone' });
modern.trigger = await createFor('crm_integration/triggers', { event: 'call_start' });
modern.triggerGone = await createFor('crm_integration/triggers', { event: 'gone' });
modern.directoryGone = await createFor('directories', { name: 'to delete' });
modern.external = await createFor('external_numbers', { number: '+14155550777' });
modern.externalGone = await createFor('external_numbers', { number: '+14155550778' });
modern.faxbox = await createFor('faxboxes', { name: 'scratch faxbox' });
modern.faxboxGone = await createFor('faxboxes', { name: 'to delete' });
modern.matchList = await createFor('match_lists', { name: 'scratch list' });
modern.matchListGone = await createFor('match_lists', { name: 'to delete' });
modern.mfa = await createFor('multi_factor', { name: 'scratch totp', provider: 'totp' });
modern.mfaGone = await createFor('multi_factor', { name: 'to delete' });
modern.queue = await createFor('qubicle_queues', { name: 'scratch queue' });
modern.queueGone = await createFor('qubicle_queues', { name: 'to delete' });
modern.skill = await createFor('qubicle_skills', { name: 'scratch skill' });
modern.skillGone = await createFor('qubicle_skills', { name: 'to delete' });
modern.box = await createFor('telexsmsboxes', { name: 'scratch sms box' });
modern.boxGone = await createFor('telexsmsboxes', { name: 'to delete' });
modern.set = await createFor('temporal_rules_sets', { name: 'scratch set' });
modern.setGone = await createFor('temporal_rules_sets', { name: 'to delete' });
modern.webhook = await createFor('webhooks', { name: 'scratch hook', uri: 'https://example.com/h', hook: 'channel_create' });
modern.webhookGone = await createFor('webhooks', { name: 'to delete', uri: 'https://example.com/d', hook: 'channel_destroy' });
modern.comment = await createFor(`port_requests/${SEED.portRequest}/comments`, { content: 'scratch comment' });
modern.commentGone = await createFor(`port_requests/${SEED.portRequest}/comments`, { content: 'to delete' });
modern.outbox = (await sendFax(multipart('scratch', [faxJsonPart({ to_number: '+14155550100' }), { headers: { 'Content-Type': 'application/pdf' }, body: pdf }]), 'scratch')).json.data.id;
modern.outboxGone = (await api('PUT', `${acct()}/faxes`, { token, body: json({ to_number: '+14155550101' }) })).json.data.id;
modern.taskInput = (await api('PUT', `${acct()}/tasks?category=users&action=add`, { token, body: json({ records: [{ first_name: 'Ada', last_name: 'L' }] }) })).json.data.id;
await api('PATCH', `${acct()}/tasks/${modern.taskInput}`, { token, body: json({}) });
modern.taskPending = (await api('PUT', `${acct()}/tasks?category=numbers&action=list`, { token, body: json({}) })).json.data.id;
modern.taskGone = (await api('PUT', `${acct()}/tasks?category=numbers&action=list`, { token, body: json({}) })).json.data.id;
modern.faxLog = await firstId('faxes/smtplog');
modern.securityAttempt = await firstId('security/attempts');
modern.mfaAttempt = await firstId('multi_factor/attempts');
modern.websocket = await firstId('websockets');
modern.participant = (await api('GET', `${acct()}/conferences/${SEED.conference}/participants`, { token })).json.data[0].participant_id;
await api('POST', `${acct()}/braintree/customer`, { token, body: json({ first_name: 'Admin', credit_cards: [{ id: 'card1', last_four: '1111' }] }) });
await api('PUT', 'auth/links/sandbox-idp-1', { token, body: json({ provider: 'sandbox' }) });
await api('POST', `${acct()}/metaflows`, { token, body: json({ binding_digit: '*' }) });
await api('POST', `${acct()}/security`, { token, body: json({ auth_modules: { cb_user_auth: { enabled: true } } }) });
await api('POST', `${acct()}/ips/192.0.2.12`, { token, body: json({}) });
await api('PUT', `${acct()}/apps_store/${DEFAULT_APPS[1].id}`, { token, body: json({ allowed_users: 'all' }) });
await api('PUT', `${acct()}/apps_store/${DEFAULT_APPS[1].id}/override`, { token, body: json({ label: 'Flows' }) });

const callId = md5('cdr:1').slice(0, 20);
/** Placeholder values of the modern table; an entry's own `params` win. */
const P = {
  accountId: A, appId: DEFAULT_APPS[0].id, auth_id: 'sandbox-idp-1', blacklistId: modern.blacklist, callId,
  callflowId: SEED.callflows.alice, cardId: 'card1', clickToCallId: modern.c2c, conferenceId: SEED.conference, participantId: modern.participant,
  endpoint: 'devices', mappingId: modern.mapping, triggerId: modern.trigger, queueId: modern.queue, searchValue: 'demo', accountName: 'demo',
  deviceId: SEED.devices.adminDesk, directoryId: SEED.directory, numberId: modern.external, faxboxId: modern.faxbox, faxId: modern.outbox,
  logId: modern.faxLog, ip: '192.0.2.11', zone: 'us-east', quantity: 2, ledgerId: 'per-minute-voip', id: SEED.ledger, modbSuffix: '202401',
  matchListId: modern.matchList, mfaId: modern.mfa, attemptId: modern.mfaAttempt, phoneNumber: SEED.numbers.spare, number: SEED.numbers.main,
  portRequestId: SEED.portRequest, commentId: modern.comment, state: 'unconfirmed', presenceId: '1000', sessionId: 's1',
  userId: SEED.users.alice, skillId: modern.skill, recordingId: SEED.recording, schemaId: 'users', planId: SEED.servicePlans.pro,
  taskId: modern.taskInput, category: 'numbers', action: 'list', boxId: modern.box, ruleId: SEED.temporalRule, setId: modern.set,
  voicemailId: SEED.vmbox, webhookId: SEED.webhook, websocketId: modern.websocket, domain: SEED.whitelabelDomain,
  notificationId: SEED.notification, token: null, // the token is filled in once known (below)
};
const faxPdfBody = multipart('kazoo-sdk-boundary', [faxJsonPart({ to_number: '+14155550100' }), { headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4 ascii only\n%%EOF' }]);
const PNG_URI = `data:image/png;base64,${SAMPLE_PNG.toString('base64')}`;

// [method, verb, template, options]: options.data (JSON data, default {} on PUT/POST/PATCH/DELETE as
// the SDK sends), options.raw + options.type (a raw body), options.params, options.noToken,
// options.accept, options.status (default 201 for PUT, 200 otherwise). DELETEs run after the rest.
const MODERN = [
  ['accessLists.get', 'GET', 'accounts/{accountId}/access_lists'],
  ['accessLists.update', 'POST', 'accounts/{accountId}/access_lists', { data: { order: 'deny,allow', cidrs: ['192.0.2.0/24'] } }],
  ['account.demote', 'DELETE', 'accounts/{accountId}/reseller'],
  ['account.listParents', 'GET', 'accounts/{accountId}/tree', { params: { accountId: CHILD } }],
  ['account.patch', 'PATCH', 'accounts/{accountId}', { data: { timezone: 'America/Chicago' } }],
  ['account.promote', 'PUT', 'accounts/{accountId}/reseller'],
  ['account.searchAll', 'GET', 'search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}'],
  ['account.searchByName', 'GET', 'search?t=account&q=name&v={accountName}'],
  ['alert.list', 'GET', 'accounts/{accountId}/alerts'],
  ['apiKey.create', 'PUT', 'accounts/{accountId}/api_key'],
  ['apiKey.get', 'GET', 'accounts/{accountId}/api_key'],
  ['appsStore.add', 'PUT', 'accounts/{accountId}/apps_store/{appId}', { data: { allowed_users: 'specific', users: [] } }],
  ['appsStore.createOverride', 'PUT', 'accounts/{accountId}/apps_store/{appId}/override', { data: { label: 'Phones' } }],
  ['appsStore.delete', 'DELETE', 'accounts/{accountId}/apps_store/{appId}', { params: { appId: DEFAULT_APPS[1].id } }],
  ['appsStore.deleteOverride', 'DELETE', 'accounts/{accountId}/apps_store/{appId}/override', { params: { appId: DEFAULT_APPS[1].id } }],
  ['appsStore.get', 'GET', 'accounts/{accountId}/apps_store/{appId}'],
  ['appsStore.getBlacklist', 'GET', 'accounts/{accountId}/apps_store/blacklist'],
  ['appsStore.getIcon', 'GET', 'accounts/{accountId}/apps_store/{appId}/icon', { accept: '*/*' }],
  ['appsStore.getOverride', 'GET', 'accounts/{accountId}/apps_store/{appId}/override'],
  ['appsStore.list', 'GET', 'accounts/{accountId}/apps_store'],
  ['appsStore.update', 'POST', 'accounts/{accountId}/apps_store/{appId}', { data: { allowed_users: 'all' } }],
  ['appsStore.updateBlacklist', 'POST', 'accounts/{accountId}/apps_store/blacklist', { data: { blacklist: [DEFAULT_APPS[2].id] } }],
  ['appsStore.updateIcon', 'POST', 'accounts/{accountId}/apps_store/{appId}/override/icon', { data: PNG_URI }],
  ['appsStore.updateOverride', 'POST', 'accounts/{accountId}/apps_store/{appId}/override', { data: { label: 'Phones 2' } }],
  ['auth.callback', 'PUT', 'auth/callback', { data: { provider: 'sandbox', code: 'xyz' }, noToken: true }],
  ['auth.get', 'GET', 'auth/tokeninfo?token={token}', { noToken: true }],
  ['auth.getLink', 'GET', 'accounts/{accountId}/auth/links/{auth_id}'],
  ['auth.impersonate', 'PUT', 'accounts/{accountId}/users/{userId}/user_auth'],
  ['auth.link', 'PUT', 'auth/links/{auth_id}', { data: { provider: 'sandbox' } }],
  ['auth.postTokenInfo', 'POST', 'auth/tokeninfo', { data: { token: null }, noToken: true }],
  ['auth.recovery', 'PUT', 'user_auth/recovery', { data: { username: 'admin', account_name: 'demo' }, noToken: true }],
  ['auth.recoveryResetId', 'POST', 'user_auth/recovery', { data: { reset_id: SEED.resetId }, noToken: true }],
  ['auth.unlink', 'DELETE', 'auth/links/{auth_id}'],
  ['billing.deleteCard', 'DELETE', 'accounts/{accountId}/braintree/cards/{cardId}'],
  ['billing.getToken', 'GET', 'accounts/{accountId}/braintree/client_token'],
  ['blacklist.create', 'PUT', 'accounts/{accountId}/blacklists', { data: { name: 'm blacklist' } }],
  ['blacklist.delete', 'DELETE', 'accounts/{accountId}/blacklists/{blacklistId}', { params: { blacklistId: modern.blacklistGone } }],
  ['blacklist.get', 'GET', 'accounts/{accountId}/blacklists/{blacklistId}'],
  ['blacklist.list', 'GET', 'accounts/{accountId}/blacklists'],
  ['blacklist.update', 'POST', 'accounts/{accountId}/blacklists/{blacklistId}', { data: { name: 'm blacklist 2' } }],
  ['callflow.patch', 'PATCH', 'accounts/{accountId}/callflows/{callflowId}', { data: { name: 'Alice' } }],
  ['callflow.searchByNameAndNumber', 'GET', 'accounts/{accountId}/search?t=callflow&q=name_and_number&v={value}', { params: { value: '100' } }],
  ['callflow.searchByNumber', 'GET', 'accounts/{accountId}/search?t=callflow&q=number&v={value}', { params: { value: '100' } }],
  ['cdrPushOnebill.get', 'GET', 'accounts/{accountId}/cdr_push_onebill'],
  ['cdrPushOnebill.post', 'POST', 'accounts/{accountId}/cdr_push_onebill', { data: { enabled: true } }],
  ['cdrs.listByInteraction', 'GET', 'accounts/{accountId}/cdrs/interaction'],
  ['cdrs.listByInteractionUser', 'GET', 'accounts/{accountId}/users/{userId}/cdrs/interaction'],
  ['cdrs.listByUser', 'GET', 'accounts/{accountId}/users/{userId}/cdrs'],
  ['cdrs.listLegs', 'GET', 'accounts/{accountId}/cdrs/legs/{callId}'],
  ['channel.action', 'PUT', 'accounts/{accountId}/channels/{callId}', { data: { action: 'hangup' }, params: { callId: md5('channel:1') } }],
  ['clickToCall.connect', 'POST', 'accounts/{accountId}/clicktocall/{clickToCallId}/connect', { data: { contact: '+14155550123' } }],
  ['clickToCall.create', 'PUT', 'accounts/{accountId}/clicktocall', { data: { name: 'm c2c' } }],
  ['clickToCall.delete', 'DELETE', 'accounts/{accountId}/clicktocall/{clickToCallId}', { params: { clickToCallId: modern.c2cGone } }],
  ['clickToCall.get', 'GET', 'accounts/{accountId}/clicktocall/{clickToCallId}'],
  ['clickToCall.list', 'GET', 'accounts/{accountId}/clicktocall'],
  ['clickToCall.update', 'POST', 'accounts/{accountId}/clicktocall/{clickToCallId}', { data: { name: 'm c2c 2' } }],
  ['conference.participantsAction', 'PUT', 'accounts/{accountId}/conferences/{conferenceId}/participants/{participantId}', { data: { action: 'mute' } }],
  ['conference.participantsBulkAction', 'PUT', 'accounts/{accountId}/conferences/{conferenceId}/participants', { data: { action: 'unmute' } }],
  ['conference.participantsList', 'GET', 'accounts/{accountId}/conferences/{conferenceId}/participants'],
  ['configs.get', 'GET', 'accounts/{accountId}/configs/{endpoint}'],
  ['contactList.get', 'GET', 'accounts/{accountId}/contact_list'],
  ['crm.createIntegration', 'PUT', 'accounts/{accountId}/crm_integration', { data: { provider: 'sandbox_crm' } }],
  ['crm.createMapping', 'PUT', 'accounts/{accountId}/crm_integration/mappings', { data: { field: 'email' } }],
  ['crm.createTrigger', 'PUT', 'accounts/{accountId}/crm_integration/triggers', { data: { event: 'call_end' } }],
  ['crm.deleteMapping', 'DELETE', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', { params: { mappingId: modern.mappingGone } }],
  ['crm.deleteTrigger', 'DELETE', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', { params: { triggerId: modern.triggerGone } }],
  ['crm.getCallLog', 'GET', 'accounts/{accountId}/crm_integration/call_logs'],
  ['crm.getIntegration', 'GET', 'accounts/{accountId}/crm_integration'],
  ['crm.getMapping', 'GET', 'accounts/{accountId}/crm_integration/mappings/{mappingId}'],
  ['crm.getTrigger', 'GET', 'accounts/{accountId}/crm_integration/triggers/{triggerId}'],
  ['crm.listMappings', 'GET', 'accounts/{accountId}/crm_integration/mappings'],
  ['crm.listTriggers', 'GET', 'accounts/{accountId}/crm_integration/triggers'],
  ['crm.patchMapping', 'PATCH', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', { data: { field: 'mobile' } }],
  ['crm.patchTrigger', 'PATCH', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', { data: { event: 'call_answer' } }],
  ['crm.updateMapping', 'POST', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', { data: { field: 'phone' } }],
  ['crm.updateTrigger', 'POST', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', { data: { event: 'call_start' } }],
  ['dashboards.getActivityLog', 'POST', 'accounts/{accountId}/dashboards/activity_log'],
  ['dashboards.getEnsureStarted', 'GET', 'accounts/{accountId}/dashboards/ensure_started'],
  ['dashboards.getQueueDetails', 'POST', 'accounts/{accountId}/dashboards/queue_details/{queueId}'],
  ['dashboards.getQueueOverview', 'POST', 'accounts/{accountId}/dashboards/queue_overview'],
  ['dashboards.getRecipientOverview', 'GET', 'accounts/{accountId}/dashboards/recipient_overview'],
  ['dashboards.getRecipientPerformance', 'GET', 'accounts/{accountId}/dashboards/recipient_performance'],
  ['desktop.getLinux', 'GET', 'accounts/{accountId}/desktop/linux'],
  ['desktop.getMac', 'GET', 'accounts/{accountId}/desktop/mac'],
  ['desktop.getWindows', 'GET', 'accounts/{accountId}/desktop/windows'],
  ['device.patch', 'PATCH', 'accounts/{accountId}/devices/{deviceId}', { data: { name: 'Admin Desk' } }],
  ['device.restart', 'POST', 'accounts/{accountId}/devices/{deviceId}/sync'],
  ['device.updatePresence', 'POST', 'accounts/{accountId}/devices/{deviceId}/presence', { data: { action: 'reset' } }],
  ['directory.delete', 'DELETE', 'accounts/{accountId}/directories/{directoryId}', { params: { directoryId: modern.directoryGone } }],
  ['directory.get', 'GET', 'accounts/{accountId}/directories/{directoryId}'],
  ['directory.update', 'POST', 'accounts/{accountId}/directories/{directoryId}', { data: { name: 'Company' } }],
  ['externalNumbers.create', 'PUT', 'accounts/{accountId}/external_numbers', { data: { number: '+14155550779' } }],
  ['externalNumbers.delete', 'DELETE', 'accounts/{accountId}/external_numbers/{numberId}', { params: { numberId: modern.externalGone } }],
  ['externalNumbers.get', 'GET', 'accounts/{accountId}/external_numbers/{numberId}'],
  ['externalNumbers.list', 'GET', 'accounts/{accountId}/external_numbers'],
  ['externalNumbers.submitPin', 'POST', 'accounts/{accountId}/external_numbers/{numberId}/verify', { data: { pin: '1234' } }],
  ['externalNumbers.verify', 'PUT', 'accounts/{accountId}/external_numbers/{numberId}/verify'],
  ['faxbox.create', 'PUT', 'accounts/{accountId}/faxboxes', { data: { name: 'm faxbox' } }],
  ['faxbox.delete', 'DELETE', 'accounts/{accountId}/faxboxes/{faxboxId}', { params: { faxboxId: modern.faxboxGone } }],
  ['faxbox.get', 'GET', 'accounts/{accountId}/faxboxes/{faxboxId}'],
  ['faxbox.list', 'GET', 'accounts/{accountId}/faxboxes'],
  ['faxbox.update', 'POST', 'accounts/{accountId}/faxboxes/{faxboxId}', { data: { name: 'm faxbox 2' } }],
  ['faxes.deleteInbound', 'DELETE', 'accounts/{accountId}/faxes/inbox/{faxId}', { params: { faxId: SEED.faxInbox } }],
  ['faxes.deleteOutbound', 'DELETE', 'accounts/{accountId}/faxes/outbox/{faxId}', { params: { faxId: modern.outboxGone } }],
  ['faxes.getAttachmentInbound', 'GET', 'accounts/{accountId}/faxes/inbox/{faxId}/attachment', { params: { faxId: SEED.faxInbox }, accept: '*/*' }],
  ['faxes.getAttachmentOutbound', 'GET', 'accounts/{accountId}/faxes/outbox/{faxId}/attachment', { accept: '*/*' }],
  ['faxes.getDetailsInbound', 'GET', 'accounts/{accountId}/faxes/inbox/{faxId}', { params: { faxId: SEED.faxInbox } }],
  ['faxes.getDetailsOutbound', 'GET', 'accounts/{accountId}/faxes/outbox/{faxId}'],
  ['faxes.getLogDetails', 'GET', 'accounts/{accountId}/faxes/smtplog/{logId}'],
  ['faxes.getLogs', 'GET', 'accounts/{accountId}/faxes/smtplog'],
  ['faxes.listInbound', 'GET', 'accounts/{accountId}/faxes/inbox'],
  ['faxes.listOutbound', 'GET', 'accounts/{accountId}/faxes/outbox'],
  ['faxes.send', 'PUT', 'accounts/{accountId}/faxes', { data: { to_number: '+14155550100', from_number: '+14155550101' } }],
  ['faxes.sendAsMultipart', 'PUT', 'accounts/{accountId}/faxes', { raw: faxPdfBody, type: 'multipart/mixed; boundary=kazoo-sdk-boundary' }],
  ['faxes.updateInbound', 'PUT', 'accounts/{accountId}/faxes/inbox/{faxId}', { data: { read: true }, params: { faxId: SEED.faxInbox }, status: 200 }],
  ['faxes.updateOutbound', 'PUT', 'accounts/{accountId}/faxes/outbox/{faxId}', { data: { retries: 1 }, status: 200 }],
  ['inspector.get', 'GET', 'accounts/{accountId}/call_inspector/{callId}'],
  ['inspector.list', 'GET', 'accounts/{accountId}/call_inspector'],
  ['ips.add', 'POST', 'accounts/{accountId}/ips/{ip}'],
  ['ips.delete', 'DELETE', 'accounts/{accountId}/ips/{ip}', { params: { ip: '192.0.2.12' } }],
  ['ips.list', 'GET', 'accounts/{accountId}/ips?zone={zone}&quantity={quantity}'],
  ['ips.listAssigned', 'GET', 'accounts/{accountId}/ips/assigned'],
  ['ips.listZones', 'GET', 'accounts/{accountId}/ips/zones'],
  ['ledgers.credit', 'PUT', 'accounts/{accountId}/ledgers/credit', { data: { amount: 5, description: 'gift' } }],
  ['ledgers.debit', 'PUT', 'accounts/{accountId}/ledgers/debit', { data: { amount: 2, description: 'fee' } }],
  ['ledgers.get', 'GET', 'accounts/{accountId}/ledgers/{ledgerId}'],
  ['ledgers.getDetails', 'GET', 'accounts/{accountId}/ledgers/{ledgerId}/{id}'],
  ['ledgers.list', 'GET', 'accounts/{accountId}/ledgers'],
  ['ledgers.listAvailable', 'GET', 'accounts/{accountId}/ledgers/available'],
  ['ledgers.summaryPerMonth', 'GET', 'accounts/{accountId}/ledgers/summary/{modbSuffix}'],
  ['ledgers.total', 'GET', 'accounts/{accountId}/ledgers/total'],
  ['matchList.create', 'PUT', 'accounts/{accountId}/match_lists', { data: { name: 'm list' } }],
  ['matchList.delete', 'DELETE', 'accounts/{accountId}/match_lists/{matchListId}', { params: { matchListId: modern.matchListGone } }],
  ['matchList.get', 'GET', 'accounts/{accountId}/match_lists/{matchListId}'],
  ['matchList.list', 'GET', 'accounts/{accountId}/match_lists/'],
  ['matchList.patch', 'PATCH', 'accounts/{accountId}/match_lists/{matchListId}', { data: { rules: [] } }],
  ['matchList.update', 'POST', 'accounts/{accountId}/match_lists/{matchListId}', { data: { name: 'm list 2' } }],
  ['metaflow.delete', 'DELETE', 'accounts/{accountId}/metaflows'],
  ['metaflow.get', 'GET', 'accounts/{accountId}/metaflows'],
  ['metaflow.update', 'POST', 'accounts/{accountId}/metaflows', { data: { binding_digit: '#' } }],
  ['multifactor.create', 'PUT', 'accounts/{accountId}/multi_factor', { data: { name: 'm totp' } }],
  ['multifactor.delete', 'DELETE', 'accounts/{accountId}/multi_factor/{mfaId}', { params: { mfaId: modern.mfaGone } }],
  ['multifactor.get', 'GET', 'accounts/{accountId}/multi_factor/{mfaId}'],
  ['multifactor.getAttempt', 'GET', 'accounts/{accountId}/multi_factor/attempts/{attemptId}'],
  ['multifactor.list', 'GET', 'accounts/{accountId}/multi_factor'],
  ['multifactor.listAttempts', 'GET', 'accounts/{accountId}/multi_factor/attempts'],
  ['multifactor.patch', 'PATCH', 'accounts/{accountId}/multi_factor/{mfaId}', { data: { enabled: false } }],
  ['multifactor.qrcode', 'PUT', 'multi_factor/qrcode'],
  ['multifactor.resetQrcode', 'PUT', 'multi_factor/reset_qrcode'],
  ['multifactor.update', 'POST', 'accounts/{accountId}/multi_factor/{mfaId}', { data: { name: 'm totp 2' } }],
  ['numbers.activateBlock', 'PUT', 'accounts/{accountId}/phone_numbers/collection/activate', { data: { numbers: ['+14155556201'] }, charges: true }],
  ['numbers.create', 'PUT', 'accounts/{accountId}/phone_numbers/{phoneNumber}', { params: { phoneNumber: '+14155556202' }, charges: true }],
  ['numbers.createBlock', 'PUT', 'accounts/{accountId}/phone_numbers/collection', { data: { numbers: ['+14155556203'] }, charges: true }],
  ['numbers.deleteBlock', 'DELETE', 'accounts/{accountId}/phone_numbers/collection', { data: { numbers: ['+14155556203'] } }],
  ['numbers.getCarrierInfo', 'GET', 'accounts/{accountId}/phone_numbers/carriers_info'],
  ['numbers.listAll', 'GET', 'accounts/{accountId}/phone_numbers'],
  ['numbers.matchClassifier', 'GET', 'accounts/{accountId}/phone_numbers/classifiers/{phoneNumber}'],
  ['numbers.patch', 'PATCH', 'accounts/{accountId}/phone_numbers/{phoneNumber}', { data: { cnam: { display_name: 'Demo' } } }],
  ['numbers.sync', 'POST', 'accounts/{accountId}/phone_numbers/fix'],
  ['numbers.syncOne', 'POST', 'accounts/{accountId}/phone_numbers/fix/{number}'],
  ['parkedCalls.list', 'GET', 'accounts/{accountId}/parked_calls'],
  ['pivot.getDebug', 'GET', 'accounts/{accountId}/pivot/debug/{callId}'],
  ['pivot.listDebug', 'GET', 'accounts/{accountId}/pivot/debug'],
  ['port.addComment', 'PUT', 'accounts/{accountId}/port_requests/{portRequestId}/comments', { data: { content: 'm comment' } }],
  ['port.deleteAllComments', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}/comments', { last: true }],
  ['port.deleteComment', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', { params: { commentId: modern.commentGone } }],
  ['port.getComment', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}'],
  ['port.getTimeline', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/timeline'],
  ['port.listByState', 'GET', 'accounts/{accountId}/port_requests/{state}'],
  ['port.listComments', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/comments'],
  ['port.listDescendantsByState', 'GET', 'accounts/{accountId}/descendants/port_requests/{state}'],
  ['port.listLastSubmitted', 'GET', 'accounts/{accountId}/port_requests/last_submitted'],
  ['port.listPortAuthority', 'GET', 'port_requests'],
  ['port.portabilityLookup', 'POST', 'accounts/{accountId}/port_requests/lnp_lookup', { data: { numbers: ['+14155550199'] } }],
  ['port.searchNumber', 'GET', 'accounts/{accountId}/port_requests?by_number={number}', { params: { number: '+14155550199' } }],
  ['port.searchNumberByDescendants', 'GET', 'accounts/{accountId}/descendants/port_requests?by_number={number}', { params: { number: '+14155550199' } }],
  ['port.updateComment', 'POST', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', { data: { content: 'edited' } }],
  ['presence.get', 'GET', 'accounts/{accountId}/presence/{presenceId}'],
  ['presence.list', 'GET', 'accounts/{accountId}/presence'],
  ['presence.update', 'POST', 'accounts/{accountId}/presence/{presenceId}', { data: { action: 'reset' } }],
  ['qubicleQueues.create', 'PUT', 'accounts/{accountId}/qubicle_queues', { data: { name: 'm queue' } }],
  ['qubicleQueues.delete', 'DELETE', 'accounts/{accountId}/qubicle_queues/{queueId}', { params: { queueId: modern.queueGone } }],
  ['qubicleQueues.deleteRecipients', 'DELETE', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients'],
  ['qubicleQueues.get', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}'],
  ['qubicleQueues.getEnsureStarted', 'GET', 'accounts/{accountId}/qubicle_queues/ensure_started'],
  ['qubicleQueues.getStatus', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}/status'],
  ['qubicleQueues.list', 'GET', 'accounts/{accountId}/qubicle_queues'],
  ['qubicleQueues.listAllRecipients', 'GET', 'accounts/{accountId}/qubicle_queues/recipients'],
  ['qubicleQueues.listRecipients', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients'],
  ['qubicleQueues.listStatus', 'GET', 'accounts/{accountId}/qubicle_queues/status'],
  ['qubicleQueues.patch', 'PATCH', 'accounts/{accountId}/qubicle_queues/{queueId}', { data: { strategy: 'round_robin' } }],
  ['qubicleQueues.update', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}', { data: { name: 'm queue 2' } }],
  ['qubicleQueues.updateRecipients', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients', { data: { recipients: [SEED.users.alice] } }],
  ['qubicleQueues.updateRoles', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/roles', { data: { supervisor: [SEED.users.admin] } }],
  ['qubicleQueues.updateSessions', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/sessions/{sessionId}', { data: { action: 'pause' } }],
  ['qubicleRecipients.get', 'GET', 'accounts/{accountId}/qubicle_recipients/{userId}'],
  ['qubicleRecipients.getQueueMembership', 'POST', 'accounts/{accountId}/qubicle_recipients/queue_membership', { data: { users: [SEED.users.alice] } }],
  ['qubicleRecipients.getStatus', 'GET', 'accounts/{accountId}/qubicle_recipients/{userId}/status'],
  ['qubicleRecipients.list', 'GET', 'accounts/{accountId}/qubicle_recipients'],
  ['qubicleRecipients.listStatus', 'POST', 'accounts/{accountId}/qubicle_recipients/status'],
  ['qubicleRecipients.update', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}', { data: { max_active_sessions: 2 } }],
  ['qubicleRecipients.updateDisable', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/disable'],
  ['qubicleRecipients.updateEnable', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/enable'],
  ['qubicleRecipients.updateRoles', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/roles', { data: { roles: ['agent'] } }],
  ['qubicleRecipients.updateState', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}', { data: { state: 'ready' } }],
  ['qubicleRecipients.updateStatus', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/status', { data: { status: 'ready' } }],
  ['qubicleReports.get', 'POST', 'accounts/{accountId}/qubicle_reports', { data: { report: 'daily' } }],
  ['qubicleRoles.list', 'GET', 'accounts/{accountId}/qubicle_roles'],
  ['qubicleSkills.create', 'PUT', 'accounts/{accountId}/qubicle_skills', { data: { name: 'm skill' } }],
  ['qubicleSkills.delete', 'DELETE', 'accounts/{accountId}/qubicle_skills/{skillId}', { params: { skillId: modern.skillGone } }],
  ['qubicleSkills.list', 'GET', 'accounts/{accountId}/qubicle_skills'],
  ['qubicleSkills.patch', 'PATCH', 'accounts/{accountId}/qubicle_skills/{skillId}', { data: { level: 2 } }],
  ['qubicleSkills.update', 'POST', 'accounts/{accountId}/qubicle_skills/{skillId}', { data: { name: 'm skill 2' } }],
  ['recordings.delete', 'DELETE', 'accounts/{accountId}/recordings/{recordingId}'],
  ['recordings.get', 'GET', 'accounts/{accountId}/recordings/{recordingId}'],
  ['recordings.list', 'GET', 'accounts/{accountId}/recordings'],
  ['registrations.list', 'GET', 'accounts/{accountId}/registrations'],
  ['schemas.get', 'GET', 'schemas/{schemaId}'],
  ['schemas.list', 'GET', 'schemas'],
  ['security.create', 'PUT', 'accounts/{accountId}/security', { data: { auth_modules: {} } }],
  ['security.delete', 'DELETE', 'accounts/{accountId}/security'],
  ['security.get', 'GET', 'accounts/{accountId}/security'],
  ['security.getAttempt', 'GET', 'accounts/{accountId}/security/attempts/{attemptId}', { params: { attemptId: modern.securityAttempt } }],
  ['security.listAttempts', 'GET', 'accounts/{accountId}/security/attempts'],
  ['security.listModules', 'GET', 'security'],
  ['security.update', 'POST', 'accounts/{accountId}/security', { data: { auth_modules: { cb_api_auth: { enabled: false } } } }],
  ['servicePlan.addMany', 'POST', 'accounts/{accountId}/service_plans/', { data: { add: [SEED.servicePlans.pro] } }],
  ['servicePlan.addManyOverrides', 'POST', 'accounts/{accountId}/service_plans/override', { data: { overrides: { [SEED.servicePlans.pro]: { devices: { sip_device: { rate: 2 } } } } } }],
  ['servicePlan.create', 'PUT', 'accounts/{accountId}/service_plans', { data: { name: 'm plan' } }],
  ['servicePlan.getAvailable', 'GET', 'accounts/{accountId}/service_plans/available/{planId}'],
  ['servicePlan.getCsv', 'GET', 'accounts/{accountId}/service_plans/current?depth=4&identifier=items&accept=csv'],
  ['servicePlan.listAvailable', 'GET', 'accounts/{accountId}/service_plans/available'],
  ['servicePlan.removeMany', 'DELETE', 'accounts/{accountId}/service_plans/', { data: { delete: [SEED.servicePlans.pro] } }],
  ['servicePlan.update', 'POST', 'accounts/{accountId}/service_plans/{planId}'],
  ['services.bulkChange', 'POST', 'accounts/{accountId}/services/', { data: { devices: { sip_device: 1 } } }],
  ['services.getAuditSummary', 'GET', 'accounts/{accountId}/services/audit_summary'],
  ['services.getSummary', 'GET', 'accounts/{accountId}/services/summary'],
  ['services.listAssigned', 'GET', 'accounts/{accountId}/services'],
  ['services.listAvailable', 'GET', 'accounts/{accountId}/services/available'],
  ['services.listEditable', 'GET', 'accounts/{accountId}/services/editable'],
  ['services.listOverrides', 'GET', 'accounts/{accountId}/services/overrides'],
  ['services.quote', 'POST', 'accounts/{accountId}/services/quote', { data: { devices: { sip_device: 3 } } }],
  ['services.topup', 'POST', 'accounts/{accountId}/services/topup', { data: { amount: 20 } }],
  ['services.updateManualQuantities', 'POST', 'accounts/{accountId}/services/manual', { data: { support: { hours: 2 } } }],
  ['slackIntegration.get', 'GET', 'accounts/{accountId}/slack_integration'],
  ['slackIntegration.listUsers', 'GET', 'accounts/{accountId}/slack_integration/user_listing'],
  ['smtpLogs.get', 'GET', 'accounts/{accountId}/notifications/smtplog/{logId}', { params: { logId: SEED.smtpLog } }],
  ['smtpLogs.list', 'GET', 'accounts/{accountId}/notifications/smtplog'],
  ['storage.add', 'PUT', 'accounts/{accountId}/storage', { data: { attachments: {} } }],
  ['storage.get', 'GET', 'accounts/{accountId}/storage'],
  ['storage.patch', 'PATCH', 'accounts/{accountId}/storage', { data: { plan: {} } }],
  ['storage.update', 'POST', 'accounts/{accountId}/storage', { data: { attachments: {} } }],
  ['system.about', 'GET', 'about'],
  ['system.dialplans', 'GET', 'accounts/{accountId}/dialplans'],
  ['tasks.add', 'PUT', 'accounts/{accountId}/tasks?category={category}&action={action}'],
  ['tasks.delete', 'DELETE', 'accounts/{accountId}/tasks/{taskId}', { params: { taskId: modern.taskGone } }],
  ['tasks.get', 'GET', 'accounts/{accountId}/tasks/{taskId}'],
  ['tasks.getInput', 'GET', 'accounts/{accountId}/tasks/{taskId}/input', { accept: 'text/csv' }],
  ['tasks.getOutput', 'GET', 'accounts/{accountId}/tasks/{taskId}/output', { accept: 'text/csv' }],
  ['tasks.list', 'GET', 'accounts/{accountId}/tasks'],
  ['tasks.start', 'PATCH', 'accounts/{accountId}/tasks/{taskId}', { params: { taskId: modern.taskPending } }],
  ['tasks.stop', 'PATCH', 'accounts/{accountId}/tasks/{taskId}/stop'],
  ['tasks.summary', 'GET', 'tasks'],
  ['telexsmsboxes.create', 'PUT', 'accounts/{accountId}/telexsmsboxes', { data: { name: 'm box' } }],
  ['telexsmsboxes.delete', 'DELETE', 'accounts/{accountId}/telexsmsboxes/{boxId}', { params: { boxId: modern.boxGone } }],
  ['telexsmsboxes.list', 'GET', 'accounts/{accountId}/telexsmsboxes'],
  ['telexsmsboxes.update', 'POST', 'accounts/{accountId}/telexsmsboxes/{boxId}', { data: { name: 'm box 2' } }],
  ['temporalRule.patch', 'PATCH', 'accounts/{accountId}/temporal_rules/{ruleId}', { data: { interval: 2 } }],
  ['temporalSet.create', 'PUT', 'accounts/{accountId}/temporal_rules_sets', { data: { name: 'm set' } }],
  ['temporalSet.delete', 'DELETE', 'accounts/{accountId}/temporal_rules_sets/{setId}', { params: { setId: modern.setGone } }],
  ['temporalSet.get', 'GET', 'accounts/{accountId}/temporal_rules_sets/{setId}'],
  ['temporalSet.list', 'GET', 'accounts/{accountId}/temporal_rules_sets'],
  ['temporalSet.update', 'POST', 'accounts/{accountId}/temporal_rules_sets/{setId}', { data: { name: 'm set 2' } }],
  ['transactions.list', 'GET', 'accounts/{accountId}/transactions'],
  ['trunkingio.get', 'GET', 'accounts/{accountId}/trunkingio_settings'],
  ['trunkingio.getCheck', 'GET', 'accounts/{accountId}/trunkingio_settings/check'],
  ['user.hotdesks', 'GET', 'accounts/{accountId}/users/{userId}/hotdesks'],
  ['user.listDevices', 'GET', 'accounts/{accountId}/users/{userId}/devices'],
  ['user.listUsersWithChat', 'GET', 'accounts/{accountId}/users/getstream'],
  ['user.patch', 'PATCH', 'accounts/{accountId}/users/{userId}', { data: { timezone: 'Europe/Paris' } }],
  ['user.updateChatStatus', 'PATCH', 'accounts/{accountId}/users/{userId}/getstream', { data: { status: 'online' } }],
  ['user.updatePresence', 'POST', 'accounts/{accountId}/users/{userId}/presence', { data: { action: 'reset' } }],
  ['voicemail.deleteMessages', 'DELETE', 'accounts/{accountId}/vmboxes/{voicemailId}/messages'],
  ['voicemail.listMessages', 'GET', 'accounts/{accountId}/vmboxes/{voicemailId}/messages'],
  ['voicemail.patch', 'PATCH', 'accounts/{accountId}/vmboxes/{voicemailId}', { data: { pin: '1111' } }],
  ['voicemail.updateMessages', 'POST', 'accounts/{accountId}/vmboxes/{voicemailId}/messages', { data: { folder: 'saved' } }],
  ['webhooks.create', 'PUT', 'accounts/{accountId}/webhooks', { data: { name: 'm hook', uri: 'https://example.com/m', hook: 'doc_created' } }],
  ['webhooks.delete', 'DELETE', 'accounts/{accountId}/webhooks/{webhookId}', { params: { webhookId: modern.webhookGone } }],
  ['webhooks.get', 'GET', 'accounts/{accountId}/webhooks/{webhookId}'],
  ['webhooks.list', 'GET', 'accounts/{accountId}/webhooks'],
  ['webhooks.listAccountAttempts', 'GET', 'accounts/{accountId}/webhooks/attempts'],
  ['webhooks.listAttempts', 'GET', 'accounts/{accountId}/webhooks/{webhookId}/attempts'],
  ['webhooks.listAvailable', 'GET', 'webhooks'],
  ['webhooks.patch', 'PATCH', 'accounts/{accountId}/webhooks/{webhookId}', { data: { enabled: false } }],
  ['webhooks.patchAll', 'PATCH', 'accounts/{accountId}/webhooks', { data: { enabled: true } }],
  ['webhooks.update', 'POST', 'accounts/{accountId}/webhooks/{webhookId}', { data: { name: 'Call events', uri: 'https://hooks.example.com/calls', hook: 'channel_create' } }],
  ['websockets.list', 'GET', 'accounts/{accountId}/websockets'],
  ['websockets.listBindings', 'GET', 'accounts/{accountId}/websockets/{websocketId}'],
  ['websockets.listEvents', 'GET', 'websockets'],
  ['whitelabel.create', 'PUT', 'accounts/{accountId}/whitelabel', { data: { domain: SEED.whitelabelDomain, company_name: 'Demo Inc' } }],
  ['whitelabel.delete', 'DELETE', 'accounts/{accountId}/whitelabel', { last: true }],
  ['whitelabel.deleteNotification', 'DELETE', 'accounts/{accountId}/notifications/{notificationId}'],
  ['whitelabel.getByDomain', 'GET', 'whitelabel/{domain}', { noToken: true }],
  ['whitelabel.getIcon', 'GET', 'accounts/{accountId}/whitelabel/icon', { accept: '*/*' }],
  ['whitelabel.getIconByDomain', 'GET', 'whitelabel/{domain}/icon', { noToken: true, accept: '*/*' }],
  ['whitelabel.getLogoByDomain', 'GET', 'whitelabel/{domain}/logo', { noToken: true, accept: '*/*' }],
  ['whitelabel.getNotification', 'GET', 'accounts/{accountId}/notifications/{notificationId}'],
  ['whitelabel.getNotificationHtml', 'GET', 'accounts/{accountId}/notifications/{notificationId}', { accept: 'text/html' }],
  ['whitelabel.getNotificationText', 'GET', 'accounts/{accountId}/notifications/{notificationId}', { accept: 'text/plain' }],
  ['whitelabel.getSystemNotification', 'GET', 'notifications/{notificationId}'],
  ['whitelabel.getSystemNotificationHtml', 'GET', 'notifications/{notificationId}', { accept: 'text/html' }],
  ['whitelabel.getSystemNotificationText', 'GET', 'notifications/{notificationId}', { accept: 'text/plain' }],
  ['whitelabel.getWelcome', 'GET', 'accounts/{accountId}/whitelabel/welcome', { accept: 'text/html' }],
  ['whitelabel.getWelcomeByDomain', 'GET', 'whitelabel/{domain}/welcome', { noToken: true, accept: 'text/html' }],
  ['whitelabel.listNotifications', 'GET', 'accounts/{accountId}/notifications'],
  ['whitelabel.previewNotification', 'POST', 'accounts/{accountId}/notifications/{notificationId}/preview', { data: { caller_id: { name: 'Ada' } } }],
  ['whitelabel.update', 'POST', 'accounts/{accountId}/whitelabel', { data: { domain: SEED.whitelabelDomain, company_name: 'Demo Inc.' } }],
  ['whitelabel.updateIcon', 'POST', 'accounts/{accountId}/whitelabel/icon', { raw: PNG_URI, type: 'application/x-base64' }],
  ['whitelabel.updateLogo', 'POST', 'accounts/{accountId}/whitelabel/logo', { raw: PNG_URI, type: 'application/x-base64' }],
  ['whitelabel.updateNotification', 'POST', 'accounts/{accountId}/notifications/{notificationId}', { data: { subject: 'Voicemail!' } }],
  ['whitelabel.updateNotificationHtml', 'POST', 'accounts/{accountId}/notifications/{notificationId}', { raw: '<p>{{caller_id.name}}</p>', type: 'text/html', accept: 'text/html' }],
  ['whitelabel.updateNotificationText', 'POST', 'accounts/{accountId}/notifications/{notificationId}', { raw: '{{caller_id.name}}', type: 'text/plain', accept: 'text/plain' }],
  ['whitelabel.updateWelcome', 'POST', 'accounts/{accountId}/whitelabel/welcome', { raw: '<h1>Hello</h1>', type: 'text/html', accept: 'text/html' }],
];

/** `{name}` -> encodeURIComponent(value), in the path and in its query part. */
function fillTemplate(template, params) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => {
    if (params[name] === undefined || params[name] === null) throw new Error(`no value for {${name}}`);
    return enc(String(params[name]));
  });
}

await test('the modern table covers the 323 methods Monster-UI applications call today, once', () => {
  const names = MODERN.map(([name]) => name);
  assert.equal(new Set(names).size, names.length, 'no duplicates');
  assert.equal(names.length, 323);
});
P.token = token;
// DELETEs after everything else (they remove what other entries read), `last` ones at the very end.
const modernOrder = [...MODERN].sort((a, b) => {
  const rank = ([, verb, , opts = {}]) => (opts.last ? 2 : verb === 'DELETE' ? 1 : 0);
  return rank(a) - rank(b);
});
for (const [name, verb, template, opts = {}] of modernOrder) {
  await test(`${name}: ${verb} ${template}`, async () => {
    const path = fillTemplate(template, { ...P, ...(opts.params || {}) });
    let body = opts.raw;
    let contentType = opts.type;
    if (body === undefined && verb !== 'GET') {
      body = { data: opts.data === undefined ? {} : opts.data, ...(opts.charges ? { accept_charges: true } : {}) };
      if (name === 'auth.postTokenInfo') body.data = { token };
    }
    const headers = opts.accept ? { Accept: opts.accept } : {};
    const res = await api(verb, path, { token: opts.noToken ? undefined : token, body, contentType, headers });
    assert.equal(res.status, opts.status || (verb === 'PUT' ? 201 : 200), `status ${res.status} ${res.text.slice(0, 300)}`);
    const type = res.headers.get('content-type') || '';
    if (type.startsWith('application/json')) assert.equal(res.json.status, 'success');
    else assert.ok(opts.accept && opts.accept !== 'application/json', `a ${type} answer to a JSON request`);
  });
}

// ----- modern endpoints: behaviour ------------------------------------------------------------------

// The table above deleted seeded documents (inbox fax, whitelabel, recordings): start again.
await api('POST', '__sandbox/reset-store');

// multipart parsing, on the parser itself
await test('parseMultipart keeps every byte of a part, near-misses of the boundary included', () => {
  const boundary = `b-${randomBytes(8).toString('hex')}`;
  // Every byte value, a line holding all of the boundary but its last character, a bare `--` line.
  const binary = Buffer.concat([Buffer.from([...Array(256).keys()]), Buffer.from(`\r\n--${boundary.slice(0, -1)}\r\n`), Buffer.from('\r\n--\r\n-- \r\n\r\n')]);
  const body = multipart(boundary, [
    { headers: { 'Content-Type': 'application/json', 'X-Extra': 'one' }, body: '{"data":{"to_number":"+1"}}' },
    { headers: { 'Content-Type': 'application/octet-stream' }, body: binary },
  ], { preamble: 'This is a preamble.', epilogue: 'an epilogue\r\n' });
  const parts = parseMultipart(body, boundary);
  assert.equal(parts.length, 2);
  assert.equal(parts[0].headers['content-type'], 'application/json');
  assert.equal(parts[0].headers['x-extra'], 'one');
  assert.equal(parts[0].body.toString(), '{"data":{"to_number":"+1"}}');
  assert.ok(parts[1].body.equals(binary), 'binary part intact');
});
await test('parseMultipart: a part without headers, a folded header, transport padding', () => {
  const body = Buffer.from('--B  \r\n\r\nno headers\r\n--B\r\nX-Long: first\r\n  second\r\n\r\n\r\n--B--');
  const parts = parseMultipart(body, 'B');
  assert.equal(parts[0].body.toString(), 'no headers');
  assert.equal(Object.keys(parts[0].headers).length, 0);
  assert.equal(parts[1].headers['x-long'], 'first second');
  assert.equal(parts[1].body.length, 0, 'an empty body');
});
await test('parseMultipart rejects malformed bodies with a reason', () => {
  const cases = [
    ['no first boundary', 'hello\r\n--C\r\n\r\nx\r\n--C--', 'A'],
    ['no closing boundary', '--A\r\nContent-Type: text/plain\r\n\r\nbody without end', 'A'],
    ['no blank line after the headers', '--A\r\nContent-Type: text/plain\r\n--A--', 'A'],
    ['a header line without colon', '--A\r\nnot a header\r\n\r\nx\r\n--A--', 'A'],
    ['garbage after a boundary', '--Agarbage\r\n\r\nx\r\n--A--', 'A'],
    ['no part at all', '--A--\r\n', 'A'],
  ];
  for (const [what, text, boundary] of cases) {
    assert.throws(() => parseMultipart(Buffer.from(text), boundary), MultipartError, what);
  }
});
await test('boundaryOf reads quoted and plain boundaries and refuses bad ones', () => {
  assert.equal(boundaryOf('multipart/mixed; boundary=kazoo-sdk-boundary'), 'kazoo-sdk-boundary');
  assert.equal(boundaryOf('multipart/mixed; charset=x; BOUNDARY="a b;c"'), 'a b;c');
  assert.equal(boundaryOf('multipart/mixed'), null);
  assert.equal(boundaryOf('multipart/mixed; boundary='), null);
  assert.equal(boundaryOf('multipart/mixed; boundary="open'), null);
  assert.equal(boundaryOf(`multipart/mixed; boundary=${'x'.repeat(71)}`), null);
});

// faxes over HTTP
const outbox = `${acct()}/faxes/outbox`;
await test('multipart fax: stored in the outbox, its document served back byte for byte', async () => {
  const boundary = `fax-${randomBytes(6).toString('hex')}`;
  const document = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([...Array(256).keys()]), Buffer.from(`\r\n--${boundary.slice(0, -2)}\r\n%%EOF`)]);
  const res = await sendFax(multipart(boundary, [
    faxJsonPart({ to_number: '+14155550100', from_number: '+14155550101', id: 'client-chosen', pvt_x: 1 }),
    { headers: { 'Content-Type': 'application/pdf' }, body: document },
  ]), boundary);
  assertSuccess(res, 201);
  const fax = res.json.data;
  assert.match(fax.id, /^[0-9a-f]{32}$/, 'a server id');
  assert.equal(res.headers.get('location'), `/v2/accounts/${A}/faxes/outbox/${fax.id}`);
  assert.equal(fax.to_number, '+14155550100');
  assert.equal(fax.folder, 'outbox');
  assert.equal(fax.pvt_x, undefined);
  assert.deepEqual(fax.document, { content_type: 'application/pdf', length: document.length });
  const listed = await api('GET', outbox, { token });
  assert.ok(listed.json.data.some((doc) => doc.id === fax.id), 'listed');
  assertSuccess(await api('GET', `${outbox}/${fax.id}`, { token }));
  const file = await api('GET', `${outbox}/${fax.id}/attachment`, { token, headers: { Accept: '*/*' } });
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.equal(Number(file.headers.get('content-length')), document.length);
  assert.ok(file.buffer.equals(document), 'the same bytes');
});
await test('multipart fax: the JSON part may be the document itself; the file keeps its Content-Type', async () => {
  const res = await sendFax(multipart('X', [
    { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ to_number: '+14155550102' }) },
    { headers: { 'Content-Type': 'image/tiff; name="page.tif"' }, body: 'II*\0tiff' },
  ]), 'X');
  assertSuccess(res, 201);
  assert.equal(res.json.data.to_number, '+14155550102');
  const file = await api('GET', `${outbox}/${res.json.data.id}/attachment`, { token });
  assert.equal(file.headers.get('content-type'), 'image/tiff; name="page.tif"');
  assert.equal(file.text, 'II*\0tiff');
});
await test('malformed multipart answers 400 with a Crossbar error and creates nothing', async () => {
  const before = (await api('GET', `${outbox}?paginate=false`, { token })).json.data.length;
  const pdfPart = { headers: { 'Content-Type': 'application/pdf' }, body: '%PDF' };
  const cases = [
    ['no boundary parameter', multipart('Z', [faxJsonPart({ to_number: '1' }), pdfPart]), 'multipart/mixed'],
    ['another boundary', multipart('Z', [faxJsonPart({ to_number: '1' }), pdfPart]), 'multipart/mixed; boundary=Y'],
    ['truncated', multipart('Z', [faxJsonPart({ to_number: '1' }), pdfPart]).subarray(0, 60), 'multipart/mixed; boundary=Z'],
    ['no JSON part', multipart('Z', [pdfPart]), 'multipart/mixed; boundary=Z'],
    ['invalid JSON', multipart('Z', [{ headers: { 'Content-Type': 'application/json' }, body: '{"data":' }, pdfPart]), 'multipart/mixed; boundary=Z'],
    ['two files', multipart('Z', [faxJsonPart({ to_number: '1' }), pdfPart, pdfPart]), 'multipart/mixed; boundary=Z'],
  ];
  for (const [what, body, contentType] of cases) {
    const res = await api('PUT', `${acct()}/faxes`, { token, body, contentType });
    assertError(res, 400, 'parse_error');
    assert.match(res.json.data.message, /^malformed multipart body: /, what);
  }
  const missing = await sendFax(multipart('Z', [faxJsonPart({ from_number: '1' }), pdfPart]), 'Z');
  assertError(missing, 400, 'validation error');
  assert.ok(missing.json.data.to_number.required);
  assert.equal((await api('GET', `${outbox}?paginate=false`, { token })).json.data.length, before);
});
await test('JSON fax: an outbox fax without a file (its attachment 404)', async () => {
  const res = await api('PUT', `${acct()}/faxes`, { token, body: json({ to_number: '+14155550103' }) });
  assertSuccess(res, 201);
  assertError(await api('GET', `${outbox}/${res.json.data.id}/attachment`, { token }), 404, 'bad_identifier');
});
await test('a deleted outbox fax takes its file with it', async () => {
  const made = await sendFax(multipart('D', [faxJsonPart({ to_number: '+1415555' }), { headers: { 'Content-Type': 'text/plain' }, body: 'page' }]), 'D');
  const id = made.json.data.id;
  const gone = await api('DELETE', `${outbox}/${id}`, { token, body: json({}) });
  assert.deepEqual(gone.json.data._read_only, { deleted: true });
  assertError(await api('GET', `${outbox}/${id}`, { token }), 404);
  assertError(await api('GET', `${outbox}/${id}/attachment`, { token }), 404);
});
await test('the seeded inbox fax lists, reads and serves its PDF', async () => {
  const inbox = `${acct()}/faxes/inbox`;
  assert.ok((await api('GET', inbox, { token })).json.data.some((doc) => doc.id === SEED.faxInbox));
  assert.equal((await api('GET', `${inbox}/${SEED.faxInbox}`, { token })).json.data.from_number, '+14155550188');
  const file = await api('GET', `${inbox}/${SEED.faxInbox}/attachment`, { token });
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.equal(file.buffer.subarray(0, 5).toString(), '%PDF-');
});
await test('faxes need a token and an account of the token\'s tree', async () => {
  assertError(await api('GET', outbox), 401, 'invalid_credentials');
  assertError(await api('GET', `${acct()}/faxes/outbox`, { token: childToken }), 403, 'forbidden');
});

// binary documents
await test('whitelabel icon: a base64 upload is served back byte for byte, with its type and length', async () => {
  const bytes = Buffer.concat([Buffer.from([0, 0, 1, 0]), randomBytes(300), Buffer.from([0xff, 0x00, 0x0d, 0x0a])]);
  const saved = await api('POST', `${acct()}/whitelabel/icon`, { token, body: `data:image/x-icon;base64,${bytes.toString('base64')}`, contentType: 'application/x-base64' });
  assertSuccess(saved);
  assert.deepEqual(saved.json.data, { content_type: 'image/x-icon', length: bytes.length });
  for (const res of [await api('GET', `${acct()}/whitelabel/icon`, { token }), await api('GET', `whitelabel/${SEED.whitelabelDomain}/icon`)]) {
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/x-icon');
    assert.equal(Number(res.headers.get('content-length')), bytes.length);
    assert.ok(res.buffer.equals(bytes));
  }
});
await test('whitelabel logo: an upload replaces what whitelabel/{domain}/logo serves', async () => {
  const bytes = Buffer.concat([SAMPLE_PNG, randomBytes(64)]);
  assertSuccess(await api('POST', `${acct()}/whitelabel/logo`, { token, body: `data:image/png;base64,${bytes.toString('base64')}`, contentType: 'application/x-base64' }));
  const logo = await api('GET', `whitelabel/${SEED.whitelabelDomain}/logo`);
  assert.ok(logo.buffer.equals(bytes));
  assertError(await api('GET', 'whitelabel/unknown.example/icon'), 404, 'bad_identifier');
});
await test('apps_store icon: a PNG by default, the account\'s override once uploaded; unknown apps 404', async () => {
  const icon = `${acct()}/apps_store/${DEFAULT_APPS[0].id}/icon`;
  const first = await api('GET', icon, { token });
  assert.equal(first.headers.get('content-type'), 'image/png');
  assert.ok(first.buffer.equals(SAMPLE_PNG));
  const mine = randomBytes(50);
  assertSuccess(await api('POST', `${acct()}/apps_store/${DEFAULT_APPS[0].id}/override/icon`, { token, body: json(`data:image/webp;base64,${mine.toString('base64')}`) }));
  const second = await api('GET', icon, { token });
  assert.equal(second.headers.get('content-type'), 'image/webp');
  assert.ok(second.buffer.equals(mine));
  assertError(await api('GET', `${acct()}/apps_store/nope/icon`, { token }), 404, 'bad_identifier');
});

// text documents
const notification = `${acct()}/notifications/${SEED.notification}`;
await test('notification templates: POST text/html, GET with Accept text/html answers the same string', async () => {
  const system = await api('GET', notification, { token, headers: { Accept: 'text/html' } });
  assert.match(system.text, /new voicemail/);
  const html = '<p>Voicemail from {{caller_id.name}} — «ünïcode» &amp; more</p>\n';
  const saved = await api('POST', notification, { token, body: html, contentType: 'text/html', headers: { Accept: 'text/html' } });
  assertSuccess(saved);
  assert.equal(saved.json.data.templates['text/html'].length, Buffer.byteLength(html));
  const got = await api('GET', notification, { token, headers: { Accept: 'text/html' } });
  assert.equal(got.status, 200);
  assert.match(got.headers.get('content-type'), /^text\/html/);
  assert.equal(got.text, html);
  const text = await api('GET', notification, { token, headers: { Accept: 'text/plain' } });
  assert.match(text.headers.get('content-type'), /^text\/plain/);
  assert.equal(text.text, 'You have a new voicemail from {{caller_id.name}} ({{caller_id.number}}).', 'the text template is the system one still');
});
await test('notification JSON: the document (account_overridden), metadata updates, DELETE falls back to the system', async () => {
  const doc = await api('GET', notification, { token });
  assertSuccess(doc);
  assert.equal(doc.json.data.account_overridden, true);
  assert.equal(doc.json.data.pvt_templates, undefined);
  assertSuccess(await api('POST', notification, { token, body: json({ subject: 'Custom subject', enabled: true }) }));
  const after = await api('GET', notification, { token });
  assert.equal(after.json.data.subject, 'Custom subject');
  assert.equal((await api('GET', notification, { token, headers: { Accept: 'text/html' } })).text.includes('ünïcode'), true, 'the template survives a JSON update');
  const system = await api('GET', `notifications/${SEED.notification}`, { token, headers: { Accept: 'text/html' } });
  assert.doesNotMatch(system.text, /ünïcode/, 'the system template is untouched');
  assertSuccess(await api('DELETE', notification, { token, body: json({}) }));
  const back = await api('GET', notification, { token });
  assert.equal(back.json.data.account_overridden, false);
  assertError(await api('DELETE', notification, { token, body: json({}) }), 404);
  assertError(await api('GET', `${acct()}/notifications/no_such_one`, { token }), 404, 'bad_identifier');
  const listed = await api('GET', `${acct()}/notifications`, { token });
  assert.ok(listed.json.data.some((entry) => entry.id === SEED.notification));
});
await test('notification preview renders {{paths}} with the data given', async () => {
  const res = await api('POST', `${notification}/preview`, { token, body: json({ caller_id: { name: 'Ada', number: '1001' } }) });
  assert.equal(res.json.data['text/plain'], 'You have a new voicemail from Ada (1001).');
});
await test('whitelabel welcome: POST text/html, served back by account and by domain', async () => {
  const page = '<h1>Bienvenue</h1>\n<p>«Demo»</p>';
  assertSuccess(await api('POST', `${acct()}/whitelabel/welcome`, { token, body: page, contentType: 'text/html' }));
  for (const res of [
    await api('GET', `${acct()}/whitelabel/welcome`, { token, headers: { Accept: 'text/html' } }),
    await api('GET', `whitelabel/${SEED.whitelabelDomain}/welcome`, { headers: { Accept: 'text/html' } }),
  ]) {
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.equal(res.text, page);
  }
});
await test('whitelabel DELETE also removes the logo, icon and welcome page', async () => {
  assertSuccess(await api('DELETE', `${acct()}/whitelabel`, { token, body: json({}) }));
  for (const name of ['logo', 'icon', 'welcome']) assertError(await api('GET', `${acct()}/whitelabel/${name}`, { token }), 404);
  assertSuccess(await api('POST', '__sandbox/reset-store'));
});
await test('tasks: CSV in, CSV out (quoted fields survive), started once', async () => {
  const csv = 'first_name,last_name\r\n"Ada, Countess",Lovelace\r\n"Grace ""Amazing""","Hopper\r\nNavy"\r\n';
  const made = await api('PUT', `${acct()}/tasks?category=users&action=add`, { token, body: csv, contentType: 'text/csv' });
  assertSuccess(made, 201);
  assert.equal(made.json.data.total_count, 2);
  assert.equal(made.json.data.status, 'pending');
  const task = `${acct()}/tasks/${made.json.data.id}`;
  const input = await api('GET', `${task}/input`, { token, headers: { Accept: 'text/csv' } });
  assert.match(input.headers.get('content-type'), /^text\/csv/);
  assert.equal(input.text, csv);
  assertError(await api('GET', `${task}/output`, { token }), 404, 'bad_identifier');
  const started = await api('PATCH', task, { token, body: json({}) });
  assert.equal(started.json.data.status, 'success');
  assertError(await api('PATCH', task, { token, body: json({}) }), 409);
  const output = await api('GET', `${task}/output`, { token, headers: { Accept: 'text/csv' } });
  assert.equal(output.text, 'first_name,last_name,result\r\n"Ada, Countess",Lovelace,success\r\n"Grace ""Amazing""","Hopper\r\nNavy",success\r\n');
  assertError(await api('PUT', `${acct()}/tasks?action=add`, { token, body: json({}) }), 400, 'validation error');
  assertError(await api('PUT', `${acct()}/tasks?category=users&action=fly`, { token, body: json({}) }), 400, 'validation error');
  assertError(await api('PUT', `${acct()}/tasks?category=users&action=add`, { token, body: json({}) }), 400, 'validation error');
});

// token-less endpoints
await test('auth/tokeninfo?token=T answers the token\'s info with no X-Auth-Token; 401 for a bad token', async () => {
  const res = await api('GET', `auth/tokeninfo?token=${enc(token)}`);
  assertSuccess(res);
  assert.equal(res.json.data.account_id, A);
  assert.equal(res.json.data.owner_id, SEED.users.admin);
  assert.equal(res.json.auth_token, '', 'the envelope does not echo the inspected token');
  assertError(await api('GET', 'auth/tokeninfo?token=not-a-token'), 401, 'invalid_credentials');
  assertError(await api('GET', 'auth/tokeninfo'), 401);
  const posted = await api('POST', 'auth/tokeninfo', { body: json({ token }) });
  assert.equal(posted.json.data.account_id, A);
  assertError(await api('POST', 'auth/tokeninfo', { body: json({ token: 'nope' }) }), 401);
});
await test('auth/callback (no token) answers a fresh token that later calls can use', async () => {
  const res = await api('PUT', 'auth/callback', { body: json({ provider: 'google', code: 'abc', anything: [1, 2] }) });
  assertSuccess(res, 201);
  const fresh = res.json.auth_token;
  assert.ok(typeof fresh === 'string' && fresh.length >= 16 && fresh !== token);
  assert.equal(res.headers.get('x-auth-token'), fresh);
  assert.equal(res.json.data.account_id, A);
  assertSuccess(await api('GET', `${acct()}/webhooks`, { token: fresh }));
  assert.equal((await api('GET', `auth/tokeninfo?token=${enc(fresh)}`)).json.data.method, 'cb_auth_callback');
  assertSuccess(await api('PUT', 'auth/callback'), 201);
  assertError(await api('PUT', 'auth/callback', { body: '{"data":', contentType: 'application/json' }), 400, 'parse_error');
});
await test('impersonation gives a token of the other user', async () => {
  const res = await api('PUT', `${acct()}/users/${SEED.users.alice}/user_auth`, { token, body: json({}) });
  assertSuccess(res, 201);
  assert.equal((await api('GET', `auth/tokeninfo?token=${enc(res.json.auth_token)}`)).json.data.owner_id, SEED.users.alice);
  assertError(await api('PUT', `${acct()}/users/nobody/user_auth`, { token, body: json({}) }), 404);
});

// generic resources
const hooks = `${acct()}/webhooks`;
await test('webhooks: create, list in pages, get, PATCH merges, POST replaces, DELETE', async () => {
  const ids = [];
  for (const name of ['alpha', 'beta', 'gamma']) {
    const made = await api('PUT', hooks, { token, body: json({ name, uri: `https://example.com/${name}`, hook: 'channel_create', custom: { a: 1, b: 2 } }) });
    assertSuccess(made, 201);
    assert.equal(made.headers.get('location'), `/v2/accounts/${A}/webhooks/${made.json.data.id}`);
    ids.push(made.json.data.id);
  }
  const first = await api('GET', `${hooks}?page_size=2&filter_hook=channel_create`, { token });
  assert.equal(first.json.page_size, 2);
  assert.deepEqual(first.json.data.map((hook) => hook.name), ['alpha', 'beta']);
  const rest = await api('GET', `${hooks}?page_size=2&filter_hook=channel_create&start_key=${enc(first.json.next_start_key)}`, { token });
  assert.deepEqual(rest.json.data.map((hook) => hook.name), ['Call events', 'gamma'], 'the seeded hook sorts between');
  assert.equal(rest.json.next_start_key, undefined);
  const one = `${hooks}/${ids[0]}`;
  const patched = await api('PATCH', one, { token, body: json({ custom: { b: null, c: 3 }, enabled: false }) });
  assert.deepEqual(patched.json.data.custom, { a: 1, c: 3 });
  assert.equal(patched.json.data.uri, 'https://example.com/alpha');
  const replaced = await api('POST', one, { token, body: json({ name: 'alpha2', uri: 'https://example.com/2', hook: 'doc_created' }) });
  assert.equal(replaced.json.data.custom, undefined);
  assert.equal((await api('GET', one, { token })).json.data.name, 'alpha2');
  const removed = await api('DELETE', one, { token, body: json({}) });
  assert.deepEqual(removed.json.data._read_only, { deleted: true });
  assertError(await api('GET', one, { token }), 404, 'bad_identifier');
});
await test('webhooks: required fields answer 400 validation; PATCH on the list updates them all', async () => {
  const res = await api('PUT', hooks, { token, body: json({ name: 'half' }) });
  assertError(res, 400, 'validation error');
  assert.deepEqual(Object.keys(res.json.data).sort(), ['hook', 'uri']);
  const all = await api('PATCH', hooks, { token, body: json({ enabled: false }) });
  assert.ok(all.json.data.length >= 1 && all.json.data.every((hook) => hook.enabled === false));
  const attempts = await api('GET', `${hooks}/${SEED.webhook}/attempts`, { token });
  assert.deepEqual(attempts.json.data.map((attempt) => attempt.id), [SEED.webhookAttempt]);
});
await test('nested comments belong to their port request', async () => {
  const other = await createFor('port_requests', { name: 'other port', numbers: { '+14155558777': {} } });
  const comments = (portId) => `${acct()}/port_requests/${portId}/comments`;
  const made = await api('PUT', comments(SEED.portRequest), { token, body: json({ content: 'hello' }) });
  assertSuccess(made, 201);
  assert.ok((await api('GET', comments(SEED.portRequest), { token })).json.data.some((c) => c.id === made.json.data.id));
  assert.deepEqual((await api('GET', comments(other), { token })).json.data, []);
  assertError(await api('GET', `${comments(other)}/${made.json.data.id}`, { token }), 404);
  assertError(await api('GET', comments('no-such-port'), { token }), 404);
  const timeline = await api('GET', `${acct()}/port_requests/${SEED.portRequest}/timeline`, { token });
  assert.ok(timeline.json.data.some((event) => event.type === 'comment' && event.content === 'hello'));
  const cleared = await api('DELETE', comments(SEED.portRequest), { token, body: json({}) });
  assert.ok(cleared.json.data.length >= 1);
  assert.deepEqual((await api('GET', comments(SEED.portRequest), { token })).json.data, []);
});
await test('singletons: GET answers the default, POST stores, PATCH merges, DELETE returns to the default', async () => {
  const lists = `${acct()}/access_lists`;
  assert.deepEqual((await api('GET', lists, { token })).json.data.cidrs, []);
  assertSuccess(await api('POST', lists, { token, body: json({ order: 'deny,allow', cidrs: ['192.0.2.0/24'] }) }));
  const merged = await api('PATCH', lists, { token, body: json({ user_agents: ['Yealink'] }) });
  assert.deepEqual(merged.json.data.cidrs, ['192.0.2.0/24']);
  assert.deepEqual(merged.json.data.user_agents, ['Yealink']);
  assertSuccess(await api('DELETE', lists, { token, body: json({}) }));
  assert.deepEqual((await api('GET', lists, { token })).json.data.cidrs, []);
  assertError(await api('DELETE', lists, { token, body: json({}) }), 404);
  assertError(await api('GET', `${acct()}/storage`, { token }), 404, 'bad_identifier');
  const key = await api('GET', `${acct()}/api_key`, { token });
  const renewed = await api('PUT', `${acct()}/api_key`, { token, body: json({ api_key: 'mine' }) });
  assert.notEqual(renewed.json.data.api_key, 'mine');
  assert.notEqual(renewed.json.data.api_key, key.json.data.api_key);
});
await test('keyed documents: apps install and uninstall; unknown apps 404', async () => {
  const app = DEFAULT_APPS[2].id;
  const installed = () => api('GET', `${acct()}/apps_store`, { token }).then((res) => res.json.data.find((entry) => entry.id === app).installed);
  assert.equal(await installed(), false);
  assertSuccess(await api('PUT', `${acct()}/apps_store/${app}`, { token, body: json({ allowed_users: 'admins' }) }), 201);
  assert.equal(await installed(), true);
  assert.equal((await api('GET', `${acct()}/apps_store/${app}`, { token })).json.data.allowed_users, 'admins');
  assertSuccess(await api('DELETE', `${acct()}/apps_store/${app}`, { token, body: json({}) }));
  assert.equal(await installed(), false);
  assertError(await api('PUT', `${acct()}/apps_store/not-an-app`, { token, body: json({}) }), 404);
  assertError(await api('GET', `${acct()}/configs/__proto__`, { token }), 404);
});
await test('port requests: literal states win over ids, by_number narrows', async () => {
  const byState = await api('GET', `${acct()}/port_requests/unconfirmed`, { token });
  assert.ok(byState.json.data.some((port) => port.id === SEED.portRequest));
  assert.deepEqual((await api('GET', `${acct()}/port_requests/completed`, { token })).json.data, []);
  assertSuccess(await api('GET', `${acct()}/port_requests/${SEED.portRequest}`, { token }));
  const found = await api('GET', `${acct()}/port_requests?by_number=${enc('+14155550199')}`, { token });
  assert.deepEqual(found.json.data.map((port) => port.id), [SEED.portRequest]);
  assert.deepEqual((await api('GET', `${acct()}/port_requests?by_number=${enc('+19995550000')}`, { token })).json.data, []);
});
await test('search: accounts by name prefix among the token\'s accounts; callflows by number', async () => {
  const names = await api('GET', 'search?t=account&q=name&v=dem', { token });
  assert.deepEqual(names.json.data.map((hit) => hit.name).sort(), ['demo', 'demo child']);
  const fromChild = await api('GET', 'search?t=account&q=name&v=dem', { token: childToken });
  assert.deepEqual(fromChild.json.data.map((hit) => hit.name), ['demo child'], 'only what the token sees');
  const multi = await api('GET', `search/multi?t=account&by_id=${A.slice(0, 6)}`, { token });
  assert.deepEqual(multi.json.data.by_id.map((hit) => hit.id), [A]);
  assertError(await api('GET', 'search?t=account&q=name', { token }), 400, 'validation error');
  assertError(await api('GET', 'search?t=device&q=name&v=x', { token }), 400, 'validation error');
  const flows = await api('GET', `${acct()}/search?t=callflow&q=number&v=100`, { token });
  assert.deepEqual(flows.json.data.map((flow) => flow.id).sort(), [SEED.callflows.admin, SEED.callflows.alice].sort());
});
await test('ledgers: a credit and a debit move the balance the classic endpoint reports', async () => {
  const balance = async () => (await api('GET', `${acct()}/transactions/current_balance`, { token })).json.data.balance;
  const before = await balance();
  assertSuccess(await api('PUT', `${acct()}/ledgers/credit`, { token, body: json({ amount: 12.5 }) }), 201);
  assertSuccess(await api('PUT', `${acct()}/ledgers/debit`, { token, body: json({ amount: 2.5 }) }), 201);
  assert.equal(await balance(), before + 10);
  assertError(await api('PUT', `${acct()}/ledgers/debit`, { token, body: json({ amount: -1 }) }), 400);
  const adjustments = await api('GET', `${acct()}/ledgers/adjustments`, { token });
  assert.deepEqual(adjustments.json.data.map((entry) => entry.amount).sort(), [-2.5, 12.5]);
});
await test('unknown modern paths answer 404, known ones refuse other verbs with 405', async () => {
  assertError(await api('GET', `${acct()}/no_such_thing`, { token }), 404, 'not_found');
  assertError(await api('GET', `${acct()}/webhooks/${SEED.webhook}/attempts/x/y`, { token }), 404, 'not_found');
  assertError(await api('GET', 'about/more'), 404, 'not_found');
  const alerts = await api('PUT', `${acct()}/alerts`, { token, body: json({}) });
  assertError(alerts, 405, 'invalid_method');
  assert.match(alerts.headers.get('allow'), /GET/);
  assertError(await api('DELETE', `${acct()}/tree`, { token, body: json({}) }), 405);
  assertError(await api('GET', `${acct()}/webhooks`), 401, 'invalid_credentials');
  assertError(await api('GET', `${acct()}/webhooks`, { token: childToken }), 403, 'forbidden');
});
await test('CORS: a PATCH or multipart preflight is allowed, the multipart answer carries CORS headers', async () => {
  const preflight = await fetch(`${apiRoot}${acct()}/faxes`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://page.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type, x-auth-token' },
  });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-methods'), /\bPATCH\b/);
  assert.match(preflight.headers.get('access-control-allow-headers').toLowerCase(), /content-type/);
  const res = await fetch(`${apiRoot}${acct()}/faxes`, {
    method: 'PUT',
    headers: { Origin: 'http://page.example', 'X-Auth-Token': token, 'Content-Type': 'multipart/mixed; boundary=C' },
    body: multipart('C', [faxJsonPart({ to_number: '+14155550100' })]),
  });
  assert.equal(res.status, 201);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  await res.arrayBuffer();
});

// ----- CORS -----------------------------------------------------------------------------------------

await test('OPTIONS preflight answers 204 with the allowed verbs and headers', async () => {
  const res = await fetch(`${apiRoot}${acct()}/users`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://other.example', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'x-auth-token, content-type, x-custom-thing' },
  });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  const methods = res.headers.get('access-control-allow-methods');
  for (const verb of ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']) assert.match(methods, new RegExp(`\\b${verb}\\b`));
  const allowed = res.headers.get('access-control-allow-headers').toLowerCase();
  for (const header of ['content-type', 'x-auth-token', 'x-request-id', 'x-custom-thing']) assert.ok(allowed.includes(header), header);
});
await test('every response carries CORS headers (success, error, fault)', async () => {
  for (const res of [
    await fetch(`${apiRoot}${acct()}`, { headers: { 'X-Auth-Token': token } }),
    await fetch(`${apiRoot}${acct()}`),
    await fetch(`${apiRoot}__sandbox/html500`),
  ]) {
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const exposed = res.headers.get('access-control-expose-headers');
    for (const header of ['X-Auth-Token', 'X-Request-ID', 'Location', 'ETag']) assert.ok(exposed.includes(header), header);
    await res.arrayBuffer();
  }
});

// ----- huge bodies ---------------------------------------------------------------------------------

await test('a body over 8 MB answers 413 in Kazoo shape and the server lives on', async () => {
  const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x61);
  const res = await api('PUT', `${acct()}/users`, { token, body: huge, contentType: 'application/json' });
  assertError(res, 413);
  assertSuccess(await api('GET', acct(), { token }));
});
await test('a body of just under 8 MB is accepted', async () => {
  const bytes = randomBytes(MAX_BODY_BYTES - 100);
  assertSuccess(await api('POST', `${acct()}/media/${SEED.media}/raw`, { token, body: bytes, contentType: 'audio/wav' }));
  const got = await api('GET', `${acct()}/media/${SEED.media}/raw`, { token });
  assert.ok(got.buffer.equals(bytes));
});

// ----- fault routes ----------------------------------------------------------------------------

for (const status of [500, 502, 503]) {
  await test(`__sandbox/html${status} answers an HTML ${status}`, async () => {
    const res = await api('GET', `__sandbox/html${status}`);
    assert.equal(res.status, status);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(res.text, /<html>/);
  });
}
await test('__sandbox/badjson answers 200 application/json that does not parse', async () => {
  const res = await api('GET', '__sandbox/badjson');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  assert.throws(() => JSON.parse(res.text));
});
await test('__sandbox/empty200 and empty204', async () => {
  const empty = await api('GET', '__sandbox/empty200');
  assert.equal(empty.status, 200);
  assert.equal(empty.buffer.length, 0);
  const none = await api('DELETE', '__sandbox/empty204');
  assert.equal(none.status, 204);
  assert.equal(none.buffer.length, 0);
});
await test('__sandbox/truncated breaks the body', async () => {
  const res = await fetch(`${apiRoot}__sandbox/truncated`);
  assert.equal(res.status, 200);
  await assert.rejects(res.text());
});
await test('__sandbox/reset destroys the connection', async () => {
  await assert.rejects(fetch(`${apiRoot}__sandbox/reset`));
});
await test('__sandbox/slow?ms=250 answers after the delay', async () => {
  const before = Date.now();
  const res = await api('GET', '__sandbox/slow?ms=250');
  assertSuccess(res);
  assert.ok(Date.now() - before >= 240, `took ${Date.now() - before} ms`);
  assert.equal(res.json.data.slept, 250);
});
await test('__sandbox/slow can be aborted by the client', async () => {
  const controller = new AbortController();
  const pending = fetch(`${apiRoot}__sandbox/slow?ms=20000`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(pending);
});
await test('__sandbox/error?status=429 answers a Kazoo error', async () => {
  assertError(await api('GET', '__sandbox/error?status=429'), 429, 'too_many_requests');
});
await test('__sandbox/info lists the seeded ids', async () => {
  const res = await api('GET', '__sandbox/info');
  assert.equal(res.json.data.accounts.demo, A);
});
await test('the server survives the faults', async () => assertSuccess(await api('GET', acct(), { token })));

await test('malformed requests never answer 500 (deterministic fuzz)', async () => {
  // mulberry32: a small seeded PRNG, so the run is reproducible.
  let state = 7;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const paths = [
    acct(), `${acct()}/users`, `${acct()}/users/${SEED.users.bob}`, `${acct()}/devices`, `${acct()}/callflows`,
    `${acct()}/phone_numbers`, `${acct()}/phone_numbers/collection/activate`, `${acct()}/phone_numbers/constructor`,
    `${acct()}/conferences/${SEED.conference}/mute/x`, `${acct()}/port_requests/${SEED.portRequest}/attachments`,
    `${acct()}/port_requests/${SEED.portRequest}/attachments/__proto__`, `${acct()}/media/${SEED.media}/raw`,
    `${acct()}/notify/conference_x`, `${acct()}/service_plans/toString`, `${acct()}/braintree/credits`, 'user_auth',
    'pin_auth', 'shared_auth', 'resources/collection', `${acct()}/resources/jobs`, `${acct()}/whitelabel/domains`,
  ];
  const bodies = ['', '{', 'null', '[]', '"s"', '{"data":null}', '{"data":[]}', '{"data":"x"}',
    '{"data":{"__proto__":{"polluted":1}}}', '{"data":{"numbers":"x","name":1,"first_name":[],"last_name":{}}}',
    '{"data":{"numbers":[null,1,{}],"amount":"NaN","pin":{},"credentials":5,"account_name":{}}}',
    '{"data":[{"id":"constructor"},null,1]}'];
  const queries = ['', '?filename=__proto__', '?filter_any_x=[1', '?page_size=-1', '?prefix=&quantity=abc', '?created_from=x'];
  const types = ['application/json', 'text/html', 'application/x-base64', 'application/pdf'];
  for (let i = 0; i < 300; i += 1) {
    const path = pick(paths) + pick(queries);
    const method = pick(['GET', 'PUT', 'POST', 'PATCH', 'DELETE']);
    const res = await api(method, path, { token, body: method === 'GET' ? undefined : pick(bodies), contentType: pick(types) });
    assert.ok(res.status < 500, `${method} ${path} answered ${res.status}: ${res.text.slice(0, 200)}`);
  }
  assert.equal({}.polluted, undefined, 'no prototype pollution');
  assertSuccess(await api('POST', '__sandbox/reset-store'));
});

await test('POST __sandbox/reset-store reseeds', async () => {
  const made = await api('PUT', `${acct()}/menus`, { token, body: json({ name: 'to be wiped' }) });
  assertSuccess(made, 201);
  assertError(await api('GET', '__sandbox/reset-store'), 405);
  assertSuccess(await api('POST', '__sandbox/reset-store'));
  assertError(await api('GET', `${acct()}/menus/${made.json.data.id}`, { token }), 404);
  const port2 = await api('GET', `${acct()}/port_requests/${SEED.portRequest}`, { token });
  assert.equal(port2.json.data.port_state, 'unconfirmed');
});
await test('POST __sandbox/expire-tokens makes tokens answer 401', async () => {
  assertSuccess(await api('GET', acct(), { token }));
  assertSuccess(await api('POST', '__sandbox/expire-tokens'));
  assertError(await api('GET', acct(), { token }), 401, 'invalid_credentials');
});

// ----- token expiry with a 1-second TTL -------------------------------------------------------------

const shortLived = await createSandbox({ tokenTtl: 1 });
const short = client(shortLived.apiRoot);
await test('a token expires after tokenTtl seconds', async () => {
  try {
    const res = await short('PUT', 'user_auth', { body: json({ credentials: demo.credentials, account_name: 'demo' }) });
    const shortToken = res.json.auth_token;
    assertSuccess(await short('GET', acct(), { token: shortToken }));
    await sleep(1100);
    assertError(await short('GET', acct(), { token: shortToken }), 401, 'invalid_credentials');
  } finally {
    await shortLived.close();
  }
});

await test('expired tokens are swept when new ones are issued (the token map stays bounded)', async () => {
  const store = new Store({ tokenTtl: 1 });
  for (let i = 0; i < 50; i++) store.issueToken({ accountId: 'a', ownerId: 'u', method: 'user_auth' });
  assert.equal(store.tokens.size, 50);
  await sleep(1100);
  store.issueToken({ accountId: 'a', ownerId: 'u', method: 'user_auth' });
  assert.equal(store.tokens.size, 1, 'only the fresh token is left');
});

await test('a conference without participants leaves no key behind', () => {
  const store = new Store();
  const before = Object.keys(store.state.participants).length;
  store.setParticipants('acct', 'conf', [{ id: 1 }]);
  assert.equal(Object.keys(store.state.participants).length, before + 1);
  store.setParticipants('acct', 'conf', []);
  assert.equal(Object.keys(store.state.participants).length, before);
});

// ----- logging ------------------------------------------------------------------------------------

await test('one log line per request with method, path, status and ms', async () => {
  const lines = [];
  const logged = await createSandbox({ log: (line) => lines.push(line) });
  const logApi = client(logged.apiRoot);
  try {
      await logApi('GET', `${acct()}/users`);
      await logApi('GET', '__sandbox/html502');
  } finally {
    await logged.close();
  }
  assert.equal(lines.length, 2);
  assert.match(lines[0], new RegExp(`^GET /v2/accounts/${A}/users 401 \\d+(\\.\\d+)?ms`));
  assert.match(lines[1], /^GET \/v2\/__sandbox\/html502 502 /);
});

// ----- staticHandler ------------------------------------------------------------------------------

await test('staticHandler serves non-/v2/ paths', async () => {
  const withStatic = await createSandbox({
    log: null,
    staticHandler: (req, res) => {
      if (req.url !== '/') return false;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<h1>console</h1>');
      return true;
    },
  });
  const base = withStatic.url;
  try {
    const page = await fetch(`${base}/`);
    assert.equal(await page.text(), '<h1>console</h1>');
    const missing = await fetch(`${base}/missing`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error, '404');
    const apiCall = await fetch(`${base}/v2/user_auth`);
    assert.equal(apiCall.status, 405);
  } finally {
    await withStatic.close();
  }
});

// ----- persistence ----------------------------------------------------------------------------------

await test('--data persistence: mutations survive a restart, bytes included', async () => {
  const dataFile = join(tmp, 'store.json');
  const first = await createSandbox({ dataFile });
  const firstApi = client(first.apiRoot);
  let made;
  let bytes;
  try {
    assert.ok(existsSync(dataFile), 'seeded store written at start');
    const auth = await firstApi('PUT', 'user_auth', { body: json({ credentials: demo.credentials, account_name: 'demo' }) });
    made = await firstApi('PUT', `${acct()}/users`, { token: auth.json.auth_token, body: json({ first_name: 'Persisted', last_name: 'User' }) });
    bytes = Buffer.concat([Buffer.from('%PDF-1.3\n'), randomBytes(777)]);
    await firstApi('PUT', `${port}/attachments?filename=kept.pdf`, { token: auth.json.auth_token, body: bytes, contentType: 'application/pdf' });
    // Written after the mutation, before close.
    const onDisk = JSON.parse(readFileSync(dataFile, 'utf8'));
    assert.ok(onDisk.dbs[A].users[made.json.data.id], 'user on disk');
  } finally {
    await first.close();
  }
  assert.ok(!existsSync(`${dataFile}.${process.pid}.tmp`), 'no temp file left');

  const second = await createSandbox({ dataFile });
  const secondApi = client(second.apiRoot);
  try {
    const again = await secondApi('PUT', 'user_auth', { body: json({ credentials: demo.credentials, account_name: 'demo' }) });
    const got = await secondApi('GET', `${acct()}/users/${made.json.data.id}`, { token: again.json.auth_token });
    assertSuccess(got);
    assert.equal(got.json.data.first_name, 'Persisted');
    const pdfBack = await secondApi('GET', `${port}/attachments/kept.pdf`, { token: again.json.auth_token });
    assert.ok(pdfBack.buffer.equals(bytes));
  } finally {
    await second.close();
  }
});
await test('a corrupt data file is refused at start', async () => {
  const bad = join(tmp, 'bad.json');
  rmSync(bad, { force: true });
  writeFileSync(bad, '{not json');
  await assert.rejects(createSandbox({ dataFile: bad }), /cannot read data file/);
});

// ----- done -------------------------------------------------------------------------------------------

await sandbox.close();
rmSync(tmp, { recursive: true, force: true });
