// An account's branding: its whitelabel document, logo, icon and welcome page, and the public
// lookups by domain that run before login.

import { created, deepMerge, errors, ok, publicDoc, raw } from '../crossbar.mjs';
import {
  ACCOUNT, decodeUpload, deletedResult, docResult, isMissingValue, locationOf, mustGet, privateFields, sanitize,
} from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';

const { routes, route } = domainRoutes();

// ----- public whitelabel lookups (no token: used before login) -------------------------------------

const WHITELABEL_BLOBS = ['logo', 'icon', 'welcome'];

function whitelabelByDomain(store, domain) {
  const wanted = String(domain).toLowerCase();
  for (const account of store.listAccounts()) {
    const doc = store.getDoc(account.id, 'config', 'whitelabel');
    if (doc && String(doc.domain || '').toLowerCase() === wanted) return { accountId: account.id, doc };
  }
  return null;
}

route('whitelabel/{domain}', {
  GET: (ctx) => {
    const found = whitelabelByDomain(ctx.store, ctx.params.domain);
    if (!found) throw errors.badIdentifier(ctx.params.domain);
    return docResult(found.doc);
  },
}, { auth: 'none' });

// The logo, the icon (favicon) and the welcome page (HTML) of a domain's whitelabel, as stored
// through accounts/{A}/whitelabel/<name>.
for (const name of WHITELABEL_BLOBS) {
  route(`whitelabel/{domain}/${name}`, {
    GET: (ctx) => {
      const found = whitelabelByDomain(ctx.store, ctx.params.domain);
      const blob = found && ctx.store.getBlob(`${found.accountId}/whitelabel/${name}`);
      if (!blob) throw errors.badIdentifier(ctx.params.domain);
      return raw(blob.data, blob.content_type);
    },
  }, { auth: 'none' });
}

// ----- whitelabel (account side) -----------------------------------------------------------------

function whitelabelDomainOf(ctx) {
  const doc = ctx.store.getDoc(ctx.account.id, 'config', 'whitelabel');
  return (doc && doc.domain) || ctx.account.realm;
}

/** The DNS records a whitelabel domain needs, keyed by type then name. */
function dnsEntries(domain) {
  return {
    A: { [`us-east.${domain}`]: { mapping: ['10.0.0.10'], name: 'Primary Proxy', zone: 'us-east' } },
    CNAME: {
      [`api.${domain}`]: { mapping: ['api.sandbox.local'], name: 'API' },
      [`portal.${domain}`]: { mapping: ['ui.sandbox.local'], name: 'Web GUI' },
    },
    MX: {},
    NAPTR: { [`proxy-east.${domain}`]: { mapping: [`10 100 "S" "SIP+D2U" "" _sip._udp.proxy-east.${domain}.`], name: 'East NAPTR' } },
    SRV: { [`_sip._udp.proxy-east.${domain}`]: { mapping: [`10 10 7000 us-east.${domain}.`], name: 'East SRV' } },
    TXT: {},
  };
}

function validateWhitelabel(ctx, doc) {
  if (isMissingValue(doc.domain)) return;
  const found = whitelabelByDomain(ctx.store, doc.domain);
  if (found && found.accountId !== ctx.account.id) {
    throw errors.validation({ domain: { unique: { message: 'Domain is already in use', value: doc.domain } } });
  }
}

route(`${ACCOUNT}/whitelabel`, {
  GET: (ctx) => docResult(mustGet(ctx, ctx.account.id, 'config', 'whitelabel')),
  PUT: (ctx) => {
    const doc = { ...sanitize(ctx.docData()), id: 'whitelabel' };
    validateWhitelabel(ctx, doc);
    const saved = ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel');
    return created(publicDoc(saved), locationOf(ctx, 'whitelabel'), { revision: saved._rev });
  },
  POST: (ctx) => {
    const previous = mustGet(ctx, ctx.account.id, 'config', 'whitelabel');
    const doc = { ...privateFields(previous), ...sanitize(ctx.docData()), id: 'whitelabel' };
    validateWhitelabel(ctx, doc);
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel'));
  },
  PATCH: (ctx) => {
    const doc = deepMerge(mustGet(ctx, ctx.account.id, 'config', 'whitelabel'), sanitize(ctx.docData()));
    validateWhitelabel(ctx, doc);
    return docResult(ctx.store.putDoc(ctx.account.id, 'config', doc, 'whitelabel'));
  },
  DELETE: (ctx) => {
    const doc = mustGet(ctx, ctx.account.id, 'config', 'whitelabel');
    ctx.store.deleteDoc(ctx.account.id, 'config', 'whitelabel');
    ctx.store.deleteBlobs(`${ctx.account.id}/whitelabel/`);
    return deletedResult(doc);
  },
});
// logo and icon: images, uploaded raw or as a base64 data URI (application/x-base64); welcome: the
// HTML of the login page. Each is served back with the type it was stored with.
for (const [name, fallbackType] of [['logo', 'image/png'], ['icon', 'image/png'], ['welcome', 'text/html']]) {
  route(`${ACCOUNT}/whitelabel/${name}`, {
    GET: (ctx) => {
      const blob = ctx.store.getBlob(`${ctx.account.id}/whitelabel/${name}`);
      if (!blob) throw errors.badIdentifier(name);
      return raw(blob.data, blob.content_type);
    },
    POST: (ctx) => {
      const { contentType, data } = decodeUpload(ctx, fallbackType);
      ctx.store.putBlob(`${ctx.account.id}/whitelabel/${name}`, contentType, data);
      return ok({ content_type: contentType, length: data.length });
    },
  });
}
route(`${ACCOUNT}/whitelabel/domains`, {
  GET: (ctx) => ok(dnsEntries(ctx.query.get('domain') || whitelabelDomainOf(ctx))),
  // Checks the records against DNS. The sandbox resolves nothing: every record reports false.
  POST: (ctx) => {
    const domain = ctx.query.get('domain');
    if (isMissingValue(domain)) throw errors.required('domain');
    const checked = {};
    for (const [type, records] of Object.entries(dnsEntries(domain))) {
      checked[type] = Object.fromEntries(Object.keys(records).map((name) => [name, false]));
    }
    return ok(checked);
  },
});

export default routes;
