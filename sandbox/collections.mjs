// Specs of the document collections of Kazoo's core (users, devices, callflows, ...) for the generic
// collection kind (kinds.mjs): required fields, listing summaries, sort order and small preparation
// steps (users' credentials, uniqueness checks). specOf() falls back to DEFAULT_SPEC: no required
// field, summary {id, name}.

import { errors, getPath, hasOwn, isPlainObject, md5, publicDoc } from './crossbar.mjs';

const REQUIRED_MESSAGE = 'Field is required but missing';

function isMissing(value) {
  return value === undefined || value === null || value === '';
}

/** Collect `required` errors for the listed fields (dotted paths allowed). */
export function requiredErrors(doc, fields) {
  const found = {};
  for (const field of fields) {
    if (isMissing(getPath(doc, field))) found[field] = { required: { message: REQUIRED_MESSAGE } };
  }
  return found;
}

function typeError(found, field, type, value) {
  found[field] = { ...(found[field] || {}), type: { message: `Value is not of type ${type}`, value } };
}

/** Pick the listed paths of a doc (top-level keys only when present). */
function pick(doc, keys) {
  const summary = { id: doc.id };
  for (const key of keys) {
    if (hasOwn(doc, key) && doc[key] !== undefined) summary[key] = doc[key];
  }
  return summary;
}

const byName = (doc) => String(doc.name || '').toLowerCase();

export const DEFAULT_SPEC = {
  required: [],
  summary: (doc) => pick(doc, ['name']),
  sortKey: byName,
};

export const COLLECTIONS = {
  users: {
    type: 'user',
    required: ['first_name', 'last_name'],
    summary: (doc) => pick(doc, ['first_name', 'last_name', 'username', 'email', 'priv_level', 'presence_id', 'features', 'enabled']),
    sortKey: (doc) => `${doc.last_name || ''} ${doc.first_name || ''}`.toLowerCase(),
    /** Kazoo keeps md5("username:password") and never stores the password itself. */
    prepare(doc) {
      if (typeof doc.username === 'string') doc.username = doc.username.toLowerCase();
      if (!isMissing(doc.password)) {
        if (isMissing(doc.username)) return { username: { required: { message: REQUIRED_MESSAGE } } };
        doc.pvt_md5_auth = md5(`${doc.username}:${doc.password}`);
      }
      delete doc.password;
      if (doc.enabled === undefined) doc.enabled = true;
      if (doc.priv_level === undefined) doc.priv_level = 'user';
      return {};
    },
    validate(doc, siblings) {
      const found = {};
      if (!isMissing(doc.username) && siblings.some((other) => other.username === doc.username)) {
        found.username = { unique: { message: 'Username is already in use', value: doc.username } };
      }
      return found;
    },
  },
  devices: {
    type: 'device',
    required: ['name'],
    summary: (doc) => ({
      ...pick(doc, ['name', 'owner_id', 'mac_address', 'device_type', 'enabled', 'flags']),
      username: getPath(doc, 'sip.username'),
    }),
    prepare(doc) {
      if (doc.enabled === undefined) doc.enabled = true;
      if (doc.device_type === undefined) doc.device_type = 'sip_device';
      return {};
    },
    /** Creating a device adds a billable item (402 on billed accounts). */
    charges: () => [deviceInvoice()],
  },
  callflows: {
    type: 'callflow',
    required: [],
    summary: (doc) => pick(doc, ['name', 'numbers', 'patterns', 'featurecode', 'owner_id', 'type', 'flags']),
    sortKey: (doc) => String(doc.name || (doc.numbers || [])[0] || '').toLowerCase(),
    validate(doc, siblings) {
      const found = {};
      for (const key of ['numbers', 'patterns']) {
        if (doc[key] !== undefined && !Array.isArray(doc[key])) typeError(found, key, 'array', doc[key]);
      }
      const numbers = Array.isArray(doc.numbers) ? doc.numbers : [];
      const patterns = Array.isArray(doc.patterns) ? doc.patterns : [];
      if (!found.numbers && !found.patterns && numbers.length === 0 && patterns.length === 0) {
        found.numbers = { required: { message: REQUIRED_MESSAGE } };
      }
      const taken = new Set(siblings.flatMap((other) => (Array.isArray(other.numbers) ? other.numbers : [])));
      const duplicate = numbers.find((number) => taken.has(number));
      if (duplicate !== undefined) {
        found.numbers = { unique: { message: `Number ${duplicate} is already in use by another callflow`, value: duplicate } };
      }
      return found;
    },
  },
  conferences: { type: 'conference', required: ['name'], summary: (doc) => pick(doc, ['name', 'owner_id', 'conference_numbers', 'member', 'is_locked']) },
  conferences_servers: { type: 'conferences_server' },
  connectivity: { type: 'sys_info', summary: (doc) => pick(doc, ['name', 'account']) },
  directories: { type: 'directory' },
  groups: {
    type: 'group',
    summary: (doc) => ({ ...pick(doc, ['name', 'features']), endpoints: isPlainObject(doc.endpoints) ? Object.keys(doc.endpoints).length : 0 }),
  },
  resources: { type: 'resource', summary: (doc) => pick(doc, ['name', 'enabled', 'weight_cost', 'flags']) },
  resource_templates: { type: 'resource_template' },
  temporal_rules: { type: 'temporal_rule' },
  vmboxes: {
    type: 'vmbox',
    required: ['name', 'mailbox'],
    summary: (doc) => pick(doc, ['name', 'mailbox', 'owner_id', 'messages']),
    sortKey: (doc) => String(doc.mailbox || ''),
  },
  menus: { type: 'menu' },
  media: { type: 'media', required: ['name'], summary: (doc) => pick(doc, ['name', 'media_source', 'language', 'is_prompt', 'content_type', 'content_length']) },
  port_requests: {
    type: 'port_request',
    required: ['numbers'],
    summary: (doc) => pick(doc, ['name', 'port_state', 'numbers', 'uploads', 'carrier', 'transfer_date']),
    prepare(doc) {
      if (doc.port_state === undefined) doc.port_state = 'unconfirmed';
      return {};
    },
    validate(doc) {
      const found = {};
      if (!isMissing(doc.numbers) && !isPlainObject(doc.numbers) && !Array.isArray(doc.numbers)) typeError(found, 'numbers', 'object', doc.numbers);
      return found;
    },
  },
  // Read-only collections: written by the platform, only listed and fetched by clients.
  cdrs: {
    type: 'cdr',
    readOnly: true,
    summary: (doc) => ({ ...publicDoc(doc), timestamp: doc.pvt_created }),
    sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
  },
  channels: { type: 'channel', readOnly: true, summary: (doc) => pick(doc, ['uuid', 'direction', 'answered', 'destination', 'username', 'owner_id', 'authorizing_id', 'authorizing_type', 'presence_id']) },
  transactions: {
    type: 'transaction',
    readOnly: true,
    summary: (doc) => ({ ...pick(doc, ['amount', 'description', 'reason', 'type']), created: doc.pvt_created }),
    sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
  },
};

