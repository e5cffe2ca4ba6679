// Demo data of the sandbox. Ids are derived from fixed names (md5), so they are the same on every
// start and tests can rely on them; `SEED` exports them.

import { GREGORIAN_OFFSET, gregorianNow, md5 } from './crossbar.mjs';

const seedId = (key) => md5(`kazoo-sandbox:${key}`);

/** Fixed creation time of seeded docs: 2024-01-15T12:00:00Z, plus one hour per doc. */
const SEED_EPOCH = Date.UTC(2024, 0, 15, 12, 0, 0) / 1000 + GREGORIAN_OFFSET;

export const SEED = Object.freeze({
  accounts: {
    demo: seedId('account:demo'),
    child: seedId('account:child'),
    other: seedId('account:other'),
  },
  users: {
    admin: seedId('user:admin'),
    alice: seedId('user:alice'),
    bob: seedId('user:bob'),
    carol: seedId('user:carol'),
    child: seedId('user:child'),
    other: seedId('user:other'),
  },
  devices: {
    adminDesk: seedId('device:admin-desk'),
    aliceSoftphone: seedId('device:alice-softphone'),
    bobCell: seedId('device:bob-cell'),
    childPhone: seedId('device:child-phone'),
  },
  callflows: {
    admin: seedId('callflow:admin'),
    alice: seedId('callflow:alice'),
    main: seedId('callflow:main'),
    voicemail: seedId('callflow:voicemail'),
  },
  numbers: {
    main: '+14155550100',
    spare: '+14155550101',
    fax: '+14155550102',
    child: '+14155550200',
    other: '+14155550300',
  },
  portRequest: seedId('port_request:demo'),
  portAttachment: 'bill.pdf',
  media: seedId('media:welcome'),
  vmbox: seedId('vmbox:admin'),
  conference: seedId('conference:team'),
  conferenceParticipants: [1, 2],
  menu: seedId('menu:main'),
  group: seedId('group:sales'),
  temporalRule: seedId('temporal_rule:business-hours'),
  directory: seedId('directory:company'),
  connectivity: seedId('connectivity:pbx'),
  conferenceServer: seedId('conferences_server:one'),
  localResource: seedId('resource:local-carrier'),
  resourceTemplate: seedId('resource_template:carrier'),
  globalResource: seedId('resource:global-carrier'),
  servicePlans: { basic: 'sandbox_basic', pro: 'sandbox_pro' },
  whitelabelDomain: 'demo.sandbox.local',
  credentials: {
    // md5 of "username:password", what auth.userAuth sends
    demo: { account_name: 'demo', username: 'admin', password: 'admin', credentials: md5('admin:admin'), pin: '1234' },
    child: { account_name: 'demo child', username: 'child', password: 'child', credentials: md5('child:child') },
    other: { account_name: 'other', username: 'other', password: 'other', credentials: md5('other:other') },
  },
  sharedToken: 'sandbox-shared-token',
  // Documents of the endpoints of today's Monster-UI apps (faxes, recordings, webhooks, ...).
  faxInbox: seedId('fax:inbox-1'),
  recording: seedId('recording:1'),
  webhook: seedId('webhook:call-events'),
  webhookAttempt: seedId('webhook_attempt:1'),
  smtpLog: seedId('smtplog:1'),
  ledger: seedId('ledger:1'),
  notification: 'voicemail_to_email',
  resetId: 'sandbox-reset-id', // the reset id user_auth/recovery "emails"
});

/** Apps reported by the auth endpoints (Monster-UI shape). */
export const DEFAULT_APPS = [
  { id: seedId('app:voip'), name: 'voip', label: 'SmartPBX', api_url: '', default_language: 'en-US' },
  { id: seedId('app:callflows'), name: 'callflows', label: 'Callflows', api_url: '', default_language: 'en-US' },
  { id: seedId('app:numbers'), name: 'numbers', label: 'Number Manager', api_url: '', default_language: 'en-US' },
];

