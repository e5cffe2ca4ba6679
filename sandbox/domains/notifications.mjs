// Notifications: the classic notify templates and today's notification documents, their
// previews and the SMTP log.

import { created, errors, getPath, ok, own, publicDoc, raw } from '../crossbar.mjs';
import { ACCOUNT, locationOf, preferredType, privateFields, sanitize } from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';
import { GLOBAL_DB } from '../store.mjs';

const { routes, route, collection } = domainRoutes();

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

collection(`${ACCOUNT}/notifications/smtplog`, { readOnly: true });

export default routes;
