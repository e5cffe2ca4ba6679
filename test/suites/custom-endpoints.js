/* Custom endpoints ($.getKazooSdk({endpoints})) and $.getKazooSdk.endpoints, a deep-frozen copy
 * of the built-in table. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var sleep = KT.sleep;
  var settle = KT.settle; // a jQuery promise -> a native promise of [fulfilled, value] (never rejects)

  QUnit.module('custom endpoints', KT.hooks);

  QUnit.test('a new namespace: placeholders mandatory and encoded, detached calls work', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok', endpoints: { demo: { whoami: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}' } } } });
    assert.strictEqual(typeof sdk.demo.whoami, 'function');
    var whoami = sdk.demo.whoami;
    whoami({ accountId: 'a b', userId: 'u/../1?x#y', filters: { q: 1 } }).done(function (res) {
      assert.deepEqual(res.data, { id: 'me' });
      done();
    });
    var r = KT.parse(requests[0]);
    assert.strictEqual(r.verb, 'GET');
    assert.strictEqual(r.path, '/v2/accounts/a%20b/users/u%2F..%2F1%3Fx%23y', 'each value encoded in its own segment');
    assert.deepEqual(r.query, { q: ['1'] });
    assert.strictEqual(r.headers['x-auth-token'], 'tok');
    assert.strictEqual(r.headers.accept, 'application/json');
    ['', null, undefined, '..', {}].forEach(function (bad) {
      assert.throws(function () { sdk.demo.whoami({ accountId: 'a', userId: bad }); },
        function (e) { return KT.isSdkError(e) && /userId/.test(e.message) && /demo\.whoami/.test(e.message); },
        'userId ' + JSON.stringify(bad) + ' is refused, naming the method and the setting');
    });
    assert.throws(function () { sdk.demo.whoami({ userId: 'u' }); }, function (e) { return KT.isSdkError(e) && /accountId/.test(e.message); });
    assert.strictEqual(requests.length, 1, 'nothing sent for the refused calls');
    KT.respond(requests[0], 200, KT.envelope({ id: 'me' }));
  });

  QUnit.test('methods added to a built-in namespace keep its built-in methods; an override replaces one', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ endpoints: { user: {
      get: { verb: 'GET', url: 'accounts/{accountId}/people/{userId}' },
      listActive: { verb: 'GET', url: 'accounts/{accountId}/users?filter_enabled=true' },
    } } });
    sdk.user.get({ accountId: 'a', userId: 'u' });
    assert.strictEqual(KT.parse(requests[0]).path, '/v2/accounts/a/people/u', 'overridden');
    sdk.user.listActive({ accountId: 'a', filters: { page_size: 3 } });
    assert.strictEqual(KT.parse(requests[1]).path, '/v2/accounts/a/users');
    assert.deepEqual(KT.parse(requests[1]).query, { filter_enabled: ['true'], page_size: ['3'] }, 'filters after the URL\'s own query');
    sdk.user.list({ accountId: 'a' });
    assert.strictEqual(KT.parse(requests[2]).path, '/v2/accounts/a/users', 'user.list is still there');
    sdk.user.delete({ accountId: 'a', userId: 'u' });
    assert.strictEqual(KT.parse(requests[3]).verb, 'DELETE', 'user.delete is still there');
    sdk.device.get({ accountId: 'a', deviceId: 'd' });
    assert.strictEqual(KT.parse(requests[4]).path, '/v2/accounts/a/devices/d', 'other namespaces are untouched');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('other instances are unaffected, whether made before or after', function (assert) {
    var requests = this.requests;
    var before = KT.sdk();
    var custom = KT.sdk({ endpoints: {
      user: { get: { verb: 'GET', url: 'accounts/{accountId}/people/{userId}' } },
      demo: { whoami: { verb: 'GET', url: 'whoami' } },
    } });
    var after = KT.sdk();
    var otherCustom = KT.sdk({ endpoints: { extra: { ping: { verb: 'GET', url: 'ping' } } } });
    custom.user.get({ accountId: 'a', userId: 'u' });
    before.user.get({ accountId: 'a', userId: 'u' });
    after.user.get({ accountId: 'a', userId: 'u' });
    otherCustom.user.get({ accountId: 'a', userId: 'u' });
    custom.user.get({ accountId: 'a', userId: 'u' });
    assert.deepEqual(requests.map(function (xhr) { return KT.parse(xhr).path; }), [
      '/v2/accounts/a/people/u', '/v2/accounts/a/users/u', '/v2/accounts/a/users/u', '/v2/accounts/a/users/u', '/v2/accounts/a/people/u',
    ]);
    assert.strictEqual(before.demo, undefined, 'no demo namespace on the instance made before');
    assert.strictEqual(after.demo, undefined, 'nor on the one made after');
    assert.strictEqual(otherCustom.demo, undefined, 'nor on another instance with its own endpoints');
    assert.strictEqual(custom.extra, undefined, 'and the first has none of the other\'s');
    assert.strictEqual(typeof custom.demo.whoami, 'function');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('PUT and POST require data unless dataOptional; PATCH, DELETE and HEAD are accepted verbs', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ endpoints: { things: {
      create: { verb: 'PUT', url: 'accounts/{accountId}/things' },
      update: { verb: 'POST', url: 'accounts/{accountId}/things/{thingId}' },
      touch: { verb: 'POST', url: 'accounts/{accountId}/things/{thingId}/touch', dataOptional: true },
      patch: { verb: 'PATCH', url: 'accounts/{accountId}/things/{thingId}' },
      remove: { verb: 'DELETE', url: 'accounts/{accountId}/things/{thingId}' },
      peek: { verb: 'HEAD', url: 'accounts/{accountId}/things/{thingId}' },
    } } });
    assert.throws(function () { sdk.things.create({ accountId: 'a' }); },
      function (e) { return KT.isSdkError(e) && /things\.create/.test(e.message) && /"data"/.test(e.message); });
    assert.throws(function () { sdk.things.update({ accountId: 'a', thingId: 't' }); },
      function (e) { return KT.isSdkError(e) && /"data"/.test(e.message); });
    assert.strictEqual(requests.length, 0, 'nothing sent');
    sdk.things.touch({ accountId: 'a', thingId: 't' });
    sdk.things.create({ accountId: 'a', data: { name: 'n' } });
    sdk.things.patch({ accountId: 'a', thingId: 't', data: { name: 'p' } });
    sdk.things.remove({ accountId: 'a', thingId: 't' });
    sdk.things.peek({ accountId: 'a', thingId: 't' });
    var sent = requests.map(KT.parse);
    assert.deepEqual(sent.map(function (r) { return r.verb + ' ' + r.path; }), [
      'POST /v2/accounts/a/things/t/touch', 'PUT /v2/accounts/a/things', 'PATCH /v2/accounts/a/things/t',
      'DELETE /v2/accounts/a/things/t', 'HEAD /v2/accounts/a/things/t',
    ]);
    assert.deepEqual(sent[1].json, { data: { name: 'n' } }, 'JSON envelope as for built-ins');
    assert.deepEqual(sent[2].json, { data: { name: 'p' } });
    assert.strictEqual(sent[4].body, undefined, 'HEAD has no body');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('auth: true behaves as a login: no token sent, the returned one stored, a 401 never triggers reauth', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return 'tok-re'; },
      endpoints: { sso: { login: { verb: 'PUT', url: 'sso_auth', auth: true } } } });
    sdk.sso.login({ data: { code: 'c' }, authToken: 'tok-explicit' });
    assert.false('x-auth-token' in KT.parse(requests[0]).headers, 'no token, not even an explicit one');
    KT.respond(requests[0], 201, KT.envelope({}, { auth_token: 'tok-sso' }));
    sdk.user.list({ accountId: 'a' });
    assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-sso', 'the token it returned is stored');
    KT.respond(requests[1], 200, KT.envelope([]));
    var failing = sdk.sso.login({ data: { code: 'bad' } });
    KT.answer401(requests[2]);
    var failed = await settle(failing);
    assert.false(failed[0]);
    assert.strictEqual(failed[1].httpErrorStatus, 401);
    await sleep(20);
    assert.strictEqual(reauths, 0, 'no reauth for a login');
    assert.strictEqual(requests.length, 3, 'no retry');
  });

  QUnit.test('contentType and accept as for built-ins: raw PDF up, Blob down; HTML as a string', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ uiMetadata: { ui: 'x' }, endpoints: { docs: {
      put: { verb: 'PUT', url: 'accounts/{accountId}/docs/{docId}', contentType: 'application/pdf' },
      get: { verb: 'GET', url: 'accounts/{accountId}/docs/{docId}', accept: 'application/pdf' },
      template: { verb: 'GET', url: 'accounts/{accountId}/templates/{name}', accept: 'text/html' },
    } } });
    var pdf = '%PDF-1.4\n\u0000binary';
    sdk.docs.put({ accountId: 'a', docId: 'd', data: pdf });
    var up = KT.parse(requests[0]);
    assert.strictEqual(up.headers['content-type'], 'application/pdf');
    assert.strictEqual(up.body, pdf, 'sent raw');
    assert.throws(function () { sdk.docs.put({ accountId: 'a', docId: 'd', data: { not: 'raw' } }); }, KT.isSdkError, 'a plain object is refused');
    KT.respond(requests[0], 200, KT.envelope({}));
    var download = sdk.docs.get({ accountId: 'a', docId: 'd' });
    assert.strictEqual(KT.parse(requests[1]).headers.accept, 'application/pdf');
    KT.respond(requests[1], 200, KT.binary([37, 80, 0, 255]), { 'Content-Type': 'application/pdf' });
    var bytes = (await settle(download))[1];
    assert.strictEqual(typeof bytes, 'string', 'a string of one character per byte');
    assert.deepEqual(KT.codes(bytes), [37, 80, 0, 255], 'byte-exact');
    var html = sdk.docs.template({ accountId: 'a', name: 'n' });
    assert.strictEqual(KT.parse(requests[2]).headers.accept, 'text/html');
    KT.respond(requests[2], 200, '<p>hi</p>', { 'Content-Type': 'text/html' });
    assert.strictEqual((await settle(html))[1], '<p>hi</p>');
  });

  QUnit.test('entries of $.getKazooSdk.endpoints can be reused as custom entries', function (assert) {
    var requests = this.requests;
    var table = $.getKazooSdk.endpoints;
    var sdk = KT.sdk({ endpoints: { people: { fetch: table.user.get, create: table.user.create } } });
    sdk.people.fetch({ accountId: 'a', userId: 'u' });
    assert.strictEqual(KT.parse(requests[0]).path, '/v2/accounts/a/users/u');
    assert.throws(function () { sdk.people.create({ accountId: 'a' }); }, KT.isSdkError, 'data still mandatory');
    KT.respond(requests[0], 200, KT.envelope({}));
  });

  [
    ['an unknown verb', { verb: 'FETCH', url: 'x' }],
    ['no verb', { url: 'x' }],
    ['a verb that is not a string', { verb: 1, url: 'x' }],
    ['a verb that is an array', { verb: ['GET'], url: 'x' }],
    ['a verb that is an object whose text is GET', { verb: { toString: function () { return 'GET'; } }, url: 'x' }],
    ['a url that is not a string', { verb: 'GET', url: 123 }],
    ['no url', { verb: 'GET' }],
    ['an entry that is null', null],
    ['an entry that is a string', 'GET x'],
    ['an entry that is a function', function () {}],
  ].forEach(function (invalid) {
    QUnit.test('getKazooSdk throws a KazooSdkError naming an invalid entry: ' + invalid[0], function (assert) {
      var caught;
      try {
        KT.sdk({ endpoints: { demo: { ok: { verb: 'GET', url: 'fine' }, bad: invalid[1] } } });
      } catch (e) {
        caught = e;
      }
      assert.true(KT.isSdkError(caught), 'a KazooSdkError: ' + (caught && caught.name));
      assert.true(caught instanceof Error, 'an Error');
      assert.true(!!caught && caught.message.indexOf('endpoints.demo.bad') !== -1, 'naming endpoints.demo.bad: ' + (caught && caught.message));
      assert.strictEqual(this.requests.length, 0);
    });
  });

  QUnit.test('hostile endpoints keys (__proto__ from JSON) never modify Object.prototype', function (assert) {
    var hostile = [
      JSON.parse('{"__proto__": {"polluted": {"verb": "GET", "url": "x"}}}'),
      JSON.parse('{"demo": {"__proto__": {"verb": "GET", "url": "x"}}}'),
      JSON.parse('{"constructor": {"prototype": {"verb": "GET", "url": "x"}}}'),
    ];
    hostile.forEach(function (endpoints, i) {
      var sdk;
      try {
        sdk = KT.sdk({ endpoints: endpoints });
      } catch (e) {
        assert.true(KT.isSdkError(e), 'refused with a KazooSdkError (' + i + '): ' + e);
      }
      var own = Object.getOwnPropertyNames(Object.prototype).filter(function (name) { return name === 'polluted' || name === 'verb'; });
      assert.deepEqual(own, [], 'Object.prototype untouched (' + i + ')');
      assert.strictEqual(({}).polluted, undefined, 'plain objects have no "polluted" (' + i + ')');
      assert.strictEqual(Object.prototype.constructor.prototype, Object.prototype, 'Object.prototype.constructor untouched (' + i + ')');
      delete Object.prototype.polluted; // keep the rest of the run sane if it was polluted
      if (sdk) assert.strictEqual(typeof sdk.user.get, 'function', 'the instance still works (' + i + ')');
    });
    var keys = [];
    for (var key in {}) keys.push(key);
    assert.deepEqual(keys, [], 'nothing enumerable added to plain objects');
  });

  QUnit.test('the script-tag global window.KazooSdk.endpoints cannot change what the SDK does either', function (assert) {
    var requests = this.requests;
    var global = window.KazooSdk;
    assert.true(!!global && typeof global.endpoints === 'object', 'window.KazooSdk.endpoints exists');
    var table = global.endpoints;
    var original = table.user.get.url;
    try {
      try { table.user.get.url = 'evil/{userId}'; } catch (e) { /* frozen */ }
      KT.sdk().user.get({ accountId: 'a', userId: 'u' });
      assert.strictEqual(KT.parse(requests[0]).path, '/v2/accounts/a/users/u', 'the SDK still uses the built-in path');
    } finally {
      try { table.user.get.url = original; } catch (e) { /* frozen */ }
    }
    assert.true(Object.isFrozen(table) && Object.isFrozen(table.user) && Object.isFrozen(table.user.get), 'frozen like $.getKazooSdk.endpoints');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('$.getKazooSdk.endpoints is a deep-frozen copy of the built-in table', function (assert) {
    var requests = this.requests;
    var table = $.getKazooSdk.endpoints;
    assert.true(Object.isFrozen(table), 'the table is frozen');
    var namespaces = Object.keys(table);
    var methods = 0;
    var allFrozen = true;
    namespaces.forEach(function (ns) {
      if (!Object.isFrozen(table[ns])) allFrozen = false;
      Object.keys(table[ns]).forEach(function (name) {
        methods++;
        var entry = table[ns][name];
        if (!Object.isFrozen(entry)) allFrozen = false;
        // a method with several forms: each form frozen too
        if (Array.isArray(entry)) entry.forEach(function (form) { if (!Object.isFrozen(form)) allFrozen = false; });
      });
    });
    assert.true(allFrozen, 'every namespace and entry is frozen');
    // the documented 146 methods in 25 namespaces, the 323 of today's Kazoo (45 more namespaces), servicePlan.getFields
    assert.strictEqual(namespaces.length, 70, '70 namespaces');
    assert.strictEqual(methods, 470, '470 methods');
    assert.deepEqual(table.user.get, { verb: 'GET', url: 'accounts/{accountId}/users/{userId}' });
    assert.strictEqual(table.auth.userAuth.auth, true);
    assert.strictEqual(table.port.getAttachment.accept, 'application/pdf');

    // changing it (where it can be changed at all) changes nothing the SDK does
    try { table.user.get.url = 'evil/{userId}'; } catch (e) { /* frozen */ }
    try { table.user.get = { verb: 'DELETE', url: 'evil/{userId}' }; } catch (e) { /* frozen */ }
    try { delete table.user; } catch (e) { /* frozen */ }
    var saved = $.getKazooSdk.endpoints;
    try {
      try { $.getKazooSdk.endpoints = { user: { get: { verb: 'DELETE', url: 'evil/{userId}' } } }; } catch (e) { /* read-only */ }
      var sdk = KT.sdk();
      sdk.user.get({ accountId: 'a', userId: 'u' });
      var r = KT.parse(requests[0]);
      assert.strictEqual(r.verb + ' ' + r.path, 'GET /v2/accounts/a/users/u', 'the SDK still uses the built-in table');
      assert.strictEqual(typeof sdk.device.list, 'function');
    } finally {
      try { $.getKazooSdk.endpoints = saved; } catch (e) { /* read-only */ }
    }
    assert.strictEqual(table.user.get.url, 'accounts/{accountId}/users/{userId}', 'the frozen entry did not change');

    KT.sdk({ endpoints: { demo: { whoami: { verb: 'GET', url: 'whoami' } }, user: { get: { verb: 'GET', url: 'people/{userId}' } } } });
    assert.strictEqual($.getKazooSdk.endpoints.demo, undefined, 'an instance\'s custom endpoints are not added to it');
    assert.strictEqual($.getKazooSdk.endpoints.user.get.url, 'accounts/{accountId}/users/{userId}', 'nor its overrides');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });
})();

