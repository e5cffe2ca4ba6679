// Devices: documents, registration status, quickcall, presence and check-sync.

import { randomUUID } from 'node:crypto';

import { errors, getPath, ok } from '../crossbar.mjs';
import { ACCOUNT, mustGet } from '../kit.mjs';
import { documentSpec, domainRoutes, echo, pick } from '../kinds.mjs';

const { routes, route, collection, action, view } = domainRoutes();

/** The invoice a 402 answers (Kazoo's "accept charges"). */
function deviceInvoice() {
  return {
    items: [{ category: 'devices', item: 'sip_device', name: 'SIP Device', quantity: 1, rate: 5.0, total: 5.0 }],
    activation_charges: [{ item: 'sip_device', name: 'SIP Device', rate: 1.0, total: 1.0 }],
    summary: { today: 1.0, recurring: 5.0 },
    bookkeeper: { type: 'braintree' },
  };
}

const DEVICES_SPEC = documentSpec({
  type: 'device',
  required: ['name'],
  summary: (doc) => ({
    ...pick(doc, ['name', 'owner_id', 'mac_address', 'device_type', 'enabled', 'flags']),
    username: getPath(doc, 'sip.username'),
  }),
  prepare(doc) {
    if (doc.enabled === undefined) doc.enabled = true;
    if (doc.device_type === undefined) doc.device_type = 'sip_device';
    return {};
  },
  /** Creating a device adds a billable item (402 on billed accounts). */
  charges: () => [deviceInvoice()],
});

export function quickcall(kind) {
  return (ctx) => {
    const target = mustGet(ctx, ctx.account.id, `${kind}s`, ctx.params.id);
    const { number } = ctx.params;
    if (!/\d/.test(number)) throw errors.validation({ number: { type: { message: 'Value is not a dialable number', value: number } } });
    return ok({
      [`${kind}_id`]: target.id,
      number,
      call_id: randomUUID(),
      application_name: 'transfer',
      application_data: { Route: number },
      auto_answer: ctx.query.get('auto_answer') === 'true',
      status: 'originating',
    });
  };
}

collection(`${ACCOUNT}/devices`, DEVICES_SPEC);

route(`${ACCOUNT}/devices/status`, {
  GET: (ctx) => ok(ctx.store.listDocs(ctx.account.id, 'devices')
    .filter((device) => device.enabled !== false && ['sip_device', 'softphone'].includes(device.device_type || 'sip_device'))
    .map((device) => ({ device_id: device.id, registered: true }))),
});

route(`${ACCOUNT}/devices/{id}/quickcall/{number}`, { GET: quickcall('device') });

// Registered SIP endpoints: every enabled SIP device or softphone of the account.
view('registrations', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'devices')
  .filter((device) => device.enabled !== false && ['sip_device', 'softphone'].includes(device.device_type || 'sip_device'))
  .map((device) => ({
    authorizing_id: device.id, owner_id: device.owner_id, username: device.sip && device.sip.username,
    realm: device.sip && device.sip.realm, contact: `sip:${device.sip && device.sip.username}@192.0.2.10:5060`, user_agent: 'Sandbox Phone 1.0',
  })));

action(['POST'], 'devices/{id}/presence', { handler: (ctx, device) => ({ ...echo(ctx), device_id: device.id }) });
// Makes the phone re-read its configuration (a SIP NOTIFY check-sync in Kazoo).
action(['POST'], 'devices/{id}/sync', { handler: (ctx, device) => ({ device_id: device.id, status: 'sync request sent' }) });

export default routes;
