// Routes as values, the router that composes them, and the helpers the domain modules share. Paths
// are relative to /v2/, written in the SDK table's grammar: `accounts/{accountId}/users/{id}`.
//
// A route is `{ path, methods: {VERB: handler}, auth }` (defineRoute). createRouter(routes) composes a
// list: a request is owned by the MOST SPECIFIC route whose shape matches it: segment by segment, a
// literal beats a `{param}`, so `port_requests/last_submitted` wins over `port_requests/{id}`
// whatever the order. A verb the owner does not list answers 405. A path listed twice merges its
// verbs, the later route's winning (a test replaces a verb that way); two paths of the same shape
// with other parameter names throw.
//
// auth: 'token' (default: valid X-Auth-Token; `{accountId}` must be in the token's tree),
//       'superduper' (token of the sandbox's master account: global resources),
//       'none' (login, public whitelabel lookups, token info, fault routes).
//
// A handler receives the request context (see server.mjs: params, query, store, data()...) and
// returns one of
//   ok(data) / created(data, location)    a success envelope (200 / 201)
//   raw(bytes, contentType)               a non-JSON body (PDF, audio, HTML, PNG)
//   HANDLED                               the handler wrote (or destroyed) the response itself
// or throws a CrossbarError. (The result helpers live in crossbar.mjs.)

import { clone, created, errors, ok, publicDoc } from './crossbar.mjs';
import { DEFAULT_APPS } from './seed.mjs';

/** A route as a value: `path` in the SDK table's grammar (`accounts/{accountId}/users/{id}`). */
export function defineRoute(path, methods, { auth = 'token' } = {}) {
  if (!['token', 'superduper', 'none'].includes(auth)) throw new Error(`route ${path}: unknown auth ${auth}`);
  return { path, methods: { ...methods }, auth };
}

/** `{ routes, route }`: `route(path, methods, opts)` defines a route and appends it to `routes`. */
export function routeCollector() {
  const routes = [];
  return {
    routes,
    route(path, methods, opts) {
      const entry = defineRoute(path, methods, opts);
      routes.push(entry);
      return entry;
    },
  };
}

const PARAM = /^\{(\w+)\}$/;
/** The parameter a path segment names (`{accountId}` -> 'accountId'), or null for a literal. */
export const paramOf = (part) => (PARAM.exec(part) || [])[1] || null;
const shapeOf = (segments) => segments.map((part) => (paramOf(part) ? '{}' : part)).join('/');

/** True when `a` is more specific than `b`: at the first position where they differ, a has a literal. */
function moreSpecific(a, b) {
  for (let i = 0; i < a.segments.length; i += 1) {
    const literalA = !a.params[i];
    const literalB = !b.params[i];
    if (literalA !== literalB) return literalA;
  }
  return false;
}

/**
 * Compose routes into a router: `match(segments)` -> `{ route, params }` or null. Routes of the same
 * path merge their verbs, a later route's verb replacing an earlier one's (so a test can replace or
 * add a verb); two paths of the same shape with other parameter names, or the same path with another
 * auth, throw.
 */
export function createRouter(routes) {
  const byPath = new Map();
  const byShape = new Map();
  const byLength = new Map(); // segment count -> routes, so matching only looks at candidates
  for (const { path, methods, auth = 'token' } of routes) {
    const existing = byPath.get(path);
    if (existing) {
      if (existing.auth !== auth) throw new Error(`route ${path}: auth ${auth} differs from ${existing.auth}`);
      Object.assign(existing.methods, methods);
      continue;
    }
    const segments = path.split('/');
    const shape = shapeOf(segments);
    if (byShape.has(shape)) throw new Error(`route ${path}: same shape as ${byShape.get(shape).path}, with other parameter names`);
    const entry = { path, segments, params: segments.map(paramOf), methods: { ...methods }, auth };
    byPath.set(path, entry);
    byShape.set(shape, entry);
    if (!byLength.has(segments.length)) byLength.set(segments.length, []);
    byLength.get(segments.length).push(entry);
  }
  return {
    /** The route owning `segments` (already split and decoded), with its params. */
    match(segments) {
      let best = null;
      for (const candidate of byLength.get(segments.length) || []) {
        const fits = candidate.segments.every((part, i) => candidate.params[i] || part === segments[i]);
        if (fits && (!best || moreSpecific(candidate, best))) best = candidate;
      }
      if (!best) return null;
      const params = {};
      best.params.forEach((name, i) => {
        if (name) params[name] = segments[i];
      });
      return { route: best, params };
    },
  };
}

// ----- paths and databases ----------------------------------------------------------------------

