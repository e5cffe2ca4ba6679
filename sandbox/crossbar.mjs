// Crossbar wire format: envelopes, errors and small helpers shared by the sandbox modules.
// The shapes follow Kazoo's Crossbar API: its response envelope and its error answers.

import { createHash, randomUUID } from 'node:crypto';

export const KAZOO_VERSION = '4.3.142';
// Opaque node name, as Kazoo reports the Erlang node that answered.
export const NODE_NAME = createHash('md5').update('sandbox@127.0.0.1').digest('base64').replace(/=+$/, '');

/** Seconds between 0000-01-01 (Kazoo's Gregorian epoch) and 1970-01-01. */
export const GREGORIAN_OFFSET = 62167219200;

export function gregorianNow() {
  return Math.floor(Date.now() / 1000) + GREGORIAN_OFFSET;
}

/** '2019-04-11T15:02:03Z': ISO 8601 without milliseconds, as Kazoo prints it. */
export function kazooTimestamp(date = new Date()) {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function md5(text) {
  return createHash('md5').update(text).digest('hex');
}

export function newRequestId() {
  return randomUUID();
}

/**
 * An error that the server turns into a Crossbar error envelope.
 * `status` is the HTTP status, `message` the machine code, `data` the details object/array.
 */
export class CrossbarError extends Error {
  constructor(status, message, data, headers) {
    super(typeof message === 'string' ? message : String(status));
    this.status = status;
    this.code = message;
    this.data = data === undefined ? { message } : data;
    this.headers = headers || {};
  }
}

// Constructors for Crossbar's error answers, so every module answers the same way.
export const errors = {
  /** 400 validation error: `fields` is `{"<field.path>": {"<code>": {"message": ..., "value"?: ...}}}`. */
  validation(fields) {
    return new CrossbarError(400, 'validation error', fields);
  },
  /** One-field shortcut: `required('name')`. */
  required(field) {
    return errors.validation({ [field]: { required: { message: 'Field is required but missing' } } });
  },
  parse() {
    return new CrossbarError(400, 'parse_error', { message: 'invalid JSON' });
  },
  /** Valid JSON nested deeper than the sandbox reads (MAX_JSON_DEPTH). */
  tooDeep() {
    return new CrossbarError(400, 'parse_error', { message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` });
  },
  /** Valid JSON that is not a request envelope (`[]`, `"text"`, `42`): the envelope is an object. */
  envelope() {
    return errors.validation({ envelope: { type: { message: 'Value is not of type object' } } });
  },
  unauthorized() {
    return new CrossbarError(401, 'invalid_credentials', { message: 'invalid credentials' });
  },
  charges(invoices) {
    return new CrossbarError(402, 'accept charges', invoices);
  },
  forbidden() {
    return new CrossbarError(403, 'forbidden', { message: 'forbidden' });
  },
  badIdentifier(cause) {
    return new CrossbarError(404, 'bad_identifier', { cause: String(cause), message: 'bad identifier' });
  },
  notFound(path) {
    return new CrossbarError(404, 'not_found', { message: 'not found', path });
  },
  invalidMethod(allowed) {
    return new CrossbarError(405, 'invalid_method', { message: 'invalid method', allowed }, { Allow: allowed.join(', ') });
  },
  conflict(message, data) {
    return new CrossbarError(409, message || 'datastore_conflict', data);
  },
  /** A verb the sandbox implements on no path at all (RFC 9110: 501, where 405 is for one path). */
  notImplemented(method) {
    return new CrossbarError(501, 'not_implemented', { message: `the ${method} method is not implemented` });
  },
  tooLarge(limit) {
    return new CrossbarError(413, 'request_entity_too_large', {
      message: `request body exceeds ${limit} bytes`,
    });
  },
};

/** Deepest nesting of arrays and objects the sandbox parses from a client. */
export const MAX_JSON_DEPTH = 256;

/**
 * JSON.parse of client input: 400 parse_error for invalid JSON and for JSON nested deeper than
 * MAX_JSON_DEPTH (its later copies, merges and answers would recurse that deep).
 */
export function parseJson(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) throw errors.tooDeep();
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw errors.parse();
  }
}

/** Success envelope. `extra` carries the listing keys (page_size, start_key, next_start_key). */
export function successEnvelope({ authToken, requestId, revision, data, extra }) {
  const envelope = {
    auth_token: authToken || '',
    status: 'success',
    request_id: requestId,
    node: NODE_NAME,
    version: KAZOO_VERSION,
    timestamp: kazooTimestamp(),
    revision: revision || md5(JSON.stringify(data === undefined ? null : data)),
    data,
  };
  return extra ? Object.assign(envelope, extra) : envelope;
}

/** Error envelope: `error` is the HTTP status as a string; auth_token is always empty. */
export function errorEnvelope({ status, message, data, requestId }) {
  return {
    status: 'error',
    error: String(status),
    message,
    data: data === undefined ? { message } : data,
    request_id: requestId,
    timestamp: kazooTimestamp(),
    auth_token: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Plain-object helpers. Request bodies are untrusted: keys such as "__proto__" must never reach
// an assignment on an ordinary object, and lookups must only see own properties.

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key) {
  return UNSAFE_KEYS.has(key);
}

export function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
}

export function hasOwn(object, key) {
  return object != null && Object.prototype.hasOwnProperty.call(object, key);
}

/** Own-property lookup: `own(map, 'constructor')` is undefined, never Object's constructor. */
export function own(object, key) {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** Deep copy of JSON data, dropping unsafe keys. */
export function clone(value) {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) {
    const copy = {};
    for (const key of Object.keys(value)) {
      if (!isUnsafeKey(key)) copy[key] = clone(value[key]);
    }
    return copy;
  }
  return value;
}

/** PATCH semantics: deep merge `patch` into a copy of `target`; `null` removes a key; arrays replace. */
export function deepMerge(target, patch) {
  const result = clone(target);
  for (const key of Object.keys(patch)) {
    if (isUnsafeKey(key)) continue;
    const value = patch[key];
    if (value === null) delete result[key];
    else if (isPlainObject(value) && isPlainObject(result[key])) result[key] = deepMerge(result[key], value);
    else result[key] = clone(value);
  }
  return result;
}

/** Value at a dotted path (`caller_id.internal.number`), own properties only. */
export function getPath(object, path) {
  let current = object;
  for (const part of String(path).split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else if (isPlainObject(current) && hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

/** Copy of a stored document as clients see it: no `pvt_*` keys, no `_rev`. */
export function publicDoc(doc) {
  const copy = {};
  for (const key of Object.keys(doc)) {
    if (key.startsWith('pvt_') || key === '_rev') continue;
    copy[key] = clone(doc[key]);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Handler results (see kit.mjs): handlers return one of these and server.mjs writes it.

export const ok = (data, options = {}) => ({ kind: 'json', status: 200, data, ...options });
export const created = (data, location, options = {}) => ({
  kind: 'json',
  status: 201,
  data,
  ...options,
  headers: { ...(location ? { Location: location } : {}), ...(options.headers || {}) },
});
/** A non-JSON body (PDF, audio, HTML, PNG); `contentType` null sends none. */
export const raw = (body, contentType, options = {}) => ({ kind: 'raw', status: 200, body, contentType, ...options });
/** The handler wrote (or destroyed) the response itself. */
export const HANDLED = Object.freeze({ kind: 'handled' });
