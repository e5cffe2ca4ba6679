// Call routing: callflows, menus, time of day rules and sets, directories, match and block
// lists, metaflows, dial plans.

import { ACCOUNT } from '../kit.mjs';
import { byName, domainRoutes } from '../kinds.mjs';
import { specOf } from '../collections.mjs';

const { routes, collection, singleton } = domainRoutes();

collection(`${ACCOUNT}/callflows`, specOf('callflows'));

collection(`${ACCOUNT}/menus`, specOf('menus'));

collection(`${ACCOUNT}/temporal_rules`, specOf('temporal_rules'));

collection(`${ACCOUNT}/directories`, specOf('directories'));

collection(`${ACCOUNT}/temporal_rules_sets`, { sortKey: byName });

collection(`${ACCOUNT}/match_lists`, { sortKey: byName });

collection(`${ACCOUNT}/blacklists`, { sortKey: byName });

singleton('metaflows', { initial: () => ({ numbers: {}, patterns: {}, binding_digit: '*', digit_timeout: 3000 }) });

export default routes;
