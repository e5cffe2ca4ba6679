// Logging in and tokens: user_auth, shared_auth, pin_auth, token info, SSO callbacks and links,
// impersonation, password recovery, multi-factor QR codes.

import { randomBytes } from 'node:crypto';

import { created, errors, ok, publicDoc } from '../crossbar.mjs';
import {
  ACCOUNT, deletedResult, docResult, findNumber, isMissingValue, loginResult, mustGet, normaliseAccountName, normaliseNumber, sanitize,
} from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';
import { SAMPLE_PNG, SEED } from '../seed.mjs';

const { routes, route } = domainRoutes();

/** The account a login names: by account_name, account_realm or phone_number. */
function loginAccount(ctx, data) {
  const { store } = ctx;
  let field;
  let match;
  if (!isMissingValue(data.account_name)) {
    field = 'account_name';
    const wanted = normaliseAccountName(data.account_name);
    match = store.listAccounts().find((account) => normaliseAccountName(account.name) === wanted);
  } else if (!isMissingValue(data.account_realm)) {
    field = 'account_realm';
    const wanted = String(data.account_realm).toLowerCase();
    match = store.listAccounts().find((account) => String(account.realm).toLowerCase() === wanted);
  } else if (!isMissingValue(data.phone_number)) {
    field = 'phone_number';
    const number = normaliseNumber(data.phone_number);
    const found = number && findNumber(store, number);
    match = found ? store.getAccount(found.accountId) : undefined;
  } else {
    throw errors.required('account_name');
  }
  if (!match) {
    throw errors.validation({
      [field]: { not_found: { message: `The provided ${field.replace('_', ' ')} could not be found`, value: data[field] } },
    });
  }
  return match;
}

function activeUsers(store, accountId) {
  return store.listDocs(accountId, 'users').filter((user) => user.enabled !== false);
}

route('user_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.credentials)) throw errors.required('credentials');
    const account = loginAccount(ctx, data);
    const credentials = String(data.credentials).toLowerCase();
    const user = activeUsers(ctx.store, account.id).find((candidate) => candidate.pvt_md5_auth === credentials);
    if (!user) throw errors.unauthorized();
    return loginResult(ctx, account, user.id, 'cb_user_auth');
  },
}, { auth: 'none' });

route('shared_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.shared_token) || typeof data.shared_token !== 'string') throw errors.required('shared_token');
    if (data.shared_token === SEED.sharedToken) {
      const account = ctx.store.getAccount(SEED.accounts.demo);
      if (!account) throw errors.unauthorized();
      return loginResult(ctx, account, SEED.users.admin, 'cb_shared_auth');
    }
    const session = ctx.store.session(data.shared_token);
    if (!session) throw errors.unauthorized();
    return loginResult(ctx, ctx.store.getAccount(session.accountId), session.ownerId, 'cb_shared_auth');
  },
}, { auth: 'none' });

route('pin_auth', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.pin)) throw errors.required('pin');
    const account = loginAccount(ctx, data);
    const user = activeUsers(ctx.store, account.id).find((candidate) => !isMissingValue(candidate.pin) && String(candidate.pin) === String(data.pin));
    if (!user) throw errors.unauthorized();
    return loginResult(ctx, account, user.id, 'cb_pin_auth');
  },
}, { auth: 'none' });

// ----- tokens, single sign-on, impersonation, recovery, multi-factor --------------------------------------------------------------------------

/** What tokeninfo tells about a valid token. */
function tokenInfo(ctx, token) {
  const session = ctx.store.session(token);
  if (!session) throw errors.unauthorized();
  const account = ctx.store.getAccount(session.accountId);
  return {
    account_id: session.accountId,
    owner_id: session.ownerId,
    account_name: account.name,
    method: session.method,
    exp: Math.floor(session.expiresAt / 1000),
  };
}

// Token-less: the token to inspect travels in the query (GET) or the data (POST).
route('auth/tokeninfo', {
  GET: (ctx) => ok(tokenInfo(ctx, ctx.query.get('token') || '')),
  POST: (ctx) => {
    const { token } = ctx.docData();
    return ok(tokenInfo(ctx, typeof token === 'string' ? token : ''));
  },
}, { auth: 'none' });
// The end of an OAuth/SSO login. The sandbox trusts any provider answer and logs in the demo admin.
route('auth/callback', {
  PUT: (ctx) => {
    ctx.envelope(); // any data, but a JSON body
    const account = ctx.store.getAccount(SEED.accounts.demo);
    if (!account) throw errors.unauthorized();
    return loginResult(ctx, account, SEED.users.admin, 'cb_auth_callback');
  },
}, { auth: 'none' });
// Links between a provider identity (auth_id) and the token's user.
const linkOf = (ctx, db) => {
  const doc = ctx.store.getDoc(db, 'auth.links', ctx.params.id);
  if (!doc) throw errors.badIdentifier(ctx.params.id);
  return doc;
};
route('auth/links/{id}', {
  PUT: (ctx) => {
    const { session } = ctx;
    const saved = ctx.store.putDoc(session.accountId, 'auth.links', {
      ...sanitize(ctx.docData()), id: ctx.params.id, auth_id: ctx.params.id, user_id: session.ownerId, account_id: session.accountId,
    }, 'auth_link');
    return created(publicDoc(saved), `/v2/auth/links/${encodeURIComponent(saved.id)}`, { revision: saved._rev });
  },
  DELETE: (ctx) => {
    const doc = linkOf(ctx, ctx.session.accountId);
    ctx.store.deleteDoc(ctx.session.accountId, 'auth.links', doc.id);
    return deletedResult(doc);
  },
});
route(`${ACCOUNT}/auth/links/{id}`, { GET: (ctx) => docResult(linkOf(ctx, ctx.params.accountId)) });
// Impersonation: a token for another user of an account the caller's token can reach.
route(`${ACCOUNT}/users/{id}/user_auth`, {
  PUT: (ctx) => {
    const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
    return loginResult(ctx, ctx.account, user.id, 'cb_user_auth');
  },
});
// Password recovery (token-less): PUT asks for a reset email, POST {reset_id} completes it. The
// sandbox sends nothing; the reset id of an account's request is SEED.resetId.
route('user_auth/recovery', {
  PUT: (ctx) => {
    const data = ctx.docData();
    if (isMissingValue(data.username)) throw errors.required('username');
    if (isMissingValue(data.account_name)) throw errors.required('account_name');
    const account = ctx.store.listAccounts().find((candidate) => normaliseAccountName(candidate.name) === normaliseAccountName(data.account_name));
    const user = account && ctx.store.listDocs(account.id, 'users').find((candidate) => candidate.username === String(data.username).toLowerCase());
    if (!user) throw errors.validation({ username: { not_found: { message: 'The provided user name could not be found', value: data.username } } });
    return created('Request for password reset handled, email sent', null);
  },
  POST: (ctx) => {
    const { reset_id: resetId } = ctx.docData();
    if (isMissingValue(resetId)) throw errors.required('reset_id');
    if (resetId !== SEED.resetId) throw errors.validation({ reset_id: { not_found: { message: 'Unknown reset id', value: resetId } } });
    return ok('Password reset, new password sent by email');
  },
}, { auth: 'none' });
// The QR code a user scans into an authenticator app (before login: token-less).
const qrcode = () => created({ qrcode: `data:image/png;base64,${SAMPLE_PNG.toString('base64')}`, secret: randomBytes(10).toString('hex').toUpperCase() }, null);
route('multi_factor/qrcode', { PUT: qrcode }, { auth: 'none' });
route('multi_factor/reset_qrcode', { PUT: qrcode }, { auth: 'none' });

export default routes;
