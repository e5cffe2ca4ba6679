/* Test helpers shared by every suite (window.KT). Loaded after jQuery and the SDK bundle.
 *
 *   QUnit.module('name', KT.hooks);        fake XHR per test: this.requests holds every request sent
 *   var sdk = KT.sdk({...});                an instance on KT.API (another origin than the page)
 *   var r = KT.parse(this.requests[0]);     { verb, origin, path, query, headers, body, json }
 *                                           query: { key: [values] } without jQuery's `_` cache buster;
 *                                           headers: lower-cased names; body: undefined when none
 *   KT.placeholders('a/{x}?q={y}')          ['x', 'y']: a URL template's placeholders
 *   KT.fillPath(template, values)           the template's path, placeholders encodeURIComponent-ed
 *   KT.queryOf(template, values)            { key: [value] }: the template's own query, filled
 *   KT.whenResolved(assert, promise, check, finish)
 *                                           a method's promise (then, abort) resolving: check(result),
 *                                           else a failed assertion and finish()
 *   KT.assertRoute(assert, xhr, verb, path, query)
 *                                           verb, origin KT.ORIGIN, path and parsed query of a request
 *   KT.respond(xhr, status, body, headers)  body: object -> JSON (application/json), string -> as is
 *   KT.envelope(data, extra)                a Crossbar success envelope
 *   KT.errorEnvelope(status, message, data) a Crossbar error envelope
 *   KT.binary([0, 255, ...])                a string of one char per byte, as a server's raw bytes
 *   KT.bytes(blob) -> Promise<number[]>     the bytes of a Blob
 *   KT.quietly(fn)                          runs fn while errors rethrown by the SDK on a timer
 *                                           (from throwing user callbacks) are collected in
 *                                           KT.reported instead of failing the run
 *   KT.sleep(ms) -> Promise                 resolves after ms milliseconds
 *   KT.waitFor(cond, what, ms) -> Promise   resolves once cond() is true; rejects after ms (3000)
 *   KT.settle(promise) -> Promise<[ok, value]>
 *                                           a jQuery promise's outcome (never rejects)
 *   KT.ended(promise, ms) -> Promise<[ok, value] | null>
 *                                           the same, or null when it has not settled within ms
 *                                           (500): a call that never ends fails its test instead
 *                                           of timing it out
 */
