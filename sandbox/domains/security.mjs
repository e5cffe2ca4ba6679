// Security: authentication settings, access lists, API keys, multi-factor providers and
// attempts, login attempts.

import { randomBytes } from 'node:crypto';

import { md5 } from '../crossbar.mjs';
import { ACCOUNT } from '../kit.mjs';
import { byName, domainRoutes } from '../kinds.mjs';

const { routes, collection, singleton } = domainRoutes();

singleton('security', { initial: () => ({ auth_modules: {} }) });

singleton('access_lists', { initial: () => ({ order: 'allow,deny', cidrs: [], user_agents: [] }) });

// Kazoo derives the API key once per account; PUT issues a new one. Clients never choose it.
singleton('api_key', {
  initial: (ctx) => ({ api_key: md5(`api_key:1:${ctx.params.accountId}`) + md5(`api_key:2:${ctx.params.accountId}`) }),
  prepare: (ctx, doc, previous) => {
    doc.api_key = ctx.method === 'PUT' || !previous ? randomBytes(32).toString('hex') : previous.api_key;
  },
});

collection(`${ACCOUNT}/multi_factor`, { sortKey: byName });

collection(`${ACCOUNT}/multi_factor/attempts`, { readOnly: true });

collection(`${ACCOUNT}/security/attempts`, { readOnly: true });

export default routes;
