// The endpoints today's Monster-UI apps call beyond the classic documentation (issue 8, the table of
// kazoo-modern-endpoints.md), registered by routes.mjs after the classic ones. Paths are relative to
// /v2/. Most are plain documents declared through the generic kinds of resources.mjs; what needs
// more (fax uploads in multipart/mixed, tasks with CSV files, search, token info, ledgers, queues)
// is written out below. Extensions of classic domains (notifications, whitelabel images, port
// requests, phone numbers, service plans, conferences) live next to them in routes.mjs.

import { randomBytes, randomUUID } from 'node:crypto';

import {
  CrossbarError, GREGORIAN_OFFSET, KAZOO_VERSION, NODE_NAME, clone, created, deepMerge, errors, gregorianNow, isPlainObject,
  md5, ok, own, parseJson, publicDoc, raw,
} from './crossbar.mjs';
import { COLLECTIONS as CLASSIC_COLLECTIONS } from './collections.mjs';
import {
  ACCOUNT, decodeDataUri, decodeUpload, deletedResult, docResult, isMissingValue, locationOf, loginResult, mustGet,
  normalizeAccountName, routeCollector, sanitize,
} from './kit.mjs';
import { listDocs } from './listing.mjs';
import { MultipartError, boundaryOf, parseMultipart } from './multipart.mjs';
import * as kinds from './kinds.mjs';
import { byName, echo, storeName } from './kinds.mjs';

const { routes: MODERN_ROUTES, route } = routeCollector();
const add = (list) => MODERN_ROUTES.push(...list);
const collection = (path, spec) => add(kinds.collection(`${ACCOUNT}/${path}`, spec));
const singleton = (...args) => add(kinds.singleton(...args));
const keyed = (...args) => add(kinds.keyed(...args));
const action = (...args) => add(kinds.action(...args));
const view = (...args) => add(kinds.view(...args));
import { DEFAULT_APPS, SAMPLE_PNG, SEED } from './seed.mjs';

// ----- plain documents ------------------------------------------------------------------------------

const LOG = { readOnly: true }; // written by the platform: listed and read, never written by clients

/** [path, options]: CRUD collections (see resources.mjs `collection`). */
const COLLECTIONS = [
  ['blacklists', { sortKey: byName }],
  ['clicktocall', { sortKey: byName }],
  ['crm_integration/mappings', {}],
  ['crm_integration/triggers', {}],
  ['external_numbers', { required: ['number'] }],
  ['faxboxes', { sortKey: byName }],
  ['match_lists', { sortKey: byName }],
  ['multi_factor', { sortKey: byName }],
  ['qubicle_queues', { sortKey: byName }],
  ['qubicle_skills', { sortKey: byName }],
  ['telexsmsboxes', { sortKey: byName }],
  ['temporal_rules_sets', { sortKey: byName }],
  ['webhooks', { sortKey: byName, required: ['name', 'uri', 'hook'], patchAll: true }],
  ['port_requests/{id}/comments', { deleteAll: true }],
  ['recordings', { readOnly: true, deletable: true }],
  ['alerts', LOG],
  ['call_inspector', LOG],
  ['crm_integration/call_logs', LOG],
  ['faxes/smtplog', LOG],
  ['multi_factor/attempts', LOG],
  ['notifications/smtplog', LOG],
  ['pivot/debug', LOG],
  ['security/attempts', LOG],
  ['webhooks/attempts', LOG],
  ['webhooks/{id}/attempts', LOG], // the same attempts, those of one webhook
  ['websockets', LOG],
];

/** [path, options]: one document per account (or per owner); `initial` is what GET answers before any write. */
const SINGLETONS = [
  ['access_lists', { initial: () => ({ order: 'allow,deny', cidrs: [], user_agents: [] }) }],
  ['api_key', {
    // Kazoo derives it once per account; PUT issues a new one. Clients never choose it.
    initial: (ctx) => ({ api_key: md5(`api_key:1:${ctx.params.accountId}`) + md5(`api_key:2:${ctx.params.accountId}`) }),
    prepare: (ctx, doc, previous) => {
      doc.api_key = ctx.method === 'PUT' || !previous ? randomBytes(32).toString('hex') : previous.api_key;
    },
  }],
  ['apps_store/blacklist', { initial: () => ({ blacklist: [] }) }],
  ['cdr_push_onebill', { initial: () => ({ enabled: false }) }],
  ['crm_integration', {}],
  ['metaflows', { initial: () => ({ numbers: {}, patterns: {}, binding_digit: '*', digit_timeout: 3000 }) }],
  ['security', { initial: () => ({ auth_modules: {} }) }],
  ['slack_integration', { initial: () => ({ enabled: false }) }],
  ['storage', {}],
  ['trunkingio_settings', { initial: () => ({ enabled: false }) }],
  ['qubicle_queues/{id}/recipients', { initial: () => ({ recipients: [] }) }],
];

// ----- apps store -------------------------------------------------------------------------------------

/** An app of the store's catalogue (the apps the auth endpoints report), else 404. */
function catalogueApp(ctx) {
  const app = DEFAULT_APPS.find((candidate) => candidate.id === ctx.params.id);
  if (!app) throw errors.badIdentifier(ctx.params.id);
  return { ...clone(app), installed: false };
}

