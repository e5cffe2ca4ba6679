// An application's own test, in Node, against the Kazoo sandbox: node --test examples/node/
// The SDK needs a jQuery, and jQuery a window: jsdom provides one. The sandbox runs in the same
// process on a free port of 127.0.0.1.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { JSDOM } from 'jsdom';
import md5 from 'js-md5';
import { getKazooSdk, install, KazooSdkError } from 'jquery-kazoosdk';
import { createSandbox } from 'jquery-kazoosdk/sandbox';

const require = createRequire(import.meta.url);
let sandbox;
let dom;
let kazooSdk;
let accountId;
let charged = 0;

before(async () => {
  sandbox = await createSandbox(); // a free port of 127.0.0.1
  const { apiRoot, url } = sandbox;
  dom = new JSDOM('', { url: `${url}/` });
  globalThis.window = dom.window;
  install(require('jquery'));
  // The demo account is billed: creating a device answers 402 with its charges first. A test has no
  // one to ask (the default asks with window.confirm), so it accepts them.
  kazooSdk = getKazooSdk({ apiRoot, confirmCharges: () => ++charged > 0 });
  const auth = await kazooSdk.auth.userAuth({ data: { account_name: 'demo', credentials: md5('admin:admin') } });
  accountId = auth.data.account_id;
});

after(async () => {
  dom.window.close();
  delete globalThis.window;
  await sandbox.close();
});

test('a device is created, read back, changed and deleted', async () => {
  const created = await kazooSdk.device.create({ accountId, data: { name: 'Lobby phone', device_type: 'sip_device' } });
  const deviceId = created.data.id;
  assert.equal(charged, 1, 'the charges were asked for once');
  assert.equal(typeof deviceId, 'string');
  const read = await kazooSdk.device.get({ accountId, deviceId });
  assert.equal(read.data.name, 'Lobby phone');
  await kazooSdk.device.patch({ accountId, deviceId, data: { enabled: false } });
  assert.equal((await kazooSdk.device.get({ accountId, deviceId })).data.enabled, false);
  await kazooSdk.device.delete({ accountId, deviceId });
  await assert.rejects(Promise.resolve(kazooSdk.device.get({ accountId, deviceId })), (error) => error.httpErrorStatus === 404);
});

test('a missing mandatory setting throws before anything is sent', () => {
  assert.throws(() => kazooSdk.device.get({ accountId }), KazooSdkError);
});
