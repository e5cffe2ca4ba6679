// Bytes on the wire: the built bundles (dist/jquery.kazoosdk.js and .min.js) in jsdom, with jsdom's
// own XMLHttpRequest (no fake) against a loopback server, on jQuery 1.9.1, 1.12.4 and 4.0.0:
//   downloads   binary endpoints deliver every byte received, whatever its value, also when the
//               file starts with a text byte-order mark (FF FE, FE FF, EF BB BF), which would pick
//               the charset if the answer were read as text: as a Blob with responseType: 'blob',
//               and by default as a string of one character per byte
//   charsets    a text answer of a binary endpoint is decoded with its declared charset
//   multipart   faxes.sendAsMultipart: the boundary occurs in no part, even in parts made to hold
//               the boundaries the SDK chose before, and every part arrives byte for byte
// Each check is a node:test test (the test command reads its TAP summary).
//
// Run: node test/wire/wire.test.mjs
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { boundaryOf, parseMultipart } from '../../sandbox/multipart.mjs';
import { jqueryFile } from '../runners/jquery.mjs';

const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(ROOT_DIR + path, 'utf8');
const VERSIONS = ['1.9.1', '1.12.4', '4.0.0'];
const BUNDLES = ['dist/jquery.kazoosdk.js', 'dist/jquery.kazoosdk.min.js'];

/** One check: a test of its own, run in turn (the checks of a page share its state). */
function check(name, fn) {
  return test(name, fn);
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function sameBytes(actual, expected, what) {
  const a = Array.from(actual);
  const i = a.findIndex((b, k) => b !== expected[k]);
  assert(a.length === expected.length && i === -1,
    `${what}: ${a.length} bytes, expected ${expected.length}; first difference at ${i === -1 ? a.length : i}: ${a[i]} instead of ${expected[i]}`);
}

// ---------------------------------------------------------------------------------------------
// The files served, by the accountId the SDK puts into the URL.
const EVERY_BYTE = Array.from({ length: 256 }, (_, i) => i);
const TAIL = [0x00, 0x41, 0xd8, 0x00, 0xdc, 0x00, 0x80, 0xff, 0x0a, 0x0d, 0xc3, 0x28];
const FILES = {
  'every-byte': { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, ...EVERY_BYTE, ...EVERY_BYTE.slice().reverse()] },
  'bom-ff-fe': { type: 'image/x-icon', bytes: [0xff, 0xfe, ...TAIL] },
  'bom-fe-ff': { type: 'application/octet-stream', bytes: [0xfe, 0xff, ...TAIL] },
  'bom-ef-bb-bf': { type: 'application/pdf', bytes: [0xef, 0xbb, 0xbf, ...TAIL] },
  'latin1-text': { type: 'text/plain; charset=iso-8859-1', bytes: [0x63, 0x61, 0x66, 0xe9] }, // "café"
};

/** The loopback server: files under /v2/accounts/{name}/whitelabel/icon, multipart bodies kept as received. */
function startServer() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url, 'http://x').pathname;
      const icon = /^\/v2\/accounts\/([^/]+)\/whitelabel\/icon$/.exec(path);
      if (req.method === 'GET' && icon && FILES[icon[1]]) {
        const file = FILES[icon[1]];
        res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.bytes.length });
        res.end(Buffer.from(file.bytes));
      } else if (req.method === 'PUT' && path === '/v2/accounts/a1/faxes') {
        received.push({ contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status: 'success', data: { id: 'fax' } }));
      } else {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status: 'error', error: '404', message: 'not_found', data: {} }));
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** A jsdom page on the server's origin with jQuery and the bundle, and jsdom's real XHR. */
function makePage(origin, version, bundle) {
  const uncaught = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => uncaught.push(String((e && e.message) || e)));
  const dom = new JSDOM('<!doctype html>', { url: origin + '/', runScripts: 'outside-only', virtualConsole });
  dom.window.eval(read(jqueryFile(version)));
  dom.window.eval(read(bundle));
  return { window: dom.window, $: dom.window.jQuery, uncaught, close: () => dom.window.close() };
}

/** A jQuery promise -> a native one (rejecting with a readable message). */
function settled(promise) {
  return new Promise((resolve, reject) => {
    promise.then(resolve, (err) => reject(new Error(`the call failed: ${JSON.stringify(err)}`)));
  });
}

