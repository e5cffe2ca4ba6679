// Property-based and security tests of the script-tag bundle (dist/jquery.kazoosdk.js), on jQuery
// 1.9.1, 1.12.4 and 4.0.0, each in its own jsdom window with nise's fake XHR. Each property and each
// deterministic check is one node:test test (the test command reads the TAP summary).
//
//   Fuzzing (fast-check, fixed seed): arbitrary settings for every method, each form of those with several.
//     exceptions   the only exception a method throws is KazooSdkError, and then nothing is sent
//                  and no hook runs; nothing the server answers throws
//     confinement  every request goes to its apiRoot's origin and path prefix; each placeholder
//                  stays in its own path segment (or query parameter) and decodes to String(value)
//     prototypes   no prototype (Object, Array, Function, String; page and Node) gains, loses or
//                  changes a property; jQuery's ajaxSettings and the caller's settings unchanged
//     token        the stored token goes only to its apiRoot, never on a login method, never into
//                  a URL, a body, the options handed to hooks or an error object
//     stored token only a login method's success changes the stored token
//     odd urls     kazooSdk.request({url}) and custom endpoint templates, on odd apiRoots (relative,
//                  protocol-relative, userinfo, tabs, CR/LF, backslashes, %2e, %5c) and odd urls:
//                  every request sent lands under its apiRoot as WHATWG URL parsing resolves it
//                  (relative roots against the page), and the instance's tokens (its own, and the
//                  one its reauth gives on a 401) reach nothing outside the instance's apiRoot
//   Token confinement: deterministic checks of the same rules, and of console output.
//
// Run: node test/fuzz/fuzz.test.mjs [--runs N]   (N: base runs per fuzz property, default 400;
//      the exceptions and confinement properties run 2N; about 7,800 runs in all)
import * as fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { jqueryFile } from '../runners/jquery.mjs';

const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(ROOT_DIR + path, 'utf8');
const VERSIONS = ['1.9.1', '1.12.4', '4.0.0'];
const SEED = 42;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 400;
// The bundle under test; another path lets a mutated copy check that the properties catch bugs.
const BUNDLE = process.env.FUZZ_BUNDLE || 'dist/jquery.kazoosdk.js';

const PAGE = 'http://page.test/';
const ROOT = 'http://api.kazoo.test:8000/v2/';
const TOKEN = 'tok-STORED-7f3a9c51e2'; // the instance's token in the fuzz runs
const TOKEN_RESPONSE = 'tok-RESPONSE-c04be8d6'; // what every successful fuzz response carries
const TOKEN_ODD = 'tok-ODD-5d21e0b7'; // the instance's token in the odd-url runs
const TOKEN_RELOGIN = 'tok-RELOGIN-93af6c12'; // what reauth gives in the odd-url runs
const SECRETS = [TOKEN, TOKEN_RESPONSE, TOKEN_ODD, TOKEN_RELOGIN]; // grows with the tokens of the deterministic checks
const THROWN = 'fuzz-thrown-on-purpose'; // what the fuzz's throwing callbacks throw
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Output and console capture. Everything written to Node's console or stdout/stderr, and to the
// pages' consoles, is captured; the token checks search it. Our own lines bypass the capture.
const captured = [];
const rawOut = process.stdout.write.bind(process.stdout);
const rawErr = process.stderr.write.bind(process.stderr);
const print = (line) => rawOut(line + '\n');
for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'assert', 'group', 'groupCollapsed', 'count', 'timeLog']) {
  const original = console[name];
  if (typeof original !== 'function') continue;
  console[name] = function (...args) {
    captured.push(`node console.${name}: ${format(...args.map(safeText))}`);
    return original.apply(this, args);
  };
}
process.stdout.write = function (chunk, ...rest) {
  captured.push('stdout: ' + String(chunk));
  return rawOut(chunk, ...rest);
};
process.stderr.write = function (chunk, ...rest) {
  captured.push('stderr: ' + String(chunk));
  return rawErr(chunk, ...rest);
};

function safeText(value) {
  if (typeof value === 'string') return value;
  try {
    return format('%o', value);
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Counting
// Each outcome is recorded as a node:test test of its own (the check has already run: the test
// reports it), so that the checks run in turn on the shared pages.
function pass(name, detail) {
  test(`${name}${detail ? ` (${detail})` : ''}`, () => {});
}
function fail(name, message) {
  test(name, () => {
    throw new Error(indent(message));
  });
}
function indent(text) {
  return String(text)
    .split('\n')
    .map((l) => '      ' + l)
    .join('\n');
}
async function check(name, fn) {
  try {
    await fn();
    pass(name);
  } catch (e) {
    fail(name, e && e.stack && !(e instanceof CheckError) ? e.stack : e && e.message);
  }
}
class CheckError extends Error {}
function assert(condition, message) {
  if (!condition) throw new CheckError(message);
}
/** Message-safe description of a value: never prints a token, only says which one it is. */
function redact(value) {
  return scrub(typeof value === 'string' ? JSON.stringify(value) : safeText(value));
}
/** Text with every token replaced by its number. */
function scrub(text) {
  SECRETS.forEach((s, i) => {
    text = String(text).split(s).join(`<token #${i}>`);
  });
  return text;
}

// ---------------------------------------------------------------------------------------------
// Pages: one jsdom window per jQuery version, with jQuery, nise and the bundle.
function makePage(version) {
  const virtualConsole = new VirtualConsole();
  const uncaught = [];
  for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'assert', 'group', 'groupCollapsed', 'count', 'timeLog']) {
    virtualConsole.on(name, (...args) => captured.push(`page ${version} console.${name}: ${format(...args.map(safeText))}`));
  }
  virtualConsole.on('jsdomError', (e) => {
    const text = String((e && (e.stack || e.message)) || e) + (e && e.cause ? ' / cause: ' + String(e.cause.stack || e.cause) : '');
    captured.push(`page ${version} jsdomError: ${text}`);
    uncaught.push(text);
  });
  const dom = new JSDOM('<!doctype html>', { url: PAGE, runScripts: 'outside-only', virtualConsole });
  const window = dom.window;
  window.eval(read(jqueryFile(version)));
  window.eval(read('node_modules/nise/nise.js'));
  window.eval(BUNDLE.startsWith('/') ? readFileSync(BUNDLE, 'utf8') : read(BUNDLE));
  // The pages' console, wrapped as an application's would see it (it also reaches the virtual console).
  for (const name of Object.keys(window.console)) {
    const original = window.console[name];
    if (typeof original !== 'function') continue;
    window.console[name] = function (...args) {
      captured.push(`page ${version} window.console.${name}: ${format(...args.map(safeText))}`);
      return original.apply(this, args);
    };
  }
  const confirms = [];
  window.confirm = function (message) {
    confirms.push(String(message));
    captured.push(`page ${version} window.confirm: ${message}`);
    return false;
  };
  const page = {
    version,
    window,
    $: window.jQuery,
    KazooSdkError: window.KazooSdk.KazooSdkError,
    endpoints: window.KazooSdk.endpoints,
    uncaught,
    confirms,
    requests: [], // every request since the last reset
  };
  const fakeXhr = window.nise.fakeXhr.useFakeXMLHttpRequest();
  fakeXhr.onCreate = (xhr) => page.requests.push(xhr);
  page.baseline = snapshotPrototypes(page);
  page.close = () => {
    fakeXhr.restore();
    window.close();
  };
  return page;
}

