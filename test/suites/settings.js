QUnit.module('settings', KT.hooks);

QUnit.test('smoke: account.get sends GET with token and delivers the envelope', function (assert) {
  var done = assert.async();
  var sdk = KT.sdk({ authToken: 'tok-1' });
  sdk.account.get({
    accountId: 'a1',
    success: function (res) {
      assert.deepEqual(res.data, { id: 'a1' });
      done();
    },
  });
  var r = KT.parse(this.requests[0]);
  assert.strictEqual(r.verb, 'GET');
  assert.strictEqual(r.path, '/v2/accounts/a1');
  assert.strictEqual(r.headers['x-auth-token'], 'tok-1');
  KT.respond(this.requests[0], 200, KT.envelope({ id: 'a1' }));
});
