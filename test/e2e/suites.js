/* End-to-end suites: the SDK bundle in Chromium against the sandbox over real HTTP. */
QUnit.module('end to end', {
  beforeEach: function () {
    return KE.control('reset-store');
  },
});

QUnit.test('login, then the stored token is reused by the next calls', async function (assert) {
  var sdk = KE.sdk();
  var auth = await KE.login(sdk);
  assert.strictEqual(typeof auth.auth_token, 'string');
  assert.true(auth.auth_token.length > 0, 'a token');
  assert.strictEqual(auth.data.account_name, 'demo');
  var account = await sdk.account.get({ accountId: auth.data.account_id });
  assert.strictEqual(account.data.id, auth.data.account_id, 'an authenticated call succeeds with the stored token');
  var anonymous = await KE.settle(KE.sdk().account.get({ accountId: auth.data.account_id }));
  assert.false(anonymous[0], 'another instance has no token');
  assert.strictEqual(anonymous[1].httpErrorStatus, 401);
});

QUnit.test('wrong credentials: 401 in Crossbar shape', async function (assert) {
  var result = await KE.settle(KE.sdk().auth.userAuth({ data: { account_name: 'demo', credentials: window.md5('admin:wrong') } }));
  assert.false(result[0]);
  assert.strictEqual(result[1].httpErrorStatus, 401);
  assert.strictEqual(result[1].status, 'error');
  assert.strictEqual(result[1].error, '401');
});

QUnit.test('users: create, read, update, list, delete', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var created = await sdk.user.create({ accountId: accountId, data: { first_name: 'Ada', last_name: 'Lovelace', username: 'ada' } });
  var userId = created.data.id;
  assert.strictEqual(created.data.first_name, 'Ada');
  var read = await sdk.user.get({ accountId: accountId, userId: userId });
  assert.strictEqual(read.data.last_name, 'Lovelace');
  var updated = await sdk.user.update({ accountId: accountId, data: window.jQuery.extend({}, read.data, { first_name: 'Augusta' }) });
  assert.strictEqual(updated.data.first_name, 'Augusta', 'POST with data.id as the userId');
  var list = await sdk.user.list({ accountId: accountId });
  assert.true(list.data.some(function (u) { return u.id === userId; }), 'listed');
  var deleted = await sdk.user.delete({ accountId: accountId, userId: userId });
  assert.true(deleted.data._read_only && deleted.data._read_only.deleted, 'DELETE answers the deleted document');
  var gone = await KE.settle(sdk.user.get({ accountId: accountId, userId: userId }));
  assert.strictEqual(gone[1].httpErrorStatus, 404);
  assert.strictEqual(gone[1].message, 'bad_identifier');
});

QUnit.test('validation error: 400 with the field in data', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var result = await KE.settle(sdk.user.create({ accountId: accountId, data: { username: 'nameless' } }));
  assert.strictEqual(result[1].httpErrorStatus, 400);
  assert.strictEqual(typeof result[1].data, 'object');
  assert.true(Object.keys(result[1].data).length > 0, 'names the fields');
});

QUnit.test('callflows: create, update, delete', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var created = await sdk.callflow.create({ accountId: accountId, data: { name: 'Main', numbers: ['5100'], flow: { module: 'user', data: {} } } });
  var id = created.data.id;
  var updated = await sdk.callflow.update({ accountId: accountId, callflowId: id, data: { name: 'Main line', numbers: ['5100', '5101'], flow: {} } });
  assert.deepEqual(updated.data.numbers, ['5100', '5101']);
  await sdk.callflow.delete({ accountId: accountId, callflowId: id });
  var gone = await KE.settle(sdk.callflow.get({ accountId: accountId, callflowId: id }));
  assert.strictEqual(gone[1].httpErrorStatus, 404);
});

QUnit.test('devices: the 402 accepted through the page\'s dialog creates the device', async function (assert) {
  var ends = [];
  // onRequestEnd gets the 402's jqXHR (status 402), then the retry's envelope (status 'success')
  var sdk = KE.sdk({ onRequestEnd: function (value) { ends.push(value.status); } });
  var accountId = (await KE.login(sdk)).data.account_id;
  ends.length = 0;
  await KE.nextDialog(true);
  var created = await sdk.device.create({ accountId: accountId, data: { name: 'Desk phone', device_type: 'sip_device' } });
  assert.strictEqual(created.data.name, 'Desk phone', 'created after accepting the charges');
  assert.deepEqual(ends, [402, 'success'], 'the 402 and the retry each fired their hooks');
  var read = await sdk.device.get({ accountId: accountId, deviceId: created.data.id });
  assert.strictEqual(read.data.id, created.data.id);
});

QUnit.test('devices: the 402 refused through the page\'s dialog creates nothing', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var before = (await sdk.device.list({ accountId: accountId, filters: { paginate: false } })).data.length;
  var cancelled = 0;
  await KE.nextDialog(false);
  var result = await KE.settle(sdk.device.create({ accountId: accountId, data: { name: 'Refused phone' },
    onChargesCancelled: function () { cancelled++; } }));
  assert.false(result[0]);
  assert.strictEqual(result[1].httpErrorStatus, 402);
  assert.strictEqual(cancelled, 1, 'onChargesCancelled ran');
  var after = (await sdk.device.list({ accountId: accountId, filters: { paginate: false } })).data.length;
  assert.strictEqual(after, before, 'no device was created');
});

