/* Callback isolation and the 402 flow under every combination (nise fake XHR).
 *
 * Isolation: for each user callback and hook (onRequestStart/End/Success/Error, success, error,
 * onChargesCancelled, confirmCharges) on each path where it runs, one at a time and all at once:
 * when it throws, every other callback of that call still runs once, in order; the promise settles
 * once; the exception is rethrown (on a timer) exactly once; and later calls work.
 *
 * The 402 flow: every way confirmCharges can answer, every way the retry can end, abort() at each
 * step, and 20 concurrent calls each hitting 402: at most one retry per call, each call ends once.
 *
 * Exceptions the SDK rethrows on a timer are collected for the whole test (some are rethrown after
 * a promise-based confirmation resolves, outside any synchronous KT.quietly window), as KT.quietly
 * does but per test, and each test asserts it holds exactly the exceptions its callbacks threw. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var wait = window.setTimeout.bind(window);
  var reported = []; // what the SDK rethrew on a timer during the current test

  var CHARGES = [{
    items: [{ category: 'devices', item: 'sip_device', name: 'SIP Device', quantity: 1, rate: 5.0, total: 5.0 }],
    summary: { today: 0, recurring: 5.0 },
  }];

  function answer(xhr, status, id) {
    if (status === 402) KT.respond(xhr, 402, KT.errorEnvelope(402, 'accept charges', CHARGES));
    else if (status >= 400) KT.respond(xhr, status, KT.errorEnvelope(status, 'boom'));
    else KT.respond(xhr, status, KT.envelope({ id: id || 'ok' }));
  }

  function sleep(ms) {
    return new Promise(function (resolve) { wait(resolve, ms); });
  }

  /** Resolves when `promises` all settle, when more than `max` requests were sent (a loop), or after `ms`. */
  function ended(promises, requests, max, ms) {
    var all = Promise.all(promises.map(function (p) { return new Promise(function (resolve) { p.always(resolve); }); }));
    var looping = new Promise(function (resolve) {
      var timer = setInterval(function () {
        if (requests.length > max) { clearInterval(timer); resolve(); }
      }, 5);
      all.then(function () { clearInterval(timer); });
      wait(function () { clearInterval(timer); }, ms);
    });
    return Promise.race([all, looping, sleep(ms)]).then(function () { return sleep(25); }); // then quiet: late duplicates would show
  }

  QUnit.module('callback isolation and the 402 flow', {
    beforeEach: function () {
      KT.hooks.beforeEach.call(this);
      var sink = (reported = []); // per test: a timer left over from another test cannot land here
      var original = (this.setTimeout = window.setTimeout);
      window.setTimeout = function (callback, ms) {
        var args = [].slice.call(arguments, 2);
        return original.call(window, function () {
          try {
            callback.apply(this, args);
          } catch (e) {
            sink.push(e);
          }
        }, ms);
      };
    },
    afterEach: function () {
      window.setTimeout = this.setTimeout;
      KT.hooks.afterEach.call(this);
    },
  });

  /**
   * Everything one call (or several) does, in order. `throwers` names the callbacks that throw
   * (after recording themselves); each throw is a new Error kept in rec.thrown.
   * `confirm` is what confirmCharges returns (a value, or a function making it).
   */
  function recorder(throwers, confirm) {
    var rec = { order: [], thrown: [], confirmArgs: [] };
    function maybeThrow(name) {
      if (throwers.indexOf(name) === -1) return;
      var e = new Error(name + ' throws');
      rec.thrown.push(e);
      throw e;
    }
    function cb(name) {
      return function () {
        rec.order.push(name);
        maybeThrow(name);
      };
    }
    rec.instance = {
      onRequestStart: cb('start'),
      onRequestEnd: cb('end'),
      onRequestSuccess: cb('hookSuccess'),
      onRequestError: cb('hookError'),
    };
    rec.callbacks = {
      success: cb('success'),
      error: cb('error'),
      confirmCharges: function (charges, options) {
        rec.order.push('confirm');
        rec.confirmArgs.push([charges, options]);
        maybeThrow('confirm');
        return typeof confirm === 'function' ? confirm() : confirm;
      },
    };
    rec.cancelled = cb('cancelled');
    rec.watch = function (promise) {
      promise.done(function () { rec.order.push('done'); });
      promise.fail(function () { rec.order.push('fail'); });
      return promise;
    };
    return rec;
  }

  /* The paths a call can take, with the callbacks each runs, in order (the promise last). */
  var PATHS = {
    success: { answers: [200], confirm: true, cancelled: false,
      order: ['start', 'end', 'hookSuccess', 'success', 'done'] },
    error: { answers: [500], confirm: true, cancelled: false,
      order: ['start', 'end', 'hookError', 'error', 'fail'] },
    '402 accepted': { answers: [402, 201], confirm: true, cancelled: true,
      order: ['start', 'end', 'hookError', 'confirm', 'start', 'end', 'hookSuccess', 'success', 'done'] },
    '402 refused, onChargesCancelled given': { answers: [402], confirm: false, cancelled: true,
      order: ['start', 'end', 'hookError', 'confirm', 'cancelled', 'fail'] },
    '402 refused, no onChargesCancelled': { answers: [402], confirm: false, cancelled: false,
      order: ['start', 'end', 'hookError', 'confirm', 'error', 'fail'] },
  };

  function callbacksOf(order) {
    return order.filter(function (name, i) {
      return name !== 'done' && name !== 'fail' && order.indexOf(name) === i;
    });
  }

  /* One row per (path, thrower), plus every callback of the path throwing at once. */
  var ROWS = [];
  Object.keys(PATHS).forEach(function (pathName) {
    var path = PATHS[pathName];
    callbacksOf(path.order).forEach(function (name) { ROWS.push({ path: pathName, throwers: [name] }); });
    ROWS.push({ path: pathName, throwers: callbacksOf(path.order) });
  });

  ROWS.forEach(function (row) {
    var path = PATHS[row.path];
    var label = row.throwers.length > 1 ? 'all of ' + row.throwers.join(', ') : row.throwers[0];
    QUnit.test(row.path + ': ' + label + ' throwing stops nothing else', function (assert) {
      var requests = this.requests;
      var rec = recorder(row.throwers, path.confirm);
      var order = path.order;
      var answers = path.answers;
      if (row.throwers.indexOf('confirm') !== -1 && path.confirm === true) {
        // a throwing confirmCharges is a refusal: no retry
        order = ['start', 'end', 'hookError', 'confirm', 'cancelled', 'fail'];
        answers = [402];
      }
      var sdk = KT.sdk(rec.instance);
      var settings = $.extend({ accountId: 'a', data: { name: 'phone' } }, rec.callbacks);
      if (path.cancelled) settings.onChargesCancelled = rec.cancelled;
      var promise;
      var thrownOut = [];
      try {
        promise = rec.watch(sdk.device.create(settings));
      } catch (e) {
        thrownOut.push(e);
      }
      answers.forEach(function (status, i) {
        try {
          if (requests[i]) answer(requests[i], status, 'd1');
        } catch (e) {
          thrownOut.push(e);
        }
      });
      assert.deepEqual(thrownOut, [], 'nothing is thrown at the caller or out of the XHR event');
      assert.strictEqual(requests.length, answers.length, answers.length + ' request(s) sent');
      assert.deepEqual(rec.order, order, 'every callback ran once, in order, and the promise settled once');
      assert.strictEqual(promise && promise.state(), order[order.length - 1] === 'done' ? 'resolved' : 'rejected', 'the promise settled');
      assert.strictEqual(reported.length, 0, 'nothing is rethrown synchronously');

      // a later call on the same instance (whose hooks may still throw) works
      var mark = rec.order.length;
      var later = rec.watch(sdk.user.get({ accountId: 'a', userId: 'u', success: function (res) { rec.order.push('later ' + res.data.id); } }));
      try {
        answer(requests[answers.length], 200, 'u');
      } catch (e) {
        assert.ok(false, 'the later call threw ' + e);
      }
      assert.deepEqual(rec.order.slice(mark), ['start', 'end', 'hookSuccess', 'later u', 'done'], 'a later call runs every hook and its callback');
      assert.strictEqual(later.state(), 'resolved', 'a later call succeeds');

      return sleep(20).then(function () {
        assert.true(rec.thrown.length >= row.throwers.length, 'each thrower threw');
        assert.strictEqual(reported.length, rec.thrown.length, 'each exception is rethrown once');
        assert.true(rec.thrown.every(function (e, i) { return reported[i] === e; }), 'the very exceptions, in the order thrown');
        assert.deepEqual(rec.order.slice(mark), ['start', 'end', 'hookSuccess', 'later u', 'done'], 'nothing ran late');
      });
    });
  });

  QUnit.test('whatever a callback throws (string, null, undefined, a number) is rethrown as it is', function (assert) {
    var requests = this.requests;
    var values = ['a string', null, undefined, 42];
    var sdk = KT.sdk({
      onRequestEnd: function () { throw values[0]; },
      onRequestError: function () { throw values[1]; },
    });
    var promise = sdk.user.get({ accountId: 'a', userId: 'u',
      error: function () { throw values[2]; } });
    var other = KT.sdk().user.get({ accountId: 'a', userId: 'u', success: function () { throw values[3]; } });
    answer(requests[0], 404);
    answer(requests[1], 200);
    assert.strictEqual(promise.state(), 'rejected');
    assert.strictEqual(other.state(), 'resolved');
    return sleep(20).then(function () {
      assert.strictEqual(reported.length, 4, 'four rethrown');
      assert.true(values.every(function (v, i) { return reported[i] === v; }), 'the same values, in order');
    });
  });

  QUnit.test('a throwing call does not disturb a concurrent call, nor another instance', function (assert) {
    var requests = this.requests;
    var log = [];
    var boom = function (name) { return function () { log.push(name); throw new Error(name); }; };
    var sdk = KT.sdk({ onRequestEnd: function (v) { log.push('end ' + (v.data ? v.data.id : v.status)); } });
    var a = sdk.user.get({ accountId: 'a', userId: 'A', success: boom('A success'), error: boom('A error') });
    var b = sdk.user.get({ accountId: 'a', userId: 'B', success: function (r) { log.push('B ' + r.data.id); } });
    var c = KT.sdk().user.get({ accountId: 'a', userId: 'C', success: function (r) { log.push('C ' + r.data.id); } });
    answer(requests[1], 200, 'B');
    answer(requests[0], 200, 'A');
    answer(requests[2], 200, 'C');
    assert.deepEqual(log, ['end B', 'B B', 'end A', 'A success', 'C C']);
    assert.deepEqual([a.state(), b.state(), c.state()], ['resolved', 'resolved', 'resolved']);
    return sleep(20).then(function () {
      assert.deepEqual(reported.map(function (e) { return e.message; }), ['A success']);
    });
  });

  /* ---------------------------------------------------------------------------------------------
   * The 402 flow. An auto-responder answers each request as it appears: 402 to a first attempt,
   * `retry` (a status) to a request carrying accept_charges.
   */
  function responder(requests, retry, max) {
    var answered = 0;
    var timer = setInterval(function () {
      // newest first, so answers do not simply follow the order of sending
      var pending = requests.slice(answered, Math.min(requests.length, max || 1000));
      answered += pending.length;
      pending.reverse().forEach(function (xhr) {
        var req = KT.parse(xhr);
        var name = req.json && req.json.data && req.json.data.name;
        answer(xhr, req.json && req.json.accept_charges === true ? retry : 402, name);
      });
    }, 1);
    return function stop() { clearInterval(timer); };
  }

  function later(ms, settle) {
    return function () {
      return new Promise(function (resolve, reject) {
        wait(function () { settle(resolve, reject); }, ms);
      });
    };
  }

  /* What confirmCharges answers, and whether that is an acceptance. `throws`: it throws (once). */
  var CONFIRMS = [
    { name: 'returns true', confirm: true, accepts: true },
    { name: 'returns false', confirm: false, accepts: false },
    { name: 'returns nothing', confirm: undefined, accepts: false },
    { name: 'throws', throws: true, accepts: false },
    { name: 'returns a rejected promise', confirm: function () { return Promise.reject(new Error('no')); }, accepts: false },
    { name: 'returns a rejected jQuery promise', confirm: function () { return $.Deferred().reject(new Error('no')).promise(); }, accepts: false },
    { name: 'returns a promise resolving true later', confirm: later(10, function (resolve) { resolve(true); }), accepts: true },
    { name: 'returns a promise resolving false later', confirm: later(10, function (resolve) { resolve(false); }), accepts: false },
    { name: 'returns a promise rejecting later', confirm: later(10, function (resolve, reject) { reject(new Error('closed')); }), accepts: false },
    { name: 'returns a jQuery promise resolving true later', confirm: function () {
      var d = $.Deferred();
      wait(function () { d.resolve(true); }, 10);
      return d.promise();
    }, accepts: true },
    { name: 'returns a thenable that fulfils twice', confirm: function () {
      return { then: function (ok) { ok(true); ok(true); } };
    }, accepts: true },
    { name: 'returns a thenable that fulfils, then rejects', confirm: function () {
      return { then: function (ok, no) { ok(true); no(new Error('late')); } };
    }, accepts: true },
    { name: 'returns a thenable that rejects, then fulfils', confirm: function () {
      return { then: function (ok, no) { no(new Error('no')); ok(true); } };
    }, accepts: false },
    { name: 'returns a thenable whose then() throws', thenThrows: true, accepts: false },
  ];

  /* How the retry ends (when there is one), and what the call ends with. */
  var RETRIES = [
    { name: 'the retry succeeds', status: 201, outcome: 'success' },
    { name: 'a second 402', status: 402, outcome: 'error' },
    { name: 'the retry fails with 500', status: 500, outcome: 'error' },
  ];

  var COMBOS = [];
  CONFIRMS.forEach(function (c) {
    [true, false].forEach(function (cancelledGiven) {
      if (c.accepts) {
        RETRIES.forEach(function (r) { COMBOS.push({ confirm: c, cancelledGiven: cancelledGiven, retry: r }); });
      } else {
        COMBOS.push({ confirm: c, cancelledGiven: cancelledGiven });
      }
    });
  });

  COMBOS.forEach(function (combo) {
    var c = combo.confirm;
    var name = '402, confirmCharges ' + c.name + (combo.retry ? ', ' + combo.retry.name : '') +
      (combo.cancelledGiven ? ' (onChargesCancelled given)' : ' (no onChargesCancelled)');
    QUnit.test(name, function (assert) {
      var requests = this.requests;
      var stop = responder(requests, combo.retry ? combo.retry.status : 201, 10);
      var counts = { start: 0, end: 0, success: 0, error: 0, cancelled: 0, confirm: 0, done: 0, fail: 0 };
      var thrown = [];
      var errors = [];
      var count = function (name) { return function () { counts[name]++; }; };
      var settings = {
        accountId: 'a', data: { name: 'phone' },
        success: count('success'),
        error: function (err) { counts.error++; errors.push(err); },
        confirmCharges: function (charges) {
          counts.confirm++;
          assert.deepEqual(charges, CHARGES, 'confirmCharges gets the 402\'s data');
          if (c.throws) { var e = new Error('confirm throws'); thrown.push(e); throw e; }
          if (c.thenThrows) {
            return { then: function () { var e2 = new Error('then throws'); thrown.push(e2); throw e2; } };
          }
          return typeof c.confirm === 'function' ? c.confirm() : c.confirm;
        },
      };
      if (combo.cancelledGiven) settings.onChargesCancelled = count('cancelled');
      var promise = KT.sdk({ onRequestStart: count('start'), onRequestEnd: count('end') }).device.create(settings);
      promise.done(count('done')).fail(count('fail'));
      return ended([promise], requests, 2, 2000).then(function () {
        stop();
        var retried = c.accepts;
        var n = retried ? 2 : 1;
        assert.strictEqual(promise.state() !== 'pending', true, 'the call ended');
        assert.strictEqual(requests.length, n, retried ? 'exactly one retry' : 'no retry');
        assert.strictEqual(counts.confirm, 1, 'confirmCharges asked once');
        assert.strictEqual(counts.start, n, 'onRequestStart once per exchange');
        assert.strictEqual(counts.end, n, 'onRequestEnd once per exchange');
        assert.strictEqual(counts.done + counts.fail, 1, 'the promise settled once');
        if (retried) {
          var first = KT.parse(requests[0]).json;
          var retry = KT.parse(requests[1]).json;
          assert.deepEqual(first, { data: { name: 'phone' } }, 'the first attempt carries no accept_charges');
          assert.deepEqual(retry, { data: { name: 'phone' }, accept_charges: true }, 'the retry is the same request with accept_charges');
        }
        var outcome = retried ? combo.retry.outcome : combo.cancelledGiven ? 'cancelled' : 'error';
        var expected = { success: 0, error: 0, cancelled: 0 };
        expected[outcome] = 1;
        assert.deepEqual({ success: counts.success, error: counts.error, cancelled: counts.cancelled }, expected,
          'exactly one of success/error/onChargesCancelled, once: ' + outcome);
        assert.strictEqual(promise.state(), outcome === 'success' ? 'resolved' : 'rejected', 'the promise ' + (outcome === 'success' ? 'resolves' : 'rejects'));
        if (outcome === 'error') {
          var status = retried ? combo.retry.status : 402;
          assert.strictEqual(errors[0].httpErrorStatus, status, 'the error is the ' + status);
        }
        assert.strictEqual(reported.length, thrown.length, 'what confirmCharges threw is rethrown, once');
        assert.true(thrown.every(function (e, i) { return reported[i] === e; }), 'the very exception');
      });
    });
  });

  /* 20 calls at once, each answered 402 first (answers in a shuffled order). */
  function concurrent(assert, requests, options) {
    var N = 20;
    var stop = responder(requests, options.retry, 100);
    var calls = [];
    var sdk = KT.sdk({ confirmCharges: options.confirm });
    for (var i = 0; i < N; i++) {
      (function (i) {
        var c = { i: i, success: [], error: [], cancelled: 0, done: 0, fail: 0 };
        c.promise = sdk.device.create({
          accountId: 'a', data: { name: 'phone ' + i },
          success: function (res) { c.success.push(res.data.id); },
          error: function (err) { c.error.push(err.httpErrorStatus); },
          onChargesCancelled: options.cancelled ? function () { c.cancelled++; } : undefined,
        });
        c.promise.done(function () { c.done++; }).fail(function () { c.fail++; });
        calls.push(c);
      })(i);
    }
    return ended(calls.map(function (c) { return c.promise; }), requests, 2 * N, 5000).then(function () {
      stop();
      var names = requests.map(function (xhr) { return KT.parse(xhr).json; });
      calls.forEach(function (c) {
        var first = names.filter(function (j) { return j.data.name === 'phone ' + c.i && !j.accept_charges; }).length;
        var retries = names.filter(function (j) { return j.data.name === 'phone ' + c.i && j.accept_charges === true; }).length;
        c.summary = { first: first, retries: retries, success: c.success, error: c.error, cancelled: c.cancelled, settled: c.done + c.fail };
      });
      return calls;
    });
  }

  QUnit.test('20 concurrent calls each hitting 402, accepted: one retry each, 40 requests, each ends once with its own answer', function (assert) {
    var confirms = 0;
    return concurrent(assert, this.requests, { retry: 201, cancelled: true, confirm: function () { confirms++; return true; } }).then(function (calls) {
      assert.strictEqual(this.requests.length, 40, '40 requests');
      assert.strictEqual(confirms, 20, 'asked once per call');
      calls.forEach(function (c) {
        assert.deepEqual(c.summary, { first: 1, retries: 1, success: ['phone ' + c.i], error: [], cancelled: 0, settled: 1 }, 'call ' + c.i);
        assert.strictEqual(c.promise.state(), 'resolved');
      });
    }.bind(this));
  });

  QUnit.test('20 concurrent calls each hitting 402, refused: no retry, 20 requests, each cancelled once', function (assert) {
    var confirms = 0;
    return concurrent(assert, this.requests, { retry: 201, cancelled: true, confirm: function () { confirms++; return false; } }).then(function (calls) {
      assert.strictEqual(this.requests.length, 20, '20 requests');
      assert.strictEqual(confirms, 20, 'asked once per call');
      calls.forEach(function (c) {
        assert.deepEqual(c.summary, { first: 1, retries: 0, success: [], error: [], cancelled: 1, settled: 1 }, 'call ' + c.i);
        assert.strictEqual(c.promise.state(), 'rejected');
      });
    }.bind(this));
  });

  QUnit.test('20 concurrent calls each hitting 402 twice (accepted, then 402 again): 40 requests, each errs once, no loop', function (assert) {
    return concurrent(assert, this.requests, { retry: 402, cancelled: true, confirm: function () { return true; } }).then(function (calls) {
      assert.strictEqual(this.requests.length, 40, '40 requests');
      calls.forEach(function (c) {
        assert.deepEqual(c.summary, { first: 1, retries: 1, success: [], error: [402], cancelled: 0, settled: 1 }, 'call ' + c.i);
      });
    }.bind(this));
  });

  QUnit.test('20 concurrent calls each hitting 402, decided later in random order (even accepted, odd refused): 30 requests', function (assert) {
    var seed = 7;
    var random = function () { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    return concurrent(assert, this.requests, { retry: 201, cancelled: false, confirm: function (charges, options) {
      var accept = Number(options.data.name.split(' ')[1]) % 2 === 0;
      return new Promise(function (resolve) { wait(function () { resolve(accept); }, Math.floor(random() * 20)); });
    } }).then(function (calls) {
      assert.strictEqual(this.requests.length, 30, '30 requests');
      calls.forEach(function (c) {
        var expected = c.i % 2 === 0
          ? { first: 1, retries: 1, success: ['phone ' + c.i], error: [], cancelled: 0, settled: 1 }
          : { first: 1, retries: 0, success: [], error: [402], cancelled: 0, settled: 1 };
        assert.deepEqual(c.summary, expected, 'call ' + c.i);
      });
    }.bind(this));
  });

  /* abort() at each step of the 402 flow. */
  QUnit.test('abort() while confirmCharges is pending, which then accepts: no retry, the call ends once as refused', function (assert) {
    var requests = this.requests;
    var accept;
    var log = [];
    var promise = KT.sdk().device.create({
      accountId: 'a', data: {},
      confirmCharges: function () { return new Promise(function (resolve) { accept = resolve; }); },
      onChargesCancelled: function () { log.push('cancelled'); },
      success: function () { log.push('success'); },
      error: function () { log.push('error'); },
    });
    promise.fail(function (err) { log.push('fail ' + err.httpErrorStatus); });
    answer(requests[0], 402);
    assert.strictEqual(promise.state(), 'pending', 'waiting for the decision');
    promise.abort();
    assert.deepEqual(log, ['cancelled', 'fail 402'], 'abort() counts as refused');
    accept(true);
    return sleep(30).then(function () {
      assert.strictEqual(requests.length, 1, 'the late acceptance sends nothing');
      assert.deepEqual(log, ['cancelled', 'fail 402'], 'and changes nothing');
    });
  });

  QUnit.test('abort() during the retry: the call ends once with "abort", onChargesCancelled does not run', function (assert) {
    var requests = this.requests;
    var log = [];
    var ends = 0;
    var promise = KT.sdk({ onRequestEnd: function () { ends++; } }).device.create({
      accountId: 'a', data: {},
      confirmCharges: function () { return true; },
      onChargesCancelled: function () { log.push('cancelled'); },
      success: function () { log.push('success'); },
      error: function (err) { log.push('error ' + err.httpErrorStatus + ' ' + err.message); },
    });
    promise.done(function () { log.push('done'); }).fail(function () { log.push('fail'); });
    answer(requests[0], 402);
    assert.strictEqual(requests.length, 2, 'the retry is in flight');
    promise.abort();
    assert.deepEqual(log, ['error 0 abort', 'fail']);
    assert.strictEqual(requests[1].aborted, true, 'the retry\'s XHR was aborted');
    try {
      answer(requests[1], 201); // an answer arriving anyway is ignored
    } catch (e) {
      // nise refuses to answer an aborted request
    }
    promise.abort();
    return sleep(30).then(function () {
      assert.deepEqual(log, ['error 0 abort', 'fail'], 'nothing more');
      assert.strictEqual(ends, 2, 'onRequestEnd once per exchange');
    });
  });

  QUnit.test('abort() from inside confirmCharges: refused once, its later answer is ignored', function (assert) {
    var requests = this.requests;
    var log = [];
    var promise = KT.sdk().device.create({
      accountId: 'a', data: {},
      confirmCharges: function () { promise.abort(); return true; },
      error: function (err) { log.push('error ' + err.httpErrorStatus); },
      success: function () { log.push('success'); },
    });
    promise.fail(function () { log.push('fail'); });
    answer(requests[0], 402);
    return sleep(30).then(function () {
      assert.strictEqual(requests.length, 1, 'no retry');
      assert.deepEqual(log, ['error 402', 'fail']);
    });
  });

  QUnit.test('throwing onChargesCancelled and confirmCharges: the promise still rejects once, error does not run', function (assert) {
    var requests = this.requests;
    var log = [];
    var promise = KT.sdk().device.create({
      accountId: 'a', data: {},
      confirmCharges: function () { log.push('confirm'); throw new Error('confirm'); },
      onChargesCancelled: function () { log.push('cancelled'); throw new Error('cancelled'); },
      error: function () { log.push('error'); },
    });
    promise.fail(function (err) { log.push('fail ' + err.httpErrorStatus); });
    answer(requests[0], 402);
    assert.deepEqual(log, ['confirm', 'cancelled', 'fail 402']);
    return sleep(20).then(function () {
      assert.deepEqual(reported.map(function (e) { return e.message; }), ['confirm', 'cancelled']);
    });
  });

  QUnit.test('the default confirmation (window.confirm) throwing counts as refused', function (assert) {
    var requests = this.requests;
    var original = window.confirm;
    var boom = new Error('dialogs blocked');
    window.confirm = function () { throw boom; };
    var log = [];
    var promise;
    try {
      promise = KT.sdk().device.create({ accountId: 'a', data: {}, error: function (err) { log.push('error ' + err.httpErrorStatus); } });
      answer(requests[0], 402);
    } finally {
      window.confirm = original;
    }
    assert.deepEqual(log, ['error 402']);
    assert.strictEqual(requests.length, 1, 'no retry');
    assert.strictEqual(promise.state(), 'rejected');
    return sleep(20).then(function () {
      assert.deepEqual(reported, [boom], 'rethrown once');
    });
  });
})();