async function blobBytes(window, blob) {
  const buffer = await new Promise((resolve, reject) => {
    const reader = new window.FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  return new Uint8Array(buffer);
}

const BINARY_FILES = Object.keys(FILES).filter((name) => !FILES[name].type.startsWith('text/'));

// ---------------------------------------------------------------------------------------------
async function checks(server, version, bundle) {
  const V = `jQuery ${version}, ${bundle.replace('dist/', '')}`;
  const page = makePage(server.origin, version, bundle);
  const sdk = page.$.getKazooSdk({ apiRoot: server.origin + '/v2/', authToken: 'tok-wire' });

  await check(`${V}: responseType: 'blob' downloads are byte-exact (every byte value; BOM FF FE, FE FF, EF BB BF)`, async () => {
    for (const name of BINARY_FILES) {
      const blob = await settled(sdk.whitelabel.getIcon({ accountId: name, responseType: 'blob' }));
      assert(blob instanceof page.window.Blob, `${name}: not a Blob but ${typeof blob}`);
      sameBytes(await blobBytes(page.window, blob), FILES[name].bytes, name);
    }
  });

  // Issue 13: the default delivery of a binary endpoint is a string of one character per byte.
  await check(`${V}: by default downloads are a string of one character per byte, byte-exact`, async () => {
    for (const name of BINARY_FILES) {
      const text = await settled(sdk.whitelabel.getIcon({ accountId: name }));
      assert(typeof text === 'string', `${name}: not a string but ${Object.prototype.toString.call(text)}`);
      sameBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)), FILES[name].bytes, name);
      assert(!/[\u0100-\uffff]/.test(text), `${name}: a character above U+00FF`);
    }
  });

  await check(`${V}: a text answer of a binary endpoint is decoded with its charset (iso-8859-1 "caf\\xE9" -> "café")`, async () => {
    const text = await settled(sdk.whitelabel.getIcon({ accountId: 'latin1-text' }));
    assert(text === 'café', `got ${JSON.stringify(text)}`);
  });

  await check(`${V}: faxes.sendAsMultipart: the boundary occurs in no part, even parts holding earlier boundaries; parts arrive byte for byte`, async () => {
    const seen = [];
    for (let round = 0; round < 4; round++) {
      // each round's parts hold every boundary the SDK has chosen so far, in bodies and header values
      const echo = seen.map((b) => `--${b}\r\n`).join('');
      const parts = [
        { headers: { 'Content-Type': 'application/json', 'X-Seen': seen.join(' ') || 'none' }, body: JSON.stringify({ data: { to_number: '+14155550100', seen } }) },
        { headers: { 'Content-Type': 'application/pdf' }, body: `%PDF-1.4\r\n${echo}caf\u00e9 \u263a\r\n--\r\n%%EOF` },
      ];
      const before = server.received.length;
      await settled(sdk.faxes.sendAsMultipart({ accountId: 'a1', data: parts }));
      assert(server.received.length === before + 1, `round ${round}: the server got ${server.received.length - before} requests`);
      const { contentType, body } = server.received[before];
      const boundary = boundaryOf(contentType);
      assert(boundary, `round ${round}: no boundary in ${JSON.stringify(contentType)}`);
      for (const part of parts) {
        const text = Object.entries(part.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n' + part.body;
        assert(!text.includes(boundary), `round ${round}: the boundary ${JSON.stringify(boundary)} occurs in a part`);
      }
      const got = parseMultipart(body, boundary);
      assert(got.length === parts.length, `round ${round}: ${got.length} parts arrived, ${parts.length} sent`);
      parts.forEach((part, i) => {
        sameBytes(got[i].body, Buffer.from(part.body, 'utf8'), `round ${round}, part ${i}`);
        for (const [name, value] of Object.entries(part.headers)) {
          assert(got[i].headers[name.toLowerCase()] === value, `round ${round}, part ${i}: header ${name} is ${JSON.stringify(got[i].headers[name.toLowerCase()])}`);
        }
      });
      seen.push(boundary);
    }
  });

  await check(`${V}: no uncaught error in the page`, () => {
    assert(!page.uncaught.length, page.uncaught.slice(0, 3).join('\n'));
  });
  page.close();
}

const server = await startServer();
try {
  for (const bundle of BUNDLES) for (const version of VERSIONS) await checks(server, version, bundle);
} finally {
  await server.close();
}
