QUnit.module('safety: hostile settings', KT.hooks);

function isSafetySdkError(e) {
  return e instanceof window.KazooSdk.KazooSdkError;
}

QUnit.test('__proto__ keys in bodies, headers or settings never reach a prototype (any jQuery)', function (assert) {
  var done = assert.async();
  var sdk = KT.sdk({ authToken: 'tok' });
  var evil = function () { return JSON.parse('{"__proto__":{"polluted":"yes"},"ok":1}'); };
  var attempts = [
    function () { return sdk.conference.createNotification({ accountId: 'a', notificationType: 't', data: evil() }); },
    function () { return sdk.account.get({ accountId: 'a', headers: { 'X-Custom': evil() } }); },
    function () { return sdk.account.get({ accountId: 'a', headers: evil() }); },
    function () { return sdk.account.get(window.jQuery.extend(evil(), { accountId: 'a' })); },
    function () { return sdk.user.update({ accountId: 'a', userId: 'u', data: evil() }); },
    function () { return sdk.user.list({ accountId: 'a', filters: evil(), timeout: evil() }); },
  ];
  attempts.forEach(function (attempt, i) {
    try {
      attempt();
    } catch (e) {
      assert.true(isSafetySdkError(e), 'attempt ' + i + ' may only throw KazooSdkError: ' + e);
    }
    assert.strictEqual(({}).polluted, undefined, 'Object.prototype untouched after attempt ' + i);
  });
  var requests = this.requests;
  requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  sdk.user.list({ accountId: 'a' }).always(function () { done(); });
  assert.strictEqual(({}).polluted, undefined);
  KT.respond(requests[requests.length - 1], 200, KT.envelope([]));
});

QUnit.test('a raw body must be text or bytes: a plain object is a KazooSdkError and nothing is sent', function (assert) {
  var sdk = KT.sdk();
  assert.throws(function () { sdk.conference.createNotification({ accountId: 'a', notificationType: 't', data: { html: 1 } }); },
    function (e) { return isSafetySdkError(e) && e.message === 'conference.createNotification: data must be a string, Blob or bytes, not an object'; });
  assert.strictEqual(this.requests.length, 0);
});

QUnit.test('keys the SDK owns (auth, accept, contentType, verb, url) cannot be set through a method call', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var sdk = KT.sdk({ authToken: 'tok-stored', auth: true, url: 'elsewhere' });
  sdk.account.get({ accountId: 'a', auth: true, accept: 'application/pdf', contentType: 'text/html', verb: 'DELETE', url: 'x' })
    .done(function (res) {
      assert.deepEqual(res.data, { id: 'a' }, 'read as JSON, not as bytes');
      sdk.account.get({ accountId: 'a' }).always(function () { done(); });
      assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-stored', 'the stored token was not replaced');
      KT.respond(requests[1], 200, KT.envelope({}));
    });
  var r = KT.parse(requests[0]);
  assert.strictEqual(r.verb, 'GET');
  assert.strictEqual(r.path, '/v2/accounts/a');
  assert.strictEqual(r.headers['x-auth-token'], 'tok-stored', 'not treated as a login');
  assert.strictEqual(r.headers.accept, 'application/json');
  KT.respond(requests[0], 200, KT.envelope({ id: 'a' }, { auth_token: 'tok-from-response' }));
});

QUnit.test('a custom key that happens to be named like an internal one does not break the call', function (assert) {
  var done = assert.async();
  var seen;
  KT.sdk({ onRequestEnd: function (x, options) { seen = options.outcome; } })
    .account.get({ accountId: 'a', outcome: true }).always(function () { done(); });
  KT.respond(this.requests[0], 200, KT.envelope({}));
  assert.strictEqual(seen, true, 'kept as given');
});

QUnit.test('kazooSdk.request refuses paths that would leave the apiRoot', function (assert) {
  var sdk = KT.sdk({ authToken: 'tok' });
  ['../x', '..', '.', './x', 'a/../../x', '%2e%2e/x', '.%2E/x', 'a/%2E%2e', '..\\x', 'a\\..\\x'].forEach(function (url) {
    assert.throws(function () { sdk.request({ url: url }); },
      function (e) { return isSafetySdkError(e) && e.message === 'request: url must stay under apiRoot'; }, url);
  });
  assert.strictEqual(this.requests.length, 0);
  var done = assert.async();
  sdk.request({ url: 'accounts/a/...x/.hidden?q=..' }).always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[0]).path, '/v2/accounts/a/...x/.hidden', 'dots inside names are fine');
  KT.respond(this.requests[0], 200, KT.envelope({}));
});

QUnit.test('wrongly typed settings are KazooSdkErrors, not TypeErrors', function (assert) {
  var sdk = KT.sdk();
  var cyclic = {};
  cyclic.self = cyclic;
  var cases = [
    function () { sdk.account.get({ accountId: 'a', apiRoot: null }); },
    function () { sdk.account.get({ accountId: 'a', apiRoot: 5 }); },
    function () { sdk.user.create({ accountId: 'a', data: cyclic }); },
    function () { sdk.user.list({ accountId: 'a', filters: { x: cyclic } }); },
    function () { sdk.user.create({ accountId: 'a', data: {}, uiMetadata: cyclic }); },
  ];
  cases.forEach(function (fn, i) {
    assert.throws(fn, isSafetySdkError, 'case ' + i);
  });
  assert.strictEqual(this.requests.length, 0, 'nothing sent');
});

QUnit.test('a token or header value with no string form is a KazooSdkError naming the setting, and nothing is sent', function (assert) {
  var sdk = KT.sdk({ authToken: 'tok' });
  var formless = function () { return Object.create(null); }; // String() throws on it
  var attempts = [
    [function () { sdk.account.get({ accountId: 'a', authToken: formless() }); }, /^account\.get: authToken must be a string$/],
    [function () { sdk.request({ url: 'accounts/a', authToken: formless() }); }, /^request: authToken must be a string$/],
    [function () { sdk.account.get({ accountId: 'a', headers: { 'X-Trace': formless() } }); }, /^account\.get: each header must be a string$/],
    [function () { KT.sdk({ headers: { 'X-Trace': formless() } }).account.get({ accountId: 'a' }); }, /^account\.get: each header must be a string$/],
  ];
  attempts.forEach(function (attempt, i) {
    assert.throws(attempt[0], function (e) { return isSafetySdkError(e) && attempt[1].test(e.message); }, 'attempt ' + i);
  });
  assert.strictEqual(this.requests.length, 0, 'nothing sent');
  // what has a string form is still sent as that string
  sdk.account.get({ accountId: 'a', authToken: 12345, headers: { 'X-Count': 3, 'X-Flag': true } });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.headers['x-auth-token'], '12345');
  assert.strictEqual(r.headers['x-count'], '3');
  assert.strictEqual(r.headers['x-flag'], 'true');
  KT.respond(this.requests[0], 200, KT.envelope({}));
});
