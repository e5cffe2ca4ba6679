QUnit.module('settings', KT.hooks);

QUnit.test('a string is the apiRoot', function (assert) {
  var done = assert.async();
  var sdk = window.jQuery.getKazooSdk('http://other.test/v2');
  sdk.account.get({ accountId: 'a1' }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.origin + r.path, 'http://other.test/v2/accounts/a1');
  KT.respond(this.requests[0], 200, KT.envelope({}));
});

QUnit.test('no valid apiRoot throws the documented error', function (assert) {
  [undefined, null, '', {}, { apiRoot: '' }, { apiRoot: 5 }, { authToken: 't' }].forEach(function (settings) {
    assert.throws(
      function () { window.jQuery.getKazooSdk(settings); },
      function (e) { return e instanceof Error && e.message === 'You must provide a valid apiRoot.'; },
      JSON.stringify(settings)
    );
  });
});

QUnit.test('apiRoot with or without trailing slashes: exactly one / before the path', function (assert) {
  var done = assert.async(3);
  var requests = this.requests;
  ['http://h.test/v2', 'http://h.test/v2/', 'http://h.test/v2//'].forEach(function (root, i) {
    window.jQuery.getKazooSdk(root).user.list({ accountId: 'a' }).always(function () { done(); });
    var r = KT.parse(requests[i]);
    assert.strictEqual(r.path, '/v2/accounts/a/users', root);
    KT.respond(requests[i], 200, KT.envelope([]));
  });
});

QUnit.test('a call overrides apiRoot, authToken, uiMetadata, success and error of the instance', function (assert) {
  var done = assert.async(2);
  var calls = [];
  var sdk = KT.sdk({
    authToken: 'tok-instance',
    uiMetadata: { ui: 'instance' },
    success: function () { calls.push('instance success'); },
    error: function () { calls.push('instance error'); },
  });
  sdk.user.update({
    apiRoot: 'http://elsewhere.test/api/',
    authToken: 'tok-call',
    uiMetadata: { ui: 'call' },
    accountId: 'a', userId: 'u', data: { name: 'n' },
    success: function () { calls.push('call success'); done(); },
  });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.origin + r.path, 'http://elsewhere.test/api/accounts/a/users/u');
  assert.strictEqual(r.headers['x-auth-token'], 'tok-call');
  assert.deepEqual(r.json, { data: { name: 'n', ui_metadata: { ui: 'call' } } });
  KT.respond(this.requests[0], 200, KT.envelope({}));
  sdk.user.get({ accountId: 'a', userId: 'u', error: function () { calls.push('call error'); done(); } });
  KT.respond(this.requests[1], 404, KT.errorEnvelope(404, 'bad_identifier'));
  assert.deepEqual(calls, ['call success', 'call error']);
});

QUnit.test('instance success and error are the defaults of every call', function (assert) {
  var done = assert.async(2);
  var sdk = KT.sdk({
    success: function (res) { assert.deepEqual(res.data, { ok: 1 }); done(); },
    error: function (err) { assert.strictEqual(err.httpErrorStatus, 500); done(); },
  });
  sdk.device.list({ accountId: 'a' });
  KT.respond(this.requests[0], 200, KT.envelope({ ok: 1 }));
  sdk.device.list({ accountId: 'a' });
  KT.respond(this.requests[1], 500, KT.errorEnvelope(500, 'boom'));
});

QUnit.test('headers merge key by key: the call wins, null removes an instance header', function (assert) {
  var done = assert.async();
  var sdk = KT.sdk({ headers: { 'X-One': '1', 'X-Two': '2', 'X-Three': '3' } });
  sdk.user.list({ accountId: 'a', headers: { 'X-Two': 'two', 'X-Three': null, 'X-Four': '4' } }).always(function () { done(); });
  var h = KT.parse(this.requests[0]).headers;
  assert.strictEqual(h['x-one'], '1');
  assert.strictEqual(h['x-two'], 'two');
  assert.false('x-three' in h, 'null removed the instance header');
  assert.strictEqual(h['x-four'], '4');
  KT.respond(this.requests[0], 200, KT.envelope([]));
});

QUnit.test('the instance headers are not changed by a call', function (assert) {
  var done = assert.async();
  var sdk = KT.sdk({ headers: { 'X-One': '1' } });
  sdk.user.list({ accountId: 'a', headers: { 'X-One': null } });
  KT.respond(this.requests[0], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[1]).headers['x-one'], '1');
  KT.respond(this.requests[1], 200, KT.envelope([]));
});

QUnit.test('unknown keys of a call reach the hooks in options', function (assert) {
  var done = assert.async();
  var seen = {};
  var sdk = KT.sdk({
    onRequestStart: function (xhr, options) { seen.start = options.generateError; },
    onRequestError: function (xhr, options) { seen.error = options.generateError; seen.nested = options.custom; },
  });
  sdk.account.get({ accountId: 'a', generateError: false, custom: { deep: [1] }, error: function () {
    assert.deepEqual(seen, { start: false, error: false, nested: { deep: [1] } });
    done();
  } });
  KT.respond(this.requests[0], 500, KT.errorEnvelope(500, 'x'));
});