QUnit.module('custom endpoints are taken as they were given', KT.hooks);

QUnit.test('changing an entry after getKazooSdk changes nothing; a namespace named request is refused', function (assert) {
  var done = assert.async();
  var entry = { verb: 'GET', url: 'accounts/{accountId}/things' };
  var sdk = KT.sdk({ endpoints: { demo: { things: entry } } });
  entry.verb = 'DELETE';
  entry.url = 'elsewhere';
  sdk.demo.things({ accountId: 'a' }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.verb, 'GET');
  assert.strictEqual(r.path, '/v2/accounts/a/things');
  KT.respond(this.requests[0], 200, KT.envelope([]));
  assert.throws(function () { KT.sdk({ endpoints: { request: { x: { verb: 'GET', url: 'x' } } } }); },
    function (e) { return e.name === 'KazooSdkError' && /endpoints\.request/.test(e.message); });
});

QUnit.test('a custom endpoint whose url has a . or .. segment is refused when the instance is made', function (assert) {
  ['accounts/{accountId}/../x', '../x', 'a/%2e%2e/b', 'a\\..\\b', './x'].forEach(function (url) {
    assert.throws(function () { KT.sdk({ endpoints: { demo: { bad: { verb: 'GET', url: url } } } }); },
      function (e) { return e.name === 'KazooSdkError' && /endpoints\.demo\.bad/.test(e.message); }, url);
  });
});

