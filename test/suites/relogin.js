/* Re-login on 401 (reauth): it concerns only the apiRoot the instance's token belongs to, a login
 * never triggers it, the requests of a re-login are never queued behind it, and whatever reauth()
 * returns (a thenable that fulfils twice included) the call is re-sent at most once and ends once. */
(function () {
  'use strict';

  var OTHER = 'https://other.example.net/';

  function answer401(xhr, which) {
    KT.respond(xhr, 401, KT.errorEnvelope(401, 'invalid_credentials', { which: which }));
  }

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
    answer401(requests[0], 'other');
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
    answer401(requests[0], 'other');
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
      answer401(requests[0], 'home');
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
    answer401(requests[0], 'login');
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
    answer401(requests[0], 'call');
    await KT.waitFor(function () { return requests.length === 2; }, 'reauth\'s own request');
    assert.strictEqual(KT.parse(requests[1]).path, '/v2/accounts/a/users/me');
    answer401(requests[1], 'reauth');
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
    answer401(requests[0], 'first');
    await KT.waitFor(function () { return reauths === 1; }, 'reauth');
    var cb = outcomes();
    var during = sdk.user.get({ accountId: 'a', userId: 'u2', success: cb.success, error: cb.error });
    assert.strictEqual(requests.length, 2, 'sent while the re-login is in progress');
    answer401(requests[1], 'during');
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
        KT.quietly(function () { answer401(requests[0], 'call'); });
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