function registerAppsStore() {
  // PUT installs (POST and PATCH change the installed app's settings), DELETE uninstalls: an
  // installed app is a stored doc.
  keyed('apps_store/{id}', {
    initial: (ctx) => catalogueApp(ctx),
    prepare: (ctx, doc) => {
      doc.installed = true;
    },
  });
  route(`${ACCOUNT}/apps_store`, {
    GET: (ctx) => ok(DEFAULT_APPS.map((app) => {
      const installed = ctx.store.getDoc(ctx.params.accountId, 'apps_store', app.id);
      return { ...clone(app), ...(installed ? publicDoc(installed) : {}), installed: Boolean(installed) };
    })),
  });
  singleton('apps_store/{id}/override', { owner: catalogueApp, initial: () => ({}) });
  const iconKey = (ctx) => `${ctx.params.accountId}/apps_store/${ctx.params.id}/icon`;
  route(`${ACCOUNT}/apps_store/{id}/icon`, {
    GET: (ctx) => {
      catalogueApp(ctx);
      const blob = ctx.store.getBlob(iconKey(ctx));
      return blob ? raw(blob.data, blob.content_type) : raw(SAMPLE_PNG, 'image/png');
    },
  });
  // The account's own icon for an app: raw image bytes, a base64 data URI (application/x-base64),
  // or JSON whose data is the data URI (or {icon: <data URI>}).
  route(`${ACCOUNT}/apps_store/{id}/override/icon`, {
    POST: (ctx) => {
      catalogueApp(ctx);
      let upload;
      if (ctx.contentType === 'application/json' || ctx.contentType === '') {
        const data = ctx.data();
        const uri = typeof data === 'string' ? data : isPlainObject(data) ? data.icon : undefined;
        if (typeof uri !== 'string') throw errors.required('icon');
        upload = decodeDataUri(uri, 'image/png');
      } else {
        upload = decodeUpload(ctx, 'image/png');
      }
      ctx.store.putBlob(iconKey(ctx), upload.contentType, upload.data);
      return ok({ content_type: upload.contentType, length: upload.data.length });
    },
  });
}

// ----- faxes ------------------------------------------------------------------------------------------
//
// PUT accounts/{A}/faxes sends a fax: a JSON envelope (the document only), or multipart/mixed with
// an application/json part (the document, or an envelope holding it in `data`) and one other part,
// the document to fax (its bytes and Content-Type kept). Sent faxes wait in the outbox; received
// ones are in the inbox (seeded). Each fax's file is served at .../{id}/attachment.

const FAX_FOLDERS = ['inbox', 'outbox'];
const faxStore = (folder) => `faxes.${folder}`;
const faxFileKey = (accountId, folder, id) => `${accountId}/faxes/${folder}/${id}/attachment`;

function multipartError(reason) {
  return new CrossbarError(400, 'parse_error', { message: `malformed multipart body: ${reason}` });
}

/** The fax document and its file, from a multipart/mixed body. */
function faxFromMultipart(ctx) {
  const boundary = boundaryOf(ctx.req.headers['content-type']);
  if (!boundary) throw multipartError('the Content-Type has no boundary parameter');
  let parts;
  try {
    parts = parseMultipart(ctx.body, boundary);
  } catch (error) {
    if (error instanceof MultipartError) throw multipartError(error.message);
    throw error;
  }
  // RFC 2046: a part without Content-Type is text/plain.
  const typeOf = (part) => String(part.headers['content-type'] || 'text/plain').split(';')[0].trim().toLowerCase();
  const jsonParts = parts.filter((part) => typeOf(part) === 'application/json');
  if (jsonParts.length !== 1) throw multipartError(`expected one application/json part (the fax document), found ${jsonParts.length}`);
  const files = parts.filter((part) => part !== jsonParts[0]);
  if (files.length > 1) throw multipartError(`expected at most one file part, found ${files.length}`);
  let parsed;
  try {
    parsed = parseJson(jsonParts[0].body.toString('utf8'));
  } catch (error) {
    throw multipartError(`the application/json part is not valid JSON (${error.data.message})`);
  }
  const doc = isPlainObject(parsed) && isPlainObject(parsed.data) ? parsed.data : parsed;
  if (!isPlainObject(doc)) throw multipartError('the application/json part is not an object');
  const file = files[0] ? { contentType: files[0].headers['content-type'] || 'text/plain', data: files[0].body } : null;
  return { doc, file };
}

function registerFaxes() {
  route(`${ACCOUNT}/faxes`, {
    PUT: (ctx) => {
      const { doc, file } = ctx.contentType.startsWith('multipart/') ? faxFromMultipart(ctx) : { doc: ctx.docData(), file: null };
      const data = sanitize(doc);
      if (isMissingValue(data.to_number)) throw errors.required('to_number');
      if (file) data.document = { ...(isPlainObject(data.document) ? data.document : {}), content_type: file.contentType, length: file.data.length };
      const saved = ctx.store.putDoc(ctx.params.accountId, faxStore('outbox'), { ...data, folder: 'outbox', status: 'pending', retries: 0 }, 'fax');
      if (file) ctx.store.putBlob(faxFileKey(ctx.params.accountId, 'outbox', saved.id), file.contentType, file.data);
      return created(publicDoc(saved), locationOf(ctx, 'faxes', 'outbox', saved.id), { revision: saved._rev });
    },
  });
  for (const folder of FAX_FOLDERS) {
    const mustGetFax = (ctx) => mustGet(ctx, ctx.params.accountId, faxStore(folder), ctx.params.id);
    route(`${ACCOUNT}/faxes/${folder}`, {
      GET: (ctx) => {
        const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, faxStore(folder)), ctx.query, {
          summary: publicDoc, sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
        });
        return ok(data, { extra });
      },
    });
    route(`${ACCOUNT}/faxes/${folder}/{id}`, {
      GET: (ctx) => docResult(mustGetFax(ctx)),
      // Updates the fax; in the outbox that also queues it again (Kazoo's resubmit).
      PUT: (ctx) => {
        const previous = mustGetFax(ctx);
        const next = deepMerge(previous, sanitize(ctx.docData()));
        if (folder === 'outbox') Object.assign(next, { status: 'pending', retries: 0 });
        return docResult(ctx.store.putDoc(ctx.params.accountId, faxStore(folder), next, 'fax'));
      },
      DELETE: (ctx) => {
        const doc = mustGetFax(ctx);
        ctx.store.deleteDoc(ctx.params.accountId, faxStore(folder), doc.id);
        ctx.store.deleteBlob(faxFileKey(ctx.params.accountId, folder, doc.id));
        return deletedResult(doc);
      },
    });
    route(`${ACCOUNT}/faxes/${folder}/{id}/attachment`, {
      GET: (ctx) => {
        const doc = mustGetFax(ctx);
        const blob = ctx.store.getBlob(faxFileKey(ctx.params.accountId, folder, doc.id));
        if (!blob) throw errors.badIdentifier(`${doc.id}/attachment`);
        return raw(blob.data, blob.content_type);
      },
    });
  }
}

