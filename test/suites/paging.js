/* Whole lists: paginate: 'all' follows next_start_key, onPage sees each page, maxPages caps them. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var sleep = KT.sleep;
  var waitFor = KT.waitFor; // resolves once cond() is true; rejects (failing the test) after `ms` milliseconds
  var settle = KT.settle; // a jQuery promise -> a native promise of [fulfilled, value] (never rejects)

  QUnit.module('whole lists (paginate: \'all\')', KT.hooks);

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
    KT.answer401(requests[1]);
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
})();
