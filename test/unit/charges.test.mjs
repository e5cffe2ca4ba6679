// src/charges.ts: describeCharges (the default 402 confirmation text).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { charges } = await loadHelpers();
const { describeCharges } = charges;

const HEAD = 'This action has charges:';
const TAIL = 'Do you accept these charges?';
const text = (...lines) => [HEAD, ...lines, TAIL].join('\n');
const EMPTY = text('Due today: 0.00; recurring: 0.00.');

// An example 402 body, as Kazoo answers one.
const BODY_402 = JSON.parse(`{"status":"error","error":"402","message":"accept charges",
 "data":[{"items":[{"category":"devices","item":"sip_device","name":"SIP Device","quantity":1,
                  "rate":5.0,"total":5.0}],
        "activation_charges":[{"item":"sip_device","name":"SIP Device","rate":1.0,"total":1.0}],
        "summary":{"today":1.0,"recurring":5.0},"bookkeeper":{"type":"braintree"}}]}`);

describe('describeCharges', () => {
  test('a 402 example as Kazoo answers it', () => {
    const before = JSON.stringify(BODY_402);
    assert.strictEqual(
      describeCharges(BODY_402.data),
      text(
        '- SIP Device (recurring): 1 x 5.00 = 5.00',
        '- SIP Device (activation): 1 x 1.00 = 1.00',
        'Due today: 1.00; recurring: 5.00.'
      )
    );
    assert.strictEqual(JSON.stringify(BODY_402), before, 'the charges are not mutated');
  });

  test('several invoices: lines in order, totals summed', () => {
    const invoices = [
      { items: [{ name: 'A', quantity: 2, rate: 1.5, total: 3 }], summary: { today: 0.1, recurring: 3 } },
      { activation_charges: [{ item: 'b_item', rate: 10, total: 10 }], summary: { today: 0.2, recurring: 0 } },
    ];
    assert.strictEqual(
      describeCharges(invoices),
      text('- A (recurring): 2 x 1.50 = 3.00', '- b_item (activation): 1 x 10.00 = 10.00', 'Due today: 0.30; recurring: 3.00.')
    );
  });

  test('a single invoice object (not wrapped in an array) is described too', () => {
    assert.strictEqual(
      describeCharges({ items: [{ name: 'X', quantity: 3, rate: 2, total: 6 }], summary: { today: 6, recurring: 6 } }),
      text('- X (recurring): 3 x 2.00 = 6.00', 'Due today: 6.00; recurring: 6.00.')
    );
  });

  test('line names: name, else item, else "item"', () => {
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'N', item: 'I' }, { item: 'I' }, {}, { name: '', item: '' }] }]),
      text(
        '- N (recurring): 1 x 0.00 = 0.00',
        '- I (recurring): 1 x 0.00 = 0.00',
        '- item (recurring): 1 x 0.00 = 0.00',
        '- item (recurring): 1 x 0.00 = 0.00',
        'Due today: 0.00; recurring: 0.00.'
      )
    );
  });

  test('numbers given as strings are read, unreadable numbers count as 0', () => {
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'S', quantity: '2', rate: '2.5', total: '5' }], summary: { today: '1.25', recurring: 'lots' } }]),
      text('- S (recurring): 2 x 2.50 = 5.00', 'Due today: 1.25; recurring: 0.00.')
    );
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'J', quantity: 'x', rate: {}, total: NaN }], summary: { today: Infinity, recurring: null } }]),
      text('- J (recurring): 0 x 0.00 = 0.00', 'Due today: 0.00; recurring: 0.00.')
    );
  });

  test('junk charges never throw and give an empty summary', () => {
    const junk = [
      ['undefined', undefined],
      ['null', null],
      ['0', 0],
      ['42', 42],
      ['NaN', NaN],
      ['string', 'accept charges'],
      ['empty string', ''],
      ['true', true],
      ['empty array', []],
      ['array of junk', [null, undefined, 1, 'x', true, []]],
      ['empty object', {}],
      ['items not an array', [{ items: 'x', activation_charges: { name: 'y' } }]],
      ['items of junk', [{ items: [null, 1, 'x', undefined, true], activation_charges: [null] }]],
      ['summary junk', [{ summary: 'x' }, { summary: 5 }, { summary: null }, { summary: [] }]],
      ['the whole body instead of data', { status: 'error', error: '402', message: 'accept charges', data: [] }],
    ];
    for (const [what, value] of junk) {
      let result;
      try {
        result = describeCharges(value);
      } catch (e) {
        result = 'threw ' + e;
      }
      assert.strictEqual(result, EMPTY, what);
    }
  });

  test('missing fields: a line with no quantity/rate/total is still listed', () => {
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'Only a name' }], activation_charges: [] }]),
      text('- Only a name (recurring): 1 x 0.00 = 0.00', 'Due today: 0.00; recurring: 0.00.')
    );
  });

  test('an explicit quantity of 0 is kept (only an absent quantity defaults to 1)', () => {
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'Z', quantity: 0, rate: 5, total: 0 }] }]),
      text('- Z (recurring): 0 x 5.00 = 0.00', 'Due today: 0.00; recurring: 0.00.')
    );
  });

  test('amounts are rounded to two decimals', () => {
    assert.strictEqual(
      describeCharges([{ items: [{ name: 'R', quantity: 1, rate: 0.125, total: 1.005 }], summary: { today: 2.499, recurring: 10 } }]),
      text('- R (recurring): 1 x ' + (0.125).toFixed(2) + ' = ' + (1.005).toFixed(2), 'Due today: 2.50; recurring: 10.00.')
    );
  });
});
