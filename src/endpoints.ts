/**
 * The endpoint table: one entry per SDK method, grouped by namespace, in the order of the ported
 * documentation (spec/kazoo-sdk.txt). Pure data; every method of the SDK is built from it.
 *
 * An entry:
 * - `verb`: the HTTP method.
 * - `url`: the path relative to the apiRoot. Each `{name}` is a mandatory setting of the method,
 *   encoded into the URL (also inside the query part, as in numbers.search).
 * - `contentType`: the request Content-Type when it is not JSON; such bodies are sent raw.
 * - `accept`: the response content type when it is not JSON (text/html arrives as a string,
 *   anything else as bytes: a Blob).
 * - `auth`: a login method. It never sends X-Auth-Token and stores the token it gets back.
 * - `dataOptional`: a PUT or POST whose `data` is not mandatory (PUT and POST require it otherwise).
 *
 * Errata (where the documentation names a path no Kazoo server has; see README):
 * media.* use `media` (not `medias`); globalResources.delete uses `resources/{resourceId}`;
 * whitelabel.getDnsEntries/checkDnsEntries live under `accounts/{accountId}/whitelabel/domains`;
 * globalResources.createJob and localResources.createJob take no jobId (the server assigns it).
 */
export const endpoints = {
  account: {
    get: { verb: 'GET', url: 'accounts/{accountId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}' },
    update: { verb: 'POST', url: 'accounts/{accountId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}' },
    listDescendants: { verb: 'GET', url: 'accounts/{accountId}/descendants' },
    listChildren: { verb: 'GET', url: 'accounts/{accountId}/children' },
  },
  auth: {
    userAuth: { verb: 'PUT', url: 'user_auth', auth: true },
    sharedAuth: { verb: 'PUT', url: 'shared_auth', auth: true },
    pinAuth: { verb: 'PUT', url: 'pin_auth', auth: true },
  },
  balance: {
    get: { verb: 'GET', url: 'accounts/{accountId}/transactions/current_balance' },
    add: { verb: 'PUT', url: 'accounts/{accountId}/braintree/credits' },
  },
  billing: {
    get: { verb: 'GET', url: 'accounts/{accountId}/braintree/customer' },
    update: { verb: 'POST', url: 'accounts/{accountId}/braintree/customer' },
  },
  callflow: {
    get: { verb: 'GET', url: 'accounts/{accountId}/callflows/{callflowId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/callflows' },
    update: { verb: 'POST', url: 'accounts/{accountId}/callflows/{callflowId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/callflows/{callflowId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/callflows' },
  },
  cdrs: {
    get: { verb: 'GET', url: 'accounts/{accountId}/cdrs/{cdrId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/cdrs' },
  },
  channel: {
    list: { verb: 'GET', url: 'accounts/{accountId}/channels' },
  },
  conference: {
    get: { verb: 'GET', url: 'accounts/{accountId}/conferences/{conferenceId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/conferences' },
    update: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/conferences/{conferenceId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/conferences' },
    getPins: { verb: 'GET', url: 'accounts/{accountId}/conferences/pins' },
    view: { verb: 'GET', url: 'accounts/{accountId}/conferences/{conferenceId}/status' },
    action: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/{action}' },
    getServer: { verb: 'GET', url: 'accounts/{accountId}/conferences_servers/{serverId}' },
    createServer: { verb: 'PUT', url: 'accounts/{accountId}/conferences_servers' },
    updateServer: { verb: 'POST', url: 'accounts/{accountId}/conferences_servers/{serverId}' },
    deleteServer: { verb: 'DELETE', url: 'accounts/{accountId}/conferences_servers/{serverId}' },
    listServers: { verb: 'GET', url: 'accounts/{accountId}/conferences_servers' },
    addParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/add_participant' },
    muteParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/mute/{participantId}' },
    unmuteParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/unmute/{participantId}' },
    deafParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/deaf/{participantId}' },
    undeafParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/undeaf/{participantId}' },
    kickParticipant: { verb: 'POST', url: 'accounts/{accountId}/conferences/{conferenceId}/kick/{participantId}' },
    createNotification: { verb: 'PUT', url: 'accounts/{accountId}/notify/conference_{notificationType}', contentType: 'text/html', accept: 'text/html' },
    getNotification: { verb: 'GET', url: 'accounts/{accountId}/notify/conference_{notificationType}/{contentType}', contentType: 'text/html', accept: 'text/html' },
    updateNotification: { verb: 'POST', url: 'accounts/{accountId}/notify/conference_{notificationType}', contentType: 'text/html', accept: 'text/html' },
  },
  connectivity: {
    get: { verb: 'GET', url: 'accounts/{accountId}/connectivity/{connectivityId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/connectivity' },
    update: { verb: 'POST', url: 'accounts/{accountId}/connectivity/{connectivityId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/connectivity' },
  },
  device: {
    get: { verb: 'GET', url: 'accounts/{accountId}/devices/{deviceId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/devices' },
    update: { verb: 'POST', url: 'accounts/{accountId}/devices/{deviceId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/devices/{deviceId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/devices' },
    getStatus: { verb: 'GET', url: 'accounts/{accountId}/devices/status' },
    quickcall: { verb: 'GET', url: 'accounts/{accountId}/devices/{deviceId}/quickcall/{number}' },
  },
  directory: {
    create: { verb: 'PUT', url: 'accounts/{accountId}/directories' },
    list: { verb: 'GET', url: 'accounts/{accountId}/directories' },
  },
  globalResources: {
    get: { verb: 'GET', url: 'resources/{resourceId}' },
    create: { verb: 'PUT', url: 'resources' },
    update: { verb: 'POST', url: 'resources/{resourceId}' },
    delete: { verb: 'DELETE', url: 'resources/{resourceId}' },
    list: { verb: 'GET', url: 'resources' },
    updateCollection: { verb: 'POST', url: 'resources/collection' },
    listJobs: { verb: 'GET', url: 'resources/jobs' },
    getJob: { verb: 'GET', url: 'resources/jobs/{jobId}' },
    createJob: { verb: 'PUT', url: 'resources/jobs' },
  },
  group: {
    get: { verb: 'GET', url: 'accounts/{accountId}/groups/{groupId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/groups' },
    update: { verb: 'POST', url: 'accounts/{accountId}/groups/{groupId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/groups/{groupId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/groups' },
  },
  limits: {
    get: { verb: 'GET', url: 'accounts/{accountId}/limits' },
    update: { verb: 'POST', url: 'accounts/{accountId}/limits' },
  },
  localResources: {
    get: { verb: 'GET', url: 'accounts/{accountId}/resources/{resourceId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/resources' },
    update: { verb: 'POST', url: 'accounts/{accountId}/resources/{resourceId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/resources/{resourceId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/resources' },
    updateCollection: { verb: 'POST', url: 'accounts/{accountId}/resources/collection' },
    listJobs: { verb: 'GET', url: 'accounts/{accountId}/resources/jobs' },
    getJob: { verb: 'GET', url: 'accounts/{accountId}/resources/jobs/{jobId}' },
    createJob: { verb: 'PUT', url: 'accounts/{accountId}/resources/jobs' },
  },
  media: {
    get: { verb: 'GET', url: 'accounts/{accountId}/media/{mediaId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/media' },
    update: { verb: 'POST', url: 'accounts/{accountId}/media/{mediaId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/media/{mediaId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/media' },
    upload: { verb: 'POST', url: 'accounts/{accountId}/media/{mediaId}/raw', contentType: 'application/x-base64' },
  },
  menu: {
    get: { verb: 'GET', url: 'accounts/{accountId}/menus/{menuId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/menus' },
    update: { verb: 'POST', url: 'accounts/{accountId}/menus/{menuId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/menus/{menuId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/menus' },
  },
  numbers: {
    get: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}' },
    activate: { verb: 'PUT', url: 'accounts/{accountId}/phone_numbers/collection/activate' },
    update: { verb: 'POST', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/phone_numbers/collection' },
    identify: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}/identify' },
    list: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers' },
    listClassifiers: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/classifiers' },
    search: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={limit}&offset={offset}' },
    searchBlocks: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}' },
    searchCity: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/prefix?city={city}' },
  },
  port: {
    get: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/port_requests' },
    update: { verb: 'POST', url: 'accounts/{accountId}/port_requests/{portRequestId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/port_requests/{portRequestId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/port_requests' },
    listDescendants: { verb: 'GET', url: 'accounts/{accountId}/port_requests/descendants' },
    listAttachments: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}/attachments' },
    getAttachment: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', contentType: 'application/pdf', accept: 'application/pdf' },
    createAttachment: { verb: 'PUT', url: 'accounts/{accountId}/port_requests/{portRequestId}/attachments?filename={documentName}', contentType: 'application/pdf', accept: 'application/pdf' },
    updateAttachment: { verb: 'POST', url: 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', contentType: 'application/pdf', accept: 'application/pdf' },
    deleteAttachment: { verb: 'DELETE', url: 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', contentType: 'application/pdf', accept: 'application/pdf' },
    changeState: { verb: 'PATCH', url: 'accounts/{accountId}/port_requests/{portRequestId}/{state}' },
  },
  resourceTemplates: {
    get: { verb: 'GET', url: 'accounts/{accountId}/resource_templates/{resourceId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/resource_templates' },
    update: { verb: 'POST', url: 'accounts/{accountId}/resource_templates/{resourceId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/resource_templates/{resourceId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/resource_templates' },
  },
  servicePlan: {
    get: { verb: 'GET', url: 'accounts/{accountId}/service_plans/{planId}' },
    add: { verb: 'POST', url: 'accounts/{accountId}/service_plans/{planId}' },
    remove: { verb: 'DELETE', url: 'accounts/{accountId}/service_plans/{planId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/service_plans' },
    listCurrent: { verb: 'GET', url: 'accounts/{accountId}/service_plans/current' },
    reconciliate: { verb: 'POST', url: 'accounts/{accountId}/service_plans/reconciliation' },
    synchronize: { verb: 'POST', url: 'accounts/{accountId}/service_plans/synchronization' },
  },
  temporalRule: {
    get: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/temporal_rules' },
    update: { verb: 'POST', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules' },
  },
  user: {
    get: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/users' },
    update: { verb: 'POST', url: 'accounts/{accountId}/users/{userId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/users/{userId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/users' },
    quickcall: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/quickcall/{number}' },
  },
  voicemail: {
    get: { verb: 'GET', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
    create: { verb: 'PUT', url: 'accounts/{accountId}/vmboxes' },
    update: { verb: 'POST', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
    delete: { verb: 'DELETE', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
    list: { verb: 'GET', url: 'accounts/{accountId}/vmboxes' },
  },
  whitelabel: {
    get: { verb: 'GET', url: 'whitelabel/{domain}' },
    getLogo: { verb: 'GET', url: 'whitelabel/{domain}/logo' },
    getDnsEntries: { verb: 'GET', url: 'accounts/{accountId}/whitelabel/domains' },
    checkDnsEntries: { verb: 'POST', url: 'accounts/{accountId}/whitelabel/domains?domain={domain}', dataOptional: true },
  },
} as const;