QUnit.test('instances are independent: methods, settings and tokens', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var one = KT.sdk({ authToken: 'tok-one', headers: { 'X-Who': 'one' } });
  var two = KT.sdk({ authToken: 'tok-two' });
  assert.notStrictEqual(one.user, two.user, 'namespaces are not shared');
  one.user.get = function () { return 'replaced'; };
  assert.notStrictEqual(two.user.get, one.user.get, 'replacing a method on one instance leaves the other alone');
  one.auth.userAuth({ data: { credentials: 'c', account_name: 'n' } });
  KT.respond(requests[0], 201, KT.envelope({ account_id: 'a' }, { auth_token: 'tok-one-new' }));
  two.user.list({ accountId: 'a' }).always(function () { done(); });
  var h = KT.parse(requests[1]).headers;
  assert.strictEqual(h['x-auth-token'], 'tok-two', 'a login on one instance leaves the other alone');
  assert.false('x-who' in h, 'headers of one instance do not leak');
  KT.respond(requests[1], 200, KT.envelope([]));
});

QUnit.test('methods work detached from their namespace, as in the classic plugin', function (assert) {
  var done = assert.async();
  var get = KT.sdk({ authToken: 'tok-detached' }).user.get;
  get({ accountId: 'a', userId: 'u', success: function (res) { assert.deepEqual(res.data, { id: 'u' }); done(); } });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.path, '/v2/accounts/a/users/u');
  assert.strictEqual(r.headers['x-auth-token'], 'tok-detached');
  KT.respond(this.requests[0], 200, KT.envelope({ id: 'u' }));
});

QUnit.test('changing the settings object after getKazooSdk changes nothing', function (assert) {
  var done = assert.async();
  var settings = { apiRoot: KT.API, authToken: 'tok-a', headers: { 'X-H': 'a' } };
  var sdk = window.jQuery.getKazooSdk(settings);
  settings.apiRoot = 'http://changed.test/';
  settings.authToken = 'tok-b';
  settings.headers['X-H'] = 'b';
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.origin, KT.ORIGIN);
  assert.strictEqual(r.headers['x-auth-token'], 'tok-a');
  assert.strictEqual(r.headers['x-h'], 'a');
  KT.respond(this.requests[0], 200, KT.envelope([]));
});

QUnit.test('cache: false by default (cache buster on GET), true removes it', function (assert) {
  var done = assert.async(2);
  var sdk = KT.sdk();
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.true(KT.parse(this.requests[0]).cacheBuster, 'default adds _=');
  KT.respond(this.requests[0], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a', cache: true }).always(function () { done(); });
  assert.false(KT.parse(this.requests[1]).cacheBuster, 'cache: true sends no _=');
  KT.respond(this.requests[1], 200, KT.envelope([]));
});

QUnit.test('instance filters are a default that a call replaces', function (assert) {
  var done = assert.async(2);
  var sdk = KT.sdk({ filters: { paginate: false } });
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.deepEqual(KT.parse(this.requests[0]).query, { paginate: ['false'] });
  KT.respond(this.requests[0], 200, KT.envelope([]));
  sdk.user.list({ accountId: 'a', filters: { page_size: 10 } }).always(function () { done(); });
  assert.deepEqual(KT.parse(this.requests[1]).query, { page_size: ['10'] });
  KT.respond(this.requests[1], 200, KT.envelope([]));
});

QUnit.test('the UMD build registers $.getKazooSdk and exposes KazooSdk for script-tag users', function (assert) {
  assert.strictEqual(typeof window.jQuery.getKazooSdk, 'function');
  assert.strictEqual(typeof window.KazooSdk.getKazooSdk, 'function');
  assert.strictEqual(typeof window.KazooSdk.install, 'function');
  assert.strictEqual(typeof window.KazooSdk.KazooSdkError, 'function');
  var fresh = function () {};
  fresh.ajax = window.jQuery.ajax;
  fresh.extend = window.jQuery.extend;
  assert.strictEqual(typeof window.KazooSdk.getKazooSdk(KT.API).user.get, 'function', 'the module getKazooSdk uses the page\'s jQuery');
  window.KazooSdk.install(fresh);
  assert.strictEqual(typeof fresh.getKazooSdk, 'function', 'install($) registers on the jQuery it is given');
  var sdk = window.KazooSdk.getKazooSdk(KT.API);
  assert.strictEqual(typeof sdk.user.get, 'function', 'getKazooSdk now builds on the installed jQuery');
  window.KazooSdk.install(window.jQuery);
  assert.throws(function () { window.KazooSdk.install(undefined); }, /jQuery is required/);
});