/** A small, valid one-page PDF. A binary comment (bytes >= 0x80) makes corruption visible. */
export function samplePdf(title = 'Sandbox bill') {
  const safeTitle = title.replace(/[()\\]/g, '');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // content stream, built below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 18 Tf 24 72 Td (${safeTitle}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  const parts = [Buffer.from('%PDF-1.4\n'), Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
  const offsets = [];
  let length = parts.reduce((sum, part) => sum + part.length, 0);
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/** 0.1 s of a 440 Hz tone, 8 kHz 8-bit mono WAV. */
export function sampleWav() {
  const samples = 800;
  const buffer = Buffer.alloc(44 + samples);
  buffer.write('RIFF', 0, 'latin1');
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVEfmt ', 8, 'latin1');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(8000, 24); // sample rate
  buffer.writeUInt32LE(8000, 28); // byte rate
  buffer.writeUInt16LE(1, 32); // block align
  buffer.writeUInt16LE(8, 34); // bits per sample
  buffer.write('data', 36, 'latin1');
  buffer.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i += 1) {
    buffer[44 + i] = 128 + Math.round(100 * Math.sin((2 * Math.PI * 440 * i) / 8000));
  }
  return buffer;
}

/** 1x1 transparent PNG, the whitelabel logo. */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Fill an empty store with the demo data. */
export function seed(store) {
  let clock = SEED_EPOCH;
  const at = () => {
    clock += 3600;
    return { pvt_created: clock, pvt_modified: clock };
  };
  const { accounts: A, users: U, devices: D, callflows: CF, numbers: N } = SEED;

  // Accounts: demo (reseller, billed) > demo child (billed); other is a separate tree (not billed).
  store.putAccount({
    id: A.demo, name: 'demo', realm: 'demo.sandbox.local', is_reseller: true, language: 'en-us',
    timezone: 'America/Los_Angeles', caller_id: { external: { name: 'Demo Inc', number: N.main } },
    pvt_tree: [], pvt_billed: true, pvt_superduper_admin: true, pvt_balance: 100, pvt_service_plans: [SEED.servicePlans.basic],
    ...at(),
  });
  store.putAccount({
    id: A.child, name: 'demo child', realm: 'child.demo.sandbox.local', is_reseller: false, language: 'en-us',
    timezone: 'America/New_York', pvt_tree: [A.demo], pvt_billed: true, pvt_balance: 25, pvt_service_plans: [],
    ...at(),
  });
  store.putAccount({
    id: A.other, name: 'other', realm: 'other.sandbox.local', is_reseller: false, language: 'fr-fr',
    timezone: 'Europe/Paris', pvt_tree: [], pvt_billed: false, pvt_balance: 0, pvt_service_plans: [],
    ...at(),
  });

  const user = (db, id, first, last, username, password, extra = {}) =>
    store.putDoc(db, 'users', {
      id, first_name: first, last_name: last, username, email: `${username}@${store.getAccount(db).realm}`,
      priv_level: 'user', enabled: true, timezone: store.getAccount(db).timezone, presence_id: extra.presence_id,
      pvt_md5_auth: md5(`${username}:${password}`), ...extra, ...at(),
    }, 'user');
  user(A.demo, U.admin, 'Admin', 'User', 'admin', 'admin', { priv_level: 'admin', pin: '1234', presence_id: '1000' });
  user(A.demo, U.alice, 'Alice', 'Anderson', 'alice', 'alice', { presence_id: '1001' });
  user(A.demo, U.bob, 'Bob', 'Brown', 'bob', 'bob', { presence_id: '1002', enabled: true });
  user(A.demo, U.carol, 'Carol', 'Clark', 'carol', 'carol', { presence_id: '1003', enabled: false });
  user(A.child, U.child, 'Chris', 'Child', 'child', 'child', { priv_level: 'admin', pin: '4321' });
  user(A.other, U.other, 'Olivia', 'Other', 'other', 'other', { priv_level: 'admin' });

  const device = (db, id, name, type, owner, sipUser) =>
    store.putDoc(db, 'devices', {
      id, name, device_type: type, owner_id: owner, enabled: true,
      sip: { username: sipUser, password: md5(`sip:${sipUser}`).slice(0, 12), realm: store.getAccount(db).realm, invite_format: 'username' },
      caller_id: { internal: { name, number: '' } }, mac_address: type === 'sip_device' ? '00:04:f2:12:34:56' : undefined,
      ...at(),
    }, 'device');
  device(A.demo, D.adminDesk, 'Admin Desk Phone', 'sip_device', U.admin, 'user_admin_desk');
  device(A.demo, D.aliceSoftphone, 'Alice Softphone', 'softphone', U.alice, 'user_alice_soft');
  device(A.demo, D.bobCell, 'Bob Cell', 'cellphone', U.bob, 'user_bob_cell');
  device(A.child, D.childPhone, 'Child Desk Phone', 'sip_device', U.child, 'user_child_desk');

  store.putDoc(A.demo, 'vmboxes', {
    id: SEED.vmbox, name: 'Admin voicemail', mailbox: '1000', pin: '0000', owner_id: U.admin, timezone: 'America/Los_Angeles',
    messages: [
      { media_id: seedId('vm_message:1'), folder: 'new', caller_id_number: '1001', caller_id_name: 'Alice Anderson', length: 12000, timestamp: SEED_EPOCH + 600 },
      { media_id: seedId('vm_message:2'), folder: 'saved', caller_id_number: '+14155550123', caller_id_name: 'Caller', length: 4000, timestamp: SEED_EPOCH + 1200 },
    ],
    ...at(),
  }, 'vmbox');
  store.putDoc(A.demo, 'menus', { id: SEED.menu, name: 'Main menu', retries: 3, timeout: '10000', max_extension_length: '4', ...at() }, 'menu');

  const callflow = (id, name, numbers, flow, extra = {}) =>
    store.putDoc(A.demo, 'callflows', { id, name, numbers, patterns: [], flow, ...extra, ...at() }, 'callflow');
  callflow(CF.admin, 'Admin User', ['1000'], { module: 'user', data: { id: U.admin }, children: {} }, { owner_id: U.admin });
  callflow(CF.alice, 'Alice Anderson', ['1001'], { module: 'user', data: { id: U.alice }, children: {} }, { owner_id: U.alice });
  callflow(CF.main, 'Main number', [N.main], { module: 'menu', data: { id: SEED.menu }, children: {} });
  callflow(CF.voicemail, 'Check voicemail', ['*97'], { module: 'voicemail', data: { action: 'check' }, children: {} }, { featurecode: { name: 'voicemail[action=check]', number: '97' } });

  store.putDoc(A.demo, 'conferences', {
    id: SEED.conference, name: 'Team meeting', owner_id: U.admin, conference_numbers: ['3000'],
    member: { pins: ['1111'], join_muted: false, join_deaf: false }, moderator: { pins: ['9999'] }, play_name: true, ...at(),
  }, 'conference');
  // Live participants joined a few minutes before the store was seeded.
  const joined = gregorianNow() - 300;
  store.setParticipants(A.demo, SEED.conference, [
    { participant_id: store.nextParticipantId(), caller_id_name: 'Alice Anderson', caller_id_number: '1001', mute: false, deaf: false, is_moderator: true, join_time: joined },
    { participant_id: store.nextParticipantId(), caller_id_name: 'Bob Brown', caller_id_number: '1002', mute: true, deaf: false, is_moderator: false, join_time: joined + 20 },
  ]);
  store.putDoc(A.demo, 'conferences_servers', { id: SEED.conferenceServer, name: 'Conference server 1', ip: '10.0.0.10', ...at() }, 'conferences_server');
  store.putDoc(A.demo, 'groups', { id: SEED.group, name: 'Sales', music_on_hold: {}, endpoints: { [U.alice]: { type: 'user' }, [U.bob]: { type: 'user' } }, ...at() }, 'group');
  store.putDoc(A.demo, 'temporal_rules', { id: SEED.temporalRule, name: 'Business hours', cycle: 'weekly', interval: 1, wdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], time_window_start: 32400, time_window_stop: 61200, ...at() }, 'temporal_rule');
  store.putDoc(A.demo, 'directories', { id: SEED.directory, name: 'Company directory', min_dtmf: 3, max_dtmf: 0, sort_by: 'last_name', ...at() }, 'directory');
  store.putDoc(A.demo, 'connectivity', { id: SEED.connectivity, name: 'Demo PBX trunk', account: { auth_realm: 'demo.sandbox.local', trunks: 2 }, servers: [], ...at() }, 'sys_info');
  store.putDoc(A.demo, 'resources', { id: SEED.localResource, name: 'Local carrier', enabled: true, weight_cost: 50, flags: [], rules: ['^\\+?1?(\\d{10})$'], gateways: [{ server: 'sip.carrier.example', realm: 'carrier.example', enabled: true }], ...at() }, 'resource');
  store.putDoc(A.demo, 'resource_templates', { id: SEED.resourceTemplate, name: 'Carrier template', template: { gateways: [{ server: '{{server}}' }] }, ...at() }, 'resource_template');

  // Media with raw content.
  store.putDoc(A.demo, 'media', { id: SEED.media, name: 'Welcome greeting', media_source: 'upload', language: 'en-us', streamable: true, content_type: 'audio/wav', content_length: sampleWav().length, ...at() }, 'media');
  store.putBlob(`${A.demo}/media/${SEED.media}/raw`, 'audio/wav', sampleWav());

  // Phone numbers.
  const number = (db, num, state, usedBy) =>
    store.putDoc(db, 'phone_numbers', { id: num, state, features: [], assigned_to: db, used_by: usedBy, ...at() }, 'number');
  number(A.demo, N.main, 'in_service', 'callflow');
  number(A.demo, N.spare, 'in_service', '');
  number(A.demo, N.fax, 'reserved', '');
  number(A.child, N.child, 'in_service', '');
  number(A.other, N.other, 'in_service', '');

  // One port request with one PDF attachment.
  const pdf = samplePdf('Sandbox bill');
  store.putDoc(A.demo, 'port_requests', {
    id: SEED.portRequest, name: 'Demo port', port_state: 'unconfirmed', numbers: { '+14155550199': {} },
    bill: { name: 'Demo Inc', address: '1 Main St', locality: 'San Francisco', region: 'CA', postal_code: '94105' },
    notifications: { email: { send_to: 'admin@demo.sandbox.local' } },
    uploads: { [SEED.portAttachment]: { content_type: 'application/pdf', length: pdf.length } },
    ...at(),
  }, 'port_request');
  store.putBlob(`${A.demo}/port_requests/${SEED.portRequest}/attachments/${SEED.portAttachment}`, 'application/pdf', pdf);

  // Call records and live channels (read-only collections).
  const cdrMonth = '202401';
  for (let i = 1; i <= 3; i += 1) {
    const callId = md5(`cdr:${i}`).slice(0, 20);
    store.putDoc(A.demo, 'cdrs', {
      id: `${cdrMonth}-${callId}`, call_id: callId, caller_id_name: 'Alice Anderson', caller_id_number: '1001',
      callee_id_name: 'Bob Brown', callee_id_number: '1002', direction: i % 2 ? 'inbound' : 'outbound',
      duration_seconds: 30 * i, billing_seconds: 25 * i, hangup_cause: 'NORMAL_CLEARING', request: `1002@demo.sandbox.local`,
      to: `1002@demo.sandbox.local`, from: `1001@demo.sandbox.local`, owner_id: U.alice, ...at(),
    }, 'cdr');
  }
  const channelId = md5('channel:1');
  store.putDoc(A.demo, 'channels', {
    id: channelId, uuid: channelId, direction: 'inbound', answered: true, destination: '1000', username: 'user_admin_desk',
    owner_id: U.admin, authorizing_id: D.adminDesk, authorizing_type: 'device', presence_id: '1000@demo.sandbox.local', ...at(),
  }, 'channel');
  store.putDoc(A.demo, 'transactions', { id: seedId('transaction:1'), amount: 100, description: 'Initial credit', reason: 'manual_addition', type: 'credit', ...at() }, 'transaction');

  // Singletons: limits, billing customer, whitelabel.
  store.putDoc(A.demo, 'config', { id: 'limits', twoway_trunks: 2, inbound_trunks: 0, outbound_trunks: 0, burst_trunks: 0, allow_prepay: true, max_postpay_amount: 0, ...at() }, 'limits');
  store.putDoc(A.demo, 'config', {
    id: 'braintree_customer', first_name: 'Admin', last_name: 'User', company: 'Demo Inc', email: 'admin@demo.sandbox.local',
    credit_cards: [{ id: 'card1', card_type: 'Visa', last_four: '1111', expiration_month: '12', expiration_year: '2030', default: true }],
    ...at(),
  }, 'braintree_customer');
  store.putDoc(A.demo, 'config', { id: 'whitelabel', domain: SEED.whitelabelDomain, company_name: 'Demo Inc', hide_registration: true, ...at() }, 'whitelabel');
  store.putBlob(`${A.demo}/whitelabel/logo`, 'image/png', SAMPLE_PNG);
  store.putBlob(`${A.demo}/whitelabel/icon`, 'image/png', SAMPLE_PNG);
  store.putBlob(`${A.demo}/whitelabel/welcome`, 'text/html; charset=utf-8', Buffer.from('<h1>Welcome to Demo Inc</h1>\n<p>Sign in with your Demo Inc account.</p>\n'));

  // Notification template customised for one conference notification.
  store.putDoc(A.demo, 'notify', {
    id: 'conference_invite', friendly_name: 'Conference invite', subject: 'Join {{conference.name}}', enabled: true,
    pvt_templates: { 'text/html': '<html><body><p>Join the conference {{conference.name}}.</p></body></html>' }, ...at(),
  }, 'notification');

  // Global (system-wide) resources and the service plan catalogue.
  store.putDoc('global', 'resources', { id: SEED.globalResource, name: 'Global carrier', enabled: true, weight_cost: 10, flags: [], rules: ['^\\+(\\d*)$'], gateways: [{ server: 'sip.global.example', enabled: true }], ...at() }, 'resource');
  store.putDoc('global', 'service_plans', {
    id: SEED.servicePlans.basic, name: 'Sandbox basic', description: 'Devices and numbers at list price', bookkeeper: { type: 'braintree' },
    plan: { devices: { sip_device: { name: 'SIP Device', rate: 5, activation_charge: 1 } }, phone_numbers: { did_us: { name: 'US DID', rate: 1, activation_charge: 0.5 } } },
    ...at(),
  }, 'service_plan');
  store.putDoc('global', 'service_plans', {
    id: SEED.servicePlans.pro, name: 'Sandbox pro', description: 'Discounted devices', bookkeeper: { type: 'braintree' },
    plan: { devices: { sip_device: { name: 'SIP Device', rate: 3, activation_charge: 0 } }, limits: { twoway_trunks: { name: 'Two-way trunk', rate: 20 } } },
    ...at(),
  }, 'service_plan');

  seedModern(store, at);
}

