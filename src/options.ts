/**
 * Step 1 of a request: what the caller gave -> the request options (the complete, re-sendable
 * description that hooks receive) -> the request itself (URL, headers, body: what goes on the wire),
 * built once per call. Nothing is sent here; misuse throws a KazooSdkError before anything happens.
 */
import { KazooSdkError } from './errors';
import { frameMultipart } from './multipart';
import { toQuery } from './query';
import type { Relogin } from './followups';
import type { Endpoint, Entry, RequestOptions } from './types';
import { appendQuery, chooseForm, fillUrl, isMissing, joinUrl, lastPlaceholder, leavesRoot, normaliseRoot, withoutKeys } from './url';

type AnyObject = { [key: string]: any };

/** What one SDK instance owns: its jQuery, its defaults and its tokens (one per apiRoot). */
export interface Context {
  $: JQueryStatic;
  defaults: AnyObject;
  /** The instance's apiRoot, normalised: the only one whose 401s lead to a re-login. */
  home: string;
  tokens: { [apiRoot: string]: string };
  /** Per apiRoot, the state of re-login on 401 (see followups.ts). */
  relogins: { [apiRoot: string]: Relogin };
}


/**
 * One request as it goes on the wire, made once per call from its options: later changes to the
 * options or to the data the application still holds change nothing.
 */
export interface Request {
  verb: string;
  /** The apiRoot, normalised (the key of its stored token). */
  root: string;
  /** The full URL sent. */
  url: string;
  headers: AnyObject;
  /** The request's Content-Type (false: none) and body; `envelope`: the body is a Crossbar JSON envelope. */
  type: string | false;
  body?: unknown;
  envelope: boolean;
  /** The answer is bytes (not JSON or text). */
  binary: boolean;
}

var JSON_TYPE = 'application/json';

/**
 * A table entry (or the forms of one) and a call's settings -> the request options: the instance
 * defaults, the settings, and the entry's verb, filled URL and content types.
 */
export function fromEntry(ctx: Context, forms: Entry, settings?: AnyObject): RequestOptions {
  if (settings === undefined || settings === null) settings = {};
  invalidIf(typeof settings !== 'object', 'settings must be an object');
  var entry = (Array.isArray(forms) ? forms[chooseForm(forms, settings)] : forms) as Endpoint;
  var data = settings.data as AnyObject | undefined;
  var values: AnyObject = settings;
  var last = entry.verb === 'POST' ? lastPlaceholder(entry.url) : undefined;
  if (last && isMissing(settings[last]) && data && typeof data === 'object' && !isMissing(data.id)) {
    // Drop-in quirk of the classic plugin: user.update({accountId, data: {id}}) fills {userId}.
    values = assign({}, settings);
    values[last] = data.id;
  }
  var url = fillUrl(entry.url, values);
  var into = entry.inData;
  if (into && !isMissing(settings[into])) {
    // conference.action({action: 'lock'}): the setting goes into data
    data = assign({}, isObject(data) ? data : undefined);
    data[into] = settings[into];
  }
  if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional && (data === undefined || data === null)) {
    throw new KazooSdkError('missing mandatory setting "data"');
  }
  var options = assign(assign({}, ctx.defaults), settings) as RequestOptions;
  // the entry decides these, whatever keys of the same names the settings hold
  options.verb = entry.verb;
  options.url = url;
  options.data = data;
  options.contentType = entry.contentType;
  options.accept = entry.accept;
  options.auth = !!entry.auth;
  if (entry.auth || entry.noToken) options.authToken = null;
  if (entry.noUiMetadata) delete options.uiMetadata;
  return checked(ctx, options, settings.headers);
}

function isObject(value: unknown): value is AnyObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** `kazooSdk.request(options)` -> the request options: the instance defaults under the given ones. */
export function fromOptions(ctx: Context, options: AnyObject): RequestOptions {
  var opts = assign(assign({}, ctx.defaults), options) as RequestOptions;
  invalidIf(typeof opts.url !== 'string', 'missing mandatory setting "url"');
  opts.verb = stringOf(opts.verb || 'GET', 'verb').toUpperCase() as RequestOptions['verb'];
  opts = checked(ctx, opts, options && options.headers);
  // (a method's URL needs no such check: its template is checked once, its values are encoded)
  invalidIf(leavesRoot(opts.url), 'url must stay under apiRoot');
  return opts;
}

/** What every request must hold: an apiRoot, and the merged headers. */
function checked(ctx: Context, opts: RequestOptions, headers: AnyObject | undefined): RequestOptions {
  invalidIf(typeof opts.apiRoot !== 'string' || !opts.apiRoot, 'apiRoot must be a non-empty string');
  opts.headers = assign(assign({}, ctx.defaults.headers), headers);
  return opts;
}

/** Throws a KazooSdkError saying `problem` (to which the driver adds the method's name). */
function invalidIf(condition: boolean, problem: string): void {
  if (condition) throw new KazooSdkError(problem);
}

