/**
 * Step 2 of a request: one HTTP exchange through $.ajax, and its answer read (bytes, text, JSON).
 * It knows nothing of calls, hooks or follow-ups: it sends a request and reports one answer.
 */
import type { FailedExchange } from './errors';
import type { Request } from './options';
import { own } from './own';
import type { RequestOptions } from './types';

/** What an exchange came back with. */
export interface Answer extends FailedExchange {
  jqXHR: JQuery.jqXHR;
  /** A 2xx or 304 answer. */
  ok: boolean;
  /** The body: parsed JSON (then also in `json`), a string, or a Blob; undefined when empty. */
  value?: any;
}

/**
 * Sends `req` and reports its answer to `ended`, exactly once (also when the page's prefilters or
 * onRequestStart abort it before jQuery would call back). While it is in flight, `holder.jqXHR` is
 * its jqXHR (set before onRequestStart runs, so that it can be aborted from there).
 */
export function transmit($: JQueryStatic, req: Request, opts: RequestOptions, holder: { jqXHR: JQuery.jqXHR | null }, ended: (answer: Answer) => void): void {
  var done = false;
  function end(jqXHR: JQuery.jqXHR, textStatus: string) {
    if (done) return;
    done = true;
    if (holder.jqXHR === jqXHR) holder.jqXHR = null;
    ended(answerOf(jqXHR, textStatus, req, opts));
  }
  // Only strings, numbers and bodies reach $.ajax: jQuery before 3.4 deep-copies its options, so a
  // `__proto__` key in an object handed to it would reach Object.prototype.
  var settings: JQuery.AjaxSettings = {
    url: req.url,
    type: req.verb,
    headers: req.headers,
    processData: false,
    contentType: req.type,
    dataType: 'text',
    cache: opts.cache === true,
    // (closures rather than `context`, which makes $.ajax itself about 5% slower)
    complete: end,
  };
  // (keys left out rather than undefined: $.ajax walks every key it is given)
  if (req.body !== undefined) settings.data = req.body as string;
  // A beforeSend, even one doing nothing, makes $.ajax about 5% slower: one is given for
  // onRequestStart, or to keep the page's own $.ajaxSetup beforeSend from taking the request over.
  if (opts.onRequestStart || $.ajaxSettings.beforeSend) {
    settings.beforeSend = function (jqXHR) {
      holder.jqXHR = jqXHR;
      invoke(opts.onRequestStart, opts, jqXHR, opts);
    };
  }
  // a number, 0 included: a call's timeout 0 switches a page-wide $.ajaxSetup timeout off
  if (typeof opts.timeout === 'number') settings.timeout = opts.timeout;
  if (req.binary || opts.uploadProgress || opts.downloadProgress) settings.xhr = xhrFor($, opts, req.binary);
  var jqXHR = $.ajax(settings);
  if (done) return;
  holder.jqXHR = jqXHR;
  // Aborted by a prefilter or from onRequestStart: jQuery ends the jqXHR without calling `complete`.
  if (jqXHR.state() !== 'pending') end(jqXHR, 'abort');
}

/**
 * An XHR factory for the exchanges that need more than jQuery's own: binary answers read as bytes,
 * and upload and download progress reported to the call's callbacks.
 */
function xhrFor($: JQueryStatic, opts: RequestOptions, binary: boolean): () => XMLHttpRequest {
  return function () {
    var xhr = ($.ajaxSettings.xhr as () => XMLHttpRequest)();
    if (binary) readAsBytes(xhr);
    if (xhr.upload && opts.uploadProgress) xhr.upload.addEventListener('progress', progressTo(opts, 'uploadProgress'));
    if (opts.downloadProgress) xhr.addEventListener('progress', progressTo(opts, 'downloadProgress'));
    return xhr;
  };
}

/**
 * Makes an XHR receive its answer as bytes (read as text, a byte-order mark at the start of a
 * binary file would choose the charset, whatever charset was asked for) while jQuery, which reads
 * responseType and responseText, sees a text answer of one character per byte. An XHR that still
 * answers with a string (a test double) is shown as it is.
 */
function readAsBytes(xhr: XMLHttpRequest): void {
  xhr.responseType = 'arraybuffer';
  var text: string | undefined;
  own(xhr, 'responseType', '');
  Object.defineProperty(xhr, 'responseText', {
    configurable: true,
    get: function () {
      var response = xhr.response;
      if (typeof response === 'string' || !response) return response || '';
      if (text === undefined) {
        var bytes = new Uint8Array(response as ArrayBuffer);
        text = '';
        // (in slices: one apply() per 8 KB rather than one per byte, or one too large for the stack)
        for (var i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
      }
      return text;
    },
    set: function () {},
  });
}

function progressTo(opts: RequestOptions, name: string) {
  return function (event: ProgressEvent) {
    invoke(opts[name], opts, event);
  };
}

/**
 * Reads the answer. JSON endpoints parse whatever arrives (an empty body is no value); text
 * endpoints deliver strings; binary endpoints (read as bytes, see readAsBytes) deliver one
 * character per byte, or a Blob, unless the answer is JSON or text, decoded from its bytes in its
 * declared charset.
 */
function answerOf(jqXHR: JQuery.jqXHR, textStatus: string, req: Request, opts: RequestOptions): Answer {
  var answer: Answer = {
    jqXHR: jqXHR,
    status: jqXHR.status || 0,
    textStatus: textStatus,
    statusText: jqXHR.statusText,
    ok: textStatus === 'success' || textStatus === 'notmodified' || textStatus === 'nocontent',
  };
  var text = typeof jqXHR.responseText === 'string' ? jqXHR.responseText : '';
  // JSON endpoints parse whatever arrives, so only the others need the (costly) header lookup
  var type = opts.accept ? jqXHR.getResponseHeader('Content-Type') || '' : '';
  var json = !opts.accept || /json/i.test(type);
  if (req.binary) {
    if (!json && !/^text\//i.test(type)) {
      answer.value = opts.responseType === 'blob' && typeof Blob === 'function' ? new Blob([bytesOf(text)], { type: type }) : text;
      return answer;
    }
    text = decode(text, type);
  }
  if (!json || !text) {
    answer.value = json ? undefined : text;
    return answer;
  }
  try {
    answer.value = answer.json = JSON.parse(text);
  } catch (e) {
    // a success that cannot be read fails as 'invalid JSON'; a failure keeps its own reason
    answer.invalidJson = answer.ok;
  }
  return answer;
}

/** Text of one char per byte -> the bytes. */
function bytesOf(text: string): Uint8Array {
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * Text of one char per byte -> the text it carries, in the charset its Content-Type declares
 * (UTF-8 when none); as is (one char per byte) for a charset the engine does not know, or where
 * TextDecoder is missing.
 */
function decode(text: string, type: string): string {
  var charset = /charset="?([^";\s]+)/i.exec(type);
  try {
    return new TextDecoder(charset ? charset[1] : 'utf-8').decode(bytesOf(text));
  } catch (e) {
    return text;
  }
}

/** Runs a user callback; what it throws is reported, never allowed to stop the SDK. */
export function invoke(fn: unknown, self: unknown, a?: unknown, b?: unknown, c?: unknown): void {
  if (typeof fn !== 'function') return;
  try {
    fn.call(self, a, b, c);
  } catch (e) {
    report(e);
  }
}

/** Rethrows outside the SDK's stack, where the page's error reporting sees it. */
export function report(e: unknown): void {
  setTimeout(function () {
    throw e;
  }, 0);
}