// ----- tasks (bulk jobs fed and answered with CSV files) --------------------------------------------

/** What `tasks` lists: category -> action -> description and CSV columns. */
const TASK_CATALOGUE = {
  numbers: {
    list: { description: 'List all numbers of the account', expected_content: '', mandatory: [], optional: [] },
    assign_to: { description: 'Assign numbers to accounts', expected_content: 'text/csv', mandatory: ['number', 'account_id'], optional: [] },
    update_features: { description: 'Set the features of numbers', expected_content: 'text/csv', mandatory: ['number'], optional: ['cnam.outbound', 'e911.street_address'] },
  },
  users: {
    add: { description: 'Create users', expected_content: 'text/csv', mandatory: ['first_name', 'last_name'], optional: ['email', 'username'] },
  },
};

/** RFC 4180 CSV text -> rows of strings (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const csvField = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
export const toCsv = (rows) => rows.map((row) => `${row.map((value) => csvField(String(value ?? ''))).join(',')}\r\n`).join('');

/** The task's input CSV: a text/csv body, or JSON `records` (objects, one per row). */
function taskInput(ctx) {
  if (ctx.contentType === 'text/csv') return ctx.body.toString('utf8');
  const { records } = ctx.docData();
  if (records === undefined) return null;
  if (!Array.isArray(records) || !records.every(isPlainObject)) {
    throw errors.validation({ records: { type: { message: 'Value is not an array of objects', value: records } } });
  }
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return toCsv([columns, ...records.map((record) => columns.map((column) => record[column]))]);
}

/** The output of a task run: its input rows with a `result` column, or (numbers/list) the numbers. */
function runTask(ctx, task) {
  if (task.pvt_input_csv) {
    const [header = [], ...rows] = parseCsv(task.pvt_input_csv);
    return toCsv([[...header, 'result'], ...rows.map((row) => [...row, 'success'])]);
  }
  const numbers = ctx.store.listDocs(ctx.params.accountId, 'phone_numbers');
  return toCsv([['number', 'state'], ...numbers.map((doc) => [doc.id, doc.state])]);
}

function registerTasks() {
  view('tasks', () => ({ tasks: clone(TASK_CATALOGUE) }), { account: false });
  const mustGetTask = (ctx) => mustGet(ctx, ctx.params.accountId, 'tasks', ctx.params.id);
  const save = (ctx, doc) => ctx.store.putDoc(ctx.params.accountId, 'tasks', doc, 'task');
  route(`${ACCOUNT}/tasks`, {
    GET: (ctx) => {
      const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, 'tasks'), ctx.query, {
        summary: (doc) => ({ ...publicDoc(doc), created: doc.pvt_created }),
        sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
      });
      return ok(data, { extra });
    },
    // ?category=numbers&action=assign_to, with the rows as text/csv or JSON records.
    PUT: (ctx) => {
      const category = ctx.query.get('category');
      const name = ctx.query.get('action');
      if (isMissingValue(category)) throw errors.required('category');
      if (isMissingValue(name)) throw errors.required('action');
      const spec = own(own(TASK_CATALOGUE, category) || {}, name);
      if (!spec) throw errors.validation({ action: { enum: { message: `No task ${category}/${name}`, value: name } } });
      const input = taskInput(ctx);
      if (spec.expected_content && input === null) throw errors.validation({ file: { required: { message: 'This task needs a CSV input' } } });
      const rows = input === null ? 0 : Math.max(0, parseCsv(input).length - 1);
      const saved = save(ctx, { category, action: name, status: 'pending', total_count: rows, pvt_input_csv: input || undefined });
      return created(publicDoc(saved), locationOf(ctx, 'tasks', saved.id), { revision: saved._rev });
    },
  });
  route(`${ACCOUNT}/tasks/{id}`, {
    GET: (ctx) => docResult(mustGetTask(ctx)),
    // Start: the sandbox runs a task at once, so it is finished when the answer comes.
    PATCH: (ctx) => {
      const task = mustGetTask(ctx);
      if (task.status !== 'pending') throw errors.conflict('task_already_started', { message: `the task is ${task.status}`, cause: task.id });
      const output = runTask(ctx, task);
      const total = Math.max(0, parseCsv(output).length - 1);
      return docResult(save(ctx, { ...task, status: 'success', success_count: total, error_count: 0, end_timestamp: gregorianNow(), pvt_output_csv: output }));
    },
    DELETE: (ctx) => {
      const task = mustGetTask(ctx);
      ctx.store.deleteDoc(ctx.params.accountId, 'tasks', task.id);
      return deletedResult(task);
    },
  });
  // Stopping a task that has not run keeps it from running; a finished one stays as it is.
  route(`${ACCOUNT}/tasks/{id}/stop`, {
    PATCH: (ctx) => {
      const task = mustGetTask(ctx);
      return docResult(task.status === 'pending' ? save(ctx, { ...task, status: 'stopped' }) : task);
    },
  });
  for (const [file, key] of [['input', 'pvt_input_csv'], ['output', 'pvt_output_csv']]) {
    route(`${ACCOUNT}/tasks/{id}/${file}`, {
      GET: (ctx) => {
        const task = mustGetTask(ctx);
        if (typeof task[key] !== 'string') throw errors.badIdentifier(`${task.id}/${file}`);
        return raw(Buffer.from(task[key], 'utf8'), 'text/csv; charset=utf-8');
      },
    });
  }
}

