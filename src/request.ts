/**
 * The one request core. Every method, and `kazooSdk.request`, goes through it, in the order a
 * request happens:
 *
 *   fromEntry / fromOptions   a method's table entry and settings, or request()'s options -> the
 *                             request options (throws KazooSdkError; nothing is sent)
 *   send                      the options -> a call, whose promise can be aborted
 *   exchange                  one HTTP exchange: URL, headers, body -> $.ajax -> onRequestStart
 *   conclude                  the answer -> token storage -> hooks -> callbacks, or one of the
 *                             follow-ups below -> the promise
 *
 * A call is usually one exchange. Follow-ups add exchanges to it: the next page (paginate: 'all'),
 * the retry of a 402 whose charges are accepted, the retry after a re-login on 401, and the re-send
 * of an application that took a failed exchange over (preventCallbackError) and handed its options
 * back to `kazooSdk.request`. Each exchange fires its own hooks; the call ends once.
 */
import { describeCharges } from './charges';
import { KazooError, KazooSdkError, toKazooError } from './errors';
import { frameMultipart } from './multipart';
import { toQuery } from './query';
import type { Endpoint, KazooPromise, RequestOptions } from './types';
import { appendQuery, fillUrl, hasDotSegment, isMissing, joinUrl, lastPlaceholder, normaliseRoot } from './url';

type AnyObject = { [key: string]: any };

/** What one SDK instance owns: its jQuery, its defaults and its tokens (one per apiRoot). */
export interface Context {
  $: JQueryStatic;
  defaults: AnyObject;
  tokens: { [apiRoot: string]: string };
  /** Per apiRoot, the state of re-login on 401 (see reauthenticate). */
  relogins: { [apiRoot: string]: Relogin };
}

/** Re-login state of an apiRoot: the calls waiting for a reauth() in progress, and the last result. */
interface Relogin {
  waiting: ((token: unknown) => void)[] | null;
  /** How many reauth() have ended, and the token the last one gave (null: none). */
  ended: number;
  token: string | null;
}

/** One call from the caller's point of view: it settles once, whatever the exchanges. */
interface Call {
  $: JQueryStatic;
  /** What the method returned; see promiseProto. */
  promise: AnyObject;
  /** The Deferred behind the promise, made when the promise is first used. */
  deferred: JQuery.Deferred<any, any, any> | null;
  /** How the call ended ('resolve' or 'reject', with `outcome`), or null while it goes on. */
  settled: 'resolve' | 'reject' | null;
  outcome: unknown[];
  /** The exchange in flight, or the charges decision waiting: what abort() stops. */
  current: Exchange | null;
  asking: ((answer: any) => void) | null;
  aborted: boolean;
  /** The options of the call's latest exchange. */
  opts: RequestOptions;
  /** The call has been re-sent after a reauth() already. */
  reauthed: boolean;
  /** paginate: 'all': the pages fetched so far, and their data. */
  pages: number;
  items: unknown[] | null;
}

/** One HTTP exchange of a call. */
interface Exchange {
  ctx: Context;
  opts: RequestOptions;
  call: Call;
  root: string;
  binary: boolean;
  jqXHR: JQuery.jqXHR | null;
  /** How many reauth() had ended for this apiRoot when the exchange was sent. */
  relogins: number;
  /** The body read from the answer: its value, whether it was JSON, whether that failed to parse. */
  value?: any;
  json?: boolean;
  invalid?: boolean;
}

/**
 * The key under which options (re-sent options continue the call) and promises reach their call:
 * a function that answers only to MARK, so the call's state is not walked by whoever inspects them.
 */
var CALL = 'kazooSdkCall';
var MARK = {};

function callOf(holder: AnyObject): Call | undefined {
  var link = holder[CALL];
  return typeof link === 'function' ? link(MARK) : undefined;
}

var JSON_TYPE = 'application/json';

/**
 * A table entry and a call's settings -> the request options: the instance defaults, the settings,
 * and the entry's verb, filled URL and content types. Sends nothing; throws a KazooSdkError on misuse.
 */
