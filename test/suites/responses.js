QUnit.module('responses: every answer ends in one callback, once, with an object', KT.hooks);

/* Calls user.get, lets `answer(xhr)` answer it, and checks the outcome: exactly one of success or
 * error, exactly once, the promise settled the same way, no exception. */
function outcome(test, assert, answer, check) {
  var done = assert.async();
  var seen = [];
  var promise = KT.sdk().user.get({
    accountId: 'a', userId: 'u',
    success: function (res) { seen.push(['success', res]); },
    error: function (err, xhr) { seen.push(['error', err, xhr]); },
  });
  promise.always(function (value) {
    // let anything that would fire late fire first
    setTimeout(function () {
      assert.strictEqual(seen.length, 1, 'exactly one callback, once');
      assert.strictEqual(promise.state(), seen[0][0] === 'success' ? 'resolved' : 'rejected', 'promise agrees');
      assert.strictEqual(value, seen[0][1], 'promise value is the callback value');
      check(seen[0][0], seen[0][1], seen[0][2]);
      done();
    }, 20);
  });
  answer(test.requests[0]);
}

function isCrossbarError(assert, err, status, message) {
  assert.strictEqual(typeof err, 'object');
  assert.strictEqual(err.status, 'error');
  assert.strictEqual(err.error, String(status));
  assert.strictEqual(err.httpErrorStatus, status);
  if (message !== undefined) assert.strictEqual(err.message, message);
  assert.strictEqual(typeof err.data, 'object');
}

[500, 502, 503].forEach(function (status) {
  QUnit.test('HTML ' + status + ' page', function (assert) {
    outcome(this, assert, function (xhr) {
      KT.respond(xhr, status, '<html><body><h1>Bad things</h1></body></html>', { 'Content-Type': 'text/html' });
    }, function (kind, err, xhr) {
      assert.strictEqual(kind, 'error');
      isCrossbarError(assert, err, status);
      assert.strictEqual(xhr.status, status, 'the jqXHR comes second');
    });
  });
});

QUnit.test('a Crossbar JSON error (with charset) is handed over as sent, plus httpErrorStatus', function (assert) {
  var body = KT.errorEnvelope(400, 'validation error', { name: { required: { message: 'Field is required but missing' } } });
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 400, JSON.stringify(body), { 'Content-Type': 'application/json; charset=UTF-8' });
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    assert.deepEqual(err, window.jQuery.extend({}, body, { httpErrorStatus: 400 }));
  });
});

QUnit.test('a JSON error that is not an object gets the synthesised shape', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 409, '["conflict"]', { 'Content-Type': 'application/json' });
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    isCrossbarError(assert, err, 409);
  });
});

QUnit.test('invalid JSON under application/json on a 200', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 200, '{"data": {', { 'Content-Type': 'application/json' });
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    isCrossbarError(assert, err, 200, 'invalid JSON');
  });
});

QUnit.test('invalid JSON under application/json on a 500', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 500, '{oops', { 'Content-Type': 'application/json' });
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    isCrossbarError(assert, err, 500);
  });
});

QUnit.test('an empty 200', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 200, '', { 'Content-Type': 'application/json' });
  }, function (kind, res) {
    assert.strictEqual(kind, 'success');
    assert.deepEqual(res, {}, 'an empty object, so res.data reads undefined instead of throwing');
  });
});

QUnit.test('a 204 No Content', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 204, '', {});
  }, function (kind, res) {
    assert.strictEqual(kind, 'success');
    assert.deepEqual(res, {});
  });
});

QUnit.test('an empty error body', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 503, '', {});
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    isCrossbarError(assert, err, 503);
  });
});

QUnit.test('a network failure', function (assert) {
  outcome(this, assert, function (xhr) {
    xhr.error();
  }, function (kind, err) {
    assert.strictEqual(kind, 'error');
    isCrossbarError(assert, err, 0, 'network error');
  });
});

QUnit.test('a success whose JSON has a charset and unicode', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 200, JSON.stringify(KT.envelope({ name: 'Zoë 中' })), { 'Content-Type': 'application/json; charset=utf-8' });
  }, function (kind, res) {
    assert.strictEqual(kind, 'success');
    assert.strictEqual(res.data.name, 'Zoë 中');
  });
});

