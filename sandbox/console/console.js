/*
 * The API console of `npm start`: a login form and an explorer built from $.getKazooSdk.endpoints,
 * driving one SDK instance (window.kazooSdk) against the sandbox of the same origin.
 *
 * Every exchange of that instance is shown on the right, wherever the call came from (the explorer,
 * the login form, or the browser console):
 * - onRequestStart(jqXHR, options) opens an exchange: verb, url, apiRoot, filters, data;
 * - the XHR jQuery creates right after it records what really goes on the wire (URL, headers set
 *   by the page, body);
 * - onRequestEnd(responseOrJqXHR, options) closes it with the HTTP status.
 * A call's final outcome is what its promise settles with (after any 402 retry). Charges are
 * confirmed through the SDK's own default dialog (window.confirm): no confirmCharges is given.
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
  var endpoints = $.getKazooSdk.endpoints;
  var REASONS = {
    0: 'no answer', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request',
    401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
    409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error',
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

  // ----- state ------------------------------------------------------------------------------------

  var state = {
    ns: null,
    method: null,
    values: {}, // placeholder name -> last value typed (kept across methods)
    dataText: {}, // 'ns.method' -> data box text
    filtersText: {}, // 'ns.method' -> filters box text
    file: null, // the file chosen for a PDF body
    accountId: null,
  };
  var calls = {}; // id -> call
  var current = null; // the call shown on the right
  var callSeq = 0;
  var waitingForXhr = null; // the exchange onRequestStart just opened, waiting for its XHR
  var blobUrl = null;

  function newCall(label, settings, origin) {
    callSeq += 1;
    var call = { id: 'call-' + callSeq, label: label, settings: settings, origin: origin, exchanges: [], outcome: null, problem: null };
    calls[call.id] = call;
    return call;
  }

  function showCall(call) {
    current = call;
    render();
  }

  // ----- the SDK instance -------------------------------------------------------------------------

  var kazooSdk = $.getKazooSdk({
    apiRoot: API_ROOT,
    onRequestStart: function (jqXHR, options) {
      var call = options.consoleCall && calls[options.consoleCall];
      if (!call) {
        // A call made elsewhere (the browser console): show it too. Retries copy the options, so
        // marking them keeps a 402 retry inside the same call.
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
    },
    onRequestEnd: function (responseOrXhr, options) {
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
      exchange.ended = Date.now();
      exchange.status = exchange.jqXHR.status || 0;
      exchange.statusText = exchange.jqXHR.statusText;
      var failed = responseOrXhr === exchange.jqXHR;
      if (call.origin === 'console') {
        // No promise to wait for: the last exchange's answer is the outcome.
        call.outcome = failed
          ? { ok: false, status: exchange.status, body: parseErrorBody(exchange.jqXHR) }
          : { ok: true, status: exchange.status, body: responseOrXhr };
      }
      if (call === current) render();
    },
  });
  window.kazooSdk = kazooSdk;

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

  function parseErrorBody(jqXHR) {
    try {
      var parsed = JSON.parse(jqXHR.responseText);
      if (parsed && typeof parsed === 'object') return parsed;
    } catch (e) {
      // not JSON
    }
    return { httpErrorStatus: jqXHR.status || 0, statusText: jqXHR.statusText };
  }

  /** 'user.get' for a verb and a filled url, from the table; 'request' when nothing matches. */
  function guessMethod(verb, url) {
    var path = String(url || '').split('?')[0];
    for (var ns in endpoints) {
      for (var name in endpoints[ns]) {
        var entry = endpoints[ns][name];
        if (entry.verb !== verb) continue;
        var pattern = entry.url.split('?')[0].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
        if (new RegExp('^' + pattern + '$').test(path)) return ns + '.' + name;
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

  function reason(status, statusText) {
    return REASONS[status] || statusText || '';
  }

  function statusClass(status) {
    if (status >= 200 && status < 300) return 'ok';
    if (status === 402) return 'charges';
    return 'fail';
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function isBlob(value) {
    return typeof Blob !== 'undefined' && value instanceof Blob;
  }

  function describeBlob(blob) {
    return (blob.name ? 'File ' + blob.name + ', ' : 'Blob ') + blob.size + ' bytes, ' + (blob.type || 'no type');
  }

  /** Pretty JSON with light syntax colouring (returns HTML). */
  function jsonHtml(value) {
    var json = JSON.stringify(value, null, 2);
    if (json === undefined) return '<span class="j-lit">undefined</span>';
    return json.replace(
      /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
      function (match, string, colon, literal, number) {
        if (string) return '<span class="' + (colon ? 'j-key' : 'j-str') + '">' + escapeHtml(string) + '</span>' + (colon || '');
        if (literal) return '<span class="j-lit">' + literal + '</span>';
        return '<span class="j-num">' + number + '</span>';
      }
    );
  }

  function truncate(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max) + '\u2026 (' + (text.length - max) + ' more characters)' : text;
  }

  /** `kazooSdk.ns.method({...})` as one would type it in the browser console. */
  function snippet(label, settings) {
    var keys = Object.keys(settings || {}).filter(function (key) {
      return settings[key] !== undefined;
    });
    if (!keys.length) return 'kazooSdk.' + label + '()';
    var lines = keys.map(function (key) {
      var value = settings[key];
      var text;
      if (isBlob(value)) text = '/* ' + describeBlob(value) + ' */';
      else if (typeof value === 'string') text = JSON.stringify(truncate(value, 120));
      else text = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      return '  ' + (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)) + ': ' + text;
    });
    return 'kazooSdk.' + label + '({\n' + lines.join(',\n') + '\n})';
  }

  /** A URL as text with a break opportunity after each '/', '?' and '&' (no mid-word wrapping). */
  function urlNode(className, url) {
    var node = el('span', className);
    String(url).split(/([/?&])/).forEach(function (part) {
      if (!part) return;
      node.append(document.createTextNode(part));
      if (/^[/?&]$/.test(part)) node.append(document.createElement('wbr'));
    });
    return node;
  }

  function el(tag, className, text) {
    var node = $(document.createElement(tag));
    if (className) node.attr('class', className);
    if (text !== undefined) node.text(text);
    return node;
  }

  // ----- rendering the right column ---------------------------------------------------------------

  function render() {
    renderRequest();
    renderResponse();
  }

  function renderRequest() {
    var panel = $('#request').empty();
    var call = current;
    if (!call) {
      panel.append(el('p', 'empty', 'Send a request to see it here.'));
      return;
    }
    var head = el('div', 'call-head');
    head.append(el('span', 'call-label', call.origin === 'console' ? 'from the browser console' : call.origin === 'login' ? 'from the login form' : 'from the explorer'));
    panel.append(head);
    if (call.settings) panel.append(el('pre', 'code snippet', snippet(call.label, call.settings)));
    else panel.append(el('pre', 'code snippet', 'kazooSdk.' + call.label + '(\u2026)'));
    if (call.problem) {
      panel.append(el('p', 'nothing-sent', 'Nothing was sent.'));
      return;
    }
    call.exchanges.forEach(function (exchange, index) {
      panel.append(renderExchange(call, exchange, index));
    });
  }

  function renderExchange(call, exchange, index) {
    var outer = el('div', 'exchange').attr('data-index', index);
    var box = outer;
    var line = el('div', 'exchange-line');
    var verb = exchange.wire.method || exchange.verb;
    var url = exchange.wire.url || String(exchange.apiRoot || '').replace(/\/?$/, '/') + exchange.url;
    line.append(el('span', 'verb verb-' + verb, verb));
    line.append(urlNode('url', url));
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
    } else if (index > 0 && exchange.options.acceptCharges === true) {
      note = 'Charges accepted: the SDK re-sent the request with accept_charges.';
    } else if (call.exchanges.length > 1) {
      note = 'Exchange ' + (index + 1) + ' of ' + call.exchanges.length + '.';
    }
    if (note) box.append(el('p', 'exchange-note' + (exchange.status === 402 ? ' charges' : ''), note));
    // Earlier exchanges of a call fold their details away; the last one shows them.
    var details = el('details', 'exchange-details');
    if (index === call.exchanges.length - 1) details.attr('open', 'open');
    details.append(el('summary', '', 'headers and body'));
    box.append(details);
    box = details;
    if (exchange.filters && Object.keys(exchange.filters).length) {
      box.append(el('div', 'sub', 'filters'));
      box.append($('<pre class="code"></pre>').html(jsonHtml(exchange.filters)));
    }

    box.append(el('div', 'sub', 'Headers set by the page'));
    var table = el('table', 'headers');
    if (!exchange.wire.headers.length) table.append(el('tr').append(el('td', 'empty', '(none recorded)')));
    exchange.wire.headers.forEach(function (pair) {
      table.append(el('tr').append(el('th', '', pair[0]), el('td', '', pair[1])));
    });
    box.append(table);

    if (verb !== 'GET' && verb !== 'HEAD') {
      box.append(el('div', 'sub', 'Body'));
      box.append(renderBody(exchange));
    }
    return outer;
  }

  function renderBody(exchange) {
    var body = exchange.wire.sent ? exchange.wire.body : exchange.data;
    if (body === null || body === undefined || body === '') return el('pre', 'code muted', '(no body)');
    if (isBlob(body)) return el('pre', 'code', describeBlob(body));
    if (typeof body === 'string') {
      try {
        if (/^\s*[{[]/.test(body)) return $('<pre class="code body"></pre>').html(jsonHtml(JSON.parse(body)));
      } catch (e) {
        // not JSON: shown as text
      }
      return el('pre', 'code body', truncate(body, 4000));
    }
    return $('<pre class="code body"></pre>').html(jsonHtml(body));
  }

  function renderResponse() {
    var panel = $('#response').empty();
    var badge = $('#response-status').attr('hidden', true).text('').attr('class', 'badge');
    var call = current;
    // for tests and curious readers: which call is shown, and whether it is finished
    panel.attr('data-call', call ? call.id : '').attr('data-state', !call ? 'empty' : call.problem ? 'problem' : call.outcome ? 'done' : 'pending');
    if (blobUrl && (!call || !call.outcome || !isBlob(call.outcome.body))) {
      URL.revokeObjectURL(blobUrl);
      blobUrl = null;
    }
    if (!call) {
      panel.append(el('p', 'empty', 'No response yet.'));
      return;
    }
    if (call.problem) {
      var box = el('div', 'problem');
      box.append(el('strong', 'problem-title', call.problem.title));
      box.append(el('p', 'problem-message', call.problem.message));
      if (call.problem.hint) box.append(el('p', 'hint', call.problem.hint));
      panel.append(box);
      return;
    }
    if (!call.outcome) {
      var last = call.exchanges[call.exchanges.length - 1];
      var waiting = last && last.ended && last.status === 402
        ? 'The server asks to accept charges: the SDK is asking through its dialog (window.confirm).'
        : 'Waiting for the answer\u2026';
      panel.append(el('p', 'empty', waiting));
      return;
    }
    var outcome = call.outcome;
    badge.removeAttr('hidden').addClass(statusClass(outcome.status)).text(outcome.status + ' ' + reason(outcome.status));
    var summary;
    if (outcome.ok) summary = 'success(response) \u2014 the promise resolved with:';
    else if (outcome.cancelled) summary = 'Charges refused: error(responseData) \u2014 the promise was rejected with:';
    else summary = 'error(responseData) \u2014 the promise was rejected with:';
    if (call.origin === 'console') summary = outcome.ok ? 'Last exchange answered:' : 'Last exchange failed with:';
    panel.append(el('p', 'outcome-summary ' + (outcome.ok ? 'ok' : 'fail'), summary));

    var body = outcome.body;
    var pre = $('<pre id="response-body" class="code body"></pre>');
    if (isBlob(body)) {
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      blobUrl = URL.createObjectURL(body);
      var extension = /pdf/.test(body.type) ? '.pdf' : '.bin';
      pre.text(describeBlob(body));
      panel.append(pre);
      panel.append(
        el('a', 'download', 'Download').attr({ href: blobUrl, download: call.label.replace(/\./g, '-') + extension, id: 'response-download' })
      );
    } else if (typeof body === 'string') {
      panel.append(el('p', 'hint', 'A string of ' + body.length + ' characters:'));
      panel.append(pre.text(truncate(body, 20000)));
    } else {
      panel.append(pre.html(jsonHtml(body)));
    }
  }

  // ----- the explorer form ------------------------------------------------------------------------

  function entry() {
    return endpoints[state.ns][state.method];
  }

  function key() {
    return state.ns + '.' + state.method;
  }

  function fillNamespaces() {
    var select = $('#ns').empty();
    Object.keys(endpoints).forEach(function (ns) {
      select.append(el('option', '', ns + ' (' + Object.keys(endpoints[ns]).length + ')').val(ns));
    });
  }

  function fillMethods() {
    var select = $('#method').empty();
    Object.keys(endpoints[state.ns]).forEach(function (name) {
      select.append(el('option', '', name + ' \u2014 ' + endpoints[state.ns][name].verb).val(name));
    });
  }

  function selectMethod(ns, method, fromHash) {
    saveForm();
    if (!endpoints[ns]) ns = 'user';
    if (state.ns !== ns) {
      state.ns = ns;
      fillMethods();
    }
    $('#ns').val(ns);
    if (!endpoints[ns][method]) method = Object.keys(endpoints[ns])[0];
    state.method = method;
    $('#method').val(method);
    state.file = null;
    if (!fromHash && window.history && history.replaceState) history.replaceState(null, '', location.pathname + location.search + '#' + key());
    renderForm();
  }

  function saveForm() {
    if (!state.ns) return;
    $('#placeholders input').each(function () {
      state.values[this.name] = this.value;
    });
    state.dataText[key()] = $('#data').val();
    state.filtersText[key()] = $('#filters').val();
  }

  function renderForm() {
    var e = entry();
    // verb + url template, placeholders highlighted
    var template = $('#template').empty();
    template.append(el('span', 'verb verb-' + e.verb, e.verb));
    var url = el('code', 'url-template');
    url.append(urlNode('root', API_ROOT));
    e.url.split(/(\{\w+\})/).forEach(function (part) {
      if (part) url.append(/^\{\w+\}$/.test(part) ? el('span', 'ph', part) : urlNode('', part));
    });
    template.append(url);
    var tags = el('div', 'tags');
    if (e.contentType) tags.append(el('span', 'tag', 'sends ' + e.contentType));
    if (e.accept) tags.append(el('span', 'tag', 'receives ' + e.accept));
    if (e.auth) tags.append(el('span', 'tag', 'login: stores the token'));
    if (e.dataOptional) tags.append(el('span', 'tag', 'data optional'));
    if (tags.children().length) template.append(tags);

    // one input per {placeholder}
    var fields = $('#placeholders').empty();
    var names = placeholders(e.url);
    if (!names.length) fields.append(el('p', 'hint', 'No placeholder in this URL.'));
    names.forEach(function (name) {
      var value = state.values[name];
      if ((value === undefined || value === '') && name === 'accountId' && state.accountId) value = state.accountId;
      var input = el('input').attr({ name: name, id: 'ph-' + name, placeholder: 'required', spellcheck: 'false' }).val(value || '');
      fields.append(el('label', 'ph-field').append(el('span', 'ph-name', name), input));
    });

    // data: JSON, or raw for the other content types; none for GET
    var hasBody = e.verb !== 'GET' && e.verb !== 'HEAD';
    var json = isJsonType(e.contentType);
    $('#data-field').prop('hidden', !hasBody);
    var required = (e.verb === 'PUT' || e.verb === 'POST') && !e.dataOptional;
    $('#data-label').empty().append(
      document.createTextNode('data '),
      el('small', '', (json ? '(JSON)' : '(raw ' + e.contentType + ')') + (required ? ' required' : ' optional'))
    );
    var text = state.dataText[key()];
    if (text === undefined) {
      var sample = SAMPLES[key()];
      if (sample !== undefined) text = typeof sample === 'string' ? sample : JSON.stringify(sample, null, 2);
      else text = json && required ? '{}' : '';
    }
    $('#data').val(text).toggleClass('raw', !json).attr('placeholder', json ? '{ }' : e.contentType);
    var fileType = e.contentType === 'application/pdf' || e.contentType === 'application/x-base64';
    $('#data-file-row').prop('hidden', !hasBody || !fileType);
    $('#data-file').val('').attr('accept', e.contentType === 'application/pdf' ? 'application/pdf' : '');
    $('#data-file-hint').text(RAW_HINTS[e.contentType] || '');
    $('#filters').val(state.filtersText[key()] || '');
  }

  function formProblem(title, message, hint) {
    var call = newCall(key(), null, 'explorer');
    call.problem = { title: title, message: message, hint: hint };
    showCall(call);
  }

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
      var text = $('#data').val();
      if (!isJsonType(e.contentType)) {
        if (state.file && e.contentType === 'application/pdf') settings.data = state.file;
        else if (text !== '') settings.data = text;
      } else if (text.trim() !== '') {
        try {
          settings.data = JSON.parse(text);
        } catch (error) {
          formProblem('data is not valid JSON', error.message, 'Fix the data box (or empty it) and send again.');
          return;
        }
      }
    }
    var filtersText = $('#filters').val().trim();
    if (filtersText !== '') {
      var filters;
      try {
        filters = JSON.parse(filtersText);
      } catch (error) {
        formProblem('filters is not valid JSON', error.message, 'filters is a JSON object, e.g. {"paginate": false}.');
        return;
      }
      if (!filters || typeof filters !== 'object' || Array.isArray(filters)) {
        formProblem('filters must be a JSON object', JSON.stringify(filters), 'e.g. {"filter_priv_level": "admin"}');
        return;
      }
      settings.filters = filters;
    }
    call(label, settings, 'explorer');
  }

  /** Calls kazooSdk[ns][method](settings) and records its outcome. */
  function call(label, settings, origin) {
    var parts = label.split('.');
    var record = newCall(label, settings, origin);
    showCall(record);
    var promise;
    try {
      promise = kazooSdk[parts[0]][parts[1]]($.extend({ consoleCall: record.id }, settings));
    } catch (error) {
      var isSdkError = (window.KazooSdk && error instanceof window.KazooSdk.KazooSdkError) || (error && error.name === 'KazooSdkError');
      record.problem = {
        title: isSdkError ? 'KazooSdkError \u2014 nothing was sent' : (error && error.name) || 'Error',
        message: error && error.message ? error.message : String(error),
        hint: isSdkError ? 'The SDK checks mandatory settings before sending: fill in the missing value and send again.' : null,
      };
      var missing = /missing mandatory setting "(\w+)"/.exec(record.problem.message);
      if (missing) $('#ph-' + missing[1]).addClass('invalid').trigger('focus');
      render();
      return null;
    }
    var chargesRefused = false;
    promise.done(function (response, textStatus, jqXHR) {
      record.outcome = { ok: true, status: (jqXHR && jqXHR.status) || 200, body: response };
      if (record === current) render();
    });
    promise.fail(function (error) {
      var last = record.exchanges[record.exchanges.length - 1];
      chargesRefused = error && error.httpErrorStatus === 402 && last && !last.options.acceptCharges;
      record.outcome = { ok: false, status: error ? error.httpErrorStatus : 0, body: error, cancelled: chargesRefused };
      if (record === current) render();
    });
    return promise;
  }

  // ----- login ------------------------------------------------------------------------------------

  function login(event) {
    event.preventDefault();
    var accountName = $('#login-account').val().trim();
    var user = $('#login-user').val().trim();
    var password = $('#login-password').val();
    var data = { account_name: accountName, credentials: window.md5(user + ':' + password) };
    var status = $('#login-status').removeAttr('hidden').attr('class', 'status pending').text('Logging in\u2026');
    $('#login-submit').prop('disabled', true);
    var promise = call('auth.userAuth', { data: data }, 'login');
    if (!promise) {
      $('#login-submit').prop('disabled', false);
      return;
    }
    promise
      .done(function (response) {
        var account = (response && response.data) || {};
        state.accountId = account.account_id;
        window.accountId = account.account_id;
        state.values.accountId = account.account_id;
        $('#placeholders input[name=accountId]').val(account.account_id);
        status.attr('class', 'status ok').empty().append(
          el('div', 'who').append(
            document.createTextNode('Logged in to '),
            el('strong', 'account-name', account.account_name || accountName),
            document.createTextNode(' as ' + user)
          ),
          el('dl', 'facts').append(
            el('dt', '', 'account id'), el('dd', '', account.account_id).attr('id', 'account-id'),
            el('dt', '', 'user id'), el('dd', '', account.owner_id || '\u2014'),
            el('dt', '', 'reseller'), el('dd', '', account.is_reseller ? 'yes' : 'no')
          ),
          el('p', 'hint', 'window.kazooSdk and window.accountId are ready in the browser console.')
        );
        $('#whoami').text(user + '@' + (account.account_name || accountName));
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

  // ----- wiring -----------------------------------------------------------------------------------

  function readHash() {
    var match = /^#(\w+)\.(\w+)$/.exec(location.hash);
    return match ? { ns: match[1], method: match[2] } : { ns: 'user', method: 'list' };
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
    $('#data-file').on('change', function () {
      var file = this.files && this.files[0];
      state.file = null;
      if (!file) return;
      if (entry().contentType === 'application/x-base64') {
        var reader = new FileReader();
        reader.onload = function () {
          $('#data').val(reader.result);
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
    $('#explorer-form textarea, #explorer-form input').on('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    });
    $('#login-form').on('submit', login);
    document.documentElement.setAttribute('data-ready', 'true');
  });
})();
