/**
 * Building request URLs from the table's templates. Pure: no jQuery, no I/O.
 */
import { KazooSdkError } from './errors';

var PLACEHOLDER = /\{([^{}]+)\}/;

/**
 * encodeURIComponent, skipping the strings it would leave as they are (letters, digits, `_ . ~ -`):
 * most ids and filter names, which a test finds faster than the encoder copies them.
 */
export function encode(text: string): string {
  return /^[\w.~-]*$/.test(text) ? text : encodeURIComponent(text);
}

/** True when a placeholder value counts as not given: undefined, null or ''. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Replaces each `{name}` of `template` with `encodeURIComponent(values[name])`.
 * Throws a KazooSdkError naming the setting when a value is missing, is not a string or a finite
 * number, is `.` or `..` (which a browser would resolve as a path step instead of sending it), or
 * cannot be encoded (a lone UTF-16 surrogate). The caller adds the method's name (call.ts).
 */
export function fillUrl(template: string, values: { [name: string]: unknown }): string {
  var parts = partsOf(template);
  var url = parts[0];
  for (var i = 1; i < parts.length; i += 2) url += encodeValue(values, parts[i]) + parts[i + 1];
  return url;
}

/**
 * The form a call uses, of a method that has several: the first whose placeholders `values` gives
 * all of (own values, none missing, as fillUrl reads them), else the last one (whose missing
 * setting the call is then told about).
 */
export function chooseForm(forms: readonly { url: string }[], values: { [name: string]: unknown }): number {
  for (var i = 0; i < forms.length - 1; i++) {
    var parts = partsOf(forms[i].url);
    for (var p = 1; p < parts.length && !isMissing(ownValue(values, parts[p])); p += 2);
    if (p >= parts.length) return i;
  }
  return forms.length - 1;
}

/**
 * A URL whose query holds defaults, without the keys that `filters` gives itself
 * (`phone_numbers?filter_state=...` with `filters: {filter_state}` sends one filter_state).
 */
export function withoutKeys(url: string, filters: { [key: string]: unknown } | undefined): string {
  if (!filters || url.indexOf('?') === -1) return url; // (most templates have no query: no copy)
  var parts = url.split('?');
  // (the keys of a template's query are plain words: compared as written)
  var kept = parts[1].split('&').filter(function (pair) {
    return filters[pair.split('=')[0]] == null;
  });
  return parts[0] + (kept.length ? '?' + kept.join('&') : '');
}

/** The name of a template's last placeholder, if it has one. */
export function lastPlaceholder(template: string): string | undefined {
  var parts = partsOf(template);
  return parts[parts.length - 2];
}

/** A template split around its placeholders: text, name, text, name, ..., text (made once each). */
var compiled: { [template: string]: string[] } = Object.create(null);

function partsOf(template: string): string[] {
  return compiled[template] || (compiled[template] = template.split(PLACEHOLDER));
}

/** A setting's own value (an inherited one counts as not given). */
function ownValue(values: { [name: string]: unknown }, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

function encodeValue(values: { [name: string]: unknown }, name: string): string {
  var value = ownValue(values, name);
  if (isMissing(value)) throw new KazooSdkError('missing mandatory setting "' + name + '"');
  if (typeof value !== 'string' && (typeof value !== 'number' || !isFinite(value))) {
    throw new KazooSdkError('"' + name + '" must be a string or a finite number');
  }
  if (value === '.' || value === '..') throw new KazooSdkError('"' + name + '" cannot be "." or ".."');
  try {
    return encode(String(value));
  } catch (e) {
    // a lone surrogate has no UTF-8 form
    throw new KazooSdkError('"' + name + '" cannot be encoded (' + (e as Error).message + ')');
  }
}

/**
 * True when a path holds a `.` or `..` segment, also percent-encoded, between backslashes (which
 * URLs treat as `/`) or split by tabs and line breaks (which URL parsers drop): a browser would
 * resolve it and the request could leave the apiRoot.
 */
export function hasDotSegment(path: string): boolean {
  return /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(path.replace(/[\t\n\r]/g, ''));
}

/**
 * True when `path`, joined to an apiRoot, makes a URL that the browser would request outside of
 * that apiRoot. Judged with the browser's own rules for the URL it is given: tabs and line breaks
 * are dropped, a backslash is a slash, dot segments (also `%2e`) are resolved, and a path that
 * starts with a slash after the apiRoot's own (`/` + `/evil.example/x`) names another host.
 */
export function leavesRoot(path: string): boolean {
  return hasDotSegment(path) || /^[/\\]/.test(path.replace(/^\/+/, '').replace(/[\t\n\r]/g, ''));
}

/** Joins an apiRoot, normalised (normaliseRoot), and a relative path with exactly one `/` between them. */
export function joinUrl(root: string, path: string): string {
  return root + (path.charAt(0) === '/' ? path.replace(/^\/+/, '') : path);
}

/** The apiRoot with exactly one trailing `/`: the key under which its token is stored. */
export function normaliseRoot(apiRoot: string): string {
  var end = apiRoot.length;
  while (end > 0 && apiRoot.charAt(end - 1) === '/') end--;
  // (one already there: the same string, whose hash the token lookups have computed before)
  return end === apiRoot.length - 1 ? apiRoot : apiRoot.slice(0, end) + '/';
}

/** Appends an encoded query string (without `?`) to a URL that may already have a query. */
export function appendQuery(url: string, query: string): string {
  if (!query) return url;
  return url + (url.indexOf('?') === -1 ? '?' : '&') + query;
}