QUnit.test('a success without Content-Type on a JSON endpoint is still parsed', function (assert) {
  outcome(this, assert, function (xhr) {
    KT.respond(xhr, 200, JSON.stringify(KT.envelope({ id: 'u' })), {});
  }, function (kind, res) {
    assert.strictEqual(kind, 'success');
    assert.deepEqual(res.data, { id: 'u' });
  });
});

QUnit.test('PDF bytes arrive intact as a string of one character per byte, whatever their values', function (assert) {
  var done = assert.async();
  var all = [];
  for (var i = 0; i < 256; i++) all.push(i);
  KT.sdk().port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', success: function (text) {
    KT.assertByteString(assert, text, all, 'all 256 byte values', done);
  } });
  KT.respond(this.requests[0], 200, KT.binary(all), { 'Content-Type': 'application/pdf' });
});

QUnit.test('a data-URI document stored as text comes back as the same text, to split', function (assert) {
  var done = assert.async();
  var uri = 'data:application/pdf;base64,JVBERi0xLjQK';
  KT.sdk().port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', success: function (text) {
    assert.strictEqual(text, uri);
    assert.strictEqual(text.split(',')[1], 'JVBERi0xLjQK');
    done();
  } });
  KT.respond(this.requests[0], 200, uri, { 'Content-Type': 'application/pdf' });
});

QUnit.test('responseType "blob" (call or instance): PDF bytes arrive intact as a Blob, whatever their values', function (assert) {
  var done = assert.async(2);
  var all = [];
  for (var i = 0; i < 256; i++) all.push(i);
  KT.sdk({ responseType: 'blob' }).port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', success: function (blob) {
    KT.assertBlobBytes(assert, blob, all, 'instance setting', done);
  } });
  KT.sdk().port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', responseType: 'blob', success: function (blob) {
    assert.true(blob instanceof window.Blob, 'a Blob');
    assert.strictEqual(blob.type, 'application/pdf');
    KT.bytes(blob).then(function (bytes) {
      assert.deepEqual(bytes, all, 'all 256 byte values survive');
      done();
    });
  } });
  KT.respond(this.requests[0], 200, KT.binary(all), { 'Content-Type': 'application/pdf' });
  KT.respond(this.requests[1], 200, KT.binary(all), { 'Content-Type': 'application/pdf' });
});

QUnit.test('a JSON error from a PDF endpoint is parsed, unicode included', function (assert) {
  var done = assert.async();
  var utf8 = unescape(encodeURIComponent(JSON.stringify(KT.errorEnvelope(404, 'bad_identifier', { message: 'introuvable é' }))));
  KT.sdk().port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', error: function (err) {
    assert.strictEqual(err.httpErrorStatus, 404);
    assert.strictEqual(err.message, 'bad_identifier');
    assert.strictEqual(err.data.message, 'introuvable é');
    done();
  } });
  KT.respond(this.requests[0], 404, utf8, { 'Content-Type': 'application/json' });
});

QUnit.test('an HTML endpoint delivers the string', function (assert) {
  var done = assert.async();
  KT.sdk().conference.getNotification({ accountId: 'a', notificationType: 'invite', contentType: 'text/html',
    success: function (html) { assert.strictEqual(html, '<h1>Invite {{name}}</h1>'); done(); } });
  KT.respond(this.requests[0], 200, '<h1>Invite {{name}}</h1>', { 'Content-Type': 'text/html; charset=utf-8' });
});

QUnit.test('timeout (instance default, call override): error once, httpErrorStatus 0, message "timeout"', function (assert) {
  var done = assert.async(2);
  var requests = this.requests;
  var sdk = KT.sdk({ timeout: 10 });
  var errors = [];
  sdk.user.list({ accountId: 'a', error: function (err) { errors.push(err); } }).fail(function (err) {
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(err.httpErrorStatus, 0);
    assert.strictEqual(err.message, 'timeout');
    assert.strictEqual(err.status, 'error');
    done();
  });
  var answered = sdk.user.list({ accountId: 'a', timeout: 0 });
  setTimeout(function () {
    assert.strictEqual(answered.state(), 'pending', 'timeout: 0 on the call turns it off');
    KT.respond(requests[1], 200, KT.envelope([]));
    answered.done(function () { done(); });
  }, 40);
});
