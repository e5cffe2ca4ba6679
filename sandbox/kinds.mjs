// The generic resource kinds every domain module declares its plain endpoints with, so one
// declaration gives a resource all its verbs. Each kind returns route values (see kit.mjs).
//
//   collection(path, spec)  documents with server-chosen ids, on a full path in the `{name}` grammar:
//       'accounts/{accountId}/users'                   an account's documents (token of the tree)
//       'resources'                                    global documents (master account only)
//       'accounts/{accountId}/port_requests/{id}/comments'  documents owned by another one (404
//                                                       when the owner is missing), item `{sub}`
//     PUT path (201, Location) | GET path (filters, paging) | GET/POST/PATCH/DELETE path/{id}
//   singleton(path)   one document per account (or per owner): GET/PUT/POST/PATCH/DELETE path
//   keyed(path/{id})  documents whose id is chosen by the URL (apps, recipients, IPs)
//   action(verbs, path)  a verb that does something and answers a success envelope
//   view(path, fn)    a GET computed from the store
// The paths of singleton, keyed, action and view are relative to `accounts/{accountId}/` unless
// `account: false`. documentSpec() gives the specs of Kazoo's core collections their defaults.

import { created, deepMerge, errors, getPath, hasOwn, isPlainObject, isUnsafeKey, ok, publicDoc } from './crossbar.mjs';
import {
  ACCOUNT, defineRoute, deletedResult, docResult, isMissingValue, locationOf, mustGet, paramOf, privateFields, requireCharges, routeCollector,
  sanitize,
} from './kit.mjs';
import { listDocs } from './listing.mjs';
import { GLOBAL_DB } from './store.mjs';

/** Store collection of a resource path: `crm_integration/mappings` -> 'crm_integration.mappings'. */
export function storeName(path) {
  return path.split('/').filter((part) => !paramOf(part)).join('.');
}

export const byCreation = (doc) => String(doc.pvt_created).padStart(12, '0');
export const byName = (doc) => String(doc.name === undefined ? '' : doc.name).toLowerCase();

/**
 * The owner check for paths holding `{id}`: returns (ctx) => the owner doc (404 when missing), or
 * null for paths without one. `owner` is the owner's collection (default: the path's first segment)
 * or a function (ctx) => doc that throws itself when the owner does not exist.
 */
function ownerOf(path, owner) {
  if (!path.split('/').includes('{id}')) return () => null;
  if (typeof owner === 'function') return owner;
  const collection = owner || path.split('/')[0];
  return (ctx) => mustGet(ctx, ctx.params.accountId, collection, ctx.params.id);
}

/** The path with its parameters filled from the request: the Location of what it names. */
const filled = (ctx, path) => path.split('/').map((part) => (paramOf(part) ? ctx.params[paramOf(part)] : part));

// ----- specs of document collections ---------------------------------------------------------------

export const REQUIRED_MESSAGE = 'Field is required but missing';

/** Collect `required` errors for the listed fields (dotted paths allowed). */
export function requiredErrors(doc, fields) {
  const found = {};
  for (const field of fields) {
    if (isMissingValue(getPath(doc, field))) found[field] = { required: { message: REQUIRED_MESSAGE } };
  }
  return found;
}

/** Add a `type` error for `field` to the errors `found`. */
export function typeError(found, field, type, value) {
  found[field] = { ...(found[field] || {}), type: { message: `Value is not of type ${type}`, value } };
}

/** Pick the listed keys of a doc (when present), with its id: a listing summary. */
export function pick(doc, keys) {
  const summary = { id: doc.id };
  for (const key of keys) {
    if (hasOwn(doc, key) && doc[key] !== undefined) summary[key] = doc[key];
  }
  return summary;
}

/**
 * The spec of one of Kazoo's core document collections (users, devices, callflows, ...): `overrides`
 * over the defaults, no required field, listing summary {id, name}, sorted by name.
 */
