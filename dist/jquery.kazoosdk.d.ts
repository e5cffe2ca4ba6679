/// <reference types="jquery" />
/**
 * The endpoint table: one entry per SDK method, grouped by namespace: first the methods of the ported
 * 2014 documentation in its order, then, after "today's Kazoo", those that current Monster-UI
 * applications call. Pure data; every method of the SDK is built from it (the builds ship it in a
 * compact encoding, see scripts/table-codec.mjs).
 *
 * An entry:
 * - `verb`: the HTTP method.
 * - `url`: the path relative to the apiRoot. Each `{name}` is a mandatory setting of the method,
 *   encoded into the URL (also inside the query part, as in numbers.search). A query written in the
 *   template holds defaults: a call's `filters` with the same key replace them.
 * - `contentType`: the request Content-Type when it is not JSON; such bodies are sent raw
 *   (`multipart/mixed`: `data` is an array of `{headers, body}` parts, framed by the SDK).
 * - `accept`: the response content type when it is not JSON (text/* arrives as a string; anything
 *   else as bytes: a string of one character per byte, or a Blob with `responseType: 'blob'`).
 * - `auth`: a login method. It never sends X-Auth-Token and stores the token it gets back.
 * - `noToken`: never sends X-Auth-Token (not even a call's own authToken).
 * - `noUiMetadata`: never puts the instance's uiMetadata into `data`.
 * - `dataOptional`: a PUT or POST whose `data` is not mandatory (PUT and POST require it otherwise).
 * - `inData`: the name of a setting that, when given, is sent inside `data` under that name.
 *
 * A method with several forms is an array of entries: a call uses the first form whose
 * placeholders it gives all of (numbers.activate with `phoneNumber`, or the collection without it).
 *
 * Errata (where the 2014 documentation names a path no Kazoo server has, or one that today's
 * applications no longer call; see README): media.* use `media` (not `medias`);
 * globalResources.delete uses `resources/{resourceId}`; whitelabel.getDnsEntries/checkDnsEntries
 * live under `accounts/{accountId}/whitelabel/domains`; globalResources.createJob and
 * localResources.createJob take no jobId (the server assigns it); conference.action is a PUT of the
 * conference with the action in `data`; port.listDescendants is `descendants/port_requests`;
 * numbers.list and account.listChildren carry today's query.
 * The binary downloads of today's Kazoo (icons, logos, fax documents), marked "text" in their
 * description, ask for any type and deliver bytes (a text answer stays a string).
 */