export function fromEntry(ctx: Context, entry: Endpoint, label: string, settings?: AnyObject): RequestOptions {
  if (settings === undefined || settings === null) settings = {};
  if (typeof settings !== 'object') throw new KazooSdkError(label + ': settings must be an object');
  var data = settings.data as AnyObject | undefined;
  var values: AnyObject = settings;
  var last = entry.verb === 'POST' ? lastPlaceholder(entry.url) : undefined;
  if (last && isMissing(settings[last]) && data && typeof data === 'object' && !isMissing(data.id)) {
    // Drop-in quirk of the classic plugin: user.update({accountId, data: {id}}) fills {userId}.
    values = assign({}, settings);
    values[last] = data.id;
  }
  var url = fillUrl(entry.url, values, label);
  if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional && (data === undefined || data === null)) {
    throw new KazooSdkError(label + ': missing mandatory setting "data"');
  }
  var options = assign(assign({}, ctx.defaults), settings) as RequestOptions;
  // the entry decides these, whatever keys of the same names the settings hold
  options.verb = entry.verb;
  options.url = url;
  options.contentType = entry.contentType;
  options.accept = entry.accept;
  options.auth = !!entry.auth;
  if (entry.auth || entry.noToken) options.authToken = null;
  if (entry.noUiMetadata) delete options.uiMetadata;
  return checked(ctx, options, settings.headers);
}

/** `kazooSdk.request(options)` -> the request options: the instance defaults under the given ones. */
export function fromOptions(ctx: Context, options: AnyObject): RequestOptions {
  var opts = assign(assign({}, ctx.defaults), options) as RequestOptions;
  invalidIf(typeof opts.url !== 'string', 'missing mandatory setting "url"');
  // (a method's URL needs no such check: its template is checked once, its values are encoded)
  invalidIf(hasDotSegment(opts.url), 'invalid value for setting "url"');
  opts.verb = String(opts.verb || 'GET').toUpperCase() as RequestOptions['verb'];
  return checked(ctx, opts, options && options.headers);
}

/** What every request must hold: an apiRoot, and the merged headers. */
function checked(ctx: Context, opts: RequestOptions, headers: AnyObject | undefined): RequestOptions {
  invalidIf(typeof opts.apiRoot !== 'string' || !opts.apiRoot, 'invalid value for setting "apiRoot"');
  opts.headers = mergeHeaders(ctx.defaults.headers, headers);
  return opts;
}

function invalidIf(condition: boolean, problem: string): void {
  if (condition) throw new KazooSdkError('request: ' + problem);
}

/**
 * Starts an exchange for `options`. Options that come from a call still in progress (handed to a
 * hook, then back to `kazooSdk.request`) continue that call: its promise settles with this outcome.
 */
export function send(ctx: Context, options: RequestOptions): KazooPromise {
  var call = callOf(options);
  if (call && call.aborted) return call.promise as KazooPromise; // an aborted call sends nothing more
  if (!call || call.settled) {
    call = newCall(ctx.$);
    (options as AnyObject)[CALL] = call.promise[CALL];
  }
  exchange(ctx, options, call);
  return call.promise as KazooPromise;
}

function newCall($: JQueryStatic): Call {
  // every field set here, so that all calls share one shape
  var call = {
    $: $, promise: null, deferred: null, settled: null, outcome: null, current: null, asking: null, aborted: false, opts: null,
    reauthed: false, pages: 0, items: null,
  } as unknown as Call;
  if (!cachedProto || cachedProto.$ !== $) cachedProto = { $: $, proto: promiseProto($) };
  call.promise = Object.create(cachedProto.proto);
  call.promise[CALL] = function (key: unknown) {
    return key === MARK ? call : undefined;
  };
  return call;
}

var cachedProto: { $: JQueryStatic; proto: AnyObject } | null = null;

/**
 * The prototype of the promises methods return: jQuery's promise API plus abort(). Making a
 * Deferred costs more than the SDK's own work on a request, and most callers use callbacks, so the
 * Deferred is made the first time a promise method is used; it replays the outcome if the call has
 * already ended.
 */
