/* A Monster-UI style application around the SDK (window.KM), written the way Monster-UI's core uses the
 * classic jquery.kazoosdk.js: an initSDK instance whose onRequestError takes over 401s (re-login,
 * then a re-send through the detached kazooSdk.request) and 402s (its own charges dialog), a callApi
 * that merges its settings into every call, and an error dialog that reads jqXHR.monsterData.
 *
 *   KM.load()                          a promise of { $, kazoosdk } loaded through RequireJS-style AMD
 *   var app = KM.app($, config)        config: { apiRoot, authToken, kazooClusterId, autoAccept, credentials }
 *   app.callApi({ resource: 'user.get', data: {...}, success, error, onChargesCancelled, bypassProgressIndicator })
 *   app.events                         ['start' | 'end', requestEventParams] per exchange
 *   app.apiErrors                      what the error tool saw: { status, generateError }
 *   app.dialogs                        error dialogs shown: { status, url, verb } (from jqXHR.monsterData)
 *   app.chargesDialogs                 charges dialogs shown: { charges, accept(), cancel() }
 *   app.logins                         re-logins started
 */
/* global require */
(function () {
  'use strict';
  var KM = (window.KM = {});
  var loading = null;

  KM.load = function () {
    if (loading) return loading;
    var page = window.__testPage;
    loading = new Promise(function (resolve, reject) {
      require.config({
        paths: { jquery: page.jqueryFile.replace(/\.js$/, ''), kazoosdk: page.bundleFile.replace(/\.js$/, '') },
        shim: { kazoosdk: ['jquery'] },
      });
      require(['jquery', 'kazoosdk'], function ($, kazoosdk) {
        resolve({ $: $, kazoosdk: kazoosdk });
      }, reject);
    });
    return loading;
  };

  /* Every module's hooks: the modules loaded once (KM.$, KM.kazoosdk), fake XHR per test (this.requests,
   * as KT.hooks), and window.confirm counted in KM.confirms (the SDK's own charges dialog must not show). */
  KM.hooks = {
    before: function (assert) {
      var done = assert.async();
      KM.load().then(function (loaded) {
        KM.$ = loaded.$;
        KM.kazoosdk = loaded.kazoosdk;
        done();
      }, function (e) {
        assert.ok(false, 'RequireJS-style loading failed: ' + e);
        done();
      });
    },
    beforeEach: function () {
      KT.hooks.beforeEach.call(this);
      KM.confirms = [];
      this.confirm = window.confirm;
      window.confirm = function (text) {
        KM.confirms.push(text);
        return true;
      };
    },
    afterEach: function () {
      window.confirm = this.confirm;
      KT.hooks.afterEach.call(this);
    },
  };

  /** An application on KT.API, logged in with 'tok-monster'; `config` adds to or replaces its settings. */
  KM.newApp = function (config) {
    return KM.app(KM.$, KM.$.extend({
      apiRoot: KT.API,
      authToken: 'tok-monster',
      credentials: { account_name: 'demo', credentials: 'c0ffee' },
    }, config));
  };

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  KM.app = function ($, config) {
    var app = {
      config: config,
      token: config.authToken,
      loggedIn: true,
      events: [],
      apiErrors: [],
      dialogs: [],
      chargesDialogs: [],
      logins: 0,
    };
    var relogin = { locked: false, queue: [] };

    app.kazooSdkSettings = {
      apiRoot: config.apiRoot,
      onRequestStart: function (jqXHR, requestOptions) {
        app.events.push(['start', requestOptions.requestEventParams]);
      },
      onRequestEnd: function (jqXHR, requestOptions) {
        app.events.push(['end', requestOptions.requestEventParams]);
      },
      onRequestError: function (error, requestOptions) {
        requestOptions = requestOptions || { generateError: true };
        if (error.status === 401 && app.loggedIn) {
          error401Handler(app.kazooSdk.request, error, requestOptions);
        } else if (error.status === 402 && !has(requestOptions, 'acceptCharges')) {
          error402Handler(app.kazooSdk.request, error, requestOptions);
        } else {
          app.error(error, requestOptions.generateError);
        }
      },
    };
    app.kazooSdk = $.getKazooSdk(app.kazooSdkSettings);

    /* The error tool: every API error is recorded; a dialog shows it unless generateError is false. */
    app.error = function (jqXHR, generateError) {
      app.apiErrors.push({ status: jqXHR.status, generateError: generateError });
      if (generateError === false) return;
      var requestData = jqXHR.monsterData || {};
      app.dialogs.push({ status: jqXHR.status, url: requestData.url, verb: requestData.verb });
    };

    /* 401 after being logged in: the session expired. One re-login for the 401s that arrive
     * together; each call is then sent again with the new token, and its own callbacks get the outcome. */
    function error401Handler(request, error, options) {
      app.error(error, false);
      if (options.isRetryLoginRequest) return;
      options.preventCallbackError = true;
      relogin.queue.push(options);
      if (relogin.locked) return;
      relogin.locked = true;
      app.retryLogin(function (newToken) {
        var queue = relogin.queue;
        relogin = { locked: false, queue: [] };
        queue.forEach(function (queued) {
          request($.extend(true, {}, queued, { authToken: newToken, preventCallbackError: false }));
        });
      });
    }

    /* 402: the application's own charges dialog; accepted, the call is sent again with acceptCharges. */
    function error402Handler(request, error, options) {
      var updatedOptions = $.extend(true, {}, options, { acceptCharges: true, preventCallbackError: false });
      var parsedError = error.responseText ? JSON.parse(error.responseText) : error;
      options.preventCallbackError = true;
      app.chargesDialogs.push({
        charges: parsedError.data,
        accept: function () {
          request(updatedOptions);
        },
        cancel: function () {
          if (typeof options.onChargesCancelled === 'function') options.onChargesCancelled();
        },
      });
    }

    app.retryLogin = function (success) {
      app.logins++;
      app.kazooSdk.auth.userAuth({
        data: config.credentials,
        isRetryLoginRequest: true,
        success: function (response) {
          app.token = response.auth_token;
          success(app.token);
        },
      });
    };

    app.callApi = function (params) {
      var apiSplit = params.resource.split('.');
      var module = apiSplit[0];
      var method = apiSplit[1];
      if (!(apiSplit.length === 2 && module in app.kazooSdk && method in app.kazooSdk[module])) {
        throw new Error('callApi: the SDK has no ' + params.resource);
      }
      var apiSettings = $.extend({
        authToken: params.authToken || app.token,
        apiRoot: params.apiUrl || config.apiRoot,
        uiMetadata: { version: '4.3.0', ui: 'monster-ui', origin: 'voip' },
        success: function (data, status) {
          if (params.success) params.success(data, status);
        },
        error: function (parsedError, jqXHR, globalHandler) {
          if (params.error) params.error(parsedError, jqXHR, globalHandler);
        },
        onChargesCancelled: function () {
          if (params.onChargesCancelled) params.onChargesCancelled();
        },
        headers: {},
        requestEventParams: { bypassProgressIndicator: !!params.bypassProgressIndicator },
      }, params.data);
      if (config.autoAccept) apiSettings.acceptCharges = true;
      if (has(config, 'kazooClusterId')) apiSettings.headers['X-Kazoo-Cluster-ID'] = config.kazooClusterId;
      return app.kazooSdk[module][method](apiSettings);
    };

    return app;
  };
})();
