// src/url.ts: encode, isMissing, fillUrl, lastPlaceholder, joinUrl, normaliseRoot, appendQuery.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { url, errors } = await loadHelpers();
const { encode, hasDotSegment, isMissing, fillUrl, lastPlaceholder, joinUrl, normaliseRoot, appendQuery } = url;
const { KazooSdkError } = errors;

// Calls fn and returns what it threw (fails the assertion when it threw nothing).
function thrown(assert, fn) {
  try {
    const value = fn();
    assert.ok(false, 'expected a throw, got ' + JSON.stringify(value));
    return undefined;
  } catch (e) {
    return e;
  }
}

function assertSdkError(assert, fn, expectedMessage) {
  const e = thrown(assert, fn);
  assert.equal(e instanceof KazooSdkError, true, 'a KazooSdkError (got ' + (e && e.name) + ')');
  assert.equal(e instanceof Error, true, 'also an Error');
  assert.strictEqual(e && e.message, expectedMessage);
}

// (the driver adds the method's name: `user.get: ...`, see the suites)
const invalid = (name) => '"' + name + '" must be a string or a finite number';
const dots = (name) => '"' + name + '" cannot be "." or ".."';
const missing = (name) => 'missing mandatory setting "' + name + '"';

describe('hasDotSegment', () => {
  test('finds . and .. segments, encoded or between backslashes, and nothing else', () => {
    for (const path of ['.', '..', './x', '../x', 'a/..', 'a/../b', 'a/./b', '%2e%2e/x', '.%2E/x', 'a/%2E', 'a\\..\\b', '..\\x', 'a/..?q', 'a/.#f']) {
      assert.equal(hasDotSegment(path), true, path);
    }
    for (const path of ['', 'a', '...', 'a.b', '.hidden', 'a/...', 'a/b.', 'a/%2e%2ex', 'a?q=..', 'accounts/a1/users']) {
      assert.equal(hasDotSegment(path), false, path);
    }
  });
});

describe('isMissing', () => {
  test('undefined, null and the empty string are missing', () => {
    assert.equal(isMissing(undefined), true);
    assert.equal(isMissing(null), true);
    assert.equal(isMissing(''), true);
  });
  test('falsy and other values are given', () => {
    for (const value of [0, -0, NaN, false, ' ', '0', [], {}, 'x', '.']) {
      assert.equal(isMissing(value), false, JSON.stringify(value) + ' (' + typeof value + ') is given');
    }
  });
});

describe('encode', () => {
  test('gives what encodeURIComponent gives, for text it keeps and text it encodes', () => {
    const samples = ['', 'a1', 'filter_first_name', 'Ada', 'a.b~c-d_e', '.', '..', 'x y', 'a+b', 'a/b', 'a?b#c', '%41', '100%',
      "!'()*", 'é', 'Ünïcödé', '日本', '😀', 'a&b=c', '\n', 'tab\there', '[1,2]', '{"a":1}', 'k\u0000v',
      // characters next to a kept one, or one bit away from one
      '^', '`', '@', '[', ']', '{', '}', '|', '\u007f', '\r', '\u000e', '\u0010', '\u0019', '/', ':', 'A-Z_a-z.0~9'];
    for (const text of samples) assert.strictEqual(encode(text), encodeURIComponent(text), JSON.stringify(text));
  });

  test('throws as encodeURIComponent does for a lone surrogate', () => {
    const e = thrown(assert, () => encode('a\uD800'));
    assert.equal(e instanceof URIError, true, 'a URIError');
  });
});

describe('lastPlaceholder', () => {
  test('the name of the last placeholder, in the path or the query part', () => {
    assert.strictEqual(lastPlaceholder('accounts/{accountId}/users/{userId}'), 'userId');
    assert.strictEqual(lastPlaceholder('accounts/{accountId}/users/{userId}/quickcall/{number}'), 'number');
    assert.strictEqual(lastPlaceholder('accounts/{accountId}/phone_numbers/{phoneNumber}/activate'), 'phoneNumber');
    assert.strictEqual(lastPlaceholder('accounts/{accountId}/ips?zone={zone}&quantity={quantity}'), 'quantity');
    assert.strictEqual(lastPlaceholder('accounts/{accountId}'), 'accountId');
  });

  test('none in a template without placeholders', () => {
    assert.strictEqual(lastPlaceholder('user_auth'), undefined);
    assert.strictEqual(lastPlaceholder(''), undefined);
  });

  test('agrees with fillUrl on the same (cached) template', () => {
    const template = 'accounts/{accountId}/users/{userId}';
    assert.strictEqual(fillUrl(template, { accountId: 'a', userId: 'u' }), 'accounts/a/users/u');
    assert.strictEqual(lastPlaceholder(template), 'userId');
  });
});