(function () {
  'use strict';
  var KT = (window.KT = {});
  KT.API = 'http://api.kazoo.test:8000/v2/';
  KT.ORIGIN = 'http://api.kazoo.test:8000';

  KT.sdk = function (settings) {
    return window.jQuery.getKazooSdk(window.jQuery.extend({ apiRoot: KT.API }, settings));
  };

  KT.hooks = {
    beforeEach: function () {
      var requests = (this.requests = []);
      this.fakeXhr = window.nise.fakeXhr.useFakeXMLHttpRequest();
      this.fakeXhr.onCreate = function (xhr) {
        requests.push(xhr);
      };
    },
    afterEach: function () {
      this.fakeXhr.restore();
    },
  };

  KT.placeholders = function (template) {
    return (template.match(/\{\w+\}/g) || []).map(function (p) {
      return p.slice(1, -1);
    });
  };

  KT.fillPath = function (template, values) {
    return template.split('?')[0].replace(/\{(\w+)\}/g, function (match, name) {
      return encodeURIComponent(String(values[name]));
    });
  };

  KT.queryOf = function (template, values) {
    var query = {};
    var search = template.split('?')[1];
    if (!search) return query;
    search.split('&').forEach(function (pair) {
      var kv = pair.split('=');
      var value = kv[1].replace(/\{(\w+)\}/g, function (m, p) { return String(values[p]); });
      (query[kv[0]] = query[kv[0]] || []).push(value);
    });
    return query;
  };

  KT.whenResolved = function (assert, promise, check, finish) {
    assert.ok(promise && typeof promise.then === 'function', 'returns a promise (then)');
    assert.ok(promise && typeof promise.abort === 'function', 'the promise has abort()');
    if (!promise || typeof promise.then !== 'function') return finish();
    promise.then(check, function (failure) {
      assert.ok(false, 'promise rejected: ' + JSON.stringify(failure));
      finish();
    });
  };

  /**
   * The table-driven suites' call: `send(settings)` with a success callback and the promise, each
   * handed to `check(label, result)`; an error callback, a rejection or a throw fails the test. The
   * call must make exactly one request: returns it (its fake XHR), or null after finishing both.
   */
  KT.sendOnce = function (assert, requests, send, settings, check, finish) {
    settings.success = function (result) { check('success callback', result); };
    settings.error = function (responseData) {
      assert.ok(false, 'error callback called: ' + JSON.stringify(responseData));
      finish();
    };
    var promise;
    try {
      promise = send(settings);
    } catch (e) {
      assert.ok(false, 'threw: ' + e);
      finish();
      finish();
      return null;
    }
    KT.whenResolved(assert, promise, function (result) { check('promise', result); }, finish);
    assert.strictEqual(requests.length, 1, 'exactly one request');
    if (requests.length !== 1) {
      finish();
      return null;
    }
    return requests[0];
  };

  /** Checks that `result` is a string of one character per byte holding exactly `bytes`, then calls `finish`. */
  KT.assertByteString = function (assert, result, bytes, label, finish) {
    assert.strictEqual(typeof result, 'string', label + ': a string of one character per byte');
    if (typeof result === 'string') assert.deepEqual(KT.codes(result), bytes, label + ': the bytes, intact');
    finish();
  };

  /** The char codes of a string. */
  KT.codes = function (text) {
    var codes = [];
    for (var i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
    return codes;
  };

  /** Checks that `result` is a Blob holding exactly `bytes`, then calls `finish`. */
  KT.assertBlobBytes = function (assert, result, bytes, label, finish) {
    assert.ok(result instanceof Blob, label + ': a Blob');
    if (!(result instanceof Blob)) return finish();
    KT.bytes(result).then(function (actual) {
      assert.deepEqual(actual, bytes, label + ': the bytes, intact');
      finish();
    }, function (e) {
      assert.ok(false, label + ': could not read the Blob: ' + e);
      finish();
    });
  };

  KT.assertRoute = function (assert, xhr, verb, path, query) {
    var r = KT.parse(xhr);
    assert.strictEqual(r.verb, verb, 'verb');
    assert.strictEqual(r.origin, KT.ORIGIN, 'origin');
    assert.strictEqual(r.path, path, 'path, placeholders encoded');
    assert.deepEqual(r.query, query, 'query parameters');
    return r;
  };

  KT.parse = function (xhr) {
    var url = new URL(xhr.url, location.href);
    var query = {};
    url.searchParams.forEach(function (value, key) {
      if (key === '_') return;
      (query[key] = query[key] || []).push(value);
    });
    var headers = {};
    Object.keys(xhr.requestHeaders || {}).forEach(function (name) {
      headers[name.toLowerCase()] = xhr.requestHeaders[name];
    });
    // nise's fake XHR adds this Content-Type to any request sent without one: not the page's doing.
    if (xhr.requestBody == null && headers['content-type'] === 'text/plain;charset=utf-8') delete headers['content-type'];
    var json;
    if (typeof xhr.requestBody === 'string') {
      try {
        json = JSON.parse(xhr.requestBody);
      } catch (e) {
        json = undefined;
      }
    }
    return {
      verb: xhr.method.toUpperCase(),
      origin: url.origin,
      path: url.pathname,
      query: query,
      rawQuery: url.search,
      cacheBuster: url.searchParams.has('_'),
      headers: headers,
      body: xhr.requestBody == null ? undefined : xhr.requestBody,
      json: json,
    };
  };

  KT.respond = function (xhr, status, body, headers) {
    var text = body;
    var allHeaders = headers || {};
    if (body !== null && typeof body === 'object') {
      text = JSON.stringify(body);
      if (!headers) allHeaders = { 'Content-Type': 'application/json' };
    }
    xhr.respond(status, allHeaders, text === undefined ? '' : text);
  };

  KT.envelope = function (data, extra) {
    return window.jQuery.extend(
      { auth_token: 'tok-response', status: 'success', request_id: 'req-1', revision: 'rev-1', data: data },
      extra
    );
  };

  KT.errorEnvelope = function (status, message, data) {
    return { status: 'error', error: String(status), message: message, data: data || {}, request_id: 'req-1', auth_token: '' };
  };

  KT.binary = function (bytes) {
    return bytes.map(function (b) { return String.fromCharCode(b); }).join('');
  };

  /** The bytes of a Blob, or of a string of one character per byte. */
  KT.bytes = function (blob) {
    if (typeof blob === 'string') return Promise.resolve(KT.codes(blob));
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        resolve(Array.prototype.slice.call(new Uint8Array(reader.result)));
      };
      reader.onerror = reject;
      reader.readAsArrayBuffer(blob);
    });
  };

  /** A KazooSdkError (by name: the script-tag build's class is checked where it matters). */
  KT.isSdkError = function (e) {
    return !!e && e.name === 'KazooSdkError';
  };

  /** Answers a request 401 in Kazoo's shape (`which` tells the answers apart in a test's data). */
  KT.answer401 = function (xhr, which) {
    KT.respond(xhr, 401, KT.errorEnvelope(401, 'invalid_credentials', which === undefined ? undefined : { which: which }));
  };

  KT.sleep = function (ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  };

  KT.waitFor = function (cond, what, ms) {
    var limit = Date.now() + (ms || 3000);
    return new Promise(function (resolve, reject) {
      (function poll() {
        var value;
        try {
          value = cond();
        } catch (e) {
          reject(e);
          return;
        }
        if (value) resolve(value);
        else if (Date.now() > limit) reject(new Error('timed out waiting for ' + what));
        else setTimeout(poll, 1);
      })();
    });
  };

  KT.settle = function (promise) {
    return new Promise(function (resolve) {
      promise.then(function (value) { resolve([true, value]); }, function (error) { resolve([false, error]); });
    });
  };

  KT.ended = function (promise, ms) {
    return Promise.race([KT.settle(promise), KT.sleep(ms || 500).then(function () { return null; })]);
  };

  /* The SDK rethrows what a user callback throws on a timer (so the page's error reporting sees
   * it). Tests that throw on purpose collect those instead of failing the run. */
  KT.reported = [];
  KT.quietly = function (fn) {
    var original = window.setTimeout;
    window.setTimeout = function (callback, ms) {
      return original.call(window, function () {
        try {
          callback();
        } catch (e) {
          KT.reported.push(e);
        }
      }, ms);
    };
    try {
      return fn();
    } finally {
      window.setTimeout = original;
    }
  };
})();