/** System notifications (today's notifications API): each has an HTML and a text template. */
const NOTIFICATIONS = [
  ['voicemail_to_email', 'Voicemail to email', 'voicemail', 'New voicemail from {{caller_id.name}}', '<p>You have a new voicemail from {{caller_id.name}} ({{caller_id.number}}).</p>', 'You have a new voicemail from {{caller_id.name}} ({{caller_id.number}}).'],
  ['fax_inbound_to_email', 'Fax received', 'fax', 'New fax from {{caller_id.number}}', '<p>A fax of {{fax.total_pages}} pages arrived.</p>', 'A fax of {{fax.total_pages}} pages arrived.'],
  ['new_account', 'New account', 'account', 'Welcome to {{account.name}}', '<p>Your account {{account.name}} is ready.</p>', 'Your account {{account.name}} is ready.'],
  ['password_recovery', 'Password recovery', 'user', 'Reset your password', '<p>Follow {{link}} to reset your password.</p>', 'Follow {{link}} to reset your password.'],
];

/** Documents of the modern endpoints: faxes, recordings, logs, webhooks, ledgers, notifications. */
function seedModern(store, at) {
  const { accounts: A, users: U } = SEED;
  for (const [id, friendly, category, subject, html, text] of NOTIFICATIONS) {
    store.putDoc('global', 'notifications', {
      id, friendly_name: friendly, category, subject, enabled: true, pvt_templates: { 'text/html': html, 'text/plain': text }, ...at(),
    }, 'notification');
  }

  // One received fax, with its PDF.
  const faxPdf = samplePdf('Sandbox fax');
  store.putDoc(A.demo, 'faxes.inbox', {
    id: SEED.faxInbox, folder: 'inbox', status: 'completed', from_number: '+14155550188', to_number: SEED.numbers.fax,
    total_pages: 1, document: { content_type: 'application/pdf', length: faxPdf.length }, ...at(),
  }, 'fax');
  store.putBlob(`${A.demo}/faxes/inbox/${SEED.faxInbox}/attachment`, 'application/pdf', faxPdf);
  store.putDoc(A.demo, 'faxes.smtplog', { id: seedId('fax_smtplog:1'), from: 'scanner@demo.sandbox.local', to: 'fax@demo.sandbox.local', result: 'accepted', ...at() }, 'fax_smtplog');

  store.putDoc(A.demo, 'recordings', {
    id: SEED.recording, call_id: md5('cdr:1').slice(0, 20), owner_id: U.alice, content_type: 'audio/wav', duration_ms: 100, origin: 'inbound', ...at(),
  }, 'recording');

  store.putDoc(A.demo, 'webhooks', {
    id: SEED.webhook, name: 'Call events', uri: 'https://hooks.example.com/calls', hook: 'channel_create', http_verb: 'post', enabled: true, ...at(),
  }, 'webhooks');
  store.putDoc(A.demo, 'webhooks.attempts', {
    id: SEED.webhookAttempt, pvt_owner_id: SEED.webhook, hook_id: SEED.webhook, result: 'failure', reason: 'bad response code', response_code: '500', retries_left: 2, ...at(),
  }, 'webhook_attempt');

  store.putDoc(A.demo, 'notifications.smtplog', {
    id: SEED.smtpLog, template_id: 'voicemail_to_email', to: ['admin@demo.sandbox.local'], subject: 'New voicemail from Alice Anderson', receipt: '250 OK', ...at(),
  }, 'notify_smtplog');
  store.putDoc(A.demo, 'security.attempts', { id: seedId('auth_attempt:1'), auth_type: 'cb_user_auth', status: 'failed', message: 'invalid credentials', client_ip: '192.0.2.50', ...at() }, 'auth_attempt');
  store.putDoc(A.demo, 'multi_factor.attempts', { id: seedId('mfa_attempt:1'), provider: 'totp', user_id: U.admin, status: 'success', ...at() }, 'mfa_attempt');
  store.putDoc(A.demo, 'alerts', { id: seedId('alert:low-balance'), title: 'Low balance', category: 'low_balance', message: 'The prepaid balance is below 10.00', ...at() }, 'alert');
  const callId = md5('cdr:1').slice(0, 20);
  store.putDoc(A.demo, 'call_inspector', { id: callId, call_id: callId, messages: [{ method: 'INVITE', from: '1001', to: '1002', timestamp: SEED_EPOCH }], ...at() }, 'call_inspector');
  store.putDoc(A.demo, 'pivot.debug', { id: callId, call_id: callId, uri: 'https://ivr.example.com/pivot', method: 'get', response_code: '200', ...at() }, 'pivot_debug');
  store.putDoc(A.demo, 'websockets', { id: seedId('websocket:1'), bindings: ['call.CHANNEL_CREATE.*', 'object.doc_created.user'], source: 'monster-ui', remote_ip: '192.0.2.60', ...at() }, 'websocket');
  store.putDoc(A.demo, 'ledgers', {
    id: SEED.ledger, amount: -0.25, description: 'Call to +14155550123', source: { service: 'per-minute-voip', id: callId }, usage: { type: 'voice', quantity: 60, unit: 'sec' }, ...at(),
  }, 'ledger');
  store.putDoc(A.demo, 'crm_integration.call_logs', { id: seedId('crm_log:1'), call_id: callId, crm: 'sandbox_crm', status: 'logged', ...at() }, 'crm_call_log');
}
