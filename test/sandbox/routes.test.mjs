// Routes are values: createSandbox({ routes }) composes them, so a test adds or replaces routes for
// itself; paths are written in the SDK table's `{name}` grammar.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CrossbarError, SEED, createSandbox, defineRoute, faultRoutes, ok, routes } from '../../sandbox/index.mjs';

const login = async (apiRoot) => {
  const res = await fetch(`${apiRoot}user_auth`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { account_name: 'demo', credentials: SEED.credentials.demo.credentials } }),
  });
  return (await res.json()).auth_token;
};

async function withSandbox(options, fn) {
  const sandbox = await createSandbox(options);
  try {
    return await fn(sandbox, await login(sandbox.apiRoot));
  } finally {
    await sandbox.close();
  }
}

test('a later route replaces the verb of an earlier one on the same path, and keeps its other verbs', async () => {
  const mine = defineRoute('accounts/{accountId}/users/{id}', { GET: (ctx) => ok({ mine: true, account: ctx.params.accountId, id: ctx.params.id }) });
  await withSandbox({ routes: [...routes, mine] }, async ({ apiRoot }, token) => {
    const path = `${apiRoot}accounts/${SEED.accounts.demo}/users/${SEED.users.alice}`;
    const got = await (await fetch(path, { headers: { 'X-Auth-Token': token } })).json();
    assert.deepEqual(got.data, { mine: true, account: SEED.accounts.demo, id: SEED.users.alice });
    const deleted = await fetch(path, { method: 'DELETE', headers: { 'X-Auth-Token': token } });
    assert.equal(deleted.status, 200, 'DELETE of the built-in route is still there');
  });
});

test('a new path is added; its auth is checked as declared (token, account tree)', async () => {
  const mine = defineRoute('accounts/{accountId}/widgets/{widgetId}', { GET: (ctx) => ok({ widget: ctx.params.widgetId }) });
  await withSandbox({ routes: [...routes, mine] }, async ({ apiRoot }, token) => {
    const path = `${apiRoot}accounts/${SEED.accounts.demo}/widgets/w1`;
    assert.equal((await fetch(path)).status, 401);
    const other = await fetch(`${apiRoot}accounts/${SEED.accounts.other}/widgets/w1`, { headers: { 'X-Auth-Token': token } });
    assert.equal(other.status, 403);
    assert.deepEqual((await (await fetch(path, { headers: { 'X-Auth-Token': token } })).json()).data, { widget: 'w1' });
  });
});

test('a literal segment wins over a parameter whatever the order of the routes', async () => {
  const routesOf = [
    defineRoute('things/{id}', { GET: (ctx) => ok(`id ${ctx.params.id}`) }, { auth: 'none' }),
    defineRoute('things/special', { GET: () => ok('special') }, { auth: 'none' }),
  ];
  for (const list of [routesOf, [...routesOf].reverse()]) {
    const sandbox = await createSandbox({ routes: list });
    try {
      assert.equal((await (await fetch(`${sandbox.apiRoot}things/special`)).json()).data, 'special');
      assert.equal((await (await fetch(`${sandbox.apiRoot}things/x`)).json()).data, 'id x');
    } finally {
      await sandbox.close();
    }
  }
});

test('routes of the same shape with other parameter names, or the same path with another auth, are refused', async () => {
  await assert.rejects(createSandbox({ routes: [defineRoute('a/{x}', {}), defineRoute('a/{y}', {})] }), /same shape as a\/\{x\}/);
  await assert.rejects(createSandbox({ routes: [defineRoute('a/{x}', {}), defineRoute('a/{x}', {}, { auth: 'none' })] }), /auth none differs/);
  assert.throws(() => defineRoute('a', {}, { auth: 'maybe' }), /unknown auth maybe/);
});

test('only the routes given: faultRoutes alone answer the faults and 404 for the rest', async () => {
  const sandbox = await createSandbox({ routes: faultRoutes });
  try {
    assert.equal((await fetch(`${sandbox.apiRoot}__sandbox/html503`)).status, 503);
    const login = await fetch(`${sandbox.apiRoot}user_auth`, { method: 'PUT', body: '{}' });
    assert.equal(login.status, 404);
    assert.equal((await login.json()).message, 'not_found');
  } finally {
    await sandbox.close();
  }
});

test('a handler that throws answers 500 in Kazoo\'s shape without its cause, and the sandbox stays up', async () => {
  const broken = defineRoute('broken', { GET: () => { throw new TypeError('secret internal detail'); } }, { auth: 'none' });
  const lines = [];
  await withSandbox({ routes: [...routes, broken], log: (line) => lines.push(line) }, async ({ apiRoot }) => {
    const res = await fetch(`${apiRoot}broken`);
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.doesNotMatch(text, /secret internal detail|TypeError|cause|stack/);
    assert.deepEqual(JSON.parse(text).data, { message: 'internal server error' });
    assert.equal((await fetch(`${apiRoot}__sandbox/empty204`)).status, 204);
  });
  assert.ok(lines.some((line) => /GET \/v2\/broken 500 .*TypeError: secret internal detail/.test(line)), 'the cause goes to the log');
});

test('a handler may throw a CrossbarError of its own', async () => {
  const teapot = defineRoute('teapot', { GET: () => { throw new CrossbarError(418, 'teapot', { message: 'short and stout' }); } }, { auth: 'none' });
  await withSandbox({ routes: [teapot] }, async ({ apiRoot }) => {
    const res = await fetch(`${apiRoot}teapot`);
    assert.equal(res.status, 418);
    const json = await res.json();
    assert.equal(json.error, '418');
    assert.equal(json.message, 'teapot');
  });
});
