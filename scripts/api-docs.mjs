// Generates the reference of every SDK method from the endpoint table as built in dist/: docs/API.md
// and docs/api.html (the same content as one searchable page, served by the sandbox at /docs).
//   node scripts/api-docs.mjs            (npm run docs) writes them
//   node scripts/api-docs.mjs --check    fails (exit 1) when they are not what would be written;
//                                        last line "N passed, N failed"
// The table is read from dist/jquery.kazoosdk.mjs, the module users get (it loads in Node without a
// DOM or jQuery), so the reference describes exactly what is shipped. Each method's line of what it
// does comes from scripts/method-docs.json, its Kazoo document from spec/kazoo-api.json (as for the
// generated types), its Kazoo reference page from its resource.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderHtml } from './api-html.mjs';
import { methodDocuments, typeName } from './gen-types.mjs';
import { docsPage, loadKazooApi, methodDocs } from './kazoo-api.mjs';
import { formsOf, writeOrCheck } from './source-table.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = { 'docs/API.md': renderMarkdown, 'docs/api.html': renderHtml };
const check = process.argv.includes('--check');

/**
 * The errata: methods whose path in the classic plugin's 2014 documentation no Kazoo server has, and what the
 * SDK does instead (README, "Errata"). Keyed by `namespace.method`; every key must be in the table.
 */
const MEDIAS = { sdk: '`media`, not `medias`' };
const ERRATA = {
  'media.get': { ...MEDIAS, documented: '`GET accounts/{accountId}/medias/{mediaId}`' },
  'media.create': { ...MEDIAS, documented: '`PUT accounts/{accountId}/medias`' },
  'media.update': { ...MEDIAS, documented: '`POST accounts/{accountId}/medias/{mediaId}`' },
  'media.delete': { ...MEDIAS, documented: '`DELETE accounts/{accountId}/medias/{mediaId}`' },
  'media.list': { ...MEDIAS, documented: '`GET accounts/{accountId}/medias`' },
  'globalResources.delete': { documented: '`DELETE globalResources/{resourceId}`', sdk: '`resources/{resourceId}`' },
  'whitelabel.getDnsEntries': {
    documented: '`GET whitelabel/domains` (`accountId` mandatory but unused)',
    sdk: 'under `accounts/{accountId}/`',
  },
  'whitelabel.checkDnsEntries': {
    documented: '`POST whitelabel/domains?domain={domain}`, `data` mandatory',
    sdk: 'under `accounts/{accountId}/`, `data` optional',
  },
  'globalResources.createJob': { documented: '`jobId` mandatory', sdk: 'no `jobId` (the server assigns it)' },
  'localResources.createJob': { documented: '`jobId` mandatory', sdk: 'no `jobId` (the server assigns it)' },
};

async function loadEndpoints() {
  const mod = await import(pathToFileURL(join(root, 'dist', 'jquery.kazoosdk.mjs')).href);
  return mod.endpoints;
}