export function specOf(name) {
  return { ...DEFAULT_SPEC, ...(COLLECTIONS[name] || {}) };
}

/** Run the spec's preparation and validation; throws a 400 validation error when something is wrong. */
export function prepareAndValidate(spec, doc, siblings) {
  const found = { ...(spec.prepare ? spec.prepare(doc) : {}) };
  Object.assign(found, requiredErrors(doc, spec.required || []));
  if (spec.validate) {
    for (const [field, codes] of Object.entries(spec.validate(doc, siblings.filter((other) => other.id !== doc.id)))) {
      found[field] = { ...(found[field] || {}), ...codes };
    }
  }
  if (Object.keys(found).length) throw errors.validation(found);
}

// ---------------------------------------------------------------------------------------------
// Invoices answered with 402 (crossbar.md "402 Payment Required").

export function deviceInvoice() {
  return {
    items: [{ category: 'devices', item: 'sip_device', name: 'SIP Device', quantity: 1, rate: 5.0, total: 5.0 }],
    activation_charges: [{ item: 'sip_device', name: 'SIP Device', rate: 1.0, total: 1.0 }],
    summary: { today: 1.0, recurring: 5.0 },
    bookkeeper: { type: 'braintree' },
  };
}

export function numbersInvoice(count) {
  return {
    items: [{ category: 'phone_numbers', item: 'did_us', name: 'US DID', quantity: count, rate: 1.0, total: 1.0 * count }],
    activation_charges: [{ item: 'did_us', name: 'US DID', quantity: count, rate: 0.5, total: 0.5 * count }],
    summary: { today: 0.5 * count, recurring: 1.0 * count },
    bookkeeper: { type: 'braintree' },
  };
}
