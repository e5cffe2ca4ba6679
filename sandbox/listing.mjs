// Listing GETs: query-string filters, sorting and pagination, as Kazoo's Crossbar takes them.
//
// Filters apply to the full stored documents (so `created_from` can use pvt_created); the page is then
// mapped to the collection's summary. Every filter key may repeat (`has_key=a&has_key=b`) and all must hold.

import { errors, getPath, isPlainObject, parseJson, publicDoc } from './crossbar.mjs';

export const DEFAULT_PAGE_SIZE = 50;

const ARRAY_FILTERS = [
  // [prefix, test(docValue, list)]; each takes a JSON-encoded array as its value.
  ['filter_array_intersect_any_', (value, list) => Array.isArray(value) && value.some((v) => list.some((l) => same(v, l)))],
  ['filter_array_intersect_none_', (value, list) => !Array.isArray(value) || !value.some((v) => list.some((l) => same(v, l)))],
  ['filter_array_intersect_all_', (value, list) => Array.isArray(value) && list.every((l) => value.some((v) => same(v, l)))],
  ['filter_any_', (value, list) => anyOf(value, list)],
  ['filter_none_', (value, list) => !anyOf(value, list)],
];

/** Loose equality between a stored value and a query-string value ("5" matches 5, "true" matches true). */
function same(stored, wanted) {
  if (stored === wanted) return true;
  if (stored === undefined) return false;
  if (stored !== null && typeof stored === 'object') return JSON.stringify(stored) === (typeof wanted === 'string' ? wanted : JSON.stringify(wanted));
  return String(stored) === String(wanted);
}

/** filter_any_: the value (or, for an array value, one of its elements) is in the list. */
function anyOf(value, list) {
  if (Array.isArray(value)) return value.some((v) => list.some((l) => same(v, l)));
  return value !== undefined && list.some((l) => same(value, l));
}

function isEmptyValue(value) {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

function parseJsonArray(key, raw) {
  try {
    const list = parseJson(raw);
    if (Array.isArray(list)) return list;
  } catch {
    // fall through to the validation error
  }
  throw errors.validation({ [key]: { type: { message: 'Value must be a JSON-encoded array', value: raw } } });
}

function parseGregorian(key, raw) {
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) {
    throw errors.validation({ [key]: { type: { message: 'Value must be Gregorian seconds', value: raw } } });
  }
  return value;
}

/** Value at a filter path; private (`pvt_*`) fields are invisible to clients. */
function visible(doc, path) {
  return String(path).split('.').some((part) => part.startsWith('pvt_')) ? undefined : getPath(doc, path);
}

/** Build one predicate per filter key of the query string. Unknown keys are ignored. */
export function buildFilters(query) {
  const tests = [];
  for (const [key, raw] of query) {
    if (key === 'has_key') tests.push((doc) => visible(doc, raw) !== undefined);
    else if (key === 'key_missing') tests.push((doc) => visible(doc, raw) === undefined);
    else if (key === 'has_value') tests.push((doc) => !isEmptyValue(visible(doc, raw)));
    else if (key === 'value_missing') tests.push((doc) => isEmptyValue(visible(doc, raw)));
    else if (key === 'created_from') {
      const from = parseGregorian(key, raw);
      tests.push((doc) => Number(doc.pvt_created) >= from);
    } else if (key === 'created_to') {
      const to = parseGregorian(key, raw);
      tests.push((doc) => Number(doc.pvt_created) <= to);
    } else if (key.startsWith('filter_')) {
      const arrayFilter = ARRAY_FILTERS.find(([prefix]) => key.startsWith(prefix) && key.length > prefix.length);
      if (arrayFilter) {
        const [prefix, test] = arrayFilter;
        const path = key.slice(prefix.length);
        const list = parseJsonArray(key, raw);
        tests.push((doc) => test(visible(doc, path), list));
      } else if (key.startsWith('filter_not_') && key.length > 'filter_not_'.length) {
        const path = key.slice('filter_not_'.length);
        tests.push((doc) => !same(visible(doc, path), raw));
      } else if (key.length > 'filter_'.length) {
        const path = key.slice('filter_'.length);
        tests.push((doc) => same(visible(doc, path), raw));
      }
    }
  }
  return tests;
}

// start_key / next_start_key: an opaque base64url string of [sortKey, id].
function encodeKey(sortKey, id) {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

function decodeKey(raw) {
  try {
    const decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[0] === 'string' && typeof decoded[1] === 'string') return decoded;
  } catch {
    // fall through to the validation error
  }
  throw errors.validation({ start_key: { type: { message: 'Unknown start_key', value: raw } } });
}

function compareKeys([keyA, idA], [keyB, idB]) {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  if (idA !== idB) return idA < idB ? -1 : 1;
  return 0;
}

/** `fields=["a","b.c"]` or `fields=a,b.c`: keep only those paths (and the id). */
function fieldPicker(query) {
  const raw = query.get('fields');
  if (raw === null || raw === '') return null;
  let fields;
  if (raw.trim().startsWith('[')) fields = parseJsonArray('fields', raw);
  else fields = raw.split(',').map((field) => field.trim()).filter(Boolean);
  return (doc) => {
    const picked = { id: doc.id };
    for (const field of fields) {
      const value = visible(doc, String(field));
      if (value !== undefined) picked[field] = value;
    }
    return picked;
  };
}

/**
 * Filter, sort and paginate `docs`.
 * @param {object[]} docs full stored docs
 * @param {URLSearchParams} query
 * @param {object} how `{ summary(doc) -> object, sortKey(doc) -> string, paginate = true }`
 * @returns {{ data: object[], extra?: object }} `extra` holds page_size, start_key, next_start_key
 */
export function listDocs(docs, query, { summary = publicDoc, sortKey = defaultSortKey, paginate = true } = {}) {
  const tests = buildFilters(query);
  const keyed = docs
    .filter((doc) => tests.every((test) => test(doc)))
    .map((doc) => ({ doc, key: [String(sortKey(doc)), String(doc.id)] }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const pick = fieldPicker(query) || summary;

  if (!paginate || query.get('paginate') === 'false') {
    return { data: keyed.map(({ doc }) => pick(doc)) };
  }

  let pageSize = DEFAULT_PAGE_SIZE;
  if (query.has('page_size')) {
    const raw = query.get('page_size');
    pageSize = Number(raw);
    if (!/^\d+$/.test(raw) || pageSize < 1) {
      throw errors.validation({ page_size: { minimum: { message: 'Value must be an integer of at least 1', value: raw } } });
    }
  }

  let start = 0;
  const startKey = query.get('start_key');
  if (startKey) {
    const wanted = decodeKey(startKey);
    start = keyed.findIndex((entry) => compareKeys(entry.key, wanted) >= 0);
    if (start === -1) start = keyed.length;
  }
  const page = keyed.slice(start, start + pageSize);
  const extra = { page_size: page.length };
  if (startKey) extra.start_key = startKey;
  else if (page.length) extra.start_key = encodeKey(...page[0].key);
  const next = keyed[start + pageSize];
  if (next) extra.next_start_key = encodeKey(...next.key);
  return { data: page.map(({ doc }) => pick(doc)), extra };
}

/** Default order: by name (case-insensitive), then id. */
export function defaultSortKey(doc) {
  return String(doc.name || '').toLowerCase();
}
