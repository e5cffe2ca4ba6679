/* The SDK's own cost: every request completes at once through an in-memory jQuery transport, so
 * only the work around $.ajax is timed. SDK calls and raw $.ajax calls carrying the identical URL,
 * headers and body are timed in alternating batches; figures are medians per call. */
(function () {
  'use strict';
  var $ = window.jQuery;
  var API = 'http://api.kazoo.test:8000/v2/';
  var BODY = JSON.stringify({ status: 'success', auth_token: 'tok', data: { id: 'u1', first_name: 'Ada', last_name: 'Lovelace' } });
  var LIST = JSON.stringify({ status: 'success', auth_token: 'tok', data: [{ id: 'u1' }, { id: 'u2' }] });

  $.ajaxTransport('+*', function (options) {
    return {
      send: function (headers, complete) {
        complete(200, 'OK', { text: options.type === 'GET' ? LIST : BODY }, 'Content-Type: application/json\r\n');
      },
      abort: function () {},
    };
  });

  var sdk = $.getKazooSdk({ apiRoot: API, authToken: 'tok' });
  var data = { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' };
  var filters = { filter_first_name: 'Ada', has_key: ['email', 'username'], paginate: false };
  var sink = 0;
  function done() { sink++; }

  var cases = {
    'user.update': {
      sdk: function () { sdk.user.update({ accountId: 'a1', userId: 'u1', data: data, success: done }); },
      raw: function () {
        $.ajax({
          url: API + 'accounts/a1/users/u1', type: 'POST', processData: false, cache: false,
          headers: { Accept: 'application/json', 'X-Auth-Token': 'tok' }, contentType: 'application/json',
          data: JSON.stringify({ data: data }), dataType: 'json', success: done,
        });
      },
    },
    'user.list': {
      sdk: function () { sdk.user.list({ accountId: 'a1', filters: filters, success: done }); },
      raw: function () {
        $.ajax({
          url: API + 'accounts/a1/users?filter_first_name=Ada&has_key=email&has_key=username&paginate=false', type: 'GET',
          processData: false, cache: false, headers: { Accept: 'application/json', 'X-Auth-Token': 'tok' },
          dataType: 'json', success: done,
        });
      },
    },
  };

  function batch(fn, n) {
    var start = performance.now();
    for (var i = 0; i < n; i++) fn();
    return (performance.now() - start) / n;
  }

  function median(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  function perCall(name, rounds, size) {
    var c = cases[name];
    var sdkTimes = [];
    var rawTimes = [];
    var ratios = [];
    batch(c.sdk, 2000); // warm-up
    batch(c.raw, 2000);
    for (var r = 0; r < rounds; r++) {
      // alternate which goes first, so neither always runs on a warmer engine
      var s1, a1;
      if (r % 2) { s1 = batch(c.sdk, size); a1 = batch(c.raw, size); }
      else { a1 = batch(c.raw, size); s1 = batch(c.sdk, size); }
      sdkTimes.push(s1);
      rawTimes.push(a1);
      ratios.push(s1 / a1); // each ratio compares two batches run back to back
    }
    return { sdkMicros: median(sdkTimes) * 1000, rawMicros: median(rawTimes) * 1000, ratio: median(ratios) };
  }

  function startup(rounds, size) {
    var settings = { apiRoot: API, authToken: 'tok', uiMetadata: { ui: 'bench' } };
    var times = [];
    batch(function () { $.getKazooSdk(settings); }, 200);
    for (var r = 0; r < rounds; r++) times.push(batch(function () { $.getKazooSdk(settings); }, size));
    return median(times) * 1000;
  }

  // The heap grown by `count` live instances, after a full GC, per instance: median of 5 tries (a
  // single try can be off by more than the figure itself, when the GC frees other pages' objects).
  function memoryPerInstance(count) {
    if (!window.gc || !performance.memory) return null;
    var settings = { apiRoot: API, authToken: 'tok' };
    var tries = [];
    for (var t = 0; t < 5; t++) {
      var keep = [];
      window.gc();
      var before = performance.memory.usedJSHeapSize;
      for (var i = 0; i < count; i++) keep.push($.getKazooSdk(settings));
      window.gc();
      tries.push((performance.memory.usedJSHeapSize - before) / keep.length);
    }
    return median(tries);
  }

  // The SDK's own work alone: $.ajax is swapped for a stub that answers at once (a fake jqXHR, the
  // callbacks the SDK gave), so nothing of jQuery is timed. Includes parsing the JSON answer, which
  // raw $.ajax does too.
  function ownWork(name, rounds, size) {
    var ajax = $.ajax;
    var jqXHR = { status: 200, statusText: 'OK', responseText: '', getResponseHeader: function () { return 'application/json'; }, abort: function () {} };
    $.ajax = function (settings) {
      jqXHR.responseText = settings.type === 'GET' ? LIST : BODY;
      if (settings.beforeSend) settings.beforeSend(jqXHR, settings);
      settings.complete(jqXHR, 'success');
      return jqXHR;
    };
    try {
      batch(cases[name].sdk, 2000); // warm-up
      var times = [];
      for (var r = 0; r < rounds; r++) times.push(batch(cases[name].sdk, size * 10));
      return median(times) * 1000;
    } finally {
      $.ajax = ajax;
    }
  }

  // paginate: 'all' over `pages` pages of `items` items each, $.ajax stubbed as above: milliseconds
  // for the whole call (median of 5). Linear work doubles from 50 to 100 pages; work that copied
  // every page again (quadratic) would quadruple.
  function paging(pages, items) {
    var ajax = $.ajax;
    var bodies = [];
    for (var p = 0; p < pages; p++) {
      var data = [];
      for (var i = 0; i < items; i++) data.push({ id: 'u' + (p * items + i) });
      bodies.push(JSON.stringify({ status: 'success', data: data, next_start_key: p + 1 < pages ? 'k' + (p + 1) : undefined }));
    }
    var jqXHR = { status: 200, statusText: 'OK', responseText: '', getResponseHeader: function () { return 'application/json'; }, abort: function () {}, state: function () { return 'resolved'; } };
    $.ajax = function (settings) {
      var key = /start_key=k(\d+)/.exec(settings.url);
      jqXHR.responseText = bodies[key ? Number(key[1]) : 0];
      settings.complete(jqXHR, 'success');
      return jqXHR;
    };
    try {
      var times = [];
      for (var r = 0; r < 5; r++) {
        var start = performance.now();
        sdk.user.list({ accountId: 'a1', paginate: 'all', maxPages: pages, success: function (all) { sink += all.data.length; } });
        times.push(performance.now() - start);
      }
      return median(times);
    } finally {
      $.ajax = ajax;
    }
  }

  window.runBench = function (options) {
    var rounds = options.rounds || 60;
    var size = options.size || 200;
    // (start-up in batches of 2000: one instance takes less than the browser's timer resolution)
    var result = { jquery: $.fn.jquery, calls: {}, startupMicros: startup(rounds, 2000), bytesPerInstance: memoryPerInstance(20000) };
    var name;
    for (name in cases) result.calls[name] = perCall(name, rounds, size);
    // (after every comparison with $.ajax: the stub must not change how the engine compiled the SDK for it)
    for (name in cases) result.calls[name].ownMicros = ownWork(name, rounds, size);
    result.pagingMillis = { 50: paging(50, 1000), 100: paging(100, 1000) };
    result.sink = sink;
    return result;
  };
})();
