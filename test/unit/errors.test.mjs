// src/errors.ts: KazooSdkError, named, toKazooError.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { errors } = await loadHelpers();
const { KazooSdkError, named, toKazooError } = errors;

function exchange(overrides) {
  return Object.assign({ status: 500, textStatus: 'error', statusText: '', json: undefined, invalidJson: false }, overrides);
}

function synthesised(status, reason) {
  return { status: 'error', error: String(status), message: reason, data: { message: reason }, httpErrorStatus: status };
}

describe('KazooSdkError', () => {
  test('is an Error with its own name, message and stack', () => {
    const e = new KazooSdkError('account.get: missing mandatory setting "accountId"');
    assert.equal(e instanceof KazooSdkError, true, 'instanceof KazooSdkError');
    assert.equal(e instanceof Error, true, 'instanceof Error');
    assert.strictEqual(e.name, 'KazooSdkError');
    assert.strictEqual(e.message, 'account.get: missing mandatory setting "accountId"');
    assert.strictEqual(String(e), 'KazooSdkError: account.get: missing mandatory setting "accountId"');
    assert.strictEqual(typeof e.stack, 'string');
    assert.strictEqual(Object.getPrototypeOf(e), KazooSdkError.prototype);
    assert.strictEqual(Object.prototype.toString.call(e), '[object Error]');
  });

  test('a plain Error is not a KazooSdkError', () => {
    assert.equal(new Error('x') instanceof KazooSdkError, false);
  });

  test('can be thrown and caught', () => {
    assert.throws(() => {
      throw new KazooSdkError('boom');
    }, (e) => e instanceof KazooSdkError && e.message === 'boom');
  });
});

describe('named', () => {
  test("a KazooSdkError comes back as a new one whose message starts with the method's name", () => {
    const e = named('user.get', new KazooSdkError('missing mandatory setting "userId"'));
    assert.equal(e instanceof KazooSdkError, true);
    assert.strictEqual(e.message, 'user.get: missing mandatory setting "userId"');
  });

  test('one that is a plain Error named KazooSdkError (no Object.setPrototypeOf) is named too', () => {
    const plain = new Error('settings must be an object');
    plain.name = 'KazooSdkError';
    assert.strictEqual(named('request', plain).message, 'request: settings must be an object');
  });

  test('anything else thrown comes back as it is', () => {
    const mine = new TypeError('from a getter');
    assert.strictEqual(named('user.get', mine), mine);
    assert.strictEqual(mine.message, 'from a getter');
    assert.strictEqual(named('user.get', 'a string'), 'a string');
    assert.strictEqual(named('user.get', undefined), undefined);
    assert.strictEqual(named('user.get', null), null);
  });
});

