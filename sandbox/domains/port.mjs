// Number porting: port requests, their states, attachments, timeline and comments.

import { clone, created, errors, gregorianNow, hasOwn, isPlainObject, isUnsafeKey, ok, raw } from '../crossbar.mjs';
import {
  ACCOUNT, decodeUpload, docResult, isMissingValue, locationOf, mustGet, normaliseNumber, requestedNumbers,
} from '../kit.mjs';
import { documentSpec, domainRoutes, pick, typeError } from '../kinds.mjs';
import { buildFilters } from '../listing.mjs';

const { routes, route, collection } = domainRoutes();

const PORT_REQUESTS_SPEC = documentSpec({
  type: 'port_request',
  required: ['numbers'],
  summary: (doc) => pick(doc, ['name', 'port_state', 'numbers', 'uploads', 'carrier', 'transfer_date']),
  prepare(doc) {
    if (doc.port_state === undefined) doc.port_state = 'unconfirmed';
    return {};
  },
  validate(doc) {
    const found = {};
    if (!isMissingValue(doc.numbers) && !isPlainObject(doc.numbers) && !Array.isArray(doc.numbers)) typeError(found, 'numbers', 'object', doc.numbers);
    return found;
  },
});

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
  const wanted = normaliseNumber(number) || number;
  return numbers.some((candidate) => candidate === number || normaliseNumber(candidate) === wanted);
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
  const summary = PORT_REQUESTS_SPEC.summary;
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
      return ok(docs.map(PORT_REQUESTS_SPEC.summary));
    },
  });
}
// The account's port requests most recently submitted, newest first.
route(`${ACCOUNT}/port_requests/last_submitted`, {
  GET: (ctx) => {
    const submittedAt = (doc) => Math.max(0, ...(doc.pvt_transitions || []).filter((t) => t.to === 'submitted').map((t) => t.timestamp));
    const docs = ctx.store.listDocs(ctx.account.id, 'port_requests').filter((doc) => submittedAt(doc) > 0);
    docs.sort((a, b) => submittedAt(b) - submittedAt(a));
    return ok(docs.map((doc) => ({ ...PORT_REQUESTS_SPEC.summary(doc), submitted: submittedAt(doc) })));
  },
});
// Portability check. The sandbox ports every valid number, from a made-up losing carrier.
route(`${ACCOUNT}/port_requests/lnp_lookup`, {
  POST: (ctx) => {
    const result = {};
    for (const value of requestedNumbers(ctx)) {
      const number = normaliseNumber(value);
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

collection(`${ACCOUNT}/port_requests`, { ...PORT_REQUESTS_SPEC, onDelete: (ctx, db, doc) => ctx.store.deleteBlobs(`${db}/port_requests/${doc.id}/`), match: byNumber });

collection(`${ACCOUNT}/port_requests/{id}/comments`, { deleteAll: true });

export default routes;