function promiseProto($: JQueryStatic): AnyObject {
  var proto: AnyObject = {
    abort: function (this: AnyObject) {
      var call = callOf(this)!;
      if (!call.aborted && !call.settled) {
        call.aborted = true;
        // in flight: abort it (if still being sent, exchange does); asking about charges: refuse;
        // taken over by the application: end it here
        if (call.current) {
          if (call.current.jqXHR) call.current.jqXHR.abort();
        }
        else if (call.asking) call.asking(false);
        else fail(call.opts, call, abortError(), undefined);
      }
      return this;
    },
  };
  for (var name in $.Deferred().promise()) proto[name] = deferredMethod(name);
  return proto;
}

function deferredMethod(name: string) {
  return function (this: AnyObject) {
    var call = callOf(this)!;
    if (!call.deferred) {
      call.deferred = call.$.Deferred();
      call.deferred.promise(this); // jQuery's own methods become this object's
      if (call.settled) (call.deferred as AnyObject)[call.settled].apply(call.deferred, call.outcome);
    }
    return this[name].apply(this, arguments);
  };
}

/** Ends a call once: the outcome goes to its Deferred, or waits for one to be made. */
function settle(call: Call, how: 'resolve' | 'reject', outcome: unknown[]): void {
  if (call.settled) return;
  call.settled = how;
  call.outcome = outcome;
  if (call.deferred) (call.deferred as AnyObject)[how].apply(call.deferred, outcome);
}