QUnit.test('filters and paging', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  for (var i = 0; i < 5; i++) {
    await sdk.user.create({ accountId: accountId, data: { first_name: 'Pager', last_name: 'P' + i, username: 'pager' + i } });
  }
  var filtered = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', paginate: false } });
  assert.strictEqual(filtered.data.length, 5, 'filter_first_name');
  var seen = [];
  var page = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2 } });
  seen = seen.concat(page.data);
  var pages = 1;
  while (page.next_start_key && pages < 10) {
    page = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2, start_key: page.next_start_key } });
    seen = seen.concat(page.data);
    pages++;
  }
  assert.strictEqual(pages, 3, 'three pages of two');
  assert.strictEqual(new Set(seen.map(function (u) { return u.id; })).size, 5, 'every user once');
  var missing = await sdk.user.list({ accountId: accountId, filters: { key_missing: ['nonexistent_key'], filter_first_name: 'Pager' } });
  assert.strictEqual(missing.data.length, 5, 'key_missing as a repeated key');
});

QUnit.test('port request PDF: uploaded, then downloaded byte-identical', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var port = await sdk.port.create({ accountId: accountId, data: { name: 'Port é', numbers: { '+14155550100': {} } } });
  var bytes = KE.pdf();
  var blob = new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });
  await sdk.port.createAttachment({ accountId: accountId, portRequestId: port.data.id, documentName: 'loa.pdf', data: blob });
  var downloaded = await sdk.port.getAttachment({ accountId: accountId, portRequestId: port.data.id, documentName: 'loa.pdf' });
  assert.strictEqual(typeof downloaded, 'string', 'a string of one character per byte');
  assert.deepEqual(await KE.bytes(downloaded), bytes, 'every byte intact');
  var blob2 = await sdk.port.getAttachment({ accountId: accountId, portRequestId: port.data.id, documentName: 'loa.pdf', responseType: 'blob' });
  assert.true(blob2 instanceof Blob, 'a Blob with responseType "blob"');
  assert.deepEqual(await KE.bytes(blob2), bytes, 'every byte intact');
  var listed = await sdk.port.listAttachments({ accountId: accountId, portRequestId: port.data.id });
  assert.true(JSON.stringify(listed.data).indexOf('loa.pdf') !== -1, 'listed');
});

QUnit.test('port document stored as data-URI text (as Monster-UI does): read back as the same text, split on ","', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var port = await sdk.port.create({ accountId: accountId, data: { name: 'Port data URI', numbers: { '+14155550101': {} } } });
  var uri = 'data:application/pdf;base64,' + btoa(String.fromCharCode.apply(null, KE.pdf()));
  await sdk.port.createAttachment({ accountId: accountId, portRequestId: port.data.id, documentName: 'bill.pdf', data: uri });
  var text = await sdk.port.getAttachment({ accountId: accountId, portRequestId: port.data.id, documentName: 'bill.pdf' });
  assert.strictEqual(text, uri, 'the same text');
  assert.deepEqual(Array.from(atob(text.split(',')[1]), function (c) { return c.charCodeAt(0); }), KE.pdf(), 'its base64 part decodes to the file');
});

QUnit.test('media: base64 data URI upload', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  var media = await sdk.media.create({ accountId: accountId, data: { name: 'Greeting', media_source: 'upload' } });
  var uri = 'data:audio/mpeg;base64,' + btoa('ID3\u0003\u0000fake-mp3-bytes');
  var uploaded = await sdk.media.upload({ accountId: accountId, mediaId: media.data.id, data: uri });
  assert.strictEqual(uploaded.status, 'success');
  var raw = await sdk.request({ verb: 'GET', url: 'accounts/' + accountId + '/media/' + media.data.id + '/raw', accept: 'audio/mpeg' });
  assert.strictEqual(typeof raw, 'string', 'raw media comes back as bytes, one character each');
  assert.deepEqual(await KE.bytes(raw), Array.from('ID3\u0003\u0000fake-mp3-bytes').map(function (c) { return c.charCodeAt(0); }));
});

QUnit.test('401 after the token expires', async function (assert) {
  var sdk = KE.sdk();
  var accountId = (await KE.login(sdk)).data.account_id;
  await sdk.account.get({ accountId: accountId });
  await KE.control('expire-tokens');
  var result = await KE.settle(sdk.account.get({ accountId: accountId }));
  assert.strictEqual(result[1].httpErrorStatus, 401);
  assert.strictEqual(result[1].message, 'invalid_credentials');
  await KE.login(sdk);
  var again = await sdk.account.get({ accountId: accountId });
  assert.strictEqual(again.data.id, accountId, 'logging in again stores a fresh token');
});

QUnit.test('an HTML error page from the server becomes a Crossbar-shaped error', async function (assert) {
  var sdk = KE.sdk();
  var errors = [];
  var result = await KE.settle(sdk.request({ verb: 'GET', url: '__sandbox/html502', error: function (e) { errors.push(e); } }));
  assert.false(result[0]);
  assert.strictEqual(errors.length, 1, 'one error callback');
  assert.strictEqual(result[1].httpErrorStatus, 502);
  assert.strictEqual(result[1].status, 'error');
  assert.strictEqual(result[1].error, '502');
  var bad = await KE.settle(sdk.request({ verb: 'GET', url: '__sandbox/badjson' }));
  assert.strictEqual(bad[1].message, 'invalid JSON');
  var reset = await KE.settle(sdk.request({ verb: 'GET', url: '__sandbox/reset' }));
  assert.strictEqual(reset[1].httpErrorStatus, 0, 'a reset connection');
});