// ---------------------------------------------------------------------------------------------
// Helpers over requests and values
const PLACEHOLDER = /\{([^{}]+)\}/g;
const placeholdersOf = (template) => [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
const isMissing = (v) => v === undefined || v === null || v === '';
/** A method's forms: its one entry, or the several a method may have. */
const formsOf = (entry) => (Array.isArray(entry) ? entry : [entry]);
/**
 * The form a call uses, as the README says: the first whose placeholders the settings give all of
 * (own values, not undefined, null or ''), else the last.
 */
const formFor = (entry, settings) => {
  const forms = formsOf(entry);
  return forms.find((form, i) => i === forms.length - 1 || placeholdersOf(form.url).every((n) => own(settings, n) && !isMissing(settings[n])));
};
const own = (o, k) => o !== null && (typeof o === 'object' || typeof o === 'function') && Object.prototype.hasOwnProperty.call(o, k);
const normaliseRoot = (root) => root.replace(/\/*$/, '/');
const tick = () => new Promise((resolve) => setImmediate(resolve));

function headerOf(xhr, name) {
  const headers = xhr.requestHeaders || {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}
function isOpened(xhr) {
  return typeof xhr.url === 'string';
}
function isSent(xhr) {
  return xhr.sendFlag === true && xhr.readyState === 1;
}
function under(url, root) {
  const rootUrl = new URL(normaliseRoot(root), PAGE);
  return url.origin === rootUrl.origin && url.pathname.startsWith(rootUrl.pathname);
}
function respondJson(xhr, status, body) {
  xhr.respond(status, { 'Content-Type': 'application/json' }, JSON.stringify(body));
}
function envelope(data, token) {
  return { auth_token: token, status: 'success', request_id: 'req-1', revision: 'rev-1', data };
}
function errorEnvelope(status, message) {
  return { status: 'error', error: String(status), message, data: {}, request_id: 'req-1', auth_token: '' };
}

/** Where a secret appears in a value: in its JSON.stringify text, or deep in its own properties. */
function leaks(value) {
  let json;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (typeof json === 'string' && SECRETS.some((s) => json.includes(s))) return 'JSON.stringify(value)';
  return findSecret(value);
}

/** Where a secret appears in a value (deep, own enumerable properties, cycles and depth safe). */
function findSecret(value, secrets = SECRETS, path = '$', seen = new Set(), depth = 0) {
  if (typeof value === 'string') {
    for (const s of secrets) if (value.includes(s) || value.includes(encodeURIComponent(s))) return path;
    return null;
  }
  if (value === null || typeof value !== 'object' || depth > 6 || seen.has(value)) return null;
  seen.add(value);
  let keys;
  try {
    keys = Object.keys(value);
  } catch {
    return null;
  }
  for (const key of keys) {
    let child;
    try {
      child = value[key];
    } catch {
      continue;
    }
    if (typeof child === 'function') continue;
    const found = findSecret(key, secrets, path + '[key]', seen, depth + 1) || findSecret(child, secrets, `${path}.${key}`, seen, depth + 1);
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
const HOSTILE = [
  '/', '?', '#', '%', '%%', '%zz', '%2', '..', '.', '...', '%2e%2e', '%2E%2E', '%2e%2E', '.%2e', '%2e.', '%2e', '%2f', '%2F', '%5c',
  '%00', '%25', '&', '=', '+', '\\', '../', '..\\', '/../', '/..', '../..', ';', ':', '@', '//', 'http://evil.test/', '//evil.test/x',
  'javascript:alert(1)', '{accountId}', '{', '}', '$&', "$'", '$`', '$1', ' ', '\t', '\n', '\r\n', '\u0000', '\u007f', '\u0085',
  'é', 'e\u0301', '日本語', 'ß', 'İ', 'ﬃ', '\u2024', '\u2024\u2024', '\uFF0E\uFF0E', '\u3002', '🎉', '👨‍👩‍👧', '\uD83D', '\uDE00',
  '\uDE00\uD83D', '\uFFFD', '\uFEFF', '\u202E', '\u2028', '\u200B', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  "'", '"', '<', '>', '`', '|', '^', '[', ']', '*', '!', '(', ')', '~', '-', '_', '0', '-0', 'NaN', 'Infinity', 'undefined', 'null',
];
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) } // mostly lone surrogates
);
const richString = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '%2e%2e', '.%2e', '%2e', ' ', '/', '?', '#', '\uD83D') },
  { weight: 8, arbitrary: fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join('')) }
);
const numberArb = fc.oneof(
  fc.integer(),
  fc.double(), // includes NaN, -0, +-Infinity
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e21, 1e-7, 2 ** 53 + 2, -1, 0.1, Number.MAX_VALUE, Number.MIN_VALUE)
);

function defineAll(target, pairs) {
  for (const [key, value] of pairs) {
    try {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    } catch {
      // e.g. "length" on an array: not a key a caller can set either
    }
  }
  return target;
}
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_KEYS, 'id', 'accountId', 'length', '0', '') },
  { weight: 2, arbitrary: richString }
);
const objectOf = (valueArb, keys = keyArb, maxLength = 4) =>
  fc.array(fc.tuple(keys, valueArb), { maxLength }).map((pairs) => defineAll({}, pairs));

/** Fresh each time: objects that try to pollute prototypes through every classic route. */
const POLLUTERS = [
  () => JSON.parse('{"__proto__": {"polluted": "yes", "accountId": "from-proto", "authToken": "tok-proto"}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  () => JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}'),
  () => JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}, "__proto__": null}'),
  () => defineAll({}, [['__proto__', 'polluted']]),
  () => [JSON.parse('{"__proto__": {"polluted": "yes"}}')],
];
const polluter = fc.integer({ min: 0, max: POLLUTERS.length - 1 }).map((i) => POLLUTERS[i]());

const leaf = fc.oneof(richString, numberArb, fc.constantFrom(true, false, null, undefined));
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 3, depthIdentifier: 'json' }, leaf, tie('object'), tie('array'), polluter),
  object: objectOf(tie('value')),
  array: fc.array(tie('value'), { maxLength: 3 }),
})).value;

function noop() {}
function returnsFalse() {
  return false;
}
function returnsTrue() {
  return true;
}
function thrower() {
  throw new Error(THROWN);
}
const resolvesTrue = () => Promise.resolve(true);
const rejects = () => {
  const p = Promise.reject(new Error('refused'));
  p.catch(noop); // handled here too, so that Node does not report it when nobody else does
  return p;
};
const thenableTrue = () => ({ then: (ok) => ok(true) });
const fnArb = fc.constantFrom(noop, returnsFalse, returnsTrue, thrower, resolvesTrue, rejects, thenableTrue);

/** Values that are neither JSON nor simple: never valid placeholders. BigInt and cycles excepted (see WRONG_TYPES). */
const EXOTIC = [
  () => Symbol('s'),
  () => new String('boxed'),
  () => new Number(5),
  () => new Boolean(false),
  () => new Date(0),
  () => /re/g,
  () => [],
  () => ['a', 'b'],
  () => ({ toString: () => 'x', valueOf: () => 1 }),
  () => Object.create(null),
  () => Object.create({ inherited: 'x', accountId: 'inherited' }),
  () => new Map([['a', 1]]),
  () => new Uint8Array([1, 2]),
];
const exotic = fc.integer({ min: 0, max: EXOTIC.length - 1 }).map((i) => EXOTIC[i]());

/** Any value a caller could put in a setting (no BigInt, no cycles: see WRONG_TYPES). */
const anyValue = fc.oneof(
  { weight: 8, arbitrary: richString },
  { weight: 2, arbitrary: numberArb },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined) },
  { weight: 1, arbitrary: jsonish },
  { weight: 1, arbitrary: polluter },
  { weight: 1, arbitrary: fnArb },
  { weight: 1, arbitrary: exotic }
);
/** Placeholder values: mostly strings and numbers, so that most calls are sent. */
const placeholderValue = fc.oneof(
  { weight: 14, arbitrary: richString },
  { weight: 3, arbitrary: numberArb },
  { weight: 3, arbitrary: anyValue },
  { weight: 1, arbitrary: fc.bigInt() }
);
/** data.id (the POST quirk's source): the same without BigInt, which JSON cannot encode. */
const idValue = fc.oneof({ weight: 14, arbitrary: richString }, { weight: 3, arbitrary: numberArb }, { weight: 3, arbitrary: anyValue });

