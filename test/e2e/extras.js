/* End to end, what the classic plugin did not have: re-login on 401, whole lists, custom endpoints and
 * progress callbacks, in Chromium against the sandbox over real HTTP from another origin. */
(function () {
  'use strict';

  QUnit.module('end to end: what the classic plugin did not have', {
    beforeEach: function () {
      return KE.control('reset-store');
    },
  });


  /** An instance whose reauth logs in again through its own auth.userAuth, counting what it sends. */
  function reloggingSdk(counts) {
    var sdk = KE.sdk({
      reauth: function () {
        counts.reauth++;
        return KE.login(sdk);
      },
      onRequestStart: function (xhr, options) {
        if (options.url === 'user_auth') counts.logins++;
      },
      onRequestEnd: function (value) {
        counts.ends.push(typeof value.status === 'number' ? value.status : value.status);
      },
    });
    return sdk;
  }

  QUnit.test('reauth: after the tokens expire, the call that got a 401 logs in again once and succeeds', async function (assert) {
    var counts = { reauth: 0, logins: 0, ends: [] };
    var sdk = reloggingSdk(counts);
    var auth = await KE.login(sdk);
    var accountId = auth.data.account_id;
    await sdk.account.get({ accountId: accountId });
    await KE.control('expire-tokens');
    counts.logins = 0;
    counts.ends.length = 0;
    var errors = [];
    var account = await sdk.account.get({ accountId: accountId, error: function (e) { errors.push(e); } });
    assert.strictEqual(account.data.id, accountId, 'the call succeeds');
    assert.strictEqual(counts.reauth, 1, 'reauth once');
    assert.strictEqual(counts.logins, 1, 'one login request');
    assert.deepEqual(counts.ends, [401, 'success', 'success'], 'the 401, the login, the retry');
    assert.strictEqual(errors.length, 0, 'no error callback');
    var again = await sdk.user.get({ accountId: accountId, userId: auth.data.owner_id });
    assert.strictEqual(again.data.id, auth.data.owner_id, 'the new token is stored');
    assert.strictEqual(counts.logins, 1, 'no further login');
  });

  QUnit.test('reauth: three calls failing together share one login', async function (assert) {
    var counts = { reauth: 0, logins: 0, ends: [] };
    var sdk = reloggingSdk(counts);
    var accountId = (await KE.login(sdk)).data.account_id;
    await KE.control('expire-tokens');
    counts.logins = 0;
    var results = await Promise.all([
      KE.settle(sdk.account.get({ accountId: accountId })),
      KE.settle(sdk.user.list({ accountId: accountId })),
      KE.settle(sdk.device.list({ accountId: accountId })),
    ]);
    assert.deepEqual(results.map(function (r) { return r[0]; }), [true, true, true], 'all three succeed');
    assert.strictEqual(results[0][1].data.id, accountId);
    assert.true(Array.isArray(results[1][1].data) && results[1][1].data.length > 0, 'users listed');
    assert.strictEqual(counts.reauth, 1, 'one reauth');
    assert.strictEqual(counts.logins, 1, 'one login request');
  });

  QUnit.test('reauth: a retry answered 401 again goes to the error callback (no loop)', async function (assert) {
    var reauths = 0;
    var sdk = KE.sdk({ reauth: function () { reauths++; return 'not-a-valid-token'; } });
    var accountId = (await KE.login(sdk)).data.account_id;
    await KE.control('expire-tokens');
    var errors = [];
    var result = await KE.settle(sdk.account.get({ accountId: accountId, error: function (e) { errors.push(e); } }));
    assert.false(result[0]);
    assert.strictEqual(result[1].httpErrorStatus, 401);
    assert.strictEqual(errors.length, 1, 'the error callback once');
    assert.strictEqual(reauths, 1, 'one reauth');
  });

  QUnit.test('paginate: \'all\' returns every user across pages, onPage once per page; maxPages caps it', async function (assert) {
    var sdk = KE.sdk();
    var accountId = (await KE.login(sdk)).data.account_id;
    for (var i = 0; i < 7; i++) {
      await sdk.user.create({ accountId: accountId, data: { first_name: 'Pager', last_name: 'P' + i, username: 'pager' + i } });
    }
    var pages = [];
    var starts = 0;
    var sdkCounting = KE.sdk({ onRequestStart: function () { starts++; } });
    await KE.login(sdkCounting);
    starts = 0;
    var all = await sdkCounting.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2 }, paginate: 'all',
      onPage: function (page) { pages.push(page); } });
    assert.strictEqual(all.data.length, 7, 'seven users');
    assert.strictEqual(new Set(all.data.map(function (u) { return u.id; })).size, 7, 'each once');
    assert.true(all.data.every(function (u) { return u.first_name === 'Pager'; }), 'the filter applied on every page');
    assert.false('next_start_key' in all, 'no next_start_key');
    assert.strictEqual(pages.length, 4, 'four pages of at most two');
    assert.deepEqual(pages.map(function (p) { return p.data.length; }), [2, 2, 2, 1]);
    assert.strictEqual(starts, 4, 'four requests');

    var capped = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2 }, paginate: 'all', maxPages: 2 });
    assert.strictEqual(capped.data.length, 4, 'two pages');
    assert.strictEqual(typeof capped.next_start_key, 'string', 'next_start_key kept');
    var rest = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2, start_key: capped.next_start_key }, paginate: 'all' });
    assert.strictEqual(rest.data.length, 3, 'the rest from next_start_key');
    var ids = capped.data.concat(rest.data).map(function (u) { return u.id; });
    assert.strictEqual(new Set(ids).size, 7, 'together: every user once');

    var one = await sdk.user.list({ accountId: accountId, filters: { filter_first_name: 'Pager', page_size: 2 } });
    assert.strictEqual(one.data.length, 2, 'without paginate: one page');
    assert.strictEqual(typeof one.next_start_key, 'string');
  });

  QUnit.test('custom endpoint: demo.whoami reaches a real sandbox path; another instance has no such method', async function (assert) {
    var sdk = KE.sdk({ endpoints: { demo: { whoami: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}' } } } });
    var auth = await KE.login(sdk);
    var seed = await KE.info();
    assert.strictEqual(auth.data.owner_id, seed.users.admin, 'logged in as the seeded admin');
    var me = await sdk.demo.whoami({ accountId: auth.data.account_id, userId: auth.data.owner_id });
    assert.strictEqual(me.data.id, seed.users.admin);
    assert.strictEqual(me.data.username, 'admin');
    var missing = await KE.settle(sdk.demo.whoami({ accountId: auth.data.account_id, userId: 'no such user' }));
    assert.strictEqual(missing[1].httpErrorStatus, 404, 'an encoded unknown id: 404');
    assert.strictEqual(KE.sdk().demo, undefined);
  });

  QUnit.test('downloadProgress: the seeded bill.pdf download reports progress', async function (assert) {
    var seed = await KE.info();
    var sdk = KE.sdk();
    var accountId = (await KE.login(sdk)).data.account_id;
    var events = [];
    var pdf = await sdk.port.getAttachment({ accountId: accountId, portRequestId: seed.portRequest, documentName: seed.portAttachment,
      downloadProgress: function (event) { events.push({ loaded: event.loaded, total: event.total, self: this }); } });
    assert.strictEqual(typeof pdf, 'string', 'the PDF, one character per byte');
    assert.true(events.length >= 1, 'at least one progress event: ' + events.length);
    assert.true(events.some(function (e) { return e.loaded > 0; }), 'loaded > 0');
    assert.strictEqual(events[events.length - 1].loaded, pdf.length, 'the last event has every byte');
    assert.strictEqual(events[0].self.verb, 'GET', 'this = the request options');
  });

  QUnit.test('uploadProgress: a 1 MB port attachment upload reports progress', async function (assert) {
    var seed = await KE.info();
    var sdk = KE.sdk();
    var accountId = (await KE.login(sdk)).data.account_id;
    var size = 1024 * 1024;
    var bytes = new Uint8Array(size);
    var header = new TextEncoder().encode('%PDF-1.4\n');
    bytes.set(header);
    for (var i = header.length; i < size; i++) bytes[i] = i % 251;
    var events = [];
    var saved = await sdk.port.createAttachment({ accountId: accountId, portRequestId: seed.portRequest, documentName: 'big.pdf',
      data: new Blob([bytes], { type: 'application/pdf' }),
      uploadProgress: function (event) { events.push({ loaded: event.loaded, total: event.total }); } });
    assert.strictEqual(saved.data['big.pdf'].length, size, 'stored');
    assert.true(events.length >= 1, 'at least one upload progress event: ' + events.length);
    assert.true(events.some(function (e) { return e.loaded > 0; }), 'loaded > 0');
    var back = await sdk.port.getAttachment({ accountId: accountId, portRequestId: seed.portRequest, documentName: 'big.pdf' });
    assert.strictEqual(back.length, size, 'downloaded back whole, one character per byte');
  });
})();
