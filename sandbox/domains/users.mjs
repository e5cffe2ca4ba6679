// Users: documents, quickcall, their devices and hotdesks, chat status, presence; groups.

import { clone, deepMerge, isPlainObject, md5, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, isMissingValue, sanitize } from '../kit.mjs';
import { REQUIRED_MESSAGE, documentSpec, domainRoutes, echo, pick } from '../kinds.mjs';
import { quickcall } from './devices.mjs';

const { routes, route, collection, keyed, action, view } = domainRoutes();

const GROUPS_SPEC = documentSpec({
  type: 'group',
  summary: (doc) => ({ ...pick(doc, ['name', 'features']), endpoints: isPlainObject(doc.endpoints) ? Object.keys(doc.endpoints).length : 0 }),
});

const USERS_SPEC = documentSpec({
  type: 'user',
  required: ['first_name', 'last_name'],
  summary: (doc) => pick(doc, ['first_name', 'last_name', 'username', 'email', 'priv_level', 'presence_id', 'features', 'enabled']),
  sortKey: (doc) => `${doc.last_name || ''} ${doc.first_name || ''}`.toLowerCase(),
  /** Kazoo keeps md5("username:password") and never stores the password itself. */
  prepare(doc) {
    if (typeof doc.username === 'string') doc.username = doc.username.toLowerCase();
    if (!isMissingValue(doc.password)) {
      if (isMissingValue(doc.username)) return { username: { required: { message: REQUIRED_MESSAGE } } };
      doc.pvt_md5_auth = md5(`${doc.username}:${doc.password}`);
    }
    delete doc.password;
    if (doc.enabled === undefined) doc.enabled = true;
    if (doc.priv_level === undefined) doc.priv_level = 'user';
    return {};
  },
  validate(doc, siblings) {
    const found = {};
    if (!isMissingValue(doc.username) && siblings.some((other) => other.username === doc.username)) {
      found.username = { unique: { message: 'Username is already in use', value: doc.username } };
    }
    return found;
  },
});

collection(`${ACCOUNT}/users`, USERS_SPEC);

route(`${ACCOUNT}/users/{id}/quickcall/{number}`, { GET: quickcall('user') });

view('users/getstream', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .filter((user) => user.getstream)
  .map((user) => ({ id: user.id, first_name: user.first_name, last_name: user.last_name, getstream: clone(user.getstream) })));
// The chat status lives on the user doc.
action(['PATCH'], 'users/{id}/getstream', {
  handler: (ctx, user) => {
    const saved = ctx.store.putDoc(ctx.params.accountId, 'users', { ...user, getstream: deepMerge(user.getstream || {}, sanitize(ctx.docData())) }, 'user');
    return clone(saved.getstream);
  },
});
view('users/{id}/devices', (ctx, user) => ctx.store.listDocs(ctx.params.accountId, 'devices')
  .filter((device) => device.owner_id === user.id).map((device) => ({ id: device.id, name: device.name, device_type: device.device_type })));
view('users/{id}/hotdesks', (ctx, user) => ctx.store.listDocs(ctx.params.accountId, 'devices')
  .filter((device) => device.owner_id === user.id && device.hotdesk).map((device) => ({ device_id: device.id, name: device.name })));
action(['POST'], 'users/{id}/presence', { handler: (ctx, user) => ({ ...echo(ctx), presence_id: user.presence_id }) });

// Presence of a presence id (a user's extension). POST {action: 'reset'} clears a stuck lamp.
keyed('presence/{id}', { verbs: ['GET', 'POST'], initial: (ctx, id) => ({ presence_id: id, state: 'terminated' }) });
view('presence', (ctx) => {
  const stored = new Map(ctx.store.listDocs(ctx.params.accountId, 'presence').map((doc) => [doc.id, doc]));
  const ids = new Set([...ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => user.presence_id).filter(Boolean), ...stored.keys()]);
  return [...ids].sort().map((id) => ({ presence_id: id, state: 'terminated', ...(stored.has(id) ? publicDoc(stored.get(id)) : {}) }));
});

collection(`${ACCOUNT}/groups`, GROUPS_SPEC);

export default routes;
