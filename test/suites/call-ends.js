/* Every call ends exactly once: one final callback (success, error or onChargesCancelled), and a
 * promise that agrees with it (resolved iff success was called, rejected iff error or
 * onChargesCancelled was), whatever aborts it, from wherever, and whatever the server answers. */
(function () {
  'use strict';
  var $ = window.jQuery;

  /** Adds success / error / onChargesCancelled to `settings`, counting them in `t`. */
  function track(settings, t) {
    t.log = [];
    t.success = t.error = t.cancelled = 0;
    settings.success = function (res) { t.success++; t.log.push('success'); t.result = res; };
    settings.error = function (err) { t.error++; t.log.push('error ' + err.httpErrorStatus); t.failure = err; };
    settings.onChargesCancelled = function () { t.cancelled++; t.log.push('cancelled'); };
    return settings;
  }

  /**
   * The call ends once: its promise settles (within 500 ms), one final callback ran, and the two agree.
   * Waits a little more, so that anything fired late shows. Resolves with the promise's outcome.
   */
  async function endsOnce(assert, promise, t, label) {
    var outcome = await KT.ended(promise);
    await KT.sleep(10);
    assert.ok(outcome, label + ': the call ends');
    assert.strictEqual(t.success + t.error + t.cancelled, 1, label + ': one final callback (' + t.log.join(', ') + ')');
    if (outcome) {
      assert.strictEqual(promise.state(), outcome[0] ? 'resolved' : 'rejected', label + ': the promise stays settled');
      assert.strictEqual(outcome[0], t.success === 1, label + ': resolved iff success was called');
      assert.strictEqual(!outcome[0], t.error + t.cancelled === 1, label + ': rejected iff error or onChargesCancelled was called');
    }
    return outcome;
  }

  function isOpen(xhr) {
    return xhr.sendFlag === true && xhr.readyState === 1;
  }

  QUnit.module('call ends: jqXHR.abort() before the request is sent', KT.hooks);

  QUnit.test('jqXHR.abort() inside onRequestStart ends the call: error once (status 0), promise rejected, a later abort() changes nothing', async function (assert) {
    var t = {};
    var sdk = KT.sdk({ onRequestStart: function (jqXHR) { jqXHR.abort(); } });
    var promise = sdk.user.get(track({ accountId: 'a', userId: 'u' }, t));
    var outcome = await endsOnce(assert, promise, t, 'aborted in onRequestStart');
    assert.false(outcome && outcome[0], 'rejected');
    assert.strictEqual(t.failure && t.failure.httpErrorStatus, 0, 'the error callback gets httpErrorStatus 0');
    assert.strictEqual(outcome && outcome[1].httpErrorStatus, 0, 'the rejection too');
    promise.abort();
    await KT.sleep(10);
    assert.deepEqual(t.log, ['error 0'], 'a later promise.abort() fires nothing');
    assert.strictEqual(promise.state(), 'rejected');
    assert.deepEqual(this.requests.filter(isOpen), [], 'no request left open');
  });

  QUnit.test('jqXHR.abort() inside a $.ajaxPrefilter ends the call: error once (status 0), promise rejected, a later abort() changes nothing', async function (assert) {
    var t = {};
    var active = true; // (jQuery cannot remove a prefilter: it is switched off when the test ends)
    $.ajaxPrefilter(function (options, original, jqXHR) { if (active) jqXHR.abort(); });
    try {
      var promise = KT.sdk().user.get(track({ accountId: 'a', userId: 'u' }, t));
      var outcome = await endsOnce(assert, promise, t, 'aborted in a prefilter');
      assert.false(outcome && outcome[0], 'rejected');
      assert.strictEqual(t.failure && t.failure.httpErrorStatus, 0, 'the error callback gets httpErrorStatus 0');
      promise.abort();
      await KT.sleep(10);
      assert.deepEqual(t.log, ['error 0'], 'a later promise.abort() fires nothing');
      assert.strictEqual(promise.state(), 'rejected');
      assert.deepEqual(this.requests.filter(isOpen), [], 'no request left open');
    } finally {
      active = false;
    }
  });

  QUnit.module('call ends: one final callback', KT.hooks);

  [
    ['success', 200, function (t) { return t.success; }, 'resolved', ['success']],
    ['error', 500, function (t) { return t.error; }, 'rejected', ['error 500']],
  ].forEach(function (row) {
    QUnit.test('abort() inside ' + row[0] + ' fires nothing after it and leaves the promise ' + row[3], async function (assert) {
      var t = {};
      var settings = track({ accountId: 'a', userId: 'u' }, t);
      var own = settings[row[0]];
      settings[row[0]] = function (value) {
        own(value);
        promise.abort();
      };
      var promise = KT.sdk().user.get(settings);
      KT.respond(this.requests[0], row[1], row[1] === 200 ? KT.envelope({ id: 'u' }) : KT.errorEnvelope(500, 'boom'));
      await endsOnce(assert, promise, t, 'abort() inside ' + row[0]);
      assert.deepEqual(t.log, row[4], 'nothing after ' + row[0]);
      assert.strictEqual(promise.state(), row[3]);
    });
  });

  QUnit.test('abort() inside onChargesCancelled fires nothing after it; the promise stays rejected with the 402', async function (assert) {
    var t = {};
    var settings = track({ accountId: 'a', data: { name: 'd' } }, t);
    settings.onChargesCancelled = function () {
      t.cancelled++;
      t.log.push('cancelled');
      promise.abort();
    };
    var promise = KT.sdk({ confirmCharges: function () { return false; } }).device.create(settings);
    KT.respond(this.requests[0], 402, KT.errorEnvelope(402, 'accept charges', [{ activation_charges: 1 }]));
    var outcome = await endsOnce(assert, promise, t, 'abort() inside onChargesCancelled');
    assert.deepEqual(t.log, ['cancelled'], 'no error callback after onChargesCancelled');
    assert.strictEqual(outcome && outcome[1].httpErrorStatus, 402, 'rejected with the 402');
  });

  QUnit.test('re-sending options from onRequestError without preventCallbackError starts a new call; the first ends with its error', async function (assert) {
    var requests = this.requests;
    var t = {};
    var second;
    var sdk = KT.sdk({ onRequestError: function (xhr, options) { if (!second) second = sdk.request(options); } });
    var first = sdk.user.get(track({ accountId: 'a', userId: 'u' }, t));
    KT.respond(requests[0], 500, KT.errorEnvelope(500, 'boom'));
    assert.strictEqual(requests.length, 2, 'the re-send is sent');
    assert.ok(second && typeof second.then === 'function', 'request() returns a promise');
    assert.notStrictEqual(second, first, 'a different promise: a new call');
    var firstOutcome = await KT.ended(first);
    assert.false(firstOutcome && firstOutcome[0], 'the first call is rejected');
    assert.strictEqual(firstOutcome && firstOutcome[1].httpErrorStatus, 500, 'with its own error');
    KT.respond(requests[1], 200, KT.envelope({ id: 'u' }));
    var secondOutcome = await KT.ended(second);
    assert.true(secondOutcome && secondOutcome[0], 'the new call resolves with the re-send\'s outcome');
    assert.strictEqual(secondOutcome && secondOutcome[1].data.id, 'u');
    await KT.sleep(10);
    assert.strictEqual(first.state(), 'rejected', 'the first call stays rejected');
    assert.deepEqual(t.log, ['error 500', 'success'], 'the first call\'s error, then the new call\'s success');
  });

  QUnit.test('control: with preventCallbackError set, the re-send continues the first call', async function (assert) {
    var requests = this.requests;
    var t = {};
    var taken = false;
    var sdk = KT.sdk({ onRequestError: function (xhr, options) {
      if (taken) return;
      taken = true;
      options.preventCallbackError = true;
      sdk.request(options);
    } });
    var first = sdk.user.get(track({ accountId: 'a', userId: 'u' }, t));
    KT.respond(requests[0], 500, KT.errorEnvelope(500, 'boom'));
    assert.deepEqual(t.log, [], 'no error callback for the taken-over exchange');
    KT.respond(requests[1], 200, KT.envelope({ id: 'u' }));
    var outcome = await endsOnce(assert, first, t, 'taken over');
    assert.true(outcome && outcome[0], 'the first promise settles with the re-send\'s outcome');
    assert.deepEqual(t.log, ['success']);
  });

  QUnit.test('paginate: \'all\' with a JSON null body ends once, with success and null, as without paginate', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk();
    var results = [];
    for (var i = 0; i < 2; i++) {
      var t = {};
      var settings = track({ accountId: 'a' }, t);
      if (i) settings.paginate = 'all';
      var label = i ? 'with paginate' : 'without paginate';
      var promise = sdk.user.list(settings);
      var thrown;
      try {
        KT.respond(requests[i], 200, 'null', { 'Content-Type': 'application/json' });
      } catch (e) {
        thrown = e;
      }
      assert.strictEqual(thrown, undefined, label + ': answering throws nothing');
      var outcome = await endsOnce(assert, promise, t, label);
      assert.deepEqual(t.log, ['success'], label + ': success');
      assert.strictEqual(t.result, null, label + ': the response is null');
      results.push(outcome && outcome[1]);
    }
    assert.deepEqual(results, [null, null], 'the promise resolves with null');
    assert.strictEqual(requests.length, 2, 'no further page is asked for');
  });

  QUnit.module('call ends: abort() at every stage', KT.hooks);

  function page(n, more) {
    return KT.envelope([{ id: 'u' + n }], more ? { next_start_key: 'k' + (n + 1) } : {});
  }

  /*
   * [stage, instance settings, call settings, drive]: each makes one call whose promise is `c.promise`,
   * and aborts it at that stage (c.abort() calls the promise's abort()). drive(c) answers what the
   * stage needs (c.answer(i, status, body) answers request i, once it is sent).
   */
  var STAGES = [
    ['right after the call returns (in flight)', {}, {}, async function (c) { c.abort(); }],
    ['inside onRequestEnd', { onRequestEnd: 'abort' }, {}, async function (c) { await c.answer(0, 200, page(1)); }],
    ['inside onRequestSuccess', { onRequestSuccess: 'abort' }, {}, async function (c) { await c.answer(0, 200, page(1)); }],
    ['inside onRequestError', { onRequestError: 'abort' }, {}, async function (c) { await c.answer(0, 500, KT.errorEnvelope(500, 'x')); }],
    ['inside onRequestError of a 401 with reauth', { onRequestError: 'abort', reauth: function () { return 'tok-new'; } }, {},
      async function (c) { await c.answer(0, 401, KT.errorEnvelope(401, 'x')); }],
    ['inside onRequestError of a 402', { onRequestError: 'abort', confirmCharges: function () { return true; } }, {},
      async function (c) { await c.answer(0, 402, KT.errorEnvelope(402, 'x', [{}])); }],
    ['inside onPage', {}, { paginate: 'all', onPage: 'abort' }, async function (c) { await c.answer(0, 200, page(1, true)); }],
    ['inside onRequestStart of the next page', { onRequestStart: 'abort-second' }, { paginate: 'all' },
      async function (c) { await c.answer(0, 200, page(1, true)); }],
    ['in flight on the next page', {}, { paginate: 'all' }, async function (c) {
      await c.answer(0, 200, page(1, true));
      await c.sent(1);
      c.abort();
    }],
    ['while confirmCharges is pending', { confirmCharges: function () { return $.Deferred().promise(); } }, {}, async function (c) {
      await c.answer(0, 402, KT.errorEnvelope(402, 'x', [{}]));
      c.abort();
    }],
    ['inside confirmCharges', { confirmCharges: 'abort-then-true' }, {}, async function (c) {
      await c.answer(0, 402, KT.errorEnvelope(402, 'x', [{}]));
    }],
    ['in flight on the 402 retry', { confirmCharges: function () { return true; } }, {}, async function (c) {
      await c.answer(0, 402, KT.errorEnvelope(402, 'x', [{}]));
      await c.sent(1);
      c.abort();
    }],
    ['while reauth is pending', { reauth: function () { return $.Deferred().promise(); } }, {}, async function (c) {
      await c.answer(0, 401, KT.errorEnvelope(401, 'x'));
      c.abort();
    }],
    ['inside reauth', { reauth: 'abort-then-token' }, {}, async function (c) { await c.answer(0, 401, KT.errorEnvelope(401, 'x')); }],
    ['in flight on the re-login retry', { reauth: function () { return 'tok-new'; } }, {}, async function (c) {
      await c.answer(0, 401, KT.errorEnvelope(401, 'x'));
      await c.sent(1);
      c.abort();
    }],
    ['inside success', {}, { success: 'abort' }, async function (c) { await c.answer(0, 200, page(1)); }],
    ['inside error', {}, { error: 'abort' }, async function (c) { await c.answer(0, 500, KT.errorEnvelope(500, 'x')); }],
    ['inside onChargesCancelled', { confirmCharges: function () { return false; } }, { onChargesCancelled: 'abort' },
      async function (c) { await c.answer(0, 402, KT.errorEnvelope(402, 'x', [{}])); }],
    ['after the call has ended', {}, {}, async function (c) {
      await c.answer(0, 200, page(1));
      await KT.ended(c.promise);
      c.abort();
    }],
  ];

  /** Turns 'abort...' markers of a stage's settings into functions that abort the call. */
  function armed(settings, c) {
    var out = {};
    var starts = 0;
    Object.keys(settings).forEach(function (key) {
      var value = settings[key];
      if (value === 'abort') out[key] = function () { c.abort(); };
      else if (value === 'abort-second') out[key] = function () { if (++starts === 2) c.abort(); };
      else if (value === 'abort-then-true') out[key] = function () { c.abort(); return true; };
      else if (value === 'abort-then-token') out[key] = function () { c.abort(); return 'tok-new'; };
      else out[key] = value;
    });
    return out;
  }

  STAGES.forEach(function (stage) {
    QUnit.test('abort() ' + stage[0] + ': the call ends once, the promise agrees with the callbacks', async function (assert) {
      var requests = this.requests;
      var t = {};
      var c = {
        abort: function () { if (c.promise) c.promise.abort(); },
        sent: function (i) { return KT.waitFor(function () { return requests[i] && isOpen(requests[i]); }, 'request ' + i, 500); },
        answer: async function (i, status, body) {
          await c.sent(i);
          KT.respond(requests[i], status, body);
        },
      };
      var callSettings = armed(stage[2], c);
      var settings = track({ accountId: 'a' }, t);
      // a stage's own success / error / onChargesCancelled runs after the counting one
      ['success', 'error', 'onChargesCancelled'].forEach(function (name) {
        var counting = settings[name];
        var own = callSettings[name];
        if (own) callSettings[name] = function () { counting.apply(this, arguments); own.apply(this, arguments); };
      });
      c.promise = KT.sdk($.extend({ authToken: 'tok-0' }, armed(stage[1], c))).user.list($.extend(settings, callSettings));
      var count;
      try {
        await stage[3](c);
      } catch (e) {
        assert.ok(false, 'driving the stage failed: ' + e);
      }
      await endsOnce(assert, c.promise, t, stage[0]);
      count = requests.length;
      c.abort();
      await KT.sleep(10);
      assert.strictEqual(t.success + t.error + t.cancelled, 1, 'a later abort() fires nothing (' + t.log.join(', ') + ')');
      assert.deepEqual(requests.filter(isOpen), [], 'no request left open');
      assert.strictEqual(requests.length, count, 'nothing sent after the end');
    });
  });

  QUnit.module('call ends: answers x paging x re-login x charges', KT.hooks);

  /*
   * The matrix: the first two exchanges of a call get every pair of answers below (later ones get
   * 'last'), with and without paginate: 'all', with reauth giving a token, giving none, or absent
   * (when a 401 is among the answers), and charges accepted or refused (when a 402 is). Whatever happens in between, the call ends once; its outcome is
   * that of the last answer: 'more', 'last' and 'null' resolve; '401', '402' reject with that status;
   * 'timeout', 'network' and 'abort' reject with status 0.
   */
  var ANSWERS = ['more', 'last', 'null', '401', '402', 'timeout', 'network', 'abort'];
  var RELOGIN = { none: undefined, token: 'tok-new', nothing: '' };

  function act(answer, xhr, jqXHR, promise, n) {
    switch (answer) {
      case 'more': return KT.respond(xhr, 200, page(n, true));
      case 'last': return KT.respond(xhr, 200, page(n, false));
      case 'null': return KT.respond(xhr, 200, 'null', { 'Content-Type': 'application/json' });
      case '401': return KT.respond(xhr, 401, KT.errorEnvelope(401, 'invalid_credentials'));
      case '402': return KT.respond(xhr, 402, KT.errorEnvelope(402, 'accept charges', [{ activation_charges: 1 }]));
      case 'timeout': return jqXHR.abort('timeout'); // what jQuery's own timer does
      case 'network': return xhr.error();
      case 'abort': return promise.abort();
    }
  }

  var EXPECTED = { more: [true], last: [true], null: [true], 401: [false, 401], 402: [false, 402], timeout: [false, 0], network: [false, 0], abort: [false, 0] };

  async function runCase(requests, c) {
    var problems = [];
    var t = {};
    var jq = [];
    var start = requests.length;
    var instance = { authToken: 'tok-0', onRequestStart: function (jqXHR) { jq.push(jqXHR); } };
    if (c.relogin !== 'none') instance.reauth = function () { return Promise.resolve(RELOGIN[c.relogin]); };
    instance.confirmCharges = function () { return Promise.resolve(c.charges === 'accept'); };
    var settings = track({ accountId: 'a' }, t);
    delete settings.onChargesCancelled; // a refusal reaches the error callback
    t.cancelled = 0;
    if (c.paginate) settings.paginate = 'all';
    var promise = KT.sdk(instance).user.list(settings);
    var applied = [];
    for (var round = 0; round < 12 && applied.length < 6; round++) {
      var mine = requests.slice(start);
      var open = mine.filter(isOpen);
      if (!open.length) {
        if (promise.state() !== 'pending') break;
        await KT.sleep(0);
        continue;
      }
      var answer = c.answers[applied.length] || 'last';
      applied.push(answer);
      try {
        act(answer, open[0], jq[mine.indexOf(open[0])], promise, applied.length);
      } catch (e) {
        problems.push('answering ' + answer + ' threw ' + e);
      }
    }
    var outcome = await KT.ended(promise, 200);
    await KT.sleep(0);
    var finals = t.success + t.error;
    if (!outcome) problems.push('never ended');
    if (finals !== 1) problems.push(finals + ' final callbacks (' + t.log.join(', ') + ')');
    if (outcome && outcome[0] !== (t.success === 1)) problems.push('promise ' + promise.state() + ', callbacks ' + t.log.join(', '));
    var last = applied[applied.length - 1];
    var expected = EXPECTED[last] || [];
    if (!applied.length) problems.push('no request was sent');
    if (outcome && outcome[0] !== expected[0]) problems.push('last answer ' + last + ' but ' + promise.state());
    if (outcome && !outcome[0] && !expected[0] && outcome[1].httpErrorStatus !== expected[1]) {
      problems.push('last answer ' + last + ' but httpErrorStatus ' + outcome[1].httpErrorStatus);
    }
    if (requests.slice(start).filter(isOpen).length) problems.push('a request is left open');
    return problems.length ? c.label + ' [answered ' + applied.join(', ') + ']: ' + problems.join('; ') : null;
  }

  /** The cases of one paginate / reauth pair. */
  function casesOf(paginate, relogin) {
    var cases = [];
    ANSWERS.forEach(function (first) {
      ANSWERS.forEach(function (second) {
        ['accept', 'refuse'].forEach(function (charges) {
          var answers = [first, second];
          // (refusing charges only matters with a 402, reauth only with a 401)
          if ((charges === 'refuse' && answers.indexOf('402') < 0) || (relogin !== 'none' && answers.indexOf('401') < 0)) return;
          cases.push({ paginate: paginate, relogin: relogin, charges: charges, answers: answers, label: first + ' then ' + second + ', charges ' + charges });
        });
      });
    });
    return cases;
  }

  var ENOUGH = 12; // failed cases that tell enough (a call that never ends takes 200 ms to find out)

  [false, true].forEach(function (paginate) {
    Object.keys(RELOGIN).forEach(function (relogin) {
      QUnit.test((paginate ? 'paginate: \'all\'' : 'one page') + ', reauth ' + relogin + ': every pair of answers, charges accepted or refused, ends once as its last answer says', async function (assert) {
        var cases = casesOf(paginate, relogin);
        var failures = [];
        for (var i = 0; i < cases.length && failures.length < ENOUGH; i++) {
          var problem = await runCase(this.requests, cases[i]);
          if (problem) failures.push(problem);
        }
        assert.deepEqual(failures, [], failures.length + (failures.length === ENOUGH ? ' (at least)' : '') + ' of ' + cases.length + ' cases did not end once as expected');
      });
    });
  });
})();
