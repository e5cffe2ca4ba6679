// The sandbox's route table: every path the SDK calls (spec/kazoo-sdk.txt with DESIGN's errata),
// plus a few neighbours real clients use. Paths are relative to /v2/.
//
// A route is `{ segments, methods: {VERB: handler}, auth }`. Routes are tried in table order and the
// FIRST one whose shape matches the path owns it: a verb it does not list answers 405. Literal
// routes (`conferences/pins`) are therefore registered before their parameterised neighbours.
//
// auth: 'token' (default: valid X-Auth-Token; `:account` must be in the token's tree),
//       'superduper' (token of the sandbox's master account: global resources),
//       'none' (login, public whitelabel lookups, fault routes).
//
// A handler receives the request context (see server.mjs) and returns one of
//   ok(data) / created(data, location)    a success envelope (200 / 201)
//   raw(bytes, contentType)               a non-JSON body (PDF, audio, HTML, PNG)
//   HANDLED                               the handler wrote (or destroyed) the response itself
// or throws a CrossbarError. (The result helpers live in crossbar.mjs.)

import { randomUUID } from 'node:crypto';

import {
  clone, created, deepMerge, errors, getPath, gregorianNow, hasOwn, isPlainObject, isUnsafeKey, ok, own, publicDoc, raw,
} from './crossbar.mjs';
import { numbersInvoice, prepareAndValidate, requiredErrors, specOf } from './collections.mjs';
import { faultHandlers } from './faults.mjs';
import { buildFilters, listDocs } from './listing.mjs';
import { DEFAULT_APPS, SEED } from './seed.mjs';
import { GLOBAL_DB, newId } from './store.mjs';

/** A stored doc as a client sees it, with its revision for the envelope/ETag. */
const docResult = (doc, extra = {}) => ok(publicDoc(doc), { revision: doc._rev, ...extra });
const deletedResult = (doc) => ok({ ...publicDoc(doc), _read_only: { deleted: true } }, { revision: doc._rev });

// ----- the table --------------------------------------------------------------------------------

export const ROUTES = [];

function route(path, methods, { auth = 'token' } = {}) {
  ROUTES.push({ path, segments: path.split('/'), methods, auth });
}

/** Find the route owning `segments` (already split and decoded). */
export function matchRoute(segments) {
  for (const candidate of ROUTES) {
    if (candidate.segments.length !== segments.length) continue;
    const params = {};
    let matches = true;
    for (let i = 0; i < segments.length; i += 1) {
      const part = candidate.segments[i];
      if (part.startsWith(':')) params[part.slice(1)] = segments[i];
      else if (part !== segments[i]) {
        matches = false;
        break;
      }
    }
    if (matches) return { route: candidate, params };
  }
  return null;
}

const ACCOUNT = 'accounts/:account';
const accountDb = (ctx) => ctx.params.account;
const globalDb = () => GLOBAL_DB;

/** `/v2/...` path of a document, for Location headers. */
function locationOf(ctx, ...parts) {
  const base = ctx.params.account ? ['accounts', ctx.params.account] : [];
  return `/v2/${[...base, ...parts].map((part) => encodeURIComponent(part)).join('/')}`;
}

/** Client data with the keys only the server may set removed. */
function sanitize(data) {
  const copy = clone(data);
  for (const key of Object.keys(copy)) {
    if (key.startsWith('pvt_') || key === '_rev' || key === '_id' || key === 'id' || key === '_read_only' || key === 'accept_charges') {
      delete copy[key];
    }
  }
  return copy;
}

/** Private (`pvt_*`) fields of a stored doc, kept across a POST that replaces the doc. */
function privateFields(doc) {
  const kept = {};
  for (const key of Object.keys(doc)) if (key.startsWith('pvt_')) kept[key] = doc[key];
  return kept;
}

function requireCharges(ctx, accountId, invoices) {
  const account = ctx.store.getAccount(accountId);
  if (account && account.pvt_billed && !ctx.acceptCharges()) throw errors.charges(invoices);
}

function mustGet(ctx, db, collection, id) {
  const doc = ctx.store.getDoc(db, collection, id);
  if (!doc) throw errors.badIdentifier(id);
  return doc;
}

// ----- generic CRUD ---------------------------------------------------------------------------------

/** Side effects of deleting a doc of some collections (binary content, live state). */
const ON_DELETE = {
  media: (ctx, db, doc) => ctx.store.deleteBlob(`${db}/media/${doc.id}/raw`),
  port_requests: (ctx, db, doc) => ctx.store.deleteBlobs(`${db}/port_requests/${doc.id}/`),
  conferences: (ctx, db, doc) => ctx.store.setParticipants(db, doc.id, []),
};

function crud(prefix, collection, dbOf) {
  const spec = specOf(collection);
  const listing = {
    GET: (ctx) => {
      const { data, extra } = listDocs(ctx.store.listDocs(dbOf(ctx), collection), ctx.query, spec);
      return ok(data, { extra });
    },
  };
  const item = { GET: (ctx) => docResult(mustGet(ctx, dbOf(ctx), collection, ctx.params.id)) };
  if (!spec.readOnly) {
    listing.PUT = (ctx) => {
      const db = dbOf(ctx);
      const doc = sanitize(ctx.docData());
      prepareAndValidate(spec, doc, ctx.store.listDocs(db, collection));
      if (spec.charges && db !== GLOBAL_DB) requireCharges(ctx, db, spec.charges(doc));
      const saved = ctx.store.putDoc(db, collection, doc, spec.type);
      return created(publicDoc(saved), locationOf(ctx, collection, saved.id), { revision: saved._rev });
    };
    item.POST = (ctx) => {
      const db = dbOf(ctx);
      const previous = mustGet(ctx, db, collection, ctx.params.id);
      const doc = { ...privateFields(previous), ...sanitize(ctx.docData()), id: previous.id };
      prepareAndValidate(spec, doc, ctx.store.listDocs(db, collection));
      return docResult(ctx.store.putDoc(db, collection, doc, spec.type));
    };
    item.PATCH = (ctx) => {
      const db = dbOf(ctx);
      const previous = mustGet(ctx, db, collection, ctx.params.id);
      const doc = deepMerge(previous, sanitize(ctx.docData()));
      prepareAndValidate(spec, doc, ctx.store.listDocs(db, collection));
      return docResult(ctx.store.putDoc(db, collection, doc, spec.type));
    };
    item.DELETE = (ctx) => {
      const db = dbOf(ctx);
      const doc = mustGet(ctx, db, collection, ctx.params.id);
      ctx.store.deleteDoc(db, collection, doc.id);
      if (ON_DELETE[collection]) ON_DELETE[collection](ctx, db, doc);
      return deletedResult(doc);
    };
  }
  route(`${prefix}${collection}`, listing, { auth: dbOf === globalDb ? 'superduper' : 'token' });
  route(`${prefix}${collection}/:id`, item, { auth: dbOf === globalDb ? 'superduper' : 'token' });
}

// ----- authentication -----------------------------------------------------------------------------

