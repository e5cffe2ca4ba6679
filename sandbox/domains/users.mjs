// Users: documents, quickcall, their devices and hotdesks, chat status, presence; groups.

import { clone, deepMerge, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, sanitize } from '../kit.mjs';
import { domainRoutes, echo } from '../kinds.mjs';
import { quickcall } from './devices.mjs';
import { specOf } from '../collections.mjs';

const { routes, route, collection, keyed, action, view } = domainRoutes();

collection(`${ACCOUNT}/users`, specOf('users'));

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

collection(`${ACCOUNT}/groups`, specOf('groups'));

export default routes;
