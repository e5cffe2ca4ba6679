QUnit.module('hooks and callbacks', KT.hooks);

function recorder(log) {
  return {
    onRequestStart: function (xhr, options) { log.push(['start', typeof xhr.abort, options]); },
    onRequestEnd: function (value, options) { log.push(['end', value, options]); },
    onRequestSuccess: function (res, options) { log.push(['hook success', res, options]); },
    onRequestError: function (xhr, options) { log.push(['hook error', xhr, options]); },
  };
}

QUnit.test('order on success: start, end(response), onRequestSuccess(response), success(response, textStatus, jqXHR)', function (assert) {
  var done = assert.async();
  var log = [];
  var sdk = KT.sdk(recorder(log));
  var envelope = KT.envelope({ id: 'u' });
  sdk.user.get({ accountId: 'a', userId: 'u', success: function (res, textStatus, xhr) {
    log.push(['success', res, textStatus, xhr]);
    assert.deepEqual(log.map(function (l) { return l[0]; }), ['start', 'end', 'hook success', 'success']);
    assert.strictEqual(log[0][1], 'function', 'onRequestStart gets the jqXHR');
    assert.deepEqual(log[1][1], envelope, 'onRequestEnd gets the whole envelope');
    assert.strictEqual(log[2][1], log[1][1], 'onRequestSuccess gets the same envelope');
    assert.strictEqual(res, log[1][1], 'success gets the same envelope');
    assert.strictEqual(textStatus, 'success');
    assert.strictEqual(xhr.status, 200);
    assert.strictEqual(log[0][2], log[1][2], 'the hooks share one options object');
    assert.strictEqual(log[0][2].verb, 'GET');
    assert.strictEqual(log[0][2].url, 'accounts/a/users/u');
    done();
  } });
  KT.respond(this.requests[0], 200, envelope);
});

QUnit.test('order on error: start, end(jqXHR), onRequestError(jqXHR), error(responseData, jqXHR)', function (assert) {
  var done = assert.async();
  var log = [];
  var sdk = KT.sdk(recorder(log));
  sdk.user.get({ accountId: 'a', userId: 'u', error: function (data, xhr) {
    log.push(['error', data, xhr]);
    assert.deepEqual(log.map(function (l) { return l[0]; }), ['start', 'end', 'hook error', 'error']);
    assert.strictEqual(log[1][1].status, 404, 'onRequestEnd gets the jqXHR');
    assert.strictEqual(log[2][1], log[1][1], 'onRequestError gets the same jqXHR');
    assert.strictEqual(xhr, log[1][1], 'error gets it second');
    assert.strictEqual(data.message, 'bad_identifier');
    assert.strictEqual(data.httpErrorStatus, 404);
    done();
  } });
  KT.respond(this.requests[0], 404, KT.errorEnvelope(404, 'bad_identifier'));
});

QUnit.test("the page's $.ajaxPrefilter and global ajaxSend / ajaxComplete events see SDK requests", function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var $ = window.jQuery;
  var seen = [];
  var active = true;
  $.ajaxPrefilter(function (options) { if (active) seen.push('prefilter ' + options.type); });
  var onSend = function (event, jqXHR, settings) { seen.push('ajaxSend ' + settings.type); };
  var onComplete = function (event, jqXHR) { seen.push('ajaxComplete ' + jqXHR.status); };
  $(document).on('ajaxSend', onSend).on('ajaxComplete', onComplete);
  KT.sdk().user.get({ accountId: 'a', userId: 'u' }).always(function () {
    setTimeout(function () { // (jQuery triggers ajaxComplete after the call's own callbacks)
      active = false; // (a prefilter cannot be removed)
      $(document).off('ajaxSend', onSend).off('ajaxComplete', onComplete);
      assert.deepEqual(seen, ['prefilter GET', 'ajaxSend GET', 'ajaxComplete 200']);
      done();
    }, 0);
  });
  KT.respond(requests[0], 200, KT.envelope({ id: 'u' }));
});

