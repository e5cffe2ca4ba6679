QUnit.module('request: token, body, filters, promise, replay', KT.hooks);

QUnit.test('the initial authToken is sent; login methods never send a token and store the new one', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var sdk = KT.sdk({ authToken: 'tok-old' });
  ['userAuth', 'sharedAuth', 'pinAuth'].forEach(function (name, i) {
    sdk.auth[name]({ data: { x: 1 }, authToken: 'tok-explicit' });
    assert.false('x-auth-token' in KT.parse(requests[i]).headers, name + ' sends no token, not even an explicit one');
    KT.respond(requests[i], 201, KT.envelope({ account_id: 'a' }, { auth_token: 'tok-' + name }));
  });
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[3]).headers['x-auth-token'], 'tok-pinAuth', 'the last login token is stored');
  KT.respond(requests[3], 200, KT.envelope([]));
});

QUnit.test('a failed login keeps the stored token', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var sdk = KT.sdk({ authToken: 'tok-old' });
  sdk.auth.userAuth({ data: { x: 1 } });
  KT.respond(requests[0], 401, KT.errorEnvelope(401, 'invalid_credentials'));
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-old');
  KT.respond(requests[1], 200, KT.envelope([]));
});

QUnit.test('a stored token only goes to its own apiRoot; an explicit one goes anywhere', function (assert) {
  var done = assert.async(3);
  var requests = this.requests;
  var sdk = KT.sdk({ authToken: 'tok-home' });
  sdk.user.list({ accountId: 'a', apiRoot: 'http://evil.test/v2/' }).always(function () { done(); });
  assert.false('x-auth-token' in KT.parse(requests[0]).headers, 'no stored token to another apiRoot');
  KT.respond(requests[0], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a', apiRoot: 'http://evil.test/v2/', authToken: 'tok-given' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-given');
  KT.respond(requests[1], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a', apiRoot: KT.API.replace(/\/$/, '') }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-home', 'same apiRoot without trailing slash');
  KT.respond(requests[2], 200, KT.envelope([]));
});

QUnit.test('a login on another apiRoot stores the token for that apiRoot only', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var other = 'http://cluster-b.test/v2/';
  var sdk = KT.sdk({ authToken: 'tok-home' });
  sdk.auth.userAuth({ apiRoot: other, data: { x: 1 } });
  KT.respond(requests[0], 201, KT.envelope({}, { auth_token: 'tok-b' }));
  sdk.user.list({ accountId: 'a' });
  assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-home');
  KT.respond(requests[1], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a', apiRoot: other }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-b');
  KT.respond(requests[2], 200, KT.envelope([]));
});

QUnit.test('authToken: null on a call sends no token', function (assert) {
  var done = assert.async();
  KT.sdk({ authToken: 'tok' }).user.list({ accountId: 'a', authToken: null }).always(function () { done(); });
  assert.false('x-auth-token' in KT.parse(this.requests[0]).headers);
  KT.respond(this.requests[0], 200, KT.envelope([]));
});

QUnit.test('JSON body: data in the envelope, ui_metadata inside data, accept_charges at the root', function (assert) {
  var done = assert.async(4);
  var requests = this.requests;
  var sdk = KT.sdk({ uiMetadata: { ui: 'test-ui', version: '1' } });
  var data = { name: 'dev' };
  sdk.device.create({ accountId: 'a', data: data, acceptCharges: true }).always(function () { done(); });
  assert.deepEqual(KT.parse(requests[0]).json,
    { data: { name: 'dev', ui_metadata: { ui: 'test-ui', version: '1' } }, accept_charges: true });
  assert.deepEqual(data, { name: 'dev' }, 'the caller\'s data is not changed');
  assert.true(/^application\/json/.test(KT.parse(requests[0]).headers['content-type']));
  KT.respond(requests[0], 201, KT.envelope({}));

  sdk.device.create({ accountId: 'a', data: { ui_metadata: { own: true } }, acceptCharges: false }).always(function () { done(); });
  assert.deepEqual(KT.parse(requests[1]).json, { data: { ui_metadata: { own: true } } }, 'own ui_metadata kept; false adds nothing');
  KT.respond(requests[1], 201, KT.envelope({}));

  sdk.numbers.delete({ accountId: 'a', data: ['+1', '+2'] }).always(function () { done(); });
  assert.deepEqual(KT.parse(requests[2]).json, { data: ['+1', '+2'] }, 'no ui_metadata in an array');
  KT.respond(requests[2], 200, KT.envelope({}));

  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[3]).body, undefined, 'GET has no body');
  assert.false('content-type' in KT.parse(requests[3]).headers, 'GET has no Content-Type');
  KT.respond(requests[3], 200, KT.envelope([]));
});