export const ACCOUNT = 'accounts/{accountId}';

/** `/v2/...` path of a document, for Location headers. */
export function locationOf(ctx, ...parts) {
  const base = ctx.params.accountId ? ['accounts', ctx.params.accountId] : [];
  return `/v2/${[...base, ...parts].map((part) => encodeURIComponent(part)).join('/')}`;
}

// ----- names and numbers ----------------------------------------------------------------------------

/** Kazoo compares account names lower-cased with everything but letters and digits removed. */
export function normaliseAccountName(name) {
  return String(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Normalise a phone number to E.164 (+digits); null when it is not one. */
export function normaliseNumber(value) {
  const text = String(value).replace(/[\s().-]/g, '');
  if (/^\+\d{3,15}$/.test(text)) return text;
  if (/^1\d{10}$/.test(text)) return `+${text}`;
  if (/^\d{10}$/.test(text)) return `+1${text}`;
  return null;
}

// ----- documents ------------------------------------------------------------------------------------

/** A stored doc as a client sees it, with its revision for the envelope/ETag. */
export const docResult = (doc, extra = {}) => ok(publicDoc(doc), { revision: doc._rev, ...extra });
export const deletedResult = (doc) => ok({ ...publicDoc(doc), _read_only: { deleted: true } }, { revision: doc._rev });

export function isMissingValue(value) {
  return value === undefined || value === null || value === '';
}

/** Client data with the keys only the server may set removed. */
export function sanitize(data) {
  const copy = clone(data);
  for (const key of Object.keys(copy)) {
    if (key.startsWith('pvt_') || key === '_rev' || key === '_id' || key === 'id' || key === '_read_only' || key === 'accept_charges') {
      delete copy[key];
    }
  }
  return copy;
}

/** Private (`pvt_*`) fields of a stored doc, kept across a POST that replaces the doc. */
export function privateFields(doc) {
  const kept = {};
  for (const key of Object.keys(doc)) if (key.startsWith('pvt_')) kept[key] = doc[key];
  return kept;
}

export function requireCharges(ctx, accountId, invoices) {
  const account = ctx.store.getAccount(accountId);
  if (account && account.pvt_billed && !ctx.acceptCharges()) throw errors.charges(invoices);
}

export function mustGet(ctx, db, collection, id) {
  const doc = ctx.store.getDoc(db, collection, id);
  if (!doc) throw errors.badIdentifier(id);
  return doc;
}

/** The request's `data.numbers`: a non-empty array of numbers, else 400 (required). */
export function requestedNumbers(ctx) {
  const { numbers } = ctx.docData();
  if (!Array.isArray(numbers) || numbers.length === 0) throw errors.required('numbers');
  return numbers;
}

/** The account holding a phone number, with the number's document; null when none does. */
export function findNumber(store, number) {
  for (const account of store.listAccounts()) {
    const doc = store.getDoc(account.id, 'phone_numbers', number);
    if (doc) return { accountId: account.id, doc };
  }
  return null;
}

// ----- content negotiation and uploads -----------------------------------------------------------

/**
 * The first of `candidates` (lower-case media types) the Accept header lists before any JSON type,
 * else null: `Accept: text/html` -> 'text/html'; jQuery's JSON default or `*\/*` -> null.
 */
export function preferredType(ctx, candidates) {
  const listed = String(ctx.req.headers.accept || '')
    .split(',')
    .map((item) => item.split(';')[0].trim().toLowerCase());
  for (const type of listed) {
    if (candidates.includes(type)) return type;
    if (type === 'application/json') return null;
  }
  return null;
}

/**
 * Binary upload body: raw bytes with their Content-Type, or (Content-Type application/x-base64) a
 * base64 data URI `data:<mime>;base64,<payload>` or bare base64.
 */
export function decodeUpload(ctx, fallbackType) {
  if (ctx.body.length === 0) throw errors.validation({ content: { required: { message: 'Field is required but missing' } } });
  if (ctx.contentType !== 'application/x-base64') {
    return { contentType: ctx.contentType || fallbackType, data: ctx.body };
  }
  return decodeDataUri(ctx.body.toString('latin1'), fallbackType);
}

/** A base64 data URI `data:<mime>;base64,<payload>` (or bare base64) -> its type and bytes; 400 otherwise. */
export function decodeDataUri(value, fallbackType) {
  const text = String(value).trim();
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

// ----- logins ---------------------------------------------------------------------------------------

/** Issue a token and answer 201 with the auth data, as every login endpoint does. */
export function loginResult(ctx, account, ownerId, method) {
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
