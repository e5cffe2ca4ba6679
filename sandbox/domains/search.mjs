// Search: accounts by name, realm or id; callflows by number or name.

import { clone, errors, own } from '../crossbar.mjs';
import { isMissingValue, normaliseAccountName } from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';

const { routes, view } = domainRoutes();

function requireQuery(ctx, name) {
  const value = ctx.query.get(name);
  if (isMissingValue(value)) throw errors.required(name);
  return value;
}

/** Accounts the token sees (its own and its descendants). */
function visibleAccounts(ctx) {
  const root = ctx.store.getAccount(ctx.session.accountId);
  return [root, ...ctx.store.descendants(root.id)];
}

const ACCOUNT_SEARCHES = {
  name: (account, value) => normaliseAccountName(account.name).startsWith(normaliseAccountName(value)),
  realm: (account, value) => String(account.realm || '').toLowerCase().startsWith(value.toLowerCase()),
  id: (account, value) => account.id.startsWith(value.toLowerCase()),
};
const accountHit = (account) => ({ id: account.id, name: account.name, realm: account.realm });

function searchType(ctx, allowed) {
  const type = requireQuery(ctx, 't');
  if (!allowed.includes(type)) throw errors.validation({ t: { enum: { message: `Value not one of ${allowed.join(', ')}`, value: type } } });
  return type;
}

// search?t=account&q=name|realm|id&v=<prefix>
view('search', (ctx) => {
  searchType(ctx, ['account']);
  const by = requireQuery(ctx, 'q');
  const test = own(ACCOUNT_SEARCHES, by);
  if (!test) throw errors.validation({ q: { enum: { message: `Value not one of ${Object.keys(ACCOUNT_SEARCHES).join(', ')}`, value: by } } });
  const value = requireQuery(ctx, 'v');
  return visibleAccounts(ctx).filter((account) => test(account, value)).map(accountHit);
}, { account: false });
// search/multi?t=account&by_name=x&by_realm=y&by_id=z: one result list per criterion given.
view('search/multi', (ctx) => {
  searchType(ctx, ['account']);
  const results = {};
  for (const by of Object.keys(ACCOUNT_SEARCHES)) {
    const value = ctx.query.get(`by_${by}`);
    if (!isMissingValue(value)) results[`by_${by}`] = visibleAccounts(ctx).filter((account) => ACCOUNT_SEARCHES[by](account, value)).map(accountHit);
  }
  if (!Object.keys(results).length) throw errors.required('by_name');
  return results;
}, { account: false });
// accounts/{A}/search?t=callflow&q=number|name|name_and_number&v=<prefix>
view('search', (ctx) => {
  searchType(ctx, ['callflow']);
  const by = requireQuery(ctx, 'q');
  const value = requireQuery(ctx, 'v').toLowerCase();
  const byNumber = (doc) => (Array.isArray(doc.numbers) ? doc.numbers : []).some((number) => String(number).toLowerCase().startsWith(value));
  const byFlowName = (doc) => String(doc.name || '').toLowerCase().startsWith(value);
  const tests = { number: byNumber, name: byFlowName, name_and_number: (doc) => byNumber(doc) || byFlowName(doc) };
  const test = own(tests, by);
  if (!test) throw errors.validation({ q: { enum: { message: `Value not one of ${Object.keys(tests).join(', ')}`, value: by } } });
  return ctx.store.listDocs(ctx.params.accountId, 'callflows').filter(test)
    .map((doc) => ({ id: doc.id, name: doc.name, numbers: clone(doc.numbers || []) }));
});

export default routes;