/** Kazoo compares account names lower-cased with everything but letters and digits removed. */
export function normalizeAccountName(name) {
  return String(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Normalise a phone number to E.164 (+digits); null when it is not one. */
export function normalizeNumber(value) {
  const text = String(value).replace(/[\s().-]/g, '');
  if (/^\+\d{3,15}$/.test(text)) return text;
  if (/^1\d{10}$/.test(text)) return `+${text}`;
  if (/^\d{10}$/.test(text)) return `+1${text}`;
  return null;
}

function findNumber(store, number) {
  for (const account of store.listAccounts()) {
    const doc = store.getDoc(account.id, 'phone_numbers', number);
    if (doc) return { accountId: account.id, doc };
  }
  return null;
}

/** The account a login names: by account_name, account_realm or phone_number. */
function loginAccount(ctx, data) {
  const { store } = ctx;
  let field;
  let match;
  if (!isMissingValue(data.account_name)) {
    field = 'account_name';
    const wanted = normalizeAccountName(data.account_name);
    match = store.listAccounts().find((account) => normalizeAccountName(account.name) === wanted);
  } else if (!isMissingValue(data.account_realm)) {
    field = 'account_realm';
    const wanted = String(data.account_realm).toLowerCase();
    match = store.listAccounts().find((account) => String(account.realm).toLowerCase() === wanted);
  } else if (!isMissingValue(data.phone_number)) {
    field = 'phone_number';
    const number = normalizeNumber(data.phone_number);
    const found = number && findNumber(store, number);
    match = found ? store.getAccount(found.accountId) : undefined;
  } else {
    throw errors.required('account_name');
  }
  if (!match) {
    throw errors.validation({
      [field]: { not_found: { message: `The provided ${field.replace('_', ' ')} could not be found`, value: data[field] } },
    });
  }
  return match;
}

function isMissingValue(value) {
  return value === undefined || value === null || value === '';
}

/** Issue a token and answer 201 with the auth data, as every login endpoint does. */
function loginResult(ctx, account, ownerId, method) {
  const token = ctx.store.issueToken({ accountId: account.id, ownerId, method });
  const resellerId = ctx.store.resellerOf(account.id);
  return created(
    {
      account_id: account.id,
      owner_id: ownerId,
      account_name: account.name,
      language: account.language || 'en-us',
      is_reseller: Boolean(account.is_reseller),
      reseller_id: resellerId,
      apps: clone(DEFAULT_APPS),
    },
    null,
    { authToken: token },
  );
}

function activeUsers(store, accountId) {
  return store.listDocs(accountId, 'users').filter((user) => user.enabled !== false);
}

route('user_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.credentials)) throw errors.required('credentials');
    const account = loginAccount(ctx, data);
    const credentials = String(data.credentials).toLowerCase();
    const user = activeUsers(ctx.store, account.id).find((candidate) => candidate.pvt_md5_auth === credentials);
    if (!user) throw errors.unauthorized();
    return loginResult(ctx, account, user.id, 'cb_user_auth');
  },
}, { auth: 'none' });

route('shared_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.shared_token) || typeof data.shared_token !== 'string') throw errors.required('shared_token');
    if (data.shared_token === SEED.sharedToken) {
      const account = ctx.store.getAccount(SEED.accounts.demo);
      if (!account) throw errors.unauthorized();
      return loginResult(ctx, account, SEED.users.admin, 'cb_shared_auth');
    }
    const session = ctx.store.session(data.shared_token);
    if (!session) throw errors.unauthorized();
    return loginResult(ctx, ctx.store.getAccount(session.accountId), session.ownerId, 'cb_shared_auth');
  },
}, { auth: 'none' });

route('pin_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.pin)) throw errors.required('pin');
    const account = loginAccount(ctx, data);
    const user = activeUsers(ctx.store, account.id).find((candidate) => !isMissingValue(candidate.pin) && String(candidate.pin) === String(data.pin));
    if (!user) throw errors.unauthorized();
    return loginResult(ctx, account, user.id, 'cb_pin_auth');
  },
}, { auth: 'none' });

// ----- fault injection (no token) ---------------------------------------------------------------

for (const [name, { methods, handler }] of Object.entries(faultHandlers)) {
  route(`__sandbox/${name}`, Object.fromEntries(methods.map((verb) => [verb, handler])), { auth: 'none' });
}

// ----- public whitelabel lookups (no token: used before login) -------------------------------------

function whitelabelByDomain(store, domain) {
  const wanted = String(domain).toLowerCase();
  for (const account of store.listAccounts()) {
    const doc = store.getDoc(account.id, 'config', 'whitelabel');
    if (doc && String(doc.domain || '').toLowerCase() === wanted) return { accountId: account.id, doc };
  }
  return null;
}

route('whitelabel/:domain', {
  GET: (ctx) => {
    const found = whitelabelByDomain(ctx.store, ctx.params.domain);
    if (!found) throw errors.badIdentifier(ctx.params.domain);
    return docResult(found.doc);
  },
}, { auth: 'none' });

route('whitelabel/:domain/logo', {
  GET: (ctx) => {
    const found = whitelabelByDomain(ctx.store, ctx.params.domain);
    const blob = found && ctx.store.getBlob(`${found.accountId}/whitelabel/logo`);
    if (!blob) throw errors.badIdentifier(ctx.params.domain);
    return raw(blob.data, blob.content_type);
  },
}, { auth: 'none' });

// ----- global resources (master account only) -------------------------------------------------------

