/**
 * getKazooSdk: settings -> an independent instance whose namespaces are built from the table.
 */
import { endpoints } from './endpoints';
import { KazooSdkError } from './errors';
import { assign, Context, mergeHeaders, prepare, request } from './request';
import type { Endpoint, GetKazooSdk, KazooPromise, KazooSdk, RequestSettings, SdkSettings } from './types';
import { normaliseRoot } from './url';

type AnyObject = { [key: string]: any };

/** Creates an SDK instance on the given jQuery. */
export function createSdk($: JQueryStatic, settings: SdkSettings): KazooSdk {
  var given = (typeof settings === 'string' ? { apiRoot: settings } : settings) as AnyObject;
  if (!given || typeof given !== 'object' || typeof given.apiRoot !== 'string' || !given.apiRoot) {
    throw new KazooSdkError('You must provide a valid apiRoot.');
  }
  // The initial token is stored like one an auth method returns: bound to this apiRoot only.
  var defaults = assign({}, given);
  delete defaults.authToken;
  defaults.headers = mergeHeaders(given.headers);
  var ctx: Context = { $: $, defaults: defaults, tokens: {} };
  if (given.authToken) ctx.tokens[normaliseRoot(given.apiRoot)] = given.authToken;

  var sdk: AnyObject = {
    request: function (options: RequestSettings): KazooPromise<any> {
      return request(ctx, options);
    },
  };
  var table = endpoints as unknown as { [ns: string]: { [method: string]: Endpoint } };
  for (var ns in table) {
    var methods: AnyObject = (sdk[ns] = {});
    for (var name in table[ns]) methods[name] = method(ctx, table[ns][name], ns + '.' + name);
  }
  return sdk as KazooSdk;
}

function method(ctx: Context, entry: Endpoint, label: string) {
  return function (settings?: AnyObject): KazooPromise<any> {
    return request(ctx, prepare(ctx.$, entry, label, settings));
  };
}

var lastInstalled: JQueryStatic | undefined;

export var NO_JQUERY = 'jquery.kazoosdk: jQuery is required (load it first, or pass it to install($))';

/** The jQuery most recently given to `install`. */
export function installed(): JQueryStatic | undefined {
  return lastInstalled;
}

/** Registers `$.getKazooSdk` on a jQuery (and makes it the one the module's getKazooSdk uses). */
export function install($: JQueryStatic): JQueryStatic {
  if (!$ || typeof $.ajax !== 'function') throw new Error(NO_JQUERY);
  var getKazooSdk = function (settings: SdkSettings) {
    return createSdk($, settings);
  } as AnyObject;
  getKazooSdk.endpoints = endpoints;
  $.getKazooSdk = getKazooSdk as GetKazooSdk;
  lastInstalled = $;
  return $;
}
