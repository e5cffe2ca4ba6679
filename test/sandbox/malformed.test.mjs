// What the sandbox answers to malformed requests, as Kazoo would: an error envelope with a status that
// names the fault (400, 405, 431, 501), never an internal cause; and it keeps serving afterwards.

import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { SEED, createSandbox } from '../../sandbox/server.mjs';

let sandbox;
let apiRoot;
let port;
let token;

before(async () => {
  sandbox = await createSandbox();
  ({ apiRoot, port } = sandbox);
  const login = await fetch(`${apiRoot}user_auth`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { credentials: SEED.credentials.demo.credentials, account_name: 'demo' } }),
  });
  token = (await login.json()).auth_token;
});
after(() => sandbox.close());

const users = () => `accounts/${SEED.accounts.demo}/users`;

async function send(method, path, body) {
  const res = await fetch(apiRoot + path, {
    method,
    body,
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
    signal: AbortSignal.timeout(15000),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) };
}

/** One request written by hand (verbs and headers fetch refuses to send); resolves with the whole answer. */
function rawRequest(text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.setTimeout(15000, () => socket.destroy(new Error('no answer within 15 s')));
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const split = answer.indexOf('\r\n\r\n');
      const head = answer.slice(0, split);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1]), head, json: JSON.parse(answer.slice(split + 4)) });
    });
  });
}

/** Kazoo's error envelope, with nothing of the sandbox's insides in it. */
function assertKazooError(json, status, message) {
  assert.equal(json.status, 'error');
  assert.equal(json.error, String(status));
  assert.equal(json.message, message);
  assert.equal(json.auth_token, '');
  assert.equal(typeof json.request_id, 'string');
  assert.equal(typeof json.data.message === 'string' || typeof json.data === 'object', true);
  const text = JSON.stringify(json);
  assert.doesNotMatch(text, /"cause"|"stack"|Error:|\bat .*\.mjs/);
}

/** The sandbox still answers an ordinary call. */
async function assertStillUp() {
  const res = await send('GET', users());
  assert.equal(res.status, 200);
  assert.equal(res.json.status, 'success');
}

const deep = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

test('JSON nested 100,000 deep as the envelope answers 400 parse_error', async () => {
  const res = await send('PUT', users(), deep(100000));
  assert.equal(res.status, 400);
  assertKazooError(res.json, 400, 'parse_error');
  assert.match(res.json.data.message, /nested deeper than \d+ levels/);
  await assertStillUp();
});

test('JSON nested 100,000 deep inside data (objects) answers 400, not 500', async () => {
  const body = `{"data":{"first_name":"Deep","last_name":"User","x":${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}}}`;
  const res = await send('PUT', users(), body);
  assert.equal(res.status, 400);
  assertKazooError(res.json, 400, 'parse_error');
  await assertStillUp();
});

test('JSON nested just within the limit is still accepted (the limit does not refuse ordinary documents)', async () => {
  const nested = `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`;
  const res = await send('PUT', users(), `{"data":{"first_name":"Nested","last_name":"Doc","x":${nested}}}`);
  assert.equal(res.status, 201);
  let value = res.json.data.x;
  for (let i = 1; i < 200; i += 1) value = value.a;
  assert.deepEqual(value, { a: 1 });
});

test('brackets inside JSON strings do not count as nesting', async () => {
  const res = await send('PUT', users(), JSON.stringify({ data: { first_name: '['.repeat(5000), last_name: '{"\\['.repeat(2000) } }));
  assert.equal(res.status, 201);
  assert.equal(res.json.data.first_name, '['.repeat(5000));
});

for (const body of ['[]', '[{"data":{}}]', '"text"', '42', 'true', 'null']) {
  test(`the valid JSON ${body} as envelope answers 400 validation error (the envelope is an object), not "invalid JSON"`, async () => {
    const res = await send('PUT', users(), body);
    assert.equal(res.status, 400);
    assertKazooError(res.json, 400, 'validation error');
    assert.deepEqual(res.json.data, { envelope: { type: { message: 'Value is not of type object' } } });
    await assertStillUp();
  });
}

test('invalid JSON still answers 400 parse_error "invalid JSON"', async () => {
  const res = await send('PUT', users(), '{"data": {');
  assertKazooError(res.json, 400, 'parse_error');
  assert.equal(res.json.data.message, 'invalid JSON');
});

test('a verb the path does not take answers 405 with Allow', async () => {
  const res = await rawRequest(`DELETE /v2/user_auth HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  assert.equal(res.status, 405);
  assert.match(res.head, /\r\nAllow: PUT, OPTIONS\r\n/i);
  assertKazooError(res.json, 405, 'invalid_method');
  await assertStillUp();
});

for (const verb of ['TRACE', 'PROPFIND', 'MKCOL', 'PURGE']) {
  test(`${verb}, an HTTP verb the sandbox implements nowhere, answers 501 not_implemented`, async () => {
    const res = await rawRequest(`${verb} /v2/${users()} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${token}\r\nConnection: close\r\n\r\n`);
    assert.equal(res.status, 501);
    assertKazooError(res.json, 501, 'not_implemented');
    assert.match(res.json.data.message, new RegExp(verb));
    await assertStillUp();
  });
}

test('a verb HTTP does not know (FROB) answers 501 not_implemented', async () => {
  const res = await rawRequest(`FROB /v2/${users()} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  assert.equal(res.status, 501);
  assertKazooError(res.json, 501, 'not_implemented');
  await assertStillUp();
});

test('CONNECT answers 501 not_implemented', async () => {
  const res = await rawRequest(`CONNECT 127.0.0.1:${port} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  assert.equal(res.status, 501);
  assertKazooError(res.json, 501, 'not_implemented');
  await assertStillUp();
});

test('a 100 KB header answers 431', async () => {
  const res = await rawRequest(`GET /v2/${users()} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${token}\r\nX-Big: ${'a'.repeat(100 * 1024)}\r\nConnection: close\r\n\r\n`);
  assert.equal(res.status, 431);
  assertKazooError(res.json, 431, 'request_header_fields_too_large');
  await assertStillUp();
});

test('a request line that is not HTTP answers 400 bad_request', async () => {
  const res = await rawRequest('GET /v2/\u0001 nonsense\r\n\r\n');
  assert.equal(res.status, 400);
  assertKazooError(res.json, 400, 'bad_request');
  await assertStillUp();
});