QUnit.module('custom endpoints can send any path: today\'s paths of documented methods, as a custom table', KT.hooks);

QUnit.test('custom entries send numbers, conference, whitelabel, port and account calls where today\'s plugin does', function (assert) {
  var requests = this.requests;
  // (the built-in table sends these by default now; a custom table can send them too)
  var sdk = KT.sdk({
    authToken: 'tok',
    endpoints: {
      numbers: {
        activate: { verb: 'PUT', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}/activate' },
        delete: { verb: 'DELETE', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}' },
        list: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D' },
      },
      conference: { action: { verb: 'PUT', url: 'accounts/{accountId}/conferences/{conferenceId}' } },
      whitelabel: {
        get: { verb: 'GET', url: 'accounts/{accountId}/whitelabel' },
        getLogo: { verb: 'GET', url: 'accounts/{accountId}/whitelabel/logo', accept: '*/*' },
      },
      port: { listDescendants: { verb: 'GET', url: 'accounts/{accountId}/descendants/port_requests' } },
      account: { listChildren: { verb: 'GET', url: 'accounts/{accountId}/children?ascending=true' } },
    },
  });
  var calls = [
    [function () { sdk.numbers.activate({ accountId: 'a1', phoneNumber: '+14155550100', data: {} }); }, 'PUT', '/v2/accounts/a1/phone_numbers/%2B14155550100/activate', {}],
    [function () { sdk.numbers.delete({ accountId: 'a1', phoneNumber: '+14155550100' }); }, 'DELETE', '/v2/accounts/a1/phone_numbers/%2B14155550100', {}],
    [function () { sdk.numbers.list({ accountId: 'a1' }); }, 'GET', '/v2/accounts/a1/phone_numbers', { filter_state: ['["in_service","port_in"]'] }],
    [function () { sdk.conference.action({ accountId: 'a1', conferenceId: 'c1', data: { action: 'lock' } }); }, 'PUT', '/v2/accounts/a1/conferences/c1', {}],
    [function () { sdk.whitelabel.get({ accountId: 'a1' }); }, 'GET', '/v2/accounts/a1/whitelabel', {}],
    [function () { sdk.whitelabel.getLogo({ accountId: 'a1' }); }, 'GET', '/v2/accounts/a1/whitelabel/logo', {}],
    [function () { sdk.port.listDescendants({ accountId: 'a1' }); }, 'GET', '/v2/accounts/a1/descendants/port_requests', {}],
    [function () { sdk.account.listChildren({ accountId: 'a1' }); }, 'GET', '/v2/accounts/a1/children', { ascending: ['true'] }],
  ];
  calls.forEach(function (call, i) {
    call[0]();
    assert.strictEqual(requests.length, i + 1, call[2] + ': sent');
    var r = KT.parse(requests[i]);
    assert.strictEqual(r.verb, call[1], call[2] + ': verb');
    assert.strictEqual(r.path, call[2], 'path');
    assert.deepEqual(r.query, call[3], call[2] + ': query');
    assert.strictEqual(r.headers['x-auth-token'], 'tok', call[2] + ': token');
  });
  assert.strictEqual(KT.parse(requests[5]).headers.accept, '*/*', 'the logo asks for any type');
  requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
});