// ----- search -------------------------------------------------------------------------------------

function requireQuery(ctx, name) {
  const value = ctx.query.get(name);
  if (isMissingValue(value)) throw errors.required(name);
  return value;
}

/** Accounts the token sees (its own and its descendants). */
function visibleAccounts(ctx) {
  const root = ctx.store.getAccount(ctx.session.accountId);
  return [root, ...ctx.store.descendants(root.id)];
}

const ACCOUNT_SEARCHES = {
  name: (account, value) => normalizeAccountName(account.name).startsWith(normalizeAccountName(value)),
  realm: (account, value) => String(account.realm || '').toLowerCase().startsWith(value.toLowerCase()),
  id: (account, value) => account.id.startsWith(value.toLowerCase()),
};
const accountHit = (account) => ({ id: account.id, name: account.name, realm: account.realm });

function searchType(ctx, allowed) {
  const type = requireQuery(ctx, 't');
  if (!allowed.includes(type)) throw errors.validation({ t: { enum: { message: `Value not one of ${allowed.join(', ')}`, value: type } } });
  return type;
}

function registerSearch() {
  // search?t=account&q=name|realm|id&v=<prefix>
  view('search', (ctx) => {
    searchType(ctx, ['account']);
    const by = requireQuery(ctx, 'q');
    const test = own(ACCOUNT_SEARCHES, by);
    if (!test) throw errors.validation({ q: { enum: { message: `Value not one of ${Object.keys(ACCOUNT_SEARCHES).join(', ')}`, value: by } } });
    const value = requireQuery(ctx, 'v');
    return visibleAccounts(ctx).filter((account) => test(account, value)).map(accountHit);
  }, { account: false });
  // search/multi?t=account&by_name=x&by_realm=y&by_id=z: one result list per criterion given.
  view('search/multi', (ctx) => {
    searchType(ctx, ['account']);
    const results = {};
    for (const by of Object.keys(ACCOUNT_SEARCHES)) {
      const value = ctx.query.get(`by_${by}`);
      if (!isMissingValue(value)) results[`by_${by}`] = visibleAccounts(ctx).filter((account) => ACCOUNT_SEARCHES[by](account, value)).map(accountHit);
    }
    if (!Object.keys(results).length) throw errors.required('by_name');
    return results;
  }, { account: false });
  // accounts/{A}/search?t=callflow&q=number|name|name_and_number&v=<prefix>
  view('search', (ctx) => {
    searchType(ctx, ['callflow']);
    const by = requireQuery(ctx, 'q');
    const value = requireQuery(ctx, 'v').toLowerCase();
    const byNumber = (doc) => (Array.isArray(doc.numbers) ? doc.numbers : []).some((number) => String(number).toLowerCase().startsWith(value));
    const byFlowName = (doc) => String(doc.name || '').toLowerCase().startsWith(value);
    const tests = { number: byNumber, name: byFlowName, name_and_number: (doc) => byNumber(doc) || byFlowName(doc) };
    const test = own(tests, by);
    if (!test) throw errors.validation({ q: { enum: { message: `Value not one of ${Object.keys(tests).join(', ')}`, value: by } } });
    return ctx.store.listDocs(ctx.params.accountId, 'callflows').filter(test)
      .map((doc) => ({ id: doc.id, name: doc.name, numbers: clone(doc.numbers || []) }));
  });
}

// ----- authentication extras --------------------------------------------------------------------------

/** What tokeninfo tells about a valid token. */
function tokenInfo(ctx, token) {
  const session = ctx.store.session(token);
  if (!session) throw errors.unauthorized();
  const account = ctx.store.getAccount(session.accountId);
  return {
    account_id: session.accountId,
    owner_id: session.ownerId,
    account_name: account.name,
    method: session.method,
    exp: Math.floor(session.expiresAt / 1000),
  };
}

function registerAuth() {
  // Token-less: the token to inspect travels in the query (GET) or the data (POST).
  route('auth/tokeninfo', {
    GET: (ctx) => ok(tokenInfo(ctx, ctx.query.get('token') || '')),
    POST: (ctx) => {
      const { token } = ctx.docData();
      return ok(tokenInfo(ctx, typeof token === 'string' ? token : ''));
    },
  }, { auth: 'none' });
  // The end of an OAuth/SSO login. The sandbox trusts any provider answer and logs in the demo admin.
  route('auth/callback', {
    PUT: (ctx) => {
      ctx.envelope(); // any data, but a JSON body
      const account = ctx.store.getAccount(SEED.accounts.demo);
      if (!account) throw errors.unauthorized();
      return loginResult(ctx, account, SEED.users.admin, 'cb_auth_callback');
    },
  }, { auth: 'none' });
  // Links between a provider identity (auth_id) and the token's user.
  const linkOf = (ctx, db) => {
    const doc = ctx.store.getDoc(db, 'auth.links', ctx.params.id);
    if (!doc) throw errors.badIdentifier(ctx.params.id);
    return doc;
  };
  route('auth/links/{id}', {
    PUT: (ctx) => {
      const { session } = ctx;
      const saved = ctx.store.putDoc(session.accountId, 'auth.links', {
        ...sanitize(ctx.docData()), id: ctx.params.id, auth_id: ctx.params.id, user_id: session.ownerId, account_id: session.accountId,
      }, 'auth_link');
      return created(publicDoc(saved), `/v2/auth/links/${encodeURIComponent(saved.id)}`, { revision: saved._rev });
    },
    DELETE: (ctx) => {
      const doc = linkOf(ctx, ctx.session.accountId);
      ctx.store.deleteDoc(ctx.session.accountId, 'auth.links', doc.id);
      return deletedResult(doc);
    },
  });
  route(`${ACCOUNT}/auth/links/{id}`, { GET: (ctx) => docResult(linkOf(ctx, ctx.params.accountId)) });
  // Impersonation: a token for another user of an account the caller's token can reach.
  route(`${ACCOUNT}/users/{id}/user_auth`, {
    PUT: (ctx) => {
      const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
      return loginResult(ctx, ctx.account, user.id, 'cb_user_auth');
    },
  });
  // Password recovery (token-less): PUT asks for a reset email, POST {reset_id} completes it. The
  // sandbox sends nothing; the reset id of an account's request is SEED.resetId.
  route('user_auth/recovery', {
    PUT: (ctx) => {
      const data = ctx.docData();
      if (isMissingValue(data.username)) throw errors.required('username');
      if (isMissingValue(data.account_name)) throw errors.required('account_name');
      const account = ctx.store.listAccounts().find((candidate) => normalizeAccountName(candidate.name) === normalizeAccountName(data.account_name));
      const user = account && ctx.store.listDocs(account.id, 'users').find((candidate) => candidate.username === String(data.username).toLowerCase());
      if (!user) throw errors.validation({ username: { not_found: { message: 'The provided user name could not be found', value: data.username } } });
      return created('Request for password reset handled, email sent', null);
    },
    POST: (ctx) => {
      const { reset_id: resetId } = ctx.docData();
      if (isMissingValue(resetId)) throw errors.required('reset_id');
      if (resetId !== SEED.resetId) throw errors.validation({ reset_id: { not_found: { message: 'Unknown reset id', value: resetId } } });
      return ok('Password reset, new password sent by email');
    },
  }, { auth: 'none' });
  // The QR code a user scans into an authenticator app (before login: token-less).
  const qrcode = () => created({ qrcode: `data:image/png;base64,${SAMPLE_PNG.toString('base64')}`, secret: randomBytes(10).toString('hex').toUpperCase() }, null);
  route('multi_factor/qrcode', { PUT: qrcode }, { auth: 'none' });
  route('multi_factor/reset_qrcode', { PUT: qrcode }, { auth: 'none' });
}

