// Money: balance, credits, cards, limits, service plans, the services view and ledgers.

import { randomBytes } from 'node:crypto';

import { GREGORIAN_OFFSET, clone, created, deepMerge, errors, gregorianNow, isPlainObject, ok, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, deletedResult, docResult, isMissingValue, locationOf, mustGet, sanitize } from '../kit.mjs';
import { documentSpec, domainRoutes, pick, requiredErrors } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';
import { GLOBAL_DB } from '../store.mjs';

const { routes, route, collection, view } = domainRoutes();

const TRANSACTIONS_SPEC = documentSpec({
  type: 'transaction',
  readOnly: true,
  summary: (doc) => ({ ...pick(doc, ['amount', 'description', 'reason', 'type']), created: doc.pvt_created }),
  sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
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

view('braintree/client_token', () => ({ client_token: randomBytes(24).toString('base64') }));

// ----- ledgers (the account's usage and credit, per service) ------------------------------------------

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

collection(`${ACCOUNT}/transactions`, TRANSACTIONS_SPEC);

export default routes;
