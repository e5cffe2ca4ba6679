/* A call's own settings win over the page's $.ajaxSetup defaults. */
(function () {
  'use strict';
  var $ = window.jQuery;

  QUnit.module('the page\'s $.ajaxSetup and a call\'s own settings', KT.hooks);

  QUnit.test('timeout: 0 on a call switches off a page-wide $.ajaxSetup({timeout: 5})', async function (assert) {
    var requests = this.requests;
    var had = Object.prototype.hasOwnProperty.call($.ajaxSettings, 'timeout');
    var before = $.ajaxSettings.timeout;
    $.ajaxSetup({ timeout: 5 });
    try {
      var sdk = KT.sdk();
      // control: without its own timeout, the call takes the page's 5 ms
      var limited = sdk.user.get({ accountId: 'a', userId: 'u1' });
      var limitedOutcome = await KT.ended(limited);
      assert.false(limitedOutcome && limitedOutcome[0], 'control: the page\'s timeout ends a call without its own');
      assert.strictEqual(limitedOutcome && limitedOutcome[1].message, 'timeout', 'control: with "timeout"');

      var unlimited = sdk.user.get({ accountId: 'a', userId: 'u2', timeout: 0 });
      await KT.sleep(50); // ten times the page's timeout
      assert.strictEqual(unlimited.state(), 'pending', 'timeout: 0: still waiting for the answer');
      if (unlimited.state() === 'pending') KT.respond(requests[1], 200, KT.envelope({ id: 'u2' }));
      var outcome = await KT.ended(unlimited);
      assert.true(outcome && outcome[0], 'and it ends with the answer');
    } finally {
      if (had) $.ajaxSettings.timeout = before;
      else delete $.ajaxSettings.timeout;
    }
  });
})();
