/* Issue 8: every "modern" method — the Kazoo 4.3 / 5.x endpoints beyond the ported documentation.
 *
 * The rows below are TRANSCRIBED from the list of the calls today's Monster-UI applications make on
 * Kazoo 4.3 / 5.x (323 rows, as written there, corrections included; where they are used is left out). They are written
 * independently of the SDK on purpose: this suite never reads src/endpoints.ts nor
 * $.getKazooSdk.endpoints. What the columns mean comes from the issue-8 contract:
 *
 *   Row: [method, verb, path (after {apiRoot}/), request type ('' = JSON), response ('' = JSON), flags]
 *
 * Covered, for every row: the method exists; verb, origin, path with every {placeholder} filled from
 * VALUES (awkward characters) and encodeURIComponent-ed, query parameters (compared by parsed parts,
 * jQuery's `_` ignored); X-Auth-Token (stored token, none for no-token rows even with a call authToken);
 * body (GET: none, no Content-Type; JSON: {data: <data>}, {data: {}} without data; raw types: the
 * string with that Content-Type); Accept; the delivered result (envelope, string, or Blob with exact
 * bytes) to both the success callback and the promise; exactly one request; mandatory placeholder (and
 * raw `data`) errors. Then dedicated tests: multipart framing (faxes.sendAsMultipart), raw text bodies,
 * token-less methods, the auth flag (auth.callback), no-ui-metadata (channel.action) and what binary
 * downloads do with JSON and text answers.
 */
