// docs/api.html, the searchable API reference: it runs on its own in a page (jsdom), its search
// narrows the methods by name, verb, path and words, and the sandbox's console serves it at /docs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { JSDOM, VirtualConsole } from 'jsdom';
import { startConsole } from '../sandbox/start.mjs';

const html = readFileSync(new URL('../docs/api.html', import.meta.url), 'utf8');

function openPage() {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));
  const dom = new JSDOM(html, { runScripts: 'dangerously', virtualConsole, url: 'http://127.0.0.1/docs' });
  return { dom, errors };
}

function search(dom, text) {
  const { document } = dom.window;
  const input = document.getElementById('search');
  input.value = text;
  input.dispatchEvent(new dom.window.Event('input'));
  const shown = [...document.querySelectorAll('tr[data-search]')].filter((row) => !row.hidden).map((row) => row.id);
  return { shown, count: document.getElementById('count').textContent };
}

test('the page is self-contained: no external script, style or image', () => {
  assert.doesNotMatch(html, /<(script|link|img)\b[^>]*\b(src|href)=/i);
});

test('the search narrows the methods; every word must match', () => {
  const { dom, errors } = openPage();
  try {
    const all = search(dom, '');
    assert.ok(all.shown.length > 400, `${all.shown.length} methods`);
    assert.equal(all.count, `${all.shown.length} of ${all.shown.length} methods`);
    const devices = search(dom, 'put accounts/{accountId}/devices');
    assert.ok(devices.shown.includes('device.create'), devices.shown.join(', '));
    assert.ok(!devices.shown.includes('device.get') && !devices.shown.includes('user.create'), devices.shown.join(', '));
    assert.deepEqual(search(dom, 'numbers.activate').shown, ['numbers.activate', 'numbers.activateBlock']);
    const byName = search(dom, 'NUMBERS.activateBlock');
    assert.deepEqual(byName.shown, ['numbers.activateBlock']);
    assert.equal(byName.count, `1 of ${all.shown.length} methods`);
    const byDocument = search(dom, 'vmbox');
    assert.ok(byDocument.shown.includes('voicemail.create'), byDocument.shown.join(', '));
    assert.deepEqual(search(dom, 'no-such-method-anywhere').shown, []);
    const sections = [...dom.window.document.querySelectorAll('section')].filter((s) => !s.hidden).map((s) => s.id);
    assert.deepEqual(sections, [], 'a namespace without a match is hidden');
    assert.deepEqual(errors, []);
  } finally {
    dom.window.close();
  }
});

test('a method row links to its own anchor and to Kazoo\'s reference for its resource', () => {
  const { dom } = openPage();
  try {
    const row = dom.window.document.getElementById('device.get');
    assert.equal(row.querySelector('a.name').getAttribute('href'), '#device.get');
    assert.equal(row.querySelector('a.kazoo').getAttribute('href'), 'https://docs.2600hz.com/dev/applications/crossbar/doc/devices/');
    assert.match(row.textContent, /GET accounts\/\{accountId\}\/devices\/\{deviceId\}/);
    assert.match(row.textContent, /\bDevice\b/);
  } finally {
    dom.window.close();
  }
});

test('npm start serves it at /docs', async () => {
  const server = await startConsole({ port: 0, log: null });
  try {
    const res = await fetch(new URL('docs', server.url));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.equal(await res.text(), html);
  } finally {
    await server.close();
  }
});
