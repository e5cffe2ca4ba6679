/**
 * Step 3 of a request: a call's life, from the method (or kazooSdk.request) to its one outcome.
 *
 *   send       the settings -> the options -> the request (options.ts; a KazooSdkError thrown there
 *              gets the method's name) -> a call with its promise -> exchange
 *   exchange   one HTTP exchange (transport.ts); its answer goes to conclude
 *   conclude   token storage, then the exchange's hooks, then decide (decide.ts) and carry out the
 *              decision: next page, charges question, re-login (followups.ts), taken over by the
 *              application, or the end of the call
 *   finish     the one place where a call ends: its final callback, then its promise
 *
 * A call is usually one exchange. Follow-ups add exchanges to it, each firing its own hooks, and an
 * application that took a failed exchange over (preventCallbackError) continues the call by handing
 * its options back to kazooSdk.request. Once a call has ended nothing more happens to it: a late
 * answer, abort(), a re-sent option or a second decision changes nothing.
 */
import { CHARGES, decide, DONE, FAIL, NEXT, RELOGIN, TAKEN } from './decide';
import { KazooError, named, toKazooError } from './errors';
import { askCharges, keep, mayRelogin, pageLimit, relogin, sentAt } from './followups';
import { assign, Context, fromEntry, fromOptions, Request, toRequest, withCharges, withStartKey, withToken } from './options';
import { Answer, invoke, transmit } from './transport';
import type { Entry, KazooPromise, RequestOptions } from './types';

type AnyObject = { [key: string]: any };

