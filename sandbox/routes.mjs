// The classic endpoints: every path the SDK's documented methods call (spec/kazoo-sdk.txt with
// DESIGN's errata), plus a few neighbours real clients use. Paths are relative to /v2/. The route
// table itself, its matching rules and the shared helpers live in kit.mjs; the endpoints of today's
// Monster-UI apps are registered by modern.mjs (called at the end of this file).

import { randomUUID } from 'node:crypto';

import {
  clone, created, deepMerge, errors, getPath, gregorianNow, hasOwn, isPlainObject, isUnsafeKey, ok, own, publicDoc, raw,
} from './crossbar.mjs';
import {
  ACCOUNT, accountDb, decodeUpload, deletedResult, docResult, globalDb, isMissingValue, locationOf, loginResult,
  mustGet, normalizeAccountName, normalizeNumber, preferredType, privateFields, requireCharges, routeCollector, sanitize,
} from './kit.mjs';
import { numbersInvoice, prepareAndValidate, requiredErrors, specOf } from './collections.mjs';
import { MODERN_ROUTES } from './modern.mjs';
import { collection } from './kinds.mjs';
import { buildFilters, listDocs } from './listing.mjs';
import { SEED } from './seed.mjs';
import { GLOBAL_DB, newId } from './store.mjs';


const { routes: ROUTES, route } = routeCollector();
const add = (list) => ROUTES.push(...list);

/** Side effects of deleting a doc of some collections (binary content, live state). */
const ON_DELETE = {
  media: (ctx, db, doc) => ctx.store.deleteBlob(`${db}/media/${doc.id}/raw`),
  port_requests: (ctx, db, doc) => ctx.store.deleteBlobs(`${db}/port_requests/${doc.id}/`),
  conferences: (ctx, db, doc) => ctx.store.setParticipants(db, doc.id, []),
};

// ----- authentication -----------------------------------------------------------------------------

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

// ----- public whitelabel lookups (no token: used before login) -------------------------------------

const WHITELABEL_BLOBS = ['logo', 'icon', 'welcome'];

function whitelabelByDomain(store, domain) {
  const wanted = String(domain).toLowerCase();
  for (const account of store.listAccounts()) {
    const doc = store.getDoc(account.id, 'config', 'whitelabel');
    if (doc && String(doc.domain || '').toLowerCase() === wanted) return { accountId: account.id, doc };
  }
  return null;
}

route('whitelabel/{domain}', {
  GET: (ctx) => {
    const found = whitelabelByDomain(ctx.store, ctx.params.domain);
    if (!found) throw errors.badIdentifier(ctx.params.domain);
    return docResult(found.doc);
  },
}, { auth: 'none' });

// The logo, the icon (favicon) and the welcome page (HTML) of a domain's whitelabel, as stored
// through accounts/{A}/whitelabel/<name>.
for (const name of WHITELABEL_BLOBS) {
  route(`whitelabel/{domain}/${name}`, {
    GET: (ctx) => {
      const found = whitelabelByDomain(ctx.store, ctx.params.domain);
      const blob = found && ctx.store.getBlob(`${found.accountId}/whitelabel/${name}`);
      if (!blob) throw errors.badIdentifier(ctx.params.domain);
      return raw(blob.data, blob.content_type);
    },
  }, { auth: 'none' });
}

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
  route(`${prefix}resources/jobs/{id}`, {
    GET: (ctx) => docResult(mustGet(ctx, dbOf(ctx), 'resource_jobs', ctx.params.id)),
  }, { auth });
}

resourceExtras('', globalDb);
add(collection('resources', specOf('resources')));

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

