// The table against Kazoo's own API description (spec/kazoo-api.json, taken from the Kazoo project):
// every method's verb and path must be one of Kazoo's Crossbar operations, except the methods listed
// below, each with the reason it is kept. The expectations come from Kazoo's description and this
// list, never from the table itself. Paths are compared without their query and with every
// placeholder alike (`accounts/{accountId}` and `/accounts/{ACCOUNT_ID}` are the same path).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKazooApi, operationsOf } from '../scripts/kazoo-api.mjs';
import { formsOf, loadSourceTable, routeKey } from '../scripts/source-table.mjs';

const EXCEPTIONS = [
  {
    reason: "modules of 2600Hz's commercial platform, outside the open-source Kazoo API (today's Monster-UI applications call them)",
    methods: [
      'cdrPushOnebill.*', 'crm.*', 'dashboards.*', 'desktop.*', 'externalNumbers.*', 'matchList.*', 'qubicleQueues.*',
      'qubicleRecipients.*', 'qubicleReports.*', 'qubicleRoles.*', 'qubicleSkills.*', 'slackIntegration.*', 'telexsmsboxes.*',
      'trunkingio.*', 'appsStore.createOverride', 'appsStore.deleteOverride', 'appsStore.getOverride', 'appsStore.updateIcon',
      'appsStore.updateOverride', 'multifactor.qrcode', 'multifactor.resetQrcode', 'user.listUsersWithChat', 'user.updateChatStatus',
    ],
  },
  {
    reason: "Kazoo 4.3's service_plans module, which today's Kazoo replaced with services; kept for the classic documentation and for Kazoo 4.3 servers",
    methods: ['servicePlan.*'],
  },
  {
    reason: 'kept as the classic documentation has them: the system-wide (global) resources at the top level, where Kazoo\'s description lists only an account\'s resources',
    methods: ['globalResources.*'],
  },
  {
    reason: 'kept for the classic documentation: conference paths of its own (pins, status, participants by path, conference servers, conference notification templates) that no Kazoo server has',
    methods: [
      'conference.getPins', 'conference.view', 'conference.getServer', 'conference.createServer',
      'conference.updateServer', 'conference.deleteServer', 'conference.listServers', 'conference.addParticipant',
      'conference.muteParticipant', 'conference.unmuteParticipant', 'conference.deafParticipant', 'conference.undeafParticipant',
      'conference.kickParticipant', 'conference.createNotification', 'conference.getNotification', 'conference.updateNotification',
    ],
  },
  {
    reason: "kept for the classic documentation: login and balance routes of Kazoo 4.3 (shared_auth, pin_auth, transactions/current_balance) that today's description no longer lists",
    methods: ['auth.sharedAuth', 'auth.pinAuth', 'balance.get'],
  },
  {
    reason: "kept for the classic documentation: the port request's state as a placeholder (Kazoo lists one path per state), comments by path, and the portability lookup",
    methods: [
      'port.changeState', 'port.addComment', 'port.deleteAllComments', 'port.deleteComment',
      'port.getComment', 'port.listComments', 'port.updateComment', 'port.listDescendantsByState', 'port.portabilityLookup',
    ],
  },
  {
    reason: "the white-label lookups by domain made before login, without an account (the login page's); Kazoo's description lists them only under an account",
    methods: ['whitelabel.get', 'whitelabel.getLogo', 'whitelabel.getByDomain', 'whitelabel.getIconByDomain', 'whitelabel.getLogoByDomain', 'whitelabel.getWelcomeByDomain'],
  },
  {
    reason: "routes today's Monster-UI applications call that Kazoo's description does not list (top-level search, auth links under an account, per-user interactions, presence and hotdesks of one device or user, creating the security settings, the audit summary of all sources)",
    methods: [
      'account.searchAll', 'account.searchByName', 'auth.getLink', 'cdrs.listByInteractionUser', 'device.updatePresence',
      'user.updatePresence', 'user.hotdesks', 'security.create', 'services.getAuditSummary',
    ],
  },
];

const [api, table] = await Promise.all([loadKazooApi(), loadSourceTable()]);
const ops = operationsOf(api);

/** namespace.method -> the reason it is an exception (or undefined). */
function exceptionOf(label) {
  const ns = label.split('.')[0];
  const found = EXCEPTIONS.find(({ methods }) => methods.includes(label) || methods.includes(`${ns}.*`));
  return found && found.reason;
}

/** The forms of a method that are not among Kazoo's operations. */
function missingForms(entry) {
  return formsOf(entry).filter((form) => !ops.has(routeKey(form.verb, form.url)));
}

const methods = Object.entries(table).flatMap(([ns, byName]) => Object.entries(byName).map(([name, entry]) => [`${ns}.${name}`, entry]));

test("Kazoo's description is read: it has operations and the table has methods", () => {
  assert.ok(ops.size > 300, `${ops.size} operations`);
  assert.ok(methods.length > 400, `${methods.length} methods`);
});

test("every method not listed as an exception has its verb and path among Kazoo's operations", () => {
  const wrong = methods
    .filter(([label]) => !exceptionOf(label))
    .flatMap(([label, entry]) => missingForms(entry).map((form) => `${label}: ${form.verb} ${form.url}`));
  assert.deepEqual(wrong, [], `not in Kazoo's API description (fix the entry, or list it with a reason):\n${wrong.join('\n')}`);
});

test('every exception is still needed: each listed method has a form Kazoo does not have', () => {
  const stale = methods.filter(([label, entry]) => exceptionOf(label) && !missingForms(entry).length).map(([label]) => label);
  assert.deepEqual(stale, [], `now among Kazoo's operations, remove from the exceptions: ${stale.join(', ')}`);
});

test('every exception names methods of the table, with a reason', () => {
  const names = new Set(methods.map(([label]) => label));
  const namespaces = new Set(Object.keys(table));
  for (const { reason, methods: listed } of EXCEPTIONS) {
    assert.ok(typeof reason === 'string' && reason.length > 20, `a reason for ${listed.join(', ')}`);
    for (const label of listed) {
      const [ns, name] = label.split('.');
      assert.ok(name === '*' ? namespaces.has(ns) : names.has(label), `${label} is not in the table`);
    }
  }
});
