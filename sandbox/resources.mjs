// Generic resource kinds for the endpoints of today's Monster-UI apps (modern.mjs): most of them are
// plain documents that only need storing and listing, so one declaration registers all their verbs.
// Paths are relative to `accounts/:account/`. A `:id` inside a path names an OWNER document (its
// collection is the path's first segment, or `owner`): it must exist (404 otherwise) and the
// sub-resource's documents are scoped to it.
//
//   collection(path)  PUT path (server id, 201) | GET path (list: filters, paging) |
//                     GET/POST/PATCH/DELETE path/:id (or path/:sub under an owner)
//   singleton(path)   one document per account (or per owner): GET/PUT/POST/PATCH/DELETE path
//   keyed(path/:id)   documents whose id is chosen by the URL (apps, recipients, IPs): GET/PUT/POST/PATCH/DELETE
//   action(verbs, path)  a verb that does something and answers a success envelope
//   view(path, fn)    a GET computed from the store

import { created, deepMerge, errors, isPlainObject, isUnsafeKey, ok, publicDoc } from './crossbar.mjs';
import {
  ACCOUNT, deletedResult, docResult, locationOf, mustGet, privateFields, route, sanitize,
} from './kit.mjs';
import { requiredErrors } from './collections.mjs';
import { listDocs } from './listing.mjs';

/** Store collection of a resource path: `crm_integration/mappings` -> 'crm_integration.mappings'. */
export function storeName(path) {
  return path.split('/').filter((part) => !part.startsWith(':')).join('.');
}

export const byCreation = (doc) => String(doc.pvt_created).padStart(12, '0');
export const byName = (doc) => String(doc.name === undefined ? '' : doc.name).toLowerCase();

/**
 * The owner check for paths holding `:id`: returns (ctx) => the owner doc (404 when missing), or null
 * for paths without one. `owner` is the owner's collection (default: the path's first segment) or
 * a function (ctx) => doc that throws itself when the owner does not exist.
 */
function ownerOf(path, owner) {
  if (!path.split('/').includes(':id')) return () => null;
  if (typeof owner === 'function') return owner;
  const collection = owner || path.split('/')[0];
  return (ctx) => mustGet(ctx, ctx.params.account, collection, ctx.params.id);
}

function validate(required, doc) {
  const found = requiredErrors(doc, required);
  if (Object.keys(found).length) throw errors.validation(found);
}

/** 400 unless data is an object: every stored document is one. */
const docData = (ctx) => ctx.docData();

/**
 * @param {string} path e.g. 'webhooks' or 'port_requests/:id/comments'
 * @param {object} [opts]
 * @param {string[]} [opts.required] fields a created/updated doc must hold
 * @param {boolean} [opts.readOnly] only GET (documents written by the platform: logs, attempts)
 * @param {boolean} [opts.deletable] with readOnly: DELETE of one document too (recordings)
 * @param {boolean} [opts.deleteAll] DELETE on the list removes every document (of the owner)
 * @param {boolean} [opts.patchAll] PATCH on the list merges data into every document
 * @param {(doc) => string} [opts.sortKey] listing order (default: by creation)
 * @param {(doc) => object} [opts.summary] listing entry (default: the whole public doc)
 * @param {(doc, query) => boolean} [opts.match] extra listing filter from the query string
 * @param {string} [opts.store] store collection (default storeName(path))
 * @param {string} [opts.owner] collection of the `:id` owner (default: the first segment)
 */
export function collection(path, opts = {}) {
  const store = opts.store || storeName(path);
  const owned = ownerOf(path, opts.owner);
  const itemParam = path.includes(':id') ? 'sub' : 'id';
  const how = { summary: opts.summary || publicDoc, sortKey: opts.sortKey || byCreation };
  const required = opts.required || [];

  /** The documents of this collection (of its owner, when it has one). */
  const docsOf = (ctx) => {
    const owner = owned(ctx);
    const docs = ctx.store.listDocs(ctx.params.account, store);
    return owner ? docs.filter((doc) => doc.pvt_owner_id === owner.id) : docs;
  };
  const mustGetItem = (ctx) => {
    const owner = owned(ctx);
    const doc = mustGet(ctx, ctx.params.account, store, ctx.params[itemParam]);
    if (owner && doc.pvt_owner_id !== owner.id) throw errors.badIdentifier(ctx.params[itemParam]);
    return doc;
  };
  const save = (ctx, doc) => ctx.store.putDoc(ctx.params.account, store, doc, store);

  const listing = {
    GET: (ctx) => {
      const docs = docsOf(ctx).filter((doc) => !opts.match || opts.match(doc, ctx.query));
      const { data, extra } = listDocs(docs, ctx.query, how);
      return ok(data, { extra });
    },
  };
  const item = { GET: (ctx) => docResult(mustGetItem(ctx)) };
  if (opts.readOnly && opts.deletable) {
    item.DELETE = (ctx) => {
      const doc = mustGetItem(ctx);
      ctx.store.deleteDoc(ctx.params.account, store, doc.id);
      return deletedResult(doc);
    };
  }
  if (!opts.readOnly) {
    listing.PUT = (ctx) => {
      const owner = owned(ctx);
      const doc = sanitize(docData(ctx));
      validate(required, doc);
      if (owner) doc.pvt_owner_id = owner.id;
      const saved = save(ctx, doc);
      const where = path.split('/').map((part) => (part === ':id' ? owner.id : part));
      return created(publicDoc(saved), locationOf(ctx, ...where, saved.id), { revision: saved._rev });
    };
    item.POST = (ctx) => {
      const previous = mustGetItem(ctx);
      const doc = { ...privateFields(previous), ...sanitize(docData(ctx)), id: previous.id };
      validate(required, doc);
      return docResult(save(ctx, doc));
    };
    item.PATCH = (ctx) => {
      const doc = deepMerge(mustGetItem(ctx), sanitize(docData(ctx)));
      validate(required, doc);
      return docResult(save(ctx, doc));
    };
    item.DELETE = (ctx) => {
      const doc = mustGetItem(ctx);
      ctx.store.deleteDoc(ctx.params.account, store, doc.id);
      return deletedResult(doc);
    };
    if (opts.deleteAll) {
      listing.DELETE = (ctx) => ok(docsOf(ctx).map((doc) => {
        ctx.store.deleteDoc(ctx.params.account, store, doc.id);
        return { ...how.summary(doc), _read_only: { deleted: true } };
      }));
    }
    if (opts.patchAll) {
      listing.PATCH = (ctx) => {
        const patch = sanitize(docData(ctx));
        return ok(docsOf(ctx).map((doc) => how.summary(save(ctx, deepMerge(doc, patch)))));
      };
    }
  }
  route(`${ACCOUNT}/${path}`, listing);
  route(`${ACCOUNT}/${path}/:${itemParam}`, item);
}