describe('fillUrl', () => {
  test('fills every placeholder, leaves the rest of the template alone', () => {
    assert.strictEqual(
      fillUrl('accounts/{accountId}/users/{userId}', { accountId: 'a1', userId: 'u1' }),
      'accounts/a1/users/u1'
    );
    assert.strictEqual(fillUrl('accounts', {}), 'accounts', 'no placeholder: unchanged');
    assert.strictEqual(fillUrl('a/{}/b', {}), 'a/{}/b', 'empty braces are not a placeholder');
    assert.strictEqual(fillUrl('{a}/{a}', { a: 'v' }), 'v/v', 'a repeated placeholder is filled each time');
  });

  test('extra values are ignored', () => {
    assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: 'a', other: {} }), 'accounts/a');
  });

  test('special characters are encodeURIComponent-ed', () => {
    const cases = [
      ['a/b', 'a%2Fb'],
      ['a?b', 'a%3Fb'],
      ['a#b', 'a%23b'],
      ['100%', '100%25'],
      ['a&b=c', 'a%26b%3Dc'],
      ['+1 415', '%2B1%20415'],
      ['café', 'caf%C3%A9'],
      ['中', '%E4%B8%AD'],
      ['😀', '%F0%9F%98%80'],
      ['{x}', '%7Bx%7D'],
      ['$&$1', '%24%26%241'],
      ["-_.!~*'()", "-_.!~*'()"],
    ];
    for (const [value, encoded] of cases) {
      assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: value }), 'accounts/' + encoded, value);
    }
  });

  test('a string that cannot be encoded (lone surrogate) is a KazooSdkError naming the setting and why', () => {
    const e = thrown(assert, () => fillUrl('accounts/{accountId}', { accountId: 'ab\uD83D' }));
    assert.equal(e instanceof KazooSdkError, true, 'a KazooSdkError');
    assert.match(e.message, /^"accountId" cannot be encoded \(.+\)$/);
  });

  test('a filled value is not re-scanned for placeholders', () => {
    assert.strictEqual(fillUrl('{a}/{b}', { a: '{b}', b: 'x' }), '%7Bb%7D/x');
  });

  test('placeholders inside the query part are filled and encoded the same way', () => {
    assert.strictEqual(
      fillUrl(
        'accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={limit}&offset={offset}',
        { accountId: 'a1', pattern: '+1 415&x=#', limit: 10, offset: 0 }
      ),
      'accounts/a1/phone_numbers?prefix=%2B1%20415%26x%3D%23&quantity=10&offset=0'
    );
  });

  test('finite numbers are accepted: 0, negative, fractional', () => {
    assert.strictEqual(fillUrl('x/{n}', { n: 0 }), 'x/0', '0 is not missing');
    assert.strictEqual(fillUrl('x/{n}', { n: -0 }), 'x/0');
    assert.strictEqual(fillUrl('x/{n}', { n: -5 }), 'x/-5');
    assert.strictEqual(fillUrl('x/{n}', { n: 1.5 }), 'x/1.5');
    assert.strictEqual(fillUrl('x/{n}', { n: 1e21 }), 'x/1e%2B21');
  });

  test('"." and ".." are rejected; "...", "a.b", ". " and ".a" are accepted', () => {
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', { accountId: '.' }), dots('accountId'));
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', { accountId: '..' }), dots('accountId'));
    assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: '...' }), 'accounts/...');
    assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: 'a.b' }), 'accounts/a.b');
    assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: '.a' }), 'accounts/.a');
    assert.strictEqual(fillUrl('accounts/{accountId}', { accountId: '. ' }), 'accounts/.%20');
  });

  test('missing values (undefined, null, \'\', absent) throw a KazooSdkError naming the method and the setting', () => {
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', {}), missing('accountId'));
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', { accountId: undefined }), missing('accountId'));
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', { accountId: null }), missing('accountId'));
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', { accountId: '' }), missing('accountId'));
    assertSdkError(
      assert,
      () => fillUrl('accounts/{accountId}/users/{userId}', { accountId: 'a' }),
      missing('userId')
    );
  });

  test('the first missing placeholder (in template order) is the one reported', () => {
    assertSdkError(assert, () => fillUrl('accounts/{accountId}/users/{userId}', {}), missing('accountId'));
    assertSdkError(
      assert,
      () => fillUrl('accounts/{accountId}/phone_numbers?prefix={pattern}', { accountId: 'a' }),
      missing('pattern')
    );
  });

  test('non-string, non-finite values throw a KazooSdkError naming the setting and what it must be', () => {
    const bad = [
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
      ['object', { id: 'a' }],
      ['empty object', {}],
      ['array', ['a']],
      ['empty array', []],
      ['true', true],
      ['false', false],
      ['function', () => 'a'],
      ['String object', new String('a')],
      ['Number object', new Number(1)],
      ['Date', new Date(0)],
      ['symbol', Symbol('a')],
      ['bigint', BigInt(1)],
    ];
    for (const [what, value] of bad) {
      const e = thrown(assert, () => fillUrl('accounts/{accountId}/users/{userId}', { accountId: 'a', userId: value }));
      assert.equal(e instanceof KazooSdkError, true, what + ': KazooSdkError');
      assert.strictEqual(e && e.message, invalid('userId'), what + ': message');
    }
  });

  test('only own properties count: inherited values are missing', () => {
    const inherited = Object.create({ accountId: 'from-prototype' });
    assertSdkError(assert, () => fillUrl('accounts/{accountId}', inherited), missing('accountId'));
    assertSdkError(assert, () => fillUrl('x/{toString}', {}), missing('toString'));
    assertSdkError(assert, () => fillUrl('x/{constructor}', {}), missing('constructor'));
    assertSdkError(assert, () => fillUrl('x/{hasOwnProperty}', {}), missing('hasOwnProperty'));
    assertSdkError(assert, () => fillUrl('x/{__proto__}', {}), missing('__proto__'));
  });

  test('own properties shadowing prototype names, and null-prototype maps, work', () => {
    assert.strictEqual(fillUrl('x/{toString}', { toString: 'ts' }), 'x/ts');
    const bare = Object.create(null);
    bare.accountId = 'a1';
    assert.strictEqual(fillUrl('accounts/{accountId}', bare), 'accounts/a1');
    const own = Object.create({ accountId: 'proto' });
    own.accountId = 'own';
    assert.strictEqual(fillUrl('accounts/{accountId}', own), 'accounts/own');
  });

  test('nothing is returned half-filled: a throw happens even after earlier placeholders were filled', () => {
    const values = { accountId: 'a' };
    const e = thrown(assert, () => fillUrl('accounts/{accountId}/users/{userId}', values));
    assert.equal(e instanceof KazooSdkError, true);
    assert.deepEqual(values, { accountId: 'a' }, 'values are not mutated');
  });
});

