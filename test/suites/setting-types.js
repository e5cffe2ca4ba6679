/* Settings without a string form (an object without a prototype: String() throws on it) are a
 * KazooSdkError thrown by the call before anything is sent, never a TypeError. */
(function () {
  'use strict';

  function formless() {
    return Object.create(null);
  }

  /** Calls fn: it must throw a KazooSdkError (a TypeError or no exception fails). */
  function assertSdkError(assert, fn, label) {
    try {
      fn();
    } catch (e) {
      assert.strictEqual(e && e.name, 'KazooSdkError', label + ': a KazooSdkError (got ' + e + ')');
      assert.true(e instanceof window.KazooSdk.KazooSdkError, label + ': instanceof KazooSdkError');
      return;
    }
    assert.ok(false, label + ': nothing thrown');
  }

  QUnit.module('settings without a string form', KT.hooks);

  QUnit.test('kazooSdk.request with verb or accept without a string form: a KazooSdkError, nothing sent', async function (assert) {
    var starts = 0;
    var sdk = KT.sdk({ authToken: 'tok', onRequestStart: function () { starts++; } });
    assertSdkError(assert, function () { sdk.request({ url: 'x', verb: formless() }); }, 'verb');
    assertSdkError(assert, function () { sdk.request({ url: 'x', accept: formless() }); }, 'accept');
    assertSdkError(assert, function () { sdk.request({ url: 'x', verb: 'PUT', data: {}, contentType: formless() }); }, 'contentType');
    await KT.sleep(10);
    assert.strictEqual(this.requests.length, 0, 'nothing sent, not even later');
    assert.strictEqual(starts, 0, 'no hook ran');
  });

  // A custom endpoint may be refused by getKazooSdk or by its call: either way a KazooSdkError.
  [
    ['accept', { verb: 'GET', url: 'accounts/{accountId}/thing' }],
    ['contentType', { verb: 'PUT', url: 'accounts/{accountId}/thing' }],
  ].forEach(function (row) {
    QUnit.test('a custom endpoint whose ' + row[0] + ' has no string form: a KazooSdkError, never a TypeError, nothing sent', async function (assert) {
      var entry = window.jQuery.extend({}, row[1]);
      entry[row[0]] = formless();
      var sdk;
      try {
        sdk = KT.sdk({ authToken: 'tok', endpoints: { custom: { thing: entry } } });
      } catch (e) {
        assert.strictEqual(e && e.name, 'KazooSdkError', 'getKazooSdk refuses it with a KazooSdkError (got ' + e + ')');
      }
      if (sdk) assertSdkError(assert, function () { sdk.custom.thing({ accountId: 'a', data: {} }); }, 'the call');
      await KT.sleep(10);
      assert.strictEqual(this.requests.length, 0, 'nothing sent, not even later');
    });
  });
})();