const dataArb = fc.oneof(
  { weight: 3, arbitrary: objectOf(anyValue) },
  { weight: 3, arbitrary: fc.tuple(idValue, objectOf(jsonish)).map(([id, rest]) => defineAll(rest, [['id', id]])) },
  { weight: 1, arbitrary: richString }, // raw bodies: pdf, base64, html
  { weight: 1, arbitrary: jsonish },
  { weight: 1, arbitrary: polluter },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, false, '') }
);
const FILTER_KEYS = [
  'filter_any_tags', 'filter_none_tags', 'filter_array_intersect_all_x', 'filter_array_intersect_any_x', 'fields', 'key_missing',
  'paginate', 'page_size', 'start_key', 'created_from', '_', 'prefix', 'quantity', 'offset', 'domain', 'filename', ...PROTO_KEYS,
];
const filtersArb = fc.oneof(
  { weight: 6, arbitrary: objectOf(fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), jsonish, exotic), fc.oneof(fc.constantFrom(...FILTER_KEYS), richString), 5) },
  { weight: 1, arbitrary: polluter },
  { weight: 1, arbitrary: fc.oneof(richString, numberArb, fc.constantFrom(null, undefined, true), fc.array(leaf)) }
);
const HEADER_NAMES = ['X-Auth-Token', 'x-auth-token', 'Accept', 'Content-Type', 'X-Custom', 'X-Kazoo-Cluster-ID', 'Cookie', 'Origin', 'Sec-Fetch-Mode', ...PROTO_KEYS];
const headersArb = fc.oneof(
  { weight: 6, arbitrary: objectOf(fc.oneof({ weight: 8, arbitrary: richString }, numberArb, fc.constantFrom(null, undefined, true), polluter, jsonish), fc.oneof(fc.constantFrom(...HEADER_NAMES), richString), 3) },
  { weight: 1, arbitrary: polluter },
  { weight: 1, arbitrary: fc.oneof(richString, fc.constantFrom(null, undefined, 1)) }
);
/** Per-call apiRoots: the instance's (spelled three ways) and others. */
const ROOTS = [
  ROOT, 'http://api.kazoo.test:8000/v2', 'http://api.kazoo.test:8000/v2//', 'https://api.kazoo.test:8000/v2/',
  'http://api.kazoo.test:8001/v2/', 'http://api.kazoo.test/v2/', 'http://other.test/v2/', 'http://api.kazoo.test:8000/v2x/',
  'http://api.kazoo.test:8000/', 'http://api.kazoo.test:8000/v2/sub/', 'http://api.kazoo.test:8000/a%2Fb/v2/', '/v2/', '/',
];
const rootArb = fc.constantFrom(...ROOTS);

// Keys a call may carry besides placeholders, data, filters, headers and apiRoot.
const CALLBACK_KEYS = ['success', 'error', 'onRequestStart', 'onRequestEnd', 'onRequestSuccess', 'onRequestError', 'onChargesCancelled', 'confirmCharges'];
const AJAX_KEYS = ['url', 'verb', 'type', 'method', 'xhr', 'beforeSend', 'complete', 'contentType', 'dataType', 'processData', 'crossDomain', 'jsonp', 'converters', 'context', 'async', 'global', 'preventCallbackError'];
const CUSTOM_KEYS = ['generateError', 'polluted', 'isAdmin', 'accountId', 'data', ...PROTO_KEYS];
/** Options the SDK keeps for itself inside `options`; a call can carry them as custom keys too. */
const INTERNAL_KEYS = ['auth', 'outcome', 'accept'];

const extraCore = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...CUSTOM_KEYS, ...AJAX_KEYS), richString), anyValue) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CALLBACK_KEYS), fc.oneof({ weight: 4, arbitrary: fnArb }, anyValue)) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('uiMetadata'), fc.oneof(objectOf(jsonish), polluter, fc.constant(null))) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('authToken'), fc.oneof(richString, fc.constantFrom(null, undefined, ''))) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('cache', 'acceptCharges'), fc.oneof(fc.boolean(), anyValue)) }
);
const extraInternal = fc.tuple(fc.constantFrom(...INTERNAL_KEYS), anyValue);

/** Documented settings given values of the wrong type, and values JSON cannot encode. */
function cyclic() {
  const o = { a: 1 };
  o.self = o;
  return o;
}
const WRONG_VALUES = [() => null, () => 0, () => 5, () => true, () => ({}), () => [], () => Symbol('s'), () => 10n, () => ({ n: 10n }), cyclic, () => [cyclic()], () => noop, () => NaN, () => ''];
const wrongValue = fc.integer({ min: 0, max: WRONG_VALUES.length - 1 }).map((i) => WRONG_VALUES[i]());
const extraWrong = fc.tuple(
  fc.constantFrom('apiRoot', 'data', 'filters', 'headers', 'uiMetadata', 'timeout', 'authToken', 'cache', 'acceptCharges'),
  fc.oneof(wrongValue, anyValue)
);

const RESPONSES = ['none', 'ok', 'ok', 'ok', 'empty', 'html500', 'json401', 'json402', 'invalidJson', 'network', 'abort'];

/**
 * One call: a method, its settings and what the server does. `kinds` picks the extra keys:
 * core (custom keys, callbacks, well-typed settings), internal (the SDK's own option names),
 * wrong (documented settings with wrong types or unencodable values).
 */
