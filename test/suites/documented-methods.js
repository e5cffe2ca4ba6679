/* Every documented method: verb, URL, content types, placeholders, body, token, response handling.
 *
 * The expectations below are transcribed from the classic plugin's 2014 documentation, one row
 * per method, with the errata the README lists applied (marked ERRATUM). They are written
 * independently of the SDK's own endpoint table on purpose: never derive them from it.
 *
 * Row: [method, verb, URL (after {apiRoot}/), { request: content type, response: content type },
 *       mandatory settings]
 */
(function () {
  'use strict';

  var METHODS = [
  ['account.get', 'GET', 'accounts/{accountId}', { request: 'application/json', response: 'json' }, ['accountId']],
  ['account.create', 'PUT', 'accounts/{accountId}', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['account.update', 'POST', 'accounts/{accountId}', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['account.delete', 'DELETE', 'accounts/{accountId}', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['account.listDescendants', 'GET', 'accounts/{accountId}/descendants', { request: 'application/json', response: 'json' }, ['accountId']],
  // ERRATUM: today's query
  ['account.listChildren', 'GET', 'accounts/{accountId}/children?ascending=true', { request: 'application/json', response: 'json' }, ['accountId']],
  ['auth.userAuth', 'PUT', 'user_auth', { request: 'application/json', response: 'json' }, ['data']],
  ['auth.sharedAuth', 'PUT', 'shared_auth', { request: 'application/json', response: 'json' }, ['data']],
  ['auth.pinAuth', 'PUT', 'pin_auth', { request: 'application/json', response: 'json' }, ['data']],
  ['balance.get', 'GET', 'accounts/{accountId}/transactions/current_balance', { request: 'application/json', response: 'json' }, ['accountId']],
  ['balance.add', 'PUT', 'accounts/{accountId}/braintree/credits', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['billing.get', 'GET', 'accounts/{accountId}/braintree/customer', { request: 'application/json', response: 'json' }, ['accountId']],
  ['billing.update', 'POST', 'accounts/{accountId}/braintree/customer', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['callflow.get', 'GET', 'accounts/{accountId}/callflows/{callflowId}', { request: 'application/json', response: 'json' }, ['accountId', 'callflowId']],
  ['callflow.create', 'PUT', 'accounts/{accountId}/callflows', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['callflow.update', 'POST', 'accounts/{accountId}/callflows/{callflowId}', { request: 'application/json', response: 'json' }, ['accountId', 'callflowId', 'data']],
  ['callflow.delete', 'DELETE', 'accounts/{accountId}/callflows/{callflowId}', { request: 'application/json', response: 'json' }, ['accountId', 'callflowId', 'data']],
  ['callflow.list', 'GET', 'accounts/{accountId}/callflows', { request: 'application/json', response: 'json' }, ['accountId']],
  ['cdrs.get', 'GET', 'accounts/{accountId}/cdrs/{cdrId}', { request: 'application/json', response: 'json' }, ['accountId', 'cdrId']],
  ['cdrs.list', 'GET', 'accounts/{accountId}/cdrs', { request: 'application/json', response: 'json' }, ['accountId']],
  ['channel.list', 'GET', 'accounts/{accountId}/channels', { request: 'application/json', response: 'json' }, ['accountId']],
  ['conference.get', 'GET', 'accounts/{accountId}/conferences/{conferenceId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId']],
  ['conference.create', 'PUT', 'accounts/{accountId}/conferences', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['conference.update', 'POST', 'accounts/{accountId}/conferences/{conferenceId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'data']],
  ['conference.delete', 'DELETE', 'accounts/{accountId}/conferences/{conferenceId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'data']],
  ['conference.list', 'GET', 'accounts/{accountId}/conferences', { request: 'application/json', response: 'json' }, ['accountId']],
  ['conference.getPins', 'GET', 'accounts/{accountId}/conferences/pins', { request: 'application/json', response: 'json' }, ['accountId']],
  ['conference.view', 'GET', 'accounts/{accountId}/conferences/{conferenceId}/status', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId']],
  // ERRATUM: no Kazoo server has POST .../{action}: the conference is PUT with the action in data
  ['conference.action', 'PUT', 'accounts/{accountId}/conferences/{conferenceId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'data']],
  ['conference.getServer', 'GET', 'accounts/{accountId}/conferences_servers/{serverId}', { request: 'application/json', response: 'json' }, ['accountId', 'serverId']],
  ['conference.createServer', 'PUT', 'accounts/{accountId}/conferences_servers', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['conference.updateServer', 'POST', 'accounts/{accountId}/conferences_servers/{serverId}', { request: 'application/json', response: 'json' }, ['accountId', 'serverId', 'data']],
  ['conference.deleteServer', 'DELETE', 'accounts/{accountId}/conferences_servers/{serverId}', { request: 'application/json', response: 'json' }, ['accountId', 'serverId', 'data']],
  ['conference.listServers', 'GET', 'accounts/{accountId}/conferences_servers', { request: 'application/json', response: 'json' }, ['accountId']],
  ['conference.addParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/add_participant', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'data']],
  ['conference.muteParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/mute/{participantId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'participantId', 'data']],
  ['conference.unmuteParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/unmute/{participantId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'participantId', 'data']],
  ['conference.deafParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/deaf/{participantId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'participantId', 'data']],
  ['conference.undeafParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/undeaf/{participantId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'participantId', 'data']],
  ['conference.kickParticipant', 'POST', 'accounts/{accountId}/conferences/{conferenceId}/kick/{participantId}', { request: 'application/json', response: 'json' }, ['accountId', 'conferenceId', 'participantId', 'data']],
  ['conference.createNotification', 'PUT', 'accounts/{accountId}/notify/conference_{notificationType}', { request: 'text/html', response: 'text/html' }, ['accountId', 'notificationType', 'data']],
  ['conference.getNotification', 'GET', 'accounts/{accountId}/notify/conference_{notificationType}/{contentType}', { request: 'text/html', response: 'text/html' }, ['accountId', 'notificationType', 'contentType']],
  ['conference.updateNotification', 'POST', 'accounts/{accountId}/notify/conference_{notificationType}', { request: 'text/html', response: 'text/html' }, ['accountId', 'notificationType', 'data']],
  ['connectivity.get', 'GET', 'accounts/{accountId}/connectivity/{connectivityId}', { request: 'application/json', response: 'json' }, ['accountId', 'connectivityId']],
  ['connectivity.create', 'PUT', 'accounts/{accountId}/connectivity', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['connectivity.update', 'POST', 'accounts/{accountId}/connectivity/{connectivityId}', { request: 'application/json', response: 'json' }, ['accountId', 'connectivityId', 'data']],
  ['connectivity.list', 'GET', 'accounts/{accountId}/connectivity', { request: 'application/json', response: 'json' }, ['accountId']],
  ['device.get', 'GET', 'accounts/{accountId}/devices/{deviceId}', { request: 'application/json', response: 'json' }, ['accountId', 'deviceId']],
  ['device.create', 'PUT', 'accounts/{accountId}/devices', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['device.update', 'POST', 'accounts/{accountId}/devices/{deviceId}', { request: 'application/json', response: 'json' }, ['accountId', 'deviceId', 'data']],
  ['device.delete', 'DELETE', 'accounts/{accountId}/devices/{deviceId}', { request: 'application/json', response: 'json' }, ['accountId', 'deviceId', 'data']],
  ['device.list', 'GET', 'accounts/{accountId}/devices', { request: 'application/json', response: 'json' }, ['accountId']],
  ['device.getStatus', 'GET', 'accounts/{accountId}/devices/status', { request: 'application/json', response: 'json' }, ['accountId']],
  ['device.quickcall', 'GET', 'accounts/{accountId}/devices/{deviceId}/quickcall/{number}', { request: 'application/json', response: 'json' }, ['accountId', 'deviceId', 'number']],
  ['directory.create', 'PUT', 'accounts/{accountId}/directories', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['directory.list', 'GET', 'accounts/{accountId}/directories', { request: 'application/json', response: 'json' }, ['accountId']],
  ['globalResources.get', 'GET', 'resources/{resourceId}', { request: 'application/json', response: 'json' }, ['resourceId']],
  ['globalResources.create', 'PUT', 'resources', { request: 'application/json', response: 'json' }, ['data']],
  ['globalResources.update', 'POST', 'resources/{resourceId}', { request: 'application/json', response: 'json' }, ['resourceId', 'data']],
  // ERRATUM (README, Errata): doc says globalResources/{resourceId}
  ['globalResources.delete', 'DELETE', 'resources/{resourceId}', { request: 'application/json', response: 'json' }, ['resourceId', 'data']],
  ['globalResources.list', 'GET', 'resources', { request: 'application/json', response: 'json' }, []],
  ['globalResources.updateCollection', 'POST', 'resources/collection', { request: 'application/json', response: 'json' }, ['data']],
  ['globalResources.listJobs', 'GET', 'resources/jobs', { request: 'application/json', response: 'json' }, []],
  ['globalResources.getJob', 'GET', 'resources/jobs/{jobId}', { request: 'application/json', response: 'json' }, ['jobId']],
  // ERRATUM (README, Errata): jobId is neither in the path nor mandatory
  ['globalResources.createJob', 'PUT', 'resources/jobs', { request: 'application/json', response: 'json' }, ['data']],
  ['group.get', 'GET', 'accounts/{accountId}/groups/{groupId}', { request: 'application/json', response: 'json' }, ['accountId', 'groupId']],
  ['group.create', 'PUT', 'accounts/{accountId}/groups', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['group.update', 'POST', 'accounts/{accountId}/groups/{groupId}', { request: 'application/json', response: 'json' }, ['accountId', 'groupId', 'data']],
  ['group.delete', 'DELETE', 'accounts/{accountId}/groups/{groupId}', { request: 'application/json', response: 'json' }, ['accountId', 'groupId', 'data']],
  ['group.list', 'GET', 'accounts/{accountId}/groups', { request: 'application/json', response: 'json' }, ['accountId']],
  ['limits.get', 'GET', 'accounts/{accountId}/limits', { request: 'application/json', response: 'json' }, ['accountId']],
  ['limits.update', 'POST', 'accounts/{accountId}/limits', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['localResources.get', 'GET', 'accounts/{accountId}/resources/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId']],
  ['localResources.create', 'PUT', 'accounts/{accountId}/resources', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['localResources.update', 'POST', 'accounts/{accountId}/resources/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId', 'data']],
  ['localResources.delete', 'DELETE', 'accounts/{accountId}/resources/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId', 'data']],
  ['localResources.list', 'GET', 'accounts/{accountId}/resources', { request: 'application/json', response: 'json' }, ['accountId']],
  ['localResources.updateCollection', 'POST', 'accounts/{accountId}/resources/collection', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['localResources.listJobs', 'GET', 'accounts/{accountId}/resources/jobs', { request: 'application/json', response: 'json' }, ['accountId']],
  ['localResources.getJob', 'GET', 'accounts/{accountId}/resources/jobs/{jobId}', { request: 'application/json', response: 'json' }, ['accountId', 'jobId']],
  // ERRATUM (README, Errata): jobId is neither in the path nor mandatory
  ['localResources.createJob', 'PUT', 'accounts/{accountId}/resources/jobs', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  // ERRATUM (README, Errata): media.get/create/update/delete/list use accounts/{accountId}/media, the doc says medias
  ['media.get', 'GET', 'accounts/{accountId}/media/{mediaId}', { request: 'application/json', response: 'json' }, ['accountId', 'mediaId']],
  ['media.create', 'PUT', 'accounts/{accountId}/media', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['media.update', 'POST', 'accounts/{accountId}/media/{mediaId}', { request: 'application/json', response: 'json' }, ['accountId', 'mediaId', 'data']],
  ['media.delete', 'DELETE', 'accounts/{accountId}/media/{mediaId}', { request: 'application/json', response: 'json' }, ['accountId', 'mediaId', 'data']],
  ['media.list', 'GET', 'accounts/{accountId}/media', { request: 'application/json', response: 'json' }, ['accountId']],
  ['media.upload', 'POST', 'accounts/{accountId}/media/{mediaId}/raw', { request: 'application/x-base64', response: 'json' }, ['accountId', 'mediaId', 'data']],
  // The doc lists menu.* inside its "Media" section: they form the `menu` namespace.
  ['menu.get', 'GET', 'accounts/{accountId}/menus/{menuId}', { request: 'application/json', response: 'json' }, ['accountId', 'menuId']],
  ['menu.create', 'PUT', 'accounts/{accountId}/menus', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['menu.update', 'POST', 'accounts/{accountId}/menus/{menuId}', { request: 'application/json', response: 'json' }, ['accountId', 'menuId', 'data']],
  ['menu.delete', 'DELETE', 'accounts/{accountId}/menus/{menuId}', { request: 'application/json', response: 'json' }, ['accountId', 'menuId', 'data']],
  ['menu.list', 'GET', 'accounts/{accountId}/menus', { request: 'application/json', response: 'json' }, ['accountId']],
  ['numbers.get', 'GET', 'accounts/{accountId}/phone_numbers/{phoneNumber}', { request: 'application/json', response: 'json' }, ['accountId', 'phoneNumber']],
  ['numbers.activate', 'PUT', 'accounts/{accountId}/phone_numbers/collection/activate', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['numbers.update', 'POST', 'accounts/{accountId}/phone_numbers/{phoneNumber}', { request: 'application/json', response: 'json' }, ['accountId', 'phoneNumber', 'data']],
  ['numbers.delete', 'DELETE', 'accounts/{accountId}/phone_numbers/collection', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['numbers.identify', 'GET', 'accounts/{accountId}/phone_numbers/{phoneNumber}/identify', { request: 'application/json', response: 'json' }, ['accountId', 'phoneNumber']],
  // ERRATUM: today's query, the numbers in service or being ported in
  ['numbers.list', 'GET', 'accounts/{accountId}/phone_numbers?filter_state=["in_service","port_in"]', { request: 'application/json', response: 'json' }, ['accountId']],
  ['numbers.listClassifiers', 'GET', 'accounts/{accountId}/phone_numbers/classifiers', { request: 'application/json', response: 'json' }, ['accountId']],
  ['numbers.search', 'GET', 'accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={limit}&offset={offset}', { request: 'application/json', response: 'json' }, ['accountId', 'pattern', 'limit', 'offset']],
  ['numbers.searchBlocks', 'GET', 'accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}', { request: 'application/json', response: 'json' }, ['accountId', 'pattern', 'size', 'offset', 'limit']],
  ['numbers.searchCity', 'GET', 'accounts/{accountId}/phone_numbers/prefix?city={city}', { request: 'application/json', response: 'json' }, ['accountId', 'city']],
  ['port.get', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}', { request: 'application/json', response: 'json' }, ['accountId', 'portRequestId']],
  ['port.create', 'PUT', 'accounts/{accountId}/port_requests', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['port.update', 'POST', 'accounts/{accountId}/port_requests/{portRequestId}', { request: 'application/json', response: 'json' }, ['accountId', 'portRequestId', 'data']],
  ['port.delete', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}', { request: 'application/json', response: 'json' }, ['accountId', 'portRequestId', 'data']],
  ['port.list', 'GET', 'accounts/{accountId}/port_requests', { request: 'application/json', response: 'json' }, ['accountId']],
  // ERRATUM: no Kazoo server has port_requests/descendants
  ['port.listDescendants', 'GET', 'accounts/{accountId}/descendants/port_requests', { request: 'application/json', response: 'json' }, ['accountId']],
  ['port.listAttachments', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/attachments', { request: 'application/json', response: 'json' }, ['accountId', 'portRequestId']],
  ['port.getAttachment', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', { request: 'application/pdf', response: 'application/pdf' }, ['accountId', 'portRequestId', 'documentName']],
  ['port.createAttachment', 'PUT', 'accounts/{accountId}/port_requests/{portRequestId}/attachments?filename={documentName}', { request: 'application/pdf', response: 'application/pdf' }, ['accountId', 'portRequestId', 'documentName', 'data']],
  ['port.updateAttachment', 'POST', 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', { request: 'application/pdf', response: 'application/pdf' }, ['accountId', 'portRequestId', 'documentName', 'data']],
  ['port.deleteAttachment', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}', { request: 'application/pdf', response: 'application/pdf' }, ['accountId', 'portRequestId', 'documentName', 'data']],
  ['port.changeState', 'PATCH', 'accounts/{accountId}/port_requests/{portRequestId}/{state}', { request: 'application/json', response: 'json' }, ['accountId', 'portRequestId', 'state']],
  ['resourceTemplates.get', 'GET', 'accounts/{accountId}/resource_templates/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId']],
  ['resourceTemplates.create', 'PUT', 'accounts/{accountId}/resource_templates', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['resourceTemplates.update', 'POST', 'accounts/{accountId}/resource_templates/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId', 'data']],
  ['resourceTemplates.delete', 'DELETE', 'accounts/{accountId}/resource_templates/{resourceId}', { request: 'application/json', response: 'json' }, ['accountId', 'resourceId', 'data']],
  ['resourceTemplates.list', 'GET', 'accounts/{accountId}/resource_templates', { request: 'application/json', response: 'json' }, ['accountId']],
  ['servicePlan.get', 'GET', 'accounts/{accountId}/service_plans/{planId}', { request: 'application/json', response: 'json' }, ['accountId', 'planId']],
  ['servicePlan.add', 'POST', 'accounts/{accountId}/service_plans/{planId}', { request: 'application/json', response: 'json' }, ['accountId', 'planId', 'data']],
  ['servicePlan.remove', 'DELETE', 'accounts/{accountId}/service_plans/{planId}', { request: 'application/json', response: 'json' }, ['accountId', 'planId', 'data']],
  ['servicePlan.list', 'GET', 'accounts/{accountId}/service_plans', { request: 'application/json', response: 'json' }, ['accountId']],
  ['servicePlan.listCurrent', 'GET', 'accounts/{accountId}/service_plans/current', { request: 'application/json', response: 'json' }, ['accountId']],
  ['servicePlan.reconciliate', 'POST', 'accounts/{accountId}/service_plans/reconciliation', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['servicePlan.synchronize', 'POST', 'accounts/{accountId}/service_plans/synchronization', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['temporalRule.get', 'GET', 'accounts/{accountId}/temporal_rules/{ruleId}', { request: 'application/json', response: 'json' }, ['accountId', 'ruleId']],
  ['temporalRule.create', 'PUT', 'accounts/{accountId}/temporal_rules', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['temporalRule.update', 'POST', 'accounts/{accountId}/temporal_rules/{ruleId}', { request: 'application/json', response: 'json' }, ['accountId', 'ruleId', 'data']],
  ['temporalRule.delete', 'DELETE', 'accounts/{accountId}/temporal_rules/{ruleId}', { request: 'application/json', response: 'json' }, ['accountId', 'ruleId', 'data']],
  ['temporalRule.list', 'GET', 'accounts/{accountId}/temporal_rules', { request: 'application/json', response: 'json' }, ['accountId']],
  ['user.get', 'GET', 'accounts/{accountId}/users/{userId}', { request: 'application/json', response: 'json' }, ['accountId', 'userId']],
  ['user.create', 'PUT', 'accounts/{accountId}/users', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['user.update', 'POST', 'accounts/{accountId}/users/{userId}', { request: 'application/json', response: 'json' }, ['accountId', 'userId', 'data']],
  ['user.delete', 'DELETE', 'accounts/{accountId}/users/{userId}', { request: 'application/json', response: 'json' }, ['accountId', 'userId', 'data']],
  ['user.list', 'GET', 'accounts/{accountId}/users', { request: 'application/json', response: 'json' }, ['accountId']],
  ['user.quickcall', 'GET', 'accounts/{accountId}/users/{userId}/quickcall/{number}', { request: 'application/json', response: 'json' }, ['accountId', 'userId', 'number']],
  ['voicemail.get', 'GET', 'accounts/{accountId}/vmboxes/{voicemailId}', { request: 'application/json', response: 'json' }, ['accountId', 'voicemailId']],
  ['voicemail.create', 'PUT', 'accounts/{accountId}/vmboxes', { request: 'application/json', response: 'json' }, ['accountId', 'data']],
  ['voicemail.update', 'POST', 'accounts/{accountId}/vmboxes/{voicemailId}', { request: 'application/json', response: 'json' }, ['accountId', 'voicemailId', 'data']],
  ['voicemail.delete', 'DELETE', 'accounts/{accountId}/vmboxes/{voicemailId}', { request: 'application/json', response: 'json' }, ['accountId', 'voicemailId', 'data']],
  ['voicemail.list', 'GET', 'accounts/{accountId}/vmboxes', { request: 'application/json', response: 'json' }, ['accountId']],
  ['whitelabel.get', 'GET', 'whitelabel/{domain}', { request: 'application/json', response: 'json' }, ['domain']],
  ['whitelabel.getLogo', 'GET', 'whitelabel/{domain}/logo', { request: 'application/json', response: 'json' }, ['domain']],
  // ERRATUM (README, Errata): accountId (mandatory in the doc) is in the path
  ['whitelabel.getDnsEntries', 'GET', 'accounts/{accountId}/whitelabel/domains', { request: 'application/json', response: 'json' }, ['accountId']],
  // ERRATUM (README, Errata): accountId is in the path; data is not mandatory
  ['whitelabel.checkDnsEntries', 'POST', 'accounts/{accountId}/whitelabel/domains?domain={domain}', { request: 'application/json', response: 'json' }, ['accountId', 'domain']],
  ];

  // One distinctive value per placeholder: characters that must be percent-encoded (/ ? # & = + % space,
  // non-ASCII), and a few numbers (0 included: it is a value, not a missing setting).
  var VALUES = {
    accountId: 'acc 1/é',
    action: 'act?2',
    callflowId: 'cf#3',
    cdrId: 'cdr%4',
    city: 'San José & Co',
    conferenceId: 'conf&5',
    connectivityId: 'conn=6',
    contentType: 'text/html;7',
    deviceId: 'dev+8',
    documentName: 'doc 9.pdf',
    domain: 'wl.example.com/10?x',
    groupId: 'grp/11',
    jobId: 'job 12',
    limit: 25,
    mediaId: 'med ia/13',
    menuId: 'menu#14',
    notificationType: 'type/15',
    number: '+1 (415) 555-0116',
    offset: 0,
    participantId: 'part 17',
    pattern: '+1 415&18',
    phoneNumber: '+1 415 555 0119',
    planId: 'plan/20',
    portRequestId: 'port?21',
    resourceId: 'res%22',
    ruleId: 'rule 23',
    serverId: 'srv&24',
    size: 10,
    state: 'sub mitted/26',
    userId: 'usr=27',
    voicemailId: 'vm é28',
  };

  var NAMESPACE_COUNT = 25;
  var LOGIN_METHODS = ['auth.userAuth', 'auth.sharedAuth', 'auth.pinAuth'];
  var PDF_BYTES = [37, 80, 68, 70, 0, 128, 255, 10];

  // What the test sends as `data` for a given request content type; a fresh copy every call, so a
  // mutation by the SDK cannot hide itself.
  function makeData(contentType) {
    switch (contentType) {
      case 'application/pdf':
        return KT.binary([37, 80, 68, 70, 45, 49, 46, 55, 10, 0, 127, 128, 200, 255]);
      case 'application/x-base64':
        return 'data:audio/mpeg;base64,SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA/+M4wAAA';
      case 'text/html':
        return '<html><body><p>Hello {{user.first_name}} &amp; "friends" é</p></body></html>';
      default:
        return { name: 'x', enabled: true, nested: { list: [1, 'é', null] } };
    }
  }

  function parseRow(row) {
    var name = row[0];
    return {
      name: name,
      namespace: name.split('.')[0],
      method: name.split('.')[1],
      verb: row[1],
      template: row[2],
      path: '/v2/' + KT.fillPath(row[2], VALUES),
      expectedQuery: KT.queryOf(row[2], VALUES),
      request: row[3].request,
      response: row[3].response,
      mandatory: row[4],
      placeholders: KT.placeholders(row[2]),
      isLogin: LOGIN_METHODS.indexOf(name) !== -1,
    };
  }

  var ROWS = METHODS.map(parseRow);

  function expectedNamespaces() {
    var namespaces = {};
    ROWS.forEach(function (row) {
      (namespaces[row.namespace] = namespaces[row.namespace] || []).push(row.method);
    });
    return namespaces;
  }

  QUnit.module('methods', KT.hooks);

  QUnit.test('the expectation table is consistent with itself', function (assert) {
    assert.strictEqual(ROWS.length, 146, '146 documented methods');
    var seen = {};
    ROWS.forEach(function (row) {
      assert.notOk(seen[row.name], row.name + ' appears once');
      seen[row.name] = true;
      var settings = row.mandatory.filter(function (s) { return s !== 'data'; });
      assert.deepEqual(row.placeholders.slice().sort(), settings.slice().sort(),
        row.name + ': the mandatory settings other than data are exactly the URL placeholders');
      row.placeholders.forEach(function (p) {
        assert.ok(Object.prototype.hasOwnProperty.call(VALUES, p), row.name + ': a test value for {' + p + '}');
      });
    });
    assert.strictEqual(Object.keys(expectedNamespaces()).length, NAMESPACE_COUNT, NAMESPACE_COUNT + ' namespaces');
  });

  // todays-methods.js checks that these and today's methods are all the SDK has.
  KT.documentedMethods = ROWS.map(function (row) { return row.name; });

  QUnit.test('the SDK has every documented namespace and method', function (assert) {
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    var expected = expectedNamespaces();
    assert.strictEqual(typeof sdk.request, 'function', 'request is a top-level function');
    Object.keys(expected).forEach(function (namespace) {
      var group = sdk[namespace];
      assert.ok(group !== null && typeof group === 'object', namespace + ' is an object');
      if (group === null || typeof group !== 'object') return;
      expected[namespace].forEach(function (method) {
        assert.strictEqual(typeof group[method], 'function', namespace + '.' + method + ' is a function');
      });
    });
  });

  ROWS.forEach(function (row) {
    QUnit.test(row.name + ': ' + row.verb + ' ' + row.template, function (assert) {
      var finish = assert.async(2); // the success callback and the promise
      var requests = this.requests;
      var sdk = KT.sdk({ authToken: 'tok-stored' });
      var method = sdk[row.namespace] && sdk[row.namespace][row.method];
      assert.strictEqual(typeof method, 'function', row.name + ' exists');
      if (typeof method !== 'function') return finish(), finish();

      var isBinaryDownload = row.verb === 'GET' && row.response === 'application/pdf';
      var isHtmlResponse = row.response === 'text/html';
      // The fake XHR hands the SDK a response body as a JS string, not as bytes: for the endpoints the
      // SDK reads binary-safe (the documented application/pdf ones), a non-ASCII character in that
      // string does not stand for its UTF-8 bytes, so their JSON reply stays ASCII.
      var reply = KT.envelope({ id: 'reply-' + row.name, list: [1, row.response === 'application/pdf' ? 'e' : 'é'] });
      var expectedResult = isHtmlResponse ? '<html><body>reply to ' + row.name + ' é</body></html>' : reply;

      // Every placeholder filled; data for every verb that carries a body (mandatory for all but
      // port.changeState and whitelabel.checkDnsEntries, for which it is optional).
      var settings = {};
      row.placeholders.forEach(function (p) { settings[p] = VALUES[p]; });
      var hasBody = row.verb !== 'GET';
      if (hasBody) settings.data = makeData(row.request);

      // Checks what a success callback or the promise delivered, then calls `finish`.
      function checkResult(label, result) {
        if (isBinaryDownload) return KT.assertByteString(assert, result, PDF_BYTES, label, finish);
        if (isHtmlResponse) assert.strictEqual(result, expectedResult, label + ': the HTML string');
        else assert.deepEqual(result, expectedResult, label + ': the whole envelope');
        assert.strictEqual(requests.length, 1, label + ': still exactly one request');
        finish();
      }

      var xhr = KT.sendOnce(assert, requests, method.bind(sdk[row.namespace]), settings, checkResult, finish);
      if (!xhr) return;
      var r = KT.assertRoute(assert, xhr, row.verb, row.path, row.expectedQuery);

      if (row.isLogin) assert.notOk('x-auth-token' in r.headers, 'a login sends no X-Auth-Token');
      else assert.strictEqual(r.headers['x-auth-token'], 'tok-stored', 'X-Auth-Token is the stored token');

      if (!hasBody) {
        assert.ok(r.body === null || r.body === undefined, 'GET: no body');
        assert.notOk('content-type' in r.headers, 'GET: no Content-Type');
      } else if (row.request === 'application/json') {
        assert.ok(/^application\/json(;|$)/.test(r.headers['content-type'] || ''),
          'Content-Type application/json (' + r.headers['content-type'] + ')');
        assert.deepEqual(r.json, { data: makeData(row.request) }, 'body is {data: <data>}');
      } else {
        assert.ok(new RegExp('^' + row.request.replace('/', '\\/') + '(;|$)').test(r.headers['content-type'] || ''),
          'Content-Type ' + row.request + ' (' + r.headers['content-type'] + ')');
        assert.strictEqual(r.body, makeData(row.request), 'body is the raw data, unchanged');
      }

      if (isBinaryDownload) KT.respond(xhr, 200, KT.binary(PDF_BYTES), { 'Content-Type': 'application/pdf' });
      else if (isHtmlResponse) KT.respond(xhr, 200, expectedResult, { 'Content-Type': 'text/html' });
      else KT.respond(xhr, 200, reply); // JSON, including the attachment uploads/deletes
    });
  });

  QUnit.test('DELETE without data sends {data: {}}', function (assert) {
    var done = assert.async();
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    sdk.account.delete({ accountId: 'a1' }).then(function (res) {
      assert.deepEqual(res, KT.envelope({ id: 'a1' }), 'resolves with the envelope');
      done();
    }, function () {
      assert.ok(false, 'rejected');
      done();
    });
    assert.strictEqual(this.requests.length, 1, 'one request');
    var r = KT.parse(this.requests[0]);
    assert.strictEqual(r.verb, 'DELETE');
    assert.strictEqual(r.path, '/v2/accounts/a1');
    assert.deepEqual(r.json, { data: {} }, 'body');
    KT.respond(this.requests[0], 200, KT.envelope({ id: 'a1' }));
  });

  QUnit.test('methods whose data is optional send without it', function (assert) {
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    var requests = this.requests;
    try {
      sdk.port.changeState({ accountId: 'a1', portRequestId: 'p1', state: 'submitted' });
      sdk.whitelabel.checkDnsEntries({ accountId: 'a1', domain: 'example.com' });
    } catch (e) {
      assert.ok(false, 'threw: ' + e.message);
    }
    assert.strictEqual(requests.length, 2, 'two requests');
    var patch = KT.parse(requests[0] || { url: '', method: '' });
    assert.strictEqual(patch.verb, 'PATCH');
    assert.strictEqual(patch.path, '/v2/accounts/a1/port_requests/p1/submitted');
    var check = KT.parse(requests[1] || { url: '', method: '' });
    assert.strictEqual(check.verb, 'POST');
    assert.strictEqual(check.path, '/v2/accounts/a1/whitelabel/domains');
    assert.deepEqual(check.query, { domain: ['example.com'] });
  });

  QUnit.test('after auth.userAuth succeeds, later calls send the new token', function (assert) {
    var done = assert.async(2);
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    var login = KT.envelope({ account_id: 'acc-new' }, { auth_token: 'tok-new' });
    sdk.auth.userAuth({
      data: { account_name: 'demo', credentials: 'md5hash' },
      success: function (res) {
        assert.deepEqual(res, login, 'login envelope');
        // As in the documentation's usage example: the next call is made from the success callback.
        sdk.account.get({ accountId: res.data.account_id });
        assert.strictEqual(requests.length, 2, 'second request sent');
        var r = KT.parse(requests[1]);
        assert.strictEqual(r.path, '/v2/accounts/acc-new');
        assert.strictEqual(r.headers['x-auth-token'], 'tok-new', 'the new token, from the success callback');
        done();
      },
    }).then(function () {
      sdk.user.list({ accountId: 'acc-new' });
      var last = requests[requests.length - 1];
      var r = KT.parse(last);
      assert.strictEqual(r.path, '/v2/accounts/acc-new/users');
      assert.strictEqual(r.headers['x-auth-token'], 'tok-new', 'the new token, after the promise resolved');
      done();
    }, function () {
      assert.ok(false, 'login rejected');
      done();
    });
    assert.strictEqual(requests.length, 1, 'one login request');
    assert.notOk('x-auth-token' in KT.parse(requests[0]).headers, 'the login sends no token');
    KT.respond(requests[0], 200, login);
  });
})();
