// Call center (qubicle): queues, recipients, sessions, dashboards.

import { errors, publicDoc } from '../crossbar.mjs';
import { ACCOUNT, isMissingValue, mustGet } from '../kit.mjs';
import { byName, domainRoutes, echo } from '../kinds.mjs';

const { routes, collection, singleton, keyed, action, view } = domainRoutes();

collection(`${ACCOUNT}/qubicle_queues`, { sortKey: byName });

collection(`${ACCOUNT}/qubicle_skills`, { sortKey: byName });

singleton('qubicle_queues/{id}/recipients', { initial: () => ({ recipients: [] }) });

const queues = (ctx) => ctx.store.listDocs(ctx.params.accountId, 'qubicle_queues');
const recipientsOf = (ctx, queue) => {
  const doc = ctx.store.getDoc(ctx.params.accountId, 'qubicle_queues.recipients', queue.id);
  return doc && Array.isArray(doc.recipients) ? doc.recipients : [];
};
const queueStatus = (ctx, queue) => ({
  id: queue.id, name: queue.name, calls_waiting: 0, calls_active: 0, recipients: recipientsOf(ctx, queue).length,
});
view('qubicle_queues/ensure_started', (ctx) => ({ started: queues(ctx).map((queue) => queue.id) }));
view('qubicle_queues/status', (ctx) => queues(ctx).map((queue) => queueStatus(ctx, queue)));
view('qubicle_queues/recipients', (ctx) => Object.fromEntries(queues(ctx).map((queue) => [queue.id, recipientsOf(ctx, queue)])));
view('qubicle_queues/{id}/status', (ctx, queue) => queueStatus(ctx, queue));
action(['POST'], 'qubicle_queues/{id}/roles', {
  handler: (ctx, queue) => publicDoc(ctx.store.putDoc(ctx.params.accountId, 'qubicle_queues', { ...queue, roles: echo(ctx) }, 'qubicle_queues')).roles,
});
action(['POST'], 'qubicle_queues/{id}/sessions/{session}', {
  handler: (ctx, queue) => ({ ...echo(ctx), queue_id: queue.id, session_id: ctx.params.session }),
});

// Recipients are the account's users; their call center settings are stored docs keyed by user id.
const recipient = (ctx) => {
  const user = mustGet(ctx, ctx.params.accountId, 'users', ctx.params.id);
  const stored = ctx.store.getDoc(ctx.params.accountId, 'qubicle_recipients', user.id);
  return stored || { id: user.id, name: `${user.first_name} ${user.last_name}`.trim(), enabled: true, status: 'logged_out', roles: [], max_active_sessions: 1 };
};
const saveRecipient = (ctx, changes) => publicDoc(ctx.store.putDoc(ctx.params.accountId, 'qubicle_recipients', { ...recipient(ctx), ...changes }, 'qubicle_recipient'));
keyed('qubicle_recipients/{id}', { verbs: ['GET', 'POST'], initial: (ctx) => recipient(ctx) });
view('qubicle_recipients', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .map((user) => publicDoc(recipient({ ...ctx, params: { ...ctx.params, id: user.id } }))));
view('qubicle_recipients/{id}/status', (ctx, doc) => ({ id: doc.id, status: doc.status }), { owner: recipient });
action(['POST'], 'qubicle_recipients/{id}/status', {
  owner: recipient,
  handler: (ctx) => {
    const { status } = ctx.docData();
    if (isMissingValue(status)) throw errors.required('status');
    return saveRecipient(ctx, { status: String(status) });
  },
});
action(['POST'], 'qubicle_recipients/{id}/enable', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { enabled: true }) });
action(['POST'], 'qubicle_recipients/{id}/disable', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { enabled: false }) });
action(['POST'], 'qubicle_recipients/{id}/roles', { owner: recipient, handler: (ctx) => saveRecipient(ctx, { roles: echo(ctx) }) });
// {users: [ids]}: the queues each user belongs to.
action(['POST'], 'qubicle_recipients/queue_membership', {
  handler: (ctx) => {
    const { users } = ctx.docData();
    const ids = Array.isArray(users) ? users.map(String) : ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => user.id);
    return Object.fromEntries(ids.map((id) => [id, queues(ctx).filter((queue) => recipientsOf(ctx, queue).includes(id)).map((queue) => queue.id)]));
  },
});
action(['POST'], 'qubicle_recipients/status', {
  handler: (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users').map((user) => {
    const doc = recipient({ ...ctx, params: { ...ctx.params, id: user.id } });
    return { id: user.id, status: doc.status, enabled: doc.enabled };
  }),
});
action(['POST'], 'qubicle_reports', { handler: (ctx) => ({ ...echo(ctx), queues: queues(ctx).map((queue) => queueStatus(ctx, queue)), calls: [] }) });
view('qubicle_roles', () => [{ id: 'agent', name: 'Agent' }, { id: 'supervisor', name: 'Supervisor' }, { id: 'admin', name: 'Administrator' }]);

// Dashboards: the call center's figures (all quiet in the sandbox).
view('dashboards/ensure_started', (ctx) => ({ started: true, queues: queues(ctx).length }));
view('dashboards/recipient_overview', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .map((user) => ({ id: user.id, status: recipient({ ...ctx, params: { ...ctx.params, id: user.id } }).status, calls_handled: 0 })));
view('dashboards/recipient_performance', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .map((user) => ({ id: user.id, calls_handled: 0, average_talk_time: 0, missed_calls: 0 })));
action(['POST'], 'dashboards/activity_log', { handler: (ctx) => ({ ...echo(ctx), activity: [] }) });
action(['POST'], 'dashboards/queue_overview', { handler: (ctx) => queues(ctx).map((queue) => queueStatus(ctx, queue)) });
action(['POST'], 'dashboards/queue_details/{id}', { owner: 'qubicle_queues', handler: (ctx, queue) => ({ ...queueStatus(ctx, queue), calls: [] }) });

export default routes;