function callArb(page, kinds) {
  const labels = [];
  for (const ns of Object.keys(page.endpoints)) for (const m of Object.keys(page.endpoints[ns])) labels.push(`${ns}.${m}`);
  const extra = fc.oneof(
    ...[
      kinds.core && { weight: 6, arbitrary: extraCore },
      kinds.internal && { weight: 2, arbitrary: extraInternal },
      kinds.wrong && { weight: 2, arbitrary: extraWrong },
    ].filter(Boolean)
  );
  const ABSENT = Symbol('absent');
  // Every method, with the login methods, those whose URL has placeholders in its query part and
  // those with several forms drawn more often than 1 in 470: they are where the token, query and
  // form rules bite.
  const formsOfLabel = (label) => formsOf(page.endpoints[label.split('.')[0]][label.split('.')[1]]);
  const logins = labels.filter((l) => formsOfLabel(l).some((form) => form.auth));
  const queryPlaceholders = labels.filter((l) => formsOfLabel(l).some((form) => /\?.*\{/.test(form.url)));
  const severalForms = labels.filter((l) => formsOfLabel(l).length > 1);
  const labelArb = fc.oneof(
    { weight: 15, arbitrary: fc.constantFrom(...labels) },
    { weight: 3, arbitrary: fc.constantFrom(...logins) },
    { weight: 2, arbitrary: fc.constantFrom(...queryPlaceholders) },
    { weight: 2, arbitrary: fc.constantFrom(...severalForms) }
  );
  return labelArb.chain((label) => {
    const [ns, m] = label.split('.');
    // (every placeholder of every form, each given or not: the settings choose the form)
    const names = [...new Set(formsOf(page.endpoints[ns][m]).flatMap((form) => placeholdersOf(form.url)))];
    const settingsArb = fc
      .record({
        shape: fc.oneof({ weight: 30, arbitrary: fc.constant('object') }, fc.constantFrom('none', 'array', 'string', 'function')),
        placeholders: fc.tuple(...names.map(() => fc.option(placeholderValue, { nil: ABSENT, freq: 12 }))),
        data: fc.option(dataArb, { nil: ABSENT, freq: 6 }),
        filters: fc.option(filtersArb, { nil: ABSENT, freq: 2 }),
        headers: fc.option(headersArb, { nil: ABSENT, freq: 2 }),
        apiRoot: fc.option(rootArb, { nil: ABSENT, freq: 2 }),
        extra: fc.array(extra, { maxLength: 4 }),
      })
      .map((r) => {
        if (r.shape === 'none') return undefined;
        if (r.shape === 'string') return 'accounts/x';
        if (r.shape === 'function') return noop;
        const pairs = names.map((n, i) => [n, r.placeholders[i]]).filter(([, v]) => v !== ABSENT);
        for (const key of ['data', 'filters', 'headers', 'apiRoot']) if (r[key] !== ABSENT) pairs.push([key, r[key]]);
        return defineAll(r.shape === 'array' ? [] : {}, [...pairs, ...r.extra]);
      });
    return fc.record({ label: fc.constant(label), settings: settingsArb, response: fc.constantFrom(...RESPONSES) });
  });
}

// ---------------------------------------------------------------------------------------------
// One fuzz run: a fresh instance (token TOKEN on ROOT, spies as instance hooks), the call, the
// answers, then a follow-up call that shows the stored token.
async function runCall(page, { label, settings, response }) {
  const [ns, m] = label.split('.');
  const entry = formFor(page.endpoints[ns][m], settings);
  const hooks = { start: 0, end: 0, success: 0, error: 0, handed: [] };
  const sdk = page.$.getKazooSdk({
    apiRoot: ROOT,
    authToken: TOKEN,
    onRequestStart: (jqXHR, options) => {
      hooks.start++;
      hooks.handed.push(options);
    },
    onRequestEnd: () => {
      hooks.end++;
    },
    onRequestSuccess: () => {
      hooks.success++;
    },
    onRequestError: (jqXHR, options) => {
      hooks.error++;
      hooks.handed.push(options);
    },
  });
  page.requests = [];
  const requests = page.requests;
  const out = { entry, sdk, hooks, requests, threw: false, error: undefined, settled: [], respondErrors: [], answered: new Map() };
  let promise;
  try {
    promise = sdk[ns][m](settings);
  } catch (e) {
    out.threw = true;
    out.error = e;
    out.sentOnThrow = requests.length;
  }
  out.promise = promise;
  if (promise && typeof promise.then === 'function') {
    promise.then(
      (...args) => out.settled.push(['resolved', args]),
      (...args) => out.settled.push(['rejected', args])
    );
  }
  // Answer every sent request (402 retries included), a few rounds.
  for (let round = 0; round < 3 && !out.threw; round++) {
    await tick();
    const pending = requests.filter((x) => isSent(x) && !out.answered.has(x));
    if (!pending.length) break;
    for (const xhr of pending) {
      out.answered.set(xhr, response);
      try {
        answer(xhr, response, promise);
      } catch (e) {
        out.respondErrors.push(e);
      }
    }
  }
  await tick();
  out.callRequests = requests.slice();
  out.hookCalls = hooks.start + hooks.end + hooks.success + hooks.error;
  // Undo any prototype pollution of this run (and say what it was), so that the follow-up, later
  // runs and shrinking see clean prototypes.
  out.pollution = heal(page);
  // The follow-up: which token does the instance send now?
  page.requests = [];
  try {
    sdk.account.get({ accountId: 'follow-up' });
    out.followUp = page.requests[0];
  } catch (e) {
    out.followUpError = e;
  }
  out.pollution.push(...heal(page));
  return out;
}

function answer(xhr, response, promise) {
  switch (response) {
    case 'none':
      return;
    case 'ok':
      return respondJson(xhr, 200, envelope({ id: 'x' }, TOKEN_RESPONSE));
    case 'empty':
      return xhr.respond(204, {}, '');
    case 'html500':
      return xhr.respond(500, { 'Content-Type': 'text/html' }, '<html><body>Internal Server Error</body></html>');
    case 'json401':
      return respondJson(xhr, 401, errorEnvelope(401, 'invalid_credentials'));
    case 'json402':
      return respondJson(xhr, 402, {
        status: 'error', error: '402', message: 'accept charges', request_id: 'req-1', auth_token: '',
        data: { limits: { twoway_trunks: { quantity: 1, rate: 29.99 } }, activation_charges: 5 },
      });
    case 'invalidJson':
      return xhr.respond(200, { 'Content-Type': 'application/json' }, '{"data": ');
    case 'network':
      return xhr.error();
    case 'abort':
      return promise && typeof promise.abort === 'function' ? promise.abort() : undefined;
  }
}

/** The value each placeholder should carry, as the SDK documents it (own settings; the POST data.id quirk). */
function expectedValues(entry, settings) {
  const names = placeholdersOf(entry.url);
  const values = {};
  for (const n of names) values[n] = own(settings, n) ? settings[n] : undefined;
  const last = names[names.length - 1];
  const data = own(settings, 'data') ? settings.data : undefined;
  if (entry.verb === 'POST' && last && isMissing(values[last]) && data && typeof data === 'object' && !isMissing(data.id)) values[last] = data.id;
  return values;
}
function effectiveRoot(settings) {
  return own(settings, 'apiRoot') && typeof settings.apiRoot === 'string' ? settings.apiRoot : ROOT;
}

// ---------------------------------------------------------------------------------------------
// Properties
const describeError = (e) => (e && e.constructor ? e.constructor.name : typeof e) + ': ' + (e && e.message ? e.message : String(e));

/**
 * The exception rules of a run (`threw`, `error`, `sentOnThrow`, `hookCalls`, `respondErrors`): only
 * a KazooSdkError, and then nothing sent and no hook run; nothing thrown while answering.
 */
function checkExceptions(page, r) {
  if (r.threw) {
    if (!(r.error instanceof page.KazooSdkError)) throw new Error(`threw ${describeError(r.error)} (only KazooSdkError may be thrown)`);
    if (r.sentOnThrow) throw new Error(`threw "${r.error.message}" after creating ${r.sentOnThrow} request(s)`);
    const ran = r.hookCalls;
    if (ran) throw new Error(`threw "${r.error.message}" after ${ran} hook call(s)`);
    return;
  }
  if (r.respondErrors.length) throw new Error(`answering the request threw: ${describeError(r.respondErrors[0])}`);
}

function propExceptions(page) {
  return async (input) => {
    const r = await runCall(page, input);
    checkExceptions(page, r);
    if (!r.threw && (!r.promise || typeof r.promise.then !== 'function' || typeof r.promise.abort !== 'function')) throw new Error('returned no abortable promise');
  };
}

function propConfinement(page) {
  return async (input) => {
    const r = await runCall(page, input);
    if (r.threw) return;
    const root = effectiveRoot(input.settings);
    const rootUrl = new URL(normaliseRoot(root), PAGE);
    const values = expectedValues(r.entry, input.settings);
    const [tplPath, tplQuery] = r.entry.url.split('?');
    const fill = (text) => text.replace(PLACEHOLDER, (_, n) => String(values[n]));
    const fillEncoded = (text) => text.replace(PLACEHOLDER, (_, n) => encodeURIComponent(String(values[n])));
    const opened = r.callRequests.filter(isOpened);
    if (!opened.length) throw new Error('no request was made');
    for (const xhr of opened) {
      const sent = new URL(xhr.url, PAGE);
      const where = `sent ${JSON.stringify(xhr.url)} -> ${sent.href}`;
      if (sent.origin !== rootUrl.origin) throw new Error(`${where}: origin ${sent.origin}, apiRoot's is ${rootUrl.origin}`);
      if (!sent.pathname.startsWith(rootUrl.pathname)) throw new Error(`${where}: path ${sent.pathname} is not under ${rootUrl.pathname}`);
      if (sent.hash) throw new Error(`${where}: has a fragment`);
      const tplSegments = (rootUrl.pathname + tplPath).split('/');
      const sentSegments = sent.pathname.split('/');
      if (sentSegments.length !== tplSegments.length) throw new Error(`${where}: ${sentSegments.length} path segments, template has ${tplSegments.length}`);
      tplSegments.forEach((tpl, i) => {
        const got = sentSegments[i];
        if (/\{[^{}]+\}/.test(tpl)) {
          let decoded;
          try {
            decoded = decodeURIComponent(got);
          } catch (e) {
            throw new Error(`${where}: segment ${i} ${JSON.stringify(got)} does not decode`);
          }
          if (decoded !== fill(tpl)) throw new Error(`${where}: segment ${i} decodes to ${JSON.stringify(decoded)}, expected ${JSON.stringify(fill(tpl))}`);
        } else if (got !== tpl) throw new Error(`${where}: segment ${i} is ${JSON.stringify(got)}, expected ${JSON.stringify(tpl)}`);
      });
      const expectedPath = rootUrl.pathname + fillEncoded(tplPath);
      if (sent.pathname !== expectedPath) throw new Error(`${where}: path ${sent.pathname}, expected ${expectedPath}`);
      if (tplQuery) {
        const parts = sent.search.slice(1).split('&');
        tplQuery.split('&').forEach((tplPart, j) => {
          const [key, tplValue] = tplPart.split('=');
          const part = parts[j] || '';
          const eq = part.indexOf('=');
          if (eq < 0 || part.slice(0, eq) !== key) throw new Error(`${where}: query parameter ${j} is ${JSON.stringify(part)}, expected ${key}=...`);
          let decoded;
          try {
            decoded = decodeURIComponent(part.slice(eq + 1));
          } catch (e) {
            throw new Error(`${where}: query parameter ${key} does not decode`);
          }
          if (decoded !== fill(tplValue)) throw new Error(`${where}: query parameter ${key} decodes to ${JSON.stringify(decoded)}, expected ${JSON.stringify(fill(tplValue))}`);
        });
      }
    }
  };
}

const PROTOTYPES = (realm) => ({
  'Object.prototype': realm.Object.prototype,
  'Array.prototype': realm.Array.prototype,
  'Function.prototype': realm.Function.prototype,
  'String.prototype': realm.String.prototype,
  'Number.prototype': realm.Number.prototype,
  'Boolean.prototype': realm.Boolean.prototype,
});
function snapshotPrototypes(page) {
  const realms = { node: globalThis, page: page.window.eval('this') };
  const snap = new Map();
  for (const [realmName, realm] of Object.entries(realms)) {
    for (const [name, proto] of Object.entries(PROTOTYPES(realm))) {
      const props = new Map();
      const descriptors = new Map();
      for (const key of Reflect.ownKeys(proto)) {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        props.set(key, [d.value, d.get, d.set, d.enumerable, d.writable]);
        descriptors.set(key, d);
      }
      snap.set(`${realmName} ${name}`, { proto, props, descriptors, parent: Object.getPrototypeOf(proto) });
    }
  }
  return snap;
}
/** Compares the prototypes with the page's baseline, restores them, and lists the differences. */
function heal(page) {
  const before = page.baseline;
  const after = snapshotPrototypes(page);
  const diffs = [];
  const probes = page.window.eval('[({}).polluted, [].polluted, (function () {}).polluted, "".polluted, (0).polluted, ({}).isAdmin]');
  const nodeProbes = [{}.polluted, [].polluted, function () {}.polluted, ''.polluted, (0).polluted, {}.isAdmin];
  if (probes.concat(nodeProbes).some((v) => v !== undefined)) diffs.push(`probes [({}), [], function, '', 0].polluted, ({}).isAdmin: page ${redact(probes.map(String).join())}, node ${redact(nodeProbes.map(String).join())}`);
  for (const [name, b] of before) {
    const a = after.get(name);
    if (a.parent !== b.parent) {
      diffs.push(`${name}: its prototype changed`);
      Object.setPrototypeOf(b.proto, b.parent);
    }
    for (const key of new Set([...b.props.keys(), ...a.props.keys()])) {
      const x = b.props.get(key);
      const y = a.props.get(key);
      if (x && y && x.every((v, i) => Object.is(v, y[i]))) continue;
      diffs.push(`${name}.${String(key)} ${!x ? `added (${redact(Object.getOwnPropertyDescriptor(b.proto, key).value)})` : !y ? 'removed' : 'changed'}`);
      if (!x) delete b.proto[key];
      else Object.defineProperty(b.proto, key, b.descriptors.get(key));
    }
  }
  return diffs;
}
function shallowSnapshot(value) {
  if (value === null || typeof value !== 'object') return null;
  return Reflect.ownKeys(value).map((k) => [k, Object.getOwnPropertyDescriptor(value, k).value]);
}
function snapshotSettings(settings) {
  const snap = { top: shallowSnapshot(settings) };
  for (const key of ['data', 'filters', 'headers']) if (own(settings, key)) snap[key] = shallowSnapshot(settings[key]);
  return snap;
}
function sameSnapshot(a, b) {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every(([k, v], i) => b[i][0] === k && Object.is(b[i][1], v));
}

function propPrototypes(page) {
  const ajaxSettings = shallowSnapshot(page.$.ajaxSettings);
  return async (input) => {
    const settingsBefore = snapshotSettings(input.settings);
    const r = await runCall(page, input);
    if (r.pollution.length) throw new Error(`prototypes modified (restored since): ${r.pollution.join('; ')}`);
    if (!sameSnapshot(ajaxSettings, shallowSnapshot(page.$.ajaxSettings))) throw new Error('jQuery.ajaxSettings changed');
    const settingsAfter = snapshotSettings(input.settings);
    for (const key of Object.keys(settingsBefore)) {
      if (!sameSnapshot(settingsBefore[key], settingsAfter[key])) throw new Error(`the caller's settings${key === 'top' ? '' : '.' + key} were modified`);
    }
  };
}

function propToken(page) {
  return async (input) => {
    const r = await runCall(page, input);
    if (r.threw) {
      const where = findSecret(r.error.message);
      if (where) throw new Error(`the exception's message holds a token`);
      return;
    }
    const isAuth = !!r.entry.auth;
    const headers = own(input.settings, 'headers') ? input.settings.headers : undefined;
    const userAuthHeader = headers !== null && typeof headers === 'object' && Object.keys(headers).some((k) => k.toLowerCase() === 'x-auth-token');
    for (const xhr of r.callRequests.filter(isOpened)) {
      const sent = new URL(xhr.url, PAGE);
      const token = headerOf(xhr, 'X-Auth-Token');
      if (findSecret(xhr.url)) throw new Error(`a token is in the URL ${redact(xhr.url)}`);
      if (typeof xhr.requestBody === 'string' && findSecret(xhr.requestBody)) throw new Error(`a token is in the body ${redact(xhr.requestBody)}`);
      if (typeof token === 'string' && token.includes(TOKEN)) {
        if (isAuth) throw new Error(`the login method ${input.label} sent the stored token`);
        if (!under(sent, ROOT)) throw new Error(`the stored token was sent to ${sent.href}, outside ${ROOT}`);
      }
      if (typeof token === 'string' && token.includes(TOKEN_RESPONSE)) throw new Error(`a token from a response was sent to ${sent.href} within the call`);
      if (isAuth && token !== undefined && !userAuthHeader) throw new Error(`the login method ${input.label} sent X-Auth-Token ${redact(token)}`);
    }
    for (const options of r.hooks.handed) {
      const where = leaks(options);
      if (where) throw new Error(`the options handed to a hook hold a token at ${where}`);
    }
    for (const [state, args] of r.settled) {
      const where = leaks(args[0]);
      if (state === 'rejected' && where) throw new Error(`the error object holds a token at ${where}`);
    }
  };
}

function propStoredToken(page) {
  return async (input) => {
    const r = await runCall(page, input);
    if (r.followUpError) throw new Error(`the follow-up call threw ${describeError(r.followUpError)}`);
    let expected = TOKEN;
    const answeredOk = [...r.answered.values()].includes('ok');
    if (!r.threw && r.entry.auth && answeredOk && normaliseRoot(effectiveRoot(input.settings)) === ROOT) expected = TOKEN_RESPONSE;
    const got = headerOf(r.followUp, 'X-Auth-Token');
    if (got !== expected) {
      throw new Error(`after ${input.label} answered ${[...r.answered.values()].join(',') || 'nothing'}, the instance sends ${redact(got)} instead of ${redact(expected)}`);
    }
  };
}

/** Runs one fuzz property; counts it once; prints the shrunk counterexample on failure. */
async function fuzz(page, name, arb, predicate, numRuns, stats) {
  const t0 = Date.now();
  const title = `jQuery ${page.version} fuzz: ${name}`;
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        stats.runs++;
        return predicate(input);
      }),
      { seed: SEED, numRuns }
    );
    pass(title, `${numRuns} runs, ${Date.now() - t0} ms`);
  } catch (e) {
    const cause = e.cause ? `\nGot error: ${e.cause && e.cause.message ? e.cause.message : e.cause}` : "";
    const lines = scrub(e.message + cause).split('\n');
    const keep = lines.filter((l) => l.trim() && !/^\s/.test(l) && !l.startsWith('Hint:'));
    fail(title, keep.slice(0, 8).join('\n').slice(0, 3000));
  }
}

