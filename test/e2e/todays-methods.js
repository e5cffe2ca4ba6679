/* End to end, the methods of today's Kazoo: multipart fax uploads, binary downloads as Blobs, text
 * templates, token-less calls and plain documents, in Chromium against the sandbox over real
 * cross-origin HTTP. */
(function () {
  'use strict';

  QUnit.module('end to end: methods of today\'s Kazoo', {
    beforeEach: function () {
      return KE.control('reset-store');
    },
  });


  /** An SDK instance logged in as the demo admin; resolves with [sdk, accountId]. */
  async function loggedIn() {
    var sdk = KE.sdk();
    var auth = await KE.login(sdk);
    return [sdk, auth.data.account_id];
  }

  /** Bytes -> base64, for data URIs. */
  function base64(bytes) {
    var text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text);
  }

  QUnit.test('faxes.sendAsMultipart: the outbox lists the fax; its document comes back as a Blob with the bytes sent', async function (assert) {
    var session = await loggedIn();
    var sdk = session[0];
    var accountId = session[1];
    var document = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n--not-a-boundary\r\n-- \r\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    var sent = await sdk.faxes.sendAsMultipart({
      accountId: accountId,
      data: [
        { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data: { to_number: '+14155550100', from_number: '+14155550101' } }) },
        { headers: { 'Content-Type': 'application/pdf' }, body: document },
      ],
    });
    var faxId = sent.data.id;
    assert.strictEqual(typeof faxId, 'string', 'the fax has an id');
    assert.strictEqual(sent.data.to_number, '+14155550100');
    assert.strictEqual(sent.data.document.length, document.length, 'the server saw the whole document');

    var outbox = await sdk.faxes.listOutbound({ accountId: accountId });
    assert.true(outbox.data.some(function (fax) { return fax.id === faxId; }), 'listed in the outbox');
    var details = await sdk.faxes.getDetailsOutbound({ accountId: accountId, faxId: faxId });
    assert.strictEqual(details.data.from_number, '+14155550101');

    var file = await sdk.faxes.getAttachmentOutbound({ accountId: accountId, faxId: faxId, responseType: 'blob' });
    assert.true(file instanceof Blob, 'a Blob, with responseType "blob"');
    assert.strictEqual(file.type, 'application/pdf');
    assert.deepEqual(await KE.bytes(file), Array.from(new TextEncoder().encode(document)), 'the same bytes');
    var text = await sdk.faxes.getAttachmentOutbound({ accountId: accountId, faxId: faxId });
    assert.strictEqual(typeof text, 'string', 'by default, a string of one character per byte');
    assert.deepEqual(await KE.bytes(text), Array.from(new TextEncoder().encode(document)), 'the same bytes');
  });

  QUnit.test('faxes.sendAsMultipart: data that is not a list of parts throws before anything is sent', async function (assert) {
    var starts = 0;
    var sdk = KE.sdk({ onRequestStart: function () { starts++; } });
    var accountId = (await KE.login(sdk)).data.account_id;
    starts = 0;
    [[], 'text', [{ headers: {} }], [{ headers: { 'Content-Type': {} }, body: 'x' }]].forEach(function (data) {
      assert.throws(function () { sdk.faxes.sendAsMultipart({ accountId: accountId, data: data }); }, /^KazooSdkError: faxes\.sendAsMultipart: data must be an array of \{headers, body\} parts$/);
    });
    assert.strictEqual(starts, 0, 'no request');
    var outbox = await sdk.faxes.listOutbound({ accountId: accountId });
    assert.strictEqual(outbox.data.length, 0, 'nothing in the outbox');
  });

  QUnit.test('faxes.getAttachmentInbound: the seeded received fax, one character per byte', async function (assert) {
    var seed = await KE.info();
    var session = await loggedIn();
    var file = await session[0].faxes.getAttachmentInbound({ accountId: session[1], faxId: seed.faxInbox });
    assert.strictEqual(typeof file, 'string');
    var bytes = await KE.bytes(file);
    assert.strictEqual(String.fromCharCode.apply(null, bytes.slice(0, 5)), '%PDF-');
    assert.true(bytes.some(function (b) { return b >= 0x80; }), 'binary bytes came through');
  });

  QUnit.test('whitelabel.updateLogo / updateIcon: base64 uploads read back byte for byte, as Blobs and as strings', async function (assert) {
    var seed = await KE.info();
    var session = await loggedIn();
    var sdk = session[0];
    var logo = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    for (var i = 0; i < 256; i++) logo.push(i);
    var saved = await sdk.whitelabel.updateLogo({ accountId: session[1], data: 'data:image/png;base64,' + base64(logo) });
    assert.strictEqual(saved.data.length, logo.length, 'the server decoded every byte');
    var byDomain = await sdk.whitelabel.getLogoByDomain({ domain: seed.whitelabelDomain, responseType: 'blob' });
    assert.true(byDomain instanceof Blob);
    assert.strictEqual(byDomain.type, 'image/png');
    assert.deepEqual(await KE.bytes(byDomain), logo);

    var icon = [0, 0, 1, 0].concat(logo.slice().reverse()); // an ICO header, then every byte value
    await sdk.whitelabel.updateIcon({ accountId: session[1], data: 'data:image/x-icon;base64,' + base64(icon) });
    var mine = await sdk.whitelabel.getIcon({ accountId: session[1], responseType: 'blob' });
    assert.strictEqual(mine.type, 'image/x-icon');
    assert.deepEqual(await KE.bytes(mine), icon);
    var anonymous = await KE.sdk().whitelabel.getIconByDomain({ domain: seed.whitelabelDomain });
    assert.deepEqual(await KE.bytes(anonymous), icon, 'the public lookup needs no login');
  });

  QUnit.test('binary documents whose first bytes look like a text byte-order mark arrive intact', async function (assert) {
    // A browser decoding the answer as text lets a BOM (FF FE, FE FF, EF BB BF) pick the charset,
    // whatever charset was asked for: the bytes must not go through text at all.
    var session = await loggedIn();
    var sdk = session[0];
    var tail = [0x00, 0x41, 0xd8, 0x00, 0xdc, 0x00, 0x80, 0xff, 0x0a, 0x0d];
    var starts = [[0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]];
    for (var i = 0; i < starts.length; i++) {
      var bytes = starts[i].concat(tail);
      await sdk.whitelabel.updateIcon({ accountId: session[1], data: 'data:application/octet-stream;base64,' + base64(bytes) });
      var icon = await sdk.whitelabel.getIcon({ accountId: session[1], responseType: 'blob' });
      assert.true(icon instanceof Blob, 'a Blob for ' + starts[i].join(' '));
      assert.deepEqual(await KE.bytes(icon), bytes, 'every byte after ' + starts[i].join(' '));
      var text = await sdk.whitelabel.getIcon({ accountId: session[1] });
      assert.strictEqual(typeof text, 'string', 'a string for ' + starts[i].join(' '));
      assert.deepEqual(await KE.bytes(text), bytes, 'every byte after ' + starts[i].join(' ') + ', one character each');
    }
  });

  QUnit.test('whitelabel notification templates and welcome page: a string in, the same string out', async function (assert) {
    var seed = await KE.info();
    var session = await loggedIn();
    var sdk = session[0];
    var ids = { accountId: session[1], notificationId: seed.notification };
    var html = '<p>Voicemail from {{caller_id.name}} \u2014 \u00abd\u00e9j\u00e0 vu\u00bb &amp; <b>more</b></p>\n';
    var saved = await sdk.whitelabel.updateNotificationHtml(window.jQuery.extend({ data: html }, ids));
    assert.strictEqual(saved.status, 'success', 'the update answers a JSON envelope');
    var read = await sdk.whitelabel.getNotificationHtml(ids);
    assert.strictEqual(typeof read, 'string');
    assert.strictEqual(read, html);
    var text = await sdk.whitelabel.getNotificationText(ids);
    assert.strictEqual(text, 'You have a new voicemail from {{caller_id.name}} ({{caller_id.number}}).', 'the text template is untouched');
    var system = await sdk.whitelabel.getSystemNotificationHtml({ notificationId: seed.notification });
    assert.notStrictEqual(system, html, 'the system template is untouched');
    var doc = await sdk.whitelabel.getNotification(ids);
    assert.true(doc.data.account_overridden, 'the JSON document says the account has its own');

    var page = '<h1>Welcome \u00e0 Demo</h1>';
    await sdk.whitelabel.updateWelcome({ accountId: session[1], data: page });
    assert.strictEqual(await KE.sdk().whitelabel.getWelcomeByDomain({ domain: seed.whitelabelDomain }), page);
  });

  QUnit.test('auth.get: token info without a login; an unknown token is a 401', async function (assert) {
    var session = await loggedIn();
    var token = (await KE.login(session[0])).auth_token;
    var anonymous = KE.sdk();
    var tokenInfo = await anonymous.auth.get({ token: token });
    assert.strictEqual(tokenInfo.data.account_id, session[1]);
    var bad = await KE.settle(anonymous.auth.get({ token: 'not-a-token' }));
    assert.false(bad[0]);
    assert.strictEqual(bad[1].httpErrorStatus, 401);
    var posted = await anonymous.auth.postTokenInfo({ data: { token: token } });
    assert.strictEqual(posted.data.account_id, session[1]);
  });

  QUnit.test('auth.callback stores the token it returns: the next call of the instance succeeds', async function (assert) {
    var sdk = KE.sdk();
    var seed = await KE.info();
    var before = await KE.settle(sdk.webhooks.list({ accountId: seed.accounts.demo }));
    assert.strictEqual(before[1].httpErrorStatus, 401, 'no token yet');
    var res = await sdk.auth.callback({ data: { provider: 'sandbox', code: 'e2e' } });
    assert.strictEqual(typeof res.auth_token, 'string');
    var list = await sdk.webhooks.list({ accountId: res.data.account_id });
    assert.true(Array.isArray(list.data), 'the stored token opens the account');
    var tokenInfo = await sdk.auth.get({ token: res.auth_token });
    assert.strictEqual(tokenInfo.data.method, 'cb_auth_callback');
  });

  QUnit.test('webhooks: create, get, list, patch, delete; a missing field is a 400', async function (assert) {
    var session = await loggedIn();
    var sdk = session[0];
    var accountId = session[1];
    var made = await sdk.webhooks.create({ accountId: accountId, data: { name: 'e2e hook', uri: 'https://example.com/e2e', hook: 'channel_create', http_verb: 'post' } });
    var webhookId = made.data.id;
    assert.strictEqual(made.data.name, 'e2e hook');
    var read = await sdk.webhooks.get({ accountId: accountId, webhookId: webhookId });
    assert.strictEqual(read.data.uri, 'https://example.com/e2e');
    var list = await sdk.webhooks.list({ accountId: accountId });
    assert.true(list.data.some(function (hook) { return hook.id === webhookId; }), 'listed');
    var patched = await sdk.webhooks.patch({ accountId: accountId, webhookId: webhookId, data: { enabled: false } });
    assert.false(patched.data.enabled);
    assert.strictEqual(patched.data.uri, 'https://example.com/e2e', 'PATCH keeps the other fields');
    var deleted = await sdk.webhooks.delete({ accountId: accountId, webhookId: webhookId });
    assert.true(deleted.data._read_only.deleted);
    var gone = await KE.settle(sdk.webhooks.get({ accountId: accountId, webhookId: webhookId }));
    assert.strictEqual(gone[1].httpErrorStatus, 404);
    var invalid = await KE.settle(sdk.webhooks.create({ accountId: accountId, data: { name: 'no uri' } }));
    assert.strictEqual(invalid[1].httpErrorStatus, 400);
    assert.true('uri' in invalid[1].data, 'names the missing field');
  });

  QUnit.test('blacklists: create, update, list, delete', async function (assert) {
    var session = await loggedIn();
    var sdk = session[0];
    var accountId = session[1];
    var made = await sdk.blacklist.create({ accountId: accountId, data: { name: 'spam', numbers: { '+14155550666': {} } } });
    var blacklistId = made.data.id;
    var updated = await sdk.blacklist.update({ accountId: accountId, blacklistId: blacklistId, data: { name: 'spam callers', numbers: {} } });
    assert.strictEqual(updated.data.name, 'spam callers');
    assert.deepEqual(updated.data.numbers, {}, 'POST replaces the document');
    var list = await sdk.blacklist.list({ accountId: accountId });
    assert.deepEqual(list.data.map(function (entry) { return entry.name; }), ['spam callers']);
    await sdk.blacklist.delete({ accountId: accountId, blacklistId: blacklistId });
    assert.strictEqual((await sdk.blacklist.list({ accountId: accountId })).data.length, 0);
  });
})();
