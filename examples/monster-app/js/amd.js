// A tiny stand-in for RequireJS, enough for this example: require.config({baseUrl, paths}),
// define([name,] [deps,] factory) and require(deps, callback). Modules load as script tags; an
// anonymous define belongs to the script that is running it. Plain ES5.
(function (window, document) {
  'use strict';
  var config = { baseUrl: '', paths: {} };
  var modules = {}; // name -> { deps, factory, value, done, waiting: [] }
  var anonymous = null;

  function entry(name) {
    return modules[name] || (modules[name] = { waiting: [] });
  }

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = null;
    }
    if (!(deps instanceof Array)) {
      factory = deps;
      deps = [];
    }
    if (name) declare(name, deps, factory);
    else anonymous = { deps: deps, factory: factory };
  }
  define.amd = { jQuery: true };

  function declare(name, deps, factory) {
    var module = entry(name);
    if (module.factory !== undefined) return;
    module.factory = factory;
    // the special dependency 'exports': an object the module fills, its value unless it returns one
    var exported = entry('exports:' + name);
    exported.done = true;
    exported.value = {};
    var names = [];
    for (var i = 0; i < deps.length; i++) names.push(deps[i] === 'exports' ? 'exports:' + name : deps[i]);
    resolve(names, function () {
      var value = typeof factory === 'function' ? factory.apply(window, arguments) : factory;
      module.value = value === undefined ? exported.value : value;
      module.done = true;
      var waiting = module.waiting;
      module.waiting = [];
      for (var i = 0; i < waiting.length; i++) waiting[i](module.value);
    });
  }

  function load(name) {
    var module = entry(name);
    if (module.loading) return;
    module.loading = true;
    var script = document.createElement('script');
    script.src = config.baseUrl + (config.paths[name] || name) + '.js';
    script.onload = function () {
      var found = anonymous;
      anonymous = null;
      if (found) declare(name, found.deps, found.factory);
      else if (modules[name].factory === undefined) declare(name, [], undefined); // a plain script
    };
    document.head.appendChild(script);
  }

  function resolve(deps, callback) {
    var values = [];
    var left = deps.length;
    if (!left) return callback.apply(window, values);
    for (var i = 0; i < deps.length; i++) {
      (function (index, name) {
        var module = entry(name);
        module.waiting.push(function (value) {
          values[index] = value;
          if (--left === 0) callback.apply(window, values);
        });
        if (module.done) module.waiting.pop()(module.value);
        else load(name);
      })(i, deps[i]);
    }
  }

  function require(deps, callback) {
    resolve(deps, callback || function () {});
  }
  require.config = function (options) {
    if (options.baseUrl) config.baseUrl = options.baseUrl;
    for (var key in options.paths) config.paths[key] = options.paths[key];
  };

  window.define = define;
  window.require = require;
})(window, document);
