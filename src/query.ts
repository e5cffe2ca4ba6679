/**
 * Turning the `filters` setting into a query string. Pure: no jQuery, no I/O.
 */
import { KazooSdkError } from './errors';
import { encode } from './url';

/** Keys whose value Kazoo reads as one JSON-encoded array rather than repeated keys. */
var JSON_ARRAY_KEY = /^(filter_any_|filter_none_|filter_array_intersect_(any|none|all)_)|^fields$/;

/**
 * Encodes a filters map as `key=value&...` (no leading `?`).
 * - undefined and null values are left out;
 * - booleans and numbers are stringified, objects JSON-encoded;
 * - arrays become repeated keys (`key_missing=a&key_missing=b`), except for the keys Kazoo reads
 *   as one JSON array (`filter_any_*`, `filter_none_*`, `filter_array_intersect_(any|none|all)_*`,
 *   `fields`), which take `JSON.stringify(array)`.
 */
export function toQuery(filters: { [key: string]: unknown } | null | undefined): string {
  var query = '';
  if (!filters || typeof filters !== 'object') return query;
  for (var key in filters) {
    if (!Object.prototype.hasOwnProperty.call(filters, key)) continue;
    var value = filters[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && !JSON_ARRAY_KEY.test(key)) {
      var items = value as unknown[];
      for (var i = 0; i < items.length; i++) {
        if (items[i] !== undefined && items[i] !== null) query += (query ? '&' : '') + pair(key, items[i]);
      }
    } else {
      query += (query ? '&' : '') + pair(key, value);
    }
  }
  return query;
}

function pair(key: string, value: unknown): string {
  try {
    return encode(key) + '=' + encode(typeof value === 'object' ? JSON.stringify(value) : String(value));
  } catch (e) {
    // a lone UTF-16 surrogate (a string cut through an emoji) has no UTF-8 form; a cycle no JSON
    throw new KazooSdkError('filter "' + key + '" cannot be encoded (' + (e as Error).message + ')');
  }
}
