/* Loads jQuery (version from ?jquery=), the SDK bundle (?build=min for the minified one), the test
 * helpers and every suite, in order, then starts QUnit. ?suite=e2e loads the end-to-end suites
 * instead, which talk to a sandbox server at ?api= over real HTTP; ?suite=monster the Monster-UI style
 * acceptance suite (test/monster/), which loads jQuery and the bundle through an AMD loader. The result is left in window.__testResult
 * and handed to window.__onTestResult when a runner (jsdom, Chromium) has set it. */
(function () {
  'use strict';
  /* jQuery 1.9.1's package has jquery.js at its root; later ones under dist/. Also used by other pages. */
  window.jqueryPath = function (version) {
    return '../node_modules/jquery-' + version + (version === '1.9.1' ? '/jquery.js' : '/dist/jquery.js');
  };
  var UNIT = [
    'documented-methods.js',
    'settings.js',
    'mandatory.js',
    'request.js',
    'responses.js',
    'hooks.js',
    'charges.js',
    'safety.js',
    'isolation.js',
    'progress.js',
    'paging.js',
    'custom-endpoints.js',
    'todays-methods.js',
    'relogin.js',
    'confinement.js',
    'call-ends.js',
    'charges-retry.js',
    'setting-types.js',
    'text-and-bytes.js',
    'page-setup.js',
  ];
  var params = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv[0]) params[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
  });
  var jqueryVersion = params.jquery || '4.0.0';
  var bundle = params.build === 'min' ? 'jquery.kazoosdk.min.js' : 'jquery.kazoosdk.js';
  var page = (window.__testPage = { jqueryFile: window.jqueryPath(jqueryVersion), bundleFile: '../dist/' + bundle });
  // ?suite=monster: jQuery and the bundle are loaded by the suite itself, as AMD modules
  var monster = params.suite === 'monster';
  var suites = monster
    ? ['helpers.js', 'monster/amd.js', 'monster/app.js', 'monster/suite.js', 'monster/methods.js']
    : params.suite === 'e2e'
    ? ['../node_modules/js-md5/build/md5.min.js', 'e2e/helpers.js', 'e2e/suites.js', 'e2e/extras.js', 'e2e/todays-methods.js']
    : params.suite === 'faults'
      ? ['e2e/helpers.js', 'e2e/faults.js']
      : ['helpers.js'].concat(UNIT.map(function (name) { return 'suites/' + name; }));
  var scripts = (monster ? [] : [page.jqueryFile, page.bundleFile]).concat(suites);

  QUnit.config.autostart = false;
  QUnit.config.reorder = false;
  QUnit.config.testTimeout = 10000;
  document.title += ' (jQuery ' + jqueryVersion + ', ' + bundle + ')';

  var failures = [];
  QUnit.on('testEnd', function (test) {
    if (test.status === 'failed') {
      failures.push({
        name: test.fullName.join(' > '),
        errors: test.errors.map(function (e) {
          return { message: e.message, actual: e.actual, expected: e.expected, stack: e.stack };
        }),
      });
    }
  });
  QUnit.on('runEnd', function (run) {
    var result = {
      jquery: window.jQuery && window.jQuery.fn.jquery,
      bundle: bundle,
      passed: run.testCounts.passed,
      failed: run.testCounts.failed + run.testCounts.todo,
      skipped: run.testCounts.skipped,
      total: run.testCounts.total,
      failures: failures,
    };
    window.__testResult = result;
    if (typeof window.__onTestResult === 'function') window.__onTestResult(result);
  });

  function next(i) {
    if (i === scripts.length) {
      QUnit.module('page', function () {
        QUnit.test('the page runs jQuery ' + jqueryVersion, function (assert) {
          assert.strictEqual(window.jQuery && window.jQuery.fn.jquery, jqueryVersion);
        });
      });
      return QUnit.start();
    }
    var script = document.createElement('script');
    script.src = scripts[i];
    script.onload = function () { next(i + 1); };
    script.onerror = function () {
      QUnit.test('loading ' + scripts[i], function (assert) { assert.ok(false, 'could not load ' + scripts[i]); });
      QUnit.start();
    };
    document.body.appendChild(script);
  }
  next(0);
})();
