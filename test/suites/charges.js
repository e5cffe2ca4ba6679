QUnit.module('the 402 charges flow', KT.hooks);

var CHARGES = [{
  items: [{ category: 'devices', item: 'sip_device', name: 'SIP Device', quantity: 1, rate: 5.0, total: 5.0 }],
  activation_charges: [{ item: 'sip_device', name: 'SIP Device', rate: 1.0, total: 1.0 }],
  summary: { today: 1.0, recurring: 5.0 },
  bookkeeper: { type: 'braintree' },
}];

function answer402(xhr) {
  KT.respond(xhr, 402, KT.errorEnvelope(402, 'accept charges', CHARGES));
}

/* Answers each request as it comes: `answers[i](xhr)` for request i, polling so that requests sent
 * later (after a promise-based confirmation) are answered too. */
function serve(requests, answers) {
  var answered = 0;
  var timer = setInterval(function () {
    while (answered < requests.length && answered < answers.length) {
      answers[answered](requests[answered]);
      answered++;
    }
  }, 1);
  return function stop() { clearInterval(timer); };
}

QUnit.test('accepted: the same request once more with accept_charges, its outcome is the call\'s', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var log = [];
  var sdk = KT.sdk({
    onRequestStart: function () { log.push('start'); },
    onRequestEnd: function () { log.push('end'); },
    onRequestSuccess: function () { log.push('hook success'); },
    onRequestError: function (xhr) { log.push('hook error ' + xhr.status); },
    confirmCharges: function (charges, options) {
      log.push('confirm');
      assert.deepEqual(charges, CHARGES, 'confirmCharges gets the invoices');
      assert.strictEqual(options.url, 'accounts/a/devices', 'and the options');
      return true;
    },
  });
  var promise = sdk.device.create({ accountId: 'a', data: { name: 'phone' },
    success: function (res) { log.push('success ' + res.data.id); },
    error: function () { log.push('error'); } });
  answer402(requests[0]);
  var first = KT.parse(requests[0]);
  var retry = KT.parse(requests[1]);
  assert.strictEqual(requests.length, 2, 'one retry');
  assert.deepEqual(first.json, { data: { name: 'phone' } });
  assert.deepEqual(retry.json, { data: { name: 'phone' }, accept_charges: true });
  assert.strictEqual(retry.verb, first.verb);
  assert.strictEqual(retry.path, first.path);
  KT.respond(requests[1], 201, KT.envelope({ id: 'd1' }));
  promise.done(function (res) {
    assert.strictEqual(res.data.id, 'd1', 'the promise resolves with the retry');
    assert.deepEqual(log, ['start', 'end', 'hook error 402', 'confirm', 'start', 'end', 'hook success', 'success d1']);
    done();
  });
});

QUnit.test('confirmCharges may answer with a promise (native or jQuery)', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var stop = serve(requests, [answer402, function (xhr) { KT.respond(xhr, 201, KT.envelope({ id: 'n' })); },
    answer402, function (xhr) { KT.respond(xhr, 201, KT.envelope({ id: 'j' })); }]);
  var sdk = KT.sdk();
  sdk.device.create({ accountId: 'a', data: {}, confirmCharges: function () { return Promise.resolve(true); } })
    .done(function (res) {
      assert.strictEqual(res.data.id, 'n');
      sdk.device.create({ accountId: 'a', data: {}, confirmCharges: function () {
        var d = window.jQuery.Deferred();
        setTimeout(function () { d.resolve(true); }, 5);
        return d.promise();
      } }).done(function (res2) {
        assert.strictEqual(res2.data.id, 'j');
        assert.strictEqual(requests.length, 4);
        stop();
        done();
      });
      done();
    });
});

QUnit.test('refused with onChargesCancelled: it runs, the error callback does not, the promise rejects', function (assert) {
  var done = assert.async();
  var calls = [];
  var promise = KT.sdk({ confirmCharges: function () { return false; } }).device.create({
    accountId: 'a', data: {},
    onChargesCancelled: function () { calls.push('cancelled'); },
    error: function () { calls.push('error'); },
  });
  answer402(this.requests[0]);
  promise.fail(function (err) {
    assert.deepEqual(calls, ['cancelled']);
    assert.strictEqual(err.httpErrorStatus, 402);
    done();
  });
  assert.strictEqual(this.requests.length, 1, 'no retry');
});

QUnit.test('refused without onChargesCancelled: the error callback gets the 402', function (assert) {
  var done = assert.async();
  KT.sdk({ confirmCharges: function () { return Promise.resolve(false); } }).device.create({
    accountId: 'a', data: {},
    error: function (err) {
      assert.strictEqual(err.httpErrorStatus, 402);
      assert.strictEqual(err.message, 'accept charges');
      assert.deepEqual(err.data, CHARGES);
      done();
    },
  });
  answer402(this.requests[0]);
});

QUnit.test('confirmCharges throwing or rejecting counts as refused', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var sdk = KT.sdk();
  KT.reported.length = 0;
  var first = sdk.device.create({ accountId: 'a', data: {}, confirmCharges: function () { throw new Error('dialog broke'); } });
  KT.quietly(function () { answer402(requests[0]); });
  first.fail(function (err) { assert.strictEqual(err.httpErrorStatus, 402); done(); });
  sdk.device.create({ accountId: 'a', data: {}, confirmCharges: function () { return Promise.reject(new Error('no')); } })
    .fail(function (err) {
      assert.strictEqual(err.httpErrorStatus, 402);
      assert.strictEqual(requests.length, 2, 'no retry for either');
      setTimeout(function () {
        assert.strictEqual(KT.reported.length, 1, 'the thrown error was reported');
        done();
      }, 20);
    });
  answer402(requests[1]);
});

