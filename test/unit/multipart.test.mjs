// src/multipart.ts: frameMultipart (faxes.sendAsMultipart bodies).
export default function (QUnit, { multipart }) {
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
  function assert(ok, message) {
    if (!ok) throw new Error(message);
  }

  QUnit.module('frameMultipart', () => {
    QUnit.test('CRLF-framed parts with their headers and bodies, as given', (assert) => {
      const framed = frameMultipart([
        { headers: { 'Content-Type': 'application/json' }, body: '{"data":{"to_number":"+1"}}' },
        { headers: { 'Content-Type': 'application/pdf', 'Content-Length': 12 }, body: '%PDF-1.4\néü\r\n' },
      ], 'multipart/mixed');
      assert.true(/^multipart\/mixed; boundary=[\w-]+$/.test(framed.type), framed.type);
      const { parts } = parse(framed);
      assert.deepEqual(parts, [
        { headers: ['Content-Type: application/json'], body: '{"data":{"to_number":"+1"}}' },
        { headers: ['Content-Type: application/pdf', 'Content-Length: 12'], body: '%PDF-1.4\néü\r\n' },
      ]);
    });

    QUnit.test('the boundary occurs in no part, even when a part holds the usual one', (assert) => {
      const first = parse(frameMultipart([{ body: 'plain' }], 'multipart/mixed')).boundary;
      const tricky = [{ headers: { 'X-Note': first }, body: 'a' }, { body: `--${first}\r\n--${first}-0 and ${first}-1` }];
      const framed = frameMultipart(tricky, 'multipart/mixed');
      const { boundary, parts } = parse(framed);
      assert.notStrictEqual(boundary, first, 'another boundary');
      for (const part of tricky) {
        assert.false(part.body.includes(boundary), 'not in a body');
        for (const name in part.headers) assert.false(String(part.headers[name]).includes(boundary), 'not in a header');
      }
      assert.strictEqual(parts.length, 2, 'still two parts');
      assert.strictEqual(parts[1].body, tricky[1].body, 'the body intact');
    });

    QUnit.test('a part without headers starts with the blank line', (assert) => {
      const framed = frameMultipart([{ body: 'x' }], 'multipart/mixed');
      const boundary = /boundary=(.+)$/.exec(framed.type)[1];
      assert.strictEqual(framed.body, `--${boundary}\r\n\r\nx\r\n--${boundary}--\r\n`);
    });

    QUnit.test('anything but an array of {headers, body: string} parts is refused (null)', (assert) => {
      const bad = [undefined, null, 'text', {}, [], [null], [{}], [{ body: 5 }], [{ body: {} }],
        [{ headers: { A: {} }, body: '' }], [{ headers: 'Content-Type: text/plain', body: '' }], [{ headers: { A: 'x\r\nInjected: 1' }, body: '' }],
        [{ headers: { 'A\r\nB': 'x' }, body: '' }], [{ headers: { 'A:': 'x' }, body: '' }]];
      for (const parts of bad) assert.strictEqual(frameMultipart(parts, 'multipart/mixed'), null, JSON.stringify(parts));
    });
  });
}