describe('toKazooError', () => {
  test('a "__proto__" key of a JSON body stays an own key; the prototype is untouched', () => {
    const json = JSON.parse('{"message":"m","__proto__":{"polluted":true}}');
    const result = toKazooError({ status: 400, textStatus: 'error', statusText: 'Bad Request', json, invalidJson: false });
    assert.strictEqual(Object.getPrototypeOf(result), Object.prototype);
    assert.deepEqual(Object.prototype.hasOwnProperty.call(result, '__proto__'), true);
    assert.strictEqual(result.polluted, undefined);
    assert.strictEqual(result.message, 'm');
  });

  test('a JSON object body is kept, with httpErrorStatus added', () => {
    const body = {
      status: 'error',
      error: '404',
      message: 'bad_identifier',
      data: { cause: 'abc', message: 'bad identifier' },
      request_id: 'r1',
      auth_token: 't',
    };
    const result = toKazooError(exchange({ status: 404, statusText: 'Not Found', json: body }));
    assert.deepEqual(result, Object.assign({}, body, { httpErrorStatus: 404 }));
  });

  test('the input body is not mutated and the result is a new object', () => {
    const data = { message: 'invalid credentials' };
    const body = { status: 'error', error: '401', message: 'invalid_credentials', data };
    const x = exchange({ status: 401, json: body });
    const result = toKazooError(x);
    assert.notStrictEqual(result, body, 'a copy');
    assert.deepEqual(body, { status: 'error', error: '401', message: 'invalid_credentials', data: { message: 'invalid credentials' } });
    assert.equal('httpErrorStatus' in body, false, 'no httpErrorStatus on the input');
    assert.strictEqual(result.data, data, 'data is carried over');
    assert.strictEqual(x.json, body);
  });

  test('the HTTP status wins over an httpErrorStatus in the body', () => {
    const result = toKazooError(exchange({ status: 500, json: { httpErrorStatus: 999, message: 'x' } }));
    assert.strictEqual(result.httpErrorStatus, 500);
    assert.strictEqual(result.message, 'x');
  });

  test('an object body is kept even when it is not Crossbar-shaped or empty', () => {
    assert.deepEqual(toKazooError(exchange({ status: 400, json: { name: { required: { message: 'Field is required but missing' } } } })),
      { name: { required: { message: 'Field is required but missing' } }, httpErrorStatus: 400 });
    assert.deepEqual(toKazooError(exchange({ status: 500, json: {} })), { httpErrorStatus: 500 });
  });

  test('the 402 body is kept (data = invoices)', () => {
    const body = { status: 'error', error: '402', message: 'accept charges', data: [{ items: [], summary: { today: 1 } }] };
    assert.deepEqual(toKazooError(exchange({ status: 402, statusText: 'Payment Required', json: body })),
      Object.assign({}, body, { httpErrorStatus: 402 }));
  });

  test('only the body\'s own properties are copied', () => {
    const body = Object.create({ inherited: 'x' });
    body.message = 'm';
    const result = toKazooError(exchange({ status: 500, json: body }));
    assert.deepEqual(Object.keys(result).sort(), ['httpErrorStatus', 'message']);
    assert.equal('inherited' in result, false);
  });

  test('a JSON array body is replaced by a synthesised object', () => {
    assert.deepEqual(toKazooError(exchange({ status: 500, statusText: 'Internal Server Error', json: ['a'] })),
      synthesised(500, 'Internal Server Error'));
  });

  test('a JSON string, number, boolean or null body is replaced by a synthesised object', () => {
    for (const json of ['oops', 42, true, null]) {
      assert.deepEqual(toKazooError(exchange({ status: 503, statusText: 'Service Unavailable', json })),
        synthesised(503, 'Service Unavailable'), JSON.stringify(json));
    }
  });

  test('timeout and abort: message "timeout" / "abort", httpErrorStatus 0', () => {
    assert.deepEqual(toKazooError(exchange({ status: 0, textStatus: 'timeout', statusText: 'timeout' })), synthesised(0, 'timeout'));
    assert.deepEqual(toKazooError(exchange({ status: 0, textStatus: 'abort', statusText: 'abort' })), synthesised(0, 'abort'));
  });

  test('timeout/abort win over the other reasons', () => {
    assert.strictEqual(toKazooError(exchange({ status: 0, textStatus: 'timeout', invalidJson: true })).message, 'timeout');
    assert.strictEqual(toKazooError(exchange({ status: 200, textStatus: 'abort', statusText: 'OK' })).message, 'abort');
  });

  test('status 0 without timeout/abort is a network error', () => {
    assert.deepEqual(toKazooError(exchange({ status: 0, textStatus: 'error', statusText: 'error' })), synthesised(0, 'network error'));
    assert.deepEqual(toKazooError(exchange({ status: 0, textStatus: 'error', statusText: '', invalidJson: true })),
      synthesised(0, 'network error'), 'network error wins over invalid JSON');
  });

  test('invalid JSON on a 200 (parsererror)', () => {
    assert.deepEqual(toKazooError(exchange({ status: 200, textStatus: 'parsererror', statusText: 'OK', invalidJson: true })),
      synthesised(200, 'invalid JSON'));
  });

  test('invalid JSON on an error status', () => {
    assert.deepEqual(toKazooError(exchange({ status: 500, textStatus: 'error', statusText: 'Internal Server Error', invalidJson: true })),
      synthesised(500, 'invalid JSON'));
  });

  test('an HTML 502 page: the reason phrase', () => {
    assert.deepEqual(toKazooError(exchange({ status: 502, textStatus: 'error', statusText: 'Bad Gateway' })),
      synthesised(502, 'Bad Gateway'));
  });

  test('no reason phrase (HTTP/2) or jQuery\'s generic "error": "HTTP <status>"', () => {
    assert.deepEqual(toKazooError(exchange({ status: 502, statusText: '' })), synthesised(502, 'HTTP 502'));
    assert.deepEqual(toKazooError(exchange({ status: 504, statusText: 'error' })), synthesised(504, 'HTTP 504'));
    assert.deepEqual(toKazooError(exchange({ status: 500, statusText: undefined })), synthesised(500, 'HTTP 500'));
  });

  test('every synthesised object is Crossbar-shaped and fresh', () => {
    const a = toKazooError(exchange({ status: 0, textStatus: 'timeout' }));
    const b = toKazooError(exchange({ status: 0, textStatus: 'timeout' }));
    assert.notStrictEqual(a, b);
    assert.notStrictEqual(a.data, b.data);
    assert.strictEqual(typeof a.error, 'string', 'error is a string');
    assert.strictEqual(a.status, 'error');
  });
});