(function () {
  'use strict';

  var MODERN = [
    ['accessLists.get', 'GET', 'accounts/{accountId}/access_lists', '', '', ''],
    ['accessLists.update', 'POST', 'accounts/{accountId}/access_lists', '', '', ''],
    ['account.demote', 'DELETE', 'accounts/{accountId}/reseller', '', '', ''],
    ['account.listParents', 'GET', 'accounts/{accountId}/tree', '', '', ''],
    ['account.patch', 'PATCH', 'accounts/{accountId}', '', '', ''],
    ['account.promote', 'PUT', 'accounts/{accountId}/reseller', '', '', ''],
    ['account.searchAll', 'GET', 'search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}', '', '', ''],
    ['account.searchByName', 'GET', 'search?t=account&q=name&v={accountName}', '', '', ''],
    ['alert.list', 'GET', 'accounts/{accountId}/alerts', '', '', ''],
    ['apiKey.create', 'PUT', 'accounts/{accountId}/api_key', '', '', ''],
    ['apiKey.get', 'GET', 'accounts/{accountId}/api_key', '', '', ''],
    ['appsStore.add', 'PUT', 'accounts/{accountId}/apps_store/{appId}', '', '', ''],
    ['appsStore.createOverride', 'PUT', 'accounts/{accountId}/apps_store/{appId}/override', '', '', ''],
    ['appsStore.delete', 'DELETE', 'accounts/{accountId}/apps_store/{appId}', '', '', ''],
    ['appsStore.deleteOverride', 'DELETE', 'accounts/{accountId}/apps_store/{appId}/override', '', '', ''],
    ['appsStore.get', 'GET', 'accounts/{accountId}/apps_store/{appId}', '', '', ''],
    ['appsStore.getBlacklist', 'GET', 'accounts/{accountId}/apps_store/blacklist', '', '', ''],
    ['appsStore.getIcon', 'GET', 'accounts/{accountId}/apps_store/{appId}/icon', '', 'text', ''],
    ['appsStore.getOverride', 'GET', 'accounts/{accountId}/apps_store/{appId}/override', '', '', ''],
    ['appsStore.list', 'GET', 'accounts/{accountId}/apps_store', '', '', ''],
    ['appsStore.update', 'POST', 'accounts/{accountId}/apps_store/{appId}', '', '', ''],
    ['appsStore.updateBlacklist', 'POST', 'accounts/{accountId}/apps_store/blacklist', '', '', ''],
    ['appsStore.updateIcon', 'POST', 'accounts/{accountId}/apps_store/{appId}/override/icon', '', '', ''],
    ['appsStore.updateOverride', 'POST', 'accounts/{accountId}/apps_store/{appId}/override', '', '', ''],
    ['auth.callback', 'PUT', 'auth/callback', '', '', 'no-token auth'],
    ['auth.get', 'GET', 'auth/tokeninfo?token={token}', '', '', 'no-token'],
    ['auth.getLink', 'GET', 'accounts/{accountId}/auth/links/{auth_id}', '', '', ''],
    ['auth.impersonate', 'PUT', 'accounts/{accountId}/users/{userId}/user_auth', '', '', ''],
    ['auth.link', 'PUT', 'auth/links/{auth_id}', '', '', ''],
    ['auth.postTokenInfo', 'POST', 'auth/tokeninfo', '', '', 'no-token'],
    ['auth.recovery', 'PUT', 'user_auth/recovery', '', '', ''],
    ['auth.recoveryResetId', 'POST', 'user_auth/recovery', '', '', ''],
    ['auth.unlink', 'DELETE', 'auth/links/{auth_id}', '', '', ''],
    ['billing.deleteCard', 'DELETE', 'accounts/{accountId}/braintree/cards/{cardId}', '', '', ''],
    ['billing.getToken', 'GET', 'accounts/{accountId}/braintree/client_token', '', '', ''],
    ['blacklist.create', 'PUT', 'accounts/{accountId}/blacklists', '', '', ''],
    ['blacklist.delete', 'DELETE', 'accounts/{accountId}/blacklists/{blacklistId}', '', '', ''],
    ['blacklist.get', 'GET', 'accounts/{accountId}/blacklists/{blacklistId}', '', '', ''],
    ['blacklist.list', 'GET', 'accounts/{accountId}/blacklists', '', '', ''],
    ['blacklist.update', 'POST', 'accounts/{accountId}/blacklists/{blacklistId}', '', '', ''],
    ['callflow.patch', 'PATCH', 'accounts/{accountId}/callflows/{callflowId}', '', '', ''],
    ['callflow.searchByNameAndNumber', 'GET', 'accounts/{accountId}/search?t=callflow&q=name_and_number&v={value}', '', '', ''],
    ['callflow.searchByNumber', 'GET', 'accounts/{accountId}/search?t=callflow&q=number&v={value}', '', '', ''],
    ['cdrPushOnebill.get', 'GET', 'accounts/{accountId}/cdr_push_onebill', '', '', ''],
    ['cdrPushOnebill.post', 'POST', 'accounts/{accountId}/cdr_push_onebill', '', '', ''],
    ['cdrs.listByInteraction', 'GET', 'accounts/{accountId}/cdrs/interaction', '', '', ''],
    ['cdrs.listByInteractionUser', 'GET', 'accounts/{accountId}/users/{userId}/cdrs/interaction', '', '', ''],
    ['cdrs.listByUser', 'GET', 'accounts/{accountId}/users/{userId}/cdrs', '', '', ''],
    ['cdrs.listLegs', 'GET', 'accounts/{accountId}/cdrs/legs/{callId}', '', '', ''],
    ['channel.action', 'PUT', 'accounts/{accountId}/channels/{callId}', '', '', 'no-ui-metadata'],
    ['clickToCall.connect', 'POST', 'accounts/{accountId}/clicktocall/{clickToCallId}/connect', '', '', ''],
    ['clickToCall.create', 'PUT', 'accounts/{accountId}/clicktocall', '', '', ''],
    ['clickToCall.delete', 'DELETE', 'accounts/{accountId}/clicktocall/{clickToCallId}', '', '', ''],
    ['clickToCall.get', 'GET', 'accounts/{accountId}/clicktocall/{clickToCallId}', '', '', ''],
    ['clickToCall.list', 'GET', 'accounts/{accountId}/clicktocall', '', '', ''],
    ['clickToCall.update', 'POST', 'accounts/{accountId}/clicktocall/{clickToCallId}', '', '', ''],
    ['conference.participantsAction', 'PUT', 'accounts/{accountId}/conferences/{conferenceId}/participants/{participantId}', '', '', ''],
    ['conference.participantsBulkAction', 'PUT', 'accounts/{accountId}/conferences/{conferenceId}/participants', '', '', ''],
    ['conference.participantsList', 'GET', 'accounts/{accountId}/conferences/{conferenceId}/participants', '', '', ''],
    ['configs.get', 'GET', 'accounts/{accountId}/configs/{endpoint}', '', '', ''],
    ['contactList.get', 'GET', 'accounts/{accountId}/contact_list', '', '', ''],
    ['crm.createIntegration', 'PUT', 'accounts/{accountId}/crm_integration', '', '', ''],
    ['crm.createMapping', 'PUT', 'accounts/{accountId}/crm_integration/mappings', '', '', ''],
    ['crm.createTrigger', 'PUT', 'accounts/{accountId}/crm_integration/triggers', '', '', ''],
    ['crm.deleteMapping', 'DELETE', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', '', '', ''],
    ['crm.deleteTrigger', 'DELETE', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', '', '', ''],
    ['crm.getCallLog', 'GET', 'accounts/{accountId}/crm_integration/call_logs', '', '', ''],
    ['crm.getIntegration', 'GET', 'accounts/{accountId}/crm_integration', '', '', ''],
    ['crm.getMapping', 'GET', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', '', '', ''],
    ['crm.getTrigger', 'GET', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', '', '', ''],
    ['crm.listMappings', 'GET', 'accounts/{accountId}/crm_integration/mappings', '', '', ''],
    ['crm.listTriggers', 'GET', 'accounts/{accountId}/crm_integration/triggers', '', '', ''],
    ['crm.patchMapping', 'PATCH', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', '', '', ''],
    ['crm.patchTrigger', 'PATCH', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', '', '', ''],
    ['crm.updateMapping', 'POST', 'accounts/{accountId}/crm_integration/mappings/{mappingId}', '', '', ''],
    ['crm.updateTrigger', 'POST', 'accounts/{accountId}/crm_integration/triggers/{triggerId}', '', '', ''],
    ['dashboards.getActivityLog', 'POST', 'accounts/{accountId}/dashboards/activity_log', '', '', ''],
    ['dashboards.getEnsureStarted', 'GET', 'accounts/{accountId}/dashboards/ensure_started', '', '', ''],
    ['dashboards.getQueueDetails', 'POST', 'accounts/{accountId}/dashboards/queue_details/{queueId}', '', '', ''],
    ['dashboards.getQueueOverview', 'POST', 'accounts/{accountId}/dashboards/queue_overview', '', '', ''],
    ['dashboards.getRecipientOverview', 'GET', 'accounts/{accountId}/dashboards/recipient_overview', '', '', ''],
    ['dashboards.getRecipientPerformance', 'GET', 'accounts/{accountId}/dashboards/recipient_performance', '', '', ''],
    ['desktop.getLinux', 'GET', 'accounts/{accountId}/desktop/linux', '', '', ''],
    ['desktop.getMac', 'GET', 'accounts/{accountId}/desktop/mac', '', '', ''],
    ['desktop.getWindows', 'GET', 'accounts/{accountId}/desktop/windows', '', '', ''],
    ['device.patch', 'PATCH', 'accounts/{accountId}/devices/{deviceId}', '', '', ''],
    ['device.restart', 'POST', 'accounts/{accountId}/devices/{deviceId}/sync', '', '', ''],
    ['device.updatePresence', 'POST', 'accounts/{accountId}/devices/{deviceId}/presence', '', '', ''],
    ['directory.delete', 'DELETE', 'accounts/{accountId}/directories/{directoryId}', '', '', ''],
    ['directory.get', 'GET', 'accounts/{accountId}/directories/{directoryId}', '', '', ''],
    ['directory.update', 'POST', 'accounts/{accountId}/directories/{directoryId}', '', '', ''],
    ['externalNumbers.create', 'PUT', 'accounts/{accountId}/external_numbers', '', '', ''],
    ['externalNumbers.delete', 'DELETE', 'accounts/{accountId}/external_numbers/{numberId}', '', '', ''],
    ['externalNumbers.get', 'GET', 'accounts/{accountId}/external_numbers/{numberId}', '', '', ''],
    ['externalNumbers.list', 'GET', 'accounts/{accountId}/external_numbers', '', '', ''],
    ['externalNumbers.submitPin', 'POST', 'accounts/{accountId}/external_numbers/{numberId}/verify', '', '', ''],
    ['externalNumbers.verify', 'PUT', 'accounts/{accountId}/external_numbers/{numberId}/verify', '', '', ''],
    ['faxbox.create', 'PUT', 'accounts/{accountId}/faxboxes', '', '', ''],
    ['faxbox.delete', 'DELETE', 'accounts/{accountId}/faxboxes/{faxboxId}', '', '', ''],
    ['faxbox.get', 'GET', 'accounts/{accountId}/faxboxes/{faxboxId}', '', '', ''],
    ['faxbox.list', 'GET', 'accounts/{accountId}/faxboxes', '', '', ''],
    ['faxbox.update', 'POST', 'accounts/{accountId}/faxboxes/{faxboxId}', '', '', ''],
    ['faxes.deleteInbound', 'DELETE', 'accounts/{accountId}/faxes/inbox/{faxId}', '', '', ''],
    ['faxes.deleteOutbound', 'DELETE', 'accounts/{accountId}/faxes/outbox/{faxId}', '', '', ''],
    ['faxes.getAttachmentInbound', 'GET', 'accounts/{accountId}/faxes/inbox/{faxId}/attachment', '', 'text', ''],
    ['faxes.getAttachmentOutbound', 'GET', 'accounts/{accountId}/faxes/outbox/{faxId}/attachment', '', 'text', ''],
    ['faxes.getDetailsInbound', 'GET', 'accounts/{accountId}/faxes/inbox/{faxId}', '', '', ''],
    ['faxes.getDetailsOutbound', 'GET', 'accounts/{accountId}/faxes/outbox/{faxId}', '', '', ''],
    ['faxes.getLogDetails', 'GET', 'accounts/{accountId}/faxes/smtplog/{logId}', '', '', ''],
    ['faxes.getLogs', 'GET', 'accounts/{accountId}/faxes/smtplog', '', '', ''],
    ['faxes.listInbound', 'GET', 'accounts/{accountId}/faxes/inbox', '', '', ''],
    ['faxes.listOutbound', 'GET', 'accounts/{accountId}/faxes/outbox', '', '', ''],
    ['faxes.send', 'PUT', 'accounts/{accountId}/faxes', '', '', ''],
    ['faxes.sendAsMultipart', 'PUT', 'accounts/{accountId}/faxes', 'multipart/mixed', '', ''],
    ['faxes.updateInbound', 'PUT', 'accounts/{accountId}/faxes/inbox/{faxId}', '', '', ''],
    ['faxes.updateOutbound', 'PUT', 'accounts/{accountId}/faxes/outbox/{faxId}', '', '', ''],
    ['inspector.get', 'GET', 'accounts/{accountId}/call_inspector/{callId}', '', '', ''],
    ['inspector.list', 'GET', 'accounts/{accountId}/call_inspector', '', '', ''],
    ['ips.add', 'POST', 'accounts/{accountId}/ips/{ip}', '', '', ''],
    ['ips.delete', 'DELETE', 'accounts/{accountId}/ips/{ip}', '', '', ''],
    ['ips.list', 'GET', 'accounts/{accountId}/ips?zone={zone}&quantity={quantity}', '', '', ''],
    ['ips.listAssigned', 'GET', 'accounts/{accountId}/ips/assigned', '', '', ''],
    ['ips.listZones', 'GET', 'accounts/{accountId}/ips/zones', '', '', ''],
    ['ledgers.credit', 'PUT', 'accounts/{accountId}/ledgers/credit', '', '', ''],
    ['ledgers.debit', 'PUT', 'accounts/{accountId}/ledgers/debit', '', '', ''],
    ['ledgers.get', 'GET', 'accounts/{accountId}/ledgers/{ledgerId}', '', '', ''],
    ['ledgers.getDetails', 'GET', 'accounts/{accountId}/ledgers/{ledgerId}/{id}', '', '', ''],
    ['ledgers.list', 'GET', 'accounts/{accountId}/ledgers', '', '', ''],
    ['ledgers.listAvailable', 'GET', 'accounts/{accountId}/ledgers/available', '', '', ''],
    ['ledgers.summaryPerMonth', 'GET', 'accounts/{accountId}/ledgers/summary/{modbSuffix}', '', '', ''],
    ['ledgers.total', 'GET', 'accounts/{accountId}/ledgers/total', '', '', ''],
    ['matchList.create', 'PUT', 'accounts/{accountId}/match_lists', '', '', ''],
    ['matchList.delete', 'DELETE', 'accounts/{accountId}/match_lists/{matchListId}', '', '', ''],
    ['matchList.get', 'GET', 'accounts/{accountId}/match_lists/{matchListId}', '', '', ''],
    ['matchList.list', 'GET', 'accounts/{accountId}/match_lists/', '', '', ''],
    ['matchList.patch', 'PATCH', 'accounts/{accountId}/match_lists/{matchListId}', '', '', ''],
    ['matchList.update', 'POST', 'accounts/{accountId}/match_lists/{matchListId}', '', '', ''],
    ['metaflow.delete', 'DELETE', 'accounts/{accountId}/metaflows', '', '', ''],
    ['metaflow.get', 'GET', 'accounts/{accountId}/metaflows', '', '', ''],
    ['metaflow.update', 'POST', 'accounts/{accountId}/metaflows', '', '', ''],
    ['multifactor.create', 'PUT', 'accounts/{accountId}/multi_factor', '', '', ''],
    ['multifactor.delete', 'DELETE', 'accounts/{accountId}/multi_factor/{mfaId}', '', '', ''],
    ['multifactor.get', 'GET', 'accounts/{accountId}/multi_factor/{mfaId}', '', '', ''],
    ['multifactor.getAttempt', 'GET', 'accounts/{accountId}/multi_factor/attempts/{attemptId}', '', '', ''],
    ['multifactor.list', 'GET', 'accounts/{accountId}/multi_factor', '', '', ''],
    ['multifactor.listAttempts', 'GET', 'accounts/{accountId}/multi_factor/attempts', '', '', ''],
    ['multifactor.patch', 'PATCH', 'accounts/{accountId}/multi_factor/{mfaId}', '', '', ''],
    ['multifactor.qrcode', 'PUT', 'multi_factor/qrcode', '', '', ''],
    ['multifactor.resetQrcode', 'PUT', 'multi_factor/reset_qrcode', '', '', ''],
    ['multifactor.update', 'POST', 'accounts/{accountId}/multi_factor/{mfaId}', '', '', ''],
    ['numbers.activateBlock', 'PUT', 'accounts/{accountId}/phone_numbers/collection/activate', '', '', ''],
    ['numbers.create', 'PUT', 'accounts/{accountId}/phone_numbers/{phoneNumber}', '', '', ''],
    ['numbers.createBlock', 'PUT', 'accounts/{accountId}/phone_numbers/collection', '', '', ''],
    ['numbers.deleteBlock', 'DELETE', 'accounts/{accountId}/phone_numbers/collection', '', '', ''],
    ['numbers.getCarrierInfo', 'GET', 'accounts/{accountId}/phone_numbers/carriers_info', '', '', ''],
    ['numbers.listAll', 'GET', 'accounts/{accountId}/phone_numbers', '', '', ''],
    ['numbers.matchClassifier', 'GET', 'accounts/{accountId}/phone_numbers/classifiers/{phoneNumber}', '', '', ''],
    ['numbers.patch', 'PATCH', 'accounts/{accountId}/phone_numbers/{phoneNumber}', '', '', ''],
    ['numbers.sync', 'POST', 'accounts/{accountId}/phone_numbers/fix', '', '', ''],
    ['numbers.syncOne', 'POST', 'accounts/{accountId}/phone_numbers/fix/{number}', '', '', ''],
    ['parkedCalls.list', 'GET', 'accounts/{accountId}/parked_calls', '', '', ''],
    ['pivot.getDebug', 'GET', 'accounts/{accountId}/pivot/debug/{callId}', '', '', ''],
    ['pivot.listDebug', 'GET', 'accounts/{accountId}/pivot/debug', '', '', ''],
    ['port.addComment', 'PUT', 'accounts/{accountId}/port_requests/{portRequestId}/comments', '', '', ''],
    ['port.deleteAllComments', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}/comments', '', '', ''],
    ['port.deleteComment', 'DELETE', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', '', '', ''],
    ['port.getComment', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', '', '', ''],
    ['port.getTimeline', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/timeline', '', '', ''],
    ['port.listByState', 'GET', 'accounts/{accountId}/port_requests/{state}', '', '', ''],
    ['port.listComments', 'GET', 'accounts/{accountId}/port_requests/{portRequestId}/comments', '', '', ''],
    ['port.listDescendantsByState', 'GET', 'accounts/{accountId}/descendants/port_requests/{state}', '', '', ''],
    ['port.listLastSubmitted', 'GET', 'accounts/{accountId}/port_requests/last_submitted', '', '', ''],
    ['port.listPortAuthority', 'GET', 'port_requests', '', '', ''],
    ['port.portabilityLookup', 'POST', 'accounts/{accountId}/port_requests/lnp_lookup', '', '', ''],
    ['port.searchNumber', 'GET', 'accounts/{accountId}/port_requests?by_number={number}', '', '', ''],
    ['port.searchNumberByDescendants', 'GET', 'accounts/{accountId}/descendants/port_requests?by_number={number}', '', '', ''],
    ['port.updateComment', 'POST', 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', '', '', ''],
    ['presence.get', 'GET', 'accounts/{accountId}/presence/{presenceId}', '', '', ''],
    ['presence.list', 'GET', 'accounts/{accountId}/presence', '', '', ''],
    ['presence.update', 'POST', 'accounts/{accountId}/presence/{presenceId}', '', '', ''],
    ['qubicleQueues.create', 'PUT', 'accounts/{accountId}/qubicle_queues', '', '', ''],
    ['qubicleQueues.delete', 'DELETE', 'accounts/{accountId}/qubicle_queues/{queueId}', '', '', ''],
    ['qubicleQueues.deleteRecipients', 'DELETE', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients', '', '', ''],
    ['qubicleQueues.get', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}', '', '', ''],
    ['qubicleQueues.getEnsureStarted', 'GET', 'accounts/{accountId}/qubicle_queues/ensure_started', '', '', ''],
    ['qubicleQueues.getStatus', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}/status', '', '', ''],
    ['qubicleQueues.list', 'GET', 'accounts/{accountId}/qubicle_queues', '', '', ''],
    ['qubicleQueues.listAllRecipients', 'GET', 'accounts/{accountId}/qubicle_queues/recipients', '', '', ''],
    ['qubicleQueues.listRecipients', 'GET', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients', '', '', ''],
    ['qubicleQueues.listStatus', 'GET', 'accounts/{accountId}/qubicle_queues/status', '', '', ''],
    ['qubicleQueues.patch', 'PATCH', 'accounts/{accountId}/qubicle_queues/{queueId}', '', '', ''],
    ['qubicleQueues.update', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}', '', '', ''],
    ['qubicleQueues.updateRecipients', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/recipients', '', '', ''],
    ['qubicleQueues.updateRoles', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/roles', '', '', ''],
    ['qubicleQueues.updateSessions', 'POST', 'accounts/{accountId}/qubicle_queues/{queueId}/sessions/{sessionId}', '', '', ''],
    ['qubicleRecipients.get', 'GET', 'accounts/{accountId}/qubicle_recipients/{userId}', '', '', ''],
    ['qubicleRecipients.getQueueMembership', 'POST', 'accounts/{accountId}/qubicle_recipients/queue_membership', '', '', ''],
    ['qubicleRecipients.getStatus', 'GET', 'accounts/{accountId}/qubicle_recipients/{userId}/status', '', '', ''],
    ['qubicleRecipients.list', 'GET', 'accounts/{accountId}/qubicle_recipients', '', '', ''],
    ['qubicleRecipients.listStatus', 'POST', 'accounts/{accountId}/qubicle_recipients/status', '', '', ''],
    ['qubicleRecipients.update', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}', '', '', ''],
    ['qubicleRecipients.updateDisable', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/disable', '', '', ''],
    ['qubicleRecipients.updateEnable', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/enable', '', '', ''],
    ['qubicleRecipients.updateRoles', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/roles', '', '', ''],
    ['qubicleRecipients.updateState', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}', '', '', ''],
    ['qubicleRecipients.updateStatus', 'POST', 'accounts/{accountId}/qubicle_recipients/{userId}/status', '', '', ''],
    ['qubicleReports.get', 'POST', 'accounts/{accountId}/qubicle_reports', '', '', ''],
    ['qubicleRoles.list', 'GET', 'accounts/{accountId}/qubicle_roles', '', '', ''],
    ['qubicleSkills.create', 'PUT', 'accounts/{accountId}/qubicle_skills', '', '', ''],
    ['qubicleSkills.delete', 'DELETE', 'accounts/{accountId}/qubicle_skills/{skillId}', '', '', ''],
    ['qubicleSkills.list', 'GET', 'accounts/{accountId}/qubicle_skills', '', '', ''],
    ['qubicleSkills.patch', 'PATCH', 'accounts/{accountId}/qubicle_skills/{skillId}', '', '', ''],
    ['qubicleSkills.update', 'POST', 'accounts/{accountId}/qubicle_skills/{skillId}', '', '', ''],
    ['recordings.delete', 'DELETE', 'accounts/{accountId}/recordings/{recordingId}', '', '', ''],
    ['recordings.get', 'GET', 'accounts/{accountId}/recordings/{recordingId}', '', '', ''],
    ['recordings.list', 'GET', 'accounts/{accountId}/recordings', '', '', ''],
    ['registrations.list', 'GET', 'accounts/{accountId}/registrations', '', '', ''],
    ['schemas.get', 'GET', 'schemas/{schemaId}', '', '', ''],
    ['schemas.list', 'GET', 'schemas', '', '', ''],
    ['security.create', 'PUT', 'accounts/{accountId}/security', '', '', ''],
    ['security.delete', 'DELETE', 'accounts/{accountId}/security', '', '', ''],
    ['security.get', 'GET', 'accounts/{accountId}/security', '', '', ''],
    ['security.getAttempt', 'GET', 'accounts/{accountId}/security/attempts/{attemptId}', '', '', ''],
    ['security.listAttempts', 'GET', 'accounts/{accountId}/security/attempts', '', '', ''],
    ['security.listModules', 'GET', 'security', '', '', ''],
    ['security.update', 'POST', 'accounts/{accountId}/security', '', '', ''],
    ['servicePlan.addMany', 'POST', 'accounts/{accountId}/service_plans/', '', '', ''],
    ['servicePlan.addManyOverrides', 'POST', 'accounts/{accountId}/service_plans/override', '', '', ''],
    ['servicePlan.create', 'PUT', 'accounts/{accountId}/service_plans', '', '', ''],
    ['servicePlan.getAvailable', 'GET', 'accounts/{accountId}/service_plans/available/{planId}', '', '', ''],
    ['servicePlan.getCsv', 'GET', 'accounts/{accountId}/service_plans/current?depth=4&identifier=items&accept=csv', '', '', ''],
    ['servicePlan.listAvailable', 'GET', 'accounts/{accountId}/service_plans/available', '', '', ''],
    ['servicePlan.removeMany', 'DELETE', 'accounts/{accountId}/service_plans/', '', '', ''],
    ['servicePlan.update', 'POST', 'accounts/{accountId}/service_plans/{planId}', '', '', ''],
    ['services.bulkChange', 'POST', 'accounts/{accountId}/services/', '', '', ''],
    ['services.getAuditSummary', 'GET', 'accounts/{accountId}/services/audit_summary', '', '', ''],
    ['services.getSummary', 'GET', 'accounts/{accountId}/services/summary', '', '', ''],
    ['services.listAssigned', 'GET', 'accounts/{accountId}/services', '', '', ''],
    ['services.listAvailable', 'GET', 'accounts/{accountId}/services/available', '', '', ''],
    ['services.listEditable', 'GET', 'accounts/{accountId}/services/editable', '', '', ''],
    ['services.listOverrides', 'GET', 'accounts/{accountId}/services/overrides', '', '', ''],
    ['services.quote', 'POST', 'accounts/{accountId}/services/quote', '', '', ''],
    ['services.topup', 'POST', 'accounts/{accountId}/services/topup', '', '', ''],
    ['services.updateManualQuantities', 'POST', 'accounts/{accountId}/services/manual', '', '', ''],
    ['slackIntegration.get', 'GET', 'accounts/{accountId}/slack_integration', '', '', ''],
    ['slackIntegration.listUsers', 'GET', 'accounts/{accountId}/slack_integration/user_listing', '', '', ''],
    ['smtpLogs.get', 'GET', 'accounts/{accountId}/notifications/smtplog/{logId}', '', '', ''],
    ['smtpLogs.list', 'GET', 'accounts/{accountId}/notifications/smtplog', '', '', ''],
    ['storage.add', 'PUT', 'accounts/{accountId}/storage', '', '', ''],
    ['storage.get', 'GET', 'accounts/{accountId}/storage', '', '', ''],
    ['storage.patch', 'PATCH', 'accounts/{accountId}/storage', '', '', ''],
    ['storage.update', 'POST', 'accounts/{accountId}/storage', '', '', ''],
    ['system.about', 'GET', 'about', '', '', ''],
    ['system.dialplans', 'GET', 'accounts/{accountId}/dialplans', '', '', ''],
    ['tasks.add', 'PUT', 'accounts/{accountId}/tasks?category={category}&action={action}', '', '', ''],
    ['tasks.delete', 'DELETE', 'accounts/{accountId}/tasks/{taskId}', '', '', ''],
    ['tasks.get', 'GET', 'accounts/{accountId}/tasks/{taskId}', '', '', ''],
    ['tasks.getInput', 'GET', 'accounts/{accountId}/tasks/{taskId}/input', 'text/csv', 'text', ''],
    ['tasks.getOutput', 'GET', 'accounts/{accountId}/tasks/{taskId}/output', 'text/csv', 'text', ''],
    ['tasks.list', 'GET', 'accounts/{accountId}/tasks', '', '', ''],
    ['tasks.start', 'PATCH', 'accounts/{accountId}/tasks/{taskId}', '', '', ''],
    ['tasks.stop', 'PATCH', 'accounts/{accountId}/tasks/{taskId}/stop', '', '', ''],
    ['tasks.summary', 'GET', 'tasks', '', '', ''],
    ['telexsmsboxes.create', 'PUT', 'accounts/{accountId}/telexsmsboxes', '', '', ''],
    ['telexsmsboxes.delete', 'DELETE', 'accounts/{accountId}/telexsmsboxes/{boxId}', '', '', ''],
    ['telexsmsboxes.list', 'GET', 'accounts/{accountId}/telexsmsboxes', '', '', ''],
    ['telexsmsboxes.update', 'POST', 'accounts/{accountId}/telexsmsboxes/{boxId}', '', '', ''],
    ['temporalRule.patch', 'PATCH', 'accounts/{accountId}/temporal_rules/{ruleId}', '', '', ''],
    ['temporalSet.create', 'PUT', 'accounts/{accountId}/temporal_rules_sets', '', '', ''],
    ['temporalSet.delete', 'DELETE', 'accounts/{accountId}/temporal_rules_sets/{setId}', '', '', ''],
    ['temporalSet.get', 'GET', 'accounts/{accountId}/temporal_rules_sets/{setId}', '', '', ''],
    ['temporalSet.list', 'GET', 'accounts/{accountId}/temporal_rules_sets', '', '', ''],
    ['temporalSet.update', 'POST', 'accounts/{accountId}/temporal_rules_sets/{setId}', '', '', ''],
    ['transactions.list', 'GET', 'accounts/{accountId}/transactions', '', '', ''],
    ['trunkingio.get', 'GET', 'accounts/{accountId}/trunkingio_settings', '', '', ''],
    ['trunkingio.getCheck', 'GET', 'accounts/{accountId}/trunkingio_settings/check', '', '', ''],
    ['user.hotdesks', 'GET', 'accounts/{accountId}/users/{userId}/hotdesks', '', '', ''],
    ['user.listDevices', 'GET', 'accounts/{accountId}/users/{userId}/devices', '', '', ''],
    ['user.listUsersWithChat', 'GET', 'accounts/{accountId}/users/getstream', '', '', ''],
    ['user.patch', 'PATCH', 'accounts/{accountId}/users/{userId}', '', '', ''],
    ['user.updateChatStatus', 'PATCH', 'accounts/{accountId}/users/{userId}/getstream', '', '', ''],
    ['user.updatePresence', 'POST', 'accounts/{accountId}/users/{userId}/presence', '', '', ''],
    ['voicemail.deleteMessages', 'DELETE', 'accounts/{accountId}/vmboxes/{voicemailId}/messages', '', '', ''],
    ['voicemail.listMessages', 'GET', 'accounts/{accountId}/vmboxes/{voicemailId}/messages', '', '', ''],
    ['voicemail.patch', 'PATCH', 'accounts/{accountId}/vmboxes/{voicemailId}', '', '', ''],
    ['voicemail.updateMessages', 'POST', 'accounts/{accountId}/vmboxes/{voicemailId}/messages', '', '', ''],
    ['webhooks.create', 'PUT', 'accounts/{accountId}/webhooks', '', '', ''],
    ['webhooks.delete', 'DELETE', 'accounts/{accountId}/webhooks/{webhookId}', '', '', ''],
    ['webhooks.get', 'GET', 'accounts/{accountId}/webhooks/{webhookId}', '', '', ''],
    ['webhooks.list', 'GET', 'accounts/{accountId}/webhooks', '', '', ''],
    ['webhooks.listAccountAttempts', 'GET', 'accounts/{accountId}/webhooks/attempts', '', '', ''],
    ['webhooks.listAttempts', 'GET', 'accounts/{accountId}/webhooks/{webhookId}/attempts', '', '', ''],
    ['webhooks.listAvailable', 'GET', 'webhooks', '', '', ''],
    ['webhooks.patch', 'PATCH', 'accounts/{accountId}/webhooks/{webhookId}', '', '', ''],
    ['webhooks.patchAll', 'PATCH', 'accounts/{accountId}/webhooks', '', '', ''],
    ['webhooks.update', 'POST', 'accounts/{accountId}/webhooks/{webhookId}', '', '', ''],
    ['websockets.list', 'GET', 'accounts/{accountId}/websockets', '', '', ''],
    ['websockets.listBindings', 'GET', 'accounts/{accountId}/websockets/{websocketId}', '', '', ''],
    ['websockets.listEvents', 'GET', 'websockets', '', '', ''],
    ['whitelabel.create', 'PUT', 'accounts/{accountId}/whitelabel', '', '', ''],
    ['whitelabel.delete', 'DELETE', 'accounts/{accountId}/whitelabel', '', '', ''],
    ['whitelabel.deleteNotification', 'DELETE', 'accounts/{accountId}/notifications/{notificationId}', '', '', ''],
    ['whitelabel.getByDomain', 'GET', 'whitelabel/{domain}', '', '', ''],
    ['whitelabel.getIcon', 'GET', 'accounts/{accountId}/whitelabel/icon', '', '', ''],
    ['whitelabel.getIconByDomain', 'GET', 'whitelabel/{domain}/icon', '', '', ''],
    ['whitelabel.getLogoByDomain', 'GET', 'whitelabel/{domain}/logo', '', '', ''],
    ['whitelabel.getNotification', 'GET', 'accounts/{accountId}/notifications/{notificationId}', '', '', ''],
    ['whitelabel.getNotificationHtml', 'GET', 'accounts/{accountId}/notifications/{notificationId}', 'text/html', 'html', ''],
    ['whitelabel.getNotificationText', 'GET', 'accounts/{accountId}/notifications/{notificationId}', 'text/plain', 'text', ''],
    ['whitelabel.getSystemNotification', 'GET', 'notifications/{notificationId}', '', '', ''],
    ['whitelabel.getSystemNotificationHtml', 'GET', 'notifications/{notificationId}', 'text/html', 'html', ''],
    ['whitelabel.getSystemNotificationText', 'GET', 'notifications/{notificationId}', 'text/plain', 'text', ''],
    ['whitelabel.getWelcome', 'GET', 'accounts/{accountId}/whitelabel/welcome', 'text/html', 'html', ''],
    ['whitelabel.getWelcomeByDomain', 'GET', 'whitelabel/{domain}/welcome', 'text/html', 'html', ''],
    ['whitelabel.listNotifications', 'GET', 'accounts/{accountId}/notifications', '', '', ''],
    ['whitelabel.previewNotification', 'POST', 'accounts/{accountId}/notifications/{notificationId}/preview', '', '', ''],
    ['whitelabel.update', 'POST', 'accounts/{accountId}/whitelabel', '', '', ''],
    ['whitelabel.updateIcon', 'POST', 'accounts/{accountId}/whitelabel/icon', 'application/x-base64', '', ''],
    ['whitelabel.updateLogo', 'POST', 'accounts/{accountId}/whitelabel/logo', 'application/x-base64', '', ''],
    ['whitelabel.updateNotification', 'POST', 'accounts/{accountId}/notifications/{notificationId}', '', '', ''],
    ['whitelabel.updateNotificationHtml', 'POST', 'accounts/{accountId}/notifications/{notificationId}', 'text/html', 'html', ''],
    ['whitelabel.updateNotificationText', 'POST', 'accounts/{accountId}/notifications/{notificationId}', 'text/plain', 'text', ''],
    ['whitelabel.updateWelcome', 'POST', 'accounts/{accountId}/whitelabel/welcome', 'text/html', 'html', ''],
  ];

  // From the issue-8 contract: the binary downloads (Accept: */*, delivered as a Blob unless the
  // answer is JSON or text/*). Three of them have a blank response column in the spec table.
  var BINARY_DOWNLOADS = [
    'appsStore.getIcon', 'faxes.getAttachmentInbound', 'faxes.getAttachmentOutbound',
    'whitelabel.getIcon', 'whitelabel.getIconByDomain', 'whitelabel.getLogoByDomain',
  ];
  var NAMESPACE_COUNT = 61;
  var REQUEST_TYPES = ['', 'text/html', 'text/plain', 'text/csv', 'application/x-base64', 'multipart/mixed'];
  var RESPONSES = ['', 'text', 'html'];
  var FLAGS = ['no-token', 'auth', 'no-ui-metadata'];
  var VERBS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

  // One distinctive, awkward value per placeholder: space, &, /, ?, %, +, é, #, = ... (never . or ..,
  // which the SDK rejects) and two numbers (0 included: it is a value, not a missing setting).
  var VALUES = {
    accountId: 'acc 1/é',
    accountName: 'Ann & Co/é?',
    action: 'im+port%2',
    appId: 'app#3',
    attemptId: 'att?4',
    auth_id: 'auth/5',
    blacklistId: 'bl 6&',
    boxId: 'box+7',
    callId: 'call%8@host',
    callflowId: 'cf#9',
    cardId: 'card 10',
    category: 'num bers&11',
    clickToCallId: 'c2c/12',
    commentId: 'com?13',
    conferenceId: 'conf&14',
    deviceId: 'dev+15',
    directoryId: 'dir é16',
    domain: 'wl.example.com/17?x',
    endpoint: 'numbers/18',
    faxId: 'fax#19',
    faxboxId: 'fb%20',
    id: 1921,
    ip: '10.0.0.22/24',
    ledgerId: 'per-minute voip&23',
    logId: 'log?24',
    mappingId: 'map/25',
    matchListId: 'ml+26',
    mfaId: 'mfa é27',
    modbSuffix: '2024/06#28',
    notificationId: 'voicemail_to_email/29',
    number: '+1 415 555 0130',
    numberId: 'num%31',
    participantId: 'part 32',
    phoneNumber: '+1 415 555 0133',
    planId: 'plan/34',
    portRequestId: 'port?35',
    presenceId: 'user@realm 36',
    quantity: 0,
    queueId: 'q&37',
    recordingId: 'rec#38',
    ruleId: 'rule 39',
    schemaId: 'schema/40',
    searchValue: 'find & seek=41 é',
    sessionId: 'sess+42',
    setId: 'set%43',
    skillId: 'skill é44',
    state: 'sub mitted/45',
    taskId: 'task?46',
    token: 'tok/47+==',
    triggerId: 'trig#48',
    userId: 'usr=49',
    value: '+1 (415) 50&x=y',
    voicemailId: 'vm é51',
    webhookId: 'hook/52',
    websocketId: 'ws 53?',
    zone: 'us east#54',
  };

  // Bytes of a binary answer: 0, 128 and 255 included.
  var BINARY_BYTES = [137, 80, 78, 71, 13, 10, 26, 10, 0, 127, 128, 200, 255];

  function isSdkError(e) {
    var Type = window.KazooSdk && window.KazooSdk.KazooSdkError;
    return !!e && e.name === 'KazooSdkError' && e instanceof Error && (!Type || e instanceof Type);
  }

  function sdkError(message) {
    return function (e) {
      return isSdkError(e) && (typeof message === 'string' ? e.message === message : message.test(e.message));
    };
  }

  // The UTF-8 bytes of a string, one char per byte: what a binary-safe read of a server's answer yields.
  function utf8(text) {
    return unescape(encodeURIComponent(text));
  }

  // Parts of a multipart/mixed body for faxes.sendAsMultipart: headers with string and number values,
  // a part without headers, CRLF, dashes and non-ASCII inside bodies, an empty body.
  function multipartParts() {
    return [
      { headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: { to_name: 'Zoë & Co', to_number: '+14155550100', from_number: '+14155550101' } }) },
      { headers: { 'Content-Type': 'application/pdf', 'Content-Length': 42, 'Content-Disposition': 'attachment; filename="loa é.pdf"' },
        body: '%PDF-1.4\r\n--not-the-boundary\r\n%%EOF' },
      { headers: {}, body: 'a part without headers\r\n\r\nand a blank line: ünïcødé' },
      { headers: { 'X-Empty': '' }, body: '' },
    ];
  }

  // What the test sends as `data` for a request type; a fresh copy every call, so a mutation by the
  // SDK cannot hide itself.
  function makeData(requestType) {
    switch (requestType) {
      case 'text/html':
        return '<html><body><p>Hello {{user.first_name}} &amp; "friends" é €</p></body></html>';
      case 'text/plain':
        return 'Hello {{user.first_name}},\r\nyour voicemail: Zoë & Co — 1 € {"data": 1}';
      case 'application/x-base64':
        return 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
      case 'multipart/mixed':
        return multipartParts();
      default:
        return { name: 'modern é', enabled: true, count: 0, nested: { list: [1, 'é', null] } };
    }
  }

  function isRawType(requestType) {
    return requestType !== '' && requestType !== 'text/csv';
  }

  function parseRow(row) {
    var name = row[0];
    var flags = row[5] ? row[5].split(' ') : [];
    var binary = BINARY_DOWNLOADS.indexOf(name) !== -1;
    var text = /^text\//.test(row[3]);
    var noToken = flags.indexOf('no-token') !== -1;
    return {
      name: name,
      namespace: name.split('.')[0],
      method: name.split('.')[1],
      verb: row[1],
      template: row[2],
      path: '/v2/' + KT.fillPath(row[2], VALUES),
      expectedQuery: KT.queryOf(row[2], VALUES),
      request: row[3],
      response: row[4],
      flags: flags,
      placeholders: KT.placeholders(row[2]),
      hasBody: row[1] !== 'GET',
      // raw request body (a string, or the multipart parts) on PUT/POST: `data` is mandatory there
      rawBody: row[1] !== 'GET' && isRawType(row[3]),
      noToken: noToken,
      // what is delivered: a Blob, a string, or the JSON envelope
      result: binary ? 'binary' : text ? 'text' : 'json',
      accept: binary ? '*/*' : text ? row[3] : 'application/json',
      responseType: binary ? (/^faxes\./.test(name) ? 'application/pdf' : 'image/png') : text ? row[3] : 'application/json',
    };
  }

  var ROWS = MODERN.map(parseRow);
  var BY_NAME = {};
  ROWS.forEach(function (row) { BY_NAME[row.name] = row; });

  // Every placeholder of a row filled (and data when its verb carries a body).
  function settingsFor(row) {
    var settings = {};
    row.placeholders.forEach(function (p) { settings[p] = VALUES[p]; });
    if (row.hasBody) settings.data = makeData(row.request);
    return settings;
  }

  function call(sdk, row, settings) {
    return sdk[row.namespace][row.method](settings);
  }

  // A multipart body -> { parts: [{headers: [[name, value]], body}] } or { error }, framed as the
  // contract says: --B CRLF, header lines, CRLF, body, CRLF for each part, then --B-- CRLF.
  function parseMultipart(body, boundary) {
    var open = '--' + boundary + '\r\n';
    var between = '\r\n--' + boundary + '\r\n';
    var close = '\r\n--' + boundary + '--\r\n';
    if (typeof body !== 'string') return { error: 'the body is not a string' };
    if (body.indexOf(open) !== 0) return { error: 'the body does not start with --B CRLF' };
    if (body.length < open.length + close.length - 2 || body.slice(-close.length) !== close) {
      return { error: 'the body does not end with CRLF --B-- CRLF' };
    }
    var chunks = body.slice(open.length, body.length - close.length).split(between);
    var parts = [];
    for (var i = 0; i < chunks.length; i++) {
      var chunk = chunks[i];
      var headers = [];
      while (chunk.indexOf('\r\n') !== 0) {
        var eol = chunk.indexOf('\r\n');
        var colon = chunk.indexOf(': ');
        if (eol === -1 || colon === -1 || colon > eol) return { error: 'part ' + i + ': a header line without "Name: value" CRLF' };
        headers.push([chunk.slice(0, colon), chunk.slice(colon + 2, eol)]);
        chunk = chunk.slice(eol + 2);
      }
      parts.push({ headers: headers, body: chunk.slice(2) });
    }
    return { parts: parts };
  }

  // The parts as the test gave them, in the parsed shape.
  function expectedParts(parts) {
    return parts.map(function (part) {
      return {
        headers: Object.keys(part.headers).map(function (name) { return [name, String(part.headers[name])]; }),
        body: part.body,
      };
    });
  }

  // The boundary of a multipart Content-Type, or null.
  function boundaryOf(contentType) {
    var m = /^multipart\/mixed;\s*boundary=("?)([^";]+)\1$/.exec(contentType || '');
    return m ? m[2] : null;
  }

  function occursIn(parts, boundary) {
    return parts.some(function (part) {
      return part.body.indexOf(boundary) !== -1 || Object.keys(part.headers).some(function (name) {
        return name.indexOf(boundary) !== -1 || String(part.headers[name]).indexOf(boundary) !== -1;
      });
    });
  }

  QUnit.module('methods of today\'s Kazoo', KT.hooks);

  QUnit.test('the transcribed table is consistent with itself', function (assert) {
    assert.strictEqual(MODERN.length, 323, '323 rows');
    var seen = {};
    var namespaces = {};
    ROWS.forEach(function (row, i) {
      assert.strictEqual(MODERN[i].length, 6, row.name + ': six columns');
      assert.notOk(seen[row.name], row.name + ' appears once');
      seen[row.name] = true;
      namespaces[row.namespace] = true;
      assert.ok(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(row.name), row.name + ': namespace.method');
      assert.notStrictEqual(VERBS.indexOf(row.verb), -1, row.name + ': a known verb');
      assert.ok(row.template && row.template.charAt(0) !== '/', row.name + ': a path relative to apiRoot');
      assert.notStrictEqual(REQUEST_TYPES.indexOf(row.request), -1, row.name + ': a known request type');
      assert.notStrictEqual(RESPONSES.indexOf(row.response), -1, row.name + ': a known response');
      row.flags.forEach(function (flag) {
        assert.notStrictEqual(FLAGS.indexOf(flag), -1, row.name + ': a known flag ' + flag);
      });
      row.placeholders.forEach(function (p) {
        assert.ok(Object.prototype.hasOwnProperty.call(VALUES, p), row.name + ': a test value for {' + p + '}');
      });
    });
    assert.strictEqual(Object.keys(namespaces).length, NAMESPACE_COUNT, NAMESPACE_COUNT + ' namespaces');
    BINARY_DOWNLOADS.forEach(function (name) {
      assert.strictEqual(BY_NAME[name] && BY_NAME[name].verb, 'GET', name + ': a binary download is a GET of the table');
    });
    assert.deepEqual(ROWS.filter(function (row) { return row.noToken; }).map(function (row) { return row.name; }).sort(),
      ['auth.callback', 'auth.get', 'auth.postTokenInfo'], 'the no-token rows');
    assert.deepEqual(ROWS.filter(function (row) { return row.flags.indexOf('auth') !== -1; }).map(function (row) { return row.name; }),
      ['auth.callback'], 'the auth row');
    assert.deepEqual(ROWS.filter(function (row) { return row.flags.indexOf('no-ui-metadata') !== -1; }).map(function (row) { return row.name; }),
      ['channel.action'], 'the no-ui-metadata row');
    assert.deepEqual(ROWS.filter(function (row) { return row.rawBody; }).map(function (row) { return row.name; }).sort(), [
      'faxes.sendAsMultipart', 'whitelabel.updateIcon', 'whitelabel.updateLogo', 'whitelabel.updateNotificationHtml',
      'whitelabel.updateNotificationText', 'whitelabel.updateWelcome',
    ], 'the rows with a raw body (data mandatory)');
    Object.keys(VALUES).forEach(function (name) {
      var value = VALUES[name];
      if (typeof value === 'number') assert.ok(isFinite(value), name + ': a finite number');
      else assert.notStrictEqual(encodeURIComponent(value), value, name + ': the value needs encoding');
    });
  });

  QUnit.test('the SDK has every modern method as a function', function (assert) {
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    ROWS.forEach(function (row) {
      var group = sdk[row.namespace];
      assert.strictEqual(group && typeof group[row.method], 'function', row.name + ' is a function');
    });
  });

  QUnit.test('the SDK has exactly the documented methods and those of today\'s Kazoo, nothing else', function (assert) {
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    // KT.documentedMethods: the 146 rows of methods.js, transcribed from the classic documentation
    // plus servicePlan.getFields, which Monster-UI calls (GET service_plans/editable)
    var expected = (KT.documentedMethods || []).concat(ROWS.map(function (row) { return row.name; }), ['servicePlan.getFields']).sort();
    assert.strictEqual(expected.length, 146 + 323 + 1, 'the two transcriptions and servicePlan.getFields: 470 methods');
    var actual = [];
    for (var ns in sdk) {
      if (ns === 'request') continue;
      for (var method in sdk[ns]) actual.push(ns + '.' + method); // namespaces and methods may live on prototypes
    }
    assert.deepEqual(actual.sort(), expected);
  });

  ROWS.forEach(function (row) {
    QUnit.test(row.name + ': ' + row.verb + ' ' + row.template, function (assert) {
      var finish = assert.async(2); // the success callback and the promise
      var requests = this.requests;
      var sdk = KT.sdk({ authToken: 'tok-stored' });
      var method = sdk[row.namespace] && sdk[row.namespace][row.method];
      assert.strictEqual(typeof method, 'function', row.name + ' exists');
      if (typeof method !== 'function') return finish(), finish();

      var reply = KT.envelope({ id: 'reply-' + row.name, list: [1, 'é'] });
      var text = row.request === 'text/csv' ? 'id,name\r\n1,Zoë & Co\r\n' : '<p>reply to ' + row.name + ' é €</p>\r\n';
      var settings = settingsFor(row);
      // no-token rows: not even the call's own token
      if (row.noToken) settings.authToken = 'tok-call';

      // Checks what the success callback or the promise delivered, then calls `finish`.
      function checkResult(label, result) {
        assert.strictEqual(requests.length, 1, label + ': still exactly one request');
        if (row.result === 'binary') {
          return KT.assertByteString(assert, result, BINARY_BYTES, label, finish);
        }
        if (row.result === 'text') assert.strictEqual(result, text, label + ': the exact string');
        else assert.deepEqual(result, reply, label + ': the whole envelope');
        finish();
      }

      var xhr = KT.sendOnce(assert, requests, method.bind(sdk[row.namespace]), settings, checkResult, finish);
      if (!xhr) return;
      var r = KT.assertRoute(assert, xhr, row.verb, row.path, row.expectedQuery);

      if (row.noToken) assert.notOk('x-auth-token' in r.headers, 'a no-token method sends no X-Auth-Token');
      else assert.strictEqual(r.headers['x-auth-token'], 'tok-stored', 'X-Auth-Token is the stored token');
      assert.strictEqual(r.headers.accept, row.accept, 'Accept');

      var contentType = r.headers['content-type'] || '';
      if (!row.hasBody) {
        assert.strictEqual(r.body, undefined, 'GET: no body');
        assert.notOk('content-type' in r.headers, 'GET: no Content-Type');
      } else if (row.request === '') {
        assert.ok(/^application\/json(;|$)/.test(contentType), 'Content-Type application/json (' + contentType + ')');
        assert.deepEqual(r.json, { data: makeData(row.request) }, 'body is {data: <data>}');
      } else if (row.request === 'multipart/mixed') {
        var boundary = boundaryOf(contentType);
        assert.ok(boundary, 'Content-Type multipart/mixed; boundary=... (' + contentType + ')');
        var parsed = parseMultipart(r.body, boundary);
        assert.deepEqual(parsed, { parts: expectedParts(makeData(row.request)) }, 'the parts, framed as given');
      } else {
        assert.ok(new RegExp('^' + row.request.replace('/', '\\/') + '(;|$)').test(contentType),
          'Content-Type ' + row.request + ' (' + contentType + ')');
        assert.strictEqual(r.body, makeData(row.request), 'body is the raw data, unchanged');
      }

      if (row.result === 'binary') KT.respond(xhr, 200, KT.binary(BINARY_BYTES), { 'Content-Type': row.responseType });
      else if (row.result === 'text') KT.respond(xhr, 200, text, { 'Content-Type': row.responseType });
      else KT.respond(xhr, 200, reply);
    });
  });

  // JSON bodies: data is optional on every verb that carries one.
  ROWS.filter(function (row) { return row.hasBody && row.request === ''; }).forEach(function (row) {
    QUnit.test(row.name + ' without data sends {data: {}}', function (assert) {
      var done = assert.async();
      var sdk = KT.sdk({ authToken: 'tok-stored' });
      var settings = settingsFor(row);
      delete settings.data;
      var reply = KT.envelope({ id: 'no-data' });
      var promise;
      try {
        promise = call(sdk, row, settings);
      } catch (e) {
        assert.ok(false, 'threw: ' + e);
        return done();
      }
      promise.then(function (result) {
        assert.deepEqual(result, reply, 'the envelope');
        done();
      }, function () {
        assert.ok(false, 'rejected');
        done();
      });
      assert.strictEqual(this.requests.length, 1, 'one request');
      if (this.requests.length !== 1) return;
      var r = KT.parse(this.requests[0]);
      assert.strictEqual(r.verb, row.verb, 'verb');
      assert.ok(/^application\/json(;|$)/.test(r.headers['content-type'] || ''), 'Content-Type application/json');
      assert.deepEqual(r.json, { data: {} }, 'body');
      KT.respond(this.requests[0], 200, reply);
    });
  });

  // Mandatory settings: every placeholder, and data for the raw bodies.
  ROWS.filter(function (row) { return row.placeholders.length || row.rawBody; }).forEach(function (row) {
    var mandatory = row.placeholders.concat(row.rawBody ? ['data'] : []);
    QUnit.test(row.name + ': missing ' + mandatory.join(', ') + ' throws, nothing is sent', function (assert) {
      var started = 0;
      var sdk = KT.sdk({ authToken: 'tok-stored', onRequestStart: function () { started++; } });
      mandatory.forEach(function (name) {
        // '' is a missing placeholder; for data the contract names undefined and null (as mandatory.js)
        var missingValues = name === 'data' ? [undefined, null, 'absent'] : [undefined, null, '', 'absent'];
        missingValues.forEach(function (missing) {
          var settings = settingsFor(row);
          if (missing === 'absent') delete settings[name];
          else settings[name] = missing;
          assert.throws(function () { call(sdk, row, settings); },
            sdkError(row.name + ': missing mandatory setting "' + name + '"'),
            name + ' = ' + (missing === 'absent' ? '(absent)' : JSON.stringify(missing)));
        });
      });
      assert.strictEqual(this.requests.length, 0, 'nothing was sent');
      assert.strictEqual(started, 0, 'no hook ran');
    });
  });

  QUnit.test('GET rows never send a body nor a Content-Type, even when given data', function (assert) {
    var requests = this.requests;
    var sdk = KT.sdk();
    var gets = ROWS.filter(function (row) { return !row.hasBody; });
    gets.forEach(function (row, i) {
      var settings = settingsFor(row);
      settings.data = /^text\//.test(row.request) ? 'some text' : { name: 'ignored' };
      try {
        call(sdk, row, settings);
      } catch (e) {
        assert.ok(false, row.name + ' threw: ' + e);
        return;
      }
      var r = KT.parse(requests[i] || { url: '', method: '' });
      assert.strictEqual(r.body, undefined, row.name + ': no body');
      assert.notOk('content-type' in r.headers, row.name + ': no Content-Type');
    });
    assert.strictEqual(requests.length, gets.length, 'one request per GET row');
  });

  QUnit.module('methods of today\'s Kazoo: faxes.sendAsMultipart', KT.hooks);

  QUnit.test('kazooSdk.request with a multipart Content-Type that names its boundary sends data as given', function (assert) {
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    var body = '--own\r\nContent-Type: text/plain\r\n\r\nhello\r\n--own--\r\n';
    sdk.request({ verb: 'PUT', url: 'accounts/a1/faxes', contentType: 'multipart/mixed; boundary=own', data: body });
    assert.strictEqual(this.requests.length, 1, 'sent');
    var r = KT.parse(this.requests[0]);
    assert.strictEqual(r.headers['content-type'], 'multipart/mixed; boundary=own', 'the Content-Type as given');
    assert.strictEqual(r.body, body, 'the body as given');
    KT.respond(this.requests[0], 200, KT.envelope({}));
  });

  QUnit.test('multipart framing: CRLF, each part\'s headers and body as given, closing delimiter', function (assert) {
    var done = assert.async();
    var sdk = KT.sdk({ authToken: 'tok-stored', uiMetadata: { ui: 'modern-test' } });
    var parts = multipartParts();
    var reply = KT.envelope({ id: 'fax-1' });
    sdk.faxes.sendAsMultipart({ accountId: 'a1', data: parts }).then(function (result) {
      assert.deepEqual(result, reply, 'the JSON answer, parsed');
      done();
    }, function () {
      assert.ok(false, 'rejected');
      done();
    });
    assert.deepEqual(parts, multipartParts(), 'the caller\'s parts are not changed');
    assert.strictEqual(this.requests.length, 1, 'one request');
    var r = KT.parse(this.requests[0]);
    assert.strictEqual(r.verb, 'PUT');
    assert.strictEqual(r.path, '/v2/accounts/a1/faxes');
    assert.strictEqual(r.headers['x-auth-token'], 'tok-stored');
    var boundary = boundaryOf(r.headers['content-type']);
    assert.ok(boundary, 'Content-Type: multipart/mixed; boundary=B (' + r.headers['content-type'] + ')');
    assert.ok(boundary && /^[0-9A-Za-z'()+_,\-./:=?]{1,70}$/.test(boundary), 'an RFC 2046 boundary: ' + boundary);
    assert.notOk(occursIn(parts, boundary), 'the boundary occurs in no part');
    var body = r.body;
    assert.strictEqual(typeof body, 'string', 'the body is a string');
    assert.strictEqual(body.indexOf('--' + boundary + '\r\n'), 0, 'starts with --B CRLF');
    assert.strictEqual(body.slice(-(boundary.length + 6)), '--' + boundary + '--\r\n', 'ends with --B-- CRLF');
    assert.deepEqual(parseMultipart(body, boundary), { parts: expectedParts(parts) }, 'every part, headers and body as given');
    var framed = '';
    parts.forEach(function (part) {
      framed += '--' + boundary + '\r\n';
      Object.keys(part.headers).forEach(function (name) { framed += name + ': ' + part.headers[name] + '\r\n'; });
      framed += '\r\n' + part.body + '\r\n';
    });
    assert.strictEqual(body, framed + '--' + boundary + '--\r\n', 'byte for byte the framing of the contract');
    KT.respond(this.requests[0], 200, reply);
  });

  QUnit.test('a part that contains the boundary makes the SDK pick another one', function (assert) {
    var requests = this.requests;
    KT.sdk().faxes.sendAsMultipart({ accountId: 'a1', data: multipartParts() });
    var first = boundaryOf(KT.parse(requests[0]).headers['content-type']);
    assert.ok(first, 'first boundary: ' + first);
    if (!first) return;
    // The same SDK, a new instance: neither may reuse a boundary that is inside a part.
    [KT.sdk(), KT.sdk()].forEach(function (sdk, i) {
      var parts = [
        { headers: { 'Content-Type': 'text/plain', 'X-Note': 'see ' + first }, body: 'before\r\n--' + first + '\r\nafter' },
        { headers: { 'Content-Type': 'application/pdf' }, body: '--' + first + '--\r\n' + first },
      ];
      sdk.faxes.sendAsMultipart({ accountId: 'a1', data: parts });
      var r = KT.parse(requests[i + 1]);
      var boundary = boundaryOf(r.headers['content-type']);
      assert.ok(boundary, 'call ' + (i + 2) + ': a boundary (' + r.headers['content-type'] + ')');
      assert.notStrictEqual(boundary, first, 'call ' + (i + 2) + ': another boundary than the first');
      assert.notOk(boundary && occursIn(parts, boundary), 'call ' + (i + 2) + ': the boundary occurs in no part');
      assert.deepEqual(parseMultipart(r.body, boundary), { parts: expectedParts(parts) }, 'call ' + (i + 2) + ': the parts survive');
    });
    assert.strictEqual(requests.length, 3, 'three requests');
  });

  QUnit.test('invalid multipart data throws and sends nothing', function (assert) {
    var sdk = KT.sdk();
    var invalid = [
      ['an object', { headers: {}, body: 'x' }],
      ['a string', '--B\r\n\r\nbody\r\n--B--\r\n'],
      ['a number', 42],
      ['an empty array', []],
      ['a part without body', [{ headers: { 'Content-Type': 'text/plain' } }]],
      ['a part with a number body', [{ headers: {}, body: 42 }]],
      ['a part with a null body', [{ headers: {}, body: null }]],
      ['a part with an object body', [{ headers: {}, body: { data: {} } }]],
      ['a null part', [null]],
      ['a string part', ['body']],
      ['a valid part then an invalid one', [{ headers: {}, body: 'ok' }, { headers: {} }]],
      ['headers that are a string', [{ headers: 'X-A: 1', body: 'x' }]],
      ['a header value that is an object', [{ headers: { 'X-A': { nested: true } }, body: 'x' }]],
      ['a header value that is a boolean', [{ headers: { 'X-A': true }, body: 'x' }]],
      ['a header value that is null', [{ headers: { 'X-A': null }, body: 'x' }]],
    ];
    invalid.forEach(function (item) {
      assert.throws(function () { sdk.faxes.sendAsMultipart({ accountId: 'a1', data: item[1] }); },
        sdkError(/^faxes\.sendAsMultipart: data must be an array of \{headers, body\} parts$/), item[0]);
    });
    assert.strictEqual(this.requests.length, 0, 'nothing was sent');
  });

  QUnit.module('methods of today\'s Kazoo: raw text bodies', KT.hooks);

  [['whitelabel.updateNotificationHtml', 'text/html'], ['whitelabel.updateNotificationText', 'text/plain'],
    ['whitelabel.updateWelcome', 'text/html']].forEach(function (item) {
    var row = BY_NAME[item[0]];
    var type = item[1];
    QUnit.test(row.name + ' sends the exact string as ' + type + ', never wrapped in JSON', function (assert) {
      var done = assert.async(2);
      var requests = this.requests;
      var sdk = KT.sdk({ authToken: 'tok-stored', uiMetadata: { ui: 'modern-test' } });
      // Non-ASCII, and a string that is itself JSON: it stays a string.
      [makeData(type), '{"data":{"looks":"like JSON"},"é":"€ 😀"}'].forEach(function (text, i) {
        var settings = settingsFor(row);
        settings.data = text;
        call(sdk, row, settings).always(function () { done(); });
        var r = KT.parse(requests[i]);
        assert.strictEqual(r.body, text, 'the exact string (' + i + ')');
        assert.ok(new RegExp('^' + type.replace('/', '\\/') + '(;|$)').test(r.headers['content-type'] || ''),
          'Content-Type ' + type + ' (' + r.headers['content-type'] + ')');
        assert.strictEqual(r.headers.accept, type, 'Accept ' + type);
        KT.respond(requests[i], 200, '<p>ok</p>', { 'Content-Type': type });
      });
    });

    QUnit.test(row.name + ': an object or array as data throws, nothing is sent', function (assert) {
      var sdk = KT.sdk();
      [{ html: '<p>x</p>' }, ['<p>x</p>']].forEach(function (data) {
        var settings = settingsFor(row);
        settings.data = data;
        assert.throws(function () { call(sdk, row, settings); },
          function (e) { return isSdkError(e) && /data/.test(e.message); }, JSON.stringify(data));
      });
      assert.strictEqual(this.requests.length, 0, 'nothing was sent');
    });

    QUnit.test(row.name + ': a JSON answer is delivered parsed', function (assert) {
      var done = assert.async(2);
      var reply = KT.envelope({ id: 'template', macros: ['é'] });
      var settings = settingsFor(row);
      settings.success = function (result) {
        assert.deepEqual(result, reply, 'success callback: the envelope');
        done();
      };
      call(KT.sdk(), row, settings).then(function (result) {
        assert.deepEqual(result, reply, 'promise: the envelope');
        done();
      }, function () {
        assert.ok(false, 'rejected');
        done();
      });
      KT.respond(this.requests[0], 200, JSON.stringify(reply), { 'Content-Type': 'application/json; charset=UTF-8' });
    });
  });

  QUnit.module('methods of today\'s Kazoo: tokens and ui_metadata', KT.hooks);

  ['auth.get', 'auth.postTokenInfo'].forEach(function (name) {
    var row = BY_NAME[name];
    QUnit.test(name + ' never sends X-Auth-Token, and does not store the answer\'s token', function (assert) {
      var done = assert.async(2);
      var requests = this.requests;
      var sdk = KT.sdk({ authToken: 'tok-stored' });
      var withCallToken = settingsFor(row);
      withCallToken.authToken = 'tok-call';
      call(sdk, row, settingsFor(row)).always(function () { done(); });
      call(sdk, row, withCallToken).always(function () { done(); });
      assert.strictEqual(requests.length, 2, 'two requests');
      requests.forEach(function (xhr, i) {
        var r = KT.parse(xhr);
        assert.strictEqual(r.verb, row.verb, 'verb (' + i + ')');
        assert.notOk('x-auth-token' in r.headers, i ? 'none with the call\'s authToken' : 'none with a stored token');
        KT.respond(xhr, 200, KT.envelope({ account_id: 'a1' }, { auth_token: 'tok-info-' + i }));
      });
      sdk.webhooks.list({ accountId: 'a1' });
      assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-stored', 'the stored token is still the instance\'s');
    });
  });

  QUnit.test('auth.callback sends no token and stores the returned auth_token', function (assert) {
    var done = assert.async(2);
    var requests = this.requests;
    var sdk = KT.sdk({ authToken: 'tok-stored' });
    var login = KT.envelope({ account_id: 'acc-new' }, { auth_token: 'tok-callback' });
    sdk.auth.callback({
      authToken: 'tok-call',
      data: { provider: 'google', code: 'c&d/é' },
      success: function (res) {
        assert.deepEqual(res, login, 'the envelope');
        sdk.webhooks.list({ accountId: res.data.account_id });
        assert.strictEqual(KT.parse(requests[1]).headers['x-auth-token'], 'tok-callback', 'the new token, from the success callback');
        done();
      },
    }).then(function () {
      sdk.user.hotdesks({ accountId: 'acc-new', userId: 'u1' });
      assert.strictEqual(KT.parse(requests[requests.length - 1]).headers['x-auth-token'], 'tok-callback',
        'the new token, after the promise resolved');
      done();
    }, function () {
      assert.ok(false, 'rejected');
      done();
    });
    assert.strictEqual(requests.length, 1, 'one request');
    var r = KT.parse(requests[0]);
    assert.strictEqual(r.verb, 'PUT');
    assert.strictEqual(r.path, '/v2/auth/callback');
    assert.notOk('x-auth-token' in r.headers, 'no token, neither stored nor the call\'s');
    assert.deepEqual(r.json, { data: { provider: 'google', code: 'c&d/é' } }, 'body');
    KT.respond(requests[0], 200, login);
  });

  QUnit.test('a failed auth.callback stores nothing', function (assert) {
    var done = assert.async(2);
    var requests = this.requests;
    var withToken = KT.sdk({ authToken: 'tok-stored' });
    var without = KT.sdk();
    var failure = KT.errorEnvelope(401, 'invalid_credentials');
    failure.auth_token = 'tok-failed';
    [withToken, without].forEach(function (sdk, i) {
      sdk.auth.callback({ data: { code: 'x' } }).then(function () {
        assert.ok(false, 'resolved');
        done();
      }, function () {
        assert.ok(true, 'rejected (' + i + ')');
        done();
      });
      KT.respond(requests[requests.length - 1], 401, failure);
    });
    withToken.webhooks.list({ accountId: 'a1' });
    assert.strictEqual(KT.parse(requests[2]).headers['x-auth-token'], 'tok-stored', 'the stored token is kept');
    without.webhooks.list({ accountId: 'a1' });
    assert.notOk('x-auth-token' in KT.parse(requests[3]).headers, 'still no token');
  });

  QUnit.test('channel.action never gets ui_metadata; webhooks.create does', function (assert) {
    var done = assert.async(3);
    var requests = this.requests;
    var ui = { ui: 'modern-test', version: '5.0' };
    var sdk = KT.sdk({ uiMetadata: ui });
    sdk.channel.action({ accountId: 'a1', callId: 'c1', data: { action: 'transfer', target: '1000' } }).always(function () { done(); });
    assert.deepEqual(KT.parse(requests[0]).json, { data: { action: 'transfer', target: '1000' } }, 'channel.action: data as given');
    sdk.channel.action({ accountId: 'a1', callId: 'c1', data: { action: 'hangup' }, uiMetadata: { ui: 'call' } }).always(function () { done(); });
    assert.deepEqual(KT.parse(requests[1]).json, { data: { action: 'hangup' } }, 'channel.action: not even the call\'s uiMetadata');
    sdk.webhooks.create({ accountId: 'a1', data: { name: 'hook' } }).always(function () { done(); });
    assert.deepEqual(KT.parse(requests[2]).json, { data: { name: 'hook', ui_metadata: ui } }, 'webhooks.create: ui_metadata inside data');
    requests.forEach(function (xhr) { KT.respond(xhr, 200, KT.envelope({})); });
  });

  QUnit.module('methods of today\'s Kazoo: binary downloads', KT.hooks);

  BINARY_DOWNLOADS.forEach(function (name) {
    var row = BY_NAME[name];

    QUnit.test(name + ': a JSON error envelope reaches the error callback, parsed', function (assert) {
      var done = assert.async(2);
      var envelope = KT.errorEnvelope(404, 'bad_identifier', { message: 'introuvable é' });
      var expected = window.jQuery.extend({}, envelope, { httpErrorStatus: 404 });
      var settings = settingsFor(row);
      settings.success = function () {
        assert.ok(false, 'success called');
        done();
      };
      settings.error = function (err) {
        assert.deepEqual(err, expected, 'error callback: the parsed envelope with httpErrorStatus');
        done();
      };
      call(KT.sdk({ authToken: 'tok-stored' }), row, settings).then(function () {
        assert.ok(false, 'resolved');
        done();
      }, function (err) {
        assert.deepEqual(err, expected, 'promise: rejected with the same');
        done();
      });
      KT.respond(this.requests[0], 404, utf8(JSON.stringify(envelope)), { 'Content-Type': 'application/json; charset=UTF-8' });
    });

    QUnit.test(name + ': a JSON or text answer is not a Blob', function (assert) {
      var done = assert.async(4);
      var requests = this.requests;
      var sdk = KT.sdk();
      var reply = KT.envelope({ id: 'json-é' });
      var text = 'not an image: Zoë é €\n';
      function expect(label, expected) {
        var settings = settingsFor(row);
        settings.success = function (result) {
          assert.deepEqual(result, expected, label + ': success callback');
          done();
        };
        return call(sdk, row, settings).then(function (result) {
          assert.deepEqual(result, expected, label + ': promise');
          done();
        }, function () {
          assert.ok(false, label + ': rejected');
          done(), done();
        });
      }
      expect('JSON', reply);
      KT.respond(requests[0], 200, utf8(JSON.stringify(reply)), { 'Content-Type': 'application/json' });
      expect('text/plain', text);
      KT.respond(requests[1], 200, utf8(text), { 'Content-Type': 'text/plain; charset=utf-8' });
    });
  });
})();
