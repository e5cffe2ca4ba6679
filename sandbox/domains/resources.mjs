// Carriers: global resources (master account only) and an account's own, their templates, bulk
// edits and number import jobs; trunks (connectivity).

import { created, deepMerge, errors, gregorianNow, isPlainObject, ok, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, docResult, findNumber, locationOf, mustGet, normaliseNumber, requestedNumbers, sanitize } from '../kit.mjs';
import { documentSpec, domainRoutes, pick, prepareAndValidate } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';
import { GLOBAL_DB, newId } from '../store.mjs';

const { routes, route, collection } = domainRoutes();

const CONNECTIVITY_SPEC = documentSpec({ type: 'sys_info', summary: (doc) => pick(doc, ['name', 'account']) });

const RESOURCE_TEMPLATES_SPEC = documentSpec({ type: 'resource_template' });

const RESOURCES_SPEC = documentSpec({ type: 'resource', summary: (doc) => pick(doc, ['name', 'enabled', 'weight_cost', 'flags']) });

const accountDb = (ctx) => ctx.params.accountId;
const globalDb = () => GLOBAL_DB;

// ----- global resources (master account only) -------------------------------------------------------

function resourceExtras(prefix, dbOf) {
  const auth = dbOf === globalDb ? 'superduper' : 'token';
  // PUT creates several resources, POST updates several (each element carries its id).
  const collectionOp = (ctx, mode) => {
    const db = dbOf(ctx);
    const list = ctx.data();
    if (!Array.isArray(list)) throw errors.validation({ data: { type: { message: 'Value is not of type array', value: list } } });
    const spec = RESOURCES_SPEC;
    const success = {};
    const failures = {};
    list.forEach((item, index) => {
      if (!isPlainObject(item)) {
        failures[String(index)] = { message: 'Value is not of type object' };
        return;
      }
      const id = mode === 'create' ? newId() : String(item.id || '');
      try {
        const previous = mode === 'update' ? ctx.store.getDoc(db, 'resources', id) : null;
        if (mode === 'update' && !previous) throw errors.badIdentifier(id || String(index));
        const doc = previous ? deepMerge(previous, sanitize(item)) : { ...sanitize(item), id };
        prepareAndValidate(spec, doc, ctx.store.listDocs(db, 'resources'));
        success[id] = publicDoc(ctx.store.putDoc(db, 'resources', doc, spec.type));
      } catch (error) {
        failures[id || String(index)] = { error: String(error.status || 500), message: error.code || error.message, data: error.data };
      }
    });
    return { success, errors: failures };
  };
  route(`${prefix}resources/collection`, {
    PUT: (ctx) => created(collectionOp(ctx, 'create'), null),
    POST: (ctx) => ok(collectionOp(ctx, 'update')),
  }, { auth });
  route(`${prefix}resources/jobs`, {
    GET: (ctx) => {
      const { data, extra } = listDocs(ctx.store.listDocs(dbOf(ctx), 'resource_jobs'), ctx.query, {
        summary: (doc) => ({ id: doc.id, status: doc.status, resource_id: doc.resource_id, timestamp: doc.pvt_created }),
        sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
      });
      return ok(data, { extra });
    },
    // A numbers import job. The sandbox runs it at once: each valid number not owned elsewhere succeeds.
    PUT: (ctx) => {
      const db = dbOf(ctx);
      const data = ctx.docData();
      const success = {};
      const failures = {};
      for (const value of requestedNumbers(ctx)) {
        const number = normaliseNumber(value);
        if (!number) failures[String(value)] = { reason: 'invalid number' };
        else if (findNumber(ctx.store, number)) failures[number] = { reason: 'number already exists' };
        else success[number] = { state: 'available' };
      }
      const now = new Date();
      const id = `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}-${newId()}`;
      const job = ctx.store.putDoc(db, 'resource_jobs', {
        ...sanitize(data), id, status: 'complete', success, errors: failures, timestamp: gregorianNow(),
      }, 'resource_job');
      return created(publicDoc(job), locationOf(ctx, 'resources', 'jobs', id), { revision: job._rev });
    },
  }, { auth });
  route(`${prefix}resources/jobs/{id}`, {
    GET: (ctx) => docResult(mustGet(ctx, dbOf(ctx), 'resource_jobs', ctx.params.id)),
  }, { auth });
}

resourceExtras('', globalDb);
collection('resources', RESOURCES_SPEC);
resourceExtras(`${ACCOUNT}/`, accountDb);

collection(`${ACCOUNT}/resources`, RESOURCES_SPEC);

collection(`${ACCOUNT}/resource_templates`, RESOURCE_TEMPLATES_SPEC);

collection(`${ACCOUNT}/connectivity`, CONNECTIVITY_SPEC);

export default routes;
