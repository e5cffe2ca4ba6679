// Phone numbers: search, activation (with charges), the account's numbers and their features,
// classifiers; external numbers and their verification.

import { clone, created, deepMerge, errors, gregorianNow, ok, own, publicDoc } from '../crossbar.mjs';
import {
  ACCOUNT, deletedResult, docResult, findNumber, isMissingValue, locationOf, mustGet, normaliseNumber, requestedNumbers, requireCharges, sanitize,
} from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';

const { routes, route, collection, action } = domainRoutes();

/** The invoice a 402 answers (Kazoo's "accept charges"). */
function numbersInvoice(count) {
  return {
    items: [{ category: 'phone_numbers', item: 'did_us', name: 'US DID', quantity: count, rate: 1.0, total: 1.0 * count }],
    activation_charges: [{ item: 'did_us', name: 'US DID', quantity: count, rate: 0.5, total: 0.5 * count }],
    summary: { today: 0.5 * count, recurring: 1.0 * count },
    bookkeeper: { type: 'braintree' },
  };
}

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
  const number = normaliseNumber(ctx.params.number);
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
  const numbers = requestedNumbers(ctx);
  const success = {};
  const failures = {};
  const toActivate = [];
  for (const value of numbers) {
    const number = normaliseNumber(value);
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
    const numbers = requestedNumbers(ctx);
    const { numbers: _numbers, ...fields } = sanitize(ctx.docData());
    const success = {};
    const failures = {};
    for (const value of numbers) {
      const number = normaliseNumber(value);
      const previous = number && ctx.store.getDoc(ctx.account.id, 'phone_numbers', number);
      if (!previous) failures[String(value)] = { message: 'bad identifier', code: 404 };
      else success[number] = numberEntry(ctx.store.putDoc(ctx.account.id, 'phone_numbers', numberFields(previous, deepMerge(previous, fields)), 'number'));
    }
    return ok({ success, error: failures });
  },
  DELETE: (ctx) => {
    const success = {};
    const failures = {};
    for (const value of requestedNumbers(ctx)) {
      const number = normaliseNumber(value);
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
      if (new RegExp(classifier.regex).test(number)) return ok({ name, number, e164: normaliseNumber(number) || number, ...classifier });
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

collection(`${ACCOUNT}/external_numbers`, { required: ['number'] });

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

export default routes;
