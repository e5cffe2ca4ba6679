/* The methods where the classic documentation and today's plugin send different requests: each row
 * called as Monster-UI calls it (callApi), with the settings that select each form. The expected
 * requests are written out here from Kazoo's API, never read from the SDK's table. */
/* global KM */
(function () {
  'use strict';

  var NUMBER = '+14155550100';
  var ENCODED = '%2B14155550100';
  var IN_SERVICE = '["in_service","port_in"]';

  var ROWS = [
    ['numbers.activate with phoneNumber, no data', 'numbers.activate', { accountId: 'acc1', phoneNumber: NUMBER },
      'PUT', '/v2/accounts/acc1/phone_numbers/' + ENCODED + '/activate', {}],
    ['numbers.activate with phoneNumber and data', 'numbers.activate', { accountId: 'acc1', phoneNumber: NUMBER, data: { carrier_name: 'x' } },
      'PUT', '/v2/accounts/acc1/phone_numbers/' + ENCODED + '/activate', {}, function (assert, json) {
        assert.strictEqual(json.data.carrier_name, 'x', 'the data sent');
      }],
    ['numbers.activate without phoneNumber (documented): the collection', 'numbers.activate', { accountId: 'acc1', data: { numbers: [NUMBER] } },
      'PUT', '/v2/accounts/acc1/phone_numbers/collection/activate', {}, function (assert, json) {
        assert.deepEqual(json.data.numbers, [NUMBER], 'the numbers in data');
      }],
    ['numbers.delete with phoneNumber', 'numbers.delete', { accountId: 'acc1', phoneNumber: NUMBER },
      'DELETE', '/v2/accounts/acc1/phone_numbers/' + ENCODED, {}],
    ['numbers.delete without phoneNumber (documented): the collection', 'numbers.delete', { accountId: 'acc1', data: { numbers: [NUMBER] } },
      'DELETE', '/v2/accounts/acc1/phone_numbers/collection', {}, function (assert, json) {
        assert.deepEqual(json.data.numbers, [NUMBER], 'the numbers in data');
      }],
    ['whitelabel.get with domain (documented)', 'whitelabel.get', { domain: 'portal.example.com' },
      'GET', '/v2/whitelabel/portal.example.com', {}],
    ['whitelabel.get by account', 'whitelabel.get', { accountId: 'acc1' },
      'GET', '/v2/accounts/acc1/whitelabel', {}],
    ['whitelabel.getLogo with domain (documented)', 'whitelabel.getLogo', { domain: 'portal.example.com' },
      'GET', '/v2/whitelabel/portal.example.com/logo', {}],
    ['whitelabel.getLogo by account', 'whitelabel.getLogo', { accountId: 'acc1' },
      'GET', '/v2/accounts/acc1/whitelabel/logo', {}],
    ['conference.action with the action in data', 'conference.action', { accountId: 'acc1', conferenceId: 'conf1', data: { action: 'lock' } },
      'PUT', '/v2/accounts/acc1/conferences/conf1', {}, function (assert, json) {
        assert.strictEqual(json.data.action, 'lock', 'data.action');
      }],
    ['conference.action documented style: the action setting goes into data', 'conference.action',
      { accountId: 'acc1', conferenceId: 'conf1', action: 'lock', data: {} },
      'PUT', '/v2/accounts/acc1/conferences/conf1', {}, function (assert, json) {
        assert.strictEqual(json.data.action, 'lock', 'data.action');
      }],
    ['numbers.list: filter_state in service or port in', 'numbers.list', { accountId: 'acc1' },
      'GET', '/v2/accounts/acc1/phone_numbers', { filter_state: [IN_SERVICE] }],
    ['numbers.list: other filters keep that filter_state', 'numbers.list', { accountId: 'acc1', filters: { page_size: 50 } },
      'GET', '/v2/accounts/acc1/phone_numbers', { filter_state: [IN_SERVICE], page_size: ['50'] }],
    ["numbers.list: the call's filter_state replaces it", 'numbers.list', { accountId: 'acc1', filters: { filter_state: 'reserved' } },
      'GET', '/v2/accounts/acc1/phone_numbers', { filter_state: ['reserved'] }],
    ['account.listChildren: ascending', 'account.listChildren', { accountId: 'acc1' },
      'GET', '/v2/accounts/acc1/children', { ascending: ['true'] }],
    ['port.listDescendants', 'port.listDescendants', { accountId: 'acc1' },
      'GET', '/v2/accounts/acc1/descendants/port_requests', {}],
    ['servicePlan.getFields', 'servicePlan.getFields', {},
      'GET', '/v2/service_plans/editable', {}],
  ];

  QUnit.module('monster: methods where the documentation and today\'s plugin differ', KM.hooks);

  ROWS.forEach(function (row) {
    QUnit.test(row[0] + ': ' + row[3] + ' ' + row[4], function (assert) {
      var done = assert.async(2); // the success callback and the promise
      var requests = this.requests;
      var answer = { answer: row[0] };
      var promise;
      try {
        promise = KM.newApp().callApi({
          resource: row[1],
          data: KM.$.extend(true, {}, row[2]),
          success: function (response) {
            assert.deepEqual(response.data, answer, 'success callback: the answer');
            done();
          },
          error: function (e) {
            assert.ok(false, 'error callback: ' + JSON.stringify(e));
            done();
          },
        });
      } catch (e) {
        assert.ok(false, 'threw: ' + e);
        done();
        done();
        return;
      }
      assert.strictEqual(requests.length, 1, 'exactly one request');
      if (requests.length !== 1) {
        done();
        done();
        return;
      }
      var r = KT.assertRoute(assert, requests[0], row[3], row[4], row[5]);
      if (row[6]) row[6](assert, r.json || {});
      KT.whenResolved(assert, promise, function (response) {
        assert.deepEqual(response.data, answer, 'promise: the answer');
        done();
      }, done);
      KT.respond(requests[0], 200, KT.envelope(answer));
    });
  });

  QUnit.test('numbers.activate without phoneNumber and without data: a KazooSdkError, nothing sent, no hook', function (assert) {
    var app = KM.newApp();
    var thrown = null;
    try {
      app.callApi({ resource: 'numbers.activate', data: { accountId: 'acc1' } });
    } catch (e) {
      thrown = e;
    }
    assert.true(thrown instanceof KM.kazoosdk.KazooSdkError, 'a KazooSdkError: ' + thrown);
    assert.true(/^numbers\.activate: /.test(thrown && thrown.message), 'naming the method');
    assert.strictEqual(this.requests.length, 0, 'nothing sent');
    assert.deepEqual(app.events, [], 'no hook');
  });
})();
