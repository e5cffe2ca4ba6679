// System: what needs no account (about, schemas, the security methods, webhook and websocket
// event lists).

import { KAZOO_VERSION, NODE_NAME, errors } from '../crossbar.mjs';
import { domainRoutes } from '../kinds.mjs';

const { routes, view } = domainRoutes();

const STARTED = Date.now();

/** Schemas: the sandbox's document collections (ctx.schemas, name -> the fields a create requires). */
const schemaNames = (ctx) => [...ctx.schemas.keys()].sort();

const system = { account: false };
view('about', () => ({
  version: KAZOO_VERSION, node: NODE_NAME, uptime: Math.floor((Date.now() - STARTED) / 1000),
  applications: ['crossbar', 'callflow', 'notify', 'fax', 'webhooks'],
}), system);
view('schemas', (ctx) => schemaNames(ctx), system);
view('schemas/{id}', (ctx) => {
  const name = ctx.params.id;
  if (!ctx.schemas.has(name)) throw errors.badIdentifier(name);
  const required = ctx.schemas.get(name);
  return {
    $schema: 'http://json-schema.org/draft-04/schema#', id: name, type: 'object', required: [...required],
    properties: Object.fromEntries(required.map((field) => [field, { type: 'string' }])),
  };
}, system);
view('security', () => ({
  available_auth_methods: ['cb_user_auth', 'cb_pin_auth', 'cb_shared_auth', 'cb_api_auth', 'cb_auth_callback', 'cb_ip_auth'],
}), system);
view('webhooks', () => ['channel_create', 'channel_answer', 'channel_destroy', 'doc_created', 'doc_edited', 'doc_deleted', 'notifications', 'parking']
  .map((id) => ({ id, name: id, description: `Fires on ${id.replace(/_/g, ' ')}` })), system);
view('websockets', () => ({
  call: ['CHANNEL_CREATE', 'CHANNEL_ANSWER', 'CHANNEL_DESTROY', 'CHANNEL_BRIDGE'],
  fax: ['status'],
  object: ['doc_created', 'doc_edited', 'doc_deleted'],
  presence: ['dialog', 'update'],
}), system);

export default routes;