/** The `{names}` of a URL template, in order, each once. */
function placeholders(url) {
  const names = [];
  for (const m of url.matchAll(/\{([^{}]+)\}/g)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

const code = (s) => '`' + s + '`';
// Inside a table cell: a literal | would end the cell.
const cell = (s) => String(s).replace(/\|/g, '\\|');

/** One form of a method: its cells (verb, URL, mandatory settings, request body, response, notes). */
function formCells(name, entry) {
  const names = placeholders(entry.url);
  const mandatory = names.map(code);
  const json = !entry.contentType || /json/i.test(entry.contentType);
  if (entry.verb === 'POST' && names.length && json) {
    // The classic plugin's quirk: a POST's last placeholder may come from data.id (an object's).
    mandatory[mandatory.length - 1] += ' (or `data.id`)';
  }
  if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional) mandatory.push('`data`');
  const bodyless = entry.verb === 'GET' || entry.verb === 'HEAD';
  const multipart = /^multipart\//i.test(entry.contentType || '');
  const request = bodyless ? '—' : code(entry.contentType || 'application/json') + (multipart ? ' (`data`: `[{headers, body}]` parts)' : '');
  const accept = entry.accept || 'application/json';
  const delivered = /json/i.test(accept) ? 'envelope'
    : /^text\//i.test(accept) ? 'string'
    : accept === '*/*' ? "bytes as a string of one char per byte, a Blob with `responseType: 'blob'`; the envelope or a string for JSON or text answers"
    : "bytes as a string of one char per byte; a Blob with `responseType: 'blob'`";
  const notes = [];
  if (entry.auth) notes.push('**auth**: a login; sends no token, stores the one it gets back');
  if (entry.noToken) notes.push('**no token**: never sends X-Auth-Token');
  if (entry.noUiMetadata) notes.push('no `ui_metadata` in `data`');
  if (entry.dataOptional && !ERRATA[name]) notes.push('`data` optional');
  const erratum = ERRATA[name];
  if (erratum) notes.push(`**erratum**: documented as ${erratum.documented}; here ${erratum.sdk}`);
  if (entry.inData) notes.push(`a \`${entry.inData}\` setting is sent inside \`data\``);
  return { verb: entry.verb, url: code(entry.url), mandatory: mandatory.join(', ') || '—', request, response: `${code(accept)} (${delivered})`, notes: notes.join('; ') };
}

/**
 * The reference's content: namespace -> methods, each with its line, its Kazoo document and
 * reference page, and one set of cells per form (a method with several uses the first form whose
 * placeholders the call gives).
 */
function model(endpoints) {
  const docs = methodDocs();
  const documents = methodDocuments(loadKazooApi(), endpoints);
  return Object.keys(endpoints).map((ns) => ({
    name: ns,
    methods: Object.entries(endpoints[ns]).map(([method, entry]) => {
      const name = `${ns}.${method}`;
      if (!docs[name]) throw new Error(`api-docs: scripts/method-docs.json has no line for ${name}`);
      const forms = formsOf(entry);
      return {
        name,
        line: docs[name],
        document: documents[name] ? typeName(documents[name]) : null,
        kazoo: docsPage(forms[0].url),
        forms: forms.map((form) => formCells(name, form)),
      };
    }),
  }));
}

/** A Markdown cell of one field of every form (forms after the first say when they are used). */
function formsCell(forms, field) {
  return forms.map((form, i) => (forms.length > 1 ? `${i + 1}. ` : '') + form[field]).join('<br>');
}

function row(method) {
  const kazoo = `[Kazoo reference](${method.kazoo})`;
  return [
    code(method.name),
    `${method.line} ${kazoo}`,
    formsCell(method.forms, 'verb'),
    formsCell(method.forms, 'url'),
    formsCell(method.forms, 'mandatory'),
    method.document ? code(method.document) : '—',
    formsCell(method.forms, 'request'),
    formsCell(method.forms, 'response'),
    formsCell(method.forms, 'notes'),
  ]
    .map(cell)
    .join(' | ');
}

function renderMarkdown(namespaces, count) {
  const out = [];
  out.push('# API reference');
  out.push('');
  out.push('<!-- Generated by scripts/api-docs.mjs from the endpoint table (src/endpoints.ts, as built in dist/), scripts/method-docs.json and spec/kazoo-api.json. -->');
  out.push('<!-- Do not edit: run `npm run docs`. The test command fails when this file is out of date. -->');
  out.push('');
  out.push(
    `${count} methods in ${namespaces.length} namespaces, each called as ` +
      '`kazooSdk.<namespace>.<method>(settings)` and returning a jQuery promise (see the [README](../README.md) for ' +
      'settings, callbacks and behaviour): those of the classic documentation and, after them in each namespace, ' +
      "those today's Kazoo and Monster-UI applications call. The same table is available at run time as " +
      '`$.getKazooSdk.endpoints` (script tag) or `endpoints` (module). The same reference as one searchable page: ' +
      '[api.html](api.html) (also at `/docs` on the sandbox of `npm start`).',
  );
  out.push('');
  out.push('Columns:');
  out.push('');
  out.push("- **what it does**: one line, and the page of Kazoo's own reference for the resource.");
  out.push(
    '- **URL**: relative to `apiRoot`. Each `{name}` is filled with `encodeURIComponent(settings.name)`. A method with ' +
      'several forms (numbered) uses the first whose placeholders the call gives.',
  );
  out.push(
    '- **mandatory settings**: every `{name}` of the URL, and `data` for PUT and POST unless marked optional. ' +
      'A missing one throws a `KazooSdkError` before anything is sent. On a POST, a missing last ' +
      'placeholder is taken from `data.id` when present (as the classic plugin did).',
  );
  out.push(
    '- **request body**: its Content-Type. JSON bodies are sent as `{"data": data}` (with `ui_metadata` and ' +
      '`accept_charges` when set; `{}` for a DELETE without data); other types send `data` raw. GET sends no body.',
  );
  out.push(
    '- **response**: the Accept type and what `success` and the promise receive: the Crossbar envelope ' +
      "(`{data, status, auth_token, ...}`), a string, or the exact bytes (a string of one char per byte, or a Blob with `responseType: 'blob'`).",
  );
  out.push(
    "- **document**: the type of `data` (every field optional for a PATCH) and of the answer's `data`, generated from " +
      "Kazoo's own schema of the document (TypeScript users get it checked; it is exported under that name).",
  );
  out.push(
    '- **notes**: login and token-less methods, and **errata**: where the classic documentation names a path or a ' +
      'mandatory setting that no Kazoo server has, and what this SDK does instead (README, "Errata").',
  );
  out.push('');
  out.push('## Contents');
  out.push('');
  for (const ns of namespaces) {
    const methods = ns.methods.map((m) => m.name.slice(ns.name.length + 1));
    out.push(`- [${ns.name}](#${ns.name.toLowerCase()}) (${methods.length}): ${methods.join(', ')}`);
  }
  for (const ns of namespaces) {
    out.push('');
    out.push(`## ${ns.name}`);
    out.push('');
    out.push('| method | what it does | verb | URL | mandatory settings | document | request body | response | notes |');
    out.push('|---|---|---|---|---|---|---|---|---|');
    for (const method of ns.methods) out.push(`| ${row(method)} |`);
  }
  out.push('');
  return out.join('\n');
}

function render(endpoints) {
  for (const name of Object.keys(ERRATA)) {
    const [ns, method] = name.split('.');
    if (!endpoints[ns] || !endpoints[ns][method]) throw new Error(`api-docs: erratum for unknown method ${name}`);
  }
  const namespaces = model(endpoints);
  const count = namespaces.reduce((n, ns) => n + ns.methods.length, 0);
  const files = {};
  for (const [file, renderer] of Object.entries(targets)) files[file] = renderer(namespaces, count);
  return files;
}

async function main() {
  writeOrCheck(render(await loadEndpoints()), { check, command: 'npm run docs' });
}

main().catch((e) => {
  console.log(e && e.stack ? e.stack : String(e));
  if (check) console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
