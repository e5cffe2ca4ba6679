// A Monster-UI style app module: it asks for jQuery and the `kazoosdk` module, creates the SDK with
// global hooks, and makes every call through one helper that checks the method exists first, as
// Monster-UI's callApi does.
define(['jquery', 'md5', 'kazoosdk'], function ($, md5) {
  'use strict';
  var pending = 0;
  var kazooSdk;

  function callApi(resource, settings) {
    var parts = resource.split('.');
    var module = parts[0];
    var method = parts[1];
    if (!(module in kazooSdk && method in kazooSdk[module])) {
      return $.Deferred().reject({ message: 'unknown API call ' + resource }).promise();
    }
    return kazooSdk[module][method](settings);
  }

  function show(state, text) {
    $('#status').text(text);
    $('html').attr('data-state', state); // what the example's test waits for
  }

  return {
    load: function (apiRoot) {
      kazooSdk = $.getKazooSdk({
        apiRoot: apiRoot,
        uiMetadata: { ui: 'monster-style-example', version: '1.0' },
        onRequestStart: function () {
          pending++;
        },
        onRequestEnd: function () {
          pending--;
        },
        onRequestError: function (jqXHR, options) {
          window.console && console.warn('Kazoo answered', jqXHR.status, 'to', options.verb, options.url);
        },
      });
      callApi('auth.userAuth', { data: { account_name: 'demo', credentials: md5('admin:admin') } })
        .then(function (auth) {
          return callApi('callflow.list', { accountId: auth.data.account_id });
        })
        .then(
          function (res) {
            $.each(res.data, function (i, callflow) {
              $('<li>').text((callflow.name || callflow.id) + ': ' + (callflow.numbers || []).join(', ')).appendTo('#callflows');
            });
            show('done', res.data.length + ' callflows, ' + pending + ' requests pending');
          },
          function (error) {
            show('failed', 'Failed: ' + error.message);
          }
        );
    },
  };
});