QUnit.test("the page's own $.ajaxSetup beforeSend and complete do not take SDK requests over, with or without onRequestStart; its success runs", function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var $ = window.jQuery;
  var global = [];
  // an application's setup for its own $.ajax calls: one that would cancel every request
  var successes = [];
  $.ajaxSetup({
    beforeSend: function () { global.push('beforeSend'); return false; },
    complete: function () { global.push('complete'); },
    success: function (data, textStatus) { successes.push(textStatus); },
  });
  var started = [];
  var outcomes = [];
  var plain = KT.sdk().user.get({ accountId: 'a', userId: 'u1' });
  var hooked = KT.sdk({ onRequestStart: function (xhr, options) { started.push(options.url); } }).user.get({ accountId: 'a', userId: 'u2' });
  delete $.ajaxSettings.beforeSend;
  delete $.ajaxSettings.complete;
  delete $.ajaxSettings.success;
  assert.strictEqual(requests.length, 2, 'both requests are sent');
  assert.deepEqual(started, ['accounts/a/users/u2'], 'onRequestStart runs for its instance');
  requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({ id: 'u' })); });
  plain.then(function () { outcomes.push('plain'); }).then(function () { return hooked; }).then(function () {
    outcomes.push('hooked');
    assert.deepEqual(outcomes, ['plain', 'hooked'], 'both calls succeed');
    assert.deepEqual(global, [], "the page's beforeSend and complete never ran for them");
    assert.deepEqual(successes, ['success', 'success'], "the page's success did, once each");
    done();
  });
});

QUnit.test('a throwing callback or hook stops neither the others, nor the promise, nor later calls', function (assert) {
  var done = assert.async();
  var log = [];
  var requests = this.requests;
  var boom = function (name) { return function () { log.push(name); throw new Error(name); }; };
  var sdk = KT.sdk({ onRequestStart: boom('start'), onRequestEnd: boom('end'), onRequestSuccess: boom('hook success') });
  KT.reported.length = 0;
  var promise = KT.quietly(function () { return sdk.user.list({ accountId: 'a', success: boom('success') }); });
  KT.quietly(function () { KT.respond(requests[0], 200, KT.envelope([])); });
  promise.then(function () {
    assert.deepEqual(log, ['start', 'end', 'hook success', 'success']);
    var second = KT.quietly(function () { return sdk.user.list({ accountId: 'a' }); });
    KT.quietly(function () { KT.respond(requests[1], 200, KT.envelope([1])); });
    return second;
  }).then(function (res) {
    assert.deepEqual(res.data, [1], 'a later call works');
    setTimeout(function () {
      var messages = KT.reported.map(function (e) { return e.message; });
      assert.deepEqual(messages.slice(0, 4), ['start', 'end', 'hook success', 'success'], 'each error is rethrown, not swallowed');
      done();
    }, 30);
  });
});

QUnit.test('a throwing error callback still rejects the promise once', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var calls = 0;
  var promise = KT.sdk().user.list({ accountId: 'a', error: function () { calls++; throw new Error('in error'); } });
  KT.quietly(function () { KT.respond(requests[0], 500, KT.errorEnvelope(500, 'x')); });
  promise.fail(function (err) {
    assert.strictEqual(calls, 1);
    assert.strictEqual(err.httpErrorStatus, 500);
    setTimeout(done, 20);
  });
});

QUnit.test('preventCallbackError: the application takes the call over and re-sends it', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var calls = [];
  var sdk = KT.sdk({
    authToken: 'tok-expired',
    onRequestError: function (xhr, options) {
      if (xhr.status === 401) {
        options.preventCallbackError = true;
        // Monster-UI style: log in again, then re-send with the new token
        setTimeout(function () {
          sdk.request(window.jQuery.extend({}, options, { authToken: 'tok-fresh' }));
          assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-fresh');
          KT.respond(requests[1], 200, KT.envelope({ id: 'u' }));
        }, 0);
      }
    },
  });
  var promise = sdk.user.get({ accountId: 'a', userId: 'u',
    success: function (res) { calls.push(['success', res.data.id]); },
    error: function () { calls.push(['error']); } });
  KT.respond(requests[0], 401, KT.errorEnvelope(401, 'invalid_credentials'));
  assert.deepEqual(calls, [], 'no error callback for the taken-over exchange');
  assert.strictEqual(promise.state(), 'pending', 'the call goes on');
  promise.done(function (res) {
    assert.deepEqual(calls, [['success', 'u']], 'the callbacks in options receive the outcome of the re-send');
    assert.strictEqual(res.data.id, 'u', 'the original promise settles with the re-send');
    done();
  });
});

QUnit.test('preventCallbackError is per exchange: a re-sent request that fails reaches the error callback', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var taken = 0;
  var sdk = KT.sdk({
    onRequestError: function (xhr, options) {
      if (taken++ === 0) {
        options.preventCallbackError = true;
        sdk.request(options);
      }
    },
  });
  sdk.user.get({ accountId: 'a', userId: 'u', error: function (err) {
    assert.strictEqual(err.httpErrorStatus, 500);
    assert.strictEqual(requests.length, 2);
    done();
  } });
  KT.respond(requests[0], 401, KT.errorEnvelope(401, 'invalid_credentials'));
  KT.respond(requests[1], 500, KT.errorEnvelope(500, 'boom'));
});