declare const endpoints: {
    readonly account: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}";
        };
        readonly listDescendants: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/descendants";
        };
        readonly listChildren: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/children?ascending=true";
        };
        readonly demote: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/reseller";
        };
        readonly listParents: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/tree";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}";
        };
        readonly promote: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/reseller";
            readonly dataOptional: true;
        };
        readonly searchAll: {
            readonly verb: "GET";
            readonly url: "search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}";
        };
        readonly searchByName: {
            readonly verb: "GET";
            readonly url: "search?t=account&q=name&v={accountName}";
        };
    };
    readonly auth: {
        readonly userAuth: {
            readonly verb: "PUT";
            readonly url: "user_auth";
            readonly auth: true;
        };
        readonly sharedAuth: {
            readonly verb: "PUT";
            readonly url: "shared_auth";
            readonly auth: true;
        };
        readonly pinAuth: {
            readonly verb: "PUT";
            readonly url: "pin_auth";
            readonly auth: true;
        };
        readonly callback: {
            readonly verb: "PUT";
            readonly url: "auth/callback";
            readonly auth: true;
            readonly dataOptional: true;
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "auth/tokeninfo?token={token}";
            readonly noToken: true;
        };
        readonly getLink: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/auth/links/{auth_id}";
        };
        readonly impersonate: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/users/{userId}/user_auth";
            readonly dataOptional: true;
        };
        readonly link: {
            readonly verb: "PUT";
            readonly url: "auth/links/{auth_id}";
            readonly dataOptional: true;
        };
        readonly postTokenInfo: {
            readonly verb: "POST";
            readonly url: "auth/tokeninfo";
            readonly noToken: true;
            readonly dataOptional: true;
        };
        readonly recovery: {
            readonly verb: "PUT";
            readonly url: "user_auth/recovery";
            readonly dataOptional: true;
        };
        readonly recoveryResetId: {
            readonly verb: "POST";
            readonly url: "user_auth/recovery";
            readonly dataOptional: true;
        };
        readonly unlink: {
            readonly verb: "DELETE";
            readonly url: "auth/links/{auth_id}";
        };
    };
    readonly balance: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/transactions/current_balance";
        };
        readonly add: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/braintree/credits";
        };
    };
    readonly billing: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/braintree/customer";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/braintree/customer";
        };
        readonly deleteCard: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/braintree/cards/{cardId}";
        };
        readonly getToken: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/braintree/client_token";
        };
    };
    readonly callflow: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/callflows/{callflowId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/callflows";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/callflows/{callflowId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/callflows/{callflowId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/callflows";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/callflows/{callflowId}";
        };
        readonly searchByNameAndNumber: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/search?t=callflow&q=name_and_number&v={value}";
        };
        readonly searchByNumber: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/search?t=callflow&q=number&v={value}";
        };
    };
    readonly cdrs: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/cdrs/{cdrId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/cdrs";
        };
        readonly listByInteraction: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/cdrs/interaction";
        };
        readonly listByInteractionUser: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}/cdrs/interaction";
        };
        readonly listByUser: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}/cdrs";
        };
        readonly listLegs: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/cdrs/legs/{callId}";
        };
    };
    readonly channel: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/channels";
        };
        readonly action: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/channels/{callId}";
            readonly noUiMetadata: true;
            readonly dataOptional: true;
        };
    };
    readonly conference: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/conferences";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences";
        };
        readonly getPins: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences/pins";
        };
        readonly view: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/status";
        };
        readonly action: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}";
            readonly inData: "action";
        };
        readonly getServer: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences_servers/{serverId}";
        };
        readonly createServer: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/conferences_servers";
        };
        readonly updateServer: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences_servers/{serverId}";
        };
        readonly deleteServer: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/conferences_servers/{serverId}";
        };
        readonly listServers: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences_servers";
        };
        readonly addParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/add_participant";
        };
        readonly muteParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/mute/{participantId}";
        };
        readonly unmuteParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/unmute/{participantId}";
        };
        readonly deafParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/deaf/{participantId}";
        };
        readonly undeafParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/undeaf/{participantId}";
        };
        readonly kickParticipant: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/kick/{participantId}";
        };
        readonly createNotification: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/notify/conference_{notificationType}";
            readonly contentType: "text/html";
            readonly accept: "text/html";
        };
        readonly getNotification: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notify/conference_{notificationType}/{contentType}";
            readonly contentType: "text/html";
            readonly accept: "text/html";
        };
        readonly updateNotification: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/notify/conference_{notificationType}";
            readonly contentType: "text/html";
            readonly accept: "text/html";
        };
        readonly participantsAction: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/participants/{participantId}";
            readonly dataOptional: true;
        };
        readonly participantsBulkAction: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/participants";
            readonly dataOptional: true;
        };
        readonly participantsList: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/participants";
        };
    };
    readonly connectivity: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/connectivity/{connectivityId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/connectivity";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/connectivity/{connectivityId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/connectivity";
        };
    };
    readonly device: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/devices/{deviceId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/devices";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/devices/{deviceId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/devices/{deviceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/devices";
        };
        readonly getStatus: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/devices/status";
        };
        readonly quickcall: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/devices/{deviceId}/quickcall/{number}";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/devices/{deviceId}";
        };
        readonly restart: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/devices/{deviceId}/sync";
            readonly dataOptional: true;
        };
        readonly updatePresence: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/devices/{deviceId}/presence";
            readonly dataOptional: true;
        };
    };
    readonly directory: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/directories";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/directories";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/directories/{directoryId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/directories/{directoryId}";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/directories/{directoryId}";
            readonly dataOptional: true;
        };
    };
    readonly globalResources: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "resources/{resourceId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "resources";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "resources/{resourceId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "resources/{resourceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "resources";
        };
        readonly updateCollection: {
            readonly verb: "POST";
            readonly url: "resources/collection";
        };
        readonly listJobs: {
            readonly verb: "GET";
            readonly url: "resources/jobs";
        };
        readonly getJob: {
            readonly verb: "GET";
            readonly url: "resources/jobs/{jobId}";
        };
        readonly createJob: {
            readonly verb: "PUT";
            readonly url: "resources/jobs";
        };
    };
    readonly group: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/groups/{groupId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/groups";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/groups/{groupId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/groups/{groupId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/groups";
        };
    };
    readonly limits: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/limits";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/limits";
        };
    };
    readonly localResources: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resources/{resourceId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/resources";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/resources/{resourceId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/resources/{resourceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resources";
        };
        readonly updateCollection: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/resources/collection";
        };
        readonly listJobs: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resources/jobs";
        };
        readonly getJob: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resources/jobs/{jobId}";
        };
        readonly createJob: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/resources/jobs";
        };
    };
    readonly media: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/media/{mediaId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/media";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/media/{mediaId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/media/{mediaId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/media";
        };
        readonly upload: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/media/{mediaId}/raw";
            readonly contentType: "application/x-base64";
        };
    };
    readonly menu: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/menus/{menuId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/menus";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/menus/{menuId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/menus/{menuId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/menus";
        };
    };
    readonly numbers: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
        };
        readonly activate: readonly [{
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}/activate";
            readonly dataOptional: true;
        }, {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/collection/activate";
        }];
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
        };
        readonly delete: readonly [{
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
        }, {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/phone_numbers/collection";
        }];
        readonly identify: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}/identify";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D";
        };
        readonly listClassifiers: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/classifiers";
        };
        readonly search: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={limit}&offset={offset}";
        };
        readonly searchBlocks: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}";
        };
        readonly searchCity: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/prefix?city={city}";
        };
        readonly activateBlock: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/collection/activate";
            readonly dataOptional: true;
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
            readonly dataOptional: true;
        };
        readonly createBlock: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/collection";
            readonly dataOptional: true;
        };
        readonly deleteBlock: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/phone_numbers/collection";
        };
        readonly getCarrierInfo: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/carriers_info";
        };
        readonly listAll: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers";
        };
        readonly matchClassifier: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/classifiers/{phoneNumber}";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
        };
        readonly sync: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/phone_numbers/fix";
            readonly dataOptional: true;
        };
        readonly syncOne: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/phone_numbers/fix/{number}";
            readonly dataOptional: true;
        };
    };
    readonly port: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/port_requests";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests";
        };
        readonly listDescendants: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/descendants/port_requests";
        };
        readonly listAttachments: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/attachments";
        };
        readonly getAttachment: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}";
            readonly contentType: "application/pdf";
            readonly accept: "application/pdf";
        };
        readonly createAttachment: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/attachments?filename={documentName}";
            readonly contentType: "application/pdf";
            readonly accept: "application/pdf";
        };
        readonly updateAttachment: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}";
            readonly contentType: "application/pdf";
            readonly accept: "application/pdf";
        };
        readonly deleteAttachment: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}";
            readonly contentType: "application/pdf";
            readonly accept: "application/pdf";
        };
        readonly changeState: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/{state}";
        };
        readonly addComment: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments";
            readonly dataOptional: true;
        };
        readonly deleteAllComments: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments";
        };
        readonly deleteComment: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}";
        };
        readonly getComment: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}";
        };
        readonly getTimeline: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/timeline";
        };
        readonly listByState: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{state}";
        };
        readonly listComments: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments";
        };
        readonly listDescendantsByState: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/descendants/port_requests/{state}";
        };
        readonly listLastSubmitted: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests/last_submitted";
        };
        readonly listPortAuthority: {
            readonly verb: "GET";
            readonly url: "port_requests";
        };
        readonly portabilityLookup: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/port_requests/lnp_lookup";
            readonly dataOptional: true;
        };
        readonly searchNumber: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/port_requests?by_number={number}";
        };
        readonly searchNumberByDescendants: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/descendants/port_requests?by_number={number}";
        };
        readonly updateComment: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}";
            readonly dataOptional: true;
        };
    };
    readonly resourceTemplates: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resource_templates/{resourceId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/resource_templates";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/resource_templates/{resourceId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/resource_templates/{resourceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/resource_templates";
        };
    };
    readonly servicePlan: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans/{planId}";
        };
        readonly add: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/{planId}";
        };
        readonly remove: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/service_plans/{planId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans";
        };
        readonly listCurrent: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans/current";
        };
        readonly reconciliate: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/reconciliation";
        };
        readonly synchronize: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/synchronization";
        };
        readonly addMany: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/";
            readonly dataOptional: true;
        };
        readonly addManyOverrides: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/override";
            readonly dataOptional: true;
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/service_plans";
            readonly dataOptional: true;
        };
        readonly getAvailable: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans/available/{planId}";
        };
        readonly getCsv: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans/current?depth=4&identifier=items&accept=csv";
        };
        readonly getFields: {
            readonly verb: "GET";
            readonly url: "service_plans/editable";
        };
        readonly listAvailable: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/service_plans/available";
        };
        readonly removeMany: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/service_plans/";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/service_plans/{planId}";
            readonly dataOptional: true;
        };
    };
    readonly temporalRule: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/temporal_rules/{ruleId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/temporal_rules";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/temporal_rules/{ruleId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/temporal_rules/{ruleId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/temporal_rules";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/temporal_rules/{ruleId}";
        };
    };
    readonly user: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/users";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/users/{userId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/users/{userId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users";
        };
        readonly quickcall: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}/quickcall/{number}";
        };
        readonly hotdesks: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}/hotdesks";
        };
        readonly listDevices: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/{userId}/devices";
        };
        readonly listUsersWithChat: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/users/getstream";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/users/{userId}";
        };
        readonly updateChatStatus: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/users/{userId}/getstream";
        };
        readonly updatePresence: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/users/{userId}/presence";
            readonly dataOptional: true;
        };
    };
    readonly voicemail: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}";
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/vmboxes";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/vmboxes";
        };
        readonly deleteMessages: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}/messages";
        };
        readonly listMessages: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}/messages";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}";
        };
        readonly updateMessages: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/vmboxes/{voicemailId}/messages";
            readonly dataOptional: true;
        };
    };
    readonly whitelabel: {
        readonly get: readonly [{
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}";
        }, {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel";
        }];
        readonly getLogo: readonly [{
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}/logo";
        }, {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel/logo";
        }];
        readonly getDnsEntries: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel/domains";
        };
        readonly checkDnsEntries: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel/domains?domain={domain}";
            readonly dataOptional: true;
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/whitelabel";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/whitelabel";
        };
        readonly deleteNotification: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
        };
        readonly getByDomain: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}";
        };
        readonly getIcon: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel/icon";
            readonly accept: "*/*";
        };
        readonly getIconByDomain: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}/icon";
            readonly accept: "*/*";
        };
        readonly getLogoByDomain: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}/logo";
            readonly accept: "*/*";
        };
        readonly getNotification: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
        };
        readonly getNotificationHtml: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
            readonly accept: "text/html";
        };
        readonly getNotificationText: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
            readonly accept: "text/plain";
        };
        readonly getSystemNotification: {
            readonly verb: "GET";
            readonly url: "notifications/{notificationId}";
        };
        readonly getSystemNotificationHtml: {
            readonly verb: "GET";
            readonly url: "notifications/{notificationId}";
            readonly accept: "text/html";
        };
        readonly getSystemNotificationText: {
            readonly verb: "GET";
            readonly url: "notifications/{notificationId}";
            readonly accept: "text/plain";
        };
        readonly getWelcome: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel/welcome";
            readonly accept: "text/html";
        };
        readonly getWelcomeByDomain: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}/welcome";
            readonly accept: "text/html";
        };
        readonly listNotifications: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications";
        };
        readonly previewNotification: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/notifications/{notificationId}/preview";
            readonly dataOptional: true;
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel";
            readonly dataOptional: true;
        };
        readonly updateIcon: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel/icon";
            readonly contentType: "application/x-base64";
        };
        readonly updateLogo: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel/logo";
            readonly contentType: "application/x-base64";
        };
        readonly updateNotification: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
            readonly dataOptional: true;
        };
        readonly updateNotificationHtml: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
            readonly contentType: "text/html";
            readonly accept: "text/html";
        };
        readonly updateNotificationText: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/notifications/{notificationId}";
            readonly contentType: "text/plain";
            readonly accept: "text/plain";
        };
        readonly updateWelcome: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel/welcome";
            readonly contentType: "text/html";
            readonly accept: "text/html";
        };
    };
    readonly accessLists: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/access_lists";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/access_lists";
            readonly dataOptional: true;
        };
    };
    readonly alert: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/alerts";
        };
    };
    readonly apiKey: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/api_key";
            readonly dataOptional: true;
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/api_key";
        };
    };
    readonly appsStore: {
        readonly add: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/apps_store/{appId}";
            readonly dataOptional: true;
        };
        readonly createOverride: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/apps_store/{appId}/override";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/apps_store/{appId}";
        };
        readonly deleteOverride: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/apps_store/{appId}/override";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/apps_store/{appId}";
        };
        readonly getBlacklist: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/apps_store/blacklist";
        };
        readonly getIcon: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/apps_store/{appId}/icon";
            readonly accept: "*/*";
        };
        readonly getOverride: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/apps_store/{appId}/override";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/apps_store";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/apps_store/{appId}";
            readonly dataOptional: true;
        };
        readonly updateBlacklist: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/apps_store/blacklist";
            readonly dataOptional: true;
        };
        readonly updateIcon: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/apps_store/{appId}/override/icon";
            readonly dataOptional: true;
        };
        readonly updateOverride: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/apps_store/{appId}/override";
            readonly dataOptional: true;
        };
    };
    readonly blacklist: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/blacklists";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/blacklists/{blacklistId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/blacklists/{blacklistId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/blacklists";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/blacklists/{blacklistId}";
            readonly dataOptional: true;
        };
    };
    readonly cdrPushOnebill: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/cdr_push_onebill";
        };
        readonly post: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/cdr_push_onebill";
            readonly dataOptional: true;
        };
    };
    readonly clickToCall: {
        readonly connect: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/clicktocall/{clickToCallId}/connect";
            readonly dataOptional: true;
        };
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/clicktocall";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/clicktocall/{clickToCallId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/clicktocall/{clickToCallId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/clicktocall";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/clicktocall/{clickToCallId}";
            readonly dataOptional: true;
        };
    };
    readonly configs: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/configs/{endpoint}";
        };
    };
    readonly contactList: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/contact_list";
        };
    };
    readonly crm: {
        readonly createIntegration: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/crm_integration";
            readonly dataOptional: true;
        };
        readonly createMapping: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/crm_integration/mappings";
            readonly dataOptional: true;
        };
        readonly createTrigger: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/crm_integration/triggers";
            readonly dataOptional: true;
        };
        readonly deleteMapping: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/crm_integration/mappings/{mappingId}";
        };
        readonly deleteTrigger: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/crm_integration/triggers/{triggerId}";
        };
        readonly getCallLog: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration/call_logs";
        };
        readonly getIntegration: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration";
        };
        readonly getMapping: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration/mappings/{mappingId}";
        };
        readonly getTrigger: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration/triggers/{triggerId}";
        };
        readonly listMappings: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration/mappings";
        };
        readonly listTriggers: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/crm_integration/triggers";
        };
        readonly patchMapping: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/crm_integration/mappings/{mappingId}";
        };
        readonly patchTrigger: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/crm_integration/triggers/{triggerId}";
        };
        readonly updateMapping: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/crm_integration/mappings/{mappingId}";
            readonly dataOptional: true;
        };
        readonly updateTrigger: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/crm_integration/triggers/{triggerId}";
            readonly dataOptional: true;
        };
    };
    readonly dashboards: {
        readonly getActivityLog: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/dashboards/activity_log";
            readonly dataOptional: true;
        };
        readonly getEnsureStarted: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/dashboards/ensure_started";
        };
        readonly getQueueDetails: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/dashboards/queue_details/{queueId}";
            readonly dataOptional: true;
        };
        readonly getQueueOverview: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/dashboards/queue_overview";
            readonly dataOptional: true;
        };
        readonly getRecipientOverview: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/dashboards/recipient_overview";
        };
        readonly getRecipientPerformance: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/dashboards/recipient_performance";
        };
    };
    readonly desktop: {
        readonly getLinux: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/desktop/linux";
        };
        readonly getMac: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/desktop/mac";
        };
        readonly getWindows: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/desktop/windows";
        };
    };
    readonly externalNumbers: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/external_numbers";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/external_numbers/{numberId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/external_numbers/{numberId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/external_numbers";
        };
        readonly submitPin: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/external_numbers/{numberId}/verify";
            readonly dataOptional: true;
        };
        readonly verify: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/external_numbers/{numberId}/verify";
            readonly dataOptional: true;
        };
    };
    readonly faxbox: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/faxboxes";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/faxboxes/{faxboxId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxboxes/{faxboxId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxboxes";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/faxboxes/{faxboxId}";
            readonly dataOptional: true;
        };
    };
    readonly faxes: {
        readonly deleteInbound: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/faxes/inbox/{faxId}";
        };
        readonly deleteOutbound: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/faxes/outbox/{faxId}";
        };
        readonly getAttachmentInbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/inbox/{faxId}/attachment";
            readonly accept: "*/*";
        };
        readonly getAttachmentOutbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/outbox/{faxId}/attachment";
            readonly accept: "*/*";
        };
        readonly getDetailsInbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/inbox/{faxId}";
        };
        readonly getDetailsOutbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/outbox/{faxId}";
        };
        readonly getLogDetails: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/smtplog/{logId}";
        };
        readonly getLogs: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/smtplog";
        };
        readonly listInbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/inbox";
        };
        readonly listOutbound: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/faxes/outbox";
        };
        readonly send: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/faxes";
            readonly dataOptional: true;
        };
        readonly sendAsMultipart: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/faxes";
            readonly contentType: "multipart/mixed";
        };
        readonly updateInbound: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/faxes/inbox/{faxId}";
            readonly dataOptional: true;
        };
        readonly updateOutbound: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/faxes/outbox/{faxId}";
            readonly dataOptional: true;
        };
    };
    readonly inspector: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/call_inspector/{callId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/call_inspector";
        };
    };
    readonly ips: {
        readonly add: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/ips/{ip}";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/ips/{ip}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ips?zone={zone}&quantity={quantity}";
        };
        readonly listAssigned: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ips/assigned";
        };
        readonly listZones: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ips/zones";
        };
    };
    readonly ledgers: {
        readonly credit: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/ledgers/credit";
            readonly dataOptional: true;
        };
        readonly debit: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/ledgers/debit";
            readonly dataOptional: true;
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers/{ledgerId}";
        };
        readonly getDetails: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers/{ledgerId}/{id}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers";
        };
        readonly listAvailable: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers/available";
        };
        readonly summaryPerMonth: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers/summary/{modbSuffix}";
        };
        readonly total: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/ledgers/total";
        };
    };
    readonly matchList: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/match_lists";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/match_lists/{matchListId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/match_lists/{matchListId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/match_lists/";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/match_lists/{matchListId}";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/match_lists/{matchListId}";
            readonly dataOptional: true;
        };
    };
    readonly metaflow: {
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/metaflows";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/metaflows";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/metaflows";
            readonly dataOptional: true;
        };
    };
    readonly multifactor: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/multi_factor";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/multi_factor/{mfaId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/multi_factor/{mfaId}";
        };
        readonly getAttempt: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/multi_factor/attempts/{attemptId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/multi_factor";
        };
        readonly listAttempts: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/multi_factor/attempts";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/multi_factor/{mfaId}";
        };
        readonly qrcode: {
            readonly verb: "PUT";
            readonly url: "multi_factor/qrcode";
            readonly dataOptional: true;
        };
        readonly resetQrcode: {
            readonly verb: "PUT";
            readonly url: "multi_factor/reset_qrcode";
            readonly dataOptional: true;
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/multi_factor/{mfaId}";
            readonly dataOptional: true;
        };
    };
    readonly parkedCalls: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/parked_calls";
        };
    };
    readonly pivot: {
        readonly getDebug: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/pivot/debug/{callId}";
        };
        readonly listDebug: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/pivot/debug";
        };
    };
    readonly presence: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/presence/{presenceId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/presence";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/presence/{presenceId}";
            readonly dataOptional: true;
        };
    };
    readonly qubicleQueues: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/qubicle_queues";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}";
        };
        readonly deleteRecipients: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/recipients";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}";
        };
        readonly getEnsureStarted: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/ensure_started";
        };
        readonly getStatus: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/status";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues";
        };
        readonly listAllRecipients: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/recipients";
        };
        readonly listRecipients: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/recipients";
        };
        readonly listStatus: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_queues/status";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}";
            readonly dataOptional: true;
        };
        readonly updateRecipients: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/recipients";
            readonly dataOptional: true;
        };
        readonly updateRoles: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/roles";
            readonly dataOptional: true;
        };
        readonly updateSessions: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_queues/{queueId}/sessions/{sessionId}";
            readonly dataOptional: true;
        };
    };
    readonly qubicleRecipients: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}";
        };
        readonly getQueueMembership: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/queue_membership";
            readonly dataOptional: true;
        };
        readonly getStatus: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}/status";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_recipients";
        };
        readonly listStatus: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/status";
            readonly dataOptional: true;
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}";
            readonly dataOptional: true;
        };
        readonly updateDisable: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}/disable";
            readonly dataOptional: true;
        };
        readonly updateEnable: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}/enable";
            readonly dataOptional: true;
        };
        readonly updateRoles: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}/roles";
            readonly dataOptional: true;
        };
        readonly updateState: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}";
            readonly dataOptional: true;
        };
        readonly updateStatus: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_recipients/{userId}/status";
            readonly dataOptional: true;
        };
    };
    readonly qubicleReports: {
        readonly get: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_reports";
            readonly dataOptional: true;
        };
    };
    readonly qubicleRoles: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_roles";
        };
    };
    readonly qubicleSkills: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/qubicle_skills";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/qubicle_skills/{skillId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/qubicle_skills";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/qubicle_skills/{skillId}";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/qubicle_skills/{skillId}";
            readonly dataOptional: true;
        };
    };
    readonly recordings: {
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/recordings/{recordingId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/recordings/{recordingId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/recordings";
        };
    };
    readonly registrations: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/registrations";
        };
    };
    readonly schemas: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "schemas/{schemaId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "schemas";
        };
    };
    readonly security: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/security";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/security";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/security";
        };
        readonly getAttempt: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/security/attempts/{attemptId}";
        };
        readonly listAttempts: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/security/attempts";
        };
        readonly listModules: {
            readonly verb: "GET";
            readonly url: "security";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/security";
            readonly dataOptional: true;
        };
    };
    readonly services: {
        readonly bulkChange: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/services/";
            readonly dataOptional: true;
        };
        readonly getAuditSummary: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services/audit_summary";
        };
        readonly getSummary: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services/summary";
        };
        readonly listAssigned: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services";
        };
        readonly listAvailable: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services/available";
        };
        readonly listEditable: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services/editable";
        };
        readonly listOverrides: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/services/overrides";
        };
        readonly quote: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/services/quote";
            readonly dataOptional: true;
        };
        readonly topup: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/services/topup";
            readonly dataOptional: true;
        };
        readonly updateManualQuantities: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/services/manual";
            readonly dataOptional: true;
        };
    };
    readonly slackIntegration: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/slack_integration";
        };
        readonly listUsers: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/slack_integration/user_listing";
        };
    };
    readonly smtpLogs: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications/smtplog/{logId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/notifications/smtplog";
        };
    };
    readonly storage: {
        readonly add: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/storage";
            readonly dataOptional: true;
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/storage";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/storage";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/storage";
            readonly dataOptional: true;
        };
    };
    readonly system: {
        readonly about: {
            readonly verb: "GET";
            readonly url: "about";
        };
        readonly dialplans: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/dialplans";
        };
    };
    readonly tasks: {
        readonly add: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/tasks?category={category}&action={action}";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/tasks/{taskId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/tasks/{taskId}";
        };
        readonly getInput: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/tasks/{taskId}/input";
            readonly accept: "text/csv";
        };
        readonly getOutput: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/tasks/{taskId}/output";
            readonly accept: "text/csv";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/tasks";
        };
        readonly start: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/tasks/{taskId}";
        };
        readonly stop: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/tasks/{taskId}/stop";
        };
        readonly summary: {
            readonly verb: "GET";
            readonly url: "tasks";
        };
    };
    readonly telexsmsboxes: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/telexsmsboxes";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/telexsmsboxes/{boxId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/telexsmsboxes";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/telexsmsboxes/{boxId}";
            readonly dataOptional: true;
        };
    };
    readonly temporalSet: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/temporal_rules_sets";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/temporal_rules_sets/{setId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/temporal_rules_sets/{setId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/temporal_rules_sets";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/temporal_rules_sets/{setId}";
            readonly dataOptional: true;
        };
    };
    readonly transactions: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/transactions";
        };
    };
    readonly trunkingio: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/trunkingio_settings";
        };
        readonly getCheck: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/trunkingio_settings/check";
        };
    };
    readonly webhooks: {
        readonly create: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/webhooks";
            readonly dataOptional: true;
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/webhooks/{webhookId}";
        };
        readonly get: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/webhooks/{webhookId}";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/webhooks";
        };
        readonly listAccountAttempts: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/webhooks/attempts";
        };
        readonly listAttempts: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/webhooks/{webhookId}/attempts";
        };
        readonly listAvailable: {
            readonly verb: "GET";
            readonly url: "webhooks";
        };
        readonly patch: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/webhooks/{webhookId}";
        };
        readonly patchAll: {
            readonly verb: "PATCH";
            readonly url: "accounts/{accountId}/webhooks";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/webhooks/{webhookId}";
            readonly dataOptional: true;
        };
    };
    readonly websockets: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/websockets";
        };
        readonly listBindings: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/websockets/{websocketId}";
        };
        readonly listEvents: {
            readonly verb: "GET";
            readonly url: "websockets";
        };
    };
};