/** How many generated calls get sent at all (so the properties are not vacuous). */
async function coverage(page, arb, numRuns) {
  let sent = 0;
  let thrown = 0;
  let withToken = 0;
  const methods = new Set();
  const samples = fc.sample(arb, { seed: SEED, numRuns });
  for (const input of samples) {
    const r = await runCall(page, input);
    if (r.threw) thrown++;
    else {
      sent++;
      methods.add(input.label);
    }
    if (!r.threw && r.callRequests.some((x) => headerOf(x, 'X-Auth-Token') === TOKEN)) withToken++;
  }
  return { sent, thrown, withToken, methods: methods.size };
}

// ---------------------------------------------------------------------------------------------
// Deterministic token-confinement checks
async function tokenChecks(page) {
  const V = `jQuery ${page.version}`;
  const $ = page.$;
  const tok = (name) => {
    const t = `tok-${name}-${page.version}-${SECRETS.length}`;
    SECRETS.push(t);
    return t;
  };
  const allRequests = [];
  const calls = (fn) => {
    page.requests = [];
    const result = fn();
    allRequests.push(...page.requests);
    return { result, requests: page.requests.slice() };
  };
  const tokenOf = (xhr) => headerOf(xhr, 'X-Auth-Token');
  const OTHER_ROOTS = [
    'http://other.test:8000/v2/', 'http://api.kazoo.test:8001/v2/', 'https://api.kazoo.test:8000/v2/', 'http://api.kazoo.test/v2/',
    'http://api.kazoo.test:8000/v2x/', 'http://api.kazoo.test:8000/v3/', 'http://api.kazoo.test:8000/', 'http://api.kazoo.test:8000/v2/sub/',
    'http://api.kazoo.test:8000/V2/',
  ];
  const login = (sdk, method, token, settings) => {
    const { requests } = calls(() => sdk.auth[method]($.extend({ data: { credentials: 'md5', account_name: 'demo' } }, settings)));
    respondJson(requests[0], 200, envelope({ account_id: 'acc' }, token));
    return requests[0];
  };

  await check(`${V} token: the initial authToken is sent to its apiRoot, spelled with or without the trailing /`, () => {
    const T = tok('initial');
    const sdk = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    for (const apiRoot of [undefined, ROOT, 'http://api.kazoo.test:8000/v2', 'http://api.kazoo.test:8000/v2//']) {
      const { requests } = calls(() => sdk.account.get({ accountId: 'a', apiRoot }));
      assert(tokenOf(requests[0]) === T, `apiRoot ${apiRoot}: X-Auth-Token ${redact(tokenOf(requests[0]))}`);
    }
  });

  await check(`${V} token: the three login methods never send X-Auth-Token (stored, given on the call, or both)`, () => {
    const T = tok('stored');
    const G = tok('given');
    for (const method of ['userAuth', 'sharedAuth', 'pinAuth']) {
      for (const [label, instance, settings] of [
        ['stored', { apiRoot: ROOT, authToken: T }, {}],
        ['given on the call', { apiRoot: ROOT }, { authToken: G }],
        ['both', { apiRoot: ROOT, authToken: T }, { authToken: G }],
      ]) {
        const sdk = $.getKazooSdk(instance);
        const { requests } = calls(() => sdk.auth[method]($.extend({ data: { credentials: 'x' } }, settings)));
        assert(requests.length === 1, `${method} (${label}): ${requests.length} requests`);
        assert(tokenOf(requests[0]) === undefined, `auth.${method} (${label}) sent X-Auth-Token ${redact(tokenOf(requests[0]))}`);
      }
    }
  });

  await check(`${V} token: a login stores the token it gets back, for its apiRoot (each login method)`, () => {
    for (const method of ['userAuth', 'sharedAuth', 'pinAuth']) {
      const T = tok('login-' + method);
      const sdk = $.getKazooSdk({ apiRoot: ROOT });
      login(sdk, method, T);
      const { requests } = calls(() => sdk.user.list({ accountId: 'acc' }));
      assert(tokenOf(requests[0]) === T, `after auth.${method}: X-Auth-Token ${redact(tokenOf(requests[0]))}`);
    }
  });

  await check(`${V} token: a per-call apiRoot that differs (host, port, scheme, path prefix) gets no stored token`, () => {
    const T = tok('initial-other');
    const L = tok('login-other');
    const sdkInitial = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    const sdkLogin = $.getKazooSdk({ apiRoot: ROOT });
    login(sdkLogin, 'userAuth', L);
    for (const sdk of [sdkInitial, sdkLogin]) {
      for (const apiRoot of OTHER_ROOTS) {
        const { requests } = calls(() => sdk.device.get({ accountId: 'a', deviceId: 'd', apiRoot }));
        assert(new URL(requests[0].url, PAGE).href.startsWith(new URL(apiRoot).href), `${apiRoot}: sent to ${requests[0].url}`);
        assert(tokenOf(requests[0]) === undefined, `apiRoot ${apiRoot} got X-Auth-Token ${redact(tokenOf(requests[0]))}`);
      }
    }
  });

  await check(`${V} token: a login on another apiRoot stores its token for that apiRoot only`, () => {
    const T = tok('root');
    const O = tok('other-root');
    const OTHER = 'http://other.test:8000/v2/';
    const sdk = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    login(sdk, 'userAuth', O, { apiRoot: OTHER });
    const a = calls(() => sdk.account.get({ accountId: 'a' })).requests[0];
    const b = calls(() => sdk.account.get({ accountId: 'a', apiRoot: OTHER })).requests[0];
    const c = calls(() => sdk.account.get({ accountId: 'a', apiRoot: 'http://third.test/v2/' })).requests[0];
    assert(tokenOf(a) === T, `apiRoot: ${redact(tokenOf(a))}`);
    assert(tokenOf(b) === O, `other apiRoot: ${redact(tokenOf(b))}`);
    assert(tokenOf(c) === undefined, `third apiRoot: ${redact(tokenOf(c))}`);
  });

  await check(`${V} token: two instances never see each other's token (login on one, call on both)`, () => {
    const A = tok('instance-a');
    const B = tok('instance-b');
    const a = $.getKazooSdk({ apiRoot: ROOT });
    const b = $.getKazooSdk({ apiRoot: ROOT });
    login(a, 'userAuth', A);
    let ra = calls(() => a.account.get({ accountId: 'x' })).requests[0];
    let rb = calls(() => b.account.get({ accountId: 'x' })).requests[0];
    assert(tokenOf(ra) === A, `instance a: ${redact(tokenOf(ra))}`);
    assert(tokenOf(rb) === undefined, `instance b got ${redact(tokenOf(rb))}`);
    login(b, 'pinAuth', B);
    ra = calls(() => a.account.get({ accountId: 'x' })).requests[0];
    rb = calls(() => b.account.get({ accountId: 'x' })).requests[0];
    assert(tokenOf(ra) === A, `instance a after b's login: ${redact(tokenOf(ra))}`);
    assert(tokenOf(rb) === B, `instance b: ${redact(tokenOf(rb))}`);
    const c = $.getKazooSdk({ apiRoot: ROOT, authToken: tok('instance-c') });
    ra = calls(() => a.account.get({ accountId: 'x' })).requests[0];
    rb = calls(() => c.account.get({ accountId: 'x' })).requests[0];
    assert(tokenOf(ra) === A && tokenOf(rb) !== A && tokenOf(rb) !== B, 'instance c mixes tokens');
  });

  await check(`${V} token: error objects, hook arguments and the promise never hold the token (401, 500, 502, HTML, invalid JSON, network error, abort, timeout, 402 refused)`, async () => {
    const T = tok('errors');
    const seen = [];
    const sdk = $.getKazooSdk({
      apiRoot: ROOT,
      authToken: T,
      onRequestEnd: (x, options) => seen.push(['onRequestEnd options', options]),
      onRequestError: (x, options) => seen.push(['onRequestError options', options]),
      confirmCharges: () => false,
    });
    const cases = {
      '401 JSON': (x) => respondJson(x, 401, errorEnvelope(401, 'invalid_credentials')),
      '403 JSON': (x) => respondJson(x, 403, errorEnvelope(403, 'forbidden')),
      '404 JSON': (x) => respondJson(x, 404, errorEnvelope(404, 'bad_identifier')),
      '500 JSON': (x) => respondJson(x, 500, errorEnvelope(500, 'internal_error')),
      '500 HTML': (x) => x.respond(500, { 'Content-Type': 'text/html' }, '<html><body><h1>500</h1></body></html>'),
      '502 HTML': (x) => x.respond(502, { 'Content-Type': 'text/html' }, '<html>Bad Gateway</html>'),
      '200 invalid JSON': (x) => x.respond(200, { 'Content-Type': 'application/json' }, '{"data":'),
      '402 refused': (x) => respondJson(x, 402, errorEnvelope(402, 'accept charges')),
      'network error': (x) => x.error(),
      abort: (x, p) => p.abort(),
      timeout: null,
    };
    for (const [name, act] of Object.entries(cases)) {
      seen.length = 0;
      const errors = [];
      const { result, requests } = calls(() =>
        sdk.user.get({
          accountId: 'a',
          userId: 'u',
          timeout: act ? undefined : 5,
          error: (data, jqXHR) => errors.push(['error callback', data], ['jqXHR', jqXHR]),
        })
      );
      result.fail((data) => errors.push(['promise rejection', data]));
      assert(tokenOf(requests[0]) === T, `${name}: the request did not carry the token (control)`);
      if (act) act(requests[0], result);
      else await new Promise((resolve) => setTimeout(resolve, 30));
      await tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
      assert(errors.length >= 2, `${name}: the error callback did not run`);
      for (const [what, value] of [...errors, ...seen]) {
        const where = leaks(value);
        assert(!where, `${name}: the ${what} holds the token at ${where}`);
      }
    }
    // A KazooSdkError thrown while a token is stored does not carry it either.
    try {
      sdk.user.get({ accountId: 'a' });
      assert(false, 'no KazooSdkError for a missing userId');
    } catch (e) {
      assert(e instanceof page.KazooSdkError, `threw ${describeError(e)}`);
      assert(!findSecret(e.message) && !findSecret(e.stack || ''), 'the KazooSdkError holds the token');
    }
  });

  await check(`${V} token: console paths (callbacks that throw, jQuery's Deferred warnings, the default charges dialog) print no token`, async () => {
    const T = tok('console');
    const sdk = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    const before = captured.length;
    const confirmsBefore = page.confirms.length;
    const uncaughtBefore = page.uncaught.length;
    const { result, requests } = calls(() =>
      sdk.user.get({
        accountId: 'a',
        userId: 'u',
        success: () => {
          throw new Error(THROWN + ' (success callback)');
        },
      })
    );
    // jQuery 3+: a then handler that throws a TypeError is logged by jQuery.Deferred.exceptionHook.
    // (jQuery 1.x runs then handlers synchronously: the exception would reach the XHR event instead.)
    if (!/^1\./.test(page.$.fn.jquery)) {
      result.then(() => {
        throw new TypeError(THROWN + ' (then handler)');
      });
    }
    respondJson(requests[0], 200, envelope({ id: 'u' }, 'tok-none'));
    const second = calls(() => sdk.user.update({ accountId: 'a', userId: 'u', data: { first_name: 'x' } })).requests[0];
    respondJson(second, 402, { status: 'error', error: '402', message: 'accept charges', data: { activation_charges: 5 }, auth_token: '' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const printed = captured.slice(before).join('\n');
    assert(page.confirms.length > confirmsBefore, 'the default charges dialog was not shown (control)');
    assert(page.uncaught.length > uncaughtBefore, 'the throwing callback was not reported (control)');
    assert(!findSecret(printed), 'the console output holds the token');
    assert(!findSecret(page.confirms.join('\n')), 'the charges dialog text holds the token');
  });

  await check(`${V} token: no request URL ever holds a token (${allRequests.length} requests of these checks)`, () => {
    for (const xhr of allRequests) assert(!findSecret(xhr.url), `a token is in the URL ${redact(xhr.url)}`);
  });

  // ----- Findings: each names the behaviour expected by the brief; they fail on the current SDK.
  await check(`${V} token: kazooSdk.request() with a url that resolves outside the apiRoot (../, %2e%2e/, ..\\) gets no stored token`, () => {
    const T = tok('request');
    const sdk = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    const leaks = [];
    for (const url of ['../x', '../../other-app/x', 'accounts/../../x', '%2e%2e/x', '.%2E/x', '..\\x', 'accounts/..%5c..%5cx', './../x']) {
      let requests;
      try {
        requests = calls(() => sdk.request({ url })).requests;
      } catch (e) {
        assert(e instanceof page.KazooSdkError, `request(${url}) threw ${describeError(e)}`);
        continue;
      }
      for (const xhr of requests) {
        const sent = new URL(xhr.url, PAGE);
        if (tokenOf(xhr) === T && !under(sent, ROOT)) leaks.push(`request({url: ${JSON.stringify(url)}}) -> ${sent.href}`);
      }
    }
    assert(!leaks.length, `the stored token was sent outside ${ROOT}:\n${leaks.join('\n')}`);
  });

  await check(`${V} token: a custom key "auth" on an ordinary call neither drops the token nor stores the response's auth_token`, () => {
    const T = tok('custom-auth');
    const sdk = $.getKazooSdk({ apiRoot: ROOT, authToken: T });
    const first = calls(() => sdk.account.get({ accountId: 'a', auth: true })).requests[0];
    respondJson(first, 200, envelope({ id: 'a' }, 'tok-from-any-endpoint'));
    const next = calls(() => sdk.account.get({ accountId: 'a' })).requests[0];
    const problems = [];
    if (tokenOf(first) !== T) problems.push(`the call carrying auth: true sent X-Auth-Token ${redact(tokenOf(first))}`);
    if (tokenOf(next) !== T) problems.push(`the next call sent ${redact(tokenOf(next))}: the account.get response's auth_token replaced the stored token`);
    assert(!problems.length, problems.join('\n'));
  });
}

/** Deterministic repros of what the type fuzz finds: each should throw KazooSdkError and send nothing. */
async function typeChecks(page) {
  const V = `jQuery ${page.version}`;
  const sdk = page.$.getKazooSdk({ apiRoot: ROOT });
  const cases = [
    ['a per-call apiRoot null', () => sdk.account.get({ accountId: 'a', apiRoot: null })],
    ['a per-call apiRoot 5', () => sdk.account.get({ accountId: 'a', apiRoot: 5 })],
    ['a custom key outcome: true', () => sdk.account.get({ accountId: 'a', outcome: true })],
    ['cyclic data', () => sdk.account.update({ accountId: 'a', data: cyclic() })],
    ['data holding a BigInt', () => sdk.account.update({ accountId: 'a', data: { n: 10n } })],
    ['a cyclic filter value', () => sdk.account.get({ accountId: 'a', filters: { f: cyclic() } })],
    ['uiMetadata holding a BigInt', () => sdk.account.update({ accountId: 'a', data: {}, uiMetadata: { n: 10n } })],
    ['a Symbol timeout', () => sdk.account.get({ accountId: 'a', timeout: Symbol('t') })],
  ];
  for (const [name, fn] of cases) {
    await check(`${V} only KazooSdkError: ${name}`, () => {
      page.requests = [];
      try {
        fn();
      } catch (e) {
        assert(e instanceof page.KazooSdkError, `threw ${describeError(e)}`);
        assert(page.requests.length === 0, `threw after creating ${page.requests.length} request(s)`);
        return;
      }
      // Not thrown: acceptable when the call was sent and ends in error like any other call.
      assert(page.requests.length === 1, `no exception and ${page.requests.length} requests`);
    });
  }
}

/**
 * Deterministic repros of the prototype pollution the fuzz finds on jQuery < 3.4: $.ajax deep-merges
 * every option but url and context (jQuery.extend(true), CVE-2019-11358), so any caller object the
 * SDK hands to $.ajax as it is (a raw body, a header value, contentType, timeout) can write into
 * Object.prototype through an own "__proto__" key (what JSON.parse makes).
 */
async function pollutionChecks(page) {
  const V = `jQuery ${page.version}`;
  const sdk = page.$.getKazooSdk({ apiRoot: ROOT });
  const P = () => JSON.parse('{"__proto__": {"polluted": "yes"}}');
  const routes = [
    ['the raw body of conference.createNotification (text/html)', () => sdk.conference.createNotification({ accountId: 'a', notificationType: 't', data: P() })],
    ['the raw body of port.createAttachment (application/pdf)', () => sdk.port.createAttachment({ accountId: 'a', portRequestId: 'p', documentName: 'd', data: P() })],
    ['the raw body of media.upload (application/x-base64)', () => sdk.media.upload({ accountId: 'a', mediaId: 'm', data: P() })],
    ['a header value', () => sdk.account.get({ accountId: 'a', headers: { 'X-Custom': P() } })],
    ['an instance header value', () => page.$.getKazooSdk({ apiRoot: ROOT, headers: { 'X-Custom': P() } }).account.get({ accountId: 'a' })],
    ['a contentType custom key', () => sdk.user.update({ accountId: 'a', userId: 'u', data: {}, contentType: P() })],
    ['a timeout', () => sdk.account.get({ accountId: 'a', timeout: P() })],
  ];
  for (const [name, fn] of routes) {
    await check(`${V} no prototype pollution through ${name} holding an own "__proto__" key`, () => {
      page.requests = [];
      let thrown;
      try {
        fn();
      } catch (e) {
        thrown = e;
      }
      const diffs = heal(page);
      assert(!diffs.length, `${diffs.join('; ')}${thrown ? `; and the call threw ${describeError(thrown)}` : ''}`);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Odd urls, templates and apiRoots: kazooSdk.request({url}) and custom endpoints. Each run makes
// an instance (an apiRoot, TOKEN_ODD, a reauth giving TOKEN_RELOGIN), makes one call, answers its
// first exchanges 401 and the later ones 200, then looks at where every request went, as WHATWG URL
// parsing resolves it against the page (what the browser requests).
const ODD_ROOTS = [
  ROOT, 'http://api.kazoo.test:8000/v2', 'http://api.kazoo.test:8000/v2//', '/', '/v2/', '/v2', '/v2/..', '\t/v2/', '/v2/\r\n',
  '//api.kazoo.test:8000/v2/', '\\\\api.kazoo.test:8000\\v2\\', 'http://api.kazoo.test:8000\\v2\\', 'http://user:pw@api.kazoo.test:8000/v2/',
  'http://api.kazoo.test:8000/v2/\t', '\thttp://api.kazoo.test:8000/v2/', 'http://api.kazoo.test:8000/v\n2/', 'HTTP://API.KAZOO.TEST:8000/v2/',
  'http://api.kazoo.test:8000/v2%2f', 'http://api.kazoo.test:8000/v2/%2e%2e/', 'http://api.kazoo.test:8000/v2/%5c', 'http://api.kazoo.test:8000/./v2/',
  'http://api.kazoo.test:8000/v2/.', 'http://evil.test/v2/', '//evil.test/',
];
const URL_PIECES = [
  'accounts', 'a1', 'users', '.', '..', '%2e', '%2E', '%2e%2e', '.%2e', '.\t.', '\t', '\n', '\r', '\r\n', '\\', '/', '//', '%5c', '%5C', '%2f',
  '@', 'evil.example', 'user:pw@', ':', ' ', '?', '?x=../y', '#', 'é', '%', '\u0000', '\u00a0', '\ufeff', '\uff0e', '\u3002', 'http:', 'javascript:',
];
const urlPiece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...URL_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) });
const oddUrl = fc.array(urlPiece, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const templateArb = fc.array(fc.oneof({ weight: 5, arbitrary: urlPiece }, { weight: 2, arbitrary: fc.constantFrom('{p0}', '{p1}', '/{p0}/', '/{p1}') }), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''));
const oddValue = fc.oneof(fc.constantFrom('.', '..', 'a', '%2e', '.\t.', '\\', '/', '//evil.test'), richString);
const oddCallArb = fc.record({
  instanceRoot: fc.constantFrom(...ODD_ROOTS),
  callRoot: fc.option(fc.constantFrom(...ODD_ROOTS), { nil: undefined, freq: 2 }),
  verb: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
  kind: fc.constantFrom('request', 'template'),
  url: oddUrl,
  template: templateArb,
  values: fc.record({ p0: oddValue, p1: oddValue }),
});

async function runOddCall(page, input) {
  page.requests = [];
  const out = { threw: false, error: undefined, sentOnThrow: 0, hookCalls: 0, respondErrors: [], requests: [] };
  try {
    const settings = { apiRoot: input.instanceRoot, authToken: TOKEN_ODD, reauth: () => TOKEN_RELOGIN };
    if (input.kind === 'template') settings.endpoints = { odd: { call: { verb: input.verb, url: input.template } } };
    const sdk = page.$.getKazooSdk(settings);
    const call = input.kind === 'template' ? Object.assign({}, input.values) : { url: input.url, verb: input.verb };
    if (input.callRoot !== undefined) call.apiRoot = input.callRoot;
    if (input.verb !== 'GET') call.data = {};
    if (input.kind === 'template') sdk.odd.call(call);
    else sdk.request(call);
  } catch (e) {
    out.threw = true;
    out.error = e;
    out.sentOnThrow = page.requests.length;
    return out;
  }
  const answered = new Set();
  for (let round = 0; round < 4; round++) {
    await tick();
    const pending = page.requests.filter((x) => isSent(x) && !answered.has(x));
    if (!pending.length) break;
    for (const xhr of pending) {
      answered.add(xhr);
      try {
        if (round === 0) respondJson(xhr, 401, errorEnvelope(401, 'invalid_credentials'));
        else respondJson(xhr, 200, envelope({}, TOKEN_RESPONSE));
      } catch (e) {
        out.respondErrors.push(e);
      }
    }
  }
  out.requests = page.requests.slice();
  return out;
}

/** True when `url` is at or below `root` (parsed URLs): same origin, and its path starts with the root's. */
const inside = (url, root) => url.origin === root.origin && url.pathname.startsWith(root.pathname);

function propOddCalls(page) {
  return async (input) => {
    const r = await runOddCall(page, input);
    checkExceptions(page, r);
    if (r.threw) return;
    const root = new URL(normaliseRoot(input.callRoot !== undefined ? input.callRoot : input.instanceRoot), PAGE);
    const home = new URL(normaliseRoot(input.instanceRoot), PAGE);
    for (const xhr of r.requests.filter(isOpened)) {
      let sent;
      try {
        sent = new URL(xhr.url, PAGE);
      } catch {
        continue; // a browser refuses such a URL in open(): nothing is sent
      }
      const where = `sent ${JSON.stringify(xhr.url)} -> ${sent.href}`;
      if (!inside(sent, root)) throw new Error(`${where}: outside its apiRoot ${root.href}`);
      const token = headerOf(xhr, 'X-Auth-Token');
      if (token !== undefined && findSecret(String(token), [TOKEN_ODD, TOKEN_RELOGIN]) && !inside(sent, home)) {
        throw new Error(`${where}: carries the instance's ${String(token).includes(TOKEN_RELOGIN) ? 're-login ' : ''}token outside its apiRoot ${home.href}`);
      }
    }
  };
}

// ---------------------------------------------------------------------------------------------
async function main() {
  let totalRuns = 0;
  for (const version of VERSIONS) {
    const page = makePage(version);
    print(`# jQuery ${version} (${page.$.fn.jquery}): ${Object.values(page.endpoints).reduce((n, ns) => n + Object.keys(ns).length, 0)} methods`);
    const core = callArb(page, { core: true });
    const withInternal = callArb(page, { core: true, internal: true });
    const withWrong = callArb(page, { core: true, wrong: true });
    const everything = callArb(page, { core: true, internal: true, wrong: true });
    const cov = await coverage(page, core, 600);
    print(`# 600 sampled calls: ${cov.sent} sent (${cov.methods} distinct methods), ${cov.thrown} rejected with an exception, ${cov.withToken} carried the stored token`);
    const stats = { runs: 0 };
    await fuzz(page, 'the only exception thrown is KazooSdkError; then nothing is sent and no hook runs', core, propExceptions(page), RUNS * 2, stats);
    await fuzz(page, 'the same, with the SDK\'s own option names (auth, outcome, accept) as custom keys', withInternal, propExceptions(page), RUNS, stats);
    await fuzz(page, 'the same, with documented settings of wrong types and values JSON cannot encode', withWrong, propExceptions(page), RUNS, stats);
    await fuzz(page, 'requests stay on the apiRoot origin and prefix; each placeholder in its own segment', everything, propConfinement(page), RUNS * 2, stats);
    await fuzz(page, 'no prototype, jQuery.ajaxSettings or caller setting is modified', everything, propPrototypes(page), RUNS, stats);
    await fuzz(page, 'the stored token only under its apiRoot, never on logins, URLs, bodies, hook options, errors', everything, propToken(page), RUNS, stats);
    await fuzz(page, 'only a successful login changes the stored token', everything, propStoredToken(page), RUNS, stats);
    await fuzz(page, 'kazooSdk.request({url}) and custom templates on odd apiRoots: every request under its apiRoot, the tokens under the instance\'s', oddCallArb, propOddCalls(page), RUNS * 2, stats);
    totalRuns += stats.runs;
    await tokenChecks(page);
    await typeChecks(page);
    await pollutionChecks(page);
    await new Promise((resolve) => setTimeout(resolve, 50)); // timers of the runs (timeouts, rethrown callback errors)
    await check(`jQuery ${version}: no uncaught error in the page other than the callbacks that throw on purpose`, () => {
      const unexpected = page.uncaught.filter((text) => !text.includes(THROWN));
      assert(!unexpected.length, `${unexpected.length} uncaught:\n${unexpected.slice(0, 5).map(redact).join('\n')}`);
    });
    page.close();
  }
  await check('no token ever appears in console output (Node console, stdout/stderr, both pages\' consoles and jsdom errors)', () => {
    const text = captured.join('\n');
    const where = findSecret(text);
    if (where) {
      const line = captured.find((l) => findSecret(l));
      assert(false, `console output holds a token: ${redact(line).slice(0, 300)}`);
    }
    assert(captured.length > 0, 'nothing was captured (control)');
  });
  print(`# ${totalRuns} fuzz runs, ${captured.length} console lines captured, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e) => fail('the fuzzing ran to the end', String((e && e.stack) || e)));