// ----- accounts, users, devices, calls -----------------------------------------------------------------

function registerAccountViews() {
  view('tree', (ctx) => ctx.store.ancestors(ctx.params.accountId).map((id) => {
    const account = ctx.store.getAccount(id);
    return { id, name: account ? account.name : undefined };
  }));
  const setReseller = (isReseller) => (ctx) => {
    const saved = ctx.store.putAccount({ ...ctx.account, is_reseller: isReseller });
    const data = publicDoc(saved);
    return isReseller ? created(data, null, { revision: saved._rev }) : ok(data, { revision: saved._rev });
  };
  route(`${ACCOUNT}/reseller`, { PUT: setReseller(true), DELETE: setReseller(false) });
  view('braintree/client_token', () => ({ client_token: randomBytes(24).toString('base64') }));
  keyed('configs/{id}', { initial: (ctx, id) => (/^[\w.-]+$/.test(id) ? {} : null) });
  view('contact_list', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .filter((user) => !isMissingValue(user.presence_id))
    .map((user) => ({ name: `${user.first_name} ${user.last_name}`.trim(), number: user.presence_id, user_id: user.id })));
  view('dialplans', () => ({
    dial_plan: {
      '^(\\d{7})$': { prefix: '+1415', description: 'US 7 digits' },
      '^(\\d{10})$': { prefix: '+1', description: 'US 10 digits' },
      '^011(\\d*)$': { prefix: '+', description: 'International' },
    },
  }));
  for (const os of ['linux', 'mac', 'windows']) {
    view(`desktop/${os}`, () => ({ os, version: '1.0.0', url: `https://downloads.sandbox.local/desktop/kazoo-desktop-${os}-1.0.0.zip` }));
  }
  // Registered SIP endpoints: every enabled SIP device or softphone of the account.
  view('registrations', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'devices')
    .filter((device) => device.enabled !== false && ['sip_device', 'softphone'].includes(device.device_type || 'sip_device'))
    .map((device) => ({
      authorizing_id: device.id, owner_id: device.owner_id, username: device.sip && device.sip.username,
      realm: device.sip && device.sip.realm, contact: `sip:${device.sip && device.sip.username}@192.0.2.10:5060`, user_agent: 'Sandbox Phone 1.0',
    })));
  view('parked_calls', () => ({ slots: {} }));
  view('trunkingio_settings/check', (ctx) => ({ account_id: ctx.params.accountId, status: 'ok', checked: gregorianNow() }));
  view('slack_integration/user_listing', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .map((user) => ({ user_id: user.id, name: `${user.first_name} ${user.last_name}`.trim(), email: user.email, slack_id: null })));

  // Users
  view('users/getstream', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .filter((user) => user.getstream)
    .map((user) => ({ id: user.id, first_name: user.first_name, last_name: user.last_name, getstream: clone(user.getstream) })));
  // The chat status lives on the user doc.
  action(['PATCH'], 'users/{id}/getstream', {
    handler: (ctx, user) => {
      const saved = ctx.store.putDoc(ctx.params.accountId, 'users', { ...user, getstream: deepMerge(user.getstream || {}, sanitize(ctx.docData())) }, 'user');
      return clone(saved.getstream);
    },
  });
  view('users/{id}/devices', (ctx, user) => ctx.store.listDocs(ctx.params.accountId, 'devices')
    .filter((device) => device.owner_id === user.id).map((device) => ({ id: device.id, name: device.name, device_type: device.device_type })));
  view('users/{id}/hotdesks', (ctx, user) => ctx.store.listDocs(ctx.params.accountId, 'devices')
    .filter((device) => device.owner_id === user.id && device.hotdesk).map((device) => ({ device_id: device.id, name: device.name })));
  action(['POST'], 'users/{id}/presence', { handler: (ctx, user) => ({ ...echo(ctx), presence_id: user.presence_id }) });
  action(['POST'], 'devices/{id}/presence', { handler: (ctx, device) => ({ ...echo(ctx), device_id: device.id }) });
  // Makes the phone re-read its configuration (a SIP NOTIFY check-sync in Kazoo).
  action(['POST'], 'devices/{id}/sync', { handler: (ctx, device) => ({ device_id: device.id, status: 'sync request sent' }) });

  // Call records: interactions are whole calls (their legs share the call id in the sandbox).
  const cdrs = (ctx, test = () => true) => {
    const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, 'cdrs').filter(test), ctx.query, {
      summary: (doc) => ({ ...publicDoc(doc), timestamp: doc.pvt_created, interaction_id: doc.call_id }),
      sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
    });
    return ok(data, { extra });
  };
  route(`${ACCOUNT}/cdrs/interaction`, { GET: (ctx) => cdrs(ctx) });
  route(`${ACCOUNT}/cdrs/legs/{id}`, {
    GET: (ctx) => {
      const legs = ctx.store.listDocs(ctx.params.accountId, 'cdrs').filter((doc) => doc.call_id === ctx.params.id || doc.id === ctx.params.id);
      if (!legs.length) throw errors.badIdentifier(ctx.params.id);
      return ok(legs.map(publicDoc));
    },
  });
  for (const path of ['users/{id}/cdrs', 'users/{id}/cdrs/interaction']) {
    route(`${ACCOUNT}/${path}`, {
      GET: (ctx) => {
        const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
        return cdrs(ctx, (doc) => doc.owner_id === user.id);
      },
    });
  }
  // Live calls: an action on one (hangup, transfer, ...). The sandbox only acknowledges it.
  action(['PUT'], 'channels/{id}', { handler: (ctx, channel) => ({ ...echo(ctx), call_id: channel.id }) });
  action(['POST'], 'clicktocall/{id}/connect', {
    handler: (ctx, c2c) => ({ ...echo(ctx), clicktocall_id: c2c.id, call_id: randomUUID(), status: 'originating' }),
  });

  // External numbers: PUT .../verify sends a PIN, POST .../verify {pin} checks it (any 4+ digits).
  action(['PUT', 'POST'], 'external_numbers/{id}/verify', {
    handler: (ctx, number) => {
      let next;
      if (ctx.method === 'PUT') next = { ...number, verification: { state: 'pin_sent', requested: gregorianNow() } };
      else {
        const { pin } = ctx.docData();
        if (!/^\d{4,}$/.test(String(pin ?? ''))) throw errors.validation({ pin: { pattern: { message: 'Value must be the PIN received (4 digits or more)', value: pin } } });
        next = { ...number, verified: true, verification: { state: 'verified', verified: gregorianNow() } };
      }
      return publicDoc(ctx.store.putDoc(ctx.params.accountId, 'external_numbers', next, 'external_numbers'));
    },
  });

  // Voicemail messages are kept in their box's doc (`messages`), as in Kazoo 4.
  const saveBox = (ctx, box, messages) => ctx.store.putDoc(ctx.params.accountId, 'vmboxes', { ...box, messages }, 'vmbox');
  route(`${ACCOUNT}/vmboxes/{id}/messages`, {
    GET: (ctx) => ok(clone(mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id).messages || [])),
    // {folder: 'saved'}: applies to every message (or only to `messages: [media ids]`).
    POST: (ctx) => {
      const box = mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id);
      const { messages: only, ...change } = sanitize(ctx.docData());
      const selected = (message) => !Array.isArray(only) || only.includes(message.media_id);
      return ok(saveBox(ctx, box, (box.messages || []).map((message) => (selected(message) ? { ...message, ...change } : message))).messages);
    },
    DELETE: (ctx) => {
      const box = mustGet(ctx, ctx.params.accountId, 'vmboxes', ctx.params.id);
      const { messages: only } = ctx.body.length ? ctx.docData() : {};
      const removed = (message) => !Array.isArray(only) || only.includes(message.media_id);
      saveBox(ctx, box, (box.messages || []).filter((message) => !removed(message)));
      return ok((box.messages || []).filter(removed).map((message) => ({ ...message, _read_only: { deleted: true } })));
    },
  });

  // Presence of a presence id (a user's extension). POST {action: 'reset'} clears a stuck lamp.
  keyed('presence/{id}', { verbs: ['GET', 'POST'], initial: (ctx, id) => ({ presence_id: id, state: 'terminated' }) });
  view('presence', (ctx) => {
    const stored = new Map(ctx.store.listDocs(ctx.params.accountId, 'presence').map((doc) => [doc.id, doc]));
    const ids = new Set([...ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => user.presence_id).filter(Boolean), ...stored.keys()]);
    return [...ids].sort().map((id) => ({ presence_id: id, state: 'terminated', ...(stored.has(id) ? publicDoc(stored.get(id)) : {}) }));
  });
}