/** The constructor of KazooSdkError. */
interface KazooSdkErrorConstructor {
    new (message: string): KazooSdkError;
    readonly prototype: KazooSdkError;
}
/**
 * Thrown synchronously, before anything is sent, when a method is called wrongly: a missing or
 * invalid mandatory setting, or getKazooSdk without an apiRoot. It is a programmer error, never a
 * server answer. An Error (`instanceof Error` holds) named 'KazooSdkError'.
 */
interface KazooSdkError extends Error {
    name: 'KazooSdkError';
}
declare var KazooSdkError: KazooSdkErrorConstructor;
/** What every error callback receives: a Crossbar error envelope plus the HTTP status (0 when none). */
interface KazooError {
    status?: string;
    error?: string;
    message?: string;
    data?: unknown;
    httpErrorStatus: number;
    [key: string]: unknown;
}

/**
 * Public types: the settings, the hooks, the Crossbar envelopes, and the SDK's shape, which is
 * derived from the endpoint table itself: each method's `{placeholders}` are its required settings.
 */

type Verb = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD';
/** One entry of the endpoint table (see endpoints.ts for the meaning of each field). */
interface Endpoint {
    readonly verb: Verb;
    readonly url: string;
    readonly contentType?: string;
    readonly accept?: string;
    readonly auth?: boolean;
    readonly noToken?: boolean;
    readonly noUiMetadata?: boolean;
    readonly dataOptional?: boolean;
    readonly inData?: string;
}
/** A table entry: one form, or the forms of a method that has several (the first the call gives all placeholders of). */
type Entry = Endpoint | readonly Endpoint[];
/** One part of a `multipart/mixed` body (faxes.sendAsMultipart): its headers and its text. */
interface MultipartPart {
    headers?: {
        [name: string]: string | number;
    };
    body: string;
}
/** The built-in table: namespace -> method -> entry. */
type Endpoints = typeof endpoints;
/** A successful Crossbar answer: the whole envelope. */
interface KazooResponse<T = any> {
    data: T;
    status?: string;
    auth_token?: string;
    request_id?: string;
    revision?: string;
    timestamp?: string;
    version?: string;
    node?: string;
    page_size?: number;
    start_key?: string;
    next_start_key?: string;
    [key: string]: unknown;
}
/**
 * A jQuery promise for a call's final outcome (after any 402 retry). It resolves with what the
 * success callback receives and rejects with the error object; `abort()` ends the call in error.
 */
