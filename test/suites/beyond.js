/* Beyond the classic plugin (issue 7): progress callbacks, re-login on 401 (reauth), whole lists
 * (paginate: 'all', onPage, maxPages) and custom endpoints ($.getKazooSdk({endpoints}),
 * $.getKazooSdk.endpoints frozen). Each is opt-in: without the new settings, behaviour is unchanged.
 *
 * Answers may be handled by the SDK through promises (asynchronous from jQuery 3 on), so the tests
 * wait for requests to appear (waitFor) instead of assuming that a follow-up request is sent at once. */
(function () {
  'use strict';
  var $ = window.jQuery;

  var sleep = KT.sleep;
  var waitFor = KT.waitFor; // resolves once cond() is true; rejects (failing the test) after `ms` milliseconds
  var settle = KT.settle; // a jQuery promise -> a native promise of [fulfilled, value] (never rejects)

  function isSdkError(e) {
    return !!e && e.name === 'KazooSdkError';
  }

  function answer401(xhr) {
    KT.respond(xhr, 401, KT.errorEnvelope(401, 'invalid_credentials'));
  }

  function listenerCount(target) {
    var list = target && target.eventListeners && target.eventListeners.progress;
    return list ? list.length : 0;
  }

  /* ------------------------------------------------------------------------------------------ */
  QUnit.module('beyond: upload and download progress', KT.hooks);

  QUnit.test('uploadProgress (call setting) receives the upload ProgressEvent, this = the request options', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var started;
    var events = [];
    var selves = [];
    var sdk = KT.sdk({ onRequestStart: function (xhr, options) { started = options; } });
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'loa.pdf', data: '%PDF-1.4\nbody',
      uploadProgress: function (event) { events.push(event); selves.push(this); },
      success: function () { done(); } });
    var xhr = requests[0];
    xhr.uploadProgress({ loaded: 10, total: 100 });
    xhr.uploadProgress({ loaded: 100, total: 100 });
    assert.strictEqual(events.length, 2);
    assert.strictEqual(events[0].type, 'progress');
    assert.strictEqual(events[0].loaded, 10);
    assert.strictEqual(events[0].total, 100);
    assert.strictEqual(events[0].lengthComputable, true);
    assert.strictEqual(events[1].loaded, 100);
    assert.strictEqual(selves[0], started, 'this is the options object the hooks receive');
    assert.strictEqual(selves[0].url, 'accounts/a/port_requests/p/attachments?filename=loa.pdf', 'this.url');
    assert.strictEqual(selves[0].verb, 'PUT', 'this.verb');
    xhr.downloadProgress({ loaded: 5, total: 5 });
    assert.strictEqual(events.length, 2, 'a download progress event does not reach uploadProgress');
    KT.respond(xhr, 200, KT.envelope({}));
  });

  QUnit.test('downloadProgress (call setting) receives the download ProgressEvent, this = the request options', async function (assert) {
    var requests = this.requests;
    var started;
    var events = [];
    var selves = [];
    var sdk = KT.sdk({ onRequestStart: function (xhr, options) { started = options; } });
    var promise = sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'bill.pdf',
      downloadProgress: function (event) { events.push(event); selves.push(this); } });
    var xhr = requests[0];
    xhr.downloadProgress({ loaded: 50, total: 200 });
    xhr.downloadProgress({ loaded: 200 });
    assert.strictEqual(events.length, 2);
    assert.strictEqual(events[0].type, 'progress');
    assert.strictEqual(events[0].loaded, 50);
    assert.strictEqual(events[0].total, 200);
    assert.strictEqual(events[0].lengthComputable, true);
    assert.strictEqual(events[1].loaded, 200);
    assert.strictEqual(events[1].lengthComputable, false, 'no total: not computable');
    assert.strictEqual(selves[0], started, 'this is the options object the hooks receive');
    assert.strictEqual(selves[1].url, 'accounts/a/port_requests/p/attachments/bill.pdf');
    xhr.uploadProgress({ loaded: 1, total: 1 });
    assert.strictEqual(events.length, 2, 'an upload progress event does not reach downloadProgress');
    KT.respond(xhr, 200, KT.binary([37, 80, 68, 70]), { 'Content-Type': 'application/pdf' });
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    assert.deepEqual(await KT.bytes(outcome[1]), [37, 80, 68, 70], 'the download is delivered as usual');
  });

  QUnit.test('instance settings uploadProgress and downloadProgress reach every call; a call\'s own replaces them', function (assert) {
    var requests = this.requests;
    var log = [];
    var sdk = KT.sdk({
      uploadProgress: function (e) { log.push('instance up ' + e.loaded + ' ' + this.verb); },
      downloadProgress: function (e) { log.push('instance down ' + e.loaded + ' ' + this.verb); },
    });
    sdk.media.upload({ accountId: 'a', mediaId: 'm', data: 'data:audio/mpeg;base64,AAAA' });
    requests[0].uploadProgress({ loaded: 3, total: 4 });
    requests[0].downloadProgress({ loaded: 7, total: 8 });
    sdk.user.list({ accountId: 'a' });
    requests[1].downloadProgress({ loaded: 9, total: 9 });
    sdk.user.list({ accountId: 'a', downloadProgress: function (e) { log.push('call down ' + e.loaded); } });
    requests[2].downloadProgress({ loaded: 11, total: 11 });
    assert.deepEqual(log, ['instance up 3 POST', 'instance down 7 POST', 'instance down 9 GET', 'call down 11']);
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('a throwing progress callback stops nothing: later events, hooks, callbacks and the promise go on; it is rethrown on a timer', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var calls = { up: 0, down: 0 };
    var log = [];
    KT.reported.length = 0;
    var sdk = KT.sdk({
      onRequestEnd: function () { log.push('end'); },
      onRequestSuccess: function () { log.push('hook success'); },
    });
    var promise = sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF',
      uploadProgress: function () { calls.up++; throw new Error('up broke'); },
      downloadProgress: function () { calls.down++; throw new Error('down broke'); },
      success: function () { log.push('success'); } });
    KT.quietly(function () {
      requests[0].uploadProgress({ loaded: 1, total: 4 });
      requests[0].uploadProgress({ loaded: 4, total: 4 });
      requests[0].downloadProgress({ loaded: 2, total: 2 });
      assert.strictEqual(calls.up, 2, 'the second upload event still reached the callback');
      assert.strictEqual(calls.down, 1);
      // nise's fake XHR fires one more upload and download progress event when it completes
      KT.respond(requests[0], 200, KT.envelope({ ok: 1 }));
    });
    assert.strictEqual(calls.up, 3, 'and the completion\'s upload event');
    assert.strictEqual(calls.down, 2, 'and the completion\'s download event');
    promise.then(function (res) {
      assert.deepEqual(res.data, { ok: 1 }, 'the promise resolves');
      assert.deepEqual(log, ['end', 'hook success', 'success']);
      setTimeout(function () {
        var messages = KT.reported.map(function (e) { return e && e.message; }).sort();
        assert.deepEqual(messages, ['down broke', 'down broke', 'up broke', 'up broke', 'up broke'], 'each throw was rethrown on a timer');
        done();
      }, 20);
    });
  });

  QUnit.test('without progress callbacks no progress listener is added (as raw $.ajax); with one, only on its own target', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk();
    $.ajax({ url: KT.API + 'raw', type: 'POST', data: 'x', contentType: 'application/pdf' });
    var baseline = requests[0];
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF' });
    sdk.user.list({ accountId: 'a' });
    [requests[1], requests[2]].forEach(function (xhr, i) {
      assert.strictEqual(listenerCount(xhr), listenerCount(baseline), 'no download listener (' + i + ')');
      assert.strictEqual(listenerCount(xhr.upload), listenerCount(baseline.upload), 'no upload listener (' + i + ')');
      assert.strictEqual(xhr.onprogress, baseline.onprogress, 'no onprogress (' + i + ')');
      assert.strictEqual(xhr.upload.onprogress, baseline.upload.onprogress, 'no upload.onprogress (' + i + ')');
    });
    // an event on an SDK request without progress callbacks harms nothing
    requests[1].uploadProgress({ loaded: 1, total: 2 });
    requests[2].downloadProgress({ loaded: 1, total: 2 });

    var noop = function () {};
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF', uploadProgress: noop });
    sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', downloadProgress: noop });
    assert.strictEqual(listenerCount(requests[3].upload), listenerCount(baseline.upload) + 1, 'uploadProgress: one listener on xhr.upload');
    assert.strictEqual(listenerCount(requests[3]), listenerCount(baseline), 'uploadProgress alone: none on the xhr');
    assert.strictEqual(listenerCount(requests[4]), listenerCount(baseline) + 1, 'downloadProgress: one listener on the xhr');
    assert.strictEqual(listenerCount(requests[4].upload), listenerCount(baseline.upload), 'downloadProgress alone: none on xhr.upload');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  /* ------------------------------------------------------------------------------------------ */
  QUnit.module('beyond: re-login on 401 (reauth)', KT.hooks);

  QUnit.test('one call: hooks of the 401 exchange, reauth, then the retry with the new token is the call\'s outcome', async function (assert) {
    var requests = this.requests;
    var log = [];
    var sdk = KT.sdk({
      authToken: 'tok-old',
      onRequestStart: function () { log.push('start'); },
      onRequestEnd: function (value) { log.push('end ' + (typeof value.status === 'number' ? value.status : value.status)); },
      onRequestSuccess: function () { log.push('hook success'); },
      onRequestError: function (xhr) { log.push('hook error ' + xhr.status); },
      reauth: function () { log.push('reauth'); return Promise.resolve('tok-new'); },
    });
    var promise = sdk.user.update({ accountId: 'a', userId: 'u', data: { first_name: 'Ada' }, filters: { f: 1 },
      success: function (res) { log.push('success ' + res.data.id); },
      error: function (err) { log.push('error ' + err.httpErrorStatus); } });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    var first = KT.parse(requests[0]);
    var retry = KT.parse(requests[1]);
    assert.strictEqual(first.headers['x-auth-token'], 'tok-old');
    assert.strictEqual(retry.headers['x-auth-token'], 'tok-new', 'the retry carries the new token');
    ['verb', 'origin', 'path', 'query', 'json'].forEach(function (part) {
      assert.deepEqual(retry[part], first[part], 'the same request: ' + part);
    });
    KT.respond(requests[1], 200, KT.envelope({ id: 'u' }));
    var outcome = await settle(promise);
    assert.true(outcome[0], 'the promise resolves with the retry');
    assert.strictEqual(outcome[1].data.id, 'u');
    assert.deepEqual(log, ['start', 'end 401', 'hook error 401', 'reauth', 'start', 'end success', 'hook success', 'success u']);
    await sleep(20);
    assert.strictEqual(requests.length, 2, 'nothing more is sent');
  });

  QUnit.test('three concurrent 401s share one reauth(); each call is retried once with the new token', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var pending = $.Deferred();
    var results = { success: [], error: [] };
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return pending.promise(); } });
    var callbacks = function (name) {
      return {
        success: function (res) { results.success.push(name + ':' + res.data.name); },
        error: function (err) { results.error.push(name + ':' + err.httpErrorStatus); },
      };
    };
    var promises = [
      sdk.user.get($.extend({ accountId: 'a', userId: 'u1' }, callbacks('user'))),
      sdk.device.list($.extend({ accountId: 'a' }, callbacks('devices'))),
      sdk.account.get($.extend({ accountId: 'a' }, callbacks('account'))),
    ];
    requests.slice(0, 3).forEach(answer401);
    await waitFor(function () { return reauths > 0; }, 'reauth');
    await sleep(20);
    assert.strictEqual(reauths, 1, 'reauth() once for the three 401s');
    assert.strictEqual(requests.length, 3, 'nothing re-sent before reauth gives a token');
    assert.deepEqual(results, { success: [], error: [] }, 'no callback yet');
    pending.resolve('tok-new');
    await waitFor(function () { return requests.length === 6; }, 'three retries');
    var byPath = {};
    requests.slice(3).forEach(function (xhr) {
      var r = KT.parse(xhr);
      assert.strictEqual(r.headers['x-auth-token'], 'tok-new', 'new token on the retry of ' + r.path);
      assert.false(r.path in byPath, 'retried once: ' + r.path);
      byPath[r.path] = xhr;
    });
    assert.deepEqual(Object.keys(byPath).sort(), ['/v2/accounts/a', '/v2/accounts/a/devices', '/v2/accounts/a/users/u1']);
    KT.respond(byPath['/v2/accounts/a/users/u1'], 200, KT.envelope({ name: 'u1' }));
    KT.respond(byPath['/v2/accounts/a/devices'], 200, KT.envelope({ name: 'devs' }));
    KT.respond(byPath['/v2/accounts/a'], 200, KT.envelope({ name: 'acc' }));
    var outcomes = await Promise.all(promises.map(settle));
    assert.deepEqual(outcomes.map(function (o) { return o[0] && o[1].data.name; }), ['u1', 'devs', 'acc'], 'each promise resolves with its retry');
    assert.deepEqual(results.success.sort(), ['account:acc', 'devices:devs', 'user:u1']);
    assert.deepEqual(results.error, []);
    assert.strictEqual(reauths, 1);
    await sleep(20);
    assert.strictEqual(requests.length, 6, 'nothing more is sent');
  });

  QUnit.test('the new token is stored: later calls send it; a later 401 (after reauth ended) calls reauth again', async function (assert) {
    var requests = this.requests;
    var tokens = ['tok-1', 'tok-2'];
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-0', reauth: function () { return Promise.resolve(tokens[reauths++]); } });
    var first = sdk.user.list({ accountId: 'a' });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    KT.respond(requests[1], 200, KT.envelope([]));
    await settle(first);
    sdk.user.list({ accountId: 'a' });
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-1', 'a later call sends the stored new token');
    answer401(requests[2]);
    await waitFor(function () { return requests.length === 4; }, 'the second retry');
    assert.strictEqual(reauths, 2, 'a new reauth for a 401 that came after the first one ended');
    assert.strictEqual(KT.parse(requests[3]).headers['x-auth-token'], 'tok-2');
    KT.respond(requests[3], 200, KT.envelope([]));
  });

  QUnit.test('a 401 to a request sent before reauth ended takes its token without a new reauth', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return Promise.resolve('tok-new'); } });
    var first = sdk.user.get({ accountId: 'a', userId: 'u1' });
    var slow = sdk.user.get({ accountId: 'a', userId: 'u2' });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 3; }, 'the first retry');
    KT.respond(requests[2], 200, KT.envelope({ id: 'u1' }));
    assert.true((await settle(first))[0]);
    answer401(requests[1]); // sent with the old token, answered after the re-login ended
    await waitFor(function () { return requests.length === 4; }, 'the second retry');
    assert.strictEqual(KT.parse(requests[3]).path, '/v2/accounts/a/users/u2');
    assert.strictEqual(KT.parse(requests[3]).headers['x-auth-token'], 'tok-new');
    KT.respond(requests[3], 200, KT.envelope({ id: 'u2' }));
    assert.true((await settle(slow))[0]);
    assert.strictEqual(reauths, 1, 'no second reauth');
  });

  QUnit.test('the retry uses the new token even when the call gave its own authToken', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-stored', reauth: function () { return 'tok-new'; } });
    var promise = sdk.user.get({ accountId: 'a', userId: 'u', authToken: 'tok-own' });
    assert.strictEqual(KT.parse(requests[0]).headers['x-auth-token'], 'tok-own');
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-new');
    KT.respond(requests[1], 200, KT.envelope({ id: 'u' }));
    var outcome = await settle(promise);
    assert.true(outcome[0]);
  });

  QUnit.test('a 401 from another apiRoot ends with its 401: no re-login, no token fetched or stored for that apiRoot', async function (assert) {
    var requests = this.requests;
    var other = 'http://cluster-b.test/v2/';
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-home', reauth: function () { reauths++; return Promise.resolve('tok-new'); } });
    var promise = sdk.user.list({ accountId: 'a', apiRoot: other, authToken: 'tok-b-old' });
    answer401(requests[0]);
    var outcome = await settle(promise);
    assert.false(outcome[0], 'the call failed');
    assert.strictEqual(outcome[1].httpErrorStatus, 401, 'with its 401');
    assert.strictEqual(reauths, 0, 'reauth() was not called');
    assert.strictEqual(requests.length, 1, 'nothing was re-sent');
    sdk.user.list({ accountId: 'a', apiRoot: other });
    assert.false('x-auth-token' in KT.parse(requests[1]).headers, 'the other apiRoot has no token');
    KT.respond(requests[1], 200, KT.envelope([]));
    sdk.user.list({ accountId: 'a' });
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-home', 'the home apiRoot keeps its token');
    KT.respond(requests[2], 200, KT.envelope([]));
  });

  [
    ['a string', function () { return 'tok-new'; }],
    ['a native promise of a string', function () { return Promise.resolve('tok-new'); }],
    ['a jQuery promise of a string', function () {
      var d = $.Deferred();
      setTimeout(function () { d.resolve('tok-new'); }, 5);
      return d.promise();
    }],
    ['a bare thenable of a string', function () {
      return { then: function (resolve) { setTimeout(function () { resolve('tok-new'); }, 5); } };
    }],
    ['a promise of an envelope with auth_token', function () {
      return Promise.resolve({ status: 'success', auth_token: 'tok-new', data: { account_id: 'a' } });
    }],
  ].forEach(function (form) {
    QUnit.test('reauth may return ' + form[0], async function (assert) {
      var requests = this.requests;
      var reauths = 0;
      var promise = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return form[1](); } })
        .account.get({ accountId: 'a' });
      answer401(requests[0]);
      await waitFor(function () { return requests.length === 2; }, 'the retry');
      assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-new');
      KT.respond(requests[1], 200, KT.envelope({ id: 'a' }));
      var outcome = await settle(promise);
      assert.true(outcome[0], 'resolved by the retry');
      assert.strictEqual(reauths, 1);
    });
  });

  QUnit.test('reauth may log in again through kazooSdk.auth.userAuth: one login, no token on it, the retry carries its token', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () {
      reauths++;
      return sdk.auth.userAuth({ data: { account_name: 'demo', credentials: 'md5' } });
    } });
    var promise = sdk.user.list({ accountId: 'a' });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the login');
    var login = KT.parse(requests[1]);
    assert.strictEqual(login.verb, 'PUT');
    assert.strictEqual(login.path, '/v2/user_auth');
    assert.false('x-auth-token' in login.headers, 'the login carries no token');
    KT.respond(requests[1], 201, KT.envelope({ account_id: 'a' }, { auth_token: 'tok-login' }));
    await waitFor(function () { return requests.length === 3; }, 'the retry');
    var retry = KT.parse(requests[2]);
    assert.strictEqual(retry.path, '/v2/accounts/a/users');
    assert.strictEqual(retry.headers['x-auth-token'], 'tok-login');
    KT.respond(requests[2], 200, KT.envelope([{ id: 'u' }]));
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    assert.deepEqual(outcome[1].data, [{ id: 'u' }]);
    assert.strictEqual(reauths, 1);
    await sleep(20);
    assert.strictEqual(requests.length, 3, 'one login, one retry');
  });

  QUnit.test('a 401 on the retry goes to the error callback: no second reauth for that call', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var errors = [];
    var successes = 0;
    var promise = KT.sdk({ reauth: function () { reauths++; return Promise.resolve('tok-new'); } }).user.get({
      accountId: 'a', userId: 'u', success: function () { successes++; }, error: function (err, xhr) { errors.push([err, xhr]); } });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    KT.respond(requests[1], 401, KT.errorEnvelope(401, 'still_invalid'));
    var outcome = await settle(promise);
    assert.false(outcome[0], 'the promise is rejected');
    assert.strictEqual(outcome[1].httpErrorStatus, 401);
    assert.strictEqual(outcome[1].message, 'still_invalid', 'with the retry\'s error');
    assert.strictEqual(errors.length, 1, 'the error callback once');
    assert.strictEqual(errors[0][0].httpErrorStatus, 401);
    assert.strictEqual(errors[0][1].status, 401, 'with the jqXHR');
    assert.strictEqual(successes, 0);
    await sleep(20);
    assert.strictEqual(reauths, 1, 'no second reauth');
    assert.strictEqual(requests.length, 2, 'no second retry');
  });

  function later(settleIt) {
    return new Promise(function (resolve, reject) { setTimeout(function () { settleIt(resolve, reject); }, 10); });
  }

  /* [what, reauth]: some fail at once (before the next 401 arrives), some stay pending while the three
   * 401s arrive; either way the three calls, all sent before reauth() ended, share one reauth(). */
  [
    ['throws', function () { throw new Error('reauth broke'); }, ],
    ['returns nothing', function () { return undefined; }, ],
    ['returns an empty string', function () { return ''; }, ],
    ['returns a rejected jQuery promise', function () { return $.Deferred().reject('no').promise(); }, ],
    ['rejects', function () { return Promise.reject(new Error('no')); }, ],
    ['rejects later', function () { return later(function (resolve, reject) { reject(new Error('no')); }); }, ],
    ['rejects later (jQuery)', function () {
      var d = $.Deferred();
      setTimeout(function () { d.reject('no'); }, 10);
      return d.promise();
    }, ],
    ['resolves with nothing', function () { return later(function (resolve) { resolve(); }); }, ],
    ['resolves with an empty string', function () { return later(function (resolve) { resolve(''); }); }, ],
    ['resolves with an envelope without auth_token', function () {
      return later(function (resolve) { resolve({ status: 'success', data: {} }); });
    }, ],
  ].forEach(function (failure) {
    QUnit.test('reauth that ' + failure[0] + ': each waiting call ends with its original 401, nothing is re-sent', async function (assert) {
      var requests = this.requests;
      var reauths = 0;
      var errors = [];
      var successes = 0;
      KT.reported.length = 0;
      var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return failure[1](); } });
      var promises = ['u1', 'u2', 'u3'].map(function (id) {
        return sdk.user.get({ accountId: 'a', userId: id,
          success: function () { successes++; },
          error: function (err, xhr) { errors.push([id, err, xhr]); } });
      });
      KT.quietly(function () {
        requests.slice(0, 3).forEach(function (xhr, i) {
          KT.respond(xhr, 401, KT.errorEnvelope(401, 'invalid_credentials', { call: i }));
        });
      });
      var outcomes = await Promise.all(promises.map(settle));
      outcomes.forEach(function (outcome, i) {
        assert.false(outcome[0], 'promise ' + i + ' rejected');
        assert.strictEqual(outcome[1].httpErrorStatus, 401);
        assert.deepEqual(outcome[1].data, { call: i }, 'its own original 401');
      });
      await sleep(20);
      assert.strictEqual(errors.length, 3, 'three error callbacks');
      assert.deepEqual(errors.map(function (e) { return e[0]; }).sort(), ['u1', 'u2', 'u3'], 'one per call');
      errors.forEach(function (e) {
        assert.strictEqual(e[1].message, 'invalid_credentials');
        assert.strictEqual(e[2] && e[2].status, 401, 'the 401 jqXHR');
      });
      assert.strictEqual(successes, 0);
      assert.strictEqual(reauths, 1, 'reauth once, shared by the three calls');
      assert.strictEqual(requests.length, 3, 'nothing re-sent');
    });
  });

  QUnit.test('a reauth login answered 401 ends the call with its 401: the login does not trigger reauth, no loop', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var errors = [];
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () {
      reauths++;
      return sdk.auth.userAuth({ data: { account_name: 'demo', credentials: 'wrong' } });
    } });
    var promise = sdk.user.list({ accountId: 'a', error: function (err) { errors.push(err); } });
    KT.respond(requests[0], 401, KT.errorEnvelope(401, 'invalid_credentials', { which: 'call' }));
    await waitFor(function () { return requests.length === 2; }, 'the login');
    KT.respond(requests[1], 401, KT.errorEnvelope(401, 'invalid_credentials', { which: 'login' }));
    var outcome = await settle(promise);
    assert.false(outcome[0]);
    assert.deepEqual(outcome[1].data, { which: 'call' }, 'the call\'s original 401');
    await sleep(20);
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(reauths, 1);
    assert.strictEqual(requests.length, 2, 'nothing more sent');
  });

  QUnit.test('login methods never trigger reauth', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var errors = [];
    var sdk = KT.sdk({ reauth: function () { reauths++; return 'tok-new'; } });
    var promises = ['userAuth', 'sharedAuth', 'pinAuth'].map(function (name, i) {
      var promise = sdk.auth[name]({ data: { x: 1 }, error: function (err) { errors.push(name + ' ' + err.httpErrorStatus); } });
      answer401(requests[i]);
      return promise;
    });
    var outcomes = await Promise.all(promises.map(settle));
    assert.deepEqual(outcomes.map(function (o) { return o[0]; }), [false, false, false]);
    await sleep(20);
    assert.deepEqual(errors, ['userAuth 401', 'sharedAuth 401', 'pinAuth 401']);
    assert.strictEqual(reauths, 0);
    assert.strictEqual(requests.length, 3, 'no retry');
  });

  QUnit.test('preventCallbackError set in onRequestError: no reauth, no error callback (the application took the call over)', async function (assert) {
    var requests = this.requests;
    var calls = [];
    KT.sdk({
      reauth: function () { calls.push('reauth'); return 'tok-new'; },
      onRequestError: function (xhr, options) { calls.push('taken'); options.preventCallbackError = true; },
    }).user.list({ accountId: 'a', error: function () { calls.push('error'); } });
    answer401(requests[0]);
    await sleep(30);
    assert.deepEqual(calls, ['taken']);
    assert.strictEqual(requests.length, 1);
  });

  QUnit.test('reauth as a call setting works on an instance without one', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-old' });
    var promise = sdk.user.list({ accountId: 'a', reauth: function () { return Promise.resolve('tok-call'); } });
    answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-call');
    KT.respond(requests[1], 200, KT.envelope([]));
    assert.true((await settle(promise))[0]);
  });

  QUnit.test('abort() while reauth is pending ends the call once with "abort"; it is not re-sent, the other call is', async function (assert) {
    var requests = this.requests;
    var pending = $.Deferred();
    var errors = [];
    var sdk = KT.sdk({ reauth: function () { return pending.promise(); } });
    var aborted = sdk.user.get({ accountId: 'a', userId: 'u1', error: function (err) { errors.push(err.message); } });
    var kept = sdk.user.get({ accountId: 'a', userId: 'u2' });
    answer401(requests[0]);
    answer401(requests[1]);
    aborted.abort();
    var outcome = await settle(aborted);
    assert.false(outcome[0], 'rejected at once');
    assert.strictEqual(outcome[1].message, 'abort');
    assert.strictEqual(outcome[1].httpErrorStatus, 0);
    pending.resolve('tok-new');
    await waitFor(function () { return requests.length === 3; }, 'the retry of the other call');
    assert.strictEqual(KT.parse(requests[2]).path, '/v2/accounts/a/users/u2', 'only the call still waiting is re-sent');
    KT.respond(requests[2], 200, KT.envelope({ id: 'u2' }));
    assert.true((await settle(kept))[0]);
    await sleep(20);
    assert.deepEqual(errors, ['abort'], 'the error callback once');
    assert.strictEqual(requests.length, 3);
  });

  QUnit.test('without reauth a 401 goes straight to the error callback, as before', async function (assert) {
    var requests = this.requests;
    var log = [];
    var promise = KT.sdk({
      authToken: 'tok',
      onRequestEnd: function () { log.push('end'); },
      onRequestError: function (xhr) { log.push('hook error ' + xhr.status); },
    }).user.list({ accountId: 'a', error: function (err) { log.push('error ' + err.httpErrorStatus); } });
    answer401(requests[0]);
    assert.deepEqual(log, ['end', 'hook error 401', 'error 401'], 'the error callback runs at once');
    var outcome = await settle(promise);
    assert.false(outcome[0]);
    assert.strictEqual(outcome[1].httpErrorStatus, 401);
    await sleep(20);
    assert.strictEqual(requests.length, 1, 'no retry');
  });

  /* ------------------------------------------------------------------------------------------ */
  QUnit.module('beyond: whole lists (paginate: \'all\')', KT.hooks);

  function user(n) {
    return { id: 'u' + n, name: 'User ' + n };
  }

  QUnit.test('three pages: start_key from next_start_key, the same filters, onPage per page, one envelope with every item', async function (assert) {
    var requests = this.requests;
    var hooks = { start: 0, end: 0, success: 0, error: 0 };
    var pages = [];
    var successes = [];
    var filters = { filter_first_name: 'Pager', page_size: 2, key_missing: ['a', 'b'] };
    var promise = KT.sdk({
      onRequestStart: function () { hooks.start++; },
      onRequestEnd: function () { hooks.end++; },
      onRequestSuccess: function () { hooks.success++; },
      onRequestError: function () { hooks.error++; },
    }).user.list({ accountId: 'a', filters: filters, paginate: 'all',
      onPage: function (envelope) { pages.push(envelope); },
      success: function (res) { successes.push(res); },
      error: function () { assert.ok(false, 'no error'); } });
    var base = { filter_first_name: ['Pager'], page_size: ['2'], key_missing: ['a', 'b'] };
    assert.deepEqual(KT.parse(requests[0]).query, base, 'page 1: the filters, no start_key, no paginate');
    KT.respond(requests[0], 200, KT.envelope([user(1), user(2)], { page_size: 2, start_key: 'k1', next_start_key: 'k2', request_id: 'r1' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    assert.deepEqual(KT.parse(requests[1]).query, $.extend({ start_key: ['k2'] }, base), 'page 2: start_key = next_start_key');
    assert.strictEqual(KT.parse(requests[1]).path, '/v2/accounts/a/users');
    assert.strictEqual(KT.parse(requests[1]).verb, 'GET');
    KT.respond(requests[1], 200, KT.envelope([user(3), user(4)], { page_size: 2, start_key: 'k2', next_start_key: 'k3', request_id: 'r2' }));
    await waitFor(function () { return requests.length === 3; }, 'page 3');
    assert.deepEqual(KT.parse(requests[2]).query, $.extend({ start_key: ['k3'] }, base), 'page 3');
    assert.strictEqual(successes.length, 0, 'no success before the last page');
    KT.respond(requests[2], 200, KT.envelope([user(5)], { page_size: 1, start_key: 'k3', request_id: 'r3', revision: 'rev-3' }));
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    var all = outcome[1];
    assert.deepEqual(all.data, [user(1), user(2), user(3), user(4), user(5)], 'data: every page\'s items, in order');
    assert.false('next_start_key' in all, 'no next_start_key');
    assert.strictEqual(all.request_id, 'r3', 'the last page\'s envelope');
    assert.strictEqual(all.revision, 'rev-3');
    assert.strictEqual(all.status, 'success');
    await sleep(20);
    assert.strictEqual(successes.length, 1, 'success once');
    assert.deepEqual(successes[0].data, all.data, 'the success callback gets the same envelope');
    assert.strictEqual(requests.length, 3, 'three requests');
    assert.deepEqual(pages.map(function (p) { return p.request_id; }), ['r1', 'r2', 'r3'], 'onPage per page, in order');
    assert.deepEqual(pages[0].data, [user(1), user(2)], 'onPage gets the page\'s own envelope');
    assert.strictEqual(pages[0].next_start_key, 'k2');
    assert.deepEqual(hooks, { start: 3, end: 3, success: 3, error: 0 }, 'every page exchange fires its hooks');
    assert.deepEqual(filters, { filter_first_name: 'Pager', page_size: 2, key_missing: ['a', 'b'] }, 'the caller\'s filters are not changed');
  });

  QUnit.test('a filters.paginate is sent as given; a start_key in the filters is replaced, not repeated, on later pages', async function (assert) {
    var requests = this.requests;
    var promise = KT.sdk().user.list({ accountId: 'a', filters: { paginate: true, start_key: 'k0' }, paginate: 'all' });
    assert.deepEqual(KT.parse(requests[0]).query, { paginate: ['true'], start_key: ['k0'] });
    KT.respond(requests[0], 200, KT.envelope([1], { next_start_key: 'k1' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    assert.deepEqual(KT.parse(requests[1]).query, { paginate: ['true'], start_key: ['k1'] });
    KT.respond(requests[1], 200, KT.envelope([2]));
    assert.deepEqual((await settle(promise))[1].data, [1, 2]);

    var unpaged = KT.sdk().user.list({ accountId: 'a', filters: { paginate: false }, paginate: 'all' });
    assert.deepEqual(KT.parse(requests[2]).query, { paginate: ['false'] }, 'paginate=false sent as given, never paginate=all');
    KT.respond(requests[2], 200, KT.envelope([1, 2, 3]));
    var outcome = await settle(unpaged);
    assert.deepEqual(outcome[1].data, [1, 2, 3]);
    await sleep(20);
    assert.strictEqual(requests.length, 3, 'one request when the first page is the last');
  });

  QUnit.test('a 401 on page 2 with reauth: page 2 is retried with the new token and paging goes on', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var promise = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return Promise.resolve('tok-new'); } })
      .user.list({ accountId: 'a', paginate: 'all', filters: { page_size: 1 } });
    KT.respond(requests[0], 200, KT.envelope([1], { next_start_key: 'k2' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    answer401(requests[1]);
    await waitFor(function () { return requests.length === 3; }, 'page 2 again');
    var retry = KT.parse(requests[2]);
    assert.deepEqual(retry.query, { page_size: ['1'], start_key: ['k2'] }, 'the same page');
    assert.strictEqual(retry.headers['x-auth-token'], 'tok-new');
    KT.respond(requests[2], 200, KT.envelope([2], { next_start_key: 'k3' }));
    await waitFor(function () { return requests.length === 4; }, 'page 3');
    assert.deepEqual(KT.parse(requests[3]).query, { page_size: ['1'], start_key: ['k3'] });
    assert.strictEqual(KT.parse(requests[3]).headers['x-auth-token'], 'tok-new');
    KT.respond(requests[3], 200, KT.envelope([3]));
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    assert.deepEqual(outcome[1].data, [1, 2, 3]);
    assert.strictEqual(reauths, 1);
  });

  QUnit.test('maxPages: 2 stops after two pages and keeps the last next_start_key', async function (assert) {
    var requests = this.requests;
    var pages = 0;
    var successes = 0;
    var promise = KT.sdk().user.list({ accountId: 'a', paginate: 'all', maxPages: 2,
      onPage: function () { pages++; }, success: function () { successes++; } });
    KT.respond(requests[0], 200, KT.envelope([1, 2], { next_start_key: 'k2' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    KT.respond(requests[1], 200, KT.envelope([3, 4], { next_start_key: 'k3', request_id: 'r2' }));
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    assert.deepEqual(outcome[1].data, [1, 2, 3, 4]);
    assert.strictEqual(outcome[1].next_start_key, 'k3', 'the caller can tell the list is incomplete');
    assert.strictEqual(outcome[1].request_id, 'r2');
    await sleep(30);
    assert.strictEqual(requests.length, 2, 'two requests');
    assert.strictEqual(pages, 2);
    assert.strictEqual(successes, 1);
  });

  QUnit.test('maxPages defaults to 100', async function (assert) {
    var requests = this.requests;
    var answered = 0;
    var timer = setInterval(function () {
      while (answered < requests.length) {
        KT.respond(requests[answered], 200, KT.envelope([answered], { next_start_key: 'k' + (answered + 1) }));
        answered++;
      }
    }, 1);
    var outcome = await settle(KT.sdk().user.list({ accountId: 'a', paginate: 'all' }));
    await sleep(30);
    clearInterval(timer);
    assert.true(outcome[0]);
    assert.strictEqual(requests.length, 100, 'a hundred pages fetched');
    assert.strictEqual(outcome[1].data.length, 100);
    assert.strictEqual(outcome[1].data[99], 99);
    assert.strictEqual(outcome[1].next_start_key, 'k100');
  });

  QUnit.test('an error on page 2 ends the call with that error: error callback once, no success, no page 3', async function (assert) {
    var requests = this.requests;
    var calls = { success: 0, error: [], pages: 0, hookError: 0, hookSuccess: 0 };
    var promise = KT.sdk({
      onRequestSuccess: function () { calls.hookSuccess++; },
      onRequestError: function () { calls.hookError++; },
    }).user.list({ accountId: 'a', paginate: 'all',
      onPage: function () { calls.pages++; },
      success: function () { calls.success++; },
      error: function (err) { calls.error.push(err); } });
    KT.respond(requests[0], 200, KT.envelope([1], { next_start_key: 'k2' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    KT.respond(requests[1], 500, KT.errorEnvelope(500, 'datastore_fault', { page: 2 }));
    var outcome = await settle(promise);
    assert.false(outcome[0], 'the promise is rejected');
    assert.strictEqual(outcome[1].httpErrorStatus, 500);
    assert.deepEqual(outcome[1].data, { page: 2 });
    await sleep(30);
    assert.strictEqual(calls.error.length, 1, 'error callback once');
    assert.strictEqual(calls.error[0].message, 'datastore_fault');
    assert.strictEqual(calls.success, 0);
    assert.strictEqual(calls.pages, 1, 'onPage only for the page received');
    assert.strictEqual(calls.hookSuccess, 1);
    assert.strictEqual(calls.hookError, 1);
    assert.strictEqual(requests.length, 2);
  });

  QUnit.test('an error on page 1 ends the call at once', async function (assert) {
    var requests = this.requests;
    var pages = 0;
    var outcome = settle(KT.sdk().user.list({ accountId: 'a', paginate: 'all', onPage: function () { pages++; } }));
    KT.respond(requests[0], 404, KT.errorEnvelope(404, 'bad_identifier'));
    outcome = await outcome;
    assert.false(outcome[0]);
    assert.strictEqual(outcome[1].httpErrorStatus, 404);
    assert.strictEqual(pages, 0);
    assert.strictEqual(requests.length, 1);
  });

  QUnit.test('abort() between pages ends the call once with "abort"', async function (assert) {
    var requests = this.requests;
    var errors = [];
    var successes = 0;
    var promise = KT.sdk().user.list({ accountId: 'a', paginate: 'all',
      success: function () { successes++; }, error: function (err) { errors.push(err.message); } });
    KT.respond(requests[0], 200, KT.envelope([1], { next_start_key: 'k2' }));
    await waitFor(function () { return requests.length === 2; }, 'page 2');
    promise.abort();
    var outcome = await settle(promise);
    assert.false(outcome[0]);
    assert.strictEqual(outcome[1].message, 'abort');
    await sleep(20);
    assert.deepEqual(errors, ['abort']);
    assert.strictEqual(successes, 0);
    assert.strictEqual(requests.length, 2);
  });

  QUnit.test('abort() from inside onPage ends the call once with "abort": no success with the partial list', async function (assert) {
    var requests = this.requests;
    var log = [];
    var promise = KT.sdk().user.list({ accountId: 'a', paginate: 'all',
      onPage: function () { log.push('page'); promise.abort(); },
      success: function () { log.push('success'); },
      error: function (err) { log.push('error ' + err.message); } });
    KT.respond(requests[0], 200, KT.envelope([1], { next_start_key: 'k2' }));
    var outcome = await settle(promise);
    assert.false(outcome[0], 'the promise is rejected');
    assert.strictEqual(outcome[1].message, 'abort');
    await sleep(20);
    assert.deepEqual(log, ['page', 'error abort'], 'the error callback once, no success');
    assert.strictEqual(requests.length, 1, 'no next page');
  });

  QUnit.test('without paginate, a GET sends one request even when next_start_key is present', async function (assert) {
    var requests = this.requests;
    var pages = 0;
    var successes = [];
    var promise = KT.sdk().user.list({ accountId: 'a', filters: { page_size: 2 }, onPage: function () { pages++; },
      success: function (res) { successes.push(res); } });
    KT.respond(requests[0], 200, KT.envelope([1, 2], { next_start_key: 'k2' }));
    var outcome = await settle(promise);
    assert.deepEqual(outcome[1].data, [1, 2]);
    assert.strictEqual(outcome[1].next_start_key, 'k2', 'the page as the server sent it');
    await sleep(30);
    assert.strictEqual(requests.length, 1, 'one request');
    assert.strictEqual(successes.length, 1);
    assert.strictEqual(pages, 0, 'onPage is for paginate: \'all\' only');
  });

  /* ------------------------------------------------------------------------------------------ */
  QUnit.module('beyond: custom endpoints', KT.hooks);

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
        function (e) { return isSdkError(e) && /userId/.test(e.message) && /demo\.whoami/.test(e.message); },
        'userId ' + JSON.stringify(bad) + ' is refused, naming the method and the setting');
    });
    assert.throws(function () { sdk.demo.whoami({ userId: 'u' }); }, function (e) { return isSdkError(e) && /accountId/.test(e.message); });
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
      function (e) { return isSdkError(e) && /things\.create/.test(e.message) && /"data"/.test(e.message); });
    assert.throws(function () { sdk.things.update({ accountId: 'a', thingId: 't' }); },
      function (e) { return isSdkError(e) && /"data"/.test(e.message); });
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
    answer401(requests[2]);
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
    assert.throws(function () { sdk.docs.put({ accountId: 'a', docId: 'd', data: { not: 'raw' } }); }, isSdkError, 'a plain object is refused');
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
    assert.throws(function () { sdk.people.create({ accountId: 'a' }); }, isSdkError, 'data still mandatory');
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
      assert.true(isSdkError(caught), 'a KazooSdkError: ' + (caught && caught.name));
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
        assert.true(isSdkError(e), 'refused with a KazooSdkError (' + i + '): ' + e);
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

QUnit.module('beyond: custom endpoints are taken as they were given', KT.hooks);

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

QUnit.module('beyond: today\'s paths of documented methods, through custom endpoints (README)', KT.hooks);

QUnit.test('the README\'s endpoints send numbers, conference, whitelabel, port and account calls where today\'s plugin does', function (assert) {
  var requests = this.requests;
  // The `endpoints` of the README's "Today's Kazoo" snippet, as written there.
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
