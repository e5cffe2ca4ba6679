// The classic way: jQuery and the plugin loaded by script tags, then $.getKazooSdk. Plain ES5.
(function ($) {
  'use strict';
  var given = /[?&]api=([^&]+)/.exec(window.location.search);
  var apiRoot = given ? decodeURIComponent(given[1]) : 'http://127.0.0.1:8000/v2/';
  var kazooSdk = $.getKazooSdk({ apiRoot: apiRoot });

  function done(state, text) {
    $('#status').text(text);
    $('html').attr('data-state', state); // what the example's test waits for
  }

  kazooSdk.auth
    .userAuth({ data: { account_name: 'demo', credentials: window.md5('admin:admin') } })
    .then(function (auth) {
      // the token is stored by the login: later calls send it
      return kazooSdk.user.list({ accountId: auth.data.account_id, filters: { paginate: false } });
    })
    .then(
      function (res) {
        $.each(res.data, function (i, user) {
          $('<li>').text(user.first_name + ' ' + user.last_name).appendTo('#users');
        });
        done('done', res.data.length + ' users');
      },
      function (error) {
        done('failed', 'Failed: ' + error.httpErrorStatus + ' ' + error.message);
      }
    );
})(window.jQuery);
