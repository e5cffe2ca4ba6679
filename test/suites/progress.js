/* Upload and download progress (uploadProgress, downloadProgress): the XHR's ProgressEvents reach
 * the call's callbacks, as call or instance settings. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var settle = KT.settle; // a jQuery promise -> a native promise of [fulfilled, value] (never rejects)

  function listenerCount(target) {
    var list = target && target.eventListeners && target.eventListeners.progress;
    return list ? list.length : 0;
  }

  QUnit.module('progress: upload and download', KT.hooks);

  QUnit.test('uploadProgress (call setting) receives the upload ProgressEvent, this = the request options', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var started;
    var events = [];
    var selves = [];
    var sdk = KT.sdk({ onRequestStart: function (xhr, options) { started = options; } });
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'loa.pdf', data: '%PDF-1.4\nbody',
      uploadProgress: function (event) { events.push(event); selves.push(this); },
      success: function () { done(); } });
    var xhr = requests[0];
    xhr.uploadProgress({ loaded: 10, total: 100 });
    xhr.uploadProgress({ loaded: 100, total: 100 });
    assert.strictEqual(events.length, 2);
    assert.strictEqual(events[0].type, 'progress');
    assert.strictEqual(events[0].loaded, 10);
    assert.strictEqual(events[0].total, 100);
    assert.strictEqual(events[0].lengthComputable, true);
    assert.strictEqual(events[1].loaded, 100);
    assert.strictEqual(selves[0], started, 'this is the options object the hooks receive');
    assert.strictEqual(selves[0].url, 'accounts/a/port_requests/p/attachments?filename=loa.pdf', 'this.url');
    assert.strictEqual(selves[0].verb, 'PUT', 'this.verb');
    xhr.downloadProgress({ loaded: 5, total: 5 });
    assert.strictEqual(events.length, 2, 'a download progress event does not reach uploadProgress');
    KT.respond(xhr, 200, KT.envelope({}));
  });

  QUnit.test('downloadProgress (call setting) receives the download ProgressEvent, this = the request options', async function (assert) {
    var requests = this.requests;
    var started;
    var events = [];
    var selves = [];
    var sdk = KT.sdk({ onRequestStart: function (xhr, options) { started = options; } });
    var promise = sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'bill.pdf',
      downloadProgress: function (event) { events.push(event); selves.push(this); } });
    var xhr = requests[0];
    xhr.downloadProgress({ loaded: 50, total: 200 });
    xhr.downloadProgress({ loaded: 200 });
    assert.strictEqual(events.length, 2);
    assert.strictEqual(events[0].type, 'progress');
    assert.strictEqual(events[0].loaded, 50);
    assert.strictEqual(events[0].total, 200);
    assert.strictEqual(events[0].lengthComputable, true);
    assert.strictEqual(events[1].loaded, 200);
    assert.strictEqual(events[1].lengthComputable, false, 'no total: not computable');
    assert.strictEqual(selves[0], started, 'this is the options object the hooks receive');
    assert.strictEqual(selves[1].url, 'accounts/a/port_requests/p/attachments/bill.pdf');
    xhr.uploadProgress({ loaded: 1, total: 1 });
    assert.strictEqual(events.length, 2, 'an upload progress event does not reach downloadProgress');
    KT.respond(xhr, 200, KT.binary([37, 80, 68, 70]), { 'Content-Type': 'application/pdf' });
    var outcome = await settle(promise);
    assert.true(outcome[0]);
    assert.deepEqual(await KT.bytes(outcome[1]), [37, 80, 68, 70], 'the download is delivered as usual');
  });

  QUnit.test('instance settings uploadProgress and downloadProgress reach every call; a call\'s own replaces them', function (assert) {
    var requests = this.requests;
    var log = [];
    var sdk = KT.sdk({
      uploadProgress: function (e) { log.push('instance up ' + e.loaded + ' ' + this.verb); },
      downloadProgress: function (e) { log.push('instance down ' + e.loaded + ' ' + this.verb); },
    });
    sdk.media.upload({ accountId: 'a', mediaId: 'm', data: 'data:audio/mpeg;base64,AAAA' });
    requests[0].uploadProgress({ loaded: 3, total: 4 });
    requests[0].downloadProgress({ loaded: 7, total: 8 });
    sdk.user.list({ accountId: 'a' });
    requests[1].downloadProgress({ loaded: 9, total: 9 });
    sdk.user.list({ accountId: 'a', downloadProgress: function (e) { log.push('call down ' + e.loaded); } });
    requests[2].downloadProgress({ loaded: 11, total: 11 });
    assert.deepEqual(log, ['instance up 3 POST', 'instance down 7 POST', 'instance down 9 GET', 'call down 11']);
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.test('a throwing progress callback stops nothing: later events, hooks, callbacks and the promise go on; it is rethrown on a timer', function (assert) {
    var done = assert.async();
    var requests = this.requests;
    var calls = { up: 0, down: 0 };
    var log = [];
    KT.reported.length = 0;
    var sdk = KT.sdk({
      onRequestEnd: function () { log.push('end'); },
      onRequestSuccess: function () { log.push('hook success'); },
    });
    var promise = sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF',
      uploadProgress: function () { calls.up++; throw new Error('up broke'); },
      downloadProgress: function () { calls.down++; throw new Error('down broke'); },
      success: function () { log.push('success'); } });
    KT.quietly(function () {
      requests[0].uploadProgress({ loaded: 1, total: 4 });
      requests[0].uploadProgress({ loaded: 4, total: 4 });
      requests[0].downloadProgress({ loaded: 2, total: 2 });
      assert.strictEqual(calls.up, 2, 'the second upload event still reached the callback');
      assert.strictEqual(calls.down, 1);
      // nise's fake XHR fires one more upload and download progress event when it completes
      KT.respond(requests[0], 200, KT.envelope({ ok: 1 }));
    });
    assert.strictEqual(calls.up, 3, 'and the completion\'s upload event');
    assert.strictEqual(calls.down, 2, 'and the completion\'s download event');
    promise.then(function (res) {
      assert.deepEqual(res.data, { ok: 1 }, 'the promise resolves');
      assert.deepEqual(log, ['end', 'hook success', 'success']);
      setTimeout(function () {
        var messages = KT.reported.map(function (e) { return e && e.message; }).sort();
        assert.deepEqual(messages, ['down broke', 'down broke', 'up broke', 'up broke', 'up broke'], 'each throw was rethrown on a timer');
        done();
      }, 20);
    });
  });

  QUnit.test('without progress callbacks no progress listener is added (as raw $.ajax); with one, only on its own target', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk();
    $.ajax({ url: KT.API + 'raw', type: 'POST', data: 'x', contentType: 'application/pdf' });
    var baseline = requests[0];
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF' });
    sdk.user.list({ accountId: 'a' });
    [requests[1], requests[2]].forEach(function (xhr, i) {
      assert.strictEqual(listenerCount(xhr), listenerCount(baseline), 'no download listener (' + i + ')');
      assert.strictEqual(listenerCount(xhr.upload), listenerCount(baseline.upload), 'no upload listener (' + i + ')');
      assert.strictEqual(xhr.onprogress, baseline.onprogress, 'no onprogress (' + i + ')');
      assert.strictEqual(xhr.upload.onprogress, baseline.upload.onprogress, 'no upload.onprogress (' + i + ')');
    });
    // an event on an SDK request without progress callbacks harms nothing
    requests[1].uploadProgress({ loaded: 1, total: 2 });
    requests[2].downloadProgress({ loaded: 1, total: 2 });

    var noop = function () {};
    sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', data: '%PDF', uploadProgress: noop });
    sdk.port.getAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'x.pdf', downloadProgress: noop });
    assert.strictEqual(listenerCount(requests[3].upload), listenerCount(baseline.upload) + 1, 'uploadProgress: one listener on xhr.upload');
    assert.strictEqual(listenerCount(requests[3]), listenerCount(baseline), 'uploadProgress alone: none on the xhr');
    assert.strictEqual(listenerCount(requests[4]), listenerCount(baseline) + 1, 'downloadProgress: one listener on the xhr');
    assert.strictEqual(listenerCount(requests[4].upload), listenerCount(baseline.upload), 'downloadProgress alone: none on xhr.upload');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  /* ------------------------------------------------------------------------------------------ */
})();