QUnit.test('raw bodies: PDF, base64 and HTML are sent as given with their Content-Type', function (assert) {
  var done = assert.async(3);
  var requests = this.requests;
  var sdk = KT.sdk({ uiMetadata: { ui: 'x' } });
  var pdf = '%PDF-1.4\n\u0000binary';
  sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'loa.pdf', data: pdf }).always(function () { done(); });
  var r = KT.parse(requests[0]);
  assert.strictEqual(r.headers['content-type'], 'application/pdf');
  assert.strictEqual(r.body, pdf);
  assert.deepEqual(r.query, { filename: ['loa.pdf'] });
  KT.respond(requests[0], 200, KT.envelope({}));
  var uri = 'data:audio/mpeg;base64,SUQzAwAAAAAA';
  sdk.media.upload({ accountId: 'a', mediaId: 'm', data: uri }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[1]).headers['content-type'], 'application/x-base64');
  assert.strictEqual(KT.parse(requests[1]).body, uri);
  KT.respond(requests[1], 200, KT.envelope({}));
  var html = '<p>Hello {{user}}</p>';
  sdk.conference.updateNotification({ accountId: 'a', notificationType: 'invite', data: html }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[2]).headers['content-type'], 'text/html');
  assert.strictEqual(KT.parse(requests[2]).body, html);
  KT.respond(requests[2], 200, '<p>ok</p>', { 'Content-Type': 'text/html' });
});

QUnit.test('filters: repeated keys, JSON-array keys, stringified values, after the URL\'s own query', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var sdk = KT.sdk();
  sdk.user.list({ accountId: 'a', filters: {
    key_missing: ['a', 'b'], filter_any_x: ['1', '2'], filter_none_y: ['3'], filter_array_intersect_all_z: ['4'],
    fields: ['id', 'name'], paginate: false, page_size: 25, 'filter_first name': 'Jo & Co', skipped: null,
  } }).always(function () { done(); });
  assert.deepEqual(KT.parse(requests[0]).query, {
    key_missing: ['a', 'b'], filter_any_x: ['["1","2"]'], filter_none_y: ['["3"]'], filter_array_intersect_all_z: ['["4"]'],
    fields: ['["id","name"]'], paginate: ['false'], page_size: ['25'], 'filter_first name': ['Jo & Co'],
  });
  KT.respond(requests[0], 200, KT.envelope([]));
  sdk.numbers.searchCity({ accountId: 'a', city: 'San Francisco', filters: { country: 'US' } }).always(function () { done(); });
  var r = KT.parse(requests[1]);
  assert.strictEqual(r.path, '/v2/accounts/a/phone_numbers/prefix');
  assert.deepEqual(r.query, { city: ['San Francisco'], country: ['US'] });
  KT.respond(requests[1], 200, KT.envelope([]));
});

QUnit.test('Accept: JSON by default, the documented type for PDF and HTML', function (assert) {
  var done = assert.async(3);
  var requests = this.requests;
  var sdk = KT.sdk();
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[0]).headers.accept, 'application/json');
  KT.respond(requests[0], 200, KT.envelope([]));
  sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[1]).headers.accept, 'application/pdf');
  KT.respond(requests[1], 200, KT.binary([1, 2]), { 'Content-Type': 'application/pdf' });
  sdk.conference.getNotification({ accountId: 'a', notificationType: 't', contentType: 'text/html' }).always(function () { done(); });
  assert.strictEqual(KT.parse(requests[2]).headers.accept, 'text/html');
  KT.respond(requests[2], 200, '<p/>', { 'Content-Type': 'text/html' });
});

