// Dedicated IP addresses: the pool, its zones, assignment to accounts.

import { publicDoc } from '../crossbar.mjs';
import { isMissingValue } from '../kit.mjs';
import { domainRoutes } from '../kinds.mjs';

const { routes, keyed, view } = domainRoutes();

/** The sandbox's pool of dedicated IPs. */
const IP_POOL = [
  { ip: '192.0.2.11', zone: 'us-east', host: 'sbc1.us-east.sandbox.local' },
  { ip: '192.0.2.12', zone: 'us-east', host: 'sbc2.us-east.sandbox.local' },
  { ip: '192.0.2.21', zone: 'us-west', host: 'sbc1.us-west.sandbox.local' },
  { ip: '192.0.2.31', zone: 'eu-west', host: 'sbc1.eu-west.sandbox.local' },
];

const poolEntry = (ctx, id) => {
  const entry = IP_POOL.find((candidate) => candidate.ip === id);
  return entry ? { ...entry } : null;
};
// POST assigns an IP of the pool to the account, DELETE releases it.
keyed('ips/{id}', { verbs: ['GET', 'POST', 'DELETE'], initial: poolEntry });
const assigned = (ctx) => new Set(ctx.store.listAccounts().flatMap((account) => ctx.store.listDocs(account.id, 'ips').map((doc) => doc.id)));
// ?zone=us-east&quantity=2: free IPs of that zone.
view('ips', (ctx) => {
  const taken = assigned(ctx);
  const zone = ctx.query.get('zone');
  const quantity = Number(ctx.query.get('quantity') || IP_POOL.length);
  return IP_POOL.filter((entry) => !taken.has(entry.ip) && (isMissingValue(zone) || entry.zone === zone)).slice(0, quantity > 0 ? quantity : 0);
});
view('ips/assigned', (ctx) => ctx.store.listDocs(ctx.params.accountId, 'ips').map(publicDoc));
view('ips/zones', () => [...new Set(IP_POOL.map((entry) => entry.zone))]);

export default routes;
