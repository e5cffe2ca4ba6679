// Every route of the API, one module per domain of Kazoo's API. Each module's default export is its
// routes (values, see kit.mjs); createSandbox() composes them with the fault routes.
import accounts from './accounts.mjs';
import apps from './apps.mjs';
import auth from './auth.mjs';
import billing from './billing.mjs';
import callflows from './callflows.mjs';
import calls from './calls.mjs';
import conferences from './conferences.mjs';
import devices from './devices.mjs';
import faxes from './faxes.mjs';
import integrations from './integrations.mjs';
import ips from './ips.mjs';
import media from './media.mjs';
import notifications from './notifications.mjs';
import numbers from './numbers.mjs';
import port from './port.mjs';
import qubicle from './qubicle.mjs';
import resources from './resources.mjs';
import search from './search.mjs';
import security from './security.mjs';
import system from './system.mjs';
import tasks from './tasks.mjs';
import users from './users.mjs';
import voicemail from './voicemail.mjs';
import whitelabel from './whitelabel.mjs';

export const DOMAINS = Object.freeze({
  accounts, apps, auth, billing, callflows, calls, conferences, devices, faxes, integrations, ips, media, notifications,
  numbers, port, qubicle, resources, search, security, system, tasks, users, voicemail, whitelabel,
});

/** The routes of every domain. */
export const API_ROUTES = Object.freeze(Object.values(DOMAINS).flat());
