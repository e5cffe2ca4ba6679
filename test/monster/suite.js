/* The Monster-UI style acceptance suite: the bundle loaded as the AMD module `kazoosdk`, driven the way
 * Monster-UI's core drives the classic plugin (test/monster/app.js), against nise's fake XHR. */
/* global KM, require */
(function () {
  'use strict';

  /** Runs `check` once the callbacks that would fire late have fired (jQuery 3+ settles promises on a timer). */
  function later(check) {
    setTimeout(check, 30);
  }

  /** The parts of a URL that matter: origin, path and query without jQuery's `_` cache buster. */
  function urlParts(url) {
    var r = KT.parse({ url: url, method: 'GET', requestHeaders: {} });
    return { origin: r.origin, path: r.path, query: r.query };
  }

  QUnit.module('monster: jQuery and the SDK as AMD modules', KM.hooks);

  QUnit.test('RequireJS-style loading: kazoosdk after its shim dependency jquery; $.getKazooSdk on that jQuery', function (assert) {
    assert.deepEqual(require.loaded.slice(0, 2), ['jquery', 'kazoosdk'], 'jquery loaded first, then kazoosdk');
    assert.strictEqual(typeof KM.$.getKazooSdk, 'function', '$.getKazooSdk registered on the jQuery module');
    assert.strictEqual(typeof KM.kazoosdk.getKazooSdk, 'function', 'the module value holds the bundle exports');
    assert.strictEqual(typeof KM.kazoosdk.KazooSdkError, 'function', 'KazooSdkError among them');
    var kazooSdk = KM.$.getKazooSdk({ apiRoot: KT.API });
    assert.true('user' in kazooSdk && 'get' in kazooSdk.user, "callApi's check: 'user' in kazooSdk && 'get' in kazooSdk.user");
    assert.false('nope' in kazooSdk.user, 'and an unknown method is not in its namespace');
    assert.strictEqual(typeof kazooSdk.request, 'function', 'kazooSdk.request');
  });

  QUnit.module('monster: callApi settings', KM.hooks);

  QUnit.test('the merged settings reach Kazoo (token, cluster id, ui_metadata) and the hooks (requestEventParams)', function (assert) {
    var done = assert.async();
    var app = KM.newApp({ kazooClusterId: 'cluster-7' });
    var requests = this.requests;
    app.callApi({
      resource: 'user.create',
      data: { accountId: 'acc1', data: { first_name: 'Ada' } },
      bypassProgressIndicator: true,
      success: function (response, status) {
        assert.deepEqual(response.data, { id: 'u1', first_name: 'Ada' }, 'success gets the envelope');
        assert.strictEqual(status, 'success');
        later(function () {
          assert.deepEqual(app.events, [['start', { bypassProgressIndicator: true }], ['end', { bypassProgressIndicator: true }]],
            'onRequestStart and onRequestEnd saw requestEventParams');
          done();
        });
      },
    });
    assert.strictEqual(requests.length, 1, 'one request');
    var r = KT.assertRoute(assert, requests[0], 'PUT', '/v2/accounts/acc1/users', {});
    assert.strictEqual(r.headers['x-auth-token'], 'tok-monster', 'the token callApi gives');
    assert.strictEqual(r.headers['x-kazoo-cluster-id'], 'cluster-7', 'X-Kazoo-Cluster-ID');
    assert.deepEqual(r.json, { data: { first_name: 'Ada', ui_metadata: { version: '4.3.0', ui: 'monster-ui', origin: 'voip' } } },
      'the body: data with ui_metadata');
    KT.respond(requests[0], 201, KT.envelope({ id: 'u1', first_name: 'Ada' }));
  });

  QUnit.test('removeMetadataAPI: true (call or instance): no ui_metadata in the body', function (assert) {
    var app = KM.newApp();
    app.callApi({ resource: 'user.create', data: { accountId: 'acc1', data: { first_name: 'Ada' }, removeMetadataAPI: true } });
    var instance = KM.$.getKazooSdk({ apiRoot: KT.API, uiMetadata: { ui: 'monster-ui' }, removeMetadataAPI: true });
    instance.user.create({ accountId: 'acc1', data: { first_name: 'Bob' } });
    assert.strictEqual(this.requests.length, 2, 'two requests');
    assert.deepEqual(KT.parse(this.requests[0]).json, { data: { first_name: 'Ada' } }, 'call setting: data as given');
    assert.deepEqual(KT.parse(this.requests[1]).json, { data: { first_name: 'Bob' } }, 'instance setting: data as given');
  });

  QUnit.test("auto-accept: accept_charges in the body; a 402 then goes to the call's error callback and the error dialog", function (assert) {
    var done = assert.async();
    var app = KM.newApp({ autoAccept: true });
    var requests = this.requests;
    var seen = [];
    app.callApi({
      resource: 'device.create',
      data: { accountId: 'acc1', data: { name: 'desk' } },
      success: function () { seen.push('success'); },
      error: function (parsedError) { seen.push(parsedError.httpErrorStatus); },
    });
    assert.strictEqual(KT.parse(requests[0]).json.accept_charges, true, 'accept_charges: true');
    KT.respond(requests[0], 402, KT.errorEnvelope(402, 'Payment Required', { activation_charges: 5 }));
    later(function () {
      assert.deepEqual(seen, [402], 'the error callback, once, with the 402');
      assert.strictEqual(app.chargesDialogs.length, 0, 'no charges dialog');
      assert.deepEqual(KM.confirms, [], "no SDK's window.confirm");
      assert.strictEqual(requests.length, 1, 'nothing sent again');
      assert.deepEqual(app.dialogs.map(function (d) { return d.status; }), [402], 'the error dialog showed the 402');
      done();
    });
  });

  QUnit.module('monster: 401, re-login and re-send through the detached kazooSdk.request', KM.hooks);

  QUnit.test('five parallel 401s: one re-login, each call sent once more with the new token, each success once', function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    var requests = this.requests;
    var outcomes = [];
    var results = [];
    for (var i = 0; i < 5; i++) {
      (function (i) {
        outcomes[i] = [];
        var promise = app.callApi({
          resource: 'user.get',
          data: { accountId: 'acc1', userId: 'u' + i },
          success: function (response) { outcomes[i].push(['success', response.data.id]); },
          error: function (parsedError) { outcomes[i].push(['error', parsedError.httpErrorStatus]); },
        });
        promise.then(function (response) { results[i] = response.data.id; }, function () { results[i] = 'rejected'; });
      })(i);
    }
    assert.strictEqual(requests.length, 5, 'five requests');
    for (i = 0; i < 5; i++) KT.respond(requests[i], 401, KT.errorEnvelope(401, 'invalid_credentials'));
    assert.strictEqual(app.logins, 1, 'one re-login');
    assert.strictEqual(requests.length, 6, 'one login request');
    var login = KT.assertRoute(assert, requests[5], 'PUT', '/v2/user_auth', {});
    assert.false('x-auth-token' in login.headers, 'the login carries no token');
    assert.deepEqual(login.json.data, { account_name: 'demo', credentials: 'c0ffee' }, 'the credentials');
    assert.deepEqual(outcomes, [[], [], [], [], []], 'no callback yet');
    KT.respond(requests[5], 201, KT.envelope({ account_id: 'acc1' }, { auth_token: 'tok-renewed' }));
    assert.strictEqual(requests.length, 11, 'the five calls sent again');
    for (i = 0; i < 5; i++) {
      var retry = KT.parse(requests[6 + i]);
      assert.strictEqual(retry.verb + ' ' + retry.path, 'GET /v2/accounts/acc1/users/u' + i, 'call ' + i + ' sent again');
      assert.strictEqual(retry.headers['x-auth-token'], 'tok-renewed', 'call ' + i + ': with the new token');
      KT.respond(requests[6 + i], 200, KT.envelope({ id: 'u' + i }));
    }
    later(function () {
      assert.deepEqual(outcomes, [0, 1, 2, 3, 4].map(function (n) { return [['success', 'u' + n]]; }), 'each success callback once, with its answer');
      assert.deepEqual(results, ['u0', 'u1', 'u2', 'u3', 'u4'], "each call's promise resolved with its answer");
      assert.strictEqual(app.dialogs.length, 0, 'no error dialog');
      assert.strictEqual(app.events.filter(function (e) { return e[0] === 'start'; }).length, 11, 'onRequestStart for each exchange');
      assert.strictEqual(app.events.filter(function (e) { return e[0] === 'end'; }).length, 11, 'onRequestEnd for each exchange');
      done();
    });
  });

  QUnit.module('monster: 402, the application\'s own charges dialog', KM.hooks);

  function chargesCall(test, app, seen) {
    app.callApi({
      resource: 'device.create',
      data: { accountId: 'acc1', data: { name: 'desk' } },
      success: function (response) { seen.push(['success', response.data.id]); },
      error: function (parsedError) { seen.push(['error', parsedError.httpErrorStatus]); },
      onChargesCancelled: function () { seen.push(['cancelled']); },
    });
    var first = KT.parse(test.requests[0]);
    KT.respond(test.requests[0], 402, KT.errorEnvelope(402, 'Payment Required', { devices: { sip_device: { quantity: 1, rate: 5 } } }));
    return first;
  }

  QUnit.test('accepted: sent once more with accept_charges; the success callback gets the answer; no SDK dialog', function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    var requests = this.requests;
    var seen = [];
    var first = chargesCall(this, app, seen);
    assert.false('accept_charges' in first.json, 'the first request does not accept charges');
    assert.strictEqual(app.chargesDialogs.length, 1, 'the charges dialog is shown');
    assert.deepEqual(app.chargesDialogs[0] && app.chargesDialogs[0].charges, { devices: { sip_device: { quantity: 1, rate: 5 } } }, 'with the charges');
    assert.strictEqual(requests.length, 1, 'nothing sent before the answer');
    app.chargesDialogs[0].accept();
    assert.strictEqual(requests.length, 2, 'sent again');
    var retry = KT.assertRoute(assert, requests[1], 'PUT', '/v2/accounts/acc1/devices', {});
    assert.strictEqual(retry.json.accept_charges, true, 'with accept_charges: true');
    assert.strictEqual(retry.json.data.name, 'desk', 'the same data');
    assert.strictEqual(retry.headers['x-auth-token'], 'tok-monster', 'the same token');
    KT.respond(requests[1], 201, KT.envelope({ id: 'dev1', name: 'desk' }));
    later(function () {
      assert.deepEqual(seen, [['success', 'dev1']], 'the success callback, once; never the error callback');
      assert.deepEqual(KM.confirms, [], "the SDK's own window.confirm never shown");
      assert.strictEqual(app.dialogs.length, 0, 'no error dialog');
      done();
    });
  });

  QUnit.test("cancelled: the call's onChargesCancelled, once; nothing sent again; no error callback", function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    var seen = [];
    chargesCall(this, app, seen);
    app.chargesDialogs[0].cancel();
    var requests = this.requests;
    later(function () {
      assert.deepEqual(seen, [['cancelled']], 'onChargesCancelled only');
      assert.strictEqual(requests.length, 1, 'nothing sent again');
      assert.deepEqual(KM.confirms, [], "the SDK's own window.confirm never shown");
      done();
    });
  });

  QUnit.module('monster: error callbacks, globalHandler and monsterData', KM.hooks);

  QUnit.test('error(parsedError, jqXHR, globalHandler): globalHandler is the instance\'s onRequestError; calling it shows the dialog with monsterData', function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    var requests = this.requests;
    var handled = [];
    app.callApi({
      resource: 'user.list',
      data: { accountId: 'acc1', filters: { filter_priv_level: 'admin' }, generateError: false },
      error: function (parsedError, jqXHR, globalHandler) {
        handled.push(parsedError);
        assert.strictEqual(typeof globalHandler, 'function', 'a third argument: a function');
        assert.strictEqual(globalHandler, app.kazooSdkSettings.onRequestError, "the instance's onRequestError");
        if (typeof globalHandler === 'function') globalHandler(jqXHR, { generateError: true });
      },
    });
    KT.respond(requests[0], 404, KT.errorEnvelope(404, 'bad_identifier', { cause: 'acc1' }));
    later(function () {
      assert.strictEqual(handled.length, 1, 'the error callback, once');
      assert.strictEqual(handled[0] && handled[0].httpErrorStatus, 404, 'parsedError: an object with httpErrorStatus');
      assert.strictEqual(handled[0] && handled[0].message, 'bad_identifier', 'parsedError: the Crossbar error');
      assert.deepEqual(app.apiErrors, [{ status: 404, generateError: false }, { status: 404, generateError: true }],
        'onRequestError ran twice: the SDK with the call\'s generateError false, then the callback with true');
      assert.strictEqual(app.dialogs.length, 1, 'one error dialog');
      var dialog = app.dialogs[0] || {};
      assert.strictEqual(dialog.verb, 'GET', 'the dialog shows the verb (monsterData.verb)');
      assert.strictEqual(typeof dialog.url, 'string', 'the dialog shows the URL (monsterData.url)');
      if (typeof dialog.url === 'string') assert.deepEqual(urlParts(dialog.url), urlParts(requests[0].url), 'monsterData.url: the full URL sent');
      done();
    });
  });

  QUnit.test("a call's own onRequestError is the third argument when it gives one", function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    var own = [];
    var ownHandler = function (jqXHR) { own.push(jqXHR.status); };
    var thirds = [];
    app.callApi({
      resource: 'user.get',
      data: { accountId: 'acc1', userId: 'u1', onRequestError: ownHandler },
      error: function (parsedError, jqXHR, globalHandler) {
        thirds.push(globalHandler);
        if (typeof globalHandler === 'function') globalHandler(jqXHR);
      },
    });
    KT.respond(this.requests[0], 500, KT.errorEnvelope(500, 'internal_error'));
    later(function () {
      assert.strictEqual(thirds.length, 1, 'the error callback, once');
      assert.strictEqual(thirds[0], ownHandler, "the call's onRequestError");
      assert.deepEqual(own, [500, 500], 'run by the SDK, then by the error callback');
      assert.deepEqual(app.apiErrors, [], "the instance's was not run");
      done();
    });
  });

  QUnit.test('jqXHR.monsterData = {url, verb} is set before onRequestError runs', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var seen = [];
    var kazooSdk = KM.$.getKazooSdk({
      apiRoot: KT.API,
      onRequestError: function (jqXHR) {
        var data = jqXHR.monsterData;
        seen.push(data ? { url: data.url, verb: data.verb } : data);
      },
    });
    kazooSdk.user.update({ accountId: 'acc1', userId: 'u1', data: { first_name: 'Ada' }, filters: { dry_run: true } });
    KT.respond(requests[0], 500, '<html>oops</html>', { 'Content-Type': 'text/html' });
    later(function () {
      assert.strictEqual(seen.length, 1, 'onRequestError, once');
      var data = seen[0] || {};
      assert.strictEqual(data.verb, 'POST', 'monsterData.verb');
      assert.strictEqual(typeof data.url, 'string', 'monsterData.url');
      if (typeof data.url === 'string') assert.deepEqual(urlParts(data.url), urlParts(requests[0].url), 'monsterData.url: the full URL sent');
      done();
    });
  });

  QUnit.module('monster: the classic plugin\'s removeHeaders and envelopeKeys', KM.hooks);

  QUnit.test('removeHeaders: those headers are not sent, the token included; names are case-insensitive', function (assert) {
    var kazooSdk = KM.$.getKazooSdk({ apiRoot: KT.API, authToken: 'tok-stored' });
    var ids = { accountId: 'acc1', userId: 'u1' };
    kazooSdk.user.get(ids);
    kazooSdk.user.get(KM.$.extend({ removeHeaders: ['X-Auth-Token'] }, ids));
    kazooSdk.user.get(KM.$.extend({ authToken: 'tok-call', removeHeaders: ['x-auth-token'] }, ids));
    kazooSdk.user.get(KM.$.extend({ headers: { 'X-Kazoo-Cluster-ID': 'c1', 'X-Other': 'o' }, removeHeaders: ['x-kazoo-cluster-id'] }, ids));
    var sent = this.requests.map(function (xhr) { return KT.parse(xhr).headers; });
    assert.strictEqual(sent.length, 4, 'four requests');
    assert.strictEqual(sent[0]['x-auth-token'], 'tok-stored', 'without removeHeaders: the stored token');
    assert.false('x-auth-token' in sent[1], "['X-Auth-Token']: no stored token");
    assert.false('x-auth-token' in sent[2], "['x-auth-token']: not even the call's own");
    assert.false('x-kazoo-cluster-id' in sent[3], "['x-kazoo-cluster-id'] removes X-Kazoo-Cluster-ID");
    assert.strictEqual(sent[3]['x-other'], 'o', 'the other headers stay');
    assert.strictEqual(sent[3]['x-auth-token'], 'tok-stored', 'and so does the token');
  });

  QUnit.test('removeHeaders on a login: no token sent, the token received is still stored', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var kazooSdk = KM.$.getKazooSdk({ apiRoot: KT.API });
    kazooSdk.auth.userAuth({
      data: { account_name: 'demo', credentials: 'c0ffee' },
      removeHeaders: ['X-Auth-Token'],
      success: function () {
        kazooSdk.user.get({ accountId: 'acc1', userId: 'u1' });
        assert.strictEqual(requests.length, 2, 'the next call');
        assert.strictEqual(requests[1] && KT.parse(requests[1]).headers['x-auth-token'], 'tok-login', 'carries the stored token');
        done();
      },
      error: function (e) {
        assert.ok(false, 'the login failed: ' + JSON.stringify(e));
        done();
      },
    });
    assert.false('x-auth-token' in KT.parse(requests[0]).headers, 'the login carries no token');
    KT.respond(requests[0], 201, KT.envelope({ account_id: 'acc1' }, { auth_token: 'tok-login' }));
  });

  QUnit.test('envelopeKeys: extra keys at the envelope root; never data or accept_charges; __proto__ and constructor dropped', function (assert) {
    var kazooSdk = KM.$.getKazooSdk({ apiRoot: KT.API });
    var keys = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "ctor", "data": "replaced", "accept_charges": false, "metadata": {"source": "monster"}}');
    kazooSdk.user.create({ accountId: 'acc1', data: { first_name: 'Ada' }, acceptCharges: true, envelopeKeys: keys });
    var body = KT.parse(this.requests[0]).json || {};
    assert.deepEqual(body.data, { first_name: 'Ada' }, 'data stays');
    assert.strictEqual(body.accept_charges, true, 'accept_charges stays');
    assert.deepEqual(body.metadata, { source: 'monster' }, 'the extra key, at the root');
    assert.false(Object.prototype.hasOwnProperty.call(body, '__proto__'), '__proto__ dropped');
    assert.false(Object.prototype.hasOwnProperty.call(body, 'constructor'), 'constructor dropped');
    assert.strictEqual({}.polluted, undefined, 'no prototype touched');
    kazooSdk.user.create({ accountId: 'acc1', data: { first_name: 'Bob' }, envelopeKeys: { accept_charges: true, data: 'replaced' } });
    var second = KT.parse(this.requests[1]).json || {};
    assert.false('accept_charges' in second, 'without acceptCharges, envelopeKeys cannot accept charges');
    assert.deepEqual(second.data, { first_name: 'Bob' }, 'nor replace data');
  });

  QUnit.module('monster: port documents as data-URI text', KM.hooks);

  // a PDF that starts with a byte-order mark and holds every byte value
  var PDF = KT.binary([0xef, 0xbb, 0xbf, 0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a].concat(
    Array.apply(null, { length: 256 }).map(function (_, i) { return i; })));
  var DATA_URI = 'data:application/pdf;base64,' + btoa(PDF);
  var PORT = { accountId: 'acc1', portRequestId: 'pr1', documentName: 'loa.pdf' };

  [
    ['port.createAttachment', 'PUT', '/v2/accounts/acc1/port_requests/pr1/attachments', { filename: ['loa.pdf'] }],
    ['port.updateAttachment', 'POST', '/v2/accounts/acc1/port_requests/pr1/attachments/loa.pdf', {}],
  ].forEach(function (row) {
    QUnit.test(row[0] + ': the data-URI text is the body, as given', function (assert) {
      var done = assert.async();
      var app = KM.newApp();
      app.callApi({
        resource: row[0],
        data: KM.$.extend({ data: DATA_URI }, PORT),
        success: function (response) {
          assert.deepEqual(response.data, { stored: true }, 'success gets the envelope');
          done();
        },
        error: function (e) {
          assert.ok(false, 'error callback: ' + JSON.stringify(e));
          done();
        },
      });
      var r = KT.assertRoute(assert, this.requests[0], row[1], row[2], row[3]);
      assert.strictEqual(r.headers['content-type'], 'application/pdf', 'Content-Type');
      assert.strictEqual(r.body, DATA_URI, 'the body: the text as given');
      KT.respond(this.requests[0], 200, KT.envelope({ stored: true }));
    });
  });

  QUnit.test('port.getAttachment: the data-URI text comes back as a string, and splits on ","', function (assert) {
    var done = assert.async();
    var app = KM.newApp();
    app.callApi({
      resource: 'port.getAttachment',
      data: PORT,
      success: function (file) {
        assert.strictEqual(typeof file, 'string', 'a string');
        if (typeof file === 'string') {
          assert.strictEqual(file, DATA_URI, 'the text stored');
          var parts = file.split(',');
          assert.strictEqual(parts[0], 'data:application/pdf;base64', 'its header');
          assert.strictEqual(atob(parts[1]), PDF, 'its document, byte for byte');
        }
        done();
      },
      error: function (e) {
        assert.ok(false, 'error callback: ' + JSON.stringify(e));
        done();
      },
    });
    KT.assertRoute(assert, this.requests[0], 'GET', '/v2/accounts/acc1/port_requests/pr1/attachments/loa.pdf', {});
    KT.respond(this.requests[0], 200, DATA_URI, { 'Content-Type': 'application/pdf' });
  });

  [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]].forEach(function (bom) {
    var bytes = bom.concat(Array.apply(null, { length: 256 }).map(function (_, i) { return i; }));
    var name = bom.map(function (b) { return b.toString(16).toUpperCase(); }).join(' ');

    QUnit.test('port.getAttachment: a file starting with ' + name + ' arrives as a string of one char per byte (and the promise too)', function (assert) {
      var done = assert.async(2);
      function check(label, file) {
        assert.strictEqual(typeof file, 'string', label + ': a string');
        if (typeof file === 'string') {
          assert.deepEqual(file.split('').map(function (c) { return c.charCodeAt(0); }), bytes, label + ': one char per byte, every byte intact');
        }
        done();
      }
      var promise = KM.newApp().callApi({
        resource: 'port.getAttachment',
        data: PORT,
        success: function (file) { check('success callback', file); },
        error: function (e) {
          assert.ok(false, 'error callback: ' + JSON.stringify(e));
          done();
        },
      });
      KT.whenResolved(assert, promise, function (file) { check('promise', file); }, done);
      KT.respond(this.requests[0], 200, KT.binary(bytes), { 'Content-Type': 'application/pdf' });
    });
  });

  QUnit.test("responseType: 'blob' (call or instance) delivers the Blob, bytes intact", function (assert) {
    var done = assert.async(2);
    var bytes = [0xff, 0xfe, 0x00, 0x41, 0x80, 0xc3];
    var app = KM.newApp();
    app.callApi({
      resource: 'port.getAttachment',
      data: KM.$.extend({ responseType: 'blob' }, PORT),
      success: function (file) { KT.assertBlobBytes(assert, file, bytes, 'call setting', done); },
    });
    KM.$.getKazooSdk({ apiRoot: KT.API, responseType: 'blob' }).port.getAttachment(KM.$.extend({
      success: function (file) { KT.assertBlobBytes(assert, file, bytes, 'instance setting', done); },
    }, PORT));
    assert.strictEqual(this.requests.length, 2, 'two requests');
    this.requests.forEach(function (xhr) {
      KT.respond(xhr, 200, KT.binary(bytes), { 'Content-Type': 'application/pdf' });
    });
  });
})();
