/* What binary endpoints (table accept neither JSON nor text: whitelabel.getIcon, port.getAttachment)
 * deliver: a text answer decoded with its declared charset; bytes as a string of one character per
 * byte by default, or as a Blob with responseType: 'blob', every byte intact. */
(function () {
  'use strict';

  var CAFE_LATIN1 = [0x63, 0x61, 0x66, 0xe9]; // "café" in ISO-8859-1
  var CAFE_UTF8 = [0x63, 0x61, 0x66, 0xc3, 0xa9]; // "café" in UTF-8

  function allBytes() {
    var bytes = [];
    for (var i = 0; i < 256; i++) bytes.push(i);
    return bytes;
  }

  /** A few files: every byte value, and files starting with a byte-order mark. */
  var FILES = [
    ['every byte value', allBytes()],
    ['FF FE (UTF-16LE byte-order mark)', [0xff, 0xfe, 0x41, 0x00, 0xd8, 0x00, 0xdc, 0x80]],
    ['FE FF (UTF-16BE byte-order mark)', [0xfe, 0xff, 0x00, 0x41, 0xd8, 0x00, 0x0a, 0x0d]],
    ['EF BB BF (UTF-8 byte-order mark)', [0xef, 0xbb, 0xbf, 0xc3, 0x28, 0x80, 0xff]],
  ];

  var DOWNLOADS = [
    ['whitelabel.getIcon', function (sdk, settings) { return sdk.whitelabel.getIcon(window.jQuery.extend({ accountId: 'a' }, settings)); }],
    ['port.getAttachment', function (sdk, settings) {
      return sdk.port.getAttachment(window.jQuery.extend({ accountId: 'a', portRequestId: 'p', documentName: 'd.pdf' }, settings));
    }],
  ];

  QUnit.module('binary endpoints: text answers honour their charset', KT.hooks);

  DOWNLOADS.forEach(function (download) {
    [
      ['text/plain; charset=iso-8859-1', CAFE_LATIN1],
      ['text/plain; charset=ISO-8859-1', CAFE_LATIN1],
      ['text/plain; charset=utf-8', CAFE_UTF8],
    ].forEach(function (answer) {
      QUnit.test(download[0] + ' answered ' + answer[0] + ' delivers "café"', async function (assert) {
        var promise = download[1](KT.sdk(), {});
        KT.respond(this.requests[0], 200, KT.binary(answer[1]), { 'Content-Type': answer[0] });
        var outcome = await KT.ended(promise);
        assert.true(outcome && outcome[0], 'resolved');
        assert.strictEqual(outcome && outcome[1], 'café', 'the text, decoded with its charset');
      });
    });
  });

  QUnit.module('binary endpoints: bytes arrive intact', KT.hooks);

  DOWNLOADS.forEach(function (download) {
    QUnit.test(download[0] + ' with responseType: \'blob\' delivers a Blob of the exact bytes (every value, byte-order marks)', async function (assert) {
      var requests = this.requests;
      var sdk = KT.sdk();
      for (var i = 0; i < FILES.length; i++) {
        var promise = download[1](sdk, { responseType: 'blob' });
        KT.respond(requests[i], 200, KT.binary(FILES[i][1]), { 'Content-Type': 'application/octet-stream' });
        var outcome = await KT.ended(promise);
        assert.true(outcome && outcome[0], FILES[i][0] + ': resolved');
        if (!outcome || !outcome[0]) continue;
        assert.true(outcome[1] instanceof Blob, FILES[i][0] + ': a Blob');
        if (outcome[1] instanceof Blob) assert.deepEqual(await KT.bytes(outcome[1]), FILES[i][1], FILES[i][0] + ': the bytes, intact');
      }
    });

    // Issue 13: by default a binary endpoint delivers a string of one character per byte received
    // (as the classic plugin did, without losing any byte); a Blob only with responseType: 'blob'.
    QUnit.test(download[0] + ' by default delivers a string of one character per byte', async function (assert) {
      var requests = this.requests;
      var sdk = KT.sdk();
      for (var i = 0; i < FILES.length; i++) {
        var promise = download[1](sdk, {});
        KT.respond(requests[i], 200, KT.binary(FILES[i][1]), { 'Content-Type': 'application/octet-stream' });
        var outcome = await KT.ended(promise);
        assert.true(outcome && outcome[0], FILES[i][0] + ': resolved');
        var value = outcome && outcome[1];
        assert.strictEqual(typeof value, 'string', FILES[i][0] + ': a string');
        if (typeof value !== 'string') continue;
        assert.deepEqual(KT.codes(value), FILES[i][1], FILES[i][0] + ': one character per byte, every byte intact');
        assert.false(/[\u0100-\uffff]/.test(value), FILES[i][0] + ': no character above U+00FF');
      }
    });
  });
})();