/** The request options -> the request on the wire (URL, headers with the token, body). */
export function toRequest(ctx: Context, opts: RequestOptions): Request {
  var root = normaliseRoot(opts.apiRoot);
  var accept = opts.accept ? stringOf(opts.accept, 'accept') : '';
  var filters = opts.filters;
  var req: Request = {
    verb: opts.verb,
    root: root,
    url: appendQuery(joinUrl(root, filters ? withoutKeys(opts.url, filters) : opts.url), toQuery(filters)),
    headers: headersFor(opts, accept || JSON_TYPE, ctx.tokens[root]),
    type: false,
    envelope: false,
    binary: !!accept && !/json|^text\//i.test(accept),
  };
  if (opts.verb !== 'GET' && opts.verb !== 'HEAD') setBody(ctx.$, req, opts);
  return req;
}

/**
 * The headers of a request: Accept, the call's headers (null removes one), the token, less the
 * names of `removeHeaders` (any case).
 */
function headersFor(opts: RequestOptions, accept: string, storedToken: string | undefined): AnyObject {
  var headers: AnyObject = { Accept: accept };
  var own = opts.headers || {};
  for (var name in own) {
    if (own[name] === null || own[name] === undefined) delete headers[name];
    else headers[name] = stringOf(own[name], 'each header');
  }
  // Login methods never carry a token (Kazoo 5 rejects stale ones); others carry the call's own
  // token, else the one stored for this apiRoot (tokens never travel to another apiRoot).
  var token = opts.auth ? null : 'authToken' in opts ? opts.authToken : storedToken;
  if (token) headers['X-Auth-Token'] = stringOf(token, 'authToken');
  var removed = opts.removeHeaders;
  if (Array.isArray(removed)) {
    var names = ('\n' + removed.join('\n') + '\n').toLowerCase();
    for (name in headers) if (names.indexOf('\n' + name.toLowerCase() + '\n') !== -1) delete headers[name];
  }
  return headers;
}

/** A setting's string form; a value without one (a Symbol, an object without a prototype) is a KazooSdkError. */
function stringOf(value: unknown, setting: string): string {
  try {
    return String(value);
  } catch (e) {
    throw new KazooSdkError(setting + ' must be a string');
  }
}

/** Keys of envelopeKeys that never reach the envelope. */
var RESERVED = /^(data|accept_charges|__proto__|constructor)$/;

/**
 * The body and its Content-Type: for non-JSON content types `data` as given (text or bytes, never a
 * plain object or array), or framed when multipart; else the Crossbar envelope as JSON.
 */
function setBody($: JQueryStatic, req: Request, opts: RequestOptions): void {
  var data = opts.data;
  var type = opts.contentType ? stringOf(opts.contentType, 'contentType') : JSON_TYPE;
  req.type = type;
  if (!/json/i.test(type)) {
    // multipart without a boundary: `data` holds the parts, framed here; other types: sent raw
    var multipart = /^multipart\/[^;]*$/i.test(type);
    var framed = multipart ? frameMultipart(data, type) : null;
    if (framed) {
      req.body = framed.body;
      req.type = framed.type;
    } else {
      invalidIf(multipart, 'data must be an array of {headers, body} parts');
      invalidIf($.isPlainObject(data) || Array.isArray(data), 'data must be a string, Blob or bytes, not an object');
      req.body = data;
    }
    return;
  }
  if (data === undefined || data === null) data = {};
  if (opts.uiMetadata && !opts.removeMetadataAPI && $.isPlainObject(data) && !('ui_metadata' in (data as AnyObject))) {
    data = assign(assign({}, data as AnyObject), { ui_metadata: opts.uiMetadata });
  }
  var envelope: AnyObject = { data: data };
  var extra = opts.envelopeKeys;
  for (var key in extra) if (!RESERVED.test(key)) envelope[key] = extra[key];
  if (opts.acceptCharges === true) envelope.accept_charges = true;
  try {
    req.body = JSON.stringify(envelope);
  } catch (e) {
    // a cycle, or a BigInt
    invalidIf(true, 'data cannot be sent as JSON (' + (e as Error).message + ')');
  }
  req.envelope = true;
}

/** The same request with its JSON envelope saying `accept_charges: true` (the 402 retry): the same bytes otherwise. */
export function withCharges(req: Request): Request {
  var next = assign({}, req) as Request;
  if (req.envelope) next.body = (req.body as string).slice(0, -1) + ',"accept_charges":true}';
  return next;
}

/** The same request with another token (the retry after a re-login). */
export function withToken(req: Request, token: string): Request {
  var next = assign({}, req) as Request;
  next.headers = assign({}, req.headers);
  next.headers['X-Auth-Token'] = token;
  return next;
}

/** The same request for the page after `startKey` (paginate: 'all'). */
export function withStartKey(req: Request, startKey: unknown): Request {
  var next = assign({}, req) as Request;
  next.url = appendQuery(withoutKeys(req.url, START), toQuery({ start_key: startKey }));
  return next;
}

var START = { start_key: true };

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