QUnit.test('methods return a jQuery promise that can be awaited', async function (assert) {
  var sdk = KT.sdk();
  var promise = sdk.account.get({ accountId: 'a' });
  assert.strictEqual(typeof promise.then, 'function');
  assert.strictEqual(typeof promise.abort, 'function');
  KT.respond(this.requests[0], 200, KT.envelope({ id: 'a' }));
  var res = await promise;
  assert.deepEqual(res.data, { id: 'a' });
  var failing = sdk.account.get({ accountId: 'b' });
  KT.respond(this.requests[1], 404, KT.errorEnvelope(404, 'bad_identifier', { cause: 'b' }));
  try {
    await failing;
    assert.ok(false, 'should have been rejected');
  } catch (err) {
    assert.strictEqual(err.httpErrorStatus, 404);
    assert.strictEqual(err.message, 'bad_identifier');
  }
});

QUnit.test('abort() ends the call in error once, with httpErrorStatus 0 and message "abort"', function (assert) {
  var done = assert.async(2);
  var errors = [];
  var promise = KT.sdk().user.list({ accountId: 'a', error: function (err) { errors.push(err); done(); } });
  assert.strictEqual(promise.abort(), promise, 'abort() returns the promise');
  promise.fail(function (err) {
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(err.httpErrorStatus, 0);
    assert.strictEqual(err.message, 'abort');
    assert.strictEqual(err.status, 'error');
    done();
  });
});

QUnit.test('kazooSdk.request(options), even detached, re-sends what the hooks describe', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var captured;
  var sdk = KT.sdk({ authToken: 'tok', uiMetadata: { ui: 'u' },
    onRequestStart: function (xhr, options) { if (!captured) captured = options; } });
  sdk.user.update({ accountId: 'a', userId: 'u', data: { name: 'n' }, filters: { f: 1 }, headers: { 'X-A': 'a' },
    success: function () { done(); } });
  KT.respond(requests[0], 200, KT.envelope({}));
  var send = sdk.request;
  send(captured);
  var first = KT.parse(requests[0]);
  var again = KT.parse(requests[1]);
  ['verb', 'origin', 'path', 'query', 'json'].forEach(function (part) {
    assert.deepEqual(again[part], first[part], part);
  });
  assert.strictEqual(again.headers['x-auth-token'], 'tok');
  assert.strictEqual(again.headers['x-a'], 'a');
  KT.respond(requests[1], 200, KT.envelope({}));
});

QUnit.test('kazooSdk.request builds from options each time: changed acceptCharges and authToken are sent', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var captured;
  var sdk = KT.sdk({ authToken: 'tok-old', onRequestEnd: function (x, options) { captured = options; } });
  sdk.device.create({ accountId: 'a', data: { name: 'd' } });
  KT.respond(requests[0], 201, KT.envelope({}));
  sdk.request(window.jQuery.extend({}, captured, { acceptCharges: true, authToken: 'tok-new' })).always(function () { done(); });
  var r = KT.parse(requests[1]);
  assert.strictEqual(r.headers['x-auth-token'], 'tok-new');
  assert.deepEqual(r.json, { data: { name: 'd' }, accept_charges: true });
  assert.strictEqual(r.path, '/v2/accounts/a/devices');
  KT.respond(requests[1], 201, KT.envelope({}));
});

QUnit.test('kazooSdk.request is a low-level entry for any path', function (assert) {
  var done = assert.async();
  var sdk = KT.sdk({ authToken: 'tok' });
  sdk.request({ verb: 'patch', url: 'accounts/a/custom_thing', data: { x: 1 }, filters: { y: 2 },
    success: function (res) { assert.deepEqual(res.data, { ok: true }); done(); } });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.verb, 'PATCH');
  assert.strictEqual(r.path, '/v2/accounts/a/custom_thing');
  assert.deepEqual(r.query, { y: ['2'] });
  assert.deepEqual(r.json, { data: { x: 1 } });
  assert.strictEqual(r.headers['x-auth-token'], 'tok');
  KT.respond(this.requests[0], 200, KT.envelope({ ok: true }));
  assert.throws(function () { sdk.request({ verb: 'GET' }); }, function (e) { return e.name === 'KazooSdkError'; });
});
