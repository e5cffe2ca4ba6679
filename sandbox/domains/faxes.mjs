// Faxes: the inbox and outbox (multipart uploads), fax boxes and the fax SMTP log.

import { CrossbarError, created, deepMerge, errors, isPlainObject, ok, parseJson, publicDoc, raw } from '../crossbar.mjs';
import { ACCOUNT, deletedResult, docResult, isMissingValue, locationOf, mustGet, sanitize } from '../kit.mjs';
import { byName, domainRoutes } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';
import { MultipartError, boundaryOf, parseMultipart } from '../multipart.mjs';

const { routes, route, collection } = domainRoutes();

//
// PUT accounts/{A}/faxes sends a fax: a JSON envelope (the document only), or multipart/mixed with
// an application/json part (the document, or an envelope holding it in `data`) and one other part,
// the document to fax (its bytes and Content-Type kept). Sent faxes wait in the outbox; received
// ones are in the inbox (seeded). Each fax's file is served at .../{id}/attachment.

const FAX_FOLDERS = ['inbox', 'outbox'];
const faxStore = (folder) => `faxes.${folder}`;
const faxFileKey = (accountId, folder, id) => `${accountId}/faxes/${folder}/${id}/attachment`;

function multipartError(reason) {
  return new CrossbarError(400, 'parse_error', { message: `malformed multipart body: ${reason}` });
}

/** The fax document and its file, from a multipart/mixed body. */
function faxFromMultipart(ctx) {
  const boundary = boundaryOf(ctx.req.headers['content-type']);
  if (!boundary) throw multipartError('the Content-Type has no boundary parameter');
  let parts;
  try {
    parts = parseMultipart(ctx.body, boundary);
  } catch (error) {
    if (error instanceof MultipartError) throw multipartError(error.message);
    throw error;
  }
  // RFC 2046: a part without Content-Type is text/plain.
  const typeOf = (part) => String(part.headers['content-type'] || 'text/plain').split(';')[0].trim().toLowerCase();
  const jsonParts = parts.filter((part) => typeOf(part) === 'application/json');
  if (jsonParts.length !== 1) throw multipartError(`expected one application/json part (the fax document), found ${jsonParts.length}`);
  const files = parts.filter((part) => part !== jsonParts[0]);
  if (files.length > 1) throw multipartError(`expected at most one file part, found ${files.length}`);
  let parsed;
  try {
    parsed = parseJson(jsonParts[0].body.toString('utf8'));
  } catch (error) {
    throw multipartError(`the application/json part is not valid JSON (${error.data.message})`);
  }
  const doc = isPlainObject(parsed) && isPlainObject(parsed.data) ? parsed.data : parsed;
  if (!isPlainObject(doc)) throw multipartError('the application/json part is not an object');
  const file = files[0] ? { contentType: files[0].headers['content-type'] || 'text/plain', data: files[0].body } : null;
  return { doc, file };
}

route(`${ACCOUNT}/faxes`, {
  PUT: (ctx) => {
    const { doc, file } = ctx.contentType.startsWith('multipart/') ? faxFromMultipart(ctx) : { doc: ctx.docData(), file: null };
    const data = sanitize(doc);
    if (isMissingValue(data.to_number)) throw errors.required('to_number');
    if (file) data.document = { ...(isPlainObject(data.document) ? data.document : {}), content_type: file.contentType, length: file.data.length };
    const saved = ctx.store.putDoc(ctx.params.accountId, faxStore('outbox'), { ...data, folder: 'outbox', status: 'pending', retries: 0 }, 'fax');
    if (file) ctx.store.putBlob(faxFileKey(ctx.params.accountId, 'outbox', saved.id), file.contentType, file.data);
    return created(publicDoc(saved), locationOf(ctx, 'faxes', 'outbox', saved.id), { revision: saved._rev });
  },
});
for (const folder of FAX_FOLDERS) {
  const mustGetFax = (ctx) => mustGet(ctx, ctx.params.accountId, faxStore(folder), ctx.params.id);
  route(`${ACCOUNT}/faxes/${folder}`, {
    GET: (ctx) => {
      const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, faxStore(folder)), ctx.query, {
        summary: publicDoc, sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
      });
      return ok(data, { extra });
    },
  });
  route(`${ACCOUNT}/faxes/${folder}/{id}`, {
    GET: (ctx) => docResult(mustGetFax(ctx)),
    // Updates the fax; in the outbox that also queues it again (Kazoo's resubmit).
    PUT: (ctx) => {
      const previous = mustGetFax(ctx);
      const next = deepMerge(previous, sanitize(ctx.docData()));
      if (folder === 'outbox') Object.assign(next, { status: 'pending', retries: 0 });
      return docResult(ctx.store.putDoc(ctx.params.accountId, faxStore(folder), next, 'fax'));
    },
    DELETE: (ctx) => {
      const doc = mustGetFax(ctx);
      ctx.store.deleteDoc(ctx.params.accountId, faxStore(folder), doc.id);
      ctx.store.deleteBlob(faxFileKey(ctx.params.accountId, folder, doc.id));
      return deletedResult(doc);
    },
  });
  route(`${ACCOUNT}/faxes/${folder}/{id}/attachment`, {
    GET: (ctx) => {
      const doc = mustGetFax(ctx);
      const blob = ctx.store.getBlob(faxFileKey(ctx.params.accountId, folder, doc.id));
      if (!blob) throw errors.badIdentifier(`${doc.id}/attachment`);
      return raw(blob.data, blob.content_type);
    },
  });
}

collection(`${ACCOUNT}/faxboxes`, { sortKey: byName });

collection(`${ACCOUNT}/faxes/smtplog`, { readOnly: true });

export default routes;
