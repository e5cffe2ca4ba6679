// Reading spec/kazoo-api.json (Kazoo's Crossbar operations and document schemas) and the per-method
// descriptions of scripts/method-docs.json, for the generators and the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, routeKey } from './source-table.mjs';

/** Kazoo's API description, as vendored in spec/. */
export function loadKazooApi() {
  return JSON.parse(readFileSync(join(root, 'spec', 'kazoo-api.json'), 'utf8'));
}

/** `VERB path` (placeholders written `{}`, see routeKey) -> the operation: `{path, verb, body?, source?}`. */
export function operationsOf(api) {
  const ops = new Map();
  for (const [path, verbs] of Object.entries(api.paths)) {
    for (const [verb, op] of Object.entries(verbs)) ops.set(routeKey(verb, path), { path, verb, ...op });
  }
  return ops;
}

/** namespace.method -> one line saying what the method does. */
export function methodDocs() {
  return JSON.parse(readFileSync(join(root, 'scripts', 'method-docs.json'), 'utf8'));
}

// Kazoo's Crossbar reference has one page per resource, named after it, with a few exceptions.
const PAGES = {
  conferences: 'conference',
  vmboxes: 'voicemail',
  whitelabel: 'whitelabeling',
  user_auth: 'user_authentication',
  api_auth: 'api_authentication',
  notify: 'notifications',
  // the account's own sub-resources are described with accounts
  children: 'accounts',
  descendants: 'accounts',
  tree: 'accounts',
  reseller: 'accounts',
  api_key: 'accounts',
};
const DOCS = 'https://docs.2600hz.com/dev/applications/crossbar/doc/';

/** The resource a URL template addresses: its first segment after `accounts/{accountId}/`. */
export function resourceOf(url) {
  const path = url.split('?')[0].replace(/^\/+/, '');
  const rest = path.replace(/^accounts\/\{[^{}]+\}\/?/, '');
  return (rest || 'accounts').split('/')[0];
}

/** Kazoo's reference page for the resource a URL template addresses. */
export function docsPage(url) {
  const resource = resourceOf(url);
  return `${DOCS}${PAGES[resource] || resource}/`;
}