export function documentSpec(overrides) {
  return { required: [], summary: (doc) => pick(doc, ['name']), sortKey: byName, ...overrides };
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

/**
 * The one generic resource kind: a collection of documents.
 * @param {string} path full path, e.g. 'accounts/{accountId}/webhooks' or 'resources'
 * @param {object} [spec]
 * @param {string} [spec.store] store collection (default storeName of the path below the account)
 * @param {string} [spec.type] pvt_type of new documents (default: the store collection)
 * @param {string[]} [spec.required] fields a created/updated doc must hold
 * @param {(doc) => object} [spec.prepare] fills defaults before validation; returns field errors
 * @param {(doc, siblings) => object} [spec.validate] field errors against the other documents
 * @param {(doc) => object[]} [spec.charges] invoices a create must accept (402 on billed accounts)
 * @param {boolean} [spec.readOnly] only GET (documents written by the platform: logs, attempts)
 * @param {boolean} [spec.deletable] with readOnly: DELETE of one document too (recordings)
 * @param {boolean} [spec.deleteAll] DELETE on the list removes every document (of the owner)
 * @param {boolean} [spec.patchAll] PATCH on the list merges data into every document
 * @param {(doc) => string} [spec.sortKey] listing order (default: by creation)
 * @param {(doc) => object} [spec.summary] listing entry (default: the whole public doc)
 * @param {(ctx) => (doc) => boolean} [spec.match] extra listing filter, for query keys listDocs does not know
 * @param {(ctx, db, doc) => void} [spec.onDelete] side effects of a deletion (binary content, live state)
 * @param {string} [spec.owner] collection of the `{id}` owner (default: the first segment)
 */
export function collection(path, spec = {}) {
  const inAccount = path.startsWith(`${ACCOUNT}/`);
  const relative = inAccount ? path.slice(ACCOUNT.length + 1) : path;
  const store = spec.store || storeName(relative);
  const dbOf = inAccount ? (ctx) => ctx.params.accountId : () => GLOBAL_DB;
  const owned = inAccount ? ownerOf(relative, spec.owner) : () => null;
  const itemParam = relative.includes('{id}') ? 'sub' : 'id';
  const how = { summary: spec.summary || publicDoc, sortKey: spec.sortKey || byCreation };

  /** The documents of this collection (of its owner, when it has one). */
  const docsOf = (ctx) => {
    const owner = owned(ctx);
    const docs = ctx.store.listDocs(dbOf(ctx), store);
    return owner ? docs.filter((doc) => doc.pvt_owner_id === owner.id) : docs;
  };
  const mustGetItem = (ctx) => {
    const owner = owned(ctx);
    const doc = mustGet(ctx, dbOf(ctx), store, ctx.params[itemParam]);
    if (owner && doc.pvt_owner_id !== owner.id) throw errors.badIdentifier(ctx.params[itemParam]);
    return doc;
  };
  const check = (ctx, doc) => prepareAndValidate(spec, doc, spec.validate ? docsOf(ctx) : []);
  const save = (ctx, doc) => ctx.store.putDoc(dbOf(ctx), store, doc, spec.type || store);
  const remove = (ctx, doc) => {
    ctx.store.deleteDoc(dbOf(ctx), store, doc.id);
    if (spec.onDelete) spec.onDelete(ctx, dbOf(ctx), doc);
  };

  const listing = {
    GET: (ctx) => {
      const docs = spec.match ? docsOf(ctx).filter(spec.match(ctx)) : docsOf(ctx);
      const { data, extra } = listDocs(docs, ctx.query, how);
      return ok(data, { extra });
    },
  };
  const item = { GET: (ctx) => docResult(mustGetItem(ctx)) };
  if (spec.readOnly && spec.deletable) {
    item.DELETE = (ctx) => {
      const doc = mustGetItem(ctx);
      remove(ctx, doc);
      return deletedResult(doc);
    };
  }
  if (!spec.readOnly) {
    listing.PUT = (ctx) => {
      const owner = owned(ctx);
      const doc = sanitize(ctx.docData());
      check(ctx, doc);
      if (spec.charges && inAccount) requireCharges(ctx, dbOf(ctx), spec.charges(doc));
      if (owner) doc.pvt_owner_id = owner.id;
      const saved = save(ctx, doc);
      return created(publicDoc(saved), locationOf(ctx, ...filled(ctx, relative), saved.id), { revision: saved._rev });
    };
    item.POST = (ctx) => {
      const previous = mustGetItem(ctx);
      const doc = { ...privateFields(previous), ...sanitize(ctx.docData()), id: previous.id };
      check(ctx, doc);
      return docResult(save(ctx, doc));
    };
    item.PATCH = (ctx) => {
      const doc = deepMerge(mustGetItem(ctx), sanitize(ctx.docData()));
      check(ctx, doc);
      return docResult(save(ctx, doc));
    };
    item.DELETE = (ctx) => {
      const doc = mustGetItem(ctx);
      remove(ctx, doc);
      return deletedResult(doc);
    };
    if (spec.deleteAll) {
      listing.DELETE = (ctx) => ok(docsOf(ctx).map((doc) => {
        remove(ctx, doc);
        return { ...how.summary(doc), _read_only: { deleted: true } };
      }));
    }
    if (spec.patchAll) {
      listing.PATCH = (ctx) => {
        const patch = sanitize(ctx.docData());
        return ok(docsOf(ctx).map((doc) => how.summary(save(ctx, deepMerge(doc, patch)))));
      };
    }
  }
  const auth = inAccount ? 'token' : 'superduper';
  // The listing route carries the collection's schema (GET schemas lists them).
  const schema = { name: store, required: [...(spec.required || [])] };
  return [{ ...defineRoute(path, listing, { auth }), schema }, defineRoute(`${path}/{${itemParam}}`, item, { auth })];
}

/**
 * One document per account (stored in its `config` collection under the resource's name), or per
 * owner document (`qubicle_queues/{id}/recipients`). POST and PATCH also create it: most singletons
 * have no create verb.
 * @param {string} path
 * @param {object} [opts]
 * @param {() => object|null} [opts.initial] what GET answers before anything was stored (null: 404)
 * @param {(ctx, doc, previous) => void} [opts.prepare] fills server-side fields before a save
 */
export function singleton(path, opts = {}) {
  const owned = ownerOf(path, opts.owner);
  const name = storeName(path);
  const where = (ctx) => {
    const owner = owned(ctx);
    return owner ? { collection: name, id: owner.id } : { collection: 'config', id: name };
  };
  const stored = (ctx) => {
    const { collection, id } = where(ctx);
    return ctx.store.getDoc(ctx.params.accountId, collection, id);
  };
  const initial = (ctx) => (opts.initial ? { id: where(ctx).id, ...opts.initial(ctx) } : null);
  const save = (ctx, data, previous) => {
    const { collection, id } = where(ctx);
    const doc = { ...data, id };
    if (opts.prepare) opts.prepare(ctx, doc, previous);
    return ctx.store.putDoc(ctx.params.accountId, collection, doc, name);
  };
  const replace = (ctx) => {
    const previous = stored(ctx);
    return save(ctx, { ...(previous ? privateFields(previous) : {}), ...sanitize(ctx.docData()) }, previous);
  };
  return [defineRoute(`${ACCOUNT}/${path}`, {
    GET: (ctx) => {
      const doc = stored(ctx);
      if (doc) return docResult(doc);
      const fallback = initial(ctx);
      if (!fallback) throw errors.badIdentifier(name);
      return ok(fallback);
    },
    PUT: (ctx) => {
      const saved = replace(ctx);
      return created(publicDoc(saved), locationOf(ctx, ...filled(ctx, path)), { revision: saved._rev });
    },
    POST: (ctx) => docResult(replace(ctx)),
    PATCH: (ctx) => {
      const previous = stored(ctx);
      const base = previous || initial(ctx) || {};
      return docResult(save(ctx, deepMerge(base, sanitize(ctx.docData())), previous));
    },
    DELETE: (ctx) => {
      const doc = stored(ctx);
      if (!doc) throw errors.badIdentifier(name);
      ctx.store.deleteDoc(ctx.params.accountId, where(ctx).collection, doc.id);
      return deletedResult(doc);
    },
  })];
}

/**
 * Documents whose id comes from the URL: `apps_store/{id}`, `qubicle_recipients/{id}`, `ips/{id}`.
 * @param {string} path the item path, ending in `/{id}`
 * @param {object} opts
 * @param {(ctx, id) => object|null} opts.initial the document before anything was stored; null when
 *   the id names nothing (404)
 * @param {string[]} [opts.verbs] default all of GET PUT POST PATCH DELETE
 * @param {(ctx, doc) => void} [opts.prepare] fills server-side fields before a save
 */
export function keyed(path, opts) {
  const store = storeName(path);
  const verbs = opts.verbs || ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];
  const idOf = (ctx) => {
    if (isUnsafeKey(ctx.params.id)) throw errors.badIdentifier(ctx.params.id);
    return ctx.params.id;
  };
  const stored = (ctx) => ctx.store.getDoc(ctx.params.accountId, store, idOf(ctx));
  const base = (ctx) => {
    const doc = stored(ctx);
    if (doc) return doc;
    const fallback = opts.initial(ctx, idOf(ctx));
    if (!fallback) throw errors.badIdentifier(ctx.params.id);
    return { ...fallback, id: ctx.params.id };
  };
  const save = (ctx, data) => {
    const doc = { ...data, id: idOf(ctx) };
    if (opts.prepare) opts.prepare(ctx, doc);
    return ctx.store.putDoc(ctx.params.accountId, store, doc, store);
  };
  const methods = {
    GET: (ctx) => {
      const doc = base(ctx);
      return doc._rev ? docResult(doc) : ok(publicDoc(doc));
    },
    PUT: (ctx) => {
      const saved = save(ctx, { ...base(ctx), ...sanitize(ctx.docData()) });
      return created(publicDoc(saved), locationOf(ctx, ...storeName(path).split('.'), saved.id), { revision: saved._rev });
    },
    POST: (ctx) => docResult(save(ctx, { ...base(ctx), ...sanitize(ctx.docData()) })),
    PATCH: (ctx) => docResult(save(ctx, deepMerge(base(ctx), sanitize(ctx.docData())))),
    DELETE: (ctx) => {
      const doc = stored(ctx);
      if (!doc) throw errors.badIdentifier(ctx.params.id);
      ctx.store.deleteDoc(ctx.params.accountId, store, doc.id);
      return deletedResult(doc);
    },
  };
  return [defineRoute(`${ACCOUNT}/${path}`, Object.fromEntries(verbs.map((verb) => [verb, methods[verb]])))];
}

