/* Requests stay under their apiRoot, judged as the browser will request the URL (it drops tab, CR
 * and LF, reads `\` as `/` in http(s) URLs and resolves `.` and `..` segments, `%2e` included);
 * tokens stay with the apiRoot they belong to. A url or template that would leave is a
 * KazooSdkError, thrown before anything is sent. */
(function () {
  'use strict';

  /** Calls fn; true when it threw a KazooSdkError (anything else thrown is a failed assertion). */
  function refused(assert, fn, label) {
    try {
      fn();
    } catch (e) {
      assert.true(KT.isSdkError(e), label + ': only a KazooSdkError may be thrown (got ' + e + ')');
      return KT.isSdkError(e);
    }
    return false;
  }

  /** The page's own origin and the path a relative URL resolves to, as the browser sends it. */
  function resolved(xhr) {
    var url = new URL(xhr.url, location.href);
    var page = new URL(location.href);
    return { samePlace: url.protocol === page.protocol && url.host === page.host, path: url.pathname, query: KT.parse(xhr).query };
  }

  QUnit.module('confinement: kazooSdk.request({url}) stays under its apiRoot', KT.hooks);

  // Dot segments the string check misses: the URL parser drops tab, CR and LF before resolving them.
  var SPLIT_DOTS = [
    'accounts/.\t./.\t./admin', 'accounts/.\n./x', 'accounts/.\r./.\r./admin', '.\t./x', 'accounts/\t../x', 'accounts/..\n/x',
    'accounts/.\t/x', 'accounts/%2e\t%2e/x', 'accounts/%2E\r\n%2e/x', 'a/.\t.\\.\t.\\admin',
  ];

  QUnit.test('dot segments split by tab, CR or LF: a KazooSdkError, nothing sent, no hook', async function (assert) {
    var starts = 0;
    var sdk = KT.sdk({ authToken: 'tok-confined', onRequestStart: function () { starts++; } });
    SPLIT_DOTS.forEach(function (url) {
      assert.true(refused(assert, function () { sdk.request({ url: url }); }, JSON.stringify(url)), JSON.stringify(url) + ' is refused');
    });
    await KT.sleep(10);
    assert.strictEqual(this.requests.length, 0, 'nothing sent, not even later');
    assert.strictEqual(starts, 0, 'no hook ran');
  });

  QUnit.test('custom endpoint templates with split dot segments: getKazooSdk throws a KazooSdkError', async function (assert) {
    ['accounts/{accountId}/.\r./.\r./admin', 'accounts/{accountId}/.\t./x', '.\n./{accountId}', 'accounts/{accountId}/%2e\t%2e/x', 'x/.\t/{accountId}']
      .forEach(function (url) {
        var made = null;
        var threw = refused(assert, function () {
          made = KT.sdk({ authToken: 'tok-confined', endpoints: { custom: { admin: { verb: 'GET', url: url } } } });
        }, JSON.stringify(url));
        assert.true(threw, JSON.stringify(url) + ': getKazooSdk refuses the template');
        if (made) refused(assert, function () { made.custom.admin({ accountId: 'a1' }); }, 'the call');
      });
    await KT.sleep(10);
    assert.strictEqual(this.requests.length, 0, 'nothing sent, not even later');
  });

  // With a relative apiRoot, urls that a plain join makes start with `//` once the parser has dropped
  // tab, CR and LF and read `\` as `/`: the browser would take what follows for another host. Each
  // is refused (a KazooSdkError, nothing sent) or sent under the apiRoot on the page's own host.
  var OFF_HOST = ['\\evil.example/steal', '\t/evil.example/steal', '/\\evil.example', '//evil.example/x', '\\\\evil.example', '\n\\evil.example/x'];

  ['/', '/v2/'].forEach(function (apiRoot) {
    QUnit.test('relative apiRoot ' + apiRoot + ': urls the browser could read as another host are refused or stay under the apiRoot', async function (assert) {
      var requests = this.requests;
      var sdk = KT.sdk({ apiRoot: apiRoot, authToken: 'tok-relative' });
      var page = new URL(location.href);
      OFF_HOST.forEach(function (url) {
        var label = JSON.stringify(url);
        var before = requests.length;
        if (refused(assert, function () { sdk.request({ url: url }); }, label)) {
          assert.strictEqual(requests.length, before, label + ': refused, nothing sent');
          return;
        }
        assert.strictEqual(requests.length, before + 1, label + ': one request');
        requests.slice(before).forEach(function (xhr) {
          var sent = new URL(xhr.url, location.href);
          assert.strictEqual(sent.protocol + '//' + sent.host, page.protocol + '//' + page.host, label + ': to the page\'s own host, not ' + sent.href);
          assert.strictEqual(sent.pathname.indexOf(apiRoot), 0, label + ': under ' + apiRoot + ', not ' + sent.pathname);
        });
      });
      await KT.sleep(10);
      var hosts = requests.map(function (xhr) { return new URL(xhr.url, location.href).host; });
      assert.deepEqual(hosts.filter(function (host) { return host !== page.host; }), [], 'no request to another host, not even later');
    });
  });

  QUnit.test('control: ordinary urls are sent under the apiRoot, with the token', async function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-confined' });
    var promise = sdk.request({ url: 'accounts/a1/users' });
    var r = KT.parse(requests[0]);
    assert.strictEqual(r.origin, KT.ORIGIN);
    assert.strictEqual(r.path, '/v2/accounts/a1/users');
    assert.strictEqual(r.headers['x-auth-token'], 'tok-confined');
    KT.respond(requests[0], 200, KT.envelope([]));
    assert.true((await KT.ended(promise) || [])[0], 'resolved');

    var relative = KT.sdk({ apiRoot: '/v2/', authToken: 'tok-relative' });
    relative.request({ url: 'accounts/a1/users' });
    var sent = resolved(requests[1]);
    assert.true(sent.samePlace, 'a relative apiRoot: the page\'s own origin');
    assert.strictEqual(sent.path, '/v2/accounts/a1/users');
    assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-relative');
    KT.respond(requests[1], 200, KT.envelope([]));
  });

  QUnit.test('a dot segment anywhere in a url is refused, in the query too (conservative: filters carry query values encoded)', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-confined' });
    assert.throws(function () { sdk.request({ url: 'accounts/a1/users?x=a/../b' }); }, KT.isSdkError);
    assert.strictEqual(requests.length, 0, 'nothing sent');
    sdk.request({ url: 'accounts/a1/users', filters: { x: 'a/../b' } });
    var r = KT.parse(requests[0]);
    assert.strictEqual(r.path, '/v2/accounts/a1/users');
    assert.deepEqual(r.query, { x: ['a/../b'] }, 'the same value as a filter is sent, encoded');
    KT.respond(requests[0], 200, KT.envelope([]));
  });

  QUnit.module('confinement: the instance token reaches its apiRoot however it is spelled', KT.hooks);

  [KT.API.replace(/\/$/, ''), KT.API + '/'].forEach(function (apiRoot) {
    QUnit.test('an instance made with apiRoot ' + apiRoot + ' and authToken sends that token on a method call', async function (assert) {
      var requests = this.requests;
      var promise = KT.sdk({ apiRoot: apiRoot, authToken: 'tok-spelled' }).account.get({ accountId: 'a' });
      var r = KT.parse(requests[0]);
      assert.strictEqual(r.origin, KT.ORIGIN);
      assert.strictEqual(r.path, '/v2/accounts/a', 'one / between the apiRoot and the path');
      assert.strictEqual(r.headers['x-auth-token'], 'tok-spelled', 'the token is sent');
      KT.respond(requests[0], 200, KT.envelope({}));
      assert.true((await KT.ended(promise) || [])[0]);
    });
  });
})();
