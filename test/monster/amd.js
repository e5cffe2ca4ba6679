/* A small AMD loader, enough to load jQuery and the SDK bundle the way Monster-UI's RequireJS does:
 *
 *   require.config({ paths: { jquery: '../node_modules/jquery-1.9.1/jquery', kazoosdk: '../dist/jquery.kazoosdk' },
 *                    shim: { kazoosdk: ['jquery'] } });
 *   require(['jquery', 'kazoosdk'], function ($, kazoosdk) { ... }, function (error) { ... });
 *
 * define(name?, deps?, factory) as RequireJS takes it: a named define (jQuery's own 'jquery') registers
 * that name; an anonymous one (the SDK's UMD wrapper) takes the name of the script that ran it. The
 * dependencies 'require', 'exports' and 'module' are RequireJS's own. `define.amd.jQuery` is set, as
 * RequireJS does: jQuery before 1.11 registers itself only then. Shim dependencies load first.
 * `require.loaded` lists the modules' names in the order their scripts loaded.
 */
(function () {
  'use strict';
  var config = { paths: {}, shim: {} };
  var modules = {}; // name -> { state: 'loading' | 'defined' | 'ready', value, waiting, definition }
  var anonymous = []; // anonymous defines of the script that is running
  var loaded = [];

  function define(name, deps, factory) {
    if (typeof name !== 'string') {
      factory = deps;
      deps = name;
      name = null;
    }
    if (!Array.isArray(deps)) {
      factory = deps;
      deps = [];
    }
    var definition = { deps: deps, factory: factory };
    if (name === null) anonymous.push(definition);
    else defineNamed(name, definition);
  }
  define.amd = { jQuery: true };

  function defineNamed(name, definition) {
    var module = modules[name] || (modules[name] = { state: 'loading', waiting: [] });
    if (module.state === 'ready' || module.definition) return; // the first definition wins
    module.definition = definition;
    module.state = 'defined';
  }

  function fail(waiting, error) {
    waiting.forEach(function (w) { w.error(error); });
  }

  /* Makes `name` ready (loading its script when needed), then calls done(value) or error(e). */
  function get(name, done, error) {
    var module = modules[name];
    if (module && module.state === 'ready') return done(module.value);
    if (!module) module = modules[name] = { state: 'loading', waiting: [] };
    module.waiting.push({ done: done, error: error });
    if (module.waiting.length > 1) return; // already on its way
    if (module.state === 'defined') return instantiate(name, module);
    resolveAll(config.shim[name] || [], function () {
      var script = document.createElement('script');
      script.src = (config.paths[name] || name) + '.js';
      script.onload = function () {
        loaded.push(name);
        var definition = anonymous.shift();
        anonymous.length = 0;
        if (definition) defineNamed(name, definition);
        if (module.state !== 'defined') return fail(module.waiting.splice(0), new Error('the script of "' + name + '" defined no module'));
        instantiate(name, module);
      };
      script.onerror = function () {
        fail(module.waiting.splice(0), new Error('could not load the script of "' + name + '": ' + script.src));
      };
      document.head.appendChild(script);
    }, function (e) {
      fail(module.waiting.splice(0), e);
    });
  }

  function instantiate(name, module) {
    var exports = {};
    var special = { exports: exports, module: { id: name, exports: exports }, require: localRequire };
    var deps = module.definition.deps;
    var names = deps.filter(function (dep) { return !(dep in special); });
    resolveAll(names, function (values) {
      var args = deps.map(function (dep) { return dep in special ? special[dep] : values[names.indexOf(dep)]; });
      var factory = module.definition.factory;
      var value;
      try {
        value = typeof factory === 'function' ? factory.apply(null, args) : factory;
      } catch (e) {
        return fail(module.waiting.splice(0), e);
      }
      module.value = value !== undefined ? value : special.module.exports;
      module.state = 'ready';
      module.waiting.splice(0).forEach(function (w) { w.done(module.value); });
    }, function (e) {
      fail(module.waiting.splice(0), e);
    });
  }

  function resolveAll(names, done, error) {
    var values = [];
    var left = names.length;
    var failed = false;
    if (!left) return done(values);
    names.forEach(function (name, i) {
      get(name, function (value) {
        values[i] = value;
        if (--left === 0 && !failed) done(values);
      }, function (e) {
        if (!failed) {
          failed = true;
          error(e);
        }
      });
    });
  }

  function localRequire(deps, callback, errback) {
    if (typeof deps === 'string') {
      var module = modules[deps];
      if (!module || module.state !== 'ready') throw new Error('module "' + deps + '" is not loaded yet');
      return module.value;
    }
    resolveAll(deps, function (values) {
      if (callback) callback.apply(null, values);
    }, function (e) {
      if (errback) errback(e);
      else setTimeout(function () { throw e; });
    });
  }

  var require = function (deps, callback, errback) {
    return localRequire(deps, callback, errback);
  };
  require.config = function (settings) {
    ['paths', 'shim'].forEach(function (key) {
      for (var name in settings[key] || {}) config[key][name] = settings[key][name];
    });
  };
  require.loaded = loaded;

  window.define = define;
  window.require = window.requirejs = require;
})();