describe('normaliseRoot', () => {
  test('exactly one trailing slash', () => {
    assert.strictEqual(normaliseRoot('http://k:8000/v2'), 'http://k:8000/v2/');
    assert.strictEqual(normaliseRoot('http://k:8000/v2/'), 'http://k:8000/v2/');
    assert.strictEqual(normaliseRoot('http://k:8000/v2///'), 'http://k:8000/v2/');
    assert.strictEqual(normaliseRoot('http://k:8000/'), 'http://k:8000/');
    assert.strictEqual(normaliseRoot(''), '/');
  });
  test('inner double slashes are kept', () => {
    assert.strictEqual(normaliseRoot('http://k//v2//'), 'http://k//v2/');
  });
});

describe('joinUrl', () => {
  test('a root with 0, 1 or many trailing slashes, normalised, gives exactly one "/"', () => {
    for (const root of ['http://k:8000/v2', 'http://k:8000/v2/', 'http://k:8000/v2//', 'http://k:8000/v2/////']) {
      assert.strictEqual(joinUrl(normaliseRoot(root), 'accounts/a1'), 'http://k:8000/v2/accounts/a1', JSON.stringify(root));
    }
  });
  test('leading slashes on the path are dropped', () => {
    assert.strictEqual(joinUrl('http://k/v2/', '/accounts'), 'http://k/v2/accounts');
    assert.strictEqual(joinUrl('http://k/v2/', '///accounts'), 'http://k/v2/accounts');
  });
  test('the path is otherwise kept as is (query, inner and trailing slashes)', () => {
    assert.strictEqual(joinUrl('http://k/v2/', 'a//b/?x=/y'), 'http://k/v2/a//b/?x=/y');
    assert.strictEqual(joinUrl('http://k/v2/', ''), 'http://k/v2/');
    assert.strictEqual(joinUrl('/v2/', 'accounts'), '/v2/accounts', 'a relative root');
  });
});

describe('appendQuery', () => {
  test('an empty query leaves the URL unchanged', () => {
    assert.strictEqual(appendQuery('http://k/v2/accounts', ''), 'http://k/v2/accounts');
    assert.strictEqual(appendQuery('http://k/v2/x?a=1', ''), 'http://k/v2/x?a=1');
  });
  test('without an existing query: "?"', () => {
    assert.strictEqual(appendQuery('http://k/v2/accounts', 'a=1&b=2'), 'http://k/v2/accounts?a=1&b=2');
  });
  test('with an existing query: "&", after what is already there', () => {
    assert.strictEqual(
      appendQuery('http://k/v2/phone_numbers?prefix=415&quantity=10', 'filter_x=1'),
      'http://k/v2/phone_numbers?prefix=415&quantity=10&filter_x=1'
    );
  });
});