QUnit.test('a second 402 after accepting goes to the error callback: no loop', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var confirms = 0;
  KT.sdk({ confirmCharges: function () { confirms++; return true; } }).device.create({
    accountId: 'a', data: {},
    error: function (err) {
      assert.strictEqual(err.httpErrorStatus, 402);
      assert.strictEqual(confirms, 1);
      assert.strictEqual(requests.length, 2);
      done();
    },
  });
  answer402(requests[0]);
  answer402(requests[1]);
});

QUnit.test('a request that already carries acceptCharges goes straight to error on 402', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var sdk = KT.sdk({ confirmCharges: function () { assert.ok(false, 'not asked'); return true; } });
  sdk.device.create({ accountId: 'a', data: {}, acceptCharges: false, error: function (err) {
    assert.strictEqual(err.httpErrorStatus, 402); done();
  } });
  answer402(requests[0]);
  sdk.device.create({ accountId: 'a', data: {}, acceptCharges: true, error: function (err) {
    assert.strictEqual(err.httpErrorStatus, 402); done();
  } });
  answer402(requests[1]);
  assert.strictEqual(requests.length, 2);
});

QUnit.test('preventCallbackError on the 402 leaves it to the application: no dialog, no error callback', function (assert) {
  var done = assert.async();
  var calls = [];
  KT.sdk({
    confirmCharges: function () { calls.push('confirm'); return true; },
    onRequestError: function (xhr, options) { options.preventCallbackError = true; calls.push('taken'); },
  }).device.create({ accountId: 'a', data: {}, error: function () { calls.push('error'); } });
  answer402(this.requests[0]);
  var requests = this.requests;
  setTimeout(function () {
    assert.deepEqual(calls, ['taken']);
    assert.strictEqual(requests.length, 1);
    done();
  }, 20);
});

QUnit.test('the default confirmation is window.confirm with a readable summary', function (assert) {
  var done = assert.async();
  var original = window.confirm;
  var asked;
  window.confirm = function (text) { asked = text; return false; };
  KT.sdk().device.create({ accountId: 'a', data: {}, error: function (err) {
    window.confirm = original;
    assert.strictEqual(err.httpErrorStatus, 402);
    assert.true(/SIP Device/.test(asked), 'names the item');
    assert.true(/5\.00/.test(asked) && /1\.00/.test(asked), 'shows the amounts');
    done();
  } });
  answer402(this.requests[0]);
});

QUnit.test('abort() while the confirmation is pending ends the call once', function (assert) {
  var done = assert.async();
  var calls = 0;
  var never = new Promise(function () {});
  var promise = KT.sdk({ confirmCharges: function () { return never; } }).device.create({
    accountId: 'a', data: {}, error: function () { calls++; } });
  answer402(this.requests[0]);
  assert.strictEqual(promise.state(), 'pending');
  promise.abort();
  promise.fail(function (err) {
    assert.strictEqual(calls, 1);
    assert.strictEqual(err.httpErrorStatus, 402);
    done();
  });
});

QUnit.test('only true (or a promise of true) accepts charges: other truthy answers refuse', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var answers = ['yes', 1, Promise.resolve({ accepted: false })];
  var refused = 0;
  answers.forEach(function (answer, i) {
    KT.sdk({ confirmCharges: function () { return answer; } }).device.create({ accountId: 'a', data: {},
      error: function (err) {
        assert.strictEqual(err.httpErrorStatus, 402, 'refused: ' + i);
        if (++refused === answers.length) {
          assert.strictEqual(requests.length, 3, 'no retry was sent');
          done();
        }
      } });
    answer402(requests[requests.length - 1]);
  });
});

QUnit.test('abort() from the retry\'s onRequestStart ends the call in error', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var starts = 0;
  var promise = KT.sdk({ confirmCharges: function () { return true; } }).device.create({ accountId: 'a', data: {},
    onRequestStart: function () { if (++starts === 2) promise.abort(); } });
  answer402(requests[0]);
  promise.then(function () {
    assert.ok(false, 'must not resolve');
    done();
  }, function (err) {
    assert.strictEqual(err.message, 'abort');
    assert.strictEqual(err.httpErrorStatus, 0);
    done();
  });
});

QUnit.test('abort() while the application holds a taken-over call ends it, and its re-send is not sent', function (assert) {
  var done = assert.async();
  var requests = this.requests;
  var taken;
  var errors = [];
  var sdk = KT.sdk({ onRequestError: function (xhr, options) { options.preventCallbackError = true; taken = options; } });
  var promise = sdk.user.get({ accountId: 'a', userId: 'u', error: function (err) { errors.push(err.message); } });
  KT.respond(requests[0], 401, KT.errorEnvelope(401, 'invalid_credentials'));
  promise.abort();
  sdk.request(taken);
  assert.strictEqual(requests.length, 1, 'the re-send of an aborted call is not sent');
  promise.fail(function (err) {
    assert.strictEqual(err.message, 'abort');
    assert.deepEqual(errors, ['abort'], 'the error callback ran once');
    done();
  });
});
