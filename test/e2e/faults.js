/* Fault matrix: the SDK bundle against the sandbox's fault-injection routes (/v2/__sandbox/...) over
 * real HTTP, from another origin than the page. Loaded by test/loader.js with ?suite=faults&api=...
 * and run in Chromium and in jsdom (test/e2e/faults-driver.mjs) for every jQuery version.
 *
 * For every server behaviour, each call must end exactly once: exactly one of success/error runs,
 * once; the promise settles once; onRequestStart and onRequestEnd run once; errors are
 * Crossbar-shaped objects with a numeric httpErrorStatus. Every probe starts when the module starts
 * (so the waits overlap), records everything the SDK calls, and is only judged after it settled and
 * a quiet period passed in which a late duplicate callback would show. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var QUIET_MS = 250; // waited after a call settles, to catch late duplicates
  var SLOW_MS = 2000; // the slow route's answer time: timed-out and aborted calls are watched past it
  var TIMEOUT_MS = 100;
  var GUARD_MS = 8000; // a probe not settled by then is reported as never settling

  var engine = /jsdom/i.test(navigator.userAgent) ? 'jsdom' : 'browser';

  /* Uncaught exceptions and unhandled rejections anywhere on the page while the suite runs. The
   * runner also counts page errors; this makes them a failed assertion of this suite too. */
  var uncaught = [];
  window.addEventListener('error', function (e) {
    uncaught.push('error: ' + (e.message || e.error));
  });
  window.addEventListener('unhandledrejection', function (e) {
    uncaught.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });

  /** An apiRoot whose requests all land on a fault route, so documented methods can be pointed at
   * it: the method's own path ends up in the query string (`...__sandbox/html500?via=/accounts/...`),
   * which the sandbox ignores. */
  function faultRoot(route) {
    return KE.api + '__sandbox/' + route + (route.indexOf('?') === -1 ? '?' : '&') + 'via=';
  }

  /**
   * Makes one call on a fresh instance whose four hooks record themselves, with success/error
   * callbacks that record themselves, and counters on done/fail/always. Resolves with the record
   * once the call settled and `quiet` ms more passed (or after GUARD_MS if it never settles).
   *   instance: extra instance settings;  call(sdk, callbacks) -> the promise the SDK returned
   */
  function probe(instance, call, quiet) {
    var rec = { order: [], start: [], end: [], hookSuccess: [], hookError: [], success: [], error: [], done: [], fail: [], always: 0 };
    var sdk = KE.sdk($.extend({
      onRequestStart: function (xhr, options) { rec.order.push('start'); rec.start.push([xhr, options]); },
      onRequestEnd: function (value, options) { rec.order.push('end'); rec.end.push([value, options]); },
      onRequestSuccess: function (response, options) { rec.order.push('hookSuccess'); rec.hookSuccess.push([response, options]); },
      onRequestError: function (xhr, options) { rec.order.push('hookError'); rec.hookError.push([xhr, options]); },
    }, instance));
    var callbacks = {
      success: function (response, textStatus, xhr) { rec.order.push('success'); rec.success.push([response, textStatus, xhr]); },
      error: function (error, xhr) { rec.order.push('error'); rec.error.push([error, xhr]); },
    };
    var started = Date.now();
    return new Promise(function (resolve) {
      var finished = false;
      function finish() {
        if (finished) return;
        finished = true;
        rec.snapshot = rec.order.join(',');
        resolve(rec);
      }
      try {
        rec.promise = call(sdk, callbacks);
      } catch (e) {
        rec.thrown = e;
        finish();
        return;
      }
      rec.promise.done(function () { rec.order.push('done'); rec.done.push([].slice.call(arguments)); });
      rec.promise.fail(function () { rec.order.push('fail'); rec.fail.push([].slice.call(arguments)); });
      rec.promise.always(function () {
        rec.always++;
        if (rec.always > 1) return;
        rec.ms = Date.now() - started;
        setTimeout(finish, typeof quiet === 'function' ? quiet(rec.ms) : quiet);
      });
      setTimeout(function () {
        if (!rec.always) rec.unsettled = true;
        finish();
      }, GUARD_MS);
    });
  }

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]';
  }

  /** The common checks: settled once, each hook once, no exception out of the SDK. */
  function checkOnce(assert, rec, expectOrder) {
    assert.strictEqual(rec.thrown, undefined, 'the call does not throw');
    assert.notOk(rec.unsettled, 'the call settles (within ' + GUARD_MS + ' ms)');
    assert.deepEqual(rec.order, expectOrder, 'each hook and callback runs once, in the documented order, then the promise');
    assert.strictEqual(rec.always, 1, 'the promise settles once');
    assert.strictEqual(rec.start.length, 1, 'onRequestStart once');
    assert.strictEqual(rec.end.length, 1, 'onRequestEnd once');
  }

  /** An error outcome: { status, message, envelope: true when the server's own JSON error passes through }. */
  function expectError(assert, rec, expected) {
    checkOnce(assert, rec, ['start', 'end', 'hookError', 'error', 'fail']);
    if (!rec.error.length) return;
    var err = rec.error[0][0];
    var xhr = rec.error[0][1];
    assert.strictEqual(rec.promise.state(), 'rejected', 'the promise is rejected');
    assert.strictEqual(rec.success.length + rec.hookSuccess.length + rec.done.length, 0, 'nothing of the success path runs');
    assert.strictEqual(rec.fail[0][0], err, 'the promise rejects with the object the error callback got');
    assert.strictEqual(rec.end[0][0], xhr, 'onRequestEnd got the jqXHR');
    assert.strictEqual(rec.hookError[0][0], xhr, 'onRequestError got the same jqXHR');
    assert.strictEqual(typeof xhr.status, 'number', 'a jqXHR');
    // Crossbar shape
    assert.true(isPlainObject(err), 'the error is a plain object');
    assert.strictEqual(err.status, 'error', 'status "error"');
    assert.strictEqual(typeof err.error, 'string', '"error" is a string');
    assert.strictEqual(typeof err.message, 'string', '"message" is a string');
    assert.true(err.data !== null && typeof err.data === 'object', '"data" is an object');
    assert.strictEqual(typeof err.httpErrorStatus, 'number', 'httpErrorStatus is a number');
    assert.strictEqual(err.httpErrorStatus, expected.status, 'httpErrorStatus ' + expected.status);
    assert.strictEqual(err.message, expected.message, 'message "' + expected.message + '"');
    assert.strictEqual(xhr.status, expected.status, 'the jqXHR has the same status');
    if (!expected.envelope) {
      assert.strictEqual(err.error, String(expected.status), 'error is the status as a string');
      assert.deepEqual(err.data, { message: expected.message }, 'data repeats the message');
    }
    var copy;
    try {
      copy = JSON.parse(JSON.stringify(err));
    } catch (e) {
      copy = e;
    }
    assert.deepEqual(copy, err, 'the error survives JSON (no cycles, no functions)');
  }

  /** A success outcome: `expected` is the response, or { envelope: data } for a Crossbar envelope with that data. */
  function expectSuccess(assert, rec, expected) {
    checkOnce(assert, rec, ['start', 'end', 'hookSuccess', 'success', 'done']);
    if (!rec.success.length) return;
    var response = rec.success[0][0];
    assert.strictEqual(rec.promise.state(), 'resolved', 'the promise is resolved');
    assert.strictEqual(rec.error.length + rec.hookError.length + rec.fail.length, 0, 'nothing of the error path runs');
    if (expected.envelope) {
      assert.strictEqual(response.status, 'success', 'success gets the envelope');
      assert.deepEqual(response.data, expected.envelope, 'with data ' + JSON.stringify(expected.envelope));
    } else {
      assert.deepEqual(response, expected, 'success gets ' + JSON.stringify(expected));
    }
    assert.strictEqual(rec.end[0][0], response, 'onRequestEnd got the same response');
    assert.strictEqual(rec.hookSuccess[0][0], response, 'onRequestSuccess got the same response');
    assert.strictEqual(rec.done[0][0], response, 'the promise resolves with it');
  }

  /* What each route must give. HTML error pages: the HTTP reason phrase. Invalid JSON under
   * application/json on a 200: an error, httpErrorStatus 200, "invalid JSON". Empty 200 and 204: `{}`
   * to success. A body cut short, and a reset connection: no usable answer, a network error (0). */
  var MATRIX = [
    { route: 'html500', error: { status: 500, message: 'Internal Server Error' } },
    { route: 'html502', error: { status: 502, message: 'Bad Gateway' } },
    { route: 'html503', error: { status: 503, message: 'Service Unavailable' } },
    { route: 'badjson', error: { status: 200, message: 'invalid JSON' } },
    { route: 'empty200', success: {} },
    { route: 'empty204', success: {} },
    { route: 'truncated', error: { status: 0, message: 'network error' } },
    { route: 'reset', error: { status: 0, message: 'network error' } },
    // the baseline: a Crossbar error envelope passes through as it is
    { route: 'error?status=503', error: { status: 503, message: 'datastore_fault', envelope: true } },
  ];

  /* The ways a call is made: kazooSdk.request, and a documented method (PUT with a JSON body, so
   * a CORS preflight precedes it) pointed at the fault route. */
  var STYLES = [
    {
      name: 'kazooSdk.request GET',
      call: function (route) {
        return function (sdk, cb) { return sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + route }, cb)); };
      },
      instance: function () { return {}; },
    },
    {
      name: 'device.create (PUT + body)',
      call: function () {
        return function (sdk, cb) { return sdk.device.create($.extend({ accountId: 'acc', data: { name: 'phone' } }, cb)); };
      },
      instance: function (route) { return { apiRoot: faultRoot(route) }; },
    },
  ];

  var SLOW = 'slow?ms=' + SLOW_MS;
  var slowQuiet = function (ms) { return Math.max(QUIET_MS, SLOW_MS + 400 - ms); }; // past the server's answer time

  /* Timeouts and aborts, each with what it must give. */
  var TIMED = [
    {
      name: 'timeout given per call (request)',
      instance: {},
      call: function (sdk, cb) { return sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + SLOW, timeout: TIMEOUT_MS }, cb)); },
      error: { status: 0, message: 'timeout' },
      quickly: true,
    },
    {
      name: 'timeout as the instance default (request)',
      instance: { timeout: TIMEOUT_MS },
      call: function (sdk, cb) { return sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + SLOW }, cb)); },
      error: { status: 0, message: 'timeout' },
      quickly: true,
    },
    {
      name: 'timeout as the instance default (device.create)',
      instance: { timeout: TIMEOUT_MS, apiRoot: faultRoot(SLOW) },
      call: function (sdk, cb) { return sdk.device.create($.extend({ accountId: 'acc', data: { name: 'phone' } }, cb)); },
      error: { status: 0, message: 'timeout' },
      quickly: true,
    },
    {
      name: 'timeout given per call (account.get)',
      instance: { apiRoot: faultRoot(SLOW) },
      call: function (sdk, cb) { return sdk.account.get($.extend({ accountId: 'acc', timeout: TIMEOUT_MS }, cb)); },
      error: { status: 0, message: 'timeout' },
      quickly: true,
    },
    {
      name: 'an answer before the timeout succeeds',
      instance: { timeout: 3000 },
      call: function (sdk, cb) { return sdk.request($.extend({ verb: 'GET', url: '__sandbox/slow?ms=50' }, cb)); },
      success: { envelope: { slept: 50 } },
    },
    {
      name: 'a call\'s timeout overrides the instance default',
      instance: { timeout: TIMEOUT_MS },
      call: function (sdk, cb) { return sdk.request($.extend({ verb: 'GET', url: '__sandbox/slow?ms=300', timeout: 5000 }, cb)); },
      success: { envelope: { slept: 300 } },
    },
    {
      name: 'an answer before the timeout succeeds (device.create)',
      instance: { timeout: 5000, apiRoot: faultRoot('slow?ms=300') },
      call: function (sdk, cb) { return sdk.device.create($.extend({ accountId: 'acc', data: { name: 'phone' } }, cb)); },
      success: { envelope: { slept: 300 } },
    },
    {
      name: 'abort() while the request is in flight (request)',
      instance: {},
      call: function (sdk, cb) {
        var p = sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + SLOW }, cb));
        setTimeout(function () { p.abort(); }, 50);
        return p;
      },
      error: { status: 0, message: 'abort' },
      quickly: true,
    },
    {
      name: 'abort() while the request is in flight (device.create)',
      instance: { apiRoot: faultRoot(SLOW) },
      call: function (sdk, cb) {
        var p = sdk.device.create($.extend({ accountId: 'acc', data: { name: 'phone' } }, cb));
        setTimeout(function () { p.abort(); }, 400); // after the preflight: the PUT is at the server
        return p;
      },
      error: { status: 0, message: 'abort' },
      quickly: true,
    },
    {
      name: 'abort() right after the call, then again',
      instance: {},
      call: function (sdk, cb) {
        var p = sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + SLOW }, cb));
        var returned = p.abort();
        p.abort();
        p.returnedByAbort = returned;
        return p;
      },
      error: { status: 0, message: 'abort' },
      quickly: true,
      check: function (assert, rec) {
        assert.strictEqual(rec.promise.returnedByAbort, rec.promise, 'abort() returns the promise');
      },
    },
    {
      name: 'abort() on a timed-out call changes nothing',
      instance: { timeout: TIMEOUT_MS },
      call: function (sdk, cb) {
        var p = sdk.request($.extend({ verb: 'GET', url: '__sandbox/' + SLOW }, cb));
        setTimeout(function () { p.abort(); }, TIMEOUT_MS + 200);
        return p;
      },
      error: { status: 0, message: 'timeout' },
      quickly: true,
    },
    {
      name: 'abort() after success changes nothing',
      instance: {},
      call: function (sdk, cb) {
        var p = sdk.request($.extend({ verb: 'GET', url: '__sandbox/empty200' }, cb));
        p.always(function () { setTimeout(function () { p.abort(); }, 0); });
        return p;
      },
      success: {},
    },
  ];

  var probes = {};
  function startAll() {
    MATRIX.forEach(function (row) {
      STYLES.forEach(function (style) {
        probes[row.route + ' / ' + style.name] = probe(style.instance(row.route), style.call(row.route), QUIET_MS);
      });
    });
    TIMED.forEach(function (row) {
      probes[row.name] = probe(row.instance, row.call, slowQuiet);
    });
  }

  QUnit.module('fault matrix (' + engine + ')', {
    before: function () {
      // A warm-up request first, so every engine has resolved the sandbox's address; then all at once.
      return new Promise(function (resolve) {
        var xhr = new XMLHttpRequest(); // jsdom has no fetch
        xhr.onloadend = function () { resolve(); };
        xhr.open('GET', KE.api + '__sandbox/info');
        xhr.send();
      }).then(startAll);
    },
  });

  MATRIX.forEach(function (row) {
    STYLES.forEach(function (style) {
      var name = row.route + ' / ' + style.name;
      QUnit.test(name + ' -> ' + (row.error ? 'error ' + row.error.status + ' "' + row.error.message + '"' : 'success {}'), function (assert) {
        return probes[name].then(function (rec) {
          if (row.error) expectError(assert, rec, row.error);
          else expectSuccess(assert, rec, row.success);
        });
      });
    });
  });

  TIMED.forEach(function (row) {
    QUnit.test(row.name + ' -> ' + (row.error ? 'error 0 "' + row.error.message + '"' : 'success'), function (assert) {
      return probes[row.name].then(function (rec) {
        if (row.error) expectError(assert, rec, row.error);
        else expectSuccess(assert, rec, row.success);
        if (row.quickly) assert.true(rec.ms < SLOW_MS - 500, 'ended long before the server would answer (' + rec.ms + ' ms)');
        if (row.check) row.check(assert, rec);
      });
    });
  });

  QUnit.test('nothing happens after the quiet periods, and nothing was thrown on the page', function (assert) {
    var names = Object.keys(probes);
    assert.strictEqual(names.length, MATRIX.length * STYLES.length + TIMED.length, 'every probe ran');
    return Promise.all(names.map(function (name) { return probes[name]; })).then(function (recs) {
      return new Promise(function (resolve) { setTimeout(function () { resolve(recs); }, 500); });
    }).then(function (recs) {
      var late = [];
      recs.forEach(function (rec, i) {
        if (rec.order.join(',') !== rec.snapshot) late.push(names[i] + ': ' + rec.snapshot + ' -> ' + rec.order.join(','));
      });
      assert.deepEqual(late, [], 'no callback, hook or promise handler ran late');
      assert.deepEqual(uncaught, [], 'no uncaught exception or unhandled rejection on the page');
    });
  });
})();
