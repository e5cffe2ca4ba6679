// src/query.ts: toQuery (the `filters` setting as a query string).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { query } = await loadHelpers();
const { toQuery } = query;

describe('toQuery', () => {
  test('a key or value that cannot be encoded (lone surrogate) is a KazooSdkError naming the filter and why', () => {
    for (const filters of [{ filter_name: 'ab\uD83D' }, { ['k\uDC00']: 'v' }, { has_key: ['ok', '\uD83D'] }]) {
      let error;
      try { toQuery(filters); } catch (e) { error = e; }
      assert.strictEqual(error && error.name, 'KazooSdkError');
      assert.match(error.message, /^filter "[^"]+" cannot be encoded \(.+\)$/);
    }
  });

  test('empty or absent filters give ""', () => {
    assert.strictEqual(toQuery(undefined), '');
    assert.strictEqual(toQuery(null), '');
    assert.strictEqual(toQuery({}), '');
    assert.strictEqual(toQuery({ a: undefined, b: null }), '', 'only null/undefined values');
    assert.strictEqual(toQuery({ a: [] }), '', 'an empty array on a repeated key');
    assert.strictEqual(toQuery({ a: [null, undefined] }), '', 'an array of null/undefined on a repeated key');
  });

  test('non-object filters give ""', () => {
    assert.strictEqual(toQuery('filter_x=1'), '');
    assert.strictEqual(toQuery(5), '');
    assert.strictEqual(toQuery(true), '');
  });

  test('a single pair, no leading "?"', () => {
    assert.strictEqual(toQuery({ filter_type: 'admin' }), 'filter_type=admin');
  });

  test('pairs keep insertion order', () => {
    assert.strictEqual(toQuery({ b: '2', a: '1', c: '3' }), 'b=2&a=1&c=3');
    assert.strictEqual(toQuery({ z: 1, filter_any_x: ['a'], y: ['p', 'q'], fields: ['n'] }),
      'z=1&filter_any_x=%5B%22a%22%5D&y=p&y=q&fields=%5B%22n%22%5D');
  });

  test('null and undefined are left out, other falsy values are kept', () => {
    assert.strictEqual(toQuery({ a: null, b: 'x', c: undefined, d: 0, e: false, f: '' }), 'b=x&d=0&e=false&f=');
  });

  test('booleans and numbers are stringified', () => {
    assert.strictEqual(toQuery({ paginate: false, t: true }), 'paginate=false&t=true');
    assert.strictEqual(toQuery({ page_size: 50, n: -1.5, z: 0 }), 'page_size=50&n=-1.5&z=0');
    assert.strictEqual(toQuery({ created_from: 63814567890 }), 'created_from=63814567890');
  });

  test('keys and values are encodeURIComponent-ed', () => {
    assert.strictEqual(toQuery({ 'filter_a b': 'x y' }), 'filter_a%20b=x%20y');
    assert.strictEqual(toQuery({ 'k&=?#': 'v&=?#/' }), 'k%26%3D%3F%23=v%26%3D%3F%23%2F');
    assert.strictEqual(toQuery({ q: '100% +1' }), 'q=100%25%20%2B1');
    assert.strictEqual(toQuery({ 'é': 'é' }), '%C3%A9=%C3%A9');
    assert.strictEqual(toQuery({ name: '中😀' }), 'name=%E4%B8%AD%F0%9F%98%80');
  });

  test('arrays become repeated keys on ordinary keys', () => {
    assert.strictEqual(toQuery({ key_missing: ['a', 'b'] }), 'key_missing=a&key_missing=b');
    assert.strictEqual(toQuery({ has_key: ['x y'] }), 'has_key=x%20y', 'a one-item array, encoded');
    assert.strictEqual(toQuery({ filter_x: [1, true, 'a&b'] }), 'filter_x=1&filter_x=true&filter_x=a%26b');
    assert.strictEqual(toQuery({ filter_not_x: ['a'] }), 'filter_not_x=a', 'filter_not_ is not a JSON-array key');
  });

  test('null and undefined inside a repeated-key array are skipped', () => {
    assert.strictEqual(toQuery({ key_missing: ['a', null, undefined, 'b'] }), 'key_missing=a&key_missing=b');
    assert.strictEqual(toQuery({ key_missing: [0, false, ''] }), 'key_missing=0&key_missing=false&key_missing=',
      'other falsy items are kept');
  });

  test('objects inside a repeated-key array are JSON-encoded', () => {
    assert.strictEqual(toQuery({ k: [{ a: 1 }, [1, 2]] }), 'k=' + encodeURIComponent('{"a":1}') + '&k=' + encodeURIComponent('[1,2]'));
  });

  test('filter_any_*, filter_none_*, filter_array_intersect_(any|none|all)_* and fields take one JSON array', () => {
    const list = ['a b', 'c'];
    const json = encodeURIComponent(JSON.stringify(list));
    assert.strictEqual(json, '%5B%22a%20b%22%2C%22c%22%5D', 'sanity: the expected encoding');
    for (const key of [
      'filter_any_tags',
      'filter_none_tags',
      'filter_array_intersect_any_tags',
      'filter_array_intersect_none_tags',
      'filter_array_intersect_all_tags',
      'fields',
    ]) {
      assert.strictEqual(toQuery({ [key]: list }), key + '=' + json, key);
    }
    assert.strictEqual(toQuery({ fields: [] }), 'fields=%5B%5D', 'an empty array is sent as []');
    assert.strictEqual(toQuery({ filter_any_n: [1, 2] }), 'filter_any_n=%5B1%2C2%5D', 'numbers stay numbers in the JSON');
  });

  test('keys that only look like JSON-array keys take repeated keys', () => {
    const cases = [
      'filter_array_intersect_some_x', // not any|none|all
      'filter_array_intersect_any', // no trailing "_"
      'filter_anything', // "filter_any" without "_"
      'filter_nonexistent',
      'x_filter_any_y', // not at the start
      'my_fields',
      'fields_x',
      'Fields',
    ];
    for (const key of cases) {
      assert.strictEqual(toQuery({ [key]: ['a', 'b'] }), key + '=a&' + key + '=b', key);
    }
  });

  test('non-array values on JSON-array keys are sent as scalars', () => {
    assert.strictEqual(toQuery({ fields: 'name' }), 'fields=name');
    assert.strictEqual(toQuery({ filter_any_x: 3 }), 'filter_any_x=3');
  });

  test('nested objects are JSON-encoded', () => {
    const value = { a: { b: [1, 'x'] }, c: null };
    assert.strictEqual(toQuery({ obj: value }), 'obj=' + encodeURIComponent(JSON.stringify(value)));
    assert.strictEqual(toQuery({ obj: {} }), 'obj=%7B%7D');
  });

  test('only own properties are read', () => {
    const filters = Object.create({ inherited: 'x' });
    filters.own = 'y';
    assert.strictEqual(toQuery(filters), 'own=y');
    const bare = Object.create(null);
    bare.a = '1';
    assert.strictEqual(toQuery(bare), 'a=1', 'a null-prototype map');
  });

  test('the filters object is not mutated', () => {
    const filters = { key_missing: ['a', null], fields: ['x'], n: 1 };
    toQuery(filters);
    assert.deepEqual(filters, { key_missing: ['a', null], fields: ['x'], n: 1 });
  });
});