// ----- IP addresses ------------------------------------------------------------------------------------

/** The sandbox's pool of dedicated IPs. */
const IP_POOL = [
  { ip: '192.0.2.11', zone: 'us-east', host: 'sbc1.us-east.sandbox.local' },
  { ip: '192.0.2.12', zone: 'us-east', host: 'sbc2.us-east.sandbox.local' },
  { ip: '192.0.2.21', zone: 'us-west', host: 'sbc1.us-west.sandbox.local' },
  { ip: '192.0.2.31', zone: 'eu-west', host: 'sbc1.eu-west.sandbox.local' },
];

function registerIps() {
  const poolEntry = (ctx, id) => {
    const entry = IP_POOL.find((candidate) => candidate.ip === id);
    return entry ? { ...entry } : null;
  };
  // POST assigns an IP of the pool to the account, DELETE releases it.
  keyed('ips/{id}', { verbs: ['GET', 'POST', 'DELETE'], initial: poolEntry });
  const assigned = (ctx) => new Set(ctx.store.listAccounts().flatMap((account) => ctx.store.listDocs(account.id, 'ips').map((doc) => doc.id)));
  // ?zone=us-east&quantity=2: free IPs of that zone.
  view('ips', (ctx) => {
    const taken = assigned(ctx);
    const zone = ctx.query.get('zone');
    const quantity = Number(ctx.query.get('quantity') || IP_POOL.length);
    return IP_POOL.filter((entry) => !taken.has(entry.ip) && (isMissingValue(zone) || entry.zone === zone)).slice(0, quantity > 0 ? quantity : 0);
  });
  view('ips/assigned', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'ips').map(publicDoc));
  view('ips/zones', () => [...new Set(IP_POOL.map((entry) => entry.zone))]);
}

