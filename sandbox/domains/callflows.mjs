// Call routing: callflows, menus, time of day rules and sets, directories, match and block
// lists, metaflows, dial plans.

import { ACCOUNT } from '../kit.mjs';
import { REQUIRED_MESSAGE, byName, documentSpec, domainRoutes, pick, typeError } from '../kinds.mjs';

const { routes, collection, singleton } = domainRoutes();

const DIRECTORIES_SPEC = documentSpec({ type: 'directory' });

const TEMPORAL_RULES_SPEC = documentSpec({ type: 'temporal_rule' });

const MENUS_SPEC = documentSpec({ type: 'menu' });

const CALLFLOWS_SPEC = documentSpec({
  type: 'callflow',
  required: [],
  summary: (doc) => pick(doc, ['name', 'numbers', 'patterns', 'featurecode', 'owner_id', 'type', 'flags']),
  sortKey: (doc) => String(doc.name || (doc.numbers || [])[0] || '').toLowerCase(),
  validate(doc, siblings) {
    const found = {};
    for (const key of ['numbers', 'patterns']) {
      if (doc[key] !== undefined && !Array.isArray(doc[key])) typeError(found, key, 'array', doc[key]);
    }
    const numbers = Array.isArray(doc.numbers) ? doc.numbers : [];
    const patterns = Array.isArray(doc.patterns) ? doc.patterns : [];
    if (!found.numbers && !found.patterns && numbers.length === 0 && patterns.length === 0) {
      found.numbers = { required: { message: REQUIRED_MESSAGE } };
    }
    const taken = new Set(siblings.flatMap((other) => (Array.isArray(other.numbers) ? other.numbers : [])));
    const duplicate = numbers.find((number) => taken.has(number));
    if (duplicate !== undefined) {
      found.numbers = { unique: { message: `Number ${duplicate} is already in use by another callflow`, value: duplicate } };
    }
    return found;
  },
});

collection(`${ACCOUNT}/callflows`, CALLFLOWS_SPEC);

collection(`${ACCOUNT}/menus`, MENUS_SPEC);

collection(`${ACCOUNT}/temporal_rules`, TEMPORAL_RULES_SPEC);

collection(`${ACCOUNT}/directories`, DIRECTORIES_SPEC);

collection(`${ACCOUNT}/temporal_rules_sets`, { sortKey: byName });

collection(`${ACCOUNT}/match_lists`, { sortKey: byName });

collection(`${ACCOUNT}/blacklists`, { sortKey: byName });

singleton('metaflows', { initial: () => ({ numbers: {}, patterns: {}, binding_digit: '*', digit_timeout: 3000 }) });

export default routes;