/** One call from the caller's point of view: it ends once, whatever its exchanges. */
interface Call {
  $: JQueryStatic;
  /** What the method returned; see promiseProto. */
  promise: AnyObject;
  /** The Deferred behind the promise, made when the promise is first used. */
  deferred: JQuery.Deferred<any, any, any> | null;
  /** How the call ended ('resolve' or 'reject', with `outcome`), or null while it goes on. */
  settled: 'resolve' | 'reject' | null;
  outcome: unknown[];
  /** abort() was called. */
  aborted: boolean;
  /** The application took the call over (preventCallbackError) and may re-send its options. */
  taken: boolean;
  /** The call has been re-sent after a re-login already. */
  reauthed: boolean;
  /** The exchange in flight, or the decision waited for (charges, re-login): what abort() stops. */
  jqXHR: JQuery.jqXHR | null;
  waiting: ((answer: unknown) => void) | null;
  /** The options of the call's latest exchange (what its hooks received). */
  opts: RequestOptions;
  /** paginate: 'all': the pages fetched so far, and their items. */
  pages: number;
  items: unknown[] | null;
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

/**
 * Starts a call: the settings of a method (its table entry given) or of kazooSdk.request -> the
 * options -> the request (options.ts); misuse throws a KazooSdkError naming the method (`label`)
 * before anything is sent. Options the application re-sends continue the call they come from when
 * it took that call over (set preventCallbackError in onRequestError) and it has not ended.
 */
export function send(ctx: Context, label: string, entry: Entry | null, settings: AnyObject | undefined): KazooPromise {
  try {
    var options = entry ? fromEntry(ctx, entry, settings) : fromOptions(ctx, settings as AnyObject);
    var req = toRequest(ctx, options);
  } catch (e) {
    throw named(label, e);
  }
  var call = callOf(options);
  if (call && call.aborted) return call.promise as KazooPromise; // an aborted call sends nothing more
  if (!call || call.settled || !(call.taken || call.opts.preventCallbackError === true)) {
    call = newCall(ctx.$);
    (options as AnyObject)[CALL] = call.promise[CALL];
  }
  call.taken = false;
  exchange(ctx, call, options, req);
  return call.promise as KazooPromise;
}

function exchange(ctx: Context, call: Call, opts: RequestOptions, req: Request): void {
  var sent = sentAt(ctx, req);
  call.opts = opts;
  transmit(ctx.$, req, opts, call, function (answer) {
    conclude(ctx, call, opts, req, sent, answer);
  });
}

/** An exchange's answer -> token storage -> its hooks -> the decision, carried out. */
function conclude(ctx: Context, call: Call, opts: RequestOptions, req: Request, sent: number, answer: Answer): void {
  var jqXHR = answer.jqXHR;
  var ok = answer.ok && !answer.invalidJson;
  var response: any;
  var error: KazooError | undefined;
  var paging = false;
  if (ok) {
    response = answer.value === undefined ? {} : answer.value;
    if (opts.auth && response && typeof response.auth_token === 'string' && response.auth_token) ctx.tokens[req.root] = response.auth_token;
    invoke(opts.onRequestEnd, opts, response, opts);
    invoke(opts.onRequestSuccess, opts, response, opts);
    paging = opts.paginate === 'all' && !!response && Array.isArray(response.data) && !call.settled;
    if (paging) {
      call.items = keep(call.items || [], response.data);
      call.pages++;
      invoke(opts.onPage, opts, response);
    }
  } else {
    error = toKazooError(answer);
    (jqXHR as AnyObject).monsterData = { url: req.url, verb: req.verb };
    invoke(opts.onRequestEnd, opts, jqXHR, opts);
    // The flag is per exchange: an application sets it inside onRequestError to take the call over.
    opts.preventCallbackError = false;
    invoke(opts.onRequestError, opts, jqXHR, opts);
  }
  var more = paging && !!response.next_start_key && call.pages < pageLimit(opts);
  var status = error ? error.httpErrorStatus : 0;
  var decision = decide(call, opts, ok, status, more, status === 401 && mayRelogin(ctx, opts, req, sent, call.reauthed));
  if (decision === NEXT) {
    var start = response.next_start_key;
    again(ctx, call, opts, 'filters', assign(assign({}, opts.filters), { start_key: start }), withStartKey(req, start));
  } else if (decision === DONE) {
    if (paging) {
      response = assign({}, response);
      response.data = call.items;
    }
    var outcome = [response, answer.textStatus, jqXHR];
    finish(call, 'resolve', opts.success, outcome, outcome);
  } else if (decision === TAKEN) {
    call.taken = !call.jqXHR; // (unless its options were re-sent already, from onRequestError)
  } else if (decision === CHARGES) {
    askCharges(opts, error!.data, wait(call, function (accepted) {
      if (accepted === true && !call.aborted) again(ctx, call, opts, 'acceptCharges', true, withCharges(req));
      else if (typeof opts.onChargesCancelled === 'function') finish(call, 'reject', opts.onChargesCancelled, [], [error, jqXHR]);
      else fail(call, error!, jqXHR);
    }));
  } else if (decision === RELOGIN) {
    call.reauthed = true;
    relogin(ctx, opts, req, sent, wait(call, function (token) {
      if (call.aborted) fail(call, abortError(), undefined);
      else if (typeof token === 'string' && token) again(ctx, call, opts, 'authToken', token, withToken(req, token));
      else fail(call, error!, jqXHR);
    }));
  } else if (decision === FAIL) {
    fail(call, error!, jqXHR);
  }
}

/**
 * A follow-up exchange of the call (next page, charges accepted, new token): its options are the
 * last ones with the setting that changed, which its hooks see; `req` is what goes on the wire.
 */
function again(ctx: Context, call: Call, opts: RequestOptions, setting: string, value: unknown, req: Request): void {
  var next = assign({}, opts) as RequestOptions;
  next[setting] = value;
  exchange(ctx, call, next, req);
}

/** The call waits for a decision (which abort() answers with false); it is taken once. */
function wait(call: Call, then: (answer: unknown) => void): (answer: unknown) => void {
  var decided = (call.waiting = function (answer: unknown) {
    if (call.waiting !== decided) return; // decided already, or the call has ended
    call.waiting = null;
    then(answer);
  });
  return decided;
}

function fail(call: Call, error: KazooError, jqXHR: JQuery.jqXHR | undefined): void {
  var opts = call.opts;
  finish(call, 'reject', opts.error, [error, jqXHR, opts.onRequestError || noop], [error, jqXHR]);
}

function noop() {}

/**
 * The one place where a call ends, once: its final callback (success, error or
 * onChargesCancelled), then its promise. Whatever happens to the call afterwards does nothing.
 */
function finish(call: Call, how: 'resolve' | 'reject', callback: unknown, args: unknown[], outcome: unknown[]): void {
  if (call.settled) return;
  call.settled = how;
  call.outcome = outcome;
  call.jqXHR = call.waiting = null;
  invoke(callback, call.opts, args[0], args[1], args[2]);
  if (call.deferred) (call.deferred as AnyObject)[how].apply(call.deferred, outcome);
}

function abortError(): KazooError {
  return toKazooError({ status: 0, textStatus: 'abort', statusText: '' });
}

function newCall($: JQueryStatic): Call {
  // every field set here, so that all calls share one shape
  var call = {
    $: $, promise: null, deferred: null, settled: null, outcome: null, aborted: false, taken: false, reauthed: false,
    jqXHR: null, waiting: null, opts: null, pages: 0, items: null,
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
      if (!call.aborted) {
        call.aborted = true;
        // in flight: its answer ends the call; asking about charges: refused; waiting for a
        // re-login: ended; between exchanges (a hook, or taken over by the application), or
        // ended already: fail(), which finish() turns into nothing once the call has ended
        if (call.jqXHR) call.jqXHR.abort();
        else if (call.waiting) call.waiting(false);
        else fail(call, abortError(), undefined);
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