interface KazooPromise<T = KazooResponse> extends JQuery.Promise<T, KazooError, never> {
    abort(): KazooPromise<T>;
}
/**
 * Hooks, given to getKazooSdk (for every call) or to one call. Their return values are ignored;
 * what one throws is rethrown on a timer and stops nothing. `options` is the complete description
 * of the request: hand it, possibly changed, to `kazooSdk.request(options)` to send it again.
 */
interface Hooks {
    /** Right before the request is sent; `jqXHR` can still be aborted. */
    onRequestStart?: (jqXHR: JQuery.jqXHR, options: RequestOptions) => void;
    /** As soon as the answer arrives: the parsed envelope on success, the jqXHR on error. */
    onRequestEnd?: (responseOrJqXHR: any, options: RequestOptions) => void;
    /** After onRequestEnd, for a successful exchange. */
    onRequestSuccess?: (response: any, options: RequestOptions) => void;
    /**
     * After onRequestEnd, for a failed exchange. Setting `options.preventCallbackError = true` here
     * takes the exchange over: no 402 flow and no error callback follow; handing `options` to
     * `kazooSdk.request` continues the call.
     */
    onRequestError?: (jqXHR: JQuery.jqXHR, options: RequestOptions) => void;
}
/** The General API settings: given to getKazooSdk as defaults, or to any call to override them. */
interface GeneralSettings<R = any> extends Hooks {
    /** URL of the API, with or without a trailing slash. */
    apiRoot?: string;
    /** On getKazooSdk: the initial stored token. On a call: this call's token (`null`: none). */
    authToken?: string | null;
    /** Put as `ui_metadata` inside `data` of JSON bodies. */
    uiMetadata?: {
        [key: string]: unknown;
    };
    /** `true` adds `accept_charges: true` to the body; any value skips the 402 flow. */
    acceptCharges?: boolean;
    /**
     * The call succeeded: `response` is the envelope (a string for text answers; for binary
     * downloads a string of one character per byte, or a Blob with `responseType: 'blob'`).
     */
    success?: (response: R, textStatus: string, jqXHR: JQuery.jqXHR) => void;
    /**
     * The call failed: `responseData` is always an object with `httpErrorStatus`. `onRequestError`
     * is the one in effect for the call (a no-op when there is none), as the classic plugin passed it.
     */
    error?: (responseData: KazooError, jqXHR: JQuery.jqXHR, onRequestError: (jqXHR: JQuery.jqXHR, options?: any) => void) => void;
    /** Called instead of `error` when the charges of a 402 are refused. */
    onChargesCancelled?: () => void;
    /**
     * Decides a 402: receives the invoices (the 402 body's `data`); true re-sends the request once
     * with `accept_charges: true`, false refuses; a promise of either works too.
     * Default: `window.confirm` with a summary of the charges.
     */
    confirmCharges?: (charges: any, options: RequestOptions) => boolean | PromiseLike<boolean>;
    /** Query parameters: arrays repeat the key, `filter_any_*`-style keys take one JSON array. */
    filters?: {
        [key: string]: unknown;
    };
    /** Extra headers; a call's merge over the instance's key by key, `null` removes one. */
    headers?: {
        [name: string]: string | null;
    };
    /** `true` allows cached GET/HEAD answers (default false: jQuery's `_=` cache buster). */
    cache?: boolean;
    /** Milliseconds before an exchange is given up: it ends in error, httpErrorStatus 0, message 'timeout'. */
    timeout?: number;
    /** Upload progress of the request body (media, attachments): the XHR's ProgressEvent. */
    uploadProgress?: (event: ProgressEvent) => void;
    /** Download progress of the answer: the XHR's ProgressEvent. */
    downloadProgress?: (event: ProgressEvent) => void;
    /**
     * Re-login on 401: returns a new token, or a promise of one, or of an auth method's envelope
     * (e.g. `() => kazooSdk.auth.userAuth({...})`). Called once for all the calls failing together;
     * each is re-sent once with the new token; a second 401 goes to the error callback.
     */
    reauth?: () => string | KazooResponse | PromiseLike<string | KazooResponse>;
    /** 'all' on a list method: follow next_start_key and deliver one envelope with every page's data. */
    paginate?: 'all';
    /** With paginate: 'all', called with each page's envelope as it arrives. */
    onPage?: (page: KazooResponse<any[]>) => void;
    /** With paginate: 'all', the most pages fetched (default 100); a capped result keeps next_start_key. */
    maxPages?: number;
    /** Binary downloads: `'blob'` delivers a Blob instead of a string of one character per byte. */
    responseType?: 'blob' | 'text';
    /** `true` sends no `ui_metadata`, whatever uiMetadata says. */
    removeMetadataAPI?: boolean;
    /** Headers not to send (any case), `'X-Auth-Token'` included; a login still stores its token. */
    removeHeaders?: string[];
    /** Extra keys at the root of JSON bodies, beside `data` (never replacing `data` or `accept_charges`). */
    envelopeKeys?: {
        [key: string]: unknown;
    };
    /** Any other key is kept and handed to the hooks in `options`. */
    [custom: string]: unknown;
}
/** Endpoints an instance adds or replaces, in the table's format: namespace -> method -> entry. */
type CustomEndpoints = {
    [ns: string]: {
        [method: string]: Entry;
    };
};
/** No custom endpoints. */
type NoEndpoints = Record<never, never>;
/** What getKazooSdk takes: the apiRoot alone, or the settings (with custom endpoints, if any). */
type SdkSettings<E extends CustomEndpoints = NoEndpoints> = string | (GeneralSettings & {
    apiRoot: string;
    endpoints?: E;
});
/** The built-in table with custom endpoints added or put in place. */
type WithCustom<T, E> = {
    [NS in keyof T | keyof E]: NS extends keyof E ? NS extends keyof T ? Omit<T[NS], keyof E[NS]> & E[NS] : E[NS] : NS extends keyof T ? T[NS] : never;
};
/** A placeholder value: a string or a finite number (not '', '.' or '..': checked when called). */
type Id = string | number;
/** The names of a URL template's `{placeholders}`: `Placeholders<'a/{x}/b/{y}'>` is `'x' | 'y'`. */
type Placeholders<U extends string> = U extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The last placeholder of a URL template (a POST takes it from `data.id` when missing). */
type LastPlaceholder<U extends string> = U extends `${string}{${infer P}}${infer Rest}` ? [Placeholders<Rest>] extends [never] ? P : LastPlaceholder<Rest> : never;
/** What a method's success callback and promise receive, from the entry's `accept` (B: with responseType 'blob'). */
type ResponseOf<E, B = false> = E extends {
    accept: `text/${string}`;
} ? string : E extends {
    accept: '*/*';
} ? (B extends true ? Blob : string) | KazooResponse : E extends {
    accept: string;
} ? B extends true ? Blob : string : KazooResponse;
/** A binary download: its response type depends on responseType. */
type Binary<E> = E extends {
    accept: `text/${string}`;
} ? false : E extends {
    accept: string;
} ? true : false;
/** What a method's `data` is: the parts of a multipart body, or anything else. */
type DataOf<E> = E extends {
    contentType: 'multipart/mixed';
} ? MultipartPart[] : unknown;
type DataRequired<E> = E extends {
    dataOptional: true;
} ? false : E extends {
    verb: 'PUT' | 'POST';
} ? true : false;
type Ids<K extends string> = {
    [P in K]: Id;
};
/** A setting sent inside `data` (conference.action's `action`): with it, `data` is not needed. */
type InData<E> = E extends {
    inData: infer K extends string;
} ? {
    [P in K]?: unknown;
} : unknown;
/** The mandatory part of a method's settings: its placeholders, and `data` where required. */
type Mandatory<E extends Endpoint> = E extends {
    inData: string;
} ? (Ids<Placeholders<E['url']>> & {
    data: DataOf<E>;
}) | (Ids<Placeholders<E['url']>> & {
    [P in E['inData']]: unknown;
} & {
    data?: DataOf<E>;
}) : DataRequired<E> extends true ? E extends {
    verb: 'POST';
} ? (Ids<Placeholders<E['url']>> & {
    data: DataOf<E>;
}) | (Ids<Exclude<Placeholders<E['url']>, LastPlaceholder<E['url']>>> & {
    data: {
        id: Id;
        [key: string]: unknown;
    };
}) : Ids<Placeholders<E['url']>> & {
    data: DataOf<E>;
} : Ids<Placeholders<E['url']>> & {
    data?: DataOf<E>;
};
/** The settings of one method call: its mandatory settings plus any General API setting. */
type SettingsOf<E extends Endpoint, B = false> = Mandatory<E> & InData<E> & GeneralSettings<ResponseOf<E, B>>;
/** One form of a method: the settings argument may be left out only when nothing is mandatory. */
type FormOf<E extends Endpoint> = {} extends Mandatory<E> ? (settings?: SettingsOf<E>) => KazooPromise<ResponseOf<E>> : (settings: SettingsOf<E>) => KazooPromise<ResponseOf<E>>;
/** A binary download also takes `responseType: 'blob'`, and then delivers a Blob. */
type BlobFormOf<E extends Endpoint> = Binary<E> extends true ? (settings: SettingsOf<E, true> & {
    responseType: 'blob';
}) => KazooPromise<ResponseOf<E, true>> : unknown;
/** The settings of any form of a method with several: a call gives all the placeholders of one. */
type SettingsOfForms<F extends readonly Endpoint[]> = {
    [I in keyof F]: F[I] extends Endpoint ? SettingsOf<F[I]> : never;
}[number];
/** One method, from its entry (one form, or several). */
type MethodOf<E extends Entry> = E extends readonly Endpoint[] ? (settings: SettingsOfForms<E>) => KazooPromise<ResponseOf<E[number]>> : E extends Endpoint ? BlobFormOf<E> & FormOf<E> : never;
/** The description of a request that hooks receive and `kazooSdk.request` sends. */
interface RequestOptions extends GeneralSettings {
    verb: Verb;
    /** Path relative to the apiRoot, placeholders filled, possibly with a query part. */
    url: string;
    apiRoot: string;
    data?: unknown;
    /** Request Content-Type when not JSON (the body is then sent raw). */
    contentType?: string;
    /** Response type when not JSON: text types arrive as strings, others as Blobs. */
    accept?: string;
    /** A login: sends no token and stores the one it gets back. */
    auth?: boolean;
    /** Set it to true inside onRequestError to take the exchange over. */
    preventCallbackError?: boolean;
}
/** What `kazooSdk.request` takes: at least a `url` relative to the apiRoot (verb default GET). */
type RequestSettings = Partial<RequestOptions> & {
    url: string;
};
/** An SDK instance: one namespace per table namespace, plus `request`. */
type KazooSdk<T = Endpoints> = {
    readonly [NS in keyof T]: {
        readonly [M in keyof T[NS]]: T[NS][M] extends Entry ? MethodOf<T[NS][M]> : never;
    };
} & {
    /** Sends a request described by options (as hooks receive them); works detached too. */
    request(options: RequestSettings): KazooPromise<any>;
};
/** `$.getKazooSdk`: creates an instance; its `endpoints` is a frozen copy of the built-in table. */
interface GetKazooSdk {
    <const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdk<WithCustom<Endpoints, E>>;
    readonly endpoints: Endpoints;
}

/** The built-in table as applications see it: deep-frozen, so that it cannot change the SDK. */
declare var publicEndpoints: Endpoints;
/** Registers `$.getKazooSdk` on a jQuery (and makes it the one the module's getKazooSdk uses). */
declare function install($: JQueryStatic): JQueryStatic;

declare global {
    interface JQueryStatic {
        /** Registered by the script-tag build (or `install($)`): creates a Kazoo SDK instance. */
        getKazooSdk: GetKazooSdk;
    }
}

/**
 * Creates an SDK instance on the jQuery given to `install($)`, or else the page's global jQuery.
 */
declare function getKazooSdk<const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdk<WithCustom<Endpoints, E>>;

export { KazooSdkError, publicEndpoints as endpoints, getKazooSdk, install };
export type { CustomEndpoints, Endpoint, Endpoints, Entry, GeneralSettings, GetKazooSdk, Hooks, Id, KazooError, KazooPromise, KazooResponse, KazooSdk, MethodOf, MultipartPart, NoEndpoints, Placeholders, RequestOptions, RequestSettings, ResponseOf, SdkSettings, SettingsOf, Verb, WithCustom };
