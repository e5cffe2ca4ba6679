// src/multipart.ts: frameMultipart (faxes.sendAsMultipart bodies).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadHelpers } from './load.mjs';

const { multipart } = await loadHelpers();
const { frameMultipart } = multipart;

// The parts back from a framed body, split on the boundary its Content-Type names.
function parse(framed) {
  const boundary = /; boundary=(.+)$/.exec(framed.type)[1];
  const delimiter = '--' + boundary;
  assert(framed.body.startsWith(delimiter + '\r\n'), 'starts with the delimiter');
  assert(framed.body.endsWith('\r\n' + delimiter + '--\r\n'), 'ends with the closing delimiter');
  const inner = framed.body.slice(delimiter.length + 2, -(delimiter.length + 6));
  return {
    boundary,
    parts: inner.split('\r\n' + delimiter + '\r\n').map((text) => {
      if (text.startsWith('\r\n')) return { headers: [], body: text.slice(2) }; // no header lines
      const split = text.indexOf('\r\n\r\n');
      return { headers: text.slice(0, split).split('\r\n'), body: text.slice(split + 4) };
    }),
  };
}

describe('frameMultipart', () => {
  test('CRLF-framed parts with their headers and bodies, as given', () => {
    const framed = frameMultipart([
      { headers: { 'Content-Type': 'application/json' }, body: '{"data":{"to_number":"+1"}}' },
      { headers: { 'Content-Type': 'application/pdf', 'Content-Length': 12 }, body: '%PDF-1.4\néü\r\n' },
    ], 'multipart/mixed');
    assert.equal(/^multipart\/mixed; boundary=[\w-]+$/.test(framed.type), true, framed.type);
    const { parts } = parse(framed);
    assert.deepEqual(parts, [
      { headers: ['Content-Type: application/json'], body: '{"data":{"to_number":"+1"}}' },
      { headers: ['Content-Type: application/pdf', 'Content-Length: 12'], body: '%PDF-1.4\néü\r\n' },
    ]);
  });

  test('the boundary occurs in no part, even when a part holds the usual one', () => {
    const first = parse(frameMultipart([{ body: 'plain' }], 'multipart/mixed')).boundary;
    const tricky = [{ headers: { 'X-Note': first }, body: 'a' }, { body: `--${first}\r\n--${first}-0 and ${first}-1` }];
    const framed = frameMultipart(tricky, 'multipart/mixed');
    const { boundary, parts } = parse(framed);
    assert.notStrictEqual(boundary, first, 'another boundary');
    for (const part of tricky) {
      assert.equal(part.body.includes(boundary), false, 'not in a body');
      for (const name in part.headers) assert.equal(String(part.headers[name]).includes(boundary), false, 'not in a header');
    }
    assert.strictEqual(parts.length, 2, 'still two parts');
    assert.strictEqual(parts[1].body, tricky[1].body, 'the body intact');
  });

  test('a part without headers starts with the blank line', () => {
    const framed = frameMultipart([{ body: 'x' }], 'multipart/mixed');
    const boundary = /boundary=(.+)$/.exec(framed.type)[1];
    assert.strictEqual(framed.body, `--${boundary}\r\n\r\nx\r\n--${boundary}--\r\n`);
  });

  test('anything but an array of {headers, body: string} parts is refused (null)', () => {
    const bad = [undefined, null, 'text', {}, [], [null], [{}], [{ body: 5 }], [{ body: {} }],
      [{ headers: { A: {} }, body: '' }], [{ headers: 'Content-Type: text/plain', body: '' }], [{ headers: { A: 'x\r\nInjected: 1' }, body: '' }],
      [{ headers: { 'A\r\nB': 'x' }, body: '' }], [{ headers: { 'A:': 'x' }, body: '' }]];
    for (const parts of bad) assert.strictEqual(frameMultipart(parts, 'multipart/mixed'), null, JSON.stringify(parts));
  });
});