/**
 * One document per account (stored in its `config` collection under the resource's name), or per
 * owner document (`qubicle_queues/:id/recipients`). POST and PATCH also create it: most singletons
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
    return ctx.store.getDoc(ctx.params.account, collection, id);
  };
  const initial = (ctx) => (opts.initial ? { id: where(ctx).id, ...opts.initial(ctx) } : null);
  const save = (ctx, data, previous) => {
    const { collection, id } = where(ctx);
    const doc = { ...data, id };
    if (opts.prepare) opts.prepare(ctx, doc, previous);
    return ctx.store.putDoc(ctx.params.account, collection, doc, name);
  };
  const replace = (ctx) => {
    const previous = stored(ctx);
    return save(ctx, { ...(previous ? privateFields(previous) : {}), ...sanitize(docData(ctx)) }, previous);
  };
  route(`${ACCOUNT}/${path}`, {
    GET: (ctx) => {
      const doc = stored(ctx);
      if (doc) return docResult(doc);
      const fallback = initial(ctx);
      if (!fallback) throw errors.badIdentifier(name);
      return ok(fallback);
    },
    PUT: (ctx) => {
      const saved = replace(ctx);
      return created(publicDoc(saved), locationOf(ctx, ...path.split('/').map((part) => (part === ':id' ? ctx.params.id : part))), { revision: saved._rev });
    },
    POST: (ctx) => docResult(replace(ctx)),
    PATCH: (ctx) => {
      const previous = stored(ctx);
      const base = previous || initial(ctx) || {};
      return docResult(save(ctx, deepMerge(base, sanitize(docData(ctx))), previous));
    },
    DELETE: (ctx) => {
      const doc = stored(ctx);
      if (!doc) throw errors.badIdentifier(name);
      ctx.store.deleteDoc(ctx.params.account, where(ctx).collection, doc.id);
      return deletedResult(doc);
    },
  });
}

/**
 * Documents whose id comes from the URL: `apps_store/:id`, `qubicle_recipients/:id`, `ips/:id`.
 * @param {string} path the item path, ending in `/:id`
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
  const stored = (ctx) => ctx.store.getDoc(ctx.params.account, store, idOf(ctx));
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
    return ctx.store.putDoc(ctx.params.account, store, doc, store);
  };
  const methods = {
    GET: (ctx) => {
      const doc = base(ctx);
      return doc._rev ? docResult(doc) : ok(publicDoc(doc));
    },
    PUT: (ctx) => {
      const saved = save(ctx, { ...base(ctx), ...sanitize(docData(ctx)) });
      return created(publicDoc(saved), locationOf(ctx, ...storeName(path).split('.'), saved.id), { revision: saved._rev });
    },
    POST: (ctx) => docResult(save(ctx, { ...base(ctx), ...sanitize(docData(ctx)) })),
    PATCH: (ctx) => docResult(save(ctx, deepMerge(base(ctx), sanitize(docData(ctx))))),
    DELETE: (ctx) => {
      const doc = stored(ctx);
      if (!doc) throw errors.badIdentifier(ctx.params.id);
      ctx.store.deleteDoc(ctx.params.account, store, doc.id);
      return deletedResult(doc);
    },
  };
  route(`${ACCOUNT}/${path}`, Object.fromEntries(verbs.map((verb) => [verb, methods[verb]])));
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
  route(account ? `${ACCOUNT}/${path}` : path, Object.fromEntries(verbs.map((verb) => [verb, answer])), auth ? { auth } : {});
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
  route(account ? `${ACCOUNT}/${path}` : path, { GET: (ctx) => ok(fn(ctx, owned(ctx))) }, auth ? { auth } : {});
}