// ----- ledgers (the account's usage and credit, per service) ------------------------------------------

function registerLedgers() {
  const entries = (ctx) => ctx.store.listDocs(ctx.params.accountId, 'ledgers');
  const serviceOf = (doc) => (doc.source && doc.source.service) || 'adjustments';
  const totals = (docs) => docs.reduce((found, doc) => {
    found[serviceOf(doc)] = Math.round(((found[serviceOf(doc)] || 0) + Number(doc.amount || 0)) * 100) / 100;
    return found;
  }, {});
  const monthOf = (doc) => {
    const date = new Date((Number(doc.pvt_created) - GREGORIAN_OFFSET) * 1000);
    return `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  view('ledgers', (ctx) => totals(entries(ctx)));
  view('ledgers/available', () => ['adjustments', 'per-minute-voip', 'mobile_data']);
  view('ledgers/total', (ctx) => ({ amount: Object.values(totals(entries(ctx))).reduce((sum, value) => sum + value, 0), balance: Number(ctx.account.pvt_balance || 0) }));
  view('ledgers/summary/{month}', (ctx) => totals(entries(ctx).filter((doc) => monthOf(doc) === ctx.params.month)));
  route(`${ACCOUNT}/ledgers/{id}`, {
    GET: (ctx) => {
      const { data, extra } = listDocs(entries(ctx).filter((doc) => serviceOf(doc) === ctx.params.id), ctx.query, {
        summary: publicDoc, sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
      });
      return ok(data, { extra });
    },
  });
  route(`${ACCOUNT}/ledgers/{id}/{entry}`, {
    GET: (ctx) => {
      const doc = mustGet(ctx, ctx.params.accountId, 'ledgers', ctx.params.entry);
      if (serviceOf(doc) !== ctx.params.id) throw errors.badIdentifier(ctx.params.entry);
      return docResult(doc);
    },
  });
  // A credit adds to the prepaid balance, a debit takes from it; both are kept as ledger entries.
  for (const [kind, sign] of [['credit', 1], ['debit', -1]]) {
    route(`${ACCOUNT}/ledgers/${kind}`, {
      PUT: (ctx) => {
        const data = sanitize(ctx.docData());
        const amount = Number(data.amount);
        if (isMissingValue(data.amount)) throw errors.required('amount');
        if (!Number.isFinite(amount) || amount <= 0) throw errors.validation({ amount: { minimum: { message: 'Value must be a positive number', value: data.amount } } });
        const balance = Math.round((Number(ctx.account.pvt_balance || 0) + sign * amount) * 100) / 100;
        ctx.store.putAccount({ ...ctx.account, pvt_balance: balance });
        const saved = ctx.store.putDoc(ctx.params.accountId, 'ledgers', {
          ...data, amount: sign * amount, ledger_type: kind, source: isPlainObject(data.source) ? data.source : { service: 'adjustments' },
        }, 'ledger');
        return created({ ...publicDoc(saved), balance }, locationOf(ctx, 'ledgers', serviceOf(saved), saved.id), { revision: saved._rev });
      },
    });
  }
}

// ----- call center (qubicle) and dashboards ------------------------------------------------------------

function registerQubicle() {
  const queues = (ctx) => ctx.store.listDocs(ctx.params.accountId, 'qubicle_queues');
  const recipientsOf = (ctx, queue) => {
    const doc = ctx.store.getDoc(ctx.params.accountId, 'qubicle_queues.recipients', queue.id);
    return doc && Array.isArray(doc.recipients) ? doc.recipients : [];
  };
  const queueStatus = (ctx, queue) => ({
    id: queue.id, name: queue.name, calls_waiting: 0, calls_active: 0, recipients: recipientsOf(ctx, queue).length,
  });
  view('qubicle_queues/ensure_started', (ctx) => ({ started: queues(ctx).map((queue) => queue.id) }));
  view('qubicle_queues/status', (ctx) => queues(ctx).map((queue) => queueStatus(ctx, queue)));
  view('qubicle_queues/recipients', (ctx) => Object.fromEntries(queues(ctx).map((queue) => [queue.id, recipientsOf(ctx, queue)])));
  view('qubicle_queues/{id}/status', (ctx, queue) => queueStatus(ctx, queue));
  action(['POST'], 'qubicle_queues/{id}/roles', {
    handler: (ctx, queue) => publicDoc(ctx.store.putDoc(ctx.params.accountId, 'qubicle_queues', { ...queue, roles: echo(ctx) }, 'qubicle_queues')).roles,
  });
  action(['POST'], 'qubicle_queues/{id}/sessions/{session}', {
    handler: (ctx, queue) => ({ ...echo(ctx), queue_id: queue.id, session_id: ctx.params.session }),
  });

  // Recipients are the account's users; their call center settings are stored docs keyed by user id.
  const recipient = (ctx) => {
    const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
    const stored = ctx.store.getDoc(ctx.params.accountId, 'qubicle_recipients', user.id);
    return stored || { id: user.id, name: `${user.first_name} ${user.last_name}`.trim(), enabled: true, status: 'logged_out', roles: [], max_active_sessions: 1 };
  };
  const saveRecipient = (ctx, changes) => publicDoc(ctx.store.putDoc(ctx.params.accountId, 'qubicle_recipients', { ...recipient(ctx), ...changes }, 'qubicle_recipient'));
  keyed('qubicle_recipients/{id}', { verbs: ['GET', 'POST'], initial: (ctx) => recipient(ctx) });
  view('qubicle_recipients', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .map((user) => publicDoc(recipient({ ...ctx, params: { ...ctx.params, id: user.id } }))));
  view('qubicle_recipients/{id}/status', (ctx, doc) => ({ id: doc.id, status: doc.status }), { owner: recipient });
  action(['POST'], 'qubicle_recipients/{id}/status', {
    owner: recipient,
    handler: (ctx) => {
      const { status } = ctx.docData();
      if (isMissingValue(status)) throw errors.required('status');
      return saveRecipient(ctx, { status: String(status) });
    },
  });
  action(['POST'], 'qubicle_recipients/{id}/enable', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { enabled: true }) });
  action(['POST'], 'qubicle_recipients/{id}/disable', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { enabled: false }) });
  action(['POST'], 'qubicle_recipients/{id}/roles', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { roles: echo(ctx) }) });
  // {users: [ids]}: the queues each user belongs to.
  action(['POST'], 'qubicle_recipients/queue_membership', {
    handler: (ctx) => {
      const { users } = ctx.docData();
      const ids = Array.isArray(users) ? users.map(String) : ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => user.id);
      return Object.fromEntries(ids.map((id) => [id, queues(ctx).filter((queue) => recipientsOf(ctx, queue).includes(id)).map((queue) => queue.id)]));
    },
  });
  action(['POST'], 'qubicle_recipients/status', {
    handler: (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => {
      const doc = recipient({ ...ctx, params: { ...ctx.params, id: user.id } });
      return { id: user.id, status: doc.status, enabled: doc.enabled };
    }),
  });
  action(['POST'], 'qubicle_reports', { handler: (ctx) => ({ ...echo(ctx), queues: queues(ctx).map((queue) => queueStatus(ctx, queue)), calls: [] }) });
  view('qubicle_roles', () => [{ id: 'agent', name: 'Agent' }, { id: 'supervisor', name: 'Supervisor' }, { id: 'admin', name: 'Administrator' }]);

  // Dashboards: the call center's figures (all quiet in the sandbox).
  view('dashboards/ensure_started', (ctx) => ({ started: true, queues: queues(ctx).length }));
  view('dashboards/recipient_overview', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .map((user) => ({ id: user.id, status: recipient({ ...ctx, params: { ...ctx.params, id: user.id } }).status, calls_handled: 0 })));
  view('dashboards/recipient_performance', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
    .map((user) => ({ id: user.id, calls_handled: 0, average_talk_time: 0, missed_calls: 0 })));
  action(['POST'], 'dashboards/activity_log', { handler: (ctx) => ({ ...echo(ctx), activity: [] }) });
  action(['POST'], 'dashboards/queue_overview', { handler: (ctx) => queues(ctx).map((queue) => queueStatus(ctx, queue)) });
  action(['POST'], 'dashboards/queue_details/{id}', { owner: 'qubicle_queues', handler: (ctx, queue) => ({ ...queueStatus(ctx, queue), calls: [] }) });
}

// ----- system (no account in the path) -----------------------------------------------------------------

const STARTED = Date.now();

/** Schema names: the sandbox's collections; each schema lists the fields a create requires. */
function schemaNames() {
  const names = new Set([...Object.keys(CLASSIC_COLLECTIONS), ...COLLECTIONS.map(([path]) => storeName(path)), 'accounts']);
  return [...names].sort();
}

function registerSystem() {
  const system = { account: false };
  view('about', () => ({
    version: KAZOO_VERSION, node: NODE_NAME, uptime: Math.floor((Date.now() - STARTED) / 1000),
    applications: ['crossbar', 'callflow', 'notify', 'fax', 'webhooks'],
  }), system);
  view('schemas', () => schemaNames(), system);
  view('schemas/{id}', (ctx) => {
    const name = ctx.params.id;
    if (!schemaNames().includes(name)) throw errors.badIdentifier(name);
    const required = name === 'accounts' ? ['name'] : (own(CLASSIC_COLLECTIONS, name) || {}).required
      || ((COLLECTIONS.find(([path]) => storeName(path) === name) || [])[1] || {}).required || [];
    return {
      $schema: 'http://json-schema.org/draft-04/schema#', id: name, type: 'object', required: [...required],
      properties: Object.fromEntries(required.map((field) => [field, { type: 'string' }])),
    };
  }, system);
  view('security', () => ({
    available_auth_methods: ['cb_user_auth', 'cb_pin_auth', 'cb_shared_auth', 'cb_api_auth', 'cb_auth_callback', 'cb_ip_auth'],
  }), system);
  view('webhooks', () => ['channel_create', 'channel_answer', 'channel_destroy', 'doc_created', 'doc_edited', 'doc_deleted', 'notifications', 'parking']
    .map((id) => ({ id, name: id, description: `Fires on ${id.replace(/_/g, ' ')}` })), system);
  view('websockets', () => ({
    call: ['CHANNEL_CREATE', 'CHANNEL_ANSWER', 'CHANNEL_DESTROY', 'CHANNEL_BRIDGE'],
    fax: ['status'],
    object: ['doc_created', 'doc_edited', 'doc_deleted'],
    presence: ['dialog', 'update'],
  }), system);
}

// ----- registration -------------------------------------------------------------------------------------

function registerModernRoutes() {
  for (const [path, opts] of COLLECTIONS) collection(path, opts);
  for (const [path, opts] of SINGLETONS) singleton(path, opts);
  registerAppsStore();
  registerFaxes();
  registerTasks();
  registerSearch();
  registerAuth();
  registerAccountViews();
  registerIps();
  registerLedgers();
  registerQubicle();
  registerSystem();
}

registerModernRoutes();

export { MODERN_ROUTES };
