QUnit.module('mandatory settings and placeholder values', KT.hooks);

function isSdkError(message) {
  return function (e) {
    return e instanceof window.KazooSdk.KazooSdkError && e instanceof Error && e.name === 'KazooSdkError' &&
      (message === undefined || e.message === message);
  };
}

QUnit.test('a missing placeholder throws before anything is sent or any hook runs', function (assert) {
  var hooks = [];
  var sdk = KT.sdk({ onRequestStart: function () { hooks.push('start'); }, onRequestEnd: function () { hooks.push('end'); } });
  var requests = this.requests;
  [{}, { deviceId: undefined }, { deviceId: null }, { deviceId: '' }].forEach(function (extra) {
    var settings = window.jQuery.extend({ accountId: 'a' }, extra);
    assert.throws(function () { sdk.device.get(settings); },
      isSdkError('device.get: missing mandatory setting "deviceId"'), JSON.stringify(extra));
  });
  assert.throws(function () { sdk.account.get({}); }, isSdkError('account.get: missing mandatory setting "accountId"'));
  assert.throws(function () { sdk.account.get(); }, isSdkError('account.get: missing mandatory setting "accountId"'));
  assert.strictEqual(requests.length, 0, 'nothing was sent');
  assert.deepEqual(hooks, [], 'no hook ran');
});

QUnit.test('values that are not strings or finite numbers are rejected, naming the setting', function (assert) {
  var sdk = KT.sdk();
  var bad = [{ id: 'x' }, ['x'], true, false, NaN, Infinity, -Infinity, function () {}, '.', '..'];
  bad.forEach(function (value) {
    assert.throws(function () { sdk.user.get({ accountId: 'a', userId: value }); },
      function (e) { return isSdkError()(e) && e.message.indexOf('user.get') === 0 && e.message.indexOf('"userId"') > 0; },
      String(value));
  });
  assert.strictEqual(this.requests.length, 0);
});

QUnit.test('accepted values are encoded into their own path segment', function (assert) {
  var done = assert.async(6);
  var sdk = KT.sdk();
  var requests = this.requests;
  var values = ['a/b?c#d%e f&g=h', '...', 'a.b', 0, 42, 'é中😀'];
  values.forEach(function (value, i) {
    sdk.user.get({ accountId: 'acc', userId: value }).always(function () { done(); });
    var r = KT.parse(requests[i]);
    assert.strictEqual(r.path, '/v2/accounts/acc/users/' + encodeURIComponent(String(value)), String(value));
    assert.deepEqual(r.query, {}, 'nothing leaked into the query: ' + value);
    KT.respond(requests[i], 200, KT.envelope({}));
  });
});

QUnit.test('placeholders in the query part are encoded too (numbers.search)', function (assert) {
  var done = assert.async();
  KT.sdk().numbers.search({ accountId: 'a', pattern: '+1 415&x=y', limit: 5, offset: 0 }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.path, '/v2/accounts/a/phone_numbers');
  assert.deepEqual(r.query, { prefix: ['+1 415&x=y'], quantity: ['5'], offset: ['0'] });
  KT.respond(this.requests[0], 200, KT.envelope([]));
});

QUnit.test('data is mandatory on PUT and POST', function (assert) {
  var sdk = KT.sdk();
  assert.throws(function () { sdk.user.create({ accountId: 'a' }); }, isSdkError('user.create: missing mandatory setting "data"'));
  assert.throws(function () { sdk.user.update({ accountId: 'a', userId: 'u', data: null }); },
    isSdkError('user.update: missing mandatory setting "data"'));
  assert.throws(function () { sdk.auth.userAuth({}); }, isSdkError('auth.userAuth: missing mandatory setting "data"'));
  assert.strictEqual(this.requests.length, 0);
});

QUnit.test('DELETE without data sends an empty data object; checkDnsEntries needs no data', function (assert) {
  var done = assert.async(2);
  var sdk = KT.sdk();
  sdk.user.delete({ accountId: 'a', userId: 'u' }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.verb, 'DELETE');
  assert.deepEqual(r.json, { data: {} });
  KT.respond(this.requests[0], 200, KT.envelope({}));
  sdk.whitelabel.checkDnsEntries({ accountId: 'a', domain: 'd.test' }).always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[1]).verb, 'POST');
  KT.respond(this.requests[1], 200, KT.envelope({}));
});

QUnit.test('POST: data.id fills a missing last placeholder', function (assert) {
  var done = assert.async();
  KT.sdk().user.update({ accountId: 'a', data: { id: 'u 1', name: 'n' } }).always(function () { done(); });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.path, '/v2/accounts/a/users/u%201');
  assert.deepEqual(r.json, { data: { id: 'u 1', name: 'n' } });
  KT.respond(this.requests[0], 200, KT.envelope({}));
});

QUnit.test('POST: an explicit placeholder wins over data.id', function (assert) {
  var done = assert.async();
  KT.sdk().user.update({ accountId: 'a', userId: 'explicit', data: { id: 'other' } }).always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[0]).path, '/v2/accounts/a/users/explicit');
  KT.respond(this.requests[0], 200, KT.envelope({}));
});

QUnit.test('data.id fills only the last placeholder of a POST, never other verbs', function (assert) {
  var sdk = KT.sdk();
  assert.throws(function () { sdk.conference.muteParticipant({ accountId: 'a', participantId: 'p', data: { id: 'c' } }); },
    isSdkError('conference.muteParticipant: missing mandatory setting "conferenceId"'));
  assert.throws(function () { sdk.user.get({ accountId: 'a', data: { id: 'u' } }); },
    isSdkError('user.get: missing mandatory setting "userId"'));
  assert.throws(function () { sdk.user.delete({ accountId: 'a', data: { id: 'u' } }); },
    isSdkError('user.delete: missing mandatory setting "userId"'));
  assert.throws(function () { sdk.user.update({ accountId: 'a', data: { id: '..' } }); },
    isSdkError(), 'data.id is checked like any value');
  assert.strictEqual(this.requests.length, 0);
});

