// Integrations: webhooks and their attempts, websockets, CRM, Slack, OneBill CDR push, trunking.io,
// SMS boxes.

import { gregorianNow } from '../crossbar.mjs';
import { ACCOUNT } from '../kit.mjs';
import { byName, domainRoutes } from '../kinds.mjs';

const { routes, collection, singleton, view } = domainRoutes();

collection(`${ACCOUNT}/webhooks`, { sortKey: byName, required: ['name', 'uri', 'hook'], patchAll: true });

collection(`${ACCOUNT}/webhooks/attempts`, { readOnly: true });

collection(`${ACCOUNT}/webhooks/{id}/attempts`, { readOnly: true });  // the same attempts, those of one webhook

collection(`${ACCOUNT}/websockets`, { readOnly: true });

collection(`${ACCOUNT}/crm_integration/mappings`, {});

collection(`${ACCOUNT}/crm_integration/triggers`, {});

collection(`${ACCOUNT}/crm_integration/call_logs`, { readOnly: true });

singleton('crm_integration', {});

singleton('slack_integration', { initial: () => ({ enabled: false }) });

singleton('cdr_push_onebill', { initial: () => ({ enabled: false }) });

singleton('trunkingio_settings', { initial: () => ({ enabled: false }) });

collection(`${ACCOUNT}/telexsmsboxes`, { sortKey: byName });

view('trunkingio_settings/check', (ctx) => ({ account_id: ctx.params.accountId, status: 'ok', checked: gregorianNow() }));
view('slack_integration/user_listing', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'users')
  .map((user) => ({ user_id: user.id, name: `${user.first_name} ${user.last_name}`.trim(), email: user.email, slack_id: null })));

export default routes;