/** One HTTP exchange. */
function exchange(ctx: Context, opts: RequestOptions, call: Call): void {
  var root = normaliseRoot(opts.apiRoot);
  var x: Exchange = {
    ctx: ctx, opts: opts, call: call, root: root, binary: isBinary(opts.accept), jqXHR: null, value: undefined, json: false, invalid: false,
    relogins: ctx.relogins[root] ? ctx.relogins[root].ended : 0,
  };
  call.opts = opts;
  call.current = x;
  // Only strings, numbers and bodies reach $.ajax: jQuery before 3.4 deep-copies its options, so a
  // `__proto__` key in an object handed to it would reach Object.prototype.
  var settings: JQuery.AjaxSettings = {
    url: appendQuery(joinUrl(root, opts.url), toQuery(opts.filters)),
    type: opts.verb,
    headers: headersFor(opts, ctx.tokens[root]),
    processData: false,
    contentType: false,
    dataType: 'text',
    cache: opts.cache === true,
    // (closures rather than `context: x`, which makes $.ajax itself about 5% slower)
    complete: function (jqXHR, textStatus) {
      if (call.current === x) call.current = null;
      conclude(x, jqXHR, textStatus);
    },
  };
  // (keys left out rather than undefined: $.ajax walks every key it is given)
  // A beforeSend, even one doing nothing, makes $.ajax about 5% slower: one is given for
  // onRequestStart, or to keep the page's own $.ajaxSetup beforeSend from taking the request over.
  if (opts.onRequestStart || ctx.$.ajaxSettings.beforeSend) {
    settings.beforeSend = function (jqXHR) {
      invoke(opts.onRequestStart, opts, jqXHR, opts);
    };
  }
  if (typeof opts.timeout === 'number') settings.timeout = opts.timeout;
  if (x.binary || opts.uploadProgress || opts.downloadProgress) settings.xhr = xhrFor(ctx.$, opts, x.binary);
  if (opts.verb !== 'GET' && opts.verb !== 'HEAD') setBody(ctx.$, settings, opts);
  var jqXHR = ctx.$.ajax(settings);
  if (call.current === x) {
    x.jqXHR = jqXHR;
    if (call.aborted) jqXHR.abort(); // abort() from inside onRequestStart
  }
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
  Object.defineProperty(xhr, 'responseType', { value: '', writable: true, configurable: true });
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

/** The headers of an exchange: Accept, the call's headers (null removes one), the token. */
function headersFor(opts: RequestOptions, storedToken: string | undefined): AnyObject {
  var headers: AnyObject = { Accept: stringOf(opts.accept || JSON_TYPE, 'accept') };
  var own = opts.headers || {};
  for (var name in own) {
    if (own[name] === null || own[name] === undefined) delete headers[name];
    else headers[name] = stringOf(own[name], 'headers');
  }
  // Login methods never carry a token (Kazoo 5 rejects stale ones); others carry the call's own
  // token, else the one stored for this apiRoot (tokens never travel to another apiRoot).
  var token = opts.auth ? null : 'authToken' in opts ? opts.authToken : storedToken;
  if (token) headers['X-Auth-Token'] = stringOf(token, 'authToken');
  return headers;
}

/** A setting's string form; a value without one (an object without a prototype) is a KazooSdkError. */
function stringOf(value: unknown, setting: string): string {
  try {
    return String(value);
  } catch (e) {
    throw new KazooSdkError('request: invalid value for setting "' + setting + '"');
  }
}

/**
 * The body and its Content-Type: for non-JSON content types `data` as given (text or bytes, never a
 * plain object or array), or framed when multipart; else the Crossbar envelope as JSON.
 */
function setBody($: JQueryStatic, settings: JQuery.AjaxSettings, opts: RequestOptions): void {
  var data = opts.data;
  var type = opts.contentType ? stringOf(opts.contentType, 'contentType') : JSON_TYPE;
  settings.contentType = type;
  if (type !== JSON_TYPE && !/json/i.test(type)) {
    // multipart without a boundary: `data` holds the parts, framed here; other types: sent raw
    var multipart = /^multipart\/[^;]*$/i.test(type);
    var framed = multipart ? frameMultipart(data, type) : null;
    if (framed) {
      settings.data = framed.body;
      settings.contentType = framed.type;
    } else {
      invalidIf(multipart || $.isPlainObject(data) || Array.isArray(data), 'invalid value for setting "data"');
      settings.data = data as string;
    }
    return;
  }
  if (data === undefined || data === null) data = {};
  if (opts.uiMetadata && $.isPlainObject(data) && !('ui_metadata' in (data as AnyObject))) {
    data = assign(assign({}, data as AnyObject), { ui_metadata: opts.uiMetadata });
  }
  var envelope: AnyObject = { data: data };
  if (opts.acceptCharges === true) envelope.accept_charges = true;
  try {
    settings.data = JSON.stringify(envelope);
  } catch (e) {
    // a cycle, or a BigInt
    throw new KazooSdkError('request: invalid value for setting "data"');
  }
}

/** The answer of an exchange -> token, hooks, callbacks, 402 flow, promise. */
function conclude(x: Exchange, jqXHR: JQuery.jqXHR, textStatus: string): void {
  var opts = x.opts;
  var call = x.call;
  var ok = textStatus === 'success' || textStatus === 'notmodified' || textStatus === 'nocontent';
  readBody(x, jqXHR);
  if (ok && !x.invalid) {
    var response = x.value === undefined ? {} : x.value;
    if (opts.auth && response && typeof response.auth_token === 'string' && response.auth_token) {
      x.ctx.tokens[x.root] = response.auth_token;
    }
    invoke(opts.onRequestEnd, opts, response, opts);
    invoke(opts.onRequestSuccess, opts, response, opts);
    if (opts.paginate === 'all' && Array.isArray(response.data) && !call.aborted && nextPage(x, response)) return;
    if (call.aborted) return; // abort() from a hook or onPage has ended the call
    if (opts.paginate === 'all' && Array.isArray(response.data)) {
      response = assign({}, response);
      response.data = call.items;
    }
    invoke(opts.success, opts, response, textStatus, jqXHR);
    settle(call, 'resolve', [response, textStatus, jqXHR]);
    return;
  }
  var error = toKazooError({
    status: jqXHR.status || 0,
    textStatus: textStatus,
    statusText: jqXHR.statusText,
    json: x.json ? x.value : undefined,
    invalidJson: ok && !!x.invalid,
  });
  invoke(opts.onRequestEnd, opts, jqXHR, opts);
  // The flag is per exchange: an application sets it inside onRequestError to take the call over.
  opts.preventCallbackError = false;
  invoke(opts.onRequestError, opts, jqXHR, opts);
  if (opts.preventCallbackError || call.settled) return; // taken over, or ended by abort() in a hook
  if (error.httpErrorStatus === 402 && opts.acceptCharges === undefined && !call.aborted) {
    askCharges(x, error, jqXHR);
    return;
  }
  if (error.httpErrorStatus === 401 && typeof opts.reauth === 'function' && !opts.auth && opts.authToken !== null && !call.reauthed && !call.aborted) {
    reauthenticate(x, error, jqXHR);
    return;
  }
  fail(opts, call, error, jqXHR);
}

/**
 * paginate: 'all': keeps a page's data and asks for the next one (the same request with
 * start_key = next_start_key), unless it was the last page or maxPages (default 100) is reached.
 * Returns true when it has sent the next request.
 */
function nextPage(x: Exchange, page: AnyObject): boolean {
  var call = x.call;
  var opts = x.opts;
  var max = typeof opts.maxPages === 'number' && opts.maxPages > 0 ? opts.maxPages : 100;
  call.items = (call.items || []).concat(page.data);
  invoke(opts.onPage, opts, page);
  if (!page.next_start_key || ++call.pages >= max || call.aborted) return false;
  resend(x, 'filters', assign(assign({}, opts.filters), { start_key: page.next_start_key }));
  return true;
}

/** Sends the exchange's request once more, for the same call, with one option changed. */
function resend(x: Exchange, name: string, value: unknown): void {
  var next = assign({}, x.opts);
  next[name] = value;
  exchange(x.ctx, next as RequestOptions, x.call);
}

/**
 * Re-login on 401: one reauth() per apiRoot at a time. The calls that get a 401 while it runs wait
 * for it, and so do those sent before it ended (they carried the old token): each is sent once more
 * with the token it gives (a string, an envelope's auth_token, or a promise of either), which is
 * stored. No token: each ends with its own 401.
 */
function reauthenticate(x: Exchange, error: KazooError, jqXHR: JQuery.jqXHR): void {
  var call = x.call;
  var state = x.ctx.relogins[x.root] || (x.ctx.relogins[x.root] = { waiting: null, ended: 0, token: null });
  call.reauthed = true;
  var decide = awaitDecision(call, function (token) {
    if (call.aborted) fail(x.opts, call, abortError(), undefined);
    else if (typeof token === 'string' && token) resend(x, 'authToken', token);
    else fail(x.opts, call, error, jqXHR);
  });
  if (state.waiting) return void state.waiting.push(decide);
  if (x.relogins !== state.ended) return decide(state.token); // a re-login ended since it was sent
  state.waiting = [decide];
  ask(x.opts.reauth!, x.opts, [], function (answer: any) {
    var token = typeof answer === 'string' ? answer : answer && typeof answer.auth_token === 'string' ? answer.auth_token : null;
    var waiting = state.waiting!;
    state.waiting = null;
    state.ended++;
    state.token = token || null;
    if (token) x.ctx.tokens[x.root] = token;
    for (var i = 0; i < waiting.length; i++) waiting[i](token);
  });
}

/**
 * The 402 flow: confirmCharges decides (true, or a promise of true, accepts). Accepted: the same
 * request once more with accept_charges, whose outcome is the call's. Refused (or confirm failing,
 * or the call aborted meanwhile): onChargesCancelled when given, otherwise the error callback.
 */
function askCharges(x: Exchange, error: KazooError, jqXHR: JQuery.jqXHR): void {
  var opts = x.opts;
  var call = x.call;
  var decide = awaitDecision(call, function (accepted) {
    if (accepted === true && !call.aborted) {
      resend(x, 'acceptCharges', true);
    } else if (typeof opts.onChargesCancelled === 'function') {
      invoke(opts.onChargesCancelled, opts);
      settle(call, 'reject', [error, jqXHR]);
    } else {
      fail(opts, call, error, jqXHR);
    }
  });
  ask(typeof opts.confirmCharges === 'function' ? opts.confirmCharges : confirmWithWindow, opts, [error.data, opts], decide);
}

/** The call waits for a decision (what abort() answers with false); it is taken once. */
function awaitDecision(call: Call, then: (answer: unknown) => void): (answer: unknown) => void {
  var decide = (call.asking = function (answer: unknown) {
    if (call.asking !== decide) return; // decided already
    call.asking = null;
    then(answer);
  });
  return decide;
}

/** Asks an application function; its answer, or the value of the promise it returns, goes to `answer` (null when it fails). */
function ask(fn: (...args: any[]) => any, self: unknown, args: unknown[], answer: (value: unknown) => void): void {
  try {
    var value = fn.apply(self, args);
    if (value && typeof value.then === 'function') {
      value.then(answer, function () {
        answer(null);
      });
    } else {
      answer(value);
    }
  } catch (e) {
    report(e);
    answer(null);
  }
}

function fail(opts: RequestOptions, call: Call, error: KazooError, jqXHR: JQuery.jqXHR | undefined): void {
  invoke(opts.error, opts, error, jqXHR);
  settle(call, 'reject', [error, jqXHR]);
}

function abortError(): KazooError {
  return toKazooError({ status: 0, textStatus: 'abort', statusText: '' });
}

function confirmWithWindow(charges: unknown): boolean {
  return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(describeCharges(charges));
}

/**
 * Reads the response body. JSON endpoints parse whatever arrives (an empty body is no value);
 * text endpoints deliver strings; binary endpoints (read as bytes, see readAsBytes) deliver a Blob unless
 * the answer is JSON or text, which is decoded back from its bytes.
 */
function readBody(x: Exchange, jqXHR: JQuery.jqXHR): void {
  var text = typeof jqXHR.responseText === 'string' ? jqXHR.responseText : '';
  // JSON endpoints parse whatever arrives, so only the others need the (costly) header lookup
  var type = x.opts.accept ? jqXHR.getResponseHeader('Content-Type') || '' : '';
  x.json = !x.opts.accept || /json/i.test(type);
  if (x.binary && !x.json && !/^text\//i.test(type)) {
    x.value = toBlob(text, type);
    return;
  }
  if (x.binary) text = decodeUtf8(text);
  if (!x.json || !text) {
    x.value = x.json ? undefined : text;
    return;
  }
  try {
    x.value = JSON.parse(text);
  } catch (e) {
    x.invalid = true;
    x.json = false;
  }
}

function isBinary(accept: string | undefined): boolean {
  return !!accept && !/json|^text\//i.test(accept);
}

/** Text of one char per byte -> the bytes. */
function bytesOf(text: string): Uint8Array {
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

function toBlob(text: string, type: string): Blob | Uint8Array {
  var bytes = bytesOf(text);
  return typeof Blob === 'function' ? new Blob([bytes], { type: type }) : bytes;
}

/** Text of one char per byte -> the UTF-8 text it carries (as is where TextDecoder is missing). */
function decodeUtf8(text: string): string {
  return typeof TextDecoder === 'function' ? new TextDecoder().decode(bytesOf(text)) : text;
}

/** Merges header maps key by key: the call's value wins, `null` removes a default header. */
export function mergeHeaders(defaults: AnyObject | undefined, own?: AnyObject): AnyObject {
  return assign(assign({}, defaults), own);
}

/**
 * Copies the enumerable keys of source onto target, skipping undefined values (as $.extend does)
 * and `__proto__` (which jQuery before 3.4 copies, re-parenting the target).
 */
export function assign(target: AnyObject, source: AnyObject | undefined): AnyObject {
  for (var key in source) {
    var value = source[key];
    if (value !== undefined && key !== '__proto__') target[key] = value;
  }
  return target;
}

/** Runs a user callback; what it throws is reported, never allowed to stop the SDK. */
function invoke(fn: unknown, self: unknown, a?: unknown, b?: unknown, c?: unknown): void {
  if (typeof fn !== 'function') return;
  try {
    fn.call(self, a, b, c);
  } catch (e) {
    report(e);
  }
}

/** Rethrows outside the SDK's stack, where the page's error reporting sees it. */
function report(e: unknown): void {
  setTimeout(function () {
    throw e;
  }, 0);
}
