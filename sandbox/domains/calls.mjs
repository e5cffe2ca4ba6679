// Calls: call records (legs and interactions), live channels, click-to-call, parked calls,
// recordings and call inspection.

import { randomUUID } from 'node:crypto';

import { errors, ok, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, mustGet } from '../kit.mjs';
import { byName, documentSpec, domainRoutes, echo, pick } from '../kinds.mjs';
import { listDocs } from '../listing.mjs';

const { routes, route, collection, action, view } = domainRoutes();

const CHANNELS_SPEC = documentSpec({ type: 'channel', readOnly: true, summary: (doc) => pick(doc, ['uuid', 'direction', 'answered', 'destination', 'username', 'owner_id', 'authorizing_id', 'authorizing_type', 'presence_id']) });

const CDRS_SPEC = documentSpec({
  type: 'cdr',
  readOnly: true,
  summary: (doc) => ({ ...publicDoc(doc), timestamp: doc.pvt_created }),
  sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
});

collection(`${ACCOUNT}/cdrs`, CDRS_SPEC);

collection(`${ACCOUNT}/channels`, CHANNELS_SPEC);

// Call records: interactions are whole calls (their legs share the call id in the sandbox).
const cdrs = (ctx, test = () => true) => {
  const { data, extra } = listDocs(ctx.store.listDocs(ctx.params.accountId, 'cdrs').filter(test), ctx.query, {
    summary: (doc) => ({ ...publicDoc(doc), timestamp: doc.pvt_created, interaction_id: doc.call_id }),
    sortKey: (doc) => String(doc.pvt_created).padStart(12, '0'),
  });
  return ok(data, { extra });
};
route(`${ACCOUNT}/cdrs/interaction`, { GET: (ctx) => cdrs(ctx) });
route(`${ACCOUNT}/cdrs/legs/{id}`, {
  GET: (ctx) => {
    const legs = ctx.store.listDocs(ctx.params.accountId, 'cdrs').filter((doc) => doc.call_id === ctx.params.id || doc.id === ctx.params.id);
    if (!legs.length) throw errors.badIdentifier(ctx.params.id);
    return ok(legs.map(publicDoc));
  },
});
for (const path of ['users/{id}/cdrs', 'users/{id}/cdrs/interaction']) {
  route(`${ACCOUNT}/${path}`, {
    GET: (ctx) => {
      const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
      return cdrs(ctx, (doc) => doc.owner_id === user.id);
    },
  });
}
// Live calls: an action on one (hangup, transfer, ...). The sandbox only acknowledges it.
action(['PUT'], 'channels/{id}', { handler: (ctx, channel) => ({ ...echo(ctx), call_id: channel.id }) });
action(['POST'], 'clicktocall/{id}/connect', {
  handler: (ctx, c2c) => ({ ...echo(ctx), clicktocall_id: c2c.id, call_id: randomUUID(), status: 'originating' }),
});

view('parked_calls', () => ({ slots: {} }));

collection(`${ACCOUNT}/clicktocall`, { sortKey: byName });

collection(`${ACCOUNT}/recordings`, { readOnly: true, deletable: true });

collection(`${ACCOUNT}/call_inspector`, { readOnly: true });

collection(`${ACCOUNT}/pivot/debug`, { readOnly: true });

export default routes;
