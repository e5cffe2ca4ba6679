/**
 * getKazooSdk: settings -> an independent instance whose namespaces are built from the table.
 */
import { endpoints } from './endpoints';
import { KazooSdkError } from './errors';
import { assign, Context, fromEntry, fromOptions, mergeHeaders, send } from './request';
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
      return send(ctx, fromOptions(ctx, options));
    },
  };
  // Namespaces share their methods with every instance (made once, from the table); a method finds
  // its instance through the namespace it is called on, so creating an instance is cheap.
  var base = {};
  Object.defineProperty(base, CONTEXT, { value: ctx });
  var methods = builtInMethods || (builtInMethods = methodsOf(endpoints as unknown as Table));
  for (var ns in methods) sdk[ns] = assign(Object.create(base), methods[ns]);
  return sdk as KazooSdk;
}

type Table = { [ns: string]: { [method: string]: Endpoint } };

/** The key, on a namespace's prototype, of the instance's context. */
var CONTEXT = 'kazooSdkContext';
type Methods = { [ns: string]: { [method: string]: (settings?: AnyObject) => KazooPromise<any> } };
var builtInMethods: Methods | undefined;

/** One function per method of a table, shared by the instances. */
function methodsOf(table: Table) {
  var methods: Methods = {};
  for (var ns in table) {
    methods[ns] = {};
    for (var name in table[ns]) methods[ns][name] = method(table[ns][name], ns + '.' + name);
  }
  return methods;
}

function method(entry: Endpoint, label: string) {
  return function (this: AnyObject | undefined, settings?: AnyObject): KazooPromise<any> {
    var ctx = this && (this[CONTEXT] as Context);
    if (!ctx) throw new KazooSdkError(label + ': call it on its namespace, as kazooSdk.' + label + '(settings)');
    return send(ctx, fromEntry(ctx, entry, label, settings));
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
