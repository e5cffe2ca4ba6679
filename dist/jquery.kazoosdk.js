/*! jquery.kazoosdk 1.0.0 | MIT License */
(function (global, factory) {
    typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports, require('jquery')) :
    typeof define === 'function' && define.amd ? define(['exports', 'jquery'], factory) :
    (global = typeof globalThis !== 'undefined' ? globalThis : global || self, factory(global.KazooSdk = {}, global.jQuery));
})(this, (function (exports, $) { 'use strict';

    /**
     * The endpoint table: one entry per SDK method, grouped by namespace: first the methods of the ported
     * documentation (spec/kazoo-sdk.txt) in its order, then, after "today's Kazoo", those that current
     * Monster-UI applications call (spec/kazoo-modern-endpoints.md). Pure data; every method of the SDK
     * is built from it (the builds ship it in a compact encoding, see scripts/table-codec.mjs).
     *
     * An entry:
     * - `verb`: the HTTP method.
     * - `url`: the path relative to the apiRoot. Each `{name}` is a mandatory setting of the method,
     *   encoded into the URL (also inside the query part, as in numbers.search).
     * - `contentType`: the request Content-Type when it is not JSON; such bodies are sent raw
     *   (`multipart/mixed`: `data` is an array of `{headers, body}` parts, framed by the SDK).
     * - `accept`: the response content type when it is not JSON (text/* arrives as a string,
     *   anything else as bytes: a Blob).
     * - `auth`: a login method. It never sends X-Auth-Token and stores the token it gets back.
     * - `noToken`: never sends X-Auth-Token (not even a call's own authToken).
     * - `noUiMetadata`: never puts the instance's uiMetadata into `data`.
     * - `dataOptional`: a PUT or POST whose `data` is not mandatory (PUT and POST require it otherwise).
     *
     * Errata (where the documentation names a path no Kazoo server has; see README):
     * media.* use `media` (not `medias`); globalResources.delete uses `resources/{resourceId}`;
     * whitelabel.getDnsEntries/checkDnsEntries live under `accounts/{accountId}/whitelabel/domains`;
     * globalResources.createJob and localResources.createJob take no jobId (the server assigns it).
     * The binary downloads of today's Kazoo (icons, logos, fax documents), marked "text" in the spec, ask
     * for any type and deliver a Blob (a text answer stays a string).
     */
    var endpoints = {
        account: {
            get: { verb: 'GET', url: 'accounts/{accountId}' },
            create: { verb: 'PUT', url: 'accounts/{accountId}' },
            update: { verb: 'POST', url: 'accounts/{accountId}' },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}' },
            listDescendants: { verb: 'GET', url: 'accounts/{accountId}/descendants' },
            listChildren: { verb: 'GET', url: 'accounts/{accountId}/children' },
            // today's Kazoo
            demote: { verb: 'DELETE', url: 'accounts/{accountId}/reseller' },
            listParents: { verb: 'GET', url: 'accounts/{accountId}/tree' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}' },
            promote: { verb: 'PUT', url: 'accounts/{accountId}/reseller', dataOptional: true },
            searchAll: { verb: 'GET', url: 'search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}' },
            searchByName: { verb: 'GET', url: 'search?t=account&q=name&v={accountName}' },
        },
        auth: {
            userAuth: { verb: 'PUT', url: 'user_auth', auth: true },
            sharedAuth: { verb: 'PUT', url: 'shared_auth', auth: true },
            pinAuth: { verb: 'PUT', url: 'pin_auth', auth: true },
            // today's Kazoo
            callback: { verb: 'PUT', url: 'auth/callback', auth: true, dataOptional: true },
            get: { verb: 'GET', url: 'auth/tokeninfo?token={token}', noToken: true },
            getLink: { verb: 'GET', url: 'accounts/{accountId}/auth/links/{auth_id}' },
            impersonate: { verb: 'PUT', url: 'accounts/{accountId}/users/{userId}/user_auth', dataOptional: true },
            link: { verb: 'PUT', url: 'auth/links/{auth_id}', dataOptional: true },
            postTokenInfo: { verb: 'POST', url: 'auth/tokeninfo', noToken: true, dataOptional: true },
            recovery: { verb: 'PUT', url: 'user_auth/recovery', dataOptional: true },
            recoveryResetId: { verb: 'POST', url: 'user_auth/recovery', dataOptional: true },
            unlink: { verb: 'DELETE', url: 'auth/links/{auth_id}' },
        },
        balance: {
            get: { verb: 'GET', url: 'accounts/{accountId}/transactions/current_balance' },
            add: { verb: 'PUT', url: 'accounts/{accountId}/braintree/credits' },
        },
        billing: {
            get: { verb: 'GET', url: 'accounts/{accountId}/braintree/customer' },
            update: { verb: 'POST', url: 'accounts/{accountId}/braintree/customer' },
            // today's Kazoo
            deleteCard: { verb: 'DELETE', url: 'accounts/{accountId}/braintree/cards/{cardId}' },
            getToken: { verb: 'GET', url: 'accounts/{accountId}/braintree/client_token' },
        },
        callflow: {
            get: { verb: 'GET', url: 'accounts/{accountId}/callflows/{callflowId}' },
            create: { verb: 'PUT', url: 'accounts/{accountId}/callflows' },
            update: { verb: 'POST', url: 'accounts/{accountId}/callflows/{callflowId}' },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/callflows/{callflowId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/callflows' },
            // today's Kazoo
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/callflows/{callflowId}' },
            searchByNameAndNumber: { verb: 'GET', url: 'accounts/{accountId}/search?t=callflow&q=name_and_number&v={value}' },
            searchByNumber: { verb: 'GET', url: 'accounts/{accountId}/search?t=callflow&q=number&v={value}' },
        },
        cdrs: {
            get: { verb: 'GET', url: 'accounts/{accountId}/cdrs/{cdrId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/cdrs' },
            // today's Kazoo
            listByInteraction: { verb: 'GET', url: 'accounts/{accountId}/cdrs/interaction' },
            listByInteractionUser: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/cdrs/interaction' },
            listByUser: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/cdrs' },
            listLegs: { verb: 'GET', url: 'accounts/{accountId}/cdrs/legs/{callId}' },
        },
        channel: {
            list: { verb: 'GET', url: 'accounts/{accountId}/channels' },
            // today's Kazoo
            action: { verb: 'PUT', url: 'accounts/{accountId}/channels/{callId}', noUiMetadata: true, dataOptional: true },
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
            // today's Kazoo
            participantsAction: { verb: 'PUT', url: 'accounts/{accountId}/conferences/{conferenceId}/participants/{participantId}', dataOptional: true },
            participantsBulkAction: { verb: 'PUT', url: 'accounts/{accountId}/conferences/{conferenceId}/participants', dataOptional: true },
            participantsList: { verb: 'GET', url: 'accounts/{accountId}/conferences/{conferenceId}/participants' },
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
            // today's Kazoo
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/devices/{deviceId}' },
            restart: { verb: 'POST', url: 'accounts/{accountId}/devices/{deviceId}/sync', dataOptional: true },
            updatePresence: { verb: 'POST', url: 'accounts/{accountId}/devices/{deviceId}/presence', dataOptional: true },
        },
        directory: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/directories' },
            list: { verb: 'GET', url: 'accounts/{accountId}/directories' },
            // today's Kazoo
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/directories/{directoryId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/directories/{directoryId}' },
            update: { verb: 'POST', url: 'accounts/{accountId}/directories/{directoryId}', dataOptional: true },
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
            // today's Kazoo
            activateBlock: { verb: 'PUT', url: 'accounts/{accountId}/phone_numbers/collection/activate', dataOptional: true },
            create: { verb: 'PUT', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}', dataOptional: true },
            createBlock: { verb: 'PUT', url: 'accounts/{accountId}/phone_numbers/collection', dataOptional: true },
            deleteBlock: { verb: 'DELETE', url: 'accounts/{accountId}/phone_numbers/collection' },
            getCarrierInfo: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/carriers_info' },
            listAll: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers' },
            matchClassifier: { verb: 'GET', url: 'accounts/{accountId}/phone_numbers/classifiers/{phoneNumber}' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/phone_numbers/{phoneNumber}' },
            sync: { verb: 'POST', url: 'accounts/{accountId}/phone_numbers/fix', dataOptional: true },
            syncOne: { verb: 'POST', url: 'accounts/{accountId}/phone_numbers/fix/{number}', dataOptional: true },
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
            // today's Kazoo
            addComment: { verb: 'PUT', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments', dataOptional: true },
            deleteAllComments: { verb: 'DELETE', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments' },
            deleteComment: { verb: 'DELETE', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}' },
            getComment: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}' },
            getTimeline: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}/timeline' },
            listByState: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{state}' },
            listComments: { verb: 'GET', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments' },
            listDescendantsByState: { verb: 'GET', url: 'accounts/{accountId}/descendants/port_requests/{state}' },
            listLastSubmitted: { verb: 'GET', url: 'accounts/{accountId}/port_requests/last_submitted' },
            listPortAuthority: { verb: 'GET', url: 'port_requests' },
            portabilityLookup: { verb: 'POST', url: 'accounts/{accountId}/port_requests/lnp_lookup', dataOptional: true },
            searchNumber: { verb: 'GET', url: 'accounts/{accountId}/port_requests?by_number={number}' },
            searchNumberByDescendants: { verb: 'GET', url: 'accounts/{accountId}/descendants/port_requests?by_number={number}' },
            updateComment: { verb: 'POST', url: 'accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}', dataOptional: true },
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
            // today's Kazoo
            addMany: { verb: 'POST', url: 'accounts/{accountId}/service_plans/', dataOptional: true },
            addManyOverrides: { verb: 'POST', url: 'accounts/{accountId}/service_plans/override', dataOptional: true },
            create: { verb: 'PUT', url: 'accounts/{accountId}/service_plans', dataOptional: true },
            getAvailable: { verb: 'GET', url: 'accounts/{accountId}/service_plans/available/{planId}' },
            getCsv: { verb: 'GET', url: 'accounts/{accountId}/service_plans/current?depth=4&identifier=items&accept=csv' },
            listAvailable: { verb: 'GET', url: 'accounts/{accountId}/service_plans/available' },
            removeMany: { verb: 'DELETE', url: 'accounts/{accountId}/service_plans/' },
            update: { verb: 'POST', url: 'accounts/{accountId}/service_plans/{planId}', dataOptional: true },
        },
        temporalRule: {
            get: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
            create: { verb: 'PUT', url: 'accounts/{accountId}/temporal_rules' },
            update: { verb: 'POST', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules' },
            // today's Kazoo
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/temporal_rules/{ruleId}' },
        },
        user: {
            get: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}' },
            create: { verb: 'PUT', url: 'accounts/{accountId}/users' },
            update: { verb: 'POST', url: 'accounts/{accountId}/users/{userId}' },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/users/{userId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/users' },
            quickcall: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/quickcall/{number}' },
            // today's Kazoo
            hotdesks: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/hotdesks' },
            listDevices: { verb: 'GET', url: 'accounts/{accountId}/users/{userId}/devices' },
            listUsersWithChat: { verb: 'GET', url: 'accounts/{accountId}/users/getstream' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/users/{userId}' },
            updateChatStatus: { verb: 'PATCH', url: 'accounts/{accountId}/users/{userId}/getstream' },
            updatePresence: { verb: 'POST', url: 'accounts/{accountId}/users/{userId}/presence', dataOptional: true },
        },
        voicemail: {
            get: { verb: 'GET', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
            create: { verb: 'PUT', url: 'accounts/{accountId}/vmboxes' },
            update: { verb: 'POST', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/vmboxes' },
            // today's Kazoo
            deleteMessages: { verb: 'DELETE', url: 'accounts/{accountId}/vmboxes/{voicemailId}/messages' },
            listMessages: { verb: 'GET', url: 'accounts/{accountId}/vmboxes/{voicemailId}/messages' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/vmboxes/{voicemailId}' },
            updateMessages: { verb: 'POST', url: 'accounts/{accountId}/vmboxes/{voicemailId}/messages', dataOptional: true },
        },
        whitelabel: {
            get: { verb: 'GET', url: 'whitelabel/{domain}' },
            getLogo: { verb: 'GET', url: 'whitelabel/{domain}/logo' },
            getDnsEntries: { verb: 'GET', url: 'accounts/{accountId}/whitelabel/domains' },
            checkDnsEntries: { verb: 'POST', url: 'accounts/{accountId}/whitelabel/domains?domain={domain}', dataOptional: true },
            // today's Kazoo
            create: { verb: 'PUT', url: 'accounts/{accountId}/whitelabel', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/whitelabel' },
            deleteNotification: { verb: 'DELETE', url: 'accounts/{accountId}/notifications/{notificationId}' },
            getByDomain: { verb: 'GET', url: 'whitelabel/{domain}' },
            getIcon: { verb: 'GET', url: 'accounts/{accountId}/whitelabel/icon', accept: '*/*' },
            getIconByDomain: { verb: 'GET', url: 'whitelabel/{domain}/icon', accept: '*/*' },
            getLogoByDomain: { verb: 'GET', url: 'whitelabel/{domain}/logo', accept: '*/*' },
            getNotification: { verb: 'GET', url: 'accounts/{accountId}/notifications/{notificationId}' },
            getNotificationHtml: { verb: 'GET', url: 'accounts/{accountId}/notifications/{notificationId}', accept: 'text/html' },
            getNotificationText: { verb: 'GET', url: 'accounts/{accountId}/notifications/{notificationId}', accept: 'text/plain' },
            getSystemNotification: { verb: 'GET', url: 'notifications/{notificationId}' },
            getSystemNotificationHtml: { verb: 'GET', url: 'notifications/{notificationId}', accept: 'text/html' },
            getSystemNotificationText: { verb: 'GET', url: 'notifications/{notificationId}', accept: 'text/plain' },
            getWelcome: { verb: 'GET', url: 'accounts/{accountId}/whitelabel/welcome', accept: 'text/html' },
            getWelcomeByDomain: { verb: 'GET', url: 'whitelabel/{domain}/welcome', accept: 'text/html' },
            listNotifications: { verb: 'GET', url: 'accounts/{accountId}/notifications' },
            previewNotification: { verb: 'POST', url: 'accounts/{accountId}/notifications/{notificationId}/preview', dataOptional: true },
            update: { verb: 'POST', url: 'accounts/{accountId}/whitelabel', dataOptional: true },
            updateIcon: { verb: 'POST', url: 'accounts/{accountId}/whitelabel/icon', contentType: 'application/x-base64' },
            updateLogo: { verb: 'POST', url: 'accounts/{accountId}/whitelabel/logo', contentType: 'application/x-base64' },
            updateNotification: { verb: 'POST', url: 'accounts/{accountId}/notifications/{notificationId}', dataOptional: true },
            updateNotificationHtml: { verb: 'POST', url: 'accounts/{accountId}/notifications/{notificationId}', contentType: 'text/html', accept: 'text/html' },
            updateNotificationText: { verb: 'POST', url: 'accounts/{accountId}/notifications/{notificationId}', contentType: 'text/plain', accept: 'text/plain' },
            updateWelcome: { verb: 'POST', url: 'accounts/{accountId}/whitelabel/welcome', contentType: 'text/html', accept: 'text/html' },
        },
        accessLists: {
            get: { verb: 'GET', url: 'accounts/{accountId}/access_lists' },
            update: { verb: 'POST', url: 'accounts/{accountId}/access_lists', dataOptional: true },
        },
        alert: {
            list: { verb: 'GET', url: 'accounts/{accountId}/alerts' },
        },
        apiKey: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/api_key', dataOptional: true },
            get: { verb: 'GET', url: 'accounts/{accountId}/api_key' },
        },
        appsStore: {
            add: { verb: 'PUT', url: 'accounts/{accountId}/apps_store/{appId}', dataOptional: true },
            createOverride: { verb: 'PUT', url: 'accounts/{accountId}/apps_store/{appId}/override', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/apps_store/{appId}' },
            deleteOverride: { verb: 'DELETE', url: 'accounts/{accountId}/apps_store/{appId}/override' },
            get: { verb: 'GET', url: 'accounts/{accountId}/apps_store/{appId}' },
            getBlacklist: { verb: 'GET', url: 'accounts/{accountId}/apps_store/blacklist' },
            getIcon: { verb: 'GET', url: 'accounts/{accountId}/apps_store/{appId}/icon', accept: '*/*' },
            getOverride: { verb: 'GET', url: 'accounts/{accountId}/apps_store/{appId}/override' },
            list: { verb: 'GET', url: 'accounts/{accountId}/apps_store' },
            update: { verb: 'POST', url: 'accounts/{accountId}/apps_store/{appId}', dataOptional: true },
            updateBlacklist: { verb: 'POST', url: 'accounts/{accountId}/apps_store/blacklist', dataOptional: true },
            updateIcon: { verb: 'POST', url: 'accounts/{accountId}/apps_store/{appId}/override/icon', dataOptional: true },
            updateOverride: { verb: 'POST', url: 'accounts/{accountId}/apps_store/{appId}/override', dataOptional: true },
        },
        blacklist: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/blacklists', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/blacklists/{blacklistId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/blacklists/{blacklistId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/blacklists' },
            update: { verb: 'POST', url: 'accounts/{accountId}/blacklists/{blacklistId}', dataOptional: true },
        },
        cdrPushOnebill: {
            get: { verb: 'GET', url: 'accounts/{accountId}/cdr_push_onebill' },
            post: { verb: 'POST', url: 'accounts/{accountId}/cdr_push_onebill', dataOptional: true },
        },
        clickToCall: {
            connect: { verb: 'POST', url: 'accounts/{accountId}/clicktocall/{clickToCallId}/connect', dataOptional: true },
            create: { verb: 'PUT', url: 'accounts/{accountId}/clicktocall', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/clicktocall/{clickToCallId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/clicktocall/{clickToCallId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/clicktocall' },
            update: { verb: 'POST', url: 'accounts/{accountId}/clicktocall/{clickToCallId}', dataOptional: true },
        },
        configs: {
            get: { verb: 'GET', url: 'accounts/{accountId}/configs/{endpoint}' },
        },
        contactList: {
            get: { verb: 'GET', url: 'accounts/{accountId}/contact_list' },
        },
        crm: {
            createIntegration: { verb: 'PUT', url: 'accounts/{accountId}/crm_integration', dataOptional: true },
            createMapping: { verb: 'PUT', url: 'accounts/{accountId}/crm_integration/mappings', dataOptional: true },
            createTrigger: { verb: 'PUT', url: 'accounts/{accountId}/crm_integration/triggers', dataOptional: true },
            deleteMapping: { verb: 'DELETE', url: 'accounts/{accountId}/crm_integration/mappings/{mappingId}' },
            deleteTrigger: { verb: 'DELETE', url: 'accounts/{accountId}/crm_integration/triggers/{triggerId}' },
            getCallLog: { verb: 'GET', url: 'accounts/{accountId}/crm_integration/call_logs' },
            getIntegration: { verb: 'GET', url: 'accounts/{accountId}/crm_integration' },
            getMapping: { verb: 'GET', url: 'accounts/{accountId}/crm_integration/mappings/{mappingId}' },
            getTrigger: { verb: 'GET', url: 'accounts/{accountId}/crm_integration/triggers/{triggerId}' },
            listMappings: { verb: 'GET', url: 'accounts/{accountId}/crm_integration/mappings' },
            listTriggers: { verb: 'GET', url: 'accounts/{accountId}/crm_integration/triggers' },
            patchMapping: { verb: 'PATCH', url: 'accounts/{accountId}/crm_integration/mappings/{mappingId}' },
            patchTrigger: { verb: 'PATCH', url: 'accounts/{accountId}/crm_integration/triggers/{triggerId}' },
            updateMapping: { verb: 'POST', url: 'accounts/{accountId}/crm_integration/mappings/{mappingId}', dataOptional: true },
            updateTrigger: { verb: 'POST', url: 'accounts/{accountId}/crm_integration/triggers/{triggerId}', dataOptional: true },
        },
        dashboards: {
            getActivityLog: { verb: 'POST', url: 'accounts/{accountId}/dashboards/activity_log', dataOptional: true },
            getEnsureStarted: { verb: 'GET', url: 'accounts/{accountId}/dashboards/ensure_started' },
            getQueueDetails: { verb: 'POST', url: 'accounts/{accountId}/dashboards/queue_details/{queueId}', dataOptional: true },
            getQueueOverview: { verb: 'POST', url: 'accounts/{accountId}/dashboards/queue_overview', dataOptional: true },
            getRecipientOverview: { verb: 'GET', url: 'accounts/{accountId}/dashboards/recipient_overview' },
            getRecipientPerformance: { verb: 'GET', url: 'accounts/{accountId}/dashboards/recipient_performance' },
        },
        desktop: {
            getLinux: { verb: 'GET', url: 'accounts/{accountId}/desktop/linux' },
            getMac: { verb: 'GET', url: 'accounts/{accountId}/desktop/mac' },
            getWindows: { verb: 'GET', url: 'accounts/{accountId}/desktop/windows' },
        },
        externalNumbers: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/external_numbers', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/external_numbers/{numberId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/external_numbers/{numberId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/external_numbers' },
            submitPin: { verb: 'POST', url: 'accounts/{accountId}/external_numbers/{numberId}/verify', dataOptional: true },
            verify: { verb: 'PUT', url: 'accounts/{accountId}/external_numbers/{numberId}/verify', dataOptional: true },
        },
        faxbox: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/faxboxes', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/faxboxes/{faxboxId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/faxboxes/{faxboxId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/faxboxes' },
            update: { verb: 'POST', url: 'accounts/{accountId}/faxboxes/{faxboxId}', dataOptional: true },
        },
        faxes: {
            deleteInbound: { verb: 'DELETE', url: 'accounts/{accountId}/faxes/inbox/{faxId}' },
            deleteOutbound: { verb: 'DELETE', url: 'accounts/{accountId}/faxes/outbox/{faxId}' },
            getAttachmentInbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/inbox/{faxId}/attachment', accept: '*/*' },
            getAttachmentOutbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/outbox/{faxId}/attachment', accept: '*/*' },
            getDetailsInbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/inbox/{faxId}' },
            getDetailsOutbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/outbox/{faxId}' },
            getLogDetails: { verb: 'GET', url: 'accounts/{accountId}/faxes/smtplog/{logId}' },
            getLogs: { verb: 'GET', url: 'accounts/{accountId}/faxes/smtplog' },
            listInbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/inbox' },
            listOutbound: { verb: 'GET', url: 'accounts/{accountId}/faxes/outbox' },
            send: { verb: 'PUT', url: 'accounts/{accountId}/faxes', dataOptional: true },
            sendAsMultipart: { verb: 'PUT', url: 'accounts/{accountId}/faxes', contentType: 'multipart/mixed' },
            updateInbound: { verb: 'PUT', url: 'accounts/{accountId}/faxes/inbox/{faxId}', dataOptional: true },
            updateOutbound: { verb: 'PUT', url: 'accounts/{accountId}/faxes/outbox/{faxId}', dataOptional: true },
        },
        inspector: {
            get: { verb: 'GET', url: 'accounts/{accountId}/call_inspector/{callId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/call_inspector' },
        },
        ips: {
            add: { verb: 'POST', url: 'accounts/{accountId}/ips/{ip}', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/ips/{ip}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/ips?zone={zone}&quantity={quantity}' },
            listAssigned: { verb: 'GET', url: 'accounts/{accountId}/ips/assigned' },
            listZones: { verb: 'GET', url: 'accounts/{accountId}/ips/zones' },
        },
        ledgers: {
            credit: { verb: 'PUT', url: 'accounts/{accountId}/ledgers/credit', dataOptional: true },
            debit: { verb: 'PUT', url: 'accounts/{accountId}/ledgers/debit', dataOptional: true },
            get: { verb: 'GET', url: 'accounts/{accountId}/ledgers/{ledgerId}' },
            getDetails: { verb: 'GET', url: 'accounts/{accountId}/ledgers/{ledgerId}/{id}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/ledgers' },
            listAvailable: { verb: 'GET', url: 'accounts/{accountId}/ledgers/available' },
            summaryPerMonth: { verb: 'GET', url: 'accounts/{accountId}/ledgers/summary/{modbSuffix}' },
            total: { verb: 'GET', url: 'accounts/{accountId}/ledgers/total' },
        },
        matchList: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/match_lists', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/match_lists/{matchListId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/match_lists/{matchListId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/match_lists/' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/match_lists/{matchListId}' },
            update: { verb: 'POST', url: 'accounts/{accountId}/match_lists/{matchListId}', dataOptional: true },
        },
        metaflow: {
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/metaflows' },
            get: { verb: 'GET', url: 'accounts/{accountId}/metaflows' },
            update: { verb: 'POST', url: 'accounts/{accountId}/metaflows', dataOptional: true },
        },
        multifactor: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/multi_factor', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/multi_factor/{mfaId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/multi_factor/{mfaId}' },
            getAttempt: { verb: 'GET', url: 'accounts/{accountId}/multi_factor/attempts/{attemptId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/multi_factor' },
            listAttempts: { verb: 'GET', url: 'accounts/{accountId}/multi_factor/attempts' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/multi_factor/{mfaId}' },
            qrcode: { verb: 'PUT', url: 'multi_factor/qrcode', dataOptional: true },
            resetQrcode: { verb: 'PUT', url: 'multi_factor/reset_qrcode', dataOptional: true },
            update: { verb: 'POST', url: 'accounts/{accountId}/multi_factor/{mfaId}', dataOptional: true },
        },
        parkedCalls: {
            list: { verb: 'GET', url: 'accounts/{accountId}/parked_calls' },
        },
        pivot: {
            getDebug: { verb: 'GET', url: 'accounts/{accountId}/pivot/debug/{callId}' },
            listDebug: { verb: 'GET', url: 'accounts/{accountId}/pivot/debug' },
        },
        presence: {
            get: { verb: 'GET', url: 'accounts/{accountId}/presence/{presenceId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/presence' },
            update: { verb: 'POST', url: 'accounts/{accountId}/presence/{presenceId}', dataOptional: true },
        },
        qubicleQueues: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/qubicle_queues', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/qubicle_queues/{queueId}' },
            deleteRecipients: { verb: 'DELETE', url: 'accounts/{accountId}/qubicle_queues/{queueId}/recipients' },
            get: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/{queueId}' },
            getEnsureStarted: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/ensure_started' },
            getStatus: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/{queueId}/status' },
            list: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues' },
            listAllRecipients: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/recipients' },
            listRecipients: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/{queueId}/recipients' },
            listStatus: { verb: 'GET', url: 'accounts/{accountId}/qubicle_queues/status' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/qubicle_queues/{queueId}' },
            update: { verb: 'POST', url: 'accounts/{accountId}/qubicle_queues/{queueId}', dataOptional: true },
            updateRecipients: { verb: 'POST', url: 'accounts/{accountId}/qubicle_queues/{queueId}/recipients', dataOptional: true },
            updateRoles: { verb: 'POST', url: 'accounts/{accountId}/qubicle_queues/{queueId}/roles', dataOptional: true },
            updateSessions: { verb: 'POST', url: 'accounts/{accountId}/qubicle_queues/{queueId}/sessions/{sessionId}', dataOptional: true },
        },
        qubicleRecipients: {
            get: { verb: 'GET', url: 'accounts/{accountId}/qubicle_recipients/{userId}' },
            getQueueMembership: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/queue_membership', dataOptional: true },
            getStatus: { verb: 'GET', url: 'accounts/{accountId}/qubicle_recipients/{userId}/status' },
            list: { verb: 'GET', url: 'accounts/{accountId}/qubicle_recipients' },
            listStatus: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/status', dataOptional: true },
            update: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}', dataOptional: true },
            updateDisable: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}/disable', dataOptional: true },
            updateEnable: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}/enable', dataOptional: true },
            updateRoles: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}/roles', dataOptional: true },
            updateState: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}', dataOptional: true },
            updateStatus: { verb: 'POST', url: 'accounts/{accountId}/qubicle_recipients/{userId}/status', dataOptional: true },
        },
        qubicleReports: {
            get: { verb: 'POST', url: 'accounts/{accountId}/qubicle_reports', dataOptional: true },
        },
        qubicleRoles: {
            list: { verb: 'GET', url: 'accounts/{accountId}/qubicle_roles' },
        },
        qubicleSkills: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/qubicle_skills', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/qubicle_skills/{skillId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/qubicle_skills' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/qubicle_skills/{skillId}' },
            update: { verb: 'POST', url: 'accounts/{accountId}/qubicle_skills/{skillId}', dataOptional: true },
        },
        recordings: {
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/recordings/{recordingId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/recordings/{recordingId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/recordings' },
        },
        registrations: {
            list: { verb: 'GET', url: 'accounts/{accountId}/registrations' },
        },
        schemas: {
            get: { verb: 'GET', url: 'schemas/{schemaId}' },
            list: { verb: 'GET', url: 'schemas' },
        },
        security: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/security', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/security' },
            get: { verb: 'GET', url: 'accounts/{accountId}/security' },
            getAttempt: { verb: 'GET', url: 'accounts/{accountId}/security/attempts/{attemptId}' },
            listAttempts: { verb: 'GET', url: 'accounts/{accountId}/security/attempts' },
            listModules: { verb: 'GET', url: 'security' },
            update: { verb: 'POST', url: 'accounts/{accountId}/security', dataOptional: true },
        },
        services: {
            bulkChange: { verb: 'POST', url: 'accounts/{accountId}/services/', dataOptional: true },
            getAuditSummary: { verb: 'GET', url: 'accounts/{accountId}/services/audit_summary' },
            getSummary: { verb: 'GET', url: 'accounts/{accountId}/services/summary' },
            listAssigned: { verb: 'GET', url: 'accounts/{accountId}/services' },
            listAvailable: { verb: 'GET', url: 'accounts/{accountId}/services/available' },
            listEditable: { verb: 'GET', url: 'accounts/{accountId}/services/editable' },
            listOverrides: { verb: 'GET', url: 'accounts/{accountId}/services/overrides' },
            quote: { verb: 'POST', url: 'accounts/{accountId}/services/quote', dataOptional: true },
            topup: { verb: 'POST', url: 'accounts/{accountId}/services/topup', dataOptional: true },
            updateManualQuantities: { verb: 'POST', url: 'accounts/{accountId}/services/manual', dataOptional: true },
        },
        slackIntegration: {
            get: { verb: 'GET', url: 'accounts/{accountId}/slack_integration' },
            listUsers: { verb: 'GET', url: 'accounts/{accountId}/slack_integration/user_listing' },
        },
        smtpLogs: {
            get: { verb: 'GET', url: 'accounts/{accountId}/notifications/smtplog/{logId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/notifications/smtplog' },
        },
        storage: {
            add: { verb: 'PUT', url: 'accounts/{accountId}/storage', dataOptional: true },
            get: { verb: 'GET', url: 'accounts/{accountId}/storage' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/storage' },
            update: { verb: 'POST', url: 'accounts/{accountId}/storage', dataOptional: true },
        },
        system: {
            about: { verb: 'GET', url: 'about' },
            dialplans: { verb: 'GET', url: 'accounts/{accountId}/dialplans' },
        },
        tasks: {
            add: { verb: 'PUT', url: 'accounts/{accountId}/tasks?category={category}&action={action}', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/tasks/{taskId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/tasks/{taskId}' },
            getInput: { verb: 'GET', url: 'accounts/{accountId}/tasks/{taskId}/input', accept: 'text/csv' },
            getOutput: { verb: 'GET', url: 'accounts/{accountId}/tasks/{taskId}/output', accept: 'text/csv' },
            list: { verb: 'GET', url: 'accounts/{accountId}/tasks' },
            start: { verb: 'PATCH', url: 'accounts/{accountId}/tasks/{taskId}' },
            stop: { verb: 'PATCH', url: 'accounts/{accountId}/tasks/{taskId}/stop' },
            summary: { verb: 'GET', url: 'tasks' },
        },
        telexsmsboxes: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/telexsmsboxes', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/telexsmsboxes/{boxId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/telexsmsboxes' },
            update: { verb: 'POST', url: 'accounts/{accountId}/telexsmsboxes/{boxId}', dataOptional: true },
        },
        temporalSet: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/temporal_rules_sets', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/temporal_rules_sets/{setId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules_sets/{setId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/temporal_rules_sets' },
            update: { verb: 'POST', url: 'accounts/{accountId}/temporal_rules_sets/{setId}', dataOptional: true },
        },
        transactions: {
            list: { verb: 'GET', url: 'accounts/{accountId}/transactions' },
        },
        trunkingio: {
            get: { verb: 'GET', url: 'accounts/{accountId}/trunkingio_settings' },
            getCheck: { verb: 'GET', url: 'accounts/{accountId}/trunkingio_settings/check' },
        },
        webhooks: {
            create: { verb: 'PUT', url: 'accounts/{accountId}/webhooks', dataOptional: true },
            delete: { verb: 'DELETE', url: 'accounts/{accountId}/webhooks/{webhookId}' },
            get: { verb: 'GET', url: 'accounts/{accountId}/webhooks/{webhookId}' },
            list: { verb: 'GET', url: 'accounts/{accountId}/webhooks' },
            listAccountAttempts: { verb: 'GET', url: 'accounts/{accountId}/webhooks/attempts' },
            listAttempts: { verb: 'GET', url: 'accounts/{accountId}/webhooks/{webhookId}/attempts' },
            listAvailable: { verb: 'GET', url: 'webhooks' },
            patch: { verb: 'PATCH', url: 'accounts/{accountId}/webhooks/{webhookId}' },
            patchAll: { verb: 'PATCH', url: 'accounts/{accountId}/webhooks' },
            update: { verb: 'POST', url: 'accounts/{accountId}/webhooks/{webhookId}', dataOptional: true },
        },
        websockets: {
            list: { verb: 'GET', url: 'accounts/{accountId}/websockets' },
            listBindings: { verb: 'GET', url: 'accounts/{accountId}/websockets/{websocketId}' },
            listEvents: { verb: 'GET', url: 'websockets' },
        },
    };

    /**
     * The SDK's own error type and the normalisation of failed responses. Pure: no jQuery, no I/O.
     */
    // A native Error re-parented onto KazooSdkError.prototype (so it is `[object Error]`, with the
    // engine's stack), without `class extends Error`, whose ES5 output needs helper code in every build.
    // Where Object.setPrototypeOf is missing (before IE 11) it stays a plain Error named 'KazooSdkError'.
    function SdkError(message) {
        var error = new Error(message);
        error.name = 'KazooSdkError';
        // eslint-disable-next-line no-restricted-properties -- guarded: absent before IE 11
        if (Object.setPrototypeOf)
            Object.setPrototypeOf(error, SdkError.prototype);
        return error;
    }
    SdkError.prototype = Object.create(Error.prototype, {
        constructor: { value: SdkError, writable: true, configurable: true },
        name: { value: 'KazooSdkError', writable: true, configurable: true },
    });
    var KazooSdkError = SdkError;
    /**
     * Turns a failed exchange into the object handed to `error(responseData, jqXHR)`: the server's own
     * JSON error envelope when it sent one, otherwise a Crossbar-shaped object saying what happened.
     */
    function toKazooError(x) {
        var json = x.json;
        var result;
        if (json && typeof json === 'object' && !Array.isArray(json)) {
            result = {};
            for (var key in json) {
                // JSON.parse makes "__proto__" an own key: define it as one instead of setting the prototype
                if (Object.prototype.hasOwnProperty.call(json, key)) {
                    Object.defineProperty(result, key, { value: json[key], enumerable: true, writable: true, configurable: true });
                }
            }
        }
        else {
            var reason = x.textStatus === 'timeout' || x.textStatus === 'abort' ? x.textStatus
                : !x.status ? 'network error'
                    : x.invalidJson ? 'invalid JSON'
                        : x.statusText && x.statusText !== 'error' ? x.statusText
                            : 'HTTP ' + x.status;
            result = { status: 'error', error: String(x.status), message: reason, data: { message: reason } };
        }
        result.httpErrorStatus = x.status;
        return result;
    }

    /**
     * The default wording of the 402 confirmation. Pure: no jQuery, no I/O.
     */
    /**
     * A readable summary of a 402 answer's `data` (an array of invoices, see crossbar.md), for the
     * default `window.confirm` dialog. Anything unexpected in the charges is skipped, never thrown on.
     */
    function describeCharges(charges) {
        var lines = ['This action has charges:'];
        var today = 0;
        var recurring = 0;
        var invoices = (Array.isArray(charges) ? charges : [charges]);
        for (var i = 0; i < invoices.length; i++) {
            var invoice = invoices[i] || {};
            addLines(lines, invoice.items, 'recurring');
            addLines(lines, invoice.activation_charges, 'activation');
            var summary = invoice.summary || {};
            today += toNumber(summary.today);
            recurring += toNumber(summary.recurring);
        }
        lines.push('Due today: ' + money(today) + '; recurring: ' + money(recurring) + '.', 'Do you accept these charges?');
        return lines.join('\n');
    }
    function addLines(lines, items, kind) {
        for (var i = 0; Array.isArray(items) && i < items.length; i++) {
            var line = items[i];
            if (line && typeof line === 'object') {
                lines.push('- ' + (line.name || line.item || 'item') + ' (' + kind + '): ' +
                    (line.quantity === undefined ? 1 : toNumber(line.quantity)) + ' x ' + money(line.rate) + ' = ' + money(line.total));
            }
        }
    }
    function toNumber(value) {
        var n = Number(value);
        return isFinite(n) ? n : 0;
    }
    function money(value) {
        return toNumber(value).toFixed(2);
    }

    /**
     * Framing a `multipart/mixed` body (faxes.sendAsMultipart). Pure: no jQuery, no I/O.
     */
    /**
     * Frames `parts` (an array of `{headers, body}`, each body a string, each header value a string or a
     * number, no line break anywhere in a header) as a CRLF-framed multipart body:
     * `--B CRLF headers CRLF body CRLF --B ... --B-- CRLF`. B is chosen so that it occurs in no part.
     * Returns the body and its Content-Type, or null when `parts` is not such an array.
     */
    function frameMultipart(parts, type) {
        if (!Array.isArray(parts) || !parts.length)
            return null;
        var texts = [];
        for (var i = 0; i < parts.length; i++) {
            var part = parts[i];
            if (!part || typeof part.body !== 'string')
                return null;
            var text = '';
            for (var name in part.headers) {
                var value = part.headers[name];
                if ((typeof value !== 'string' && typeof value !== 'number') || /[\r\n:]/.test(name) || /[\r\n]/.test(String(value)))
                    return null;
                text += name + ': ' + value + '\r\n';
            }
            texts.push(text + '\r\n' + part.body);
        }
        var all = texts.join('');
        var boundary = 'kazoo-sdk-boundary';
        for (var n = 0; all.indexOf(boundary) !== -1; n++)
            boundary = 'kazoo-sdk-boundary-' + n;
        var delimiter = '--' + boundary;
        return {
            body: delimiter + '\r\n' + texts.join('\r\n' + delimiter + '\r\n') + '\r\n' + delimiter + '--\r\n',
            type: type + '; boundary=' + boundary,
        };
    }

    /**
     * Turning the `filters` setting into a query string. Pure: no jQuery, no I/O.
     */
    /** Keys whose value Kazoo reads as one JSON-encoded array rather than repeated keys. */
    var JSON_ARRAY_KEY = /^(filter_any_|filter_none_|filter_array_intersect_(any|none|all)_)|^fields$/;
    /**
     * Encodes a filters map as `key=value&...` (no leading `?`).
     * - undefined and null values are left out;
     * - booleans and numbers are stringified, objects JSON-encoded;
     * - arrays become repeated keys (`key_missing=a&key_missing=b`), except for the keys Kazoo reads
     *   as one JSON array (`filter_any_*`, `filter_none_*`, `filter_array_intersect_(any|none|all)_*`,
     *   `fields`), which take `JSON.stringify(array)`.
     */
    function toQuery(filters) {
        var parts = [];
        if (!filters || typeof filters !== 'object')
            return '';
        for (var key in filters) {
            if (!Object.prototype.hasOwnProperty.call(filters, key))
                continue;
            var value = filters[key];
            if (value === undefined || value === null)
                continue;
            if (Array.isArray(value) && !JSON_ARRAY_KEY.test(key)) {
                var items = value;
                for (var i = 0; i < items.length; i++) {
                    if (items[i] !== undefined && items[i] !== null)
                        parts.push(pair(key, items[i]));
                }
            }
            else {
                parts.push(pair(key, value));
            }
        }
        return parts.join('&');
    }
    function pair(key, value) {
        try {
            return encodeURIComponent(key) + '=' + encodeURIComponent(typeof value === 'object' ? JSON.stringify(value) : String(value));
        }
        catch (e) {
            // a lone UTF-16 surrogate (a string cut through an emoji) has no UTF-8 form; a cycle no JSON
            throw new KazooSdkError('invalid filter "' + key + '"');
        }
    }

    /**
     * Building request URLs from the table's templates. Pure: no jQuery, no I/O.
     */
    var PLACEHOLDER = /\{([^{}]+)\}/;
    /** True when a placeholder value counts as not given: undefined, null or ''. */
    function isMissing(value) {
        return value === undefined || value === null || value === '';
    }
    /**
     * Replaces each `{name}` of `template` with `encodeURIComponent(values[name])`.
     * Throws a KazooSdkError naming `label` (e.g. `account.get`) and the setting when a value is
     * missing, is not a string or a finite number, is `.` or `..` (which a browser would resolve as a
     * path step instead of sending it), or cannot be encoded (a lone UTF-16 surrogate).
     */
    function fillUrl(template, values, label) {
        var parts = partsOf(template);
        var url = parts[0];
        for (var i = 1; i < parts.length; i += 2)
            url += encodeValue(values, parts[i], label) + parts[i + 1];
        return url;
    }
    /** A template split around its placeholders: text, name, text, name, ..., text (made once each). */
    var compiled = Object.create(null);
    function partsOf(template) {
        return compiled[template] || (compiled[template] = template.split(PLACEHOLDER));
    }
    function encodeValue(values, name, label) {
        var value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
        var missing = isMissing(value);
        var valid = typeof value === 'string' ? value !== '.' && value !== '..' : typeof value === 'number' && isFinite(value);
        if (!missing && valid) {
            try {
                return encodeURIComponent(String(value));
            }
            catch (e) {
                // a lone surrogate has no UTF-8 form: invalid, as below
            }
        }
        throw new KazooSdkError(label + (missing ? ': missing mandatory setting "' : ': invalid value for setting "') + name + '"');
    }
    /**
     * True when a path holds a `.` or `..` segment, also percent-encoded or between backslashes (which
     * URLs treat as `/`): a browser would resolve it and the request could leave the apiRoot.
     */
    function hasDotSegment(path) {
        return /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i.test(path);
    }
    /** Joins an apiRoot and a relative path with exactly one `/` between them. */
    function joinUrl(apiRoot, path) {
        return normaliseRoot(apiRoot) + (path.charAt(0) === '/' ? path.replace(/^\/+/, '') : path);
    }
    /** The apiRoot with exactly one trailing `/`: the key under which its token is stored. */
    function normaliseRoot(apiRoot) {
        var end = apiRoot.length;
        while (end > 0 && apiRoot.charAt(end - 1) === '/')
            end--;
        return apiRoot.slice(0, end) + '/';
    }
    /** Appends an encoded query string (without `?`) to a URL that may already have a query. */
    function appendQuery(url, query) {
        if (!query)
            return url;
        return url + (url.indexOf('?') === -1 ? '?' : '&') + query;
    }

    /**
     * The one request core. Every method, and `kazooSdk.request`, goes through it, in the order a
     * request happens:
     *
     *   fromEntry / fromOptions   a method's table entry and settings, or request()'s options -> the
     *                             request options (throws KazooSdkError; nothing is sent)
     *   send                      the options -> a call, whose promise can be aborted
     *   exchange                  one HTTP exchange: URL, headers, body -> $.ajax -> onRequestStart
     *   conclude                  the answer -> token storage -> hooks -> callbacks, or one of the
     *                             follow-ups below -> the promise
     *
     * A call is usually one exchange. Follow-ups add exchanges to it: the next page (paginate: 'all'),
     * the retry of a 402 whose charges are accepted, the retry after a re-login on 401, and the re-send
     * of an application that took a failed exchange over (preventCallbackError) and handed its options
     * back to `kazooSdk.request`. Each exchange fires its own hooks; the call ends once.
     */
    /**
     * The key under which options (re-sent options continue the call) and promises reach their call:
     * a function that answers only to MARK, so the call's state is not walked by whoever inspects them.
     */
    var CALL = 'kazooSdkCall';
    var MARK = {};
    function callOf(holder) {
        var link = holder[CALL];
        return typeof link === 'function' ? link(MARK) : undefined;
    }
    var SUCCESS = /^(success|notmodified|nocontent)$/;
    var LAST_PLACEHOLDER = /\{([^{}]+)\}[^{]*$/;
    var BINARY_SAFE = 'text/plain; charset=x-user-defined';
    /**
     * A table entry and a call's settings -> the request options: the instance defaults, the settings,
     * and the entry's verb, filled URL and content types. Sends nothing; throws a KazooSdkError on misuse.
     */
    function fromEntry(ctx, entry, label, settings) {
        if (settings === undefined || settings === null)
            settings = {};
        if (typeof settings !== 'object')
            throw new KazooSdkError(label + ': settings must be an object');
        var data = settings.data;
        var values = settings;
        var last = entry.verb === 'POST' && LAST_PLACEHOLDER.exec(entry.url);
        if (last && isMissing(settings[last[1]]) && data && typeof data === 'object' && !isMissing(data.id)) {
            // Drop-in quirk of the classic plugin: user.update({accountId, data: {id}}) fills {userId}.
            values = assign({}, settings);
            values[last[1]] = data.id;
        }
        var url = fillUrl(entry.url, values, label);
        if ((entry.verb === 'PUT' || entry.verb === 'POST') && !entry.dataOptional && (data === undefined || data === null)) {
            throw new KazooSdkError(label + ': missing mandatory setting "data"');
        }
        var options = assign(assign({}, ctx.defaults), settings);
        // the entry decides these, whatever keys of the same names the settings hold
        options.verb = entry.verb;
        options.url = url;
        options.contentType = entry.contentType;
        options.accept = entry.accept;
        options.auth = !!entry.auth;
        if (entry.auth || entry.noToken)
            options.authToken = null;
        if (entry.noUiMetadata)
            delete options.uiMetadata;
        return checked(ctx, options, settings.headers);
    }
    /** `kazooSdk.request(options)` -> the request options: the instance defaults under the given ones. */
    function fromOptions(ctx, options) {
        var opts = assign(assign({}, ctx.defaults), options);
        invalidIf(typeof opts.url !== 'string', 'missing mandatory setting "url"');
        // (a method's URL needs no such check: its template is checked once, its values are encoded)
        invalidIf(hasDotSegment(opts.url), 'invalid value for setting "url"');
        opts.verb = String(opts.verb || 'GET').toUpperCase();
        return checked(ctx, opts, options && options.headers);
    }
    /** What every request must hold: an apiRoot, and the merged headers. */
    function checked(ctx, opts, headers) {
        invalidIf(typeof opts.apiRoot !== 'string' || !opts.apiRoot, 'invalid value for setting "apiRoot"');
        opts.headers = mergeHeaders(ctx.defaults.headers, headers);
        return opts;
    }
    function invalidIf(condition, problem) {
        if (condition)
            throw new KazooSdkError('request: ' + problem);
    }
    /**
     * Starts an exchange for `options`. Options that come from a call still in progress (handed to a
     * hook, then back to `kazooSdk.request`) continue that call: its promise settles with this outcome.
     */
    function send(ctx, options) {
        var call = callOf(options);
        if (call && call.aborted)
            return call.promise; // an aborted call sends nothing more
        if (!call || call.settled) {
            call = newCall(ctx.$);
            options[CALL] = call.promise[CALL];
        }
        exchange(ctx, options, call);
        return call.promise;
    }
    function newCall($) {
        // every field set here, so that all calls share one shape
        var call = {
            $: $, promise: null, deferred: null, settled: null, outcome: null, current: null, asking: null, aborted: false, opts: null,
            reauthed: false, pages: 0, items: [],
        };
        if (!cachedProto || cachedProto.$ !== $)
            cachedProto = { $: $, proto: promiseProto($) };
        call.promise = Object.create(cachedProto.proto);
        call.promise[CALL] = function (key) {
            return key === MARK ? call : undefined;
        };
        return call;
    }
    var cachedProto = null;
    /**
     * The prototype of the promises methods return: jQuery's promise API plus abort(). Making a
     * Deferred costs more than the SDK's own work on a request, and most callers use callbacks, so the
     * Deferred is made the first time a promise method is used; it replays the outcome if the call has
     * already ended.
     */
    function promiseProto($) {
        var proto = {
            abort: function () {
                var call = callOf(this);
                if (!call.aborted && !call.settled) {
                    call.aborted = true;
                    // in flight: abort it (if still being sent, exchange does); asking about charges: refuse;
                    // taken over by the application: end it here
                    if (call.current) {
                        if (call.current.jqXHR)
                            call.current.jqXHR.abort();
                    }
                    else if (call.asking)
                        call.asking(false);
                    else
                        fail(call.opts, call, abortError(), undefined);
                }
                return this;
            },
        };
        for (var name in $.Deferred().promise())
            proto[name] = deferredMethod(name);
        return proto;
    }
    function deferredMethod(name) {
        return function () {
            var call = callOf(this);
            if (!call.deferred) {
                call.deferred = call.$.Deferred();
                call.deferred.promise(this); // jQuery's own methods become this object's
                if (call.settled)
                    call.deferred[call.settled].apply(call.deferred, call.outcome);
            }
            return this[name].apply(this, arguments);
        };
    }
    /** Ends a call once: the outcome goes to its Deferred, or waits for one to be made. */
    function settle(call, how, outcome) {
        if (call.settled)
            return;
        call.settled = how;
        call.outcome = outcome;
        if (call.deferred)
            call.deferred[how].apply(call.deferred, outcome);
    }
    /** One HTTP exchange. */
    function exchange(ctx, opts, call) {
        var root = normaliseRoot(opts.apiRoot);
        var x = {
            ctx: ctx, opts: opts, call: call, root: root, binary: isBinary(opts.accept), jqXHR: null, value: undefined, json: false, invalid: false,
            reauths: ctx.reauth[root] ? ctx.reauth[root].done : 0,
        };
        call.opts = opts;
        call.current = x;
        // Only strings, numbers and bodies reach $.ajax: jQuery before 3.4 deep-copies its options, so a
        // `__proto__` key in an object handed to it would reach Object.prototype.
        var settings = {
            url: appendQuery(joinUrl(root, opts.url), toQuery(opts.filters)),
            type: opts.verb,
            headers: headersFor(opts, ctx.tokens[root]),
            processData: false,
            contentType: false,
            dataType: 'text',
            mimeType: x.binary ? BINARY_SAFE : undefined,
            cache: opts.cache === true,
            timeout: typeof opts.timeout === 'number' ? opts.timeout : undefined,
            xhr: opts.uploadProgress || opts.downloadProgress ? progressXhr(ctx.$, opts) : undefined,
            context: x,
            beforeSend: started,
            complete: concluded,
        };
        if (opts.verb !== 'GET' && opts.verb !== 'HEAD')
            setBody(ctx.$, settings, opts);
        var jqXHR = ctx.$.ajax(settings);
        if (call.current === x) {
            x.jqXHR = jqXHR;
            if (call.aborted)
                jqXHR.abort(); // abort() from inside onRequestStart
        }
    }
    /** An XHR factory that reports upload and download progress to the call's callbacks. */
    function progressXhr($, opts) {
        return function () {
            var xhr = $.ajaxSettings.xhr();
            if (xhr.upload && opts.uploadProgress)
                xhr.upload.addEventListener('progress', progressTo(opts, 'uploadProgress'));
            if (opts.downloadProgress)
                xhr.addEventListener('progress', progressTo(opts, 'downloadProgress'));
            return xhr;
        };
    }
    function progressTo(opts, name) {
        return function (event) {
            invoke(opts[name], opts, event);
        };
    }
    function started(jqXHR) {
        invoke(this.opts.onRequestStart, this.opts, jqXHR, this.opts);
    }
    function concluded(jqXHR, textStatus) {
        if (this.call.current === this)
            this.call.current = null;
        conclude(this, jqXHR, textStatus);
    }
    /** The headers of an exchange: Accept, the call's headers (null removes one), the token. */
    function headersFor(opts, storedToken) {
        var headers = { Accept: String(opts.accept || 'application/json') };
        var own = opts.headers || {};
        for (var name in own) {
            if (own[name] === null || own[name] === undefined)
                delete headers[name];
            else
                headers[name] = String(own[name]);
        }
        // Login methods never carry a token (Kazoo 5 rejects stale ones); others carry the call's own
        // token, else the one stored for this apiRoot (tokens never travel to another apiRoot).
        var token = opts.auth ? null : 'authToken' in opts ? opts.authToken : storedToken;
        if (token)
            headers['X-Auth-Token'] = String(token);
        return headers;
    }
    /**
     * The body and its Content-Type: for non-JSON content types `data` as given (text or bytes, never a
     * plain object or array), or framed when multipart; else the Crossbar envelope as JSON.
     */
    function setBody($, settings, opts) {
        var data = opts.data;
        var type = String(opts.contentType || 'application/json');
        if (/^multipart\/[^;]*$/i.test(type)) {
            var framed = frameMultipart(data, type);
            invalidIf(!framed, 'invalid value for setting "data"');
            settings.data = framed.body;
            settings.contentType = framed.type;
            return;
        }
        settings.contentType = type;
        if (!/json/i.test(type)) {
            invalidIf($.isPlainObject(data) || Array.isArray(data), 'invalid value for setting "data"');
            settings.data = data;
            return;
        }
        if (data === undefined || data === null)
            data = {};
        if (opts.uiMetadata && $.isPlainObject(data) && !('ui_metadata' in data)) {
            data = assign(assign({}, data), { ui_metadata: opts.uiMetadata });
        }
        var envelope = { data: data };
        if (opts.acceptCharges === true)
            envelope.accept_charges = true;
        try {
            settings.data = JSON.stringify(envelope);
        }
        catch (e) {
            // a cycle, or a BigInt
            throw new KazooSdkError('request: invalid value for setting "data"');
        }
    }
    /** The answer of an exchange -> token, hooks, callbacks, 402 flow, promise. */
    function conclude(x, jqXHR, textStatus) {
        var opts = x.opts;
        var call = x.call;
        var ok = SUCCESS.test(textStatus);
        readBody(x, jqXHR);
        if (ok && !x.invalid) {
            var response = x.value === undefined ? {} : x.value;
            if (opts.auth && response && typeof response.auth_token === 'string' && response.auth_token) {
                x.ctx.tokens[x.root] = response.auth_token;
            }
            invoke(opts.onRequestEnd, opts, response, opts);
            invoke(opts.onRequestSuccess, opts, response, opts);
            if (opts.paginate === 'all' && Array.isArray(response.data) && !call.aborted && nextPage(x, response))
                return;
            if (call.aborted)
                return; // abort() from a hook or onPage has ended the call
            if (opts.paginate === 'all' && Array.isArray(response.data)) {
                response = assign({}, response);
                response.data = call.items;
            }
            invoke(opts.success, opts, response, textStatus, jqXHR);
            settle(call, 'resolve', [response, textStatus, jqXHR]);
            return;
        }
        var error = toKazooError({
            status: jqXHR.status || 0,
            textStatus: textStatus,
            statusText: jqXHR.statusText,
            json: x.json ? x.value : undefined,
            invalidJson: ok && !!x.invalid,
        });
        invoke(opts.onRequestEnd, opts, jqXHR, opts);
        // The flag is per exchange: an application sets it inside onRequestError to take the call over.
        opts.preventCallbackError = false;
        invoke(opts.onRequestError, opts, jqXHR, opts);
        if (opts.preventCallbackError || call.settled)
            return; // taken over, or ended by abort() in a hook
        if (error.httpErrorStatus === 402 && opts.acceptCharges === undefined && !call.aborted) {
            askCharges(x.ctx, opts, call, error, jqXHR);
            return;
        }
        if (error.httpErrorStatus === 401 && typeof opts.reauth === 'function' && !opts.auth && opts.authToken !== null && !call.reauthed && !call.aborted) {
            reauthenticate(x, error, jqXHR);
            return;
        }
        fail(opts, call, error, jqXHR);
    }
    /**
     * paginate: 'all': keeps a page's data and asks for the next one (the same request with
     * start_key = next_start_key), unless it was the last page or maxPages (default 100) is reached.
     * Returns true when it has sent the next request.
     */
    function nextPage(x, page) {
        var call = x.call;
        var opts = x.opts;
        var max = typeof opts.maxPages === 'number' && opts.maxPages > 0 ? opts.maxPages : 100;
        call.items = call.items.concat(page.data);
        invoke(opts.onPage, opts, page);
        if (!page.next_start_key || ++call.pages >= max || call.aborted)
            return false;
        var next = assign({}, opts);
        next.filters = assign(assign({}, opts.filters), { start_key: page.next_start_key });
        exchange(x.ctx, next, call);
        return true;
    }
    /**
     * Re-login on 401: one reauth() per apiRoot at a time. The calls that get a 401 while it runs wait
     * for it, and so do those sent before it ended (they carried the old token): each is sent once more
     * with the token it gives (a string, an envelope's auth_token, or a promise of either), which is
     * stored. No token: each ends with its own 401.
     */
    function reauthenticate(x, error, jqXHR) {
        var ctx = x.ctx;
        var call = x.call;
        var opts = x.opts;
        var state = ctx.reauth[x.root] || (ctx.reauth[x.root] = { waiting: null, done: 0, token: null });
        call.reauthed = true;
        var decide = (call.asking = function (token) {
            if (call.asking !== decide)
                return; // decided already
            call.asking = null;
            if (call.aborted) {
                fail(opts, call, abortError(), undefined);
            }
            else if (typeof token === 'string' && token) {
                var retry = assign({}, opts);
                retry.authToken = token;
                exchange(ctx, retry, call);
            }
            else {
                fail(opts, call, error, jqXHR);
            }
        });
        if (state.waiting)
            return void state.waiting.push(decide);
        if (x.reauths !== state.done)
            return decide(state.token); // a re-login ended since it was sent
        state.waiting = [decide];
        var finish = function (answer) {
            var token = typeof answer === 'string' ? answer : answer && typeof answer.auth_token === 'string' ? answer.auth_token : null;
            var waiting = state.waiting;
            state.waiting = null;
            state.done++;
            state.token = token || null;
            if (token)
                ctx.tokens[x.root] = token;
            for (var i = 0; i < waiting.length; i++)
                waiting[i](token);
        };
        try {
            var answer = opts.reauth.call(opts);
            if (answer && typeof answer.then === 'function') {
                answer.then(finish, function () {
                    finish(null);
                });
            }
            else {
                finish(answer);
            }
        }
        catch (e) {
            report(e);
            finish(null);
        }
    }
    function fail(opts, call, error, jqXHR) {
        invoke(opts.error, opts, error, jqXHR);
        settle(call, 'reject', [error, jqXHR]);
    }
    function abortError() {
        return toKazooError({ status: 0, textStatus: 'abort', statusText: '', json: undefined, invalidJson: false });
    }
    /**
     * The 402 flow: confirmCharges decides (true, or a promise of true, accepts). Accepted: the same
     * request once more with accept_charges, whose outcome is the call's. Refused (or confirm failing,
     * or the call aborted meanwhile): onChargesCancelled when given, otherwise the error callback.
     */
    function askCharges(ctx, opts, call, error, jqXHR) {
        var decide = (call.asking = function (accepted) {
            if (call.asking !== decide)
                return; // decided already
            call.asking = null;
            if (accepted && !call.aborted) {
                var retry = assign({}, opts);
                retry.acceptCharges = true;
                exchange(ctx, retry, call);
            }
            else if (typeof opts.onChargesCancelled === 'function') {
                invoke(opts.onChargesCancelled, opts);
                settle(call, 'reject', [error, jqXHR]);
            }
            else {
                fail(opts, call, error, jqXHR);
            }
        });
        try {
            var confirm = typeof opts.confirmCharges === 'function' ? opts.confirmCharges : confirmWithWindow;
            var answer = confirm.call(opts, error.data, opts);
            if (answer && typeof answer.then === 'function') {
                answer.then(function (value) {
                    decide(value === true);
                }, function () {
                    decide(false);
                });
            }
            else {
                decide(answer === true);
            }
        }
        catch (e) {
            report(e);
            decide(false);
        }
    }
    function confirmWithWindow(charges) {
        return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(describeCharges(charges));
    }
    /**
     * Reads the response body. JSON endpoints parse whatever arrives (an empty body is no value);
     * text endpoints deliver strings; binary endpoints (read as x-user-defined) deliver a Blob unless
     * the answer is JSON or text, which is decoded back from its bytes.
     */
    function readBody(x, jqXHR) {
        var text = typeof jqXHR.responseText === 'string' ? jqXHR.responseText : '';
        // JSON endpoints parse whatever arrives, so only the others need the (costly) header lookup
        var type = x.opts.accept ? jqXHR.getResponseHeader('Content-Type') || '' : '';
        x.json = !x.opts.accept || /json/i.test(type);
        if (x.binary && !x.json && !/^text\//i.test(type)) {
            x.value = toBlob(text, type);
            return;
        }
        if (x.binary)
            text = decodeUtf8(text);
        if (!x.json || !text) {
            x.value = x.json ? undefined : text;
            return;
        }
        try {
            x.value = JSON.parse(text);
        }
        catch (e) {
            x.invalid = true;
            x.json = false;
        }
    }
    function isBinary(accept) {
        return !!accept && !/json|^text\//i.test(accept);
    }
    /** Text read as x-user-defined (one char per byte, high bytes at U+F780-U+F7FF) -> the bytes. */
    function bytesOf(text) {
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++)
            bytes[i] = text.charCodeAt(i) & 0xff;
        return bytes;
    }
    function toBlob(text, type) {
        var bytes = bytesOf(text);
        return typeof Blob === 'function' ? new Blob([bytes], { type: type }) : bytes;
    }
    /** Text read as x-user-defined -> the UTF-8 text it carries (as is where TextDecoder is missing). */
    function decodeUtf8(text) {
        return typeof TextDecoder === 'function' ? new TextDecoder().decode(bytesOf(text)) : text;
    }
    /** Merges header maps key by key: the call's value wins, `null` removes a default header. */
    function mergeHeaders(defaults, own) {
        return assign(assign({}, defaults), own);
    }
    /**
     * Copies the enumerable keys of source onto target, skipping undefined values (as $.extend does)
     * and `__proto__` (which jQuery before 3.4 copies, re-parenting the target).
     */
    function assign(target, source) {
        for (var key in source) {
            var value = source[key];
            if (value !== undefined && key !== '__proto__')
                target[key] = value;
        }
        return target;
    }
    /** Runs a user callback; what it throws is reported, never allowed to stop the SDK. */
    function invoke(fn, self, a, b, c) {
        if (typeof fn !== 'function')
            return;
        try {
            fn.call(self, a, b, c);
        }
        catch (e) {
            report(e);
        }
    }
    /** Rethrows outside the SDK's stack, where the page's error reporting sees it. */
    function report(e) {
        setTimeout(function () {
            throw e;
        }, 0);
    }

    /**
     * getKazooSdk: settings -> an independent instance whose namespaces are built from the table.
     */
    /** Creates an SDK instance on the given jQuery. */
    function createSdk($, settings) {
        var given = (typeof settings === 'string' ? { apiRoot: settings } : settings);
        if (!given || typeof given !== 'object' || typeof given.apiRoot !== 'string' || !given.apiRoot) {
            throw new KazooSdkError('You must provide a valid apiRoot.');
        }
        // The initial token is stored like one an auth method returns: bound to this apiRoot only.
        var defaults = assign({}, given);
        delete defaults.authToken;
        delete defaults.endpoints;
        defaults.headers = mergeHeaders(given.headers);
        var ctx = { $: $, defaults: defaults, tokens: {}, reauth: {} };
        if (given.authToken)
            ctx.tokens[normaliseRoot(given.apiRoot)] = given.authToken;
        var sdk = {
            request: function (options) {
                return send(ctx, fromOptions(ctx, options));
            },
        };
        // Each namespace is a small object holding the instance's context; its methods are made when
        // first read (see namespaceTypes), so an instance costs 25 small objects, not 146 closures.
        var types = given.endpoints
            ? namespaceTypes(withCustom(endpoints, given.endpoints))
            : builtInTypes || (builtInTypes = namespaceTypes(endpoints));
        for (var i = 0; i < types.length; i++)
            sdk[types[i].ns] = new types[i].Namespace(ctx);
        return sdk;
    }
    /** The key of a namespace's context: a Symbol where there is one, so that it is not enumerated. */
    // eslint-disable-next-line no-restricted-globals -- guarded: a plain key before ES2015
    var CONTEXT = typeof Symbol === 'function' ? Symbol('kazooSdkContext') : 'kazooSdkContext';
    var builtInTypes;
    /**
     * One constructor per namespace of a table. Its prototype has one accessor per method, shared by
     * every instance: the first read of `kazooSdk.ns.method` makes that instance's method (a closure on
     * its context, so it also works detached, as in the classic plugin) and keeps it on the namespace.
     */
    function namespaceTypes(table) {
        var types = [];
        for (var ns in table) {
            var Namespace = function (ctx) {
                this[CONTEXT] = ctx;
            };
            for (var name in table[ns])
                Object.defineProperty(Namespace.prototype, name, lazyMethod(table[ns][name], ns, name));
            types.push({ ns: ns, Namespace: Namespace });
        }
        return types;
    }
    function lazyMethod(entry, ns, name) {
        var label = ns + '.' + name;
        return {
            enumerable: true,
            configurable: true,
            get: function () {
                var ctx = this[CONTEXT];
                return keep(this, name, function (settings) {
                    return send(ctx, fromEntry(ctx, entry, label, settings));
                });
            },
            set: function (value) {
                keep(this, name, value);
            },
        };
    }
    var VERB = /^(GET|PUT|POST|PATCH|DELETE|HEAD)$/;
    /** The built-in table with an instance's own endpoints added or put in place (same format). */
    function withCustom(table, custom) {
        // maps without a prototype: a namespace named "constructor" must not reach Object's
        var merged = Object.create(null);
        var ns;
        for (ns in table)
            merged[ns] = assign(Object.create(null), table[ns]);
        for (ns in custom) {
            if (ns === '__proto__')
                continue;
            if (ns === 'request')
                throw new KazooSdkError('endpoints.request: the name of kazooSdk.request');
            merged[ns] = merged[ns] || Object.create(null);
            for (var name in custom[ns]) {
                var entry = custom[ns][name];
                if (name === '__proto__')
                    continue;
                if (!entry || typeof entry.url !== 'string' || hasDotSegment(entry.url) || typeof entry.verb !== 'string' || !VERB.test(entry.verb)) {
                    throw new KazooSdkError('endpoints.' + ns + '.' + name + ': invalid entry (verb and url required, no . or .. segment)');
                }
                merged[ns][name] = assign({}, entry); // a copy: later changes to it change nothing
            }
        }
        return merged;
    }
    /** A deep-frozen copy of a table (what $.getKazooSdk.endpoints exposes). */
    function frozenCopy(table) {
        var copy = {};
        for (var ns in table) {
            copy[ns] = {};
            for (var name in table[ns])
                copy[ns][name] = Object.freeze(assign({}, table[ns][name]));
            Object.freeze(copy[ns]);
        }
        return Object.freeze(copy);
    }
    function keep(target, name, value) {
        Object.defineProperty(target, name, { value: value, enumerable: true, writable: true, configurable: true });
        return value;
    }
    var lastInstalled;
    /** The built-in table as applications see it: a deep-frozen copy, so it cannot change the SDK. */
    var publicEndpoints = frozenCopy(endpoints);
    var NO_JQUERY = 'jquery.kazoosdk: jQuery is required (load it first, or pass it to install($))';
    /** The jQuery most recently given to `install`. */
    function installed() {
        return lastInstalled;
    }
    /** Registers `$.getKazooSdk` on a jQuery (and makes it the one the module's getKazooSdk uses). */
    function install($) {
        if (!$ || typeof $.ajax !== 'function')
            throw new Error(NO_JQUERY);
        var getKazooSdk = function (settings) {
            return createSdk($, settings);
        };
        getKazooSdk.endpoints = publicEndpoints;
        $.getKazooSdk = getKazooSdk;
        lastInstalled = $;
        return $;
    }

    /**
     * Module entry (ESM and CommonJS builds): exports only, no side effects, and no import of jQuery
     * (jQuery 4 throws when imported where there is no DOM, e.g. in Node): hand it to `install($)`.
     */
    /**
     * Creates an SDK instance on the jQuery given to `install($)`, or else the page's global jQuery.
     */
    function getKazooSdk(settings) {
        var $ = installed() || (typeof window !== 'undefined' ? window.jQuery : undefined);
        if (!$)
            throw new Error(NO_JQUERY);
        return createSdk($, settings);
    }

    /**
     * Script-tag entry: registers `$.getKazooSdk` on the page's jQuery, as the classic plugin did.
     */
    install($);

    exports.KazooSdkError = KazooSdkError;
    exports.endpoints = publicEndpoints;
    exports.getKazooSdk = getKazooSdk;
    exports.install = install;

}));
