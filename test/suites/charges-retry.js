/* The 402 retry sends exactly the request that was answered 402, plus accept_charges: true, whatever
 * the caller does to its own objects while confirmCharges is pending. */
(function () {
  'use strict';
  var $ = window.jQuery;

  function answer402(xhr) {
    KT.respond(xhr, 402, KT.errorEnvelope(402, 'accept charges', [{ activation_charges: 1 }]));
  }

  /** The parts of a request the retry must repeat. */
  function shape(xhr) {
    var r = KT.parse(xhr);
    return { verb: r.verb, origin: r.origin, path: r.path, query: r.query, contentType: r.headers['content-type'], token: r.headers['x-auth-token'] };
  }

  /**
   * A device.create whose confirmCharges answers only when `change(data)` has been applied to the
   * caller's data; then the retry must be the first request plus accept_charges.
   */
  async function retryAfter(assert, requests, change) {
    var confirm = $.Deferred();
    var data = { name: 'phone', nested: { a: 1 }, list: [1, 2] };
    var filters = { f: 'x' };
    var promise = KT.sdk({ authToken: 'tok-charged', uiMetadata: { ui: 't' } }).device.create({
      accountId: 'a', data: data, filters: filters, confirmCharges: function () { return confirm.promise(); } });
    var first = KT.parse(requests[0]);
    var firstShape = shape(requests[0]);
    answer402(requests[0]);
    change(data, filters);
    var thrown;
    try {
      confirm.resolve(true);
    } catch (e) {
      thrown = e;
    }
    assert.strictEqual(thrown, undefined, 'accepting throws nothing');
    await KT.waitFor(function () { return requests.length >= 2; }, 'the retry', 500).catch(function () {});
    assert.strictEqual(requests.length, 2, 'the retry is sent');
    if (requests.length < 2) return;
    var expected = $.extend({}, first.json, { accept_charges: true });
    assert.deepEqual(KT.parse(requests[1]).json, expected, 'the retry body: the first body plus accept_charges: true');
    assert.deepEqual(shape(requests[1]), firstShape, 'the same verb, URL, query, Content-Type and token');
    KT.respond(requests[1], 201, KT.envelope({ id: 'd1' }));
    var outcome = await KT.ended(promise);
    assert.true(outcome && outcome[0], 'the call ends with the retry\'s outcome');
  }

  QUnit.module('the 402 retry repeats the charged request', KT.hooks);

  QUnit.test('data and filters changed while confirmCharges is pending: the retry still sends the charged body', async function (assert) {
    await retryAfter(assert, this.requests, function (data, filters) {
      data.name = 'changed';
      data.nested.a = 2;
      data.list.push(3);
      data.extra = true;
      filters.f = 'changed';
    });
  });

  QUnit.test('data made unserialisable (a cycle) while confirmCharges is pending: the retry still goes out, nothing throws, the call ends', async function (assert) {
    await retryAfter(assert, this.requests, function (data) {
      data.self = data;
    });
  });
})();
