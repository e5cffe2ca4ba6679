/*
 * The API console of `npm start`: a login form, a method finder and an explorer built from
 * $.getKazooSdk.endpoints, driving one SDK instance against the sandbox of the same origin.
 *
 * Every call goes through call() below, wherever it comes from (the explorer, the login form, the
 * history, or the browser console, whose window.kazooSdk wraps the instance): its promise gives the
 * outcome shown, exactly what the SDK delivered. Each HTTP exchange of a call is recorded by the
 * instance's hooks:
 * - onRequestStart(jqXHR, options) opens an exchange: verb, url, apiRoot, filters, data;
 * - the XHR jQuery creates right after it records what really goes on the wire (URL, headers set
 *   by the page, body);
 * - onRequestEnd(responseOrJqXHR, options) closes it: status, response headers, raw body.
 * Charges are confirmed through the SDK's own default dialog (window.confirm); an expired token
 * asks for a new login through the SDK's `reauth` setting, and the waiting calls are re-sent.
 *
 * Nothing from a response is ever parsed as HTML: every value is put in the page as text, and
 * only image and PDF answers are shown, through object URLs of a Blob of that very type.
 */
(function () {
  'use strict';

  var $ = window.jQuery;
  if (!$ || typeof $.getKazooSdk !== 'function') {
    var box = document.getElementById('load-error');
    box.hidden = false;
    box.textContent = 'jQuery or dist/jquery.kazoosdk.js did not load: run "npm start" from the repository.';
    return;
  }

  var API_ROOT = location.origin + '/v2/';
  var STORAGE_KEY = 'kazoo-console';
  var endpoints = $.getKazooSdk.endpoints;
  var hasOwn = Object.prototype.hasOwnProperty;
  var REASONS = {
    0: 'no answer', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request',
    401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
    409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error',
    502: 'Bad Gateway', 503: 'Service Unavailable',
  };
  // Example documents prefilled in the data box (anything else starts with {}).
  var SAMPLES = {
    'account.create': { name: 'New customer', realm: 'new-customer.sandbox.local', timezone: 'America/Los_Angeles' },
    'user.create': { first_name: 'Dana', last_name: 'Scully', username: 'dana', password: 'trustno1', email: 'dana@example.com', priv_level: 'user' },
    'device.create': { name: 'Reception desk phone', device_type: 'sip_device', sip: { username: 'reception', password: 'secret' } },
    'callflow.create': { name: 'Reception', numbers: ['2000'], flow: { module: 'ring_group', data: {} } },
    'conference.create': { name: 'Weekly standup', conference_numbers: ['3000'] },
    'voicemail.create': { name: 'Sales mailbox', mailbox: '4000' },
    'media.create': { name: 'Greeting', media_source: 'upload' },
    'group.create': { name: 'Support', endpoints: {} },
    'menu.create': { name: 'Main menu' },
    'temporalRule.create': { name: 'Business hours', cycle: 'weekly', wdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
    'port.create': { name: 'Port from old carrier', numbers: { '+14155550199': {} } },
    'numbers.activate': { numbers: ['+14155550123'] },
    'conference.createNotification': '<p>You are invited to {{conference.name}}.</p>',
    'conference.updateNotification': '<p>You are invited to {{conference.name}}.</p>',
  };
  var RAW_HINTS = {
    'application/pdf': 'Choose a PDF file: it is sent as is (a File is a Blob). The text box is sent when no file is chosen.',
    'application/x-base64': 'Choose a file: it is read as a base64 data URI into the text box, which is what the SDK sends.',
    'text/html': 'HTML sent as is.',
  };
  // What the "sandbox data" panel lists: a list method, and the method an id of it opens.
  var SANDBOX_KINDS = [
    { title: 'Users', list: 'user.list', open: 'user.get' },
    { title: 'Devices', list: 'device.list', open: 'device.get' },
    { title: 'Callflows', list: 'callflow.list', open: 'callflow.get' },
    { title: 'Phone numbers', list: 'numbers.list', open: 'numbers.get' },
    { title: 'Voicemail boxes', list: 'voicemail.list', open: 'voicemail.get' },
    { title: 'Media', list: 'media.list', open: 'media.get' },
    { title: 'Conferences', list: 'conference.list', open: 'conference.get' },
    { title: 'Groups', list: 'group.list', open: 'group.get' },
    { title: 'Menus', list: 'menu.list', open: 'menu.get' },
    { title: 'Temporal rules', list: 'temporalRule.list', open: 'temporalRule.get' },
    { title: 'Directories', list: 'directory.list', open: 'directory.get' },
    { title: 'Connectivity', list: 'connectivity.list', open: 'connectivity.get' },
    { title: 'Port requests', list: 'port.list', open: 'port.get', children: { title: 'attachments', list: 'port.listAttachments', open: 'port.getAttachment' } },
    { title: 'Faxes (inbox)', list: 'faxes.listInbound', open: 'faxes.getAttachmentInbound' },
    { title: 'Recordings', list: 'recordings.list', open: 'recordings.get' },
    { title: 'Webhooks', list: 'webhooks.list', open: 'webhooks.get' },
    { title: 'Sub-accounts', list: 'account.listChildren', open: 'account.get' },
  ];
  // Shown at first: longer strings, and containers with more entries, are shortened.
  var SHORT_STRING = 300;
  var SHORT_TEXT = 20000;
  var SHOW_ALL_MAX = 1000000; // "show all" puts at most this many characters in the page
  var ENTRIES_SHOWN = 100;
  var VALUES_SHOWN = 2000; // values rendered per pass in one JSON view
  var HISTORY_MAX = 100;
  var BIG_TEXT = 1000000; // a longer data text is held aside: a textarea holding 20 MB takes seconds to draw

  function own(object, key) {
    return object !== null && typeof object === 'object' && hasOwn.call(object, key);
  }

  /**
   * The methods as the console shows them: a method of several forms (an array of entries in the
   * table, the first whose placeholders a call gives is used) is shown with its first form's verb
   * and types, each form's URL, and the placeholders of all of them.
   */
  var table = {};
  Object.keys(endpoints).forEach(function (ns) {
    table[ns] = {};
    Object.keys(endpoints[ns]).forEach(function (name) {
      var forms = Array.isArray(endpoints[ns][name]) ? endpoints[ns][name] : [endpoints[ns][name]];
      var names = [];
      forms.forEach(function (form) {
        placeholders(form.url).forEach(function (placeholder) {
          if (names.indexOf(placeholder) === -1) names.push(placeholder);
        });
      });
      table[ns][name] = $.extend({}, forms[0], {
        forms: forms,
        placeholders: names,
        dataOptional: forms.some(function (form) {
          return form.dataOptional;
        }),
      });
    });
  });

  /** The method 'ns.method' (own keys only: '#user.constructor' names no method). */
  function lookup(label) {
    var parts = String(label).split('.');
    if (parts.length !== 2 || !own(table, parts[0]) || !own(table[parts[0]], parts[1])) return null;
    return table[parts[0]][parts[1]];
  }

  // ----- state ------------------------------------------------------------------------------------

  var saved = loadSaved();
  var state = {
    ns: null,
    method: null,
    values: plainStrings(saved.values), // placeholder name -> last value typed (kept across methods)
    dataText: {}, // 'ns.method' -> data box text
    held: null, // a text too large for the data box (the page would freeze), held aside
    filtersText: plainStrings(saved.filters), // 'ns.method' -> filters box text
    options: plainStrings(saved.options), // option id -> value typed
    file: null, // the file chosen for a PDF body
    session: saved.session && typeof saved.session.token === 'string' ? saved.session : null,
    accountId: null,
    sendAnyway: false,
  };
  var calls = {}; // id -> call
  var callHistory = []; // the calls shown in the history, newest last
  var current = null; // the call shown on the right
  var callSeq = 0;
  var waitingForXhr = null; // the exchange onRequestStart just opened, waiting for its XHR
  var objectUrls = []; // object URLs of the response shown (revoked when another is shown)
  var relogin = null; // the Deferred a reauth() waits on while the login form asks again

  function loadSaved() {
    try {
      var value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      return value && typeof value === 'object' ? value : {};
    } catch (e) {
      return {};
    }
  }

  /** The own string values of an object (what is read back from storage), at most 2000 characters each. */
  function plainStrings(object) {
    var out = {};
    if (!object || typeof object !== 'object') return out;
    Object.keys(object).forEach(function (key) {
      if (typeof object[key] === 'string' && object[key].length <= 2000 && key !== '__proto__') out[key] = object[key];
    });
    return out;
  }

  function persist() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({
        session: state.session,
        values: plainStrings(state.values),
        filters: plainStrings(state.filtersText),
        options: plainStrings(state.options),
      }));
    } catch (e) {
      // storage full or disabled: the session just does not survive a reload
    }
  }

  var shownSeq = 0;
  function newCall(label, settings, origin) {
    callSeq += 1;
    if (origin !== 'background') shownSeq += 1;
    var call = {
      id: 'call-' + callSeq, seq: shownSeq, label: label, settings: settings, origin: origin,
      exchanges: [], outcome: null, problem: null, pages: 0, items: 0, started: Date.now(),
    };
    calls[call.id] = call;
    if (origin !== 'background') {
      callHistory.push(call);
      if (callHistory.length > HISTORY_MAX) delete calls[callHistory.shift().id];
      renderHistory();
    }
    return call;
  }

  function showCall(call) {
    current = call;
    render();
  }

  // ----- the SDK instance -------------------------------------------------------------------------

  var sdk = null;

  /** A new instance (holding `token`, if any): at start, and at logout, which forgets the token. */
  function makeSdk(token) {
    sdk = $.getKazooSdk({
      apiRoot: API_ROOT,
      authToken: token || undefined,
      reauth: reauth,
      onRequestStart: onRequestStart,
      onRequestEnd: onRequestEnd,
    });
  }

  function onRequestStart(jqXHR, options) {
    var call = options.consoleCall && calls[options.consoleCall];
    if (!call) {
      // A call that did not go through call(): show it too. Retries copy the options, so marking
      // them keeps a 402 retry inside the same call.
      call = newCall(guessMethod(options.verb, options.url), null, 'console');
      options.consoleCall = call.id;
      current = call;
    }
    var exchange = {
      options: options,
      jqXHR: jqXHR,
      verb: options.verb,
      url: options.url,
      apiRoot: options.apiRoot,
      filters: options.filters,
      data: options.data,
      started: Date.now(),
      wire: { headers: [] },
      ended: null,
      status: null,
    };
    call.exchanges.push(exchange);
    waitingForXhr = exchange;
    if (call === current) render();
  }

  function onRequestEnd(responseOrXhr, options) {
    var call = calls[options.consoleCall];
    if (!call) return;
    var exchange = null;
    for (var i = call.exchanges.length - 1; i >= 0; i--) {
      if (call.exchanges[i].options === options && !call.exchanges[i].ended) {
        exchange = call.exchanges[i];
        break;
      }
    }
    if (!exchange) return;
    var jqXHR = exchange.jqXHR;
    exchange.ended = Date.now();
    exchange.status = jqXHR.status || 0;
    exchange.statusText = jqXHR.statusText;
    exchange.responseHeaders = attempt(function () {
      return jqXHR.getAllResponseHeaders();
    }) || '';
    exchange.contentType = attempt(function () {
      return jqXHR.getResponseHeader('Content-Type');
    }) || '';
    exchange.rawText = attempt(function () {
      return typeof jqXHR.responseText === 'string' ? jqXHR.responseText : null;
    });
    if (call === current) render();
  }

  function attempt(fn) {
    try {
      return fn();
    } catch (e) {
      return null;
    }
  }

  // Records what jQuery puts on the wire: the XHR of an SDK exchange is created right after its
  // onRequestStart (jQuery's transport is opened synchronously after beforeSend).
  var createXhr = $.ajaxSettings.xhr;
  $.ajaxSettings.xhr = function () {
    var xhr = createXhr.apply(this, arguments);
    var exchange = waitingForXhr;
    waitingForXhr = null;
    if (!xhr || !exchange) return xhr;
    var open = xhr.open;
    var setRequestHeader = xhr.setRequestHeader;
    var send = xhr.send;
    xhr.open = function (method, url) {
      exchange.wire.method = method;
      exchange.wire.url = new URL(url, location.href).href;
      return open.apply(xhr, arguments);
    };
    xhr.setRequestHeader = function (name, value) {
      exchange.wire.headers.push([name, String(value)]);
      return setRequestHeader.apply(xhr, arguments);
    };
    xhr.send = function (body) {
      exchange.wire.sent = true;
      exchange.wire.body = body === undefined ? null : body;
      return send.apply(xhr, arguments);
    };
    return xhr;
  };

  /**
   * window.kazooSdk: every method of the instance, called through call() so that the panel shows
   * what its promise delivers. It returns the SDK's own promise (and throws what the SDK throws).
   */
  function consoleFacade() {
    var facade = {};
    Object.keys(endpoints).forEach(function (ns) {
      facade[ns] = {};
      Object.keys(endpoints[ns]).forEach(function (name) {
        facade[ns][name] = function (settings) {
          return call(ns + '.' + name, settings, 'console');
        };
      });
    });
    facade.request = function (options) {
      return call('request', options, 'console');
    };
    return facade;
  }

  /** 'user.get' for a verb and a filled url, from the table; 'request' when nothing matches. */
  function guessMethod(verb, url) {
    var path = String(url || '').split('?')[0];
    for (var ns in table) {
      for (var name in table[ns]) {
        var forms = table[ns][name].forms;
        for (var i = 0; i < forms.length; i++) {
          if (forms[i].verb !== verb) continue;
          var pattern = forms[i].url.split('?')[0].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
          if (new RegExp('^' + pattern + '$').test(path)) return ns + '.' + name;
        }
      }
    }
    return 'request';
  }

  // ----- small helpers ----------------------------------------------------------------------------

  function placeholders(url) {
    var names = [];
    url.replace(/\{(\w+)\}/g, function (_, name) {
      if (names.indexOf(name) === -1) names.push(name);
      return _;
    });
    return names;
  }

  function isJsonType(contentType) {
    return !contentType || /json/i.test(contentType);
  }

  function sendsBody(verb) {
    return verb === 'PUT' || verb === 'POST' || verb === 'PATCH';
  }

  function reason(status, statusText) {
    return REASONS[status] || statusText || '';
  }

  function statusClass(status) {
    if (status >= 200 && status < 300) return 'ok';
    if (status === 402) return 'charges';
    return 'fail';
  }

  function isBlob(value) {
    return typeof Blob !== 'undefined' && value instanceof Blob;
  }

  function describeBlob(blob) {
    return (blob.name ? 'File ' + blob.name + ', ' : 'Blob ') + blob.size + ' bytes, ' + (blob.type || 'no type');
  }

  function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function el(tag, className, text) {
    var node = $(document.createElement(tag));
    if (className) node.attr('class', className);
    if (text !== undefined) node.text(text);
    return node;
  }

  function button(className, text, onClick) {
    return el('button', className, text).attr('type', 'button').on('click', onClick);
  }

  /** A URL as text with a break opportunity after each '/', '?' and '&' (no mid-word wrapping). */
  function urlNode(className, url) {
    var node = el('span', className);
    url = String(url);
    if (url.length > 4000) return node.append(shortString(url, 4000, '', false));
    url.split(/([/?&])/).forEach(function (part) {
      if (!part) return;
      node.append(document.createTextNode(part));
      if (/^[/?&]$/.test(part)) node.append(document.createElement('wbr'));
    });
    return node;
  }

  /** A download of `text` (the whole of a value too long to show), through an object URL. */
  function downloadLink(text, name, label) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    objectUrls.push(url);
    return el('a', 'download-all', label).attr({ href: url, download: name });
  }

  // ----- showing values: shortened, iterative, never parsed as HTML ---------------------------------

  /**
   * A string, shortened to `max` characters with a button showing the rest (up to SHOW_ALL_MAX
   * characters; past that, a download of the whole). `quote` shows it as a JSON string.
   */
  function shortString(text, max, className, quote) {
    var node = el('span', className);
    var show = function (limit) {
      node.empty();
      var part = text.length > limit ? text.slice(0, limit) : text;
      node.append(document.createTextNode(quote ? JSON.stringify(part).slice(0, part.length < text.length ? -1 : undefined) : part));
      if (text.length <= limit) return;
      var rest = text.length - limit;
      if (limit < SHOW_ALL_MAX) {
        node.append(button('more', '\u2026 ' + count(rest) + ' more characters: show', function (event) {
          event.stopPropagation();
          show(SHOW_ALL_MAX);
        }).attr('title', 'Show the rest (up to ' + count(SHOW_ALL_MAX) + ' characters)'));
      } else {
        node.append(el('span', 'more-note', '\u2026 ' + count(rest) + ' more characters '));
        node.append(downloadLink(text, 'value.txt', 'download the whole value'));
      }
      if (quote) node.append(document.createTextNode('"'));
    };
    show(max);
    return node;
  }

  /**
   * A JSON-like view of any value, built without recursion (a value nested 100,000 deep does not
   * overflow the stack) and by parts: VALUES_SHOWN values per pass, ENTRIES_SHOWN entries per
   * object or array, strings shortened; buttons render the rest where it goes.
   */
  function valueView(value, className, bareKeys) {
    var root = el('pre', 'code value' + (className ? ' ' + className : ''));
    var seen = typeof WeakSet === 'function' ? new WeakSet() : null;
    renderValues([{ value: value, depth: 0, keys: null, index: 0, node: root, single: true, bare: !!bareKeys }], seen);
    return root;
  }

  /** Two spaces a level, up to 24 levels (deeper values would make lines of thousands of spaces). */
  function indent(depth) {
    return new Array(Math.min(depth, 24) + 1).join('  ');
  }

  /** Renders the frames of `stack` (each an object or array being written, or a single value). */
  function renderValues(stack, seen) {
    var budget = VALUES_SHOWN;
    while (stack.length) {
      var frame = stack[stack.length - 1];
      var value;
      var key = null;
      var out = frame.node;
      if (frame.single) {
        stack.pop();
        value = frame.value;
      } else {
        var total = frame.keys ? frame.keys.length : frame.value.length;
        if (frame.index >= total) {
          stack.pop();
          continue;
        }
        if (budget <= 0 || frame.shown >= ENTRIES_SHOWN) {
          // the rest of this container (and, out of budget, of the containers around it) on demand
          var outOfBudget = budget <= 0;
          var label = outOfBudget && frame.shown < ENTRIES_SHOWN ? 'show more' : count(total - frame.index) + ' more ' + (frame.keys ? 'keys' : 'items') + ': show';
          var wrap = el('span', 'more-wrap');
          wrap.append(document.createTextNode((frame.index ? ',\n' : '\n') + indent(frame.depth + 1)), more(label, outOfBudget ? stack.slice() : [frame], seen, wrap));
          out.append(wrap);
          if (outOfBudget) return;
          stack.pop();
          continue;
        }
        var index = frame.index++;
        frame.shown++;
        out.append(document.createTextNode((index ? ',\n' : '\n') + indent(frame.depth + 1)));
        if (frame.keys) {
          key = frame.keys[index];
          value = frame.value[key];
          if (frame.bare && /^[A-Za-z_$][\w$]*$/.test(key)) out.append(el('span', 'j-key', key));
          else out.append(shortString(key, SHORT_STRING, 'j-key', true));
          out.append(document.createTextNode(': '));
        } else {
          value = frame.value[index];
        }
      }
      budget--;
      var depth = frame.single ? frame.depth : frame.depth + 1;
      if (value === null || typeof value === 'boolean') out.append(el('span', 'j-lit', String(value)));
      else if (typeof value === 'number') out.append(el('span', 'j-num', isFinite(value) ? String(value) : String(value) + ' (JSON: null)'));
      else if (typeof value === 'string') out.append(shortString(value, SHORT_STRING, 'j-str', true));
      else if (value === undefined) out.append(el('span', 'j-lit', 'undefined'));
      else if (typeof value === 'function') out.append(el('span', 'j-lit', 'function ' + (value.name || '') + '(\u2026) { \u2026 }'));
      else if (isBlob(value)) out.append(el('span', 'j-lit', '/* ' + describeBlob(value) + ' */'));
      else if (typeof value === 'object') {
        if (seen && seen.has(value)) {
          out.append(el('span', 'j-lit', '[shown above]'));
          continue;
        }
        if (seen) seen.add(value);
        var isArray = Array.isArray(value);
        var keys = isArray ? null : Object.keys(value);
        var size = isArray ? value.length : keys.length;
        if (!size) {
          out.append(document.createTextNode(isArray ? '[]' : '{}'));
          continue;
        }
        var children = el('span', 'j-children');
        out.append(document.createTextNode(isArray ? '[' : '{'), children, document.createTextNode('\n' + indent(depth) + (isArray ? ']' : '}')));
        stack.push({ value: value, keys: keys, index: 0, shown: 0, depth: depth, node: children, bare: frame.single && frame.bare });
      } else {
        out.append(document.createTextNode(String(value)));
      }
    }
  }

  /** A button rendering the rest of `stack` where it stands. */
  function more(label, stack, seen, wrap) {
    return button('more', label, function (event) {
      event.stopPropagation();
      wrap.remove();
      stack.forEach(function (frame) {
        frame.shown = 0;
      });
      renderValues(stack, seen);
    });
  }

  /** Text (a raw body, a string answer): shortened to SHORT_TEXT characters with a way to see all. */
  function textView(text, className) {
    var pre = el('pre', 'code ' + (className || ''));
    pre.append(shortString(String(text), SHORT_TEXT, '', false));
    return pre;
  }

  // ----- the data box: what JSON.parse would change ----------------------------------------------

  /**
   * Where JSON.parse would not give back what was typed: integers beyond 2^53 (rounded), numbers
   * out of range (Infinity, sent as null) or with more digits than a double holds, and keys given
   * twice in one object (the last wins). One pass over the text, without recursion.
   */
  function dataWarnings(text) {
    var warnings = [];
    var stack = []; // per open container: null for an array, the keys seen for an object
    var expectKey = false;
    var i = 0;
    var n = text.length;
    var stringEnd = /["\\]/g;
    var numberAt = /-?(\d+)(\.\d+)?([eE][+-]?\d+)?/y;
    var add = function (message) {
      if (warnings.length < 20) warnings.push(message);
    };
    while (i < n && warnings.length < 20) {
      var c = text.charCodeAt(i);
      if (c === 34) {
        // a string: find its end fast
        var start = i + 1;
        var j = start;
        for (;;) {
          stringEnd.lastIndex = j;
          var m = stringEnd.exec(text);
          if (!m) return warnings; // unterminated: JSON.parse reports it
          if (m[0] === '"') {
            j = m.index;
            break;
          }
          j = m.index + 2;
        }
        var top = stack[stack.length - 1];
        if (expectKey && top) {
          var name = attempt(function () {
            return JSON.parse(text.slice(start - 1, j + 1));
          });
          if (name !== null) {
            var keyId = '$' + name;
            if (top[keyId]) add('key ' + JSON.stringify(name.length > 60 ? name.slice(0, 60) + '\u2026' : name) + ' appears twice in one object: only the last one is kept');
            top[keyId] = true;
          }
          expectKey = false;
        }
        i = j + 1;
      } else if (c === 123) {
        stack.push(Object.create(null));
        expectKey = true;
        i++;
      } else if (c === 91) {
        stack.push(null);
        i++;
      } else if (c === 125 || c === 93) {
        stack.pop();
        i++;
      } else if (c === 44) {
        expectKey = stack.length > 0 && stack[stack.length - 1] !== null;
        i++;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        numberAt.lastIndex = i;
        var number = numberAt.exec(text);
        if (!number) {
          i++;
          continue;
        }
        var literal = number[0];
        var parsed = Number(literal);
        var shown = literal.length > 40 ? literal.slice(0, 40) + '\u2026' : literal;
        if (!isFinite(parsed)) {
          add(shown + ' is out of range: it becomes ' + parsed + ', which JSON sends as null');
        } else if (!number[2] && !number[3]) {
          if (!Number.isSafeInteger(parsed) && (typeof BigInt !== 'function' || BigInt(literal) !== BigInt(parsed))) {
            add(shown + ' is beyond 2^53: it becomes ' + String(parsed));
          }
        } else if (parsed === 0 && /[1-9]/.test(number[1] + (number[2] || ''))) {
          add(shown + ' is too small: it becomes 0');
        } else if ((number[1] + (number[2] || '').slice(1)).replace(/^0+/, '').replace(/0+$/, '').length > 17) {
          add(shown + ' has more digits than a number holds: it becomes ' + parsed);
        }
        i += literal.length;
      } else {
        i++;
      }
    }
    return warnings;
  }

  /** Puts `text` in the data box, or holds it aside when it is too large to draw. */
  function setData(text) {
    text = String(text);
    var big = text.length > BIG_TEXT;
    state.held = big ? text : null;
    $('#data').val(big ? '' : text).prop('hidden', big);
    $('#data-held').prop('hidden', !big);
    if (!big) return;
    $('#data-held-text').text('A text of ' + count(text.length) + ' characters is held aside (a text box holding it would freeze the page for seconds). It is sent as it is; it starts with:');
    $('#data-held-start').empty().append(shortString(text, 200, '', false));
    var e = entry();
    showDataWarnings(isJsonType(e.contentType) || !sendsBody(e.verb) ? dataWarnings(text) : []);
  }

  function getData() {
    return state.held !== null ? state.held : $('#data').val();
  }

  /** A large paste is held aside instead of going into the text box. */
  function onDataPaste(event) {
    var data = event.originalEvent && event.originalEvent.clipboardData;
    var pasted = data && data.getData('text/plain');
    if (!pasted || pasted.length <= BIG_TEXT) return;
    event.preventDefault();
    var box = this;
    var before = box.value.slice(0, box.selectionStart);
    var after = box.value.slice(box.selectionEnd);
    setData(before + pasted + after);
    saveForm();
  }

  function showDataWarnings(warnings) {
    var list = $('#data-warnings').empty();
    list.prop('hidden', !warnings.length);
    warnings.forEach(function (warning) {
      list.append(el('li', '', warning));
    });
  }

  var warnTimer = null;
  function checkDataSoon() {
    clearTimeout(warnTimer);
    state.sendAnyway = false;
    warnTimer = setTimeout(function () {
      var e = entry();
      var text = getData();
      // a very long text is checked when sent, not at each key stroke
      showDataWarnings(isJsonType(e.contentType) && text.length < 2000000 ? dataWarnings(text) : []);
    }, 250);
  }

  // ----- SDK call snippet and curl -----------------------------------------------------------------

  /** `kazooSdk.ns.method({...})` as one would type it in the browser console (a view, shortened). */
  function snippetView(label, settings) {
    var pre = el('pre', 'code snippet');
    var keys = Object.keys(settings || {}).filter(function (key) {
      return settings[key] !== undefined;
    });
    if (!settings) {
      pre.text('kazooSdk.' + label + '(\u2026)');
      return pre;
    }
    if (!keys.length) {
      pre.text('kazooSdk.' + label + '()');
      return pre;
    }
    pre.append(document.createTextNode('kazooSdk.' + label + '({'));
    var body = {};
    keys.forEach(function (key) {
      body[key] = settings[key];
    });
    var view = valueView(body, '', true);
    // the object's entries, without its own braces
    var children = view.children('.j-children').first();
    pre.append(children.length ? children : view.contents());
    pre.append(document.createTextNode('\n})'));
    return pre;
  }

  function shellQuote(text) {
    return "'" + String(text).replace(/'/g, "'\\''") + "'";
  }

  /** The exchange as a curl command line; the token shown, or read from $KAZOO_TOKEN. */
  function curlCommand(exchange, showToken) {
    var verb = exchange.wire.method || exchange.verb;
    var url = exchange.wire.url || exchangeUrl(exchange);
    var parts = ['curl'];
    if (verb !== 'GET') parts.push('-X ' + verb);
    parts.push(shellQuote(url));
    exchange.wire.headers.forEach(function (pair) {
      if (/^x-auth-token$/i.test(pair[0]) && !showToken) parts.push('-H "' + pair[0] + ': $KAZOO_TOKEN"');
      else parts.push('-H ' + shellQuote(pair[0] + ': ' + pair[1]));
    });
    var body = exchange.wire.sent ? exchange.wire.body : null;
    if (isBlob(body)) parts.push('--data-binary @' + shellQuote(body.name || 'body.bin'));
    else if (body !== null && body !== undefined && body !== '') parts.push('--data-binary ' + shellQuote(body));
    return parts.join(' \\\n  ');
  }

  function exchangeUrl(exchange) {
    return exchange.wire.url || String(exchange.apiRoot || '').replace(/\/?$/, '/') + exchange.url;
  }

  function copyText(text, done) {
    var fallback = function () {
      var area = el('textarea', 'clipboard').val(text).appendTo(document.body);
      area[0].select();
      var ok = attempt(function () {
        return document.execCommand('copy');
      });
      area.remove();
      done(!!ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        done(true);
      }, fallback);
    } else {
      fallback();
    }
  }

  // ----- rendering the right column ---------------------------------------------------------------

  var renderQueued = false;
  /** Renders at the next frame (onPage can call it for every page). */
  function renderSoon() {
    if (renderQueued) return;
    renderQueued = true;
    setTimeout(function () {
      renderQueued = false;
      render();
    }, 30);
  }

  function render() {
    renderRequest();
    renderResponse();
    renderHistory();
  }

  var ORIGINS = {
    console: 'from the browser console', login: 'from the login form', explorer: 'from the explorer',
    history: 'sent again from the history', background: 'from the console itself',
  };

  function renderRequest() {
    var panel = $('#request').empty();
    var call = current;
    if (!call) {
      panel.append(el('p', 'empty', 'Send a request to see it here.'));
      return;
    }
    var head = el('div', 'call-head');
    head.append(el('span', 'call-label', '#' + call.seq + ' ' + (ORIGINS[call.origin] || '')));
    panel.append(head);
    panel.append(snippetView(call.label, call.settings));
    if (call.problem) {
      panel.append(el('p', 'nothing-sent', 'Nothing was sent.'));
      return;
    }
    call.exchanges.forEach(function (exchange, index) {
      panel.append(renderExchange(call, exchange, index));
    });
  }

  function headersTable(pairs, emptyText) {
    var table = el('table', 'headers');
    if (!pairs.length) table.append(el('tr').append(el('td', 'empty', emptyText)));
    pairs.forEach(function (pair) {
      table.append(el('tr').append(el('th', '', pair[0]), el('td', '').append(shortString(pair[1], 2000, '', false))));
    });
    return table;
  }

  /** The telling response headers, for a folded summary: ': Location …, ETag …'. */
  function headlineHeaders(pairs) {
    var shown = pairs.filter(function (pair) {
      return /^(content-type|location|etag)$/i.test(pair[0]);
    }).map(function (pair) {
      return pair[0] + ': ' + (pair[1].length > 60 ? pair[1].slice(0, 60) + '\u2026' : pair[1]);
    });
    return shown.length ? ' \u2014 ' + shown.join(', ') : '';
  }

  function parseHeaders(text) {
    var pairs = [];
    String(text || '').split(/\r?\n/).forEach(function (line) {
      var colon = line.indexOf(':');
      if (colon > 0) pairs.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    });
    return pairs;
  }

  function renderExchange(call, exchange, index) {
    var box = el('div', 'exchange').attr('data-index', index);
    var line = el('div', 'exchange-line');
    var verb = exchange.wire.method || exchange.verb;
    line.append(el('span', 'verb verb-' + verb, verb));
    line.append(urlNode('url', exchangeUrl(exchange)));
    if (exchange.ended) {
      line.append(el('span', 'badge ' + statusClass(exchange.status), exchange.status + ' ' + reason(exchange.status, exchange.statusText)));
      line.append(el('span', 'ms', exchange.ended - exchange.started + ' ms'));
    } else {
      line.append(el('span', 'badge pending', 'pending'));
    }
    box.append(line);

    var note = '';
    if (exchange.ended && exchange.status === 402 && exchange.options.acceptCharges === undefined) {
      note = 'The server asks to accept charges: the SDK asked through its dialog (window.confirm).';
    } else if (index > 0 && exchange.options.acceptCharges === true && call.exchanges[index - 1].status === 402) {
      note = 'Charges accepted: the SDK re-sent the request with accept_charges.';
    } else if (exchange.ended && exchange.status === 401 && exchange.options.reauth && !exchange.options.auth) {
      note = 'The token was refused: the SDK asks for a new login (reauth), then sends the request again.';
    } else if (call.exchanges.length > 1) {
      note = 'Exchange ' + (index + 1) + ' of ' + call.exchanges.length + '.';
    }
    if (note) box.append(el('p', 'exchange-note' + (exchange.status === 402 ? ' charges' : ''), note));

    var tools = el('div', 'tools');
    var curl = el('pre', 'code curl').attr('hidden', true);
    var showToken = el('input').attr({ type: 'checkbox', class: 'show-token' });
    var command = '';
    var refreshCurl = function () {
      command = curlCommand(exchange, showToken.prop('checked'));
      curl.empty().append(shortString(command, 4000, '', false));
    };
    showToken.on('change', refreshCurl);
    tools.append(button('small copy-curl', 'Copy as curl', function () {
      var self = $(this);
      refreshCurl();
      curl.removeAttr('hidden');
      copyText(command, function (ok) {
        self.text(ok ? 'Copied' : 'Copy as curl (select the text)');
        setTimeout(function () {
          self.text('Copy as curl');
        }, 1500);
      });
    }));
    tools.append(el('label', 'check inline-check').append(showToken, document.createTextNode(' show the token')));
    box.append(tools, curl);

    // Earlier exchanges of a call fold their details away; the last one shows them.
    var details = el('details', 'exchange-details');
    if (index === call.exchanges.length - 1) details.attr('open', 'open');
    details.append(el('summary', '', 'headers and body'));
    box.append(details);
    if (exchange.filters && Object.keys(exchange.filters).length) {
      details.append(el('div', 'sub', 'filters'), valueView(exchange.filters));
    }
    details.append(el('div', 'sub', 'Request headers set by the page'));
    details.append(headersTable(exchange.wire.headers, '(none recorded)'));
    if (verb !== 'GET' && verb !== 'HEAD') {
      details.append(el('div', 'sub', 'Request body'));
      details.append(renderBody(exchange));
    }
    if (exchange.ended) {
      var received = parseHeaders(exchange.responseHeaders);
      var answer = el('details', 'exchange-details answer-headers');
      answer.append(el('summary', '', 'response headers (' + received.length + ')' + headlineHeaders(received)));
      answer.append(headersTable(received, '(none: no answer)').addClass('response-headers'));
      box.append(answer);
    }
    return box;
  }

  function renderBody(exchange) {
    var body = exchange.wire.sent ? exchange.wire.body : exchange.data;
    if (body === null || body === undefined || body === '') return el('pre', 'code muted', '(no body)');
    if (isBlob(body)) return el('pre', 'code body', describeBlob(body));
    if (typeof body === 'string') {
      if (exchange.parsedBody === undefined) {
        exchange.parsedBody = /^\s*[{[]/.test(body) ? attempt(function () {
          return { value: JSON.parse(body) };
        }) : null;
      }
      if (exchange.parsedBody) return valueView(exchange.parsedBody.value, 'body');
      return textView(body, 'body');
    }
    return valueView(body, 'body');
  }

  function revokeUrls() {
    objectUrls.forEach(function (url) {
      URL.revokeObjectURL(url);
    });
    objectUrls = [];
  }

  var EXTENSIONS = {
    'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/svg+xml': '.svg',
    'image/x-icon': '.ico', 'image/vnd.microsoft.icon': '.ico', 'image/webp': '.webp', 'image/tiff': '.tiff',
    'audio/wav': '.wav', 'audio/x-wav': '.wav', 'audio/mpeg': '.mp3', 'text/csv': '.csv', 'text/html': '.html',
    'text/plain': '.txt', 'application/json': '.json',
  };

  var KNOWN_EXTENSIONS = Object.keys(EXTENSIONS).map(function (type) {
    return EXTENSIONS[type];
  });

  /** The download's name: the server's (Content-Disposition), a document name of the URL, or the method's. */
  function fileName(call, type, exchange) {
    var disposition = exchange && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(attempt(function () {
      return exchange.jqXHR.getResponseHeader('Content-Disposition');
    }) || '');
    if (disposition) return decodeURIComponent(disposition[1]).replace(/[/\\]/g, '_');
    var extension = EXTENSIONS[String(type || '').split(';')[0].trim().toLowerCase()] || '.bin';
    var e = lookup(call.label);
    var names = e ? e.placeholders : [];
    for (var i = names.length - 1; i >= 0; i--) {
      var value = call.settings && call.settings[names[i]];
      var dot = typeof value === 'string' ? /\.[A-Za-z0-9]{2,5}$/.exec(value) : null;
      if (dot && KNOWN_EXTENSIONS.indexOf(dot[0].toLowerCase().replace('.jpeg', '.jpg')) !== -1) return value.replace(/[/\\]/g, '_');
    }
    var id = names.length && call.settings ? call.settings[names[names.length - 1]] : '';
    return call.label.replace(/\./g, '-') + (id && typeof id === 'string' && id.length <= 64 ? '-' + id : '') + extension;
  }

  /** A binary answer delivered as a string of one character per byte: its bytes as a Blob. */
  function bytesOf(text, type) {
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    return new Blob([bytes], { type: type });
  }

  function previewable(type) {
    return /^image\/(png|jpeg|gif|webp|x-icon|vnd\.microsoft\.icon|bmp)$/.test(type) || type === 'application/pdf';
  }

  function renderFile(panel, call, blob, exchange) {
    var type = String(blob.type || (exchange && exchange.contentType) || '').split(';')[0].trim().toLowerCase();
    panel.append(el('pre', 'code body').attr('id', 'response-body').text(describeBlob(blob)));
    // the object URLs are of a Blob of that very type: an image or a PDF, never a page
    var typed = blob.type === type ? blob : new Blob([blob], { type: type || 'application/octet-stream' });
    var url = URL.createObjectURL(typed);
    objectUrls.push(url);
    var name = fileName(call, type, exchange);
    panel.append(el('a', 'download', 'Download ' + name).attr({ href: url, download: name, id: 'response-download' }));
    if (!previewable(type)) return;
    var preview = el('div', 'preview').attr('id', 'response-preview');
    if (type === 'application/pdf') {
      preview.append(el('iframe', 'pdf').attr({ src: url, title: name }));
    } else {
      preview.append(el('img').attr({ src: url, alt: name }));
    }
    panel.append(preview);
  }

  function renderResponse() {
    var panel = $('#response').empty();
    var badge = $('#response-status').attr('hidden', true).text('').attr('class', 'badge');
    var call = current;
    // for tests and curious readers: which call is shown, and whether it is finished
    panel.attr('data-call', call ? call.id : '').attr('data-state', !call ? 'empty' : call.problem ? 'problem' : call.outcome ? 'done' : 'pending');
    revokeUrls();
    if (!call) {
      panel.append(el('p', 'empty', 'No response yet.'));
      return;
    }
    if (call.problem) {
      var box = el('div', 'problem');
      box.append(el('strong', 'problem-title', call.problem.title));
      box.append(el('p', 'problem-message', call.problem.message));
      if (call.problem.list) {
        var list = el('ul', 'warnings');
        call.problem.list.forEach(function (item) {
          list.append(el('li', '', item));
        });
        box.append(list);
      }
      if (call.problem.hint) box.append(el('p', 'hint', call.problem.hint));
      if (call.problem.action) box.append(call.problem.action);
      panel.append(box);
      return;
    }
    if (call.pages) {
      panel.append(el('p', 'pages', 'paginate: \'all\' \u2014 ' + call.pages + (call.pages === 1 ? ' page' : ' pages') + ' arrived (' + call.items + ' items)' + (call.outcome ? '' : ', more coming\u2026')));
    }
    if (!call.outcome) {
      var last = call.exchanges[call.exchanges.length - 1];
      var waiting = 'Waiting for the answer\u2026';
      if (last && last.ended && last.status === 402) waiting = 'The server asks to accept charges: the SDK is asking through its dialog (window.confirm).';
      else if (last && last.ended && last.status === 401 && relogin) waiting = 'The token was refused: log in again (on the left) and this call is sent again.';
      panel.append(el('p', 'empty', waiting));
      return;
    }
    var outcome = call.outcome;
    badge.removeAttr('hidden').addClass(statusClass(outcome.status)).text(outcome.status + ' ' + reason(outcome.status));
    var summary;
    var took = outcome.ended - call.started;
    if (outcome.ok) summary = 'success(response) \u2014 the promise resolved with:';
    else if (outcome.cancelled) summary = 'Charges refused: error(responseData) \u2014 the promise was rejected with:';
    else summary = 'error(responseData) \u2014 the promise was rejected with:';
    var head = el('p', 'outcome-summary ' + (outcome.ok ? 'ok' : 'fail'));
    head.append(document.createTextNode(summary + ' '), el('span', 'ms', '(' + took + ' ms, ' + call.exchanges.length + (call.exchanges.length === 1 ? ' exchange)' : ' exchanges)')));
    panel.append(head);

    var body = outcome.body;
    var lastExchange = call.exchanges[call.exchanges.length - 1];
    var type = lastExchange ? String(lastExchange.contentType || '').split(';')[0].trim().toLowerCase() : '';
    if (isBlob(body)) {
      renderFile(panel, call, body, lastExchange);
    } else if (typeof body === 'string' && outcome.ok && type && !/^text\/|json|xml/.test(type)) {
      panel.append(el('p', 'hint', 'A binary answer as a string of ' + count(body.length) + ' characters (one per byte):'));
      renderFile(panel, call, bytesOf(body, type), lastExchange);
    } else if (typeof body === 'string') {
      panel.append(el('p', 'hint', 'A string of ' + count(body.length) + ' characters:'));
      panel.append(textView(body, 'body').attr('id', 'response-body'));
    } else {
      panel.append(valueView(body, 'body').attr('id', 'response-body'));
    }
    // the answer as it came: the raw body (also an HTML error page, as inert text)
    if (lastExchange && lastExchange.ended) {
      var raw = el('details', 'raw').attr('id', 'response-raw');
      raw.append(el('summary', '', 'raw answer (' + (lastExchange.contentType || 'no Content-Type') + ')'));
      if (typeof lastExchange.rawText === 'string' && (!type || /^text\/|json|xml|html/.test(type))) {
        raw.append(textView(lastExchange.rawText || '(empty body)', 'raw-body'));
      } else {
        raw.append(el('pre', 'code muted', '(binary: see the download above)'));
      }
      if (!outcome.ok && lastExchange.rawText && !/json/.test(type)) raw.attr('open', 'open');
      panel.append(raw);
    }
  }

  function renderHistory() {
    var list = $('#history').empty();
    if (!callHistory.length) {
      list.append(el('li', 'empty', 'No call yet.'));
      return;
    }
    for (var i = callHistory.length - 1; i >= 0; i--) {
      var call = callHistory[i];
      var e = lookup(call.label);
      var status = call.problem ? 'not sent' : call.outcome ? String(call.outcome.status) : '\u2026';
      var item = el('li', 'history-item' + (call === current ? ' current' : ''));
      var open = button('history-open', '', reopen.bind(null, call)).attr('data-call', call.id);
      open.append(
        el('span', 'seq', '#' + call.seq),
        el('span', 'verb verb-' + (e ? e.verb : 'ANY'), e ? e.verb : 'ANY'),
        el('span', 'history-label', call.label),
        el('span', 'badge ' + (call.outcome ? statusClass(call.outcome.status) : 'pending'), status)
      );
      if (call.outcome) open.append(el('span', 'ms', call.outcome.ended - call.started + ' ms'));
      item.append(open);
      list.append(item);
    }
  }

  /** Shows a call of the history again, and puts its method and settings back in the form. */
  function reopen(call) {
    showCall(call);
    var e = lookup(call.label);
    if (!e || !call.settings) return;
    var parts = call.label.split('.');
    selectMethod(parts[0], parts[1]);
    var settings = call.settings;
    e.placeholders.forEach(function (name) {
      if (typeof settings[name] === 'string') $('#ph-' + name).val(settings[name]);
    });
    if (settings.data !== undefined && !isBlob(settings.data)) {
      setData(typeof settings.data === 'string' ? settings.data : attempt(function () {
        return JSON.stringify(settings.data, null, 2);
      }) || '');
    }
    $('#filters').val(settings.filters ? JSON.stringify(settings.filters) : '');
    writeOptions(settings);
  }

  // ----- the explorer form ------------------------------------------------------------------------

  function entry() {
    return table[state.ns][state.method];
  }

  function key() {
    return state.ns + '.' + state.method;
  }

  function fillNamespaces() {
    var select = $('#ns').empty();
    Object.keys(table).forEach(function (ns) {
      select.append(el('option', '', ns + ' (' + Object.keys(table[ns]).length + ')').val(ns));
    });
  }

  function fillMethods() {
    var select = $('#method').empty();
    Object.keys(table[state.ns]).forEach(function (name) {
      select.append(el('option', '', name + ' \u2014 ' + table[state.ns][name].verb).val(name));
    });
  }

  function selectMethod(ns, method, fromHash) {
    saveForm();
    if (!own(table, ns)) ns = 'user';
    if (state.ns !== ns) {
      state.ns = ns;
      fillMethods();
    }
    $('#ns').val(ns);
    if (!own(table[ns], method)) method = Object.keys(table[ns])[0];
    state.method = method;
    $('#method').val(method);
    state.file = null;
    if (!fromHash && window.history && window.history.replaceState) window.history.replaceState(null, '', location.pathname + location.search + '#' + key());
    renderForm();
  }

  function saveForm() {
    if (!state.ns) return;
    $('#placeholders input').each(function () {
      state.values[this.name] = this.value;
    });
    state.dataText[key()] = getData();
    state.filtersText[key()] = $('#filters').val();
    readOptions();
    persist();
  }

  function receivesText(e) {
    var accept = e.accept || 'application/json';
    if (accept === 'application/json') return 'receives JSON';
    if (accept === 'application/pdf') return 'receives a PDF (Blob)';
    if (accept === '*/*') return 'receives a file (image, PDF\u2026: Blob) or JSON';
    if (/^text\//.test(accept)) return 'receives ' + accept + ' (a string)';
    return 'receives ' + accept;
  }

  function renderForm() {
    var e = entry();
    var template = $('#template').empty();
    e.forms.forEach(function (form, index) {
      var line = el('div', 'form-line');
      line.append(el('span', 'verb verb-' + form.verb, form.verb));
      var url = el('code', 'url-template');
      url.append(urlNode('root', API_ROOT));
      form.url.split(/(\{\w+\})/).forEach(function (part) {
        if (part) url.append(/^\{\w+\}$/.test(part) ? el('span', 'ph', part) : urlNode('', part));
      });
      line.append(url);
      if (e.forms.length > 1) line.append(el('span', 'hint form-note', index === 0 ? 'when all its placeholders are given' : 'otherwise'));
      template.append(line);
    });
    var hasBody = sendsBody(e.verb);
    var tags = el('div', 'tags');
    if (hasBody) tags.append(el('span', 'tag sends', 'sends ' + (e.contentType || 'JSON')));
    tags.append(el('span', 'tag receives', receivesText(e)));
    if (e.auth) tags.append(el('span', 'tag', 'login: stores the token'));
    if (e.noToken) tags.append(el('span', 'tag', 'no token sent'));
    if (hasBody && e.dataOptional) tags.append(el('span', 'tag', 'data optional'));
    template.append(tags);

    // one input per {placeholder}
    var fields = $('#placeholders').empty();
    var names = e.placeholders;
    if (!names.length) fields.append(el('p', 'hint', 'No placeholder in this URL.'));
    names.forEach(function (name) {
      var value = own(state.values, name) ? state.values[name] : '';
      if (value === '' && name === 'accountId' && state.accountId) value = state.accountId;
      var inEvery = e.forms.every(function (form) {
        return placeholders(form.url).indexOf(name) !== -1;
      });
      var input = el('input').attr({ name: name, id: 'ph-' + name, placeholder: inEvery ? 'required' : 'optional: picks the form', spellcheck: 'false' }).val(value || '');
      fields.append(el('label', 'ph-field').append(el('span', 'ph-name', name), input));
    });

    // data: JSON, or raw for the other content types; none for GET, HEAD (and optional for DELETE)
    var showData = e.verb !== 'GET' && e.verb !== 'HEAD';
    var json = isJsonType(e.contentType) || !hasBody;
    $('#data-field').prop('hidden', !showData);
    var required = (e.verb === 'PUT' || e.verb === 'POST') && !e.dataOptional;
    $('#data-label').empty().append(
      document.createTextNode('data '),
      el('small', '', (json ? '(JSON)' : '(raw ' + e.contentType + ')') + (required ? ' required' : ' optional'))
    );
    var text = own(state.dataText, key()) ? state.dataText[key()] : undefined;
    if (text === undefined) {
      var sample = own(SAMPLES, key()) ? SAMPLES[key()] : undefined;
      if (sample !== undefined) text = typeof sample === 'string' ? sample : JSON.stringify(sample, null, 2);
      else text = json && required ? '{}' : '';
    }
    $('#data').toggleClass('raw', !json).attr('placeholder', json ? '{ }' : e.contentType);
    showDataWarnings([]);
    setData(text);
    var fileType = hasBody && (e.contentType === 'application/pdf' || e.contentType === 'application/x-base64');
    $('#data-file-row').prop('hidden', !fileType);
    $('#data-file').val('').attr('accept', e.contentType === 'application/pdf' ? 'application/pdf' : '');
    $('#data-file-hint').text(RAW_HINTS[e.contentType] || '');
    $('#filters').val(own(state.filtersText, key()) ? state.filtersText[key()] : '');
    // a file is best previewed and downloaded as a Blob
    var binary = e.accept && !/^text\//.test(e.accept) && e.accept !== 'application/json';
    $('#opt-responseType').val(binary ? 'blob' : '');
    readOptions();
  }

  function formProblem(title, message, hint, extra) {
    var call = newCall(key(), null, 'explorer');
    call.problem = $.extend({ title: title, message: message, hint: hint }, extra);
    showCall(call);
    scrollToResponse();
  }

  // ----- options ----------------------------------------------------------------------------------

  var OPTION_IDS = ['opt-headers', 'opt-acceptCharges', 'opt-timeout', 'opt-responseType', 'opt-paginate', 'opt-cache'];

  function readOptions() {
    OPTION_IDS.forEach(function (id) {
      var input = document.getElementById(id);
      state.options[id] = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value;
    });
    var summary = [];
    var settings = optionSettings();
    if (settings && !settings.error) {
      Object.keys(settings).forEach(function (name) {
        if (name !== 'onPage') summary.push(name);
      });
    }
    $('#options-summary').text(summary.length ? '(' + summary.join(', ') + ')' : '');
  }

  function restoreOptions() {
    OPTION_IDS.forEach(function (id) {
      if (!own(state.options, id)) return;
      var input = document.getElementById(id);
      if (input.type === 'checkbox') input.checked = state.options[id] === 'true';
      else input.value = state.options[id];
    });
    readOptions();
  }

  /** The form's options as SDK settings (`{error}` when one is not valid). */
  function optionSettings() {
    var settings = {};
    var headersText = $('#opt-headers').val();
    var lines = headersText.split(/\r?\n/).filter(function (line) {
      return line.trim() !== '';
    });
    if (lines.length) {
      var headers = {};
      for (var i = 0; i < lines.length; i++) {
        var match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/.exec(lines[i]);
        if (!match) return { error: 'headers: "' + lines[i].slice(0, 80) + '" is not "Name: value"' };
        headers[match[1]] = match[2].trim();
      }
      settings.headers = headers;
    }
    var charges = $('#opt-acceptCharges').val();
    if (charges) settings.acceptCharges = charges === 'true';
    var timeout = $('#opt-timeout').val();
    if (timeout !== '') {
      var ms = Number(timeout);
      if (!(ms >= 0) || Math.floor(ms) !== ms) return { error: 'timeout: a whole number of milliseconds' };
      settings.timeout = ms;
    }
    if ($('#opt-cache').prop('checked')) settings.cache = true;
    if ($('#opt-responseType').val() === 'blob') settings.responseType = 'blob';
    if ($('#opt-paginate').prop('checked')) {
      settings.paginate = 'all';
      settings.onPage = function onPage() {};
    }
    return settings;
  }

  /** Puts a call's options back in the form. */
  function writeOptions(settings) {
    var headers = settings.headers || {};
    $('#opt-headers').val(Object.keys(headers).map(function (name) {
      return name + ': ' + headers[name];
    }).join('\n'));
    $('#opt-acceptCharges').val(settings.acceptCharges === undefined ? '' : String(settings.acceptCharges));
    $('#opt-timeout').val(settings.timeout === undefined ? '' : String(settings.timeout));
    $('#opt-responseType').val(settings.responseType === 'blob' ? 'blob' : '');
    $('#opt-paginate').prop('checked', settings.paginate === 'all');
    $('#opt-cache').prop('checked', settings.cache === true);
    if (Object.keys(optionSettings()).length) $('#options').attr('open', 'open');
    readOptions();
  }

  // ----- sending ------------------------------------------------------------------------------------

  function send() {
    saveForm();
    var e = entry();
    var label = key();
    var settings = {};
    $('#placeholders input').removeClass('invalid');
    $('#placeholders input').each(function () {
      var value = this.value.trim();
      if (value !== '') settings[this.name] = value;
    });

    if (e.verb !== 'GET' && e.verb !== 'HEAD') {
      var text = getData();
      if (sendsBody(e.verb) && !isJsonType(e.contentType)) {
        if (state.file && e.contentType === 'application/pdf') settings.data = state.file;
        else if (text !== '') settings.data = text;
      } else if (text.trim() !== '') {
        var parsed = attempt(function () {
          return { value: JSON.parse(text) };
        });
        if (!parsed) {
          var message = '';
          try {
            JSON.parse(text);
          } catch (error) {
            message = error.message;
          }
          formProblem('data is not valid JSON', message, 'Fix the data box (or empty it) and send again.');
          return;
        }
        var warnings = dataWarnings(text);
        showDataWarnings(warnings);
        if (warnings.length && !state.sendAnyway) {
          formProblem('data would not be sent as typed', 'JSON.parse changes what the data box holds:', 'Change the data box, or send it as JSON.parse reads it.', {
            list: warnings,
            action: button('primary send-anyway', 'Send anyway', function () {
              state.sendAnyway = true;
              send();
            }),
          });
          return;
        }
        state.sendAnyway = false;
        settings.data = parsed.value;
      }
    }
    var filtersText = $('#filters').val().trim();
    if (filtersText !== '') {
      var filters = attempt(function () {
        return { value: JSON.parse(filtersText) };
      });
      if (!filters) {
        formProblem('filters is not valid JSON', filtersText.slice(0, 200), 'filters is a JSON object, e.g. {"paginate": false}.');
        return;
      }
      filters = filters.value;
      if (!filters || typeof filters !== 'object' || Array.isArray(filters)) {
        formProblem('filters must be a JSON object', String(JSON.stringify(filters)).slice(0, 200), 'e.g. {"filter_priv_level": "admin"}');
        return;
      }
      settings.filters = filters;
    }
    var options = optionSettings();
    if (options.error) {
      $('#options').attr('open', 'open');
      formProblem('an option is not valid', options.error, 'See the Options area.');
      return;
    }
    $.extend(settings, options);
    call(label, settings, 'explorer');
  }

  /** Calls the SDK method `label` ('ns.method', or 'request') with `settings`, and records it. */
  function call(label, settings, origin) {
    var record = newCall(label, settings, origin);
    if (origin !== 'background') showCall(record);
    var given = $.extend({}, settings, { consoleCall: record.id });
    if (settings && settings.paginate === 'all') {
      var onPage = settings.onPage;
      given.onPage = function (page) {
        record.pages += 1;
        record.items += page && Array.isArray(page.data) ? page.data.length : 0;
        if (record === current) renderSoon();
        if (typeof onPage === 'function') return onPage.apply(this, arguments);
      };
    }
    var promise;
    try {
      if (settings !== undefined && (settings === null || typeof settings !== 'object')) given = settings;
      if (label === 'request') {
        promise = sdk.request(given);
      } else {
        var parts = label.split('.');
        promise = sdk[parts[0]][parts[1]](given);
      }
    } catch (error) {
      var isSdkError = (window.KazooSdk && error instanceof window.KazooSdk.KazooSdkError) || (error && error.name === 'KazooSdkError');
      record.problem = {
        title: isSdkError ? 'KazooSdkError \u2014 nothing was sent' : (error && error.name) || 'Error',
        message: (error && error.message ? error.message : String(error)).slice(0, 4000),
        hint: isSdkError ? 'The SDK checks mandatory settings before sending: fill in the missing value and send again.' : null,
      };
      if (origin === 'explorer') {
        var missing = /missing mandatory setting "(\w+)"/.exec(record.problem.message);
        if (missing) $('#ph-' + missing[1]).addClass('invalid').trigger('focus');
      }
      render();
      if (origin === 'console') throw error;
      return null;
    }
    promise.done(function (response, textStatus, jqXHR) {
      record.outcome = { ok: true, status: (jqXHR && jqXHR.status) || 200, body: response, ended: Date.now() };
      settled(record);
    });
    promise.fail(function (error) {
      var last = record.exchanges[record.exchanges.length - 1];
      var refused = !!(error && error.httpErrorStatus === 402 && last && !last.options.acceptCharges && given.acceptCharges === undefined);
      record.outcome = { ok: false, status: error ? error.httpErrorStatus : 0, body: error, cancelled: refused, ended: Date.now() };
      settled(record);
    });
    return promise;
  }

  function settled(record) {
    if (record.origin === 'background') {
      delete calls[record.id];
      return;
    }
    renderHistory();
    if (record !== current) return;
    render();
    if (record.origin === 'explorer' || record.origin === 'history') scrollToResponse();
  }

  /** Brings the response into view when it is not (a narrow screen, a long request panel). */
  function scrollToResponse() {
    var card = document.getElementById('response-card');
    var box = card.getBoundingClientRect();
    var height = window.innerHeight || document.documentElement.clientHeight;
    if (box.top < 0 || box.top > height - 80) card.scrollIntoView({ block: 'start' });
  }

  // ----- session: login, check on load, expiry, logout ---------------------------------------------

  function showSession() {
    var session = state.session;
    var loggedIn = !!(session && session.token);
    state.accountId = loggedIn ? session.accountId : null;
    if (loggedIn) window.accountId = session.accountId;
    else delete window.accountId;
    $('#logout').prop('hidden', !loggedIn);
    $('#login-title').text(loggedIn && !relogin ? 'Session' : 'Log in');
    $('#login-form').prop('hidden', loggedIn && !relogin);
    if (loggedIn) {
      $('#whoami').text(session.user + '@' + session.accountName);
      $('#login-status').removeAttr('hidden').attr('class', 'status ok').empty().append(
        el('div', 'who').append(
          document.createTextNode('Logged in to '),
          el('strong', 'account-name', session.accountName),
          document.createTextNode(' as ' + session.user)
        ),
        el('dl', 'facts').append(
          el('dt', '', 'account id'), el('dd', '', session.accountId).attr('id', 'account-id'),
          el('dt', '', 'user id'), el('dd', '', session.userId || '\u2014')
        )
      );
      $('#placeholders input[name=accountId]').each(function () {
        if (!this.value) this.value = session.accountId;
      });
    } else {
      $('#whoami').text(relogin ? 'session expired' : 'not logged in');
    }
  }

  function login(event) {
    event.preventDefault();
    var accountName = $('#login-account').val().trim();
    var user = $('#login-user').val().trim();
    var password = $('#login-password').val();
    var data = { account_name: accountName, credentials: window.md5(user + ':' + password) };
    var status = $('#login-status').removeAttr('hidden').attr('class', 'status pending').text('Logging in\u2026');
    var waitingCall = relogin ? current : null; // shown again once it is re-sent
    $('#login-submit').prop('disabled', true);
    var promise = call('auth.userAuth', { data: data }, 'login');
    if (!promise) {
      $('#login-submit').prop('disabled', false);
      return;
    }
    promise
      .done(function (response) {
        var account = (response && response.data) || {};
        state.session = {
          token: response.auth_token,
          accountId: account.account_id,
          accountName: account.account_name || accountName,
          user: user,
          userId: account.owner_id || null,
          reseller: !!account.is_reseller,
        };
        state.values.accountId = account.account_id;
        $('#placeholders input[name=accountId]').val(account.account_id);
        persist();
        var waiting = relogin;
        relogin = null;
        $('#relogin-note, #login-cancel').prop('hidden', true);
        $('#login-card').removeClass('prompt');
        showSession();
        if (waiting) waiting.resolve(response);
        if (waitingCall) showCall(waitingCall);
        loadSandboxData();
      })
      .fail(function (error) {
        status.attr('class', 'status fail').text(
          'Login failed: ' + (error.httpErrorStatus || 0) + ' ' + (error.message || '') +
            (error.data && error.data.message ? ' (' + error.data.message + ')' : '')
        );
      })
      .always(function () {
        $('#login-submit').prop('disabled', false);
      });
  }

  /** The token is gone: the header stops naming a user, and the login form asks again. */
  function sessionExpired(message) {
    if (state.session) {
      $('#login-account').val(state.session.accountName);
      $('#login-user').val(state.session.user);
    }
    state.session = null;
    persist();
    $('#login-card').addClass('prompt');
    $('#relogin-note').removeAttr('hidden').text(message);
    $('#login-status').attr('hidden', true);
    showSession();
    $('#whoami').text('session expired');
    $('#login-form').prop('hidden', false);
  }

  /** The SDK's `reauth`: a 401 waits here for a new login (or Cancel), then is sent again once. */
  function reauth() {
    if (!relogin) {
      relogin = $.Deferred();
      sessionExpired(state.session
        ? 'The token was refused (expired?): log in again and the waiting calls are sent again.'
        : 'This call needs a login: log in and it is sent again.');
      $('#login-cancel').removeAttr('hidden');
      document.getElementById('login-card').scrollIntoView({ block: 'start' });
      $('#login-password').trigger('focus');
      if (current) render();
    }
    return relogin.promise();
  }

  function cancelRelogin() {
    var waiting = relogin;
    relogin = null;
    $('#login-cancel').prop('hidden', true);
    $('#relogin-note').text('Not logged in: the waiting calls ended with their 401.');
    showSession();
    if (waiting) waiting.resolve(null);
  }

  function logout() {
    state.session = null;
    persist();
    makeSdk(null);
    if (relogin) cancelRelogin();
    $('#relogin-note').prop('hidden', true);
    $('#login-card').removeClass('prompt');
    $('#login-status').attr('class', 'status').text('Logged out: the token is forgotten.').removeAttr('hidden');
    showSession();
    $('#sandbox-data').empty().append(el('p', 'empty', 'Log in to list the sandbox\'s resources.'));
  }

  /** On load: is the saved token still good? (account.get, without the re-login prompt) */
  function checkSession() {
    var session = state.session;
    showSession();
    $('#whoami').text('checking the saved session\u2026');
    var promise = call('account.get', { accountId: session.accountId, reauth: null }, 'background');
    if (!promise) return;
    promise.done(function (response) {
      var account = (response && response.data) || {};
      if (account.name) session.accountName = account.name;
      showSession();
      loadSandboxData();
    }).fail(function (error) {
      if (error && error.httpErrorStatus === 401) sessionExpired('Your saved session has expired: log in again.');
      else showSession();
    });
  }

  // ----- sandbox data ---------------------------------------------------------------------------------

  function itemName(item) {
    if (!item || typeof item !== 'object') return '';
    var name = item.name || [item.first_name, item.last_name].filter(Boolean).join(' ') || item.username || item.from || item.caller_id_name || item.uri || '';
    return typeof name === 'string' ? name : '';
  }

  /** The ids of a list's answer: an array of documents, or an object keyed by id (numbers, attachments). */
  function itemsOf(response) {
    var data = response && response.data;
    if (data && !Array.isArray(data) && typeof data === 'object' && data.numbers && typeof data.numbers === 'object') data = data.numbers;
    if (Array.isArray(data)) {
      return data.filter(function (item) {
        return item && (typeof item.id === 'string' || typeof item.id === 'number');
      }).map(function (item) {
        return { id: String(item.id), name: itemName(item) };
      });
    }
    if (data && typeof data === 'object') {
      return Object.keys(data).map(function (id) {
        return { id: id, name: itemName(data[id]) };
      });
    }
    return [];
  }

  function lastPlaceholder(label) {
    var names = placeholders(lookup(label).forms[0].url);
    return names[names.length - 1];
  }

  /** Fills the form from a sandbox id: the method that opens it, its placeholders. */
  function fillFrom(open, values) {
    var names = Object.keys(values);
    var e = entry();
    var fits = names.every(function (name) {
      return e.placeholders.indexOf(name) !== -1;
    });
    if (!fits) {
      var parts = open.split('.');
      selectMethod(parts[0], parts[1]);
    }
    names.forEach(function (name) {
      state.values[name] = values[name];
      $('#ph-' + name).val(values[name]).removeClass('invalid');
    });
    saveForm();
    var first = $('#placeholders input').filter(function () {
      return !this.value;
    }).first();
    (first.length ? first : $('#send')).trigger('focus');
  }

  function idButton(item, open, values) {
    var node = button('sandbox-id', '', function () {
      fillFrom(open, values);
    }).attr({ 'data-open': open, 'data-id': item.id, title: 'Fill ' + Object.keys(values).join(', ') + ' for ' + open });
    if (item.name) node.append(el('span', 'sandbox-name', item.name));
    node.append(el('code', '', item.id));
    return node;
  }

  var sandboxSeq = 0;
  function loadSandboxData() {
    var box = $('#sandbox-data').empty();
    if (!state.session) {
      box.append(el('p', 'empty', 'Log in to list the sandbox\'s resources.'));
      return;
    }
    var accountId = state.session.accountId;
    var run = ++sandboxSeq;
    SANDBOX_KINDS.forEach(function (kind) {
      if (!lookup(kind.list) || !lookup(kind.open)) return;
      var group = el('details', 'sandbox-kind').attr({ 'data-list': kind.list, open: 'open' });
      var summary = el('summary', '', kind.title + ' \u2026');
      var items = el('div', 'sandbox-items');
      group.append(summary, items);
      box.append(group);
      var promise = call(kind.list, { accountId: accountId, reauth: null }, 'background');
      if (!promise) return;
      var idName = lastPlaceholder(kind.open);
      promise.done(function (response) {
        if (run !== sandboxSeq) return;
        var found = itemsOf(response);
        summary.text(kind.title + ' (' + found.length + ')');
        if (!found.length) items.append(el('p', 'empty', 'none'));
        found.slice(0, 50).forEach(function (item) {
          var values = { accountId: accountId };
          values[idName] = item.id;
          var row = el('div', 'sandbox-row').append(idButton(item, kind.open, values));
          items.append(row);
          if (kind.children) {
            var child = kind.children;
            var inner = el('div', 'sandbox-children').append(el('span', 'hint', child.title + ': '));
            row.append(inner);
            var sub = call(child.list, values, 'background');
            if (!sub) return;
            sub.done(function (answer) {
              itemsOf(answer).forEach(function (doc) {
                var more = $.extend({}, values);
                more[lastPlaceholder(child.open)] = doc.id;
                inner.append(idButton({ id: doc.id, name: '' }, child.open, more));
              });
            });
          }
        });
      }).fail(function (error) {
        if (run !== sandboxSeq) return;
        summary.text(kind.title + ' (' + ((error && error.httpErrorStatus) || 'error') + ')');
      });
    });
  }

  // ----- search -------------------------------------------------------------------------------------

  var methodIndex = [];
  Object.keys(table).forEach(function (ns) {
    Object.keys(table[ns]).forEach(function (name) {
      var e = table[ns][name];
      var label = ns + '.' + name;
      var urls = e.forms.map(function (form) {
        return form.verb + ' ' + form.url;
      }).join(' ');
      methodIndex.push({ label: label, ns: ns, name: name, verb: e.verb, url: e.url, text: (label + ' ' + urls).toLowerCase() });
    });
  });

  var search = { results: [], active: -1 };

  function findMethods(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var found = [];
    methodIndex.forEach(function (item) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var at = item.text.indexOf(word);
        if (at === -1) return;
        if (item.label.toLowerCase() === word) score += 100;
        else if (item.name.toLowerCase() === word || item.ns.toLowerCase() === word) score += 30;
        else if (item.verb.toLowerCase() === word) score += 20;
        else if (at < item.label.length) score += 10;
      }
      found.push({ item: item, score: score });
    });
    found.sort(function (a, b) {
      return b.score - a.score || (a.item.label < b.item.label ? -1 : 1);
    });
    return found.map(function (f) {
      return f.item;
    });
  }

  function renderSearch() {
    var list = $('#search-results').empty();
    var shown = search.results.slice(0, 50);
    list.prop('hidden', !shown.length);
    $('#search').attr('aria-expanded', shown.length ? 'true' : 'false');
    shown.forEach(function (item, index) {
      var option = el('li', 'search-result' + (index === search.active ? ' active' : '')).attr({
        role: 'option', id: 'search-option-' + index, 'data-method': item.label, 'aria-selected': index === search.active ? 'true' : 'false',
      });
      option.append(el('span', 'verb verb-' + item.verb, item.verb), el('span', 'search-label', item.label), urlNode('search-url', item.url));
      option.on('mousedown', function (event) {
        event.preventDefault();
        pickResult(index);
      });
      list.append(option);
    });
    if (search.results.length > shown.length) list.append(el('li', 'hint search-more', (search.results.length - shown.length) + ' more: type more words'));
    var active = document.getElementById('search-option-' + search.active);
    if (active) {
      $('#search').attr('aria-activedescendant', active.id);
      if (active.scrollIntoView) active.scrollIntoView({ block: 'nearest' });
    } else {
      $('#search').removeAttr('aria-activedescendant');
    }
  }

  function pickResult(index) {
    var item = search.results[index];
    if (!item) return;
    search = { results: [], active: -1 };
    $('#search').val('');
    renderSearch();
    selectMethod(item.ns, item.name);
    var first = $('#placeholders input').filter(function () {
      return !this.value;
    }).first();
    (first.length ? first : $(sendsBody(item.verb) ? '#data' : '#send')).trigger('focus');
  }

  function onSearchKey(event) {
    var shown = Math.min(search.results.length, 50);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) return;
      var step = event.key === 'ArrowDown' ? 1 : -1;
      search.active = (search.active + step + shown) % shown;
      renderSearch();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pickResult(search.active >= 0 ? search.active : 0);
    } else if (event.key === 'Escape') {
      search = { results: [], active: -1 };
      $('#search').val('');
      renderSearch();
    }
  }

  // ----- wiring -----------------------------------------------------------------------------------

  function readHash() {
    var match = /^#(\w+)\.(\w+)$/.exec(location.hash);
    return match && lookup(match[1] + '.' + match[2]) ? { ns: match[1], method: match[2] } : { ns: 'user', method: 'list' };
  }

  $(function () {
    var options = window.consoleOptions || { jquery: '4.0.0', versions: [], build: '' };
    $('#api-root').text(API_ROOT);
    var versions = $('#jquery-version');
    options.versions.forEach(function (version) {
      versions.append(el('option', '', version + (version === options.jquery ? ' (' + $.fn.jquery + ')' : '')).val(version));
    });
    versions.val(options.jquery).on('change', function () {
      var params = new URLSearchParams(location.search);
      params.set('jquery', this.value);
      location.search = params.toString();
    });
    document.documentElement.setAttribute('data-jquery', $.fn.jquery);

    makeSdk(state.session && state.session.token);
    window.kazooSdk = consoleFacade();

    restoreOptions();
    fillNamespaces();
    var start = readHash();
    selectMethod(start.ns, start.method, true);
    $('#ns').on('change', function () {
      selectMethod(this.value, null);
    });
    $('#method').on('change', function () {
      selectMethod(state.ns, this.value);
    });
    $(window).on('hashchange', function () {
      var target = readHash();
      if (target.ns !== state.ns || target.method !== state.method) selectMethod(target.ns, target.method, true);
    });
    $('#search').on('input', function () {
      search = { results: findMethods(this.value), active: 0 };
      renderSearch();
    }).on('keydown', onSearchKey).on('blur', function () {
      setTimeout(function () {
        $('#search-results').prop('hidden', true);
        $('#search').attr('aria-expanded', 'false');
      }, 150);
    }).on('focus', function () {
      if (search.results.length) renderSearch();
    });
    $('#data').on('input', checkDataSoon).on('paste', onDataPaste);
    $('#data-held-edit').on('click', function () {
      var text = state.held;
      state.held = null;
      $('#data-held').prop('hidden', true);
      $('#data').prop('hidden', false).val(text || '');
    });
    $('#data-held-clear').on('click', function () {
      setData('');
      showDataWarnings([]);
      $('#data').trigger('focus');
    });
    $('#options').on('change input', readOptions);
    $('#data-file').on('change', function () {
      var file = this.files && this.files[0];
      state.file = null;
      if (!file) return;
      if (entry().contentType === 'application/x-base64') {
        var reader = new FileReader();
        reader.onload = function () {
          setData(reader.result);
        };
        reader.readAsDataURL(file);
      } else {
        state.file = file;
      }
    });
    $('#explorer-form').on('submit', function (event) {
      event.preventDefault();
      send();
    });
    $('#explorer-form textarea, #explorer-form input').not('#search').on('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    });
    $('#login-form').on('submit', login);
    $('#login-cancel').on('click', cancelRelogin);
    $('#logout').on('click', logout);
    $('#sandbox-refresh').on('click', loadSandboxData);
    if (state.session) checkSession();
    else showSession();
    document.documentElement.setAttribute('data-ready', 'true');
  });
})();
