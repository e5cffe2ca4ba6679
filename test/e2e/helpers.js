/* End-to-end helpers (window.KE): the page runs in Chromium, served from another origin than the
 * sandbox API given by ?api=, so every call is a real cross-origin HTTP exchange (CORS preflight
 * included). The driver (test/e2e/run.mjs) answers window.confirm dialogs as the page asks it to
 * through window.__nextDialog(true|false). */
(function () {
  'use strict';
  var KE = (window.KE = {});
  KE.api = new URLSearchParams(location.search).get('api');

  KE.sdk = function (settings) {
    return window.jQuery.getKazooSdk(window.jQuery.extend({ apiRoot: KE.api }, settings));
  };

  /** Logs in as the demo admin; resolves with the auth envelope. */
  KE.login = function (sdk) {
    return sdk.auth.userAuth({ data: { account_name: 'demo', credentials: window.md5('admin:admin') } });
  };

  /** Calls a sandbox control route (POST /v2/__sandbox/<name>), e.g. reset-store, expire-tokens. */
  KE.control = function (name) {
    return fetch(KE.api + '__sandbox/' + name, { method: 'POST' }).then(function (res) {
      if (!res.ok) throw new Error('sandbox control ' + name + ': HTTP ' + res.status);
    });
  };

  /** The sandbox's seed ids and settings (GET /v2/__sandbox/info). */
  KE.info = function () {
    return fetch(KE.api + '__sandbox/info').then(function (res) { return res.json(); }).then(function (res) { return res.data; });
  };

  /** Tells the driver how to answer the next window.confirm dialog. */
  KE.nextDialog = function (accept) {
    return window.__nextDialog(accept);
  };

  /** Awaits a jQuery promise, resolving with [ok, value] instead of throwing. */
  KE.settle = function (promise) {
    return new Promise(function (resolve) {
      promise.then(function (value) { resolve([true, value]); }, function (error) { resolve([false, error]); });
    });
  };

  /** The bytes of a Blob, or of a string of one character per byte (what binary downloads deliver by default). */
  KE.bytes = function (blob) {
    if (typeof blob === 'string') return Promise.resolve(Array.from(blob, function (c) { return c.charCodeAt(0); }));
    return blob.arrayBuffer().then(function (buffer) { return Array.from(new Uint8Array(buffer)); });
  };

  /** A small PDF-looking file holding every byte value. */
  KE.pdf = function () {
    var bytes = Array.from(new TextEncoder().encode('%PDF-1.4\n'));
    for (var i = 0; i < 256; i++) bytes.push(i);
    return bytes;
  };
})();
