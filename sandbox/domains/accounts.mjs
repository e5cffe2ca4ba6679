// Accounts: the account document, its children and descendants, its tree, reseller status,
// configs, storage and alerts.

import { clone, created, deepMerge, errors, ok, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, deletedResult, docResult, isMissingValue, normaliseAccountName, privateFields, sanitize } from '../kit.mjs';
import { domainRoutes, requiredErrors } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';
import { newId } from '../store.mjs';

const { routes, route, collection, singleton, keyed, view } = domainRoutes();

function validateAccount(store, doc, selfId) {
  const found = requiredErrors(doc, ['name']);
  if (!found.name && typeof doc.name !== 'string') found.name = { type: { message: 'Value is not of type string', value: doc.name } };
  if (!found.name) {
    const wanted = normaliseAccountName(doc.name);
    if (store.listAccounts().some((account) => account.id !== selfId && normaliseAccountName(account.name) === wanted)) {
      found.name = { unique: { message: 'Account name is already in use', value: doc.name } };
    }
  }
  if (!isMissingValue(doc.realm)) {
    const realm = String(doc.realm).toLowerCase();
    if (store.listAccounts().some((account) => account.id !== selfId && String(account.realm).toLowerCase() === realm)) {
      found.realm = { unique: { message: 'Realm is already in use', value: doc.realm } };
    }
  }
  if (Object.keys(found).length) throw errors.validation(found);
}

const accountSummary = (account) => ({ id: account.id, name: account.name, realm: account.realm, tree: clone(account.pvt_tree || []) });

route(ACCOUNT, {
  GET: (ctx) => docResult(ctx.account),
  // Creates a child of :account.
  PUT: (ctx) => {
    const { store } = ctx;
    const parent = ctx.account;
    const id = newId();
    const doc = { ...sanitize(ctx.docData()), id };
    validateAccount(store, doc, id);
    if (isMissingValue(doc.realm)) {
      const slug = normaliseAccountName(doc.name) || id.slice(0, 8);
      const taken = (realm) => store.listAccounts().some((account) => account.realm === realm);
      doc.realm = taken(`${slug}.sandbox.local`) ? `${slug}-${id.slice(0, 6)}.sandbox.local` : `${slug}.sandbox.local`;
    }
    if (doc.is_reseller === undefined) doc.is_reseller = false;
    if (doc.language === undefined) doc.language = 'en-us';
    Object.assign(doc, {
      pvt_tree: [...(parent.pvt_tree || []), parent.id],
      pvt_billed: Boolean(parent.pvt_billed),
      pvt_balance: 0,
      pvt_service_plans: [],
    });
    const saved = store.putAccount(doc);
    return created(publicDoc(saved), `/v2/accounts/${saved.id}`, { revision: saved._rev });
  },
  POST: (ctx) => {
    const doc = { ...privateFields(ctx.account), ...sanitize(ctx.docData()), id: ctx.account.id };
    validateAccount(ctx.store, doc, doc.id);
    if (isMissingValue(doc.realm)) doc.realm = ctx.account.realm;
    return docResult(ctx.store.putAccount(doc));
  },
  PATCH: (ctx) => {
    const doc = deepMerge(ctx.account, sanitize(ctx.docData()));
    validateAccount(ctx.store, doc, doc.id);
    if (isMissingValue(doc.realm)) doc.realm = ctx.account.realm;
    return docResult(ctx.store.putAccount(doc));
  },
  DELETE: (ctx) => {
    const account = ctx.account;
    if (account.id === ctx.session.accountId) throw errors.forbidden();
    if (ctx.store.descendants(account.id).length) {
      throw errors.validation({ account_id: { has_descendants: { message: 'Account has descendants and will not be deleted', value: account.id } } });
    }
    ctx.store.deleteAccount(account.id);
    return deletedResult(account);
  },
});

route(`${ACCOUNT}/descendants`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.descendants(ctx.account.id), ctx.query, { summary: accountSummary });
    return ok(data, { extra });
  },
});
route(`${ACCOUNT}/children`, {
  GET: (ctx) => {
    const { data, extra } = listDocs(ctx.store.children(ctx.account.id), ctx.query, { summary: accountSummary });
    return ok(data, { extra });
  },
});

view('tree', (ctx) => ctx.store.ancestors(ctx.params.accountId).map((id) => {
  const account = ctx.store.getAccount(id);
  return { id, name: account ? account.name : undefined };
}));

const setReseller = (isReseller) => (ctx) => {
  const saved = ctx.store.putAccount({ ...ctx.account, is_reseller: isReseller });
  const data = publicDoc(saved);
  return isReseller ? created(data, null, { revision: saved._rev }) : ok(data, { revision: saved._rev });
};
route(`${ACCOUNT}/reseller`, { PUT: setReseller(true), DELETE: setReseller(false) });

keyed('configs/{id}', { initial: (ctx, id) => (/^[\w.-]+$/.test(id) ? {} : null) });
view('contact_list', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .filter((user) => !isMissingValue(user.presence_id))
  .map((user) => ({ name: `${user.first_name} ${user.last_name}`.trim(), number: user.presence_id, user_id: user.id })));
view('dialplans', () => ({
  dial_plan: {
    '^(\\d{7})$': { prefix: '+1415', description: 'US 7 digits' },
    '^(\\d{10})$': { prefix: '+1', description: 'US 10 digits' },
    '^011(\\d*)$': { prefix: '+', description: 'International' },
  },
}));
for (const os of ['linux', 'mac', 'windows']) {
  view(`desktop/${os}`, () => ({ os, version: '1.0.0', url: `https://downloads.sandbox.local/desktop/kazoo-desktop-${os}-1.0.0.zip` }));
}

collection(`${ACCOUNT}/alerts`, { readOnly: true });
singleton('storage', {});

export default routes;
