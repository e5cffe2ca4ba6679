// The application's entry, as in Monster-UI's main.js: where each library lives, then the app.
require.config({
  baseUrl: 'js/',
  paths: {
    jquery: '../../../node_modules/jquery-1.9.1/jquery', // Monster-UI's jQuery
    kazoosdk: '../../../dist/jquery.kazoosdk',
    md5: '../../../node_modules/js-md5/build/md5.min',
  },
});

require(['app'], function (app) {
  var given = /[?&]api=([^&]+)/.exec(window.location.search);
  app.load(given ? decodeURIComponent(given[1]) : 'http://127.0.0.1:8000/v2/');
});
