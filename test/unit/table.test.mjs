// src/table.ts (decodeTable) and scripts/table-codec.mjs (encodeTable): the compact table the builds ship.
import { encodeTable } from '../../scripts/table-codec.mjs';

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { table, endpoints } = await loadHelpers();
const { decodeTable } = table;

describe('table codec', () => {
  test('every field of an entry survives the round trip', () => {
    const sample = {
      thing: {
        get: { verb: 'GET', url: 'accounts/{accountId}/things/{thingId}' },
        create: { verb: 'PUT', url: 'accounts/{accountId}/things', dataOptional: true },
        sub: { verb: 'POST', url: 'accounts/{accountId}/things/{thingId}/parts?x={y}', contentType: 'text/html', accept: 'text/html' },
        raw: { verb: 'PATCH', url: 'accounts/{accountId}/things?filter=1' },
        head: { verb: 'HEAD', url: 'accounts/{accountId}', noToken: true, noUiMetadata: true },
        login: { verb: 'DELETE', url: 'user_auth', auth: true },
        file: { verb: 'GET', url: 'about', accept: '*/*' },
      },
      flat: { one: { verb: 'GET', url: 'about' }, two: { verb: 'PUT', url: 'accounts/{accountId}/x/y' } },
    };
    const decoded = decodeTable(encodeTable(sample));
    assert.deepEqual(decoded, sample);
    assert.deepEqual(Object.keys(decoded.thing), Object.keys(sample.thing), 'method order kept');
  });

  test('the real table survives the round trip, and its compact form is much smaller', () => {
    const encoded = encodeTable(endpoints.endpoints);
    assert.deepEqual(decodeTable(encoded), JSON.parse(JSON.stringify(endpoints.endpoints)));
    assert.equal(JSON.stringify(encoded).length < JSON.stringify(endpoints.endpoints).length / 2, true,
      `${JSON.stringify(encoded).length} characters against ${JSON.stringify(endpoints.endpoints).length}`);
  });

  test('repeated shapes become identical text', () => {
    const crud = (name) => ({
      get: { verb: 'GET', url: `accounts/{accountId}/${name}s/{${name}Id}` },
      list: { verb: 'GET', url: `accounts/{accountId}/${name}s` },
    });
    const encoded = encodeTable({ a: crud('alpha'), b: crud('beta') });
    assert.strictEqual(encoded.a.split('|').slice(1).join('|'), encoded.b.split('|').slice(1).join('|'));
  });

  test('what cannot be encoded is refused at build time', () => {
    const bad = [
      { verb: 'FETCH', url: 'x' },
      { verb: 'GET', url: 'a b' },
      { verb: 'GET', url: 'a|b' },
      { verb: 'GET', url: '~x' },
      { verb: 'GET', url: 'x', contentType: 'text/html; charset=utf-8' },
      { verb: 'GET', url: 'x', auth: 'yes' },
      { verb: 'GET', url: 'x', other: true },
    ];
    for (const entry of bad) assert.throws(() => encodeTable({ ns: { m: entry } }), JSON.stringify(entry));
    assert.throws(() => encodeTable({ ns: { 'a-b': { verb: 'GET', url: 'x' } } }), 'a method name that is not a word');
  });
});