function resourceExtras(prefix, dbOf) {
  const auth = dbOf === globalDb ? 'superduper' : 'token';
  // PUT creates several resources, POST updates several (each element carries its id).
  const collectionOp = (ctx, mode) => {
    const db = dbOf(ctx);
    const list = ctx.data();
    if (!Array.isArray(list)) throw errors.validation({ data: { type: { message: 'Value is not of type array', value: list } } });
    const spec = specOf('resources');
    const success = {};
    const failures = {};
    list.forEach((item, index) => {
      if (!isPlainObject(item)) {
        failures[String(index)] = { message: 'Value is not of type object' };
        return;
      }
      const id = mode === 'create' ? newId() : String(item.id || '');
      try {
        const previous = mode === 'update' ? ctx.store.getDoc(db, 'resources', id) : null;
        if (mode === 'update' && !previous) throw errors.badIdentifier(id || String(index));
        const doc = previous ? deepMerge(previous, sanitize(item)) : { ...sanitize(item), id };
        prepareAndValidate(spec, doc, ctx.store.listDocs(db, 'resources'));
        success[id] = publicDoc(ctx.store.putDoc(db, 'resources', doc, spec.type));
      } catch (error) {
        failures[id || String(index)] = { error: String(error.status || 500), message: error.code || error.message, data: error.data };
      }
    });
    return { success, errors: failures };
  };
  route(`${prefix}resources/collection`, {
    PUT: (ctx) => created(collectionOp(ctx, 'create'), null),
    POST: (ctx) => ok(collectionOp(ctx, 'update')),
  }, { auth });
  route(`${prefix}resources/jobs`, {
    GET: (ctx) => {
      const { data, extra } = listDocs(ctx.store.listDocs(dbOf(ctx), 'resource_jobs'), ctx.query, {
        summary: (doc) => ({ id: doc.id, status: doc.status, resource_id: doc.resource_id, timestamp: doc.pvt_created }),
        sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
      });
      return ok(data, { extra });
    },
    // A numbers import job. The sandbox runs it at once: each valid number not owned elsewhere succeeds.
    PUT: (ctx) => {
      const db = dbOf(ctx);
      const data = ctx.docData();
      if (!Array.isArray(data.numbers) || data.numbers.length === 0) throw errors.required('numbers');
      const success = {};
      const failures = {};
      for (const value of data.numbers) {
        const number = normalizeNumber(value);
        if (!number) failures[String(value)] = { reason: 'invalid number' };
        else if (findNumber(ctx.store, number)) failures[number] = { reason: 'number already exists' };
        else success[number] = { state: 'available' };
      }
      const now = new Date();
      const id = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}-${newId()}`;
      const job = ctx.store.putDoc(db, 'resource_jobs', {
        ...sanitize(data), id, status: 'complete', success, errors: failures, timestamp: gregorianNow(),
      }, 'resource_job');
      return created(publicDoc(job), locationOf(ctx, 'resources', 'jobs', id), { revision: job._rev });
    },
  }, { auth });
  route(`${prefix}resources/jobs/:id`, {
    GET: (ctx) => docResult(mustGet(ctx, dbOf(ctx), 'resource_jobs', ctx.params.id)),
  }, { auth });
}

resourceExtras('', globalDb);
crud('', 'resources', globalDb);

// ----- accounts ----------------------------------------------------------------------------------

function validateAccount(store, doc, selfId) {
  const found = requiredErrors(doc, ['name']);
  if (!found.name && typeof doc.name !== 'string') found.name = { type: { message: 'Value is not of type string', value: doc.name } };
  if (!found.name) {
    const wanted = normalizeAccountName(doc.name);
    if (store.listAccounts().some((account) => account.id !== selfId && normalizeAccountName(account.name) === wanted)) {
      found.name = { unique: { message: 'Account name is already in use', value: doc.name } };
    }
  }
  if (!isMissingValue(doc.realm)) {
    const realm = String(doc.realm).toLowerCase();
    if (store.listAccounts().some((account) => account.id !== selfId && String(account.realm).toLowerCase() === realm)) {
      found.realm = { unique: { message: 'Realm is already in use', value: doc.realm } };
    }
  }
  if (Object.keys(found).length) throw errors.validation(found);
}

const accountSummary = (account) => ({ id: account.id, name: account.name, realm: account.realm, tree: clone(account.pvt_tree || []) });

route(ACCOUNT, {
  GET: (ctx) => docResult(ctx.account),
  // Creates a child of :account.
  PUT: (ctx) => {
    const { store } = ctx;
    const parent = ctx.account;
    const id = newId();
    const doc = { ...sanitize(ctx.docData()), id };
    validateAccount(store, doc, id);
    if (isMissingValue(doc.realm)) {
      const slug = normalizeAccountName(doc.name) || id.slice(0, 8);
      const taken = (realm) => store.listAccounts().some((account) => account.realm === realm);
      doc.realm = taken(`${slug}.sandbox.local`) ? `${slug}-${id.slice(0, 6)}.sandbox.local` : `${slug}.sandbox.local`;
    }
    if (doc.is_reseller === undefined) doc.is_reseller = false;
    if (doc.language === undefined) doc.language = 'en-us';
    Object.assign(doc, {
      pvt_tree: [...(parent.pvt_tree || []), parent.id],
      pvt_billed: Boolean(parent.pvt_billed),
      pvt_balance: 0,
      pvt_service_plans: [],
    });
    const saved = store.putAccount(doc);
    return created(publicDoc(saved), `/v2/accounts/${saved.id}`, { revision: saved._rev });
  },
  POST: (ctx) => {
    const doc = { ...privateFields(ctx.account), ...sanitize(ctx.docData()), id: ctx.account.id };
    validateAccount(ctx.store, doc, doc.id);
    if (isMissingValue(doc.realm)) doc.realm = ctx.account.realm;
    return docResult(ctx.store.putAccount(doc));
  },
  PATCH: (ctx) => {
    const doc = deepMerge(ctx.account, sanitize(ctx.docData()));
    validateAccount(ctx.store, doc, doc.id);
    if (isMissingValue(doc.realm)) doc.realm = ctx.account.realm;
    return docResult(ctx.store.putAccount(doc));
  },
  DELETE: (ctx) => {
    const account = ctx.account;
    if (account.id === ctx.session.accountId) throw errors.forbidden();
    if (ctx.store.descendants(account.id).length) {
      throw errors.validation({ account_id: { has_descendants: { message: 'Account has descendants and will not be deleted', value: account.id } } });
    }
    ctx.store.deleteAccount(account.id);
    return deletedResult(account);
  },
});

route(`${ACCOUNT}/descendants`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.descendants(ctx.account.id), ctx.query, { summary: accountSummary });
    return ok(data, { extra });
  },
});
route(`${ACCOUNT}/children`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.children(ctx.account.id), ctx.query, { summary: accountSummary });
    return ok(data, { extra });
  },
});

// ----- balance and billing ---------------------------------------------------------------------------

route(`${ACCOUNT}/transactions/current_balance`, {
  GET: (ctx) => ok({ balance: Number(ctx.account.pvt_balance || 0) }),
});

route(`${ACCOUNT}/braintree/credits`, {
  GET: (ctx) => ok({ amount: Number(ctx.account.pvt_balance || 0) }),
  PUT: (ctx) => {
    const data = ctx.docData();
    const amount = Number(data.amount);
    if (isMissingValue(data.amount)) throw errors.required('amount');
    if (!Number.isFinite(amount) || amount <= 0) {
      throw errors.validation({ amount: { minimum: { message: 'Value must be a positive number', value: data.amount } } });
    }
    const balance = Math.round((Number(ctx.account.pvt_balance || 0) + amount) * 100) / 100;
    ctx.store.putAccount({ ...ctx.account, pvt_balance: balance });
    const transaction = ctx.store.putDoc(ctx.account.id, 'transactions', {
      amount, description: 'Credit added through braintree', reason: 'manual_addition', type: 'credit', bookkeeper: { type: 'braintree' },
    }, 'transaction');
    return created({ ...publicDoc(transaction), balance }, locationOf(ctx, 'transactions', transaction.id), { revision: transaction._rev });
  },
});

function configDoc(ctx, id, fallback) {
  return ctx.store.getDoc(ctx.account.id, 'config', id) || (fallback ? { id, ...fallback() } : null);
}

route(`${ACCOUNT}/braintree/customer`, {
  GET: (ctx) => ok(publicDoc(configDoc(ctx, 'braintree_customer', () => ({ credit_cards: [] })))),
  POST: (ctx) => {
    const doc = { ...sanitize(ctx.docData()), id: 'braintree_customer' };
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'braintree_customer'));
  },
});

const DEFAULT_LIMITS = () => ({
  twoway_trunks: 0, inbound_trunks: 0, outbound_trunks: 0, burst_trunks: 0, allow_prepay: true, max_postpay_amount: 0,
});

route(`${ACCOUNT}/limits`, {
  GET: (ctx) => ok(publicDoc(configDoc(ctx, 'limits', DEFAULT_LIMITS))),
  POST: (ctx) => docResult(ctx.store.putDoc(ctx.account.id, 'config', { ...sanitize(ctx.docData()), id: 'limits' }, 'limits')),
  PATCH: (ctx) => {
    const doc = deepMerge(configDoc(ctx, 'limits', DEFAULT_LIMITS), sanitize(ctx.docData()));
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'limits'));
  },
});

// ----- service plans -----------------------------------------------------------------------------

function currentPlans(ctx, account) {
  const plans = {};
  let items = {};
  for (const planId of account.pvt_service_plans || []) {
    const plan = ctx.store.getDoc(GLOBAL_DB, 'service_plans', planId);
    if (!plan) continue;
    plans[planId] = { name: plan.name, description: plan.description };
    items = deepMerge(items, plan.plan || {});
  }
  return { plans, items };
}

function mustGetPlan(ctx) {
  return mustGet(ctx, GLOBAL_DB, 'service_plans', ctx.params.plan);
}

route(`${ACCOUNT}/service_plans`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.listDocs(GLOBAL_DB, 'service_plans'), ctx.query, {
      summary: (doc) => ({ id: doc.id, name: doc.name, description: doc.description }),
    });
    return ok(data, { extra });
  },
});
route(`${ACCOUNT}/service_plans/current`, { GET: (ctx) => ok(currentPlans(ctx, ctx.account)) });
route(`${ACCOUNT}/service_plans/reconciliation`, { POST: () => ok('ok') });
route(`${ACCOUNT}/service_plans/synchronization`, { POST: () => ok('ok') });
route(`${ACCOUNT}/service_plans/:plan`, {
  GET: (ctx) => docResult(mustGetPlan(ctx)),
  POST: (ctx) => {
    const plan = mustGetPlan(ctx);
    const selected = new Set(ctx.account.pvt_service_plans || []);
    selected.add(plan.id);
    const account = ctx.store.putAccount({ ...ctx.account, pvt_service_plans: [...selected] });
    return ok(currentPlans(ctx, account));
  },
  DELETE: (ctx) => {
    const plan = mustGetPlan(ctx);
    const selected = ctx.account.pvt_service_plans || [];
    if (!selected.includes(plan.id)) throw errors.badIdentifier(plan.id);
    ctx.store.putAccount({ ...ctx.account, pvt_service_plans: selected.filter((id) => id !== plan.id) });
    return deletedResult(plan);
  },
});

// ----- conferences ---------------------------------------------------------------------------------

function conferenceStatus(ctx, conference) {
  const participants = ctx.store.participants(ctx.account.id, conference.id);
  const now = gregorianNow();
  const joined = participants.map((p) => p.join_time).filter(Number.isFinite);
  return {
    conference_id: conference.id,
    name: conference.name,
    is_locked: Boolean(conference.is_locked),
    recording: Boolean(conference.pvt_recording),
    participant_count: participants.length,
    run_time: joined.length ? now - Math.min(...joined) : 0,
    participants: participants.map((p) => ({ ...p, duration: Number.isFinite(p.join_time) ? now - p.join_time : 0 })),
  };
}

/** Conference-wide actions; mute/unmute/deaf/undeaf/kick without a participant apply to everyone. */
const PARTICIPANT_ACTIONS = {
  mute: (p) => ({ ...p, mute: true }),
  unmute: (p) => ({ ...p, mute: false }),
  deaf: (p) => ({ ...p, deaf: true }),
  undeaf: (p) => ({ ...p, deaf: false }),
  kick: () => null,
};
const CONFERENCE_ACTIONS = {
  lock: (conference) => ({ ...conference, is_locked: true }),
  unlock: (conference) => ({ ...conference, is_locked: false }),
  record: (conference) => ({ ...conference, pvt_recording: true }),
  start_recording: (conference) => ({ ...conference, pvt_recording: true }),
  stop_recording: (conference) => ({ ...conference, pvt_recording: false }),
  play: (conference) => conference,
};

const mustGetConference = (ctx) => mustGet(ctx, ctx.account.id, 'conferences', ctx.params.id);

function applyToParticipants(ctx, conference, action, participantId) {
  const list = ctx.store.participants(ctx.account.id, conference.id);
  if (participantId !== undefined && !list.some((p) => String(p.participant_id) === participantId)) {
    throw errors.badIdentifier(participantId);
  }
  const next = list
    .map((p) => (participantId === undefined || String(p.participant_id) === participantId ? PARTICIPANT_ACTIONS[action](p) : p))
    .filter(Boolean);
  ctx.store.setParticipants(ctx.account.id, conference.id, next);
}

route(`${ACCOUNT}/conferences/pins`, {
  GET: (ctx) => {
    const pins = new Set();
    for (const conference of ctx.store.listDocs(ctx.account.id, 'conferences')) {
      for (const role of ['member', 'moderator']) {
        for (const pin of getPath(conference, `${role}.pins`) || []) pins.add(String(pin));
      }
    }
    return ok([...pins].sort());
  },
});
route(`${ACCOUNT}/conferences/:id/status`, { GET: (ctx) => ok(conferenceStatus(ctx, mustGetConference(ctx))) });
route(`${ACCOUNT}/conferences/:id/add_participant`, {
  POST: (ctx) => {
    const conference = mustGetConference(ctx);
    const data = ctx.docData();
    const endpoint = Array.isArray(data.endpoints) && isPlainObject(data.endpoints[0]) ? data.endpoints[0] : data;
    const participant = {
      participant_id: ctx.store.nextParticipantId(),
      caller_id_name: String(endpoint.caller_id_name || data.caller_id_name || 'Sandbox caller'),
      caller_id_number: String(endpoint.caller_id_number || endpoint.number || data.caller_id_number || '0000'),
      mute: Boolean(getPath(conference, 'member.join_muted')),
      deaf: Boolean(getPath(conference, 'member.join_deaf')),
      is_moderator: Boolean(data.is_moderator),
      join_time: gregorianNow(),
    };
    ctx.store.setParticipants(ctx.account.id, conference.id, [...ctx.store.participants(ctx.account.id, conference.id), participant]);
    return ok(conferenceStatus(ctx, conference));
  },
});
route(`${ACCOUNT}/conferences/:id/:action/:participant`, {
  POST: (ctx) => {
    const conference = mustGetConference(ctx);
    if (!hasOwn(PARTICIPANT_ACTIONS, ctx.params.action)) throw errors.badIdentifier(ctx.params.action);
    applyToParticipants(ctx, conference, ctx.params.action, ctx.params.participant);
    return ok(conferenceStatus(ctx, conference));
  },
});
route(`${ACCOUNT}/conferences/:id/:action`, {
  POST: (ctx) => {
    let conference = mustGetConference(ctx);
    const { action } = ctx.params;
    if (hasOwn(PARTICIPANT_ACTIONS, action)) applyToParticipants(ctx, conference, action, undefined);
    else if (hasOwn(CONFERENCE_ACTIONS, action)) conference = ctx.store.putDoc(ctx.account.id, 'conferences', CONFERENCE_ACTIONS[action](conference), 'conference');
    else throw errors.badIdentifier(action);
    return ok(conferenceStatus(ctx, conference));
  },
});

// ----- devices and users: status, quickcall ----------------------------------------------------------

route(`${ACCOUNT}/devices/status`, {
  GET: (ctx) => ok(ctx.store.listDocs(ctx.account.id, 'devices')
    .filter((device) => device.enabled !== false && ['sip_device', 'softphone'].includes(device.device_type || 'sip_device'))
    .map((device) => ({ device_id: device.id, registered: true }))),
});

function quickcall(kind) {
  return (ctx) => {
    const target = mustGet(ctx, ctx.account.id, `${kind}s`, ctx.params.id);
    const { number } = ctx.params;
    if (!/\d/.test(number)) throw errors.validation({ number: { type: { message: 'Value is not a dialable number', value: number } } });
    return ok({
      [`${kind}_id`]: target.id,
      number,
      call_id: randomUUID(),
      application_name: 'transfer',
      application_data: { Route: number },
      auto_answer: ctx.query.get('auto_answer') === 'true',
      status: 'originating',
    });
  };
}
route(`${ACCOUNT}/devices/:id/quickcall/:number`, { GET: quickcall('device') });
route(`${ACCOUNT}/users/:id/quickcall/:number`, { GET: quickcall('user') });

// ----- media raw content ---------------------------------------------------------------------------

/**
 * Binary upload body: raw bytes with their Content-Type, or (Content-Type application/x-base64) a
 * base64 data URI `data:<mime>;base64,<payload>` or bare base64.
 */
export function decodeUpload(ctx, fallbackType) {
  if (ctx.body.length === 0) throw errors.validation({ content: { required: { message: 'Field is required but missing' } } });
  if (ctx.contentType !== 'application/x-base64') {
    return { contentType: ctx.contentType || fallbackType, data: ctx.body };
  }
  const text = ctx.body.toString('latin1').trim();
  let contentType = fallbackType;
  let payload = text;
  let isBase64 = true;
  const uri = /^data:([^,]*),(.*)$/s.exec(text);
  if (uri) {
    const [mime, ...params] = uri[1].split(';');
    contentType = mime.trim() || fallbackType;
    isBase64 = params.some((param) => param.trim().toLowerCase() === 'base64');
    payload = uri[2];
  }
  if (!isBase64) {
    try {
      return { contentType, data: Buffer.from(decodeURIComponent(payload), 'utf8') };
    } catch {
      throw errors.validation({ content: { type: { message: 'Invalid data URI' } } });
    }
  }
  const compact = payload.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.length === 0) {
    throw errors.validation({ content: { type: { message: 'Invalid base64 content' } } });
  }
  return { contentType, data: Buffer.from(compact, 'base64') };
}

route(`${ACCOUNT}/media/:id/raw`, {
  GET: (ctx) => {
    const media = mustGet(ctx, ctx.account.id, 'media', ctx.params.id);
    const blob = ctx.store.getBlob(`${ctx.account.id}/media/${media.id}/raw`);
    if (!blob) throw errors.badIdentifier(`${media.id}/raw`);
    return raw(blob.data, blob.content_type);
  },
  POST: (ctx) => {
    const media = mustGet(ctx, ctx.account.id, 'media', ctx.params.id);
    const { contentType, data } = decodeUpload(ctx, 'audio/mpeg');
    ctx.store.putBlob(`${ctx.account.id}/media/${media.id}/raw`, contentType, data);
    const saved = ctx.store.putDoc(ctx.account.id, 'media', {
      ...media, media_source: 'upload', content_type: contentType, content_length: data.length,
    }, 'media');
    return docResult(saved);
  },
});

// ----- notification templates ----------------------------------------------------------------------

const TEMPLATE_TYPES = { html: 'text/html', 'text/html': 'text/html', text: 'text/plain', plain: 'text/plain', 'text/plain': 'text/plain' };

function defaultNotification(id) {
  if (!id.startsWith('conference_')) return null;
  const kind = id.slice('conference_'.length).replace(/_/g, ' ');
  return {
    id,
    friendly_name: `Conference ${kind}`,
    subject: `Conference ${kind}: {{conference.name}}`,
    enabled: true,
    pvt_templates: {
      'text/html': `<html><body><h1>Conference ${kind}</h1><p>{{conference.name}}</p></body></html>`,
      'text/plain': `Conference ${kind}: {{conference.name}}`,
    },
  };
}

function mustGetNotification(ctx) {
  const { id } = ctx.params;
  if (!/^[a-z0-9_]+$/i.test(id)) throw errors.badIdentifier(id);
  const doc = ctx.store.getDoc(ctx.account.id, 'notify', id) || defaultNotification(id);
  if (!doc) throw errors.badIdentifier(id);
  return doc;
}

/** A notification as clients see it: templates reduced to their content types and sizes. */
function notificationView(doc) {
  const templates = {};
  for (const [type, body] of Object.entries(doc.pvt_templates || {})) templates[type] = { length: Buffer.byteLength(body) };
  return { ...publicDoc(doc), templates };
}

/** PUT/POST: text/html or text/plain bodies replace that template; JSON bodies replace the metadata. */
function writeNotification(ctx, previous) {
  const { id } = ctx.params;
  let doc;
  if (ctx.contentType === 'text/html' || ctx.contentType === 'text/plain') {
    doc = { ...(previous || { enabled: true }), id };
    doc.pvt_templates = { ...(doc.pvt_templates || {}), [ctx.contentType]: ctx.body.toString('utf8') };
  } else {
    doc = { ...(previous ? privateFields(previous) : {}), ...sanitize(ctx.docData()), id };
  }
  return ctx.store.putDoc(ctx.account.id, 'notify', doc, 'notification');
}

route(`${ACCOUNT}/notify`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.listDocs(ctx.account.id, 'notify'), ctx.query, {
      summary: (doc) => ({ id: doc.id, friendly_name: doc.friendly_name, enabled: doc.enabled !== false }),
      sortKey: (doc) => doc.id,
    });
    return ok(data, { extra });
  },
});
route(`${ACCOUNT}/notify/:id`, {
  GET: (ctx) => ok(notificationView(mustGetNotification(ctx))),
  PUT: (ctx) => {
    if (!/^[a-z0-9_]+$/i.test(ctx.params.id)) throw errors.badIdentifier(ctx.params.id);
    const saved = writeNotification(ctx, ctx.store.getDoc(ctx.account.id, 'notify', ctx.params.id));
    return created(notificationView(saved), locationOf(ctx, 'notify', saved.id), { revision: saved._rev });
  },
  POST: (ctx) => {
    const previous = mustGetNotification(ctx);
    const saved = writeNotification(ctx, previous);
    return ok(notificationView(saved), { revision: saved._rev });
  },
  DELETE: (ctx) => {
    const doc = ctx.store.getDoc(ctx.account.id, 'notify', ctx.params.id);
    if (!doc) throw errors.badIdentifier(ctx.params.id);
    ctx.store.deleteDoc(ctx.account.id, 'notify', doc.id);
    return ok({ ...notificationView(doc), _read_only: { deleted: true } });
  },
});
route(`${ACCOUNT}/notify/:id/:contentType`, {
  GET: (ctx) => {
    const doc = mustGetNotification(ctx);
    const type = own(TEMPLATE_TYPES, ctx.params.contentType.toLowerCase());
    const template = type && own(doc.pvt_templates || {}, type);
    if (template === undefined) throw errors.badIdentifier(ctx.params.contentType);
    return raw(Buffer.from(template, 'utf8'), `${type}; charset=utf-8`);
  },
});

// ----- whitelabel (account side) -----------------------------------------------------------------

function whitelabelDomainOf(ctx) {
  const doc = ctx.store.getDoc(ctx.account.id, 'config', 'whitelabel');
  return (doc && doc.domain) || ctx.account.realm;
}

/** The DNS records a whitelabel domain needs, keyed by type then name. */
function dnsEntries(domain) {
  return {
    A: { [`us-east.${domain}`]: { mapping: ['10.0.0.10'], name: 'Primary Proxy', zone: 'us-east' } },
    CNAME: {
      [`api.${domain}`]: { mapping: ['api.sandbox.local'], name: 'API' },
      [`portal.${domain}`]: { mapping: ['ui.sandbox.local'], name: 'Web GUI' },
    },
    MX: {},
    NAPTR: { [`proxy-east.${domain}`]: { mapping: [`10 100 "S" "SIP+D2U" "" _sip._udp.proxy-east.${domain}.`], name: 'East NAPTR' } },
    SRV: { [`_sip._udp.proxy-east.${domain}`]: { mapping: [`10 10 7000 us-east.${domain}.`], name: 'East SRV' } },
    TXT: {},
  };
}

function validateWhitelabel(ctx, doc) {
  if (isMissingValue(doc.domain)) return;
  const found = whitelabelByDomain(ctx.store, doc.domain);
  if (found && found.accountId !== ctx.account.id) {
    throw errors.validation({ domain: { unique: { message: 'Domain is already in use', value: doc.domain } } });
  }
}

route(`${ACCOUNT}/whitelabel`, {
  GET: (ctx) => docResult(mustGet(ctx, ctx.account.id, 'config', 'whitelabel')),
  PUT: (ctx) => {
    const doc = { ...sanitize(ctx.docData()), id: 'whitelabel' };
    validateWhitelabel(ctx, doc);
    const saved = ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel');
    return created(publicDoc(saved), locationOf(ctx, 'whitelabel'), { revision: saved._rev });
  },
  POST: (ctx) => {
    const previous = mustGet(ctx, ctx.account.id, 'config', 'whitelabel');
    const doc = { ...privateFields(previous), ...sanitize(ctx.docData()), id: 'whitelabel' };
    validateWhitelabel(ctx, doc);
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel'));
  },
  PATCH: (ctx) => {
    const doc = deepMerge(mustGet(ctx, ctx.account.id, 'config', 'whitelabel'), sanitize(ctx.docData()));
    validateWhitelabel(ctx, doc);
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel'));
  },
  DELETE: (ctx) => {
    const doc = mustGet(ctx, ctx.account.id, 'config', 'whitelabel');
    ctx.store.deleteDoc(ctx.account.id, 'config', 'whitelabel');
    ctx.store.deleteBlob(`${ctx.account.id}/whitelabel/logo`);
    return deletedResult(doc);
  },
});
route(`${ACCOUNT}/whitelabel/logo`, {
  GET: (ctx) => {
    const blob = ctx.store.getBlob(`${ctx.account.id}/whitelabel/logo`);
    if (!blob) throw errors.badIdentifier('logo');
    return raw(blob.data, blob.content_type);
  },
  POST: (ctx) => {
    const { contentType, data } = decodeUpload(ctx, 'image/png');
    ctx.store.putBlob(`${ctx.account.id}/whitelabel/logo`, contentType, data);
    return ok({ content_type: contentType, length: data.length });
  },
});
route(`${ACCOUNT}/whitelabel/domains`, {
  GET: (ctx) => ok(dnsEntries(ctx.query.get('domain') || whitelabelDomainOf(ctx))),
  // Checks the records against DNS. The sandbox resolves nothing: every record reports false.
  POST: (ctx) => {
    const domain = ctx.query.get('domain');
    if (isMissingValue(domain)) throw errors.required('domain');
    const checked = {};
    for (const [type, records] of Object.entries(dnsEntries(domain))) {
      checked[type] = Object.fromEntries(Object.keys(records).map((name) => [name, false]));
    }
    return ok(checked);
  },
});

// ----- phone numbers --------------------------------------------------------------------------------

const CLASSIFIERS = {
  tollfree_us: { regex: '^\\+1((?:800|888|877|866|855|844|833)\\d{7})$', friendly_name: 'US TollFree' },
  toll_us: { regex: '^\\+1(900\\d{7})$', friendly_name: 'US Toll' },
  emergency: { regex: '^(911)$', friendly_name: 'Emergency Dispatcher' },
  caribbean: { regex: '^\\+?1((?:684|264|268|242|246|441|284|345|767|809|829|849|473|671|876|664|670|787|939|869|758|784|721|868|649|340)\\d{7})$', friendly_name: 'Caribbean' },
  did_us: { regex: '^\\+?1?([2-9][0-9]{2}[2-9][0-9]{6})$', friendly_name: 'US DID' },
  international: { regex: '^(011\\d*)$|^(00\\d*)$', friendly_name: 'International' },
  unknown: { regex: '^(.*)$', friendly_name: 'Unknown' },
};

const CITY_PREFIXES = {
  'san francisco': ['415', '628'],
  'new york': ['212', '332', '646', '917'],
  chicago: ['312', '773', '872'],
  'los angeles': ['213', '310', '323'],
  seattle: ['206'],
  boston: ['617', '857'],
};

function integerParam(ctx, name, fallback, { min = 0, max = Infinity } = {}) {
  const value = ctx.query.get(name);
  if (value === null || value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw errors.validation({ [name]: { type: { message: `Value must be an integer between ${min} and ${max}`, value } } });
  }
  return number;
}

/**
 * Deterministic number search: candidates are +1<prefix><counter>, the counter starting at 555...,
 * skipping numbers some account owns; `offset` counts the available results skipped.
 */
function searchCandidates(ctx) {
  const rawPrefix = ctx.query.get('prefix') || '';
  let digits = rawPrefix.replace(/\D/g, '');
  if (digits.startsWith('1')) digits = digits.slice(1); // country code
  if (!digits) throw errors.validation({ prefix: { required: { message: 'Field is required but missing' } } });
  if (digits.length > 10) return { room: 0, next: () => null };
  const room = 10 - digits.length;
  const space = 10 ** room;
  const base = room ? Number('555'.padEnd(room, '0').slice(0, room)) : 0;
  let index = 0;
  return {
    room,
    /** Next candidate (owned or not) or null when the prefix is exhausted. */
    next() {
      if (index >= space) return null;
      const suffix = room ? String((base + index) % space).padStart(room, '0') : '';
      index += 1;
      return `+1${digits}${suffix}`;
    },
  };
}

function searchNumbers(ctx) {
  const quantity = integerParam(ctx, 'quantity', 1, { min: 1, max: 100 });
  const offset = integerParam(ctx, 'offset', 0, { max: 100000 });
  const candidates = searchCandidates(ctx);
  const owned = ownedNumbers(ctx.store);
  const results = [];
  let skipped = 0;
  for (let number = candidates.next(); number && results.length < quantity; number = candidates.next()) {
    if (owned.has(number)) continue;
    if (skipped < offset) skipped += 1;
    else results.push({ number, state: 'discovery' });
  }
  return results;
}

/** `blocks=N`: N runs of `quantity` consecutive free numbers; `offset` counts blocks skipped. */
function searchBlocks(ctx) {
  const size = integerParam(ctx, 'quantity', 1, { min: 1, max: 100 });
  const blocks = integerParam(ctx, 'blocks', 1, { min: 1, max: 20 });
  const offset = integerParam(ctx, 'offset', 0, { max: 10000 });
  const candidates = searchCandidates(ctx);
  const owned = ownedNumbers(ctx.store);
  const results = [];
  let skipped = 0;
  let run = [];
  for (let number = candidates.next(); number && results.length < blocks; number = candidates.next()) {
    const consecutive = run.length && BigInt(number.slice(1)) === BigInt(run[run.length - 1].slice(1)) + 1n;
    if (owned.has(number)) {
      run = [];
      continue;
    }
    run = consecutive ? [...run, number] : [number];
    if (run.length === size) {
      if (skipped < offset) skipped += 1;
      else results.push({ start_number: run[0], end_number: run[run.length - 1] });
      run = [];
    }
  }
  return results;
}

function ownedNumbers(store) {
  const owned = new Set();
  for (const account of store.listAccounts()) {
    for (const doc of store.listDocs(account.id, 'phone_numbers')) owned.add(doc.id);
  }
  return owned;
}

function numberParam(ctx) {
  const number = normalizeNumber(ctx.params.number);
  if (!number) throw errors.badIdentifier(ctx.params.number);
  return number;
}

function mustGetNumber(ctx) {
  return mustGet(ctx, ctx.account.id, 'phone_numbers', numberParam(ctx));
}

/** Number doc as listed under `numbers`: the number is the key, not a field. */
function numberEntry(doc) {
  const { id: _id, ...rest } = publicDoc(doc);
  return rest;
}

/** Keep server-owned fields of a number when a client replaces or merges it. */
function numberFields(previous, next) {
  return { ...next, id: previous.id, state: previous.state, assigned_to: previous.assigned_to, used_by: previous.used_by };
}

function addNumber(ctx, number, state, extra = {}) {
  return ctx.store.putDoc(ctx.account.id, 'phone_numbers', {
    features: [], used_by: '', ...extra, id: number, state, assigned_to: ctx.account.id,
  }, 'number');
}

/** Shared by collection/activate and PUT collection: add or activate numbers, 402 when billable. */
function activateNumbers(ctx) {
  const data = ctx.docData();
  if (!Array.isArray(data.numbers) || data.numbers.length === 0) throw errors.required('numbers');
  const success = {};
  const failures = {};
  const toActivate = [];
  for (const value of data.numbers) {
    const number = normalizeNumber(value);
    if (!number) {
      failures[String(value)] = { message: 'invalid number', code: 404 };
      continue;
    }
    const found = findNumber(ctx.store, number);
    if (found && found.accountId !== ctx.account.id) failures[number] = { message: 'number_exists', code: 409 };
    else if (found && found.doc.state === 'in_service') success[number] = numberEntry(found.doc);
    else toActivate.push(number);
  }
  if (toActivate.length) requireCharges(ctx, ctx.account.id, [numbersInvoice(toActivate.length)]);
  for (const number of toActivate) {
    const previous = ctx.store.getDoc(ctx.account.id, 'phone_numbers', number);
    success[number] = numberEntry(previous
      ? ctx.store.putDoc(ctx.account.id, 'phone_numbers', { ...previous, state: 'in_service' }, 'number')
      : addNumber(ctx, number, 'in_service'));
  }
  return created({ success, error: failures }, locationOf(ctx, 'phone_numbers'));
}

route(`${ACCOUNT}/phone_numbers`, {
  GET: (ctx) => {
    if (ctx.query.has('prefix')) return ok(ctx.query.has('blocks') ? searchBlocks(ctx) : searchNumbers(ctx));
    const { data } = listDocs(ctx.store.listDocs(ctx.account.id, 'phone_numbers'), ctx.query, {
      summary: (doc) => doc, sortKey: (doc) => doc.id, paginate: false,
    });
    return ok({ numbers: Object.fromEntries(data.map((doc) => [doc.id, numberEntry(doc)])) });
  },
});
route(`${ACCOUNT}/phone_numbers/classifiers`, { GET: () => ok(clone(CLASSIFIERS)) });
route(`${ACCOUNT}/phone_numbers/prefix`, {
  GET: (ctx) => {
    const city = ctx.query.get('city');
    if (isMissingValue(city)) throw errors.required('city');
    return ok([...(own(CITY_PREFIXES, city.trim().toLowerCase()) || [])]);
  },
});
route(`${ACCOUNT}/phone_numbers/collection`, {
  PUT: activateNumbers,
  POST: (ctx) => {
    const data = ctx.docData();
    if (!Array.isArray(data.numbers) || data.numbers.length === 0) throw errors.required('numbers');
    const { numbers, ...fields } = sanitize(data);
    const success = {};
    const failures = {};
    for (const value of numbers) {
      const number = normalizeNumber(value);
      const previous = number && ctx.store.getDoc(ctx.account.id, 'phone_numbers', number);
      if (!previous) failures[String(value)] = { message: 'bad identifier', code: 404 };
      else success[number] = numberEntry(ctx.store.putDoc(ctx.account.id, 'phone_numbers', numberFields(previous, deepMerge(previous, fields)), 'number'));
    }
    return ok({ success, error: failures });
  },
  DELETE: (ctx) => {
    const data = ctx.docData();
    if (!Array.isArray(data.numbers) || data.numbers.length === 0) throw errors.required('numbers');
    const success = {};
    const failures = {};
    for (const value of data.numbers) {
      const number = normalizeNumber(value);
      const doc = number && ctx.store.deleteDoc(ctx.account.id, 'phone_numbers', number);
      if (doc) success[number] = { ...numberEntry(doc), _read_only: { deleted: true } };
      else failures[String(value)] = { message: 'bad identifier', code: 404 };
    }
    return ok({ success, error: failures });
  },
});
route(`${ACCOUNT}/phone_numbers/collection/activate`, { PUT: activateNumbers });
route(`${ACCOUNT}/phone_numbers/:number`, {
  GET: (ctx) => {
    const doc = mustGetNumber(ctx);
    return ok(publicDoc(doc), { revision: doc._rev });
  },
  // Add a number to the account, in service (billable).
  PUT: (ctx) => {
    const number = numberParam(ctx);
    const data = sanitize(ctx.docData());
    if (findNumber(ctx.store, number)) throw errors.conflict('number_exists', { message: 'number already exists', cause: number });
    requireCharges(ctx, ctx.account.id, [numbersInvoice(1)]);
    const saved = addNumber(ctx, number, 'in_service', data);
    return created(publicDoc(saved), locationOf(ctx, 'phone_numbers', number), { revision: saved._rev });
  },
  POST: (ctx) => {
    const previous = mustGetNumber(ctx);
    return docResult(ctx.store.putDoc(ctx.account.id, 'phone_numbers', numberFields(previous, sanitize(ctx.docData())), 'number'));
  },
  PATCH: (ctx) => {
    const previous = mustGetNumber(ctx);
    const merged = numberFields(previous, deepMerge(previous, sanitize(ctx.docData())));
    return docResult(ctx.store.putDoc(ctx.account.id, 'phone_numbers', merged, 'number'));
  },
  DELETE: (ctx) => {
    const doc = mustGetNumber(ctx);
    ctx.store.deleteDoc(ctx.account.id, 'phone_numbers', doc.id);
    return deletedResult(doc);
  },
});
route(`${ACCOUNT}/phone_numbers/:number/identify`, {
  GET: (ctx) => {
    const number = numberParam(ctx);
    const found = findNumber(ctx.store, number);
    if (!found || !ctx.store.isInTree(ctx.session.accountId, found.accountId)) throw errors.badIdentifier(number);
    return ok({ account_id: found.accountId, number });
  },
});
route(`${ACCOUNT}/phone_numbers/:number/activate`, {
  PUT: (ctx) => {
    const number = numberParam(ctx);
    const found = findNumber(ctx.store, number);
    if (found && found.accountId !== ctx.account.id) throw errors.conflict('number_exists', { message: 'number already exists', cause: number });
    if (found && found.doc.state === 'in_service') return created(publicDoc(found.doc), locationOf(ctx, 'phone_numbers', number));
    requireCharges(ctx, ctx.account.id, [numbersInvoice(1)]);
    const saved = found
      ? ctx.store.putDoc(ctx.account.id, 'phone_numbers', { ...found.doc, state: 'in_service' }, 'number')
      : addNumber(ctx, number, 'in_service', sanitize(ctx.docData()));
    return created(publicDoc(saved), locationOf(ctx, 'phone_numbers', number), { revision: saved._rev });
  },
});
route(`${ACCOUNT}/phone_numbers/:number/reserve`, {
  PUT: (ctx) => {
    const number = numberParam(ctx);
    if (findNumber(ctx.store, number)) throw errors.conflict('number_exists', { message: 'number already exists', cause: number });
    const saved = addNumber(ctx, number, 'reserved', sanitize(ctx.docData()));
    return created(publicDoc(saved), locationOf(ctx, 'phone_numbers', number), { revision: saved._rev });
  },
});

// ----- port requests ----------------------------------------------------------------------------------

/** Allowed port_state transitions (Kazoo's port request life cycle). */
const PORT_TRANSITIONS = {
  unconfirmed: ['submitted', 'canceled'],
  submitted: ['pending', 'scheduled', 'rejected', 'canceled'],
  pending: ['scheduled', 'rejected', 'canceled'],
  scheduled: ['completed', 'rejected', 'canceled'],
  rejected: ['submitted', 'canceled'],
  completed: [],
  canceled: [],
};

const mustGetPort = (ctx) => mustGet(ctx, ctx.account.id, 'port_requests', ctx.params.id);
const attachmentKey = (ctx, portId, name) => `${ctx.account.id}/port_requests/${portId}/attachments/${name}`;

function attachmentName(name) {
  if (isMissingValue(name)) throw errors.required('filename');
  if (isUnsafeKey(name) || name.length > 255) {
    throw errors.validation({ filename: { type: { message: 'Invalid attachment name', value: name } } });
  }
  return name;
}

function storeAttachment(ctx, port, name) {
  const { contentType, data } = decodeUpload(ctx, 'application/pdf');
  ctx.store.putBlob(attachmentKey(ctx, port.id, name), contentType, data);
  const uploads = { ...(port.uploads || {}), [name]: { content_type: contentType, length: data.length } };
  return ctx.store.putDoc(ctx.account.id, 'port_requests', { ...port, uploads }, 'port_request');
}

route(`${ACCOUNT}/port_requests/descendants`, {
  GET: (ctx) => {
    const tests = buildFilters(ctx.query);
    const summary = specOf('port_requests').summary;
    const groups = [ctx.account, ...ctx.store.descendants(ctx.account.id)]
      .map((account) => ({
        account_id: account.id,
        account_name: account.name,
        port_requests: ctx.store.listDocs(account.id, 'port_requests')
          .filter((doc) => tests.every((test) => test(doc)))
          .map(summary),
      }))
      .filter((group) => group.port_requests.length > 0);
    return ok(groups);
  },
});
route(`${ACCOUNT}/port_requests/:id/attachments`, {
  GET: (ctx) => ok(clone(mustGetPort(ctx).uploads || {})),
  PUT: (ctx) => {
    const port = mustGetPort(ctx);
    const name = attachmentName(ctx.query.get('filename'));
    const saved = storeAttachment(ctx, port, name);
    return created(clone(saved.uploads), locationOf(ctx, 'port_requests', port.id, 'attachments', name), { revision: saved._rev });
  },
});
route(`${ACCOUNT}/port_requests/:id/attachments/:name`, {
  GET: (ctx) => {
    const port = mustGetPort(ctx);
    const blob = ctx.store.getBlob(attachmentKey(ctx, port.id, ctx.params.name));
    if (!blob) throw errors.badIdentifier(ctx.params.name);
    return raw(blob.data, blob.content_type, {
      headers: { 'Content-Disposition': `attachment; filename="${ctx.params.name.replace(/[^\x20-\x7e]|"/g, '_')}"` },
    });
  },
  POST: (ctx) => {
    const port = mustGetPort(ctx);
    const name = attachmentName(ctx.params.name);
    if (!hasOwn(port.uploads || {}, name)) throw errors.badIdentifier(name);
    const saved = storeAttachment(ctx, port, name);
    return ok(clone(saved.uploads), { revision: saved._rev });
  },
  DELETE: (ctx) => {
    const port = mustGetPort(ctx);
    const { name } = ctx.params;
    if (!hasOwn(port.uploads || {}, name)) throw errors.badIdentifier(name);
    const { [name]: removed, ...uploads } = port.uploads;
    ctx.store.deleteBlob(attachmentKey(ctx, port.id, name));
    const saved = ctx.store.putDoc(ctx.account.id, 'port_requests', { ...port, uploads }, 'port_request');
    return ok({ [name]: { ...removed, _read_only: { deleted: true } } }, { revision: saved._rev });
  },
});
route(`${ACCOUNT}/port_requests/:id/:state`, {
  PATCH: (ctx) => {
    const port = mustGetPort(ctx);
    const { state } = ctx.params;
    if (!hasOwn(PORT_TRANSITIONS, state)) throw errors.badIdentifier(state);
    const from = port.port_state || 'unconfirmed';
    if (from !== state && !PORT_TRANSITIONS[from].includes(state)) {
      throw errors.validation({ port_state: { enum: { message: `Cannot move a port request from ${from} to ${state}`, value: state } } });
    }
    const data = ctx.body.length ? ctx.data() : {};
    const transition = { from, to: state, timestamp: gregorianNow(), reason: isPlainObject(data) ? data.reason : undefined };
    const saved = ctx.store.putDoc(ctx.account.id, 'port_requests', {
      ...port, port_state: state, pvt_transitions: [...(port.pvt_transitions || []), transition],
    }, 'port_request');
    return docResult(saved);
  },
});

// ----- per-account resources and the generic collections ------------------------------------------

resourceExtras(`${ACCOUNT}/`, accountDb);
for (const collection of [
  'users', 'devices', 'callflows', 'conferences', 'conferences_servers', 'connectivity', 'directories', 'groups',
  'resources', 'resource_templates', 'temporal_rules', 'vmboxes', 'menus', 'media', 'port_requests',
  'cdrs', 'channels', 'transactions',
]) {
  crud(`${ACCOUNT}/`, collection, accountDb);
}