QUnit.test('inherited properties do not count as given', function (assert) {
  var sdk = KT.sdk();
  var settings = Object.create({ userId: 'from-prototype' });
  settings.accountId = 'a';
  assert.throws(function () { sdk.user.get(settings); }, isSdkError('user.get: missing mandatory setting "userId"'));
});

QUnit.test('nor do they choose the form of a method that has several', function (assert) {
  var done = assert.async();
  var settings = Object.create({ phoneNumber: '+14155550100' });
  settings.accountId = 'a';
  settings.data = { numbers: ['+14155550101'] };
  KT.sdk().numbers.activate(settings).always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[0]).path, '/v2/accounts/a/phone_numbers/collection/activate', 'the collection form');
  KT.respond(this.requests[0], 200, KT.envelope({}));
});

QUnit.test('settings that are not an object are rejected', function (assert) {
  var sdk = KT.sdk();
  assert.throws(function () { sdk.user.list('a'); }, isSdkError('user.list: settings must be an object'));
  assert.strictEqual(this.requests.length, 0);
});

QUnit.test('methods without mandatory settings work with no settings at all', function (assert) {
  var done = assert.async();
  KT.sdk().globalResources.list().always(function () { done(); });
  assert.strictEqual(KT.parse(this.requests[0]).path, '/v2/resources');
  KT.respond(this.requests[0], 200, KT.envelope([]));
});

QUnit.test('error messages name the method and say what was expected', function (assert) {
  var sdk = KT.sdk();
  function message(fn) {
    try {
      fn();
    } catch (e) {
      return isSdkError()(e) ? e.message : 'not a KazooSdkError: ' + e;
    }
    return 'nothing thrown';
  }
  var cycle = {};
  cycle.self = cycle;
  var bare = Object.create(null);
  var expected = [
    [function () { sdk.user.get({ accountId: 'a', userId: { id: 'u' } }); }, 'user.get: "userId" must be a string or a finite number'],
    [function () { sdk.user.get({ accountId: 'a', userId: NaN }); }, 'user.get: "userId" must be a string or a finite number'],
    [function () { sdk.user.get({ accountId: 'a', userId: '..' }); }, 'user.get: "userId" cannot be "." or ".."'],
    [function () { sdk.user.get({ accountId: '.', userId: 'u' }); }, 'user.get: "accountId" cannot be "." or ".."'],
    [function () { sdk.media.upload({ accountId: 'a', mediaId: 'm', data: { file: 'x' } }); }, 'media.upload: data must be a string, Blob or bytes, not an object'],
    [function () { sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf', data: ['x'] }); }, 'port.createAttachment: data must be a string, Blob or bytes, not an object'],
    [function () { sdk.faxes.sendAsMultipart({ accountId: 'a', data: 'x' }); }, 'faxes.sendAsMultipart: data must be an array of {headers, body} parts'],
    [function () { sdk.user.get({ accountId: 'a', userId: 'u', apiRoot: '' }); }, 'user.get: apiRoot must be a non-empty string'],
    [function () { sdk.user.get({ accountId: 'a', userId: 'u', headers: { 'X-Bare': bare } }); }, 'user.get: each header must be a string'],
    [function () { sdk.user.get({ accountId: 'a', userId: 'u', authToken: bare }); }, 'user.get: authToken must be a string'],
    [function () { sdk.request(); }, 'request: missing mandatory setting "url"'],
    [function () { sdk.request({ url: 'accounts/../../x' }); }, 'request: url must stay under apiRoot'],
    [function () { sdk.request({ url: 'x', verb: bare }); }, 'request: verb must be a string'],
    [function () { sdk.request({ url: 'x', accept: bare }); }, 'request: accept must be a string'],
    [function () { sdk.request({ url: 'x', verb: 'PUT', contentType: bare }); }, 'request: contentType must be a string']
  ];
  expected.forEach(function (row) {
    assert.strictEqual(message(row[0]), row[1]);
  });
  // the reason the engine gives follows, in parentheses
  var starts = [
    [function () { sdk.user.create({ accountId: 'a', data: cycle }); }, 'user.create: data cannot be sent as JSON ('],
    [function () { sdk.user.create({ accountId: 'a', data: { n: window.BigInt(1) } }); }, 'user.create: data cannot be sent as JSON ('],
    [function () { sdk.user.get({ accountId: 'a', userId: 'x\uD800' }); }, 'user.get: "userId" cannot be encoded ('],
    [function () { sdk.user.list({ accountId: 'a', filters: { q: 'x\uD800' } }); }, 'user.list: filter "q" cannot be encoded ('],
    [function () { sdk.user.list({ accountId: 'a', filters: { q: cycle } }); }, 'user.list: filter "q" cannot be encoded (']
  ];
  starts.forEach(function (row) {
    var text = message(row[0]);
    assert.ok(text.indexOf(row[1]) === 0 && /\([\s\S]+\)$/.test(text), text);
  });
  assert.strictEqual(this.requests.length, 0, 'nothing was sent');
});

QUnit.test("an application's own exception while a call is prepared reaches it as it was thrown", function (assert) {
  var sdk = KT.sdk();
  var mine = new TypeError('from a getter');
  var settings = { accountId: 'a' };
  Object.defineProperty(settings, 'userId', { enumerable: true, get: function () { throw mine; } });
  assert.throws(function () { sdk.user.get(settings); }, function (e) { return e === mine; });
  assert.strictEqual(this.requests.length, 0);
});
