/**
 * getKazooSdk: settings -> an independent instance whose namespaces are built from the table.
 */
import { endpoints } from './endpoints';
import { KazooSdkError } from './errors';
import { own } from './own';
import { send } from './call';
import { assign, Context } from './options';
import type { Endpoint, Endpoints, Entry, GetKazooSdk, KazooPromise, KazooSdk, RequestSettings, SdkSettings } from './types';
import { leavesRoot, normaliseRoot } from './url';

type AnyObject = { [key: string]: any };

/** Creates an SDK instance on the given jQuery. */
export function createSdk($: JQueryStatic, settings: SdkSettings): KazooSdk {
  var given = (typeof settings === 'string' ? { apiRoot: settings } : settings) as AnyObject;
  if (!given || typeof given !== 'object' || typeof given.apiRoot !== 'string' || !given.apiRoot) {
    throw new KazooSdkError('You must provide a valid apiRoot.');
  }
  // The initial token is stored like one an auth method returns: bound to this apiRoot only.
  var defaults = assign({}, given);
  // (left undefined, which assign() skips, rather than deleted: a deleted key slows every copy of it)
  defaults.authToken = defaults.endpoints = undefined;
  defaults.headers = assign({}, given.headers);
  var home = normaliseRoot(given.apiRoot);
  var ctx: Context = { $: $, defaults: defaults, home: home, tokens: {}, relogins: {} };
  if (given.authToken) ctx.tokens[home] = given.authToken;

  // The namespaces, and their methods, are made when first read (see lazyType): an instance costs a
  // few objects, not 70 namespaces and 469 closures.
  var Sdk = given.endpoints ? sdkType(withCustom(endpoints as unknown as Table, given.endpoints)) : builtIn || (builtIn = sdkType(endpoints as unknown as Table));
  var sdk = new Sdk(ctx);
  sdk.request = function (options: RequestSettings): KazooPromise<any> {
    return send(ctx, 'request', null, options);
  };
  return sdk as KazooSdk;
}

type Table = { [ns: string]: { [method: string]: Entry } };
type Maker = (ctx: Context) => unknown;
type LazyType = new (ctx: Context) => AnyObject;

/** The key of an instance's context: a Symbol where there is one, so that it is not enumerated. */
// eslint-disable-next-line no-restricted-globals -- guarded: a plain key before ES2015
var CONTEXT: string = typeof Symbol === 'function' ? (Symbol('kazooSdkContext') as unknown as string) : 'kazooSdkContext';
var builtIn: LazyType | undefined;

/** The type of the SDK instances of a table: one lazy namespace per namespace, one lazy method per entry. */
function sdkType(table: Table): LazyType {
  var namespaces: { [ns: string]: Maker } = {};
  for (var ns in table) {
    var methods: { [name: string]: Maker } = {};
    for (var name in table[ns]) methods[name] = methodMaker(table[ns][name], ns + '.' + name);
    namespaces[ns] = instanceMaker(lazyType(methods));
  }
  return lazyType(namespaces);
}

/** A method of an instance: a closure on its context, so it also works detached, as in the classic plugin. */
function methodMaker(entry: Entry, label: string): Maker {
  return function (ctx) {
    return function (settings?: AnyObject): KazooPromise<any> {
      return send(ctx, label, entry, settings);
    };
  };
}

function instanceMaker(Type: LazyType): Maker {
  return function (ctx) {
    return new Type(ctx);
  };
}

/**
 * A constructor whose instances hold a context. Its prototype has one accessor per member, shared by
 * every instance: the first read of a member makes it for that instance and keeps it there (also
 * what an assignment does).
 */
function lazyType(members: { [name: string]: Maker }): LazyType {
  var Type = function (this: AnyObject, ctx: Context) {
    this[CONTEXT] = ctx;
  } as unknown as LazyType;
  for (var name in members) Object.defineProperty(Type.prototype, name, lazyMember(name, members[name]));
  return Type;
}

function lazyMember(name: string, make: Maker): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get: function (this: AnyObject) {
      return own(this, name, make(this[CONTEXT]));
    },
    set: function (this: AnyObject, value: unknown) {
      own(this, name, value);
    },
  };
}

var VERB = /^(GET|PUT|POST|PATCH|DELETE|HEAD)$/;

/** The built-in table with an instance's own endpoints added or put in place (same format). */
function withCustom(table: Table, custom: AnyObject): Table {
  // maps without a prototype: a namespace named "constructor" must not reach Object's (and
  // assign() leaves `__proto__` keys out); the built-in namespaces are shared until changed
  var merged: Table = assign(Object.create(null), table);
  for (var ns in custom) {
    if (ns === 'request') throw new KazooSdkError('endpoints.request: the name of kazooSdk.request');
    if (ns === '__proto__') continue;
    var methods = (merged[ns] = assign(Object.create(null), merged[ns]));
    for (var name in custom[ns]) {
      var entry = custom[ns][name];
      if (name === '__proto__') continue;
      var forms: readonly Endpoint[] = isForms(entry) ? entry : [entry];
      for (var i = 0; i < forms.length; i++) {
        var form = forms[i];
        if (!form || typeof form.url !== 'string' || leavesRoot(form.url) || typeof form.verb !== 'string' || !VERB.test(form.verb)) {
          throw new KazooSdkError('endpoints.' + ns + '.' + name + ': invalid entry');
        }
      }
      // a copy: later changes to it change nothing
      methods[name] = isForms(entry) ? entry.map(copyOf) : copyOf(entry);
    }
  }
  return merged;
}

function isForms(entry: Entry): entry is readonly Endpoint[] {
  return Array.isArray(entry);
}

function copyOf(entry: Endpoint): Endpoint {
  return assign({}, entry) as Endpoint;
}

/** Freezes a table, its namespaces, entries and forms (the SDK only reads them). */
function deepFreeze<T>(value: T): T {
  for (var key in value) if (typeof value[key] === 'object') deepFreeze(value[key]);
  return Object.freeze(value);
}


var lastInstalled: JQueryStatic | undefined;

/** The built-in table as applications see it: deep-frozen, so that it cannot change the SDK. */
export var publicEndpoints = deepFreeze(endpoints) as unknown as Endpoints;

export var NO_JQUERY = 'jquery.kazoosdk: jQuery is required (load it first, or install($))';

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
  getKazooSdk.endpoints = publicEndpoints;
  $.getKazooSdk = getKazooSdk as GetKazooSdk;
  lastInstalled = $;
  return $;
}
