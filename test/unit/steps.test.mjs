// The pure steps of a request: src/decide.ts (what follows an answer) and the URL helpers of
// src/url.ts that choose a method's form, drop template query defaults, and keep requests under
// their apiRoot.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { url, decide: decision } = await loadHelpers();
const { chooseForm, withoutKeys, leavesRoot } = url;
const { decide, ENDED, NEXT, DONE, TAKEN, CHARGES, RELOGIN, FAIL } = decision;

describe('decide', () => {
  const call = (over = {}) => ({ settled: null, aborted: false, ...over });

  test('an ended call: nothing more, whatever the answer', () => {
    for (const ok of [true, false]) {
      assert.strictEqual(decide(call({ settled: 'reject' }), {}, ok, 402, true, true), ENDED);
    }
  });

  test('a success: the next page when there is one, else done (abort() after a success changes nothing here)', () => {
    assert.strictEqual(decide(call(), {}, true, 0, true, false), NEXT);
    assert.strictEqual(decide(call(), {}, true, 0, false, false), DONE);
    assert.strictEqual(decide(call({ aborted: true }), { preventCallbackError: true }, true, 0, false, false), DONE);
  });

  test('a failure of an aborted call fails, even when the application would take it over', () => {
    assert.strictEqual(decide(call({ aborted: true }), { preventCallbackError: true }, false, 0, false, false), FAIL);
    assert.strictEqual(decide(call({ aborted: true }), {}, false, 402, false, true), FAIL);
  });

  test('preventCallbackError hands the call over before any 402 or 401 follow-up', () => {
    assert.strictEqual(decide(call(), { preventCallbackError: true }, false, 402, false, true), TAKEN);
    assert.strictEqual(decide(call(), { preventCallbackError: true }, false, 401, false, true), TAKEN);
    assert.strictEqual(decide(call(), { preventCallbackError: false }, false, 500, false, false), FAIL);
  });

  test('a 402 asks about charges only when the call gave no acceptCharges', () => {
    assert.strictEqual(decide(call(), {}, false, 402, false, false), CHARGES);
    assert.strictEqual(decide(call(), { acceptCharges: true }, false, 402, false, false), FAIL);
    assert.strictEqual(decide(call(), { acceptCharges: false }, false, 402, false, false), FAIL);
  });

  test('a 401 re-logs in only when allowed; other statuses fail', () => {
    assert.strictEqual(decide(call(), {}, false, 401, false, true), RELOGIN);
    assert.strictEqual(decide(call(), {}, false, 401, false, false), FAIL);
    for (const status of [0, 400, 403, 404, 500]) assert.strictEqual(decide(call(), {}, false, status, false, true), FAIL, String(status));
  });

  test('the decisions are distinct', () => {
    assert.strictEqual(new Set([ENDED, NEXT, DONE, TAKEN, CHARGES, RELOGIN, FAIL]).size, 7);
  });
});

describe('chooseForm', () => {
  const forms = [{ url: 'accounts/{accountId}/phone_numbers/{phoneNumber}/activate' }, { url: 'accounts/{accountId}/phone_numbers/collection/activate' }];

  test('the first form whose placeholders are all given', () => {
    assert.strictEqual(chooseForm(forms, { accountId: 'a', phoneNumber: '+1' }), 0);
    assert.strictEqual(chooseForm(forms, { accountId: 'a', phoneNumber: 0 }), 0, '0 is a value');
  });

  test('else the last form, which then names what is missing', () => {
    assert.strictEqual(chooseForm(forms, { accountId: 'a' }), 1);
    for (const missing of [undefined, null, '']) assert.strictEqual(chooseForm(forms, { accountId: 'a', phoneNumber: missing }), 1, String(missing));
    assert.strictEqual(chooseForm(forms, { phoneNumber: '+1' }), 1, 'a form missing another placeholder is not chosen');
    assert.strictEqual(chooseForm(forms, {}), 1);
  });

  test('only own values count, as when the URL is filled: an inherited one is not given', () => {
    const inherited = Object.assign(Object.create({ phoneNumber: '+1' }), { accountId: 'a' });
    assert.strictEqual(chooseForm(forms, inherited), 1);
    assert.strictEqual(chooseForm(forms, Object.assign(Object.create(null), { accountId: 'a', phoneNumber: '+1' })), 0, 'no prototype');
  });

  test('forms without placeholders, and a single form', () => {
    assert.strictEqual(chooseForm([{ url: 'whitelabel/{domain}' }, { url: 'accounts/{accountId}/whitelabel' }], { domain: 'd' }), 0);
    assert.strictEqual(chooseForm([{ url: 'a' }, { url: 'b' }], {}), 0, 'a form with no placeholder is always complete');
    assert.strictEqual(chooseForm([{ url: 'a/{x}' }], {}), 0);
  });
});

describe('withoutKeys', () => {
  const list = 'accounts/{accountId}/phone_numbers?filter_state=%5B%22in_service%22%5D&x=1';

  test('keys the filters give are dropped from the template query', () => {
    assert.strictEqual(withoutKeys(list, { filter_state: 'port_in' }), 'accounts/{accountId}/phone_numbers?x=1');
    assert.strictEqual(withoutKeys(list, { filter_state: 'a', x: 2 }), 'accounts/{accountId}/phone_numbers');
  });

  test('keys the filters leave out, or give as null/undefined, stay', () => {
    assert.strictEqual(withoutKeys(list, {}), list);
    assert.strictEqual(withoutKeys(list, { other: 1 }), list);
    assert.strictEqual(withoutKeys(list, { filter_state: null, x: undefined }), list);
    assert.strictEqual(withoutKeys(list, undefined), list);
  });

  test('a URL without a query is returned as it is', () => {
    assert.strictEqual(withoutKeys('accounts/a/users', { x: 1 }), 'accounts/a/users');
  });
});

describe('leavesRoot', () => {
  // What the browser would request for apiRoot '/' + path, by WHATWG URL parsing (Node's URL).
  const leaves = (path) => {
    const base = 'http://home.test/app/page';
    const joined = '/' + (path.charAt(0) === '/' ? path.replace(/^\/+/, '') : path);
    const resolved = new URL(joined, base);
    return resolved.origin !== 'http://home.test' || /(^|\/)\.\.?(\/|$)/.test(path.replace(/[\t\n\r]/g, '').replace(/%2e/gi, '.').replace(/\\/g, '/'));
  };

  test('paths the URL parser sends elsewhere, or up the tree, are caught', () => {
    const hostile = ['\\evil.example/steal', '\t/evil.example/steal', '/\\evil.example', '/\t/evil.example', '\n\\evil',
      'accounts/.\t./.\t./admin', 'accounts/.\n./x', 'a/.\r./..', '%2e%2e/x', 'a\\..\\b', '\\\\evil'];
    for (const path of hostile) {
      assert.equal(leaves(path), true, 'the URL parser agrees that ' + JSON.stringify(path) + ' leaves');
      assert.equal(leavesRoot(path), true, JSON.stringify(path));
    }
  });

  test('a dot segment in a query is refused too (conservative: the browser would not resolve it)', () => {
    assert.equal(leavesRoot('accounts/a1/users?x=a/../b'), true);
  });

  test('ordinary paths stay', () => {
    for (const path of ['accounts/a1/users', 'a?\\evil', '/accounts/a1', '//accounts/a1', 'a..b/c', 'a/...', 'about', 'a/b\t/c']) {
      assert.equal(leaves(path), false, 'the URL parser agrees that ' + JSON.stringify(path) + ' stays');
      assert.equal(leavesRoot(path), false, JSON.stringify(path));
    }
  });

});