/**
 * A verb that triggers something (sync a device, verify a number, reset a presence). The owner
 * (when the path holds `:id`) must exist; the answer is `handler`'s data, by default the request's
 * data echoed. PUT answers 201 like every Crossbar PUT.
 */
export function action(verbs, path, { owner, handler, auth, account = true } = {}) {
  const owned = account ? ownerOf(path, owner) : () => null;
  const answer = (ctx) => {
    const doc = owned(ctx);
    const data = handler ? handler(ctx, doc) : echo(ctx);
    return ctx.method === 'PUT' ? created(data, null) : ok(data);
  };
  return [defineRoute(account ? `${ACCOUNT}/${path}` : path, Object.fromEntries(verbs.map((verb) => [verb, answer])), auth ? { auth } : {})];
}

/** The request's data as the answer of an action: an object or an array, `{}` without a body. */
export function echo(ctx) {
  const data = ctx.data();
  if (!isPlainObject(data) && !Array.isArray(data)) {
    throw errors.validation({ data: { type: { message: 'Value is not of type object', value: data } } });
  }
  return sanitize(data);
}

/** A GET computed from the store; `fn(ctx, owner)` returns the data. */
export function view(path, fn, { owner, account = true, auth } = {}) {
  const owned = account ? ownerOf(path, owner) : () => null;
  return [defineRoute(account ? `${ACCOUNT}/${path}` : path, { GET: (ctx) => ok(fn(ctx, owned(ctx))) }, auth ? { auth } : {})];
}

/**
 * What a domain module declares its routes with: `routes` (the module's export) and `route` and
 * the kinds, each appending the routes it defines to `routes`.
 */
export function domainRoutes() {
  const { routes, route } = routeCollector();
  const adding = (kind) => (...args) => {
    const defined = kind(...args);
    routes.push(...defined);
    return defined;
  };
  return {
    routes, route, collection: adding(collection), singleton: adding(singleton), keyed: adding(keyed), action: adding(action), view: adding(view),
  };
}