route(`${ACCOUNT}/braintree/cards/{id}`, {
  DELETE: (ctx) => {
    const customer = configDoc(ctx, 'braintree_customer', () => ({ credit_cards: [] }));
    const cards = Array.isArray(customer.credit_cards) ? customer.credit_cards : [];
    const card = cards.find((candidate) => candidate && candidate.id === ctx.params.id);
    if (!card) throw errors.badIdentifier(ctx.params.id);
    ctx.store.putDoc(ctx.account.id, 'config', { ...customer, credit_cards: cards.filter((other) => other !== card) }, 'braintree_customer');
    return ok({ ...clone(card), _read_only: { deleted: true } });
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

const listPlans = (ctx) => {
  const { data, extra } = listDocs(ctx.store.listDocs(GLOBAL_DB, 'service_plans'), ctx.query, {
    summary: (doc) => ({ id: doc.id, name: doc.name, description: doc.description }),
  });
  return ok(data, { extra });
};

/** Plan ids of a bulk change: `{add: [...]}` / `{delete: [...]}` (Kazoo 4.3) or `{plan_ids: [...]}`. */
function planIds(ctx, key, { orPlanIds = false } = {}) {
  const data = ctx.docData();
  const ids = data[key] === undefined && orPlanIds ? data.plan_ids : data[key];
  if (ids === undefined) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    throw errors.validation({ [key]: { type: { message: 'Value is not an array of plan ids', value: ids } } });
  }
  for (const id of ids) mustGet(ctx, GLOBAL_DB, 'service_plans', id);
  return ids;
}

function selectPlans(ctx, add, remove) {
  const selected = new Set(ctx.account.pvt_service_plans || []);
  for (const id of add) selected.add(id);
  for (const id of remove) selected.delete(id);
  return ctx.store.putAccount({ ...ctx.account, pvt_service_plans: [...selected] });
}

route(`${ACCOUNT}/service_plans`, {
  GET: listPlans,
  // A new plan in the sandbox's catalogue (the reseller's plans, in Kazoo).
  PUT: (ctx) => {
    const doc = sanitize(ctx.docData());
    const missing = requiredErrors(doc, ['name']);
    if (Object.keys(missing).length) throw errors.validation(missing);
    const saved = ctx.store.putDoc(GLOBAL_DB, 'service_plans', doc, 'service_plan');
    return created(publicDoc(saved), locationOf(ctx, 'service_plans', saved.id), { revision: saved._rev });
  },
  // Bulk changes of the account's plans.
  POST: (ctx) => {
    const add = planIds(ctx, 'add', { orPlanIds: true });
    return ok(currentPlans(ctx, selectPlans(ctx, add, planIds(ctx, 'delete'))));
  },
  DELETE: (ctx) => ok(currentPlans(ctx, selectPlans(ctx, [], planIds(ctx, 'delete', { orPlanIds: true })))),
});
route(`${ACCOUNT}/service_plans/available`, { GET: listPlans });
route(`${ACCOUNT}/service_plans/available/{plan}`, { GET: (ctx) => docResult(mustGetPlan(ctx)) });
route(`${ACCOUNT}/service_plans/override`, {
  POST: (ctx) => {
    const { overrides = {} } = ctx.docData();
    if (!isPlainObject(overrides)) throw errors.validation({ overrides: { type: { message: 'Value is not of type object', value: overrides } } });
    for (const id of Object.keys(overrides)) mustGet(ctx, GLOBAL_DB, 'service_plans', id);
    const account = ctx.store.putAccount({ ...ctx.account, pvt_service_plan_overrides: deepMerge(ctx.account.pvt_service_plan_overrides || {}, overrides) });
    return ok({ ...currentPlans(ctx, account), overrides: clone(account.pvt_service_plan_overrides) });
  },
});
route(`${ACCOUNT}/service_plans/current`, { GET: (ctx) => ok(currentPlans(ctx, ctx.account)) });
route(`${ACCOUNT}/service_plans/reconciliation`, { POST: () => ok('ok') });
route(`${ACCOUNT}/service_plans/synchronization`, { POST: () => ok('ok') });
route(`${ACCOUNT}/service_plans/{plan}`, {
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

// ----- services (the billing view of an account: what its plans charge for what it has) -------------

/** How many billable things the account has, by category and item. */
function quantities(ctx) {
  const count = (list, keyOf) => list.reduce((found, doc) => {
    const key = keyOf(doc);
    found[key] = (found[key] || 0) + 1;
    return found;
  }, {});
  const manual = ctx.account.pvt_manual_quantities || {};
  return {
    devices: count(ctx.store.listDocs(ctx.account.id, 'devices'), (doc) => doc.device_type || 'sip_device'),
    users: count(ctx.store.listDocs(ctx.account.id, 'users'), (doc) => doc.priv_level || 'user'),
    phone_numbers: count(ctx.store.listDocs(ctx.account.id, 'phone_numbers').filter((doc) => doc.state === 'in_service'), () => 'did_us'),
    ...clone(manual),
  };
}

/** Items priced by the account's plans times their quantities. */
function invoiceItems(ctx) {
  const { items } = currentPlans(ctx, ctx.account);
  const counts = quantities(ctx);
  const lines = [];
  for (const [category, entries] of Object.entries(items)) {
    for (const [item, price] of Object.entries(isPlainObject(entries) ? entries : {})) {
      const quantity = Number((counts[category] || {})[item] || 0);
      const rate = Number(price.rate || 0);
      lines.push({ category, item, name: price.name || item, quantity, rate, total: Math.round(quantity * rate * 100) / 100 });
    }
  }
  return lines;
}

function servicesSummary(ctx) {
  const items = invoiceItems(ctx);
  const recurring = items.reduce((sum, line) => sum + line.total, 0);
  return { invoices: [{ items, bookkeeper: { type: 'braintree' }, summary: { recurring, today: 0 } }], total: recurring };
}

route(`${ACCOUNT}/services`, {
  GET: (ctx) => ok({ ...currentPlans(ctx, ctx.account), quantities: quantities(ctx) }),
  POST: (ctx) => ok({ ...echoData(ctx), ...servicesSummary(ctx) }),
});
route(`${ACCOUNT}/services/summary`, { GET: (ctx) => ok(servicesSummary(ctx)) });
route(`${ACCOUNT}/services/audit_summary`, { GET: (ctx) => ok({ [gregorianNow()]: servicesSummary(ctx) }) });
route(`${ACCOUNT}/services/available`, { GET: listPlans });
route(`${ACCOUNT}/services/editable`, { GET: (ctx) => ok(currentPlans(ctx, ctx.account).items) });
route(`${ACCOUNT}/services/overrides`, { GET: (ctx) => ok(clone(ctx.account.pvt_service_plan_overrides || {})) });
route(`${ACCOUNT}/services/quote`, { POST: (ctx) => ok({ ...echoData(ctx), ...servicesSummary(ctx) }) });
route(`${ACCOUNT}/services/manual`, {
  POST: (ctx) => {
    const manual = sanitize(ctx.docData());
    const account = ctx.store.putAccount({ ...ctx.account, pvt_manual_quantities: manual });
    return ok(clone(account.pvt_manual_quantities));
  },
});
// Top up the prepaid balance (like braintree/credits, without a card).
route(`${ACCOUNT}/services/topup`, {
  POST: (ctx) => {
    const { amount } = ctx.docData();
    if (isMissingValue(amount)) throw errors.required('amount');
    if (!Number.isFinite(Number(amount)) || Number(amount) <= 0) {
      throw errors.validation({ amount: { minimum: { message: 'Value must be a positive number', value: amount } } });
    }
    const balance = Math.round((Number(ctx.account.pvt_balance || 0) + Number(amount)) * 100) / 100;
    ctx.store.putAccount({ ...ctx.account, pvt_balance: balance });
    return ok({ amount: Number(amount), balance });
  },
});

/** The request data of a JSON body (an object), `{}` without one. */
function echoData(ctx) {
  return sanitize(ctx.docData());
}

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
route(`${ACCOUNT}/conferences/{id}/status`, { GET: (ctx) => ok(conferenceStatus(ctx, mustGetConference(ctx))) });
route(`${ACCOUNT}/conferences/{id}/add_participant`, {
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
route(`${ACCOUNT}/conferences/{id}/{action}/{participant}`, {
  POST: (ctx) => {
    const conference = mustGetConference(ctx);
    if (!hasOwn(PARTICIPANT_ACTIONS, ctx.params.action)) throw errors.badIdentifier(ctx.params.action);
    applyToParticipants(ctx, conference, ctx.params.action, ctx.params.participant);
    return ok(conferenceStatus(ctx, conference));
  },
});
route(`${ACCOUNT}/conferences/{id}/{action}`, {
  POST: (ctx) => {
    let conference = mustGetConference(ctx);
    const { action } = ctx.params;
    if (hasOwn(PARTICIPANT_ACTIONS, action)) applyToParticipants(ctx, conference, action, undefined);
    else if (hasOwn(CONFERENCE_ACTIONS, action)) conference = ctx.store.putDoc(ctx.account.id, 'conferences', CONFERENCE_ACTIONS[action](conference), 'conference');
    else throw errors.badIdentifier(action);
    return ok(conferenceStatus(ctx, conference));
  },
});

// Participants as today's apps address them: the list, an action on all, an action on one
// (`{"data": {"action": "mute"}}`).
function participantAction(ctx) {
  const { action } = ctx.docData();
  if (typeof action !== 'string' || !hasOwn(PARTICIPANT_ACTIONS, action)) {
    throw errors.validation({ action: { enum: { message: `Value not one of ${Object.keys(PARTICIPANT_ACTIONS).join(', ')}`, value: action } } });
  }
  return action;
}
route(`${ACCOUNT}/conferences/{id}/participants`, {
  GET: (ctx) => ok(conferenceStatus(ctx, mustGetConference(ctx)).participants),
  PUT: (ctx) => {
    const conference = mustGetConference(ctx);
    applyToParticipants(ctx, conference, participantAction(ctx), undefined);
    return created(conferenceStatus(ctx, conference), null);
  },
});
route(`${ACCOUNT}/conferences/{id}/participants/{participant}`, {
  PUT: (ctx) => {
    const conference = mustGetConference(ctx);
    applyToParticipants(ctx, conference, participantAction(ctx), ctx.params.participant);
    return created(conferenceStatus(ctx, conference), null);
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
route(`${ACCOUNT}/devices/{id}/quickcall/{number}`, { GET: quickcall('device') });
route(`${ACCOUNT}/users/{id}/quickcall/{number}`, { GET: quickcall('user') });

// ----- media raw content ---------------------------------------------------------------------------

route(`${ACCOUNT}/media/{id}/raw`, {
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
route(`${ACCOUNT}/notify/{id}`, {
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
route(`${ACCOUNT}/notify/{id}/{contentType}`, {
  GET: (ctx) => {
    const doc = mustGetNotification(ctx);
    const type = own(TEMPLATE_TYPES, ctx.params.contentType.toLowerCase());
    const template = type && own(doc.pvt_templates || {}, type);
    if (template === undefined) throw errors.badIdentifier(ctx.params.contentType);
    return raw(Buffer.from(template, 'utf8'), `${type}; charset=utf-8`);
  },
});

// ----- notifications (today's API): one document per notification, its templates chosen by type ----
//
// The system's notifications live in the global db; an account's own copy overrides one. GET with
// `Accept: text/html` or `text/plain` answers that template raw, otherwise the JSON document; POST
// with a text/html or text/plain body stores that template, a JSON body the document itself.

const TEMPLATE_MEDIA = ['text/html', 'text/plain'];

function notificationId(ctx) {
  const { id } = ctx.params;
  if (!/^[a-z0-9_]+$/i.test(id)) throw errors.badIdentifier(id);
  return id;
}

/** The account's notification, else the system's one (db = GLOBAL_DB: only the system's). */
function findNotification(ctx, db) {
  const id = notificationId(ctx);
  return (db !== GLOBAL_DB && ctx.store.getDoc(db, 'notifications', id)) || ctx.store.getDoc(GLOBAL_DB, 'notifications', id);
}

function notificationResult(ctx, db) {
  const doc = findNotification(ctx, db);
  if (!doc) throw errors.badIdentifier(ctx.params.id);
  const type = preferredType(ctx, TEMPLATE_MEDIA);
  if (!type) return ok({ ...notificationView(doc), account_overridden: doc.pvt_account_id === db });
  const template = own(doc.pvt_templates || {}, type);
  if (template === undefined) throw errors.badIdentifier(`${doc.id} ${type}`);
  return raw(Buffer.from(template, 'utf8'), `${type}; charset=utf-8`);
}

route(`${ACCOUNT}/notifications`, {
  GET: (ctx) => {
    const merged = new Map(ctx.store.listDocs(GLOBAL_DB, 'notifications').map((doc) => [doc.id, doc]));
    for (const doc of ctx.store.listDocs(ctx.account.id, 'notifications')) merged.set(doc.id, doc);
    const { data, extra } = listDocs([...merged.values()], ctx.query, {
      summary: (doc) => ({
        id: doc.id, friendly_name: doc.friendly_name, category: doc.category, enabled: doc.enabled !== false,
        account_overridden: doc.pvt_account_id === ctx.account.id,
      }),
      sortKey: (doc) => doc.id,
    });
    return ok(data, { extra });
  },
});
route(`${ACCOUNT}/notifications/{id}`, {
  GET: (ctx) => notificationResult(ctx, ctx.account.id),
  POST: (ctx) => {
    const id = notificationId(ctx);
    const system = ctx.store.getDoc(GLOBAL_DB, 'notifications', id);
    const previous = ctx.store.getDoc(ctx.account.id, 'notifications', id) || (system && { ...system, pvt_account_id: undefined, _rev: undefined });
    let doc;
    if (TEMPLATE_MEDIA.includes(ctx.contentType)) {
      doc = { ...(previous || { enabled: true }), id };
      doc.pvt_templates = { ...(doc.pvt_templates || {}), [ctx.contentType]: ctx.body.toString('utf8') };
    } else {
      doc = { ...(previous ? privateFields(previous) : {}), ...sanitize(ctx.docData()), id };
    }
    delete doc._rev; // a copy of the system's doc starts its own revisions
    const saved = ctx.store.putDoc(ctx.account.id, 'notifications', doc, 'notification');
    return ok({ ...notificationView(saved), account_overridden: true }, { revision: saved._rev });
  },
  DELETE: (ctx) => {
    const doc = ctx.store.getDoc(ctx.account.id, 'notifications', notificationId(ctx));
    if (!doc) throw errors.badIdentifier(ctx.params.id);
    ctx.store.deleteDoc(ctx.account.id, 'notifications', doc.id);
    return ok({ ...notificationView(doc), _read_only: { deleted: true } });
  },
});
// Renders the templates with the data given (`{{key.path}}` replaced), as the email would be.
route(`${ACCOUNT}/notifications/{id}/preview`, {
  POST: (ctx) => {
    const doc = findNotification(ctx, ctx.account.id);
    if (!doc) throw errors.badIdentifier(ctx.params.id);
    const data = ctx.docData();
    const render = (text) => String(text || '').replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path) => {
      const value = getPath(data, path);
      return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
    });
    const templates = doc.pvt_templates || {};
    return ok({ subject: render(doc.subject), 'text/html': render(templates['text/html']), 'text/plain': render(templates['text/plain']) });
  },
});
route('notifications/{id}', { GET: (ctx) => notificationResult(ctx, GLOBAL_DB) });

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
    ctx.store.deleteBlobs(`${ctx.account.id}/whitelabel/`);
    return deletedResult(doc);
  },
});
// logo and icon: images, uploaded raw or as a base64 data URI (application/x-base64); welcome: the
// HTML of the login page. Each is served back with the type it was stored with.
for (const [name, fallbackType] of [['logo', 'image/png'], ['icon', 'image/png'], ['welcome', 'text/html']]) {
  route(`${ACCOUNT}/whitelabel/${name}`, {
    GET: (ctx) => {
      const blob = ctx.store.getBlob(`${ctx.account.id}/whitelabel/${name}`);
      if (!blob) throw errors.badIdentifier(name);
      return raw(blob.data, blob.content_type);
    },
    POST: (ctx) => {
      const { contentType, data } = decodeUpload(ctx, fallbackType);
      ctx.store.putBlob(`${ctx.account.id}/whitelabel/${name}`, contentType, data);
      return ok({ content_type: contentType, length: data.length });
    },
  });
}
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
route(`${ACCOUNT}/phone_numbers/{number}`, {
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
route(`${ACCOUNT}/phone_numbers/{number}/identify`, {
  GET: (ctx) => {
    const number = numberParam(ctx);
    const found = findNumber(ctx.store, number);
    if (!found || !ctx.store.isInTree(ctx.session.accountId, found.accountId)) throw errors.badIdentifier(number);
    return ok({ account_id: found.accountId, number });
  },
});
route(`${ACCOUNT}/phone_numbers/{number}/activate`, {
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
route(`${ACCOUNT}/phone_numbers/{number}/reserve`, {
  PUT: (ctx) => {
    const number = numberParam(ctx);
    if (findNumber(ctx.store, number)) throw errors.conflict('number_exists', { message: 'number already exists', cause: number });
    const saved = addNumber(ctx, number, 'reserved', sanitize(ctx.docData()));
    return created(publicDoc(saved), locationOf(ctx, 'phone_numbers', number), { revision: saved._rev });
  },
});

// The classifier a number falls in (the first whose regex matches, as Kazoo orders them).
route(`${ACCOUNT}/phone_numbers/classifiers/{number}`, {
  GET: (ctx) => {
    const { number } = ctx.params;
    for (const [name, classifier] of Object.entries(CLASSIFIERS)) {
      if (new RegExp(classifier.regex).test(number)) return ok({ name, number, e164: normalizeNumber(number) || number, ...classifier });
    }
    throw errors.badIdentifier(number);
  },
});
route(`${ACCOUNT}/phone_numbers/carriers_info`, {
  GET: () => ok({
    maximal_prefix_length: 3,
    usable_carriers: ['sandbox', 'local', 'reserved'],
    usable_creation_states: ['aging', 'available', 'in_service', 'port_in', 'reserved'],
  }),
});
// Repairs the account's number docs (Kazoo re-syncs them with the number db). Nothing to repair here:
// the answer is what was checked.
route(`${ACCOUNT}/phone_numbers/fix`, {
  POST: (ctx) => ok({ numbers: ctx.store.listDocs(ctx.account.id, 'phone_numbers').map((doc) => doc.id) }),
});
route(`${ACCOUNT}/phone_numbers/fix/{number}`, {
  POST: (ctx) => {
    const doc = mustGetNumber(ctx);
    return ok(publicDoc(doc), { revision: doc._rev });
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

/** True when a port request holds `number` (its numbers are an object keyed by number, or a list). */
function portHasNumber(doc, number) {
  const numbers = isPlainObject(doc.numbers) ? Object.keys(doc.numbers) : Array.isArray(doc.numbers) ? doc.numbers.map(String) : [];
  const wanted = normalizeNumber(number) || number;
  return numbers.some((candidate) => candidate === number || normalizeNumber(candidate) === wanted);
}

/** `?by_number=` narrows a listing of port requests to those holding that number. */
function byNumber(ctx) {
  const number = ctx.query.get('by_number');
  return (doc) => isMissingValue(number) || portHasNumber(doc, number);
}

/** The query's filters, by_number and `state` (from the path) narrow a listing of port requests. */
function portMatches(ctx, state) {
  const tests = buildFilters(ctx.query);
  const hasNumber = byNumber(ctx);
  return (doc) => tests.every((test) => test(doc)) && hasNumber(doc) && (state === undefined || (doc.port_state || 'unconfirmed') === state);
}

/** Port requests of `accounts`, grouped by account (the shape of the descendants listings). */
function portGroups(ctx, accounts, state) {
  const matches = portMatches(ctx, state);
  const summary = specOf('port_requests').summary;
  return accounts
    .map((account) => ({
      account_id: account.id,
      account_name: account.name,
      port_requests: ctx.store.listDocs(account.id, 'port_requests').filter(matches).map(summary),
    }))
    .filter((group) => group.port_requests.length > 0);
}

const withDescendants = (ctx) => [ctx.account, ...ctx.store.descendants(ctx.account.id)];
route(`${ACCOUNT}/port_requests/descendants`, { GET: (ctx) => ok(portGroups(ctx, withDescendants(ctx))) });
route(`${ACCOUNT}/descendants/port_requests`, { GET: (ctx) => ok(portGroups(ctx, withDescendants(ctx))) });
route(`${ACCOUNT}/descendants/port_requests/{state}`, {
  GET: (ctx) => {
    if (!hasOwn(PORT_TRANSITIONS, ctx.params.state)) throw errors.badIdentifier(ctx.params.state);
    return ok(portGroups(ctx, withDescendants(ctx), ctx.params.state));
  },
});
// The port authority's view: every port request the token's account can see.
route('port_requests', {
  GET: (ctx) => {
    const root = ctx.store.getAccount(ctx.session.accountId);
    return ok(portGroups(ctx, [root, ...ctx.store.descendants(root.id)]));
  },
});
// Listings by state: literal paths, so they win over port_requests/{id}.
for (const state of Object.keys(PORT_TRANSITIONS)) {
  route(`${ACCOUNT}/port_requests/${state}`, {
    GET: (ctx) => {
      const docs = ctx.store.listDocs(ctx.account.id, 'port_requests').filter(portMatches(ctx, state));
      return ok(docs.map(specOf('port_requests').summary));
    },
  });
}
// The account's port requests most recently submitted, newest first.
route(`${ACCOUNT}/port_requests/last_submitted`, {
  GET: (ctx) => {
    const submittedAt = (doc) => Math.max(0, ...(doc.pvt_transitions || []).filter((t) => t.to === 'submitted').map((t) => t.timestamp));
    const docs = ctx.store.listDocs(ctx.account.id, 'port_requests').filter((doc) => submittedAt(doc) > 0);
    docs.sort((a, b) => submittedAt(b) - submittedAt(a));
    return ok(docs.map((doc) => ({ ...specOf('port_requests').summary(doc), submitted: submittedAt(doc) })));
  },
});
// Portability check. The sandbox ports every valid number, from a made-up losing carrier.
route(`${ACCOUNT}/port_requests/lnp_lookup`, {
  POST: (ctx) => {
    const { numbers } = ctx.docData();
    if (!Array.isArray(numbers) || numbers.length === 0) throw errors.required('numbers');
    const result = {};
    for (const value of numbers) {
      const number = normalizeNumber(value);
      result[String(value)] = number ? { number, portable: true, carrier: 'Sandbox Losing Carrier' } : { portable: false, reason: 'invalid number' };
    }
    return ok({ numbers: result });
  },
});
// State changes and comments, oldest first.
route(`${ACCOUNT}/port_requests/{id}/timeline`, {
  GET: (ctx) => {
    const port = mustGetPort(ctx);
    const events = [
      { timestamp: port.pvt_created, type: 'created', port_state: 'unconfirmed' },
      ...(port.pvt_transitions || []).map((t) => ({ timestamp: t.timestamp, type: 'transition', from: t.from, to: t.to, reason: t.reason })),
      ...ctx.store.listDocs(ctx.account.id, 'port_requests.comments')
        .filter((comment) => comment.pvt_owner_id === port.id)
        .map((comment) => ({ timestamp: comment.pvt_created, type: 'comment', comment_id: comment.id, content: comment.content })),
    ];
    return ok(events.sort((a, b) => a.timestamp - b.timestamp));
  },
});
route(`${ACCOUNT}/port_requests/{id}/attachments`, {
  GET: (ctx) => ok(clone(mustGetPort(ctx).uploads || {})),
  PUT: (ctx) => {
    const port = mustGetPort(ctx);
    const name = attachmentName(ctx.query.get('filename'));
    const saved = storeAttachment(ctx, port, name);
    return created(clone(saved.uploads), locationOf(ctx, 'port_requests', port.id, 'attachments', name), { revision: saved._rev });
  },
});
route(`${ACCOUNT}/port_requests/{id}/attachments/{name}`, {
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
route(`${ACCOUNT}/port_requests/{id}/{state}`, {
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
for (const name of [
  'users', 'devices', 'callflows', 'conferences', 'conferences_servers', 'connectivity', 'directories', 'groups',
  'resources', 'resource_templates', 'temporal_rules', 'vmboxes', 'menus', 'media', 'port_requests',
  'cdrs', 'channels', 'transactions',
]) {
  // port_requests?by_number={number} lists the requests holding that number.
  add(collection(`${ACCOUNT}/${name}`, { ...specOf(name), onDelete: ON_DELETE[name], match: name === 'port_requests' ? byNumber : undefined }));
}

ROUTES.push(...MODERN_ROUTES);

export { ROUTES };
