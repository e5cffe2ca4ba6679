/* Re-login on 401 (reauth): it concerns only the apiRoot the instance's token belongs to, a login
 * never triggers it, the requests of a re-login are never queued behind it, and whatever reauth()
 * returns (a thenable that fulfils twice included) the call is re-sent at most once and ends once. */
(function () {
  'use strict';

  var OTHER = 'https://other.example.net/';

  /** Counts the final callbacks of a call. */
  function outcomes() {
    var seen = { success: [], error: [] };
    return {
      seen: seen,
      success: function (res) { seen.success.push(res); },
      error: function (err) { seen.error.push(err); },
    };
  }

  QUnit.module('re-login: only for the instance\'s apiRoot', KT.hooks);

  QUnit.test('a 401 from another apiRoot ends with its 401: no reauth, nothing re-sent, no token stored for it', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-home', reauth: function () { reauths++; return 'tok-new'; } });
    var cb = outcomes();
    var promise = sdk.request({ url: 'status', apiRoot: OTHER, success: cb.success, error: cb.error });
    assert.strictEqual(KT.parse(requests[0]).origin, 'https://other.example.net', 'sent to the other apiRoot');
    assert.false('x-auth-token' in KT.parse(requests[0]).headers, 'without the instance\'s token');
    KT.answer401(requests[0], 'other');
    var outcome = await KT.ended(promise);
    assert.ok(outcome, 'the call ends');
    assert.false(outcome && outcome[0], 'the promise rejects');
    assert.strictEqual(outcome && outcome[1].httpErrorStatus, 401, 'with the 401');
    await KT.sleep(20);
    assert.strictEqual(reauths, 0, 'reauth is not called');
    assert.strictEqual(cb.seen.error.length, 1, 'the error callback once');
    assert.strictEqual(cb.seen.error[0] && cb.seen.error[0].httpErrorStatus, 401, 'with httpErrorStatus 401');
    assert.strictEqual(cb.seen.success.length, 0, 'no success');
    assert.strictEqual(requests.length, 1, 'nothing re-sent');

    sdk.request({ url: 'status', apiRoot: OTHER });
    assert.false('x-auth-token' in KT.parse(requests[1]).headers, 'a later call to the other apiRoot sends no token');
    sdk.request({ url: 'status' });
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-home', 'the instance\'s apiRoot keeps its token');
    requests.slice(1).forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('a 401 from another apiRoot with the call\'s own authToken: no reauth either', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-home', reauth: function () { reauths++; return 'tok-new'; } });
    var promise = sdk.user.list({ accountId: 'a', apiRoot: OTHER, authToken: 'tok-other' });
    assert.strictEqual(KT.parse(requests[0]).headers['x-auth-token'], 'tok-other');
    KT.answer401(requests[0], 'other');
    var outcome = await KT.ended(promise);
    assert.deepEqual(outcome && [outcome[0], outcome[1].httpErrorStatus], [false, 401], 'rejected with the 401');
    await KT.sleep(20);
    assert.strictEqual(reauths, 0, 'reauth is not called');
    assert.strictEqual(requests.length, 1, 'nothing re-sent');
    sdk.user.list({ accountId: 'a', apiRoot: OTHER });
    assert.false('x-auth-token' in KT.parse(requests[1]).headers, 'no token stored for the other apiRoot');
    KT.respond(requests[1], 200, KT.envelope([]));
  });

  // Control: the instance's own apiRoot (also spelled without its trailing slash) still re-logs in.
  [KT.API, KT.API.replace(/\/$/, '')].forEach(function (apiRoot, i) {
    QUnit.test('control: a 401 from the instance\'s apiRoot re-logs in' + (i ? ' (apiRoot given without its trailing /)' : ''), async function (assert) {
      var requests = this.requests;
      var reauths = 0;
      var sdk = KT.sdk({ authToken: 'tok-home', reauth: function () { reauths++; return 'tok-new'; } });
      var cb = outcomes();
      var promise = sdk.request({ url: 'status', apiRoot: apiRoot, success: cb.success, error: cb.error });
      KT.answer401(requests[0], 'home');
      await KT.waitFor(function () { return requests.length === 2; }, 'the retry');
      var retry = KT.parse(requests[1]);
      assert.strictEqual(retry.headers['x-auth-token'], 'tok-new', 'the retry carries the new token');
      assert.strictEqual(retry.origin, KT.ORIGIN);
      assert.strictEqual(retry.path, '/v2/status');
      KT.respond(requests[1], 200, KT.envelope({ ok: true }));
      var outcome = await KT.ended(promise);
      assert.true(outcome && outcome[0], 'resolved by the retry');
      assert.strictEqual(reauths, 1);
      assert.strictEqual(cb.seen.success.length + cb.seen.error.length, 1, 'one final callback');
    });
  });

  QUnit.test('a login sent through kazooSdk.request({auth: true}) answered 401 does not call reauth()', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return 'tok-new'; } });
    var cb = outcomes();
    var promise = sdk.request({ url: 'user_auth', verb: 'PUT', auth: true, data: { credentials: 'md5', account_name: 'demo' },
      success: cb.success, error: cb.error });
    var login = KT.parse(requests[0]);
    assert.strictEqual(login.verb, 'PUT');
    assert.strictEqual(login.path, '/v2/user_auth');
    assert.false('x-auth-token' in login.headers, 'a login carries no token');
    KT.answer401(requests[0], 'login');
    var outcome = await KT.ended(promise);
    assert.deepEqual(outcome && [outcome[0], outcome[1].httpErrorStatus], [false, 401], 'rejected with the 401');
    await KT.sleep(20);
    assert.strictEqual(reauths, 0, 'reauth is not called for a login');
    assert.strictEqual(cb.seen.error.length, 1, 'the error callback once');
    assert.strictEqual(requests.length, 1, 'nothing re-sent');
  });

  QUnit.module('re-login: never waits behind itself', KT.hooks);

  QUnit.test('reauth() whose own request gets a 401: that request ends with its 401, then the call ends with its own', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var inner;
    var innerErrors = [];
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () {
      reauths++;
      inner = sdk.user.get({ accountId: 'a', userId: 'me', error: function (err) { innerErrors.push(err); } });
      return inner.then(function (res) { return res.data.token; });
    } });
    var cb = outcomes();
    var promise = sdk.user.list({ accountId: 'a', success: cb.success, error: cb.error });
    KT.answer401(requests[0], 'call');
    await KT.waitFor(function () { return requests.length === 2; }, 'reauth\'s own request');
    assert.strictEqual(KT.parse(requests[1]).path, '/v2/accounts/a/users/me');
    KT.answer401(requests[1], 'reauth');
    var innerOutcome = await KT.ended(inner);
    assert.ok(innerOutcome, 'reauth\'s request ends (it is not queued behind the re-login it belongs to)');
    assert.false(innerOutcome && innerOutcome[0], 'rejected');
    assert.deepEqual(innerOutcome && innerOutcome[1].data, { which: 'reauth' }, 'with its own 401');
    var outcome = await KT.ended(promise);
    assert.ok(outcome, 'the call ends');
    assert.false(outcome && outcome[0], 'rejected: reauth gave no token');
    assert.strictEqual(outcome && outcome[1].httpErrorStatus, 401, 'httpErrorStatus 401');
    assert.deepEqual(outcome && outcome[1].data, { which: 'call' }, 'with the call\'s own 401');
    await KT.sleep(20);
    assert.strictEqual(innerErrors.length, 1, 'reauth\'s request: its error callback once');
    assert.deepEqual([cb.seen.success.length, cb.seen.error.length], [0, 1], 'the call: its error callback once');
    assert.strictEqual(reauths, 1, 'reauth once');
    assert.strictEqual(requests.length, 2, 'nothing re-sent');
    // nothing stays pending: a later call on that apiRoot goes out and ends
    var later = sdk.user.list({ accountId: 'a' });
    assert.strictEqual(requests.length, 3, 'a later call is sent');
    KT.respond(requests[2], 200, KT.envelope([]));
    var laterOutcome = await KT.ended(later);
    assert.true(laterOutcome && laterOutcome[0], 'and ends');
  });

  QUnit.test('a call sent while a re-login is in progress ends with its own 401', async function (assert) {
    var requests = this.requests;
    var reauths = 0;
    var relogin = window.jQuery.Deferred();
    var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () { reauths++; return relogin.promise(); } });
    var first = sdk.user.get({ accountId: 'a', userId: 'u1' });
    KT.answer401(requests[0], 'first');
    await KT.waitFor(function () { return reauths === 1; }, 'reauth');
    var cb = outcomes();
    var during = sdk.user.get({ accountId: 'a', userId: 'u2', success: cb.success, error: cb.error });
    assert.strictEqual(requests.length, 2, 'sent while the re-login is in progress');
    KT.answer401(requests[1], 'during');
    var outcome = await KT.ended(during);
    assert.ok(outcome, 'it ends without waiting for the re-login');
    assert.false(outcome && outcome[0], 'rejected');
    assert.deepEqual(outcome && outcome[1].data, { which: 'during' }, 'with its own 401');
    assert.strictEqual(first.state(), 'pending', 'the call sent before the re-login waits for it');
    relogin.resolve('tok-new');
    await KT.waitFor(function () { return requests.length >= 3; }, 'the retry of the first call');
    assert.strictEqual(KT.parse(requests[2]).path, '/v2/accounts/a/users/u1', 'only the first call is re-sent');
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-new');
    KT.respond(requests[2], 200, KT.envelope({ id: 'u1' }));
    assert.true((await KT.ended(first) || [])[0], 'the first call resolves with its retry');
    await KT.sleep(20);
    assert.deepEqual([cb.seen.success.length, cb.seen.error.length], [0, 1], 'the second call: its error callback once');
    assert.strictEqual(reauths, 1);
    assert.strictEqual(requests.length, 3, 'the call sent during the re-login is not re-sent');
  });

  QUnit.module('re-login: whatever reauth() returns, the call ends once', KT.hooks);

  QUnit.test('a reauth thenable that fulfils twice: no error anywhere, re-sent once with the first token, ends once', async function (assert) {
    var requests = this.requests;
    var pageErrors = [];
    var onError = function (event) { pageErrors.push(event.error || event.message); };
    window.addEventListener('error', onError);
    KT.reported.length = 0;
    var thrown = [];
    var cb = outcomes();
    try {
      var sdk = KT.sdk({ authToken: 'tok-old', reauth: function () {
        return { then: function (ok) { ok('t1'); ok('t2'); } };
      } });
      var promise = sdk.user.get({ accountId: 'a', userId: 'u', success: cb.success, error: cb.error });
      try {
        KT.quietly(function () { KT.answer401(requests[0], 'call'); });
      } catch (e) {
        thrown.push(e);
      }
      await KT.waitFor(function () { return requests.length >= 2; }, 'the retry', 500).catch(function () {});
      assert.strictEqual(requests.length, 2, 're-sent once');
      if (requests[1]) {
        assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 't1', 'with the first token');
        KT.quietly(function () { KT.respond(requests[1], 200, KT.envelope({ id: 'u' })); });
      }
      var outcome = await KT.ended(promise);
      assert.true(outcome && outcome[0], 'resolved by the retry');
      await KT.sleep(20);
    } finally {
      window.removeEventListener('error', onError);
    }
    assert.deepEqual(thrown.map(String), [], 'answering throws nothing');
    assert.deepEqual(KT.reported.map(String), [], 'nothing rethrown on a timer');
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the page');
    assert.deepEqual([cb.seen.success.length, cb.seen.error.length], [1, 0], 'success once, no error');
    assert.strictEqual(requests.length, 2, 'nothing more sent');
  });
})();

/* Re-login on 401 with the reauth setting: one reauth() for the calls failing together, each re-sent
 * once with the token it gives, in every form reauth may answer.
 *
 * Answers may be handled by the SDK through promises (asynchronous from jQuery 3 on), so the tests
 * wait for requests to appear (waitFor) instead of assuming that a follow-up request is sent at once. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var sleep = KT.sleep;
  var waitFor = KT.waitFor; // resolves once cond() is true; rejects (failing the test) after `ms` milliseconds
  var settle = KT.settle; // a jQuery promise -> a native promise of [fulfilled, value] (never rejects)

  QUnit.module('re-login on 401 (reauth)', KT.hooks);

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
    KT.answer401(requests[0]);
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
    requests.slice(0, 3).forEach(function (xhr) { KT.answer401(xhr); });
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
    KT.answer401(requests[0]);
    await waitFor(function () { return requests.length === 2; }, 'the retry');
    KT.respond(requests[1], 200, KT.envelope([]));
    await settle(first);
    sdk.user.list({ accountId: 'a' });
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-1', 'a later call sends the stored new token');
    KT.answer401(requests[2]);
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
    KT.answer401(requests[0]);
    await waitFor(function () { return requests.length === 3; }, 'the first retry');
    KT.respond(requests[2], 200, KT.envelope({ id: 'u1' }));
    assert.true((await settle(first))[0]);
    KT.answer401(requests[1]); // sent with the old token, answered after the re-login ended
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
    KT.answer401(requests[0]);
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
    KT.answer401(requests[0]);
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
      KT.answer401(requests[0]);
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
    KT.answer401(requests[0]);
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
    KT.answer401(requests[0]);
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
      KT.answer401(requests[i]);
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
    KT.answer401(requests[0]);
    await sleep(30);
    assert.deepEqual(calls, ['taken']);
    assert.strictEqual(requests.length, 1);
  });

  QUnit.test('reauth as a call setting works on an instance without one', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-old' });
    var promise = sdk.user.list({ accountId: 'a', reauth: function () { return Promise.resolve('tok-call'); } });
    KT.answer401(requests[0]);
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
    KT.answer401(requests[0]);
    KT.answer401(requests[1]);
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
    KT.answer401(requests[0]);
    assert.deepEqual(log, ['end', 'hook error 401', 'error 401'], 'the error callback runs at once');
    var outcome = await settle(promise);
    assert.false(outcome[0]);
    assert.strictEqual(outcome[1].httpErrorStatus, 401);
    await sleep(20);
    assert.strictEqual(requests.length, 1, 'no retry');
  });

  /* ------------------------------------------------------------------------------------------ */
})();
