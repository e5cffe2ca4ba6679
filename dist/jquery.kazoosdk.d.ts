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

/** Kazoo's `access_lists` document. */
interface AccessLists {
    cidrs: string[];
    order: "allow,deny" | "deny,allow";
    user_agent?: string;
    [key: string]: unknown;
}
/** Kazoo's `accounts` document. */
interface Account {
    call_recording?: {
        account?: CallRecording;
        endpoint?: CallRecording;
    };
    /** default: {} */
    call_restriction?: {
        [key: string]: {
            action?: "inherit" | "deny";
            [key: string]: unknown;
        };
    };
    call_waiting?: CallWaiting;
    caller_id?: CallerId;
    caller_id_options?: {
        outbound_privacy?: "full" | "name" | "number" | "none";
        show_rate?: boolean;
        [key: string]: unknown;
    };
    dial_plan?: Dialplan;
    do_not_disturb?: {
        enabled?: boolean;
        [key: string]: unknown;
    };
    /** default: true */
    enabled?: boolean;
    flags?: string[];
    formatters?: Formatter;
    language?: string;
    metaflows?: Metaflows;
    /** default: {} */
    music_on_hold?: {
        /** length 0..2048 */
        media_id?: string;
        [key: string]: unknown;
    };
    /** length 1..128 */
    name: string;
    notifications?: {
        first_occurrence?: {
            /** default: false */
            sent_initial_call?: boolean;
            /** default: false */
            sent_initial_registration?: boolean;
            [key: string]: unknown;
        };
        low_balance?: {
            enabled?: boolean;
            last_notification?: number;
            sent_low_balance?: boolean;
            threshold?: number;
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    org?: string;
    /** default: {} */
    preflow?: {
        always?: string;
    };
    /** length 4..253 */
    realm?: string;
    /** default: {} */
    ringtones?: {
        /** length 0..256 */
        external?: string;
        /** length 0..256 */
        internal?: string;
        [key: string]: unknown;
    };
    /** length 5..32 */
    timezone?: string;
    topup?: {
        threshold?: number;
        [key: string]: unknown;
    };
    voicemail?: {
        notify?: {
            callback?: NotifyCallback;
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    zones?: {
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `allotments` document. */
interface Allotments {
    [key: string]: unknown;
}
/** Kazoo's `api_auth` document. */
interface ApiAuth {
    /** length 64..64 */
    api_key: string;
    [key: string]: unknown;
}
/** Kazoo's `blacklists` document. */
interface Blacklist {
    flags?: string[];
    /** length 1..128 */
    name: string;
    /** default: {} */
    numbers?: {
        [key: string]: unknown;
    };
    should_block_anonymous?: boolean;
    [key: string]: unknown;
}
/** Kazoo's `call_recording` document. */
interface CallRecording {
    any?: CallRecordingSource;
    inbound?: CallRecordingSource;
    outbound?: CallRecordingSource;
    [key: string]: unknown;
}
/** Kazoo's `call_recording.parameters` document. */
interface CallRecordingParameters {
    enabled?: boolean;
    format?: "mp3" | "wav";
    record_min_sec?: number;
    record_on_answer?: boolean;
    record_on_bridge?: boolean;
    record_sample_rate?: number;
    /** 5..10800 */
    time_limit?: number;
    /** format: uri */
    url?: string;
    [key: string]: unknown;
}
/** Kazoo's `call_recording.source` document. */
interface CallRecordingSource {
    any?: CallRecordingParameters;
    offnet?: CallRecordingParameters;
    onnet?: CallRecordingParameters;
    [key: string]: unknown;
}
/** Kazoo's `call_waiting` document. */
interface CallWaiting {
    enabled?: boolean;
    [key: string]: unknown;
}
/** Kazoo's `caller_id` document. */
interface CallerId {
    asserted?: {
        /** length 0..35 */
        name?: string;
        /** length 0..35 */
        number?: string;
        realm?: string;
        [key: string]: unknown;
    };
    emergency?: {
        /** length 0..35 */
        name?: string;
        /** length 0..35 */
        number?: string;
        [key: string]: unknown;
    };
    external?: {
        /** length 0..35 */
        name?: string;
        /** length 0..35 */
        number?: string;
        [key: string]: unknown;
    };
    internal?: {
        /** length 0..35 */
        name?: string;
        /** length 0..35 */
        number?: string;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `callflows` document. */
interface Callflow {
    featurecode?: {
        /** length 1..128 */
        name?: string;
        /** length 1..30 */
        number?: string;
        [key: string]: unknown;
    };
    flags?: string[];
    flow?: CallflowsAction;
    metaflow?: Metaflows;
    name?: string;
    /** default: [] */
    numbers?: string[];
    /** default: [] */
    patterns?: string[];
    ringback?: {
        early?: string;
        transfer?: string;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `callflows.action` document. */
interface CallflowsAction {
    children?: {
        [key: string]: unknown;
    };
    /** default: {} */
    data: {
        [key: string]: unknown;
    };
    /** length 1..64 */
    module: string;
    [key: string]: unknown;
}
/** Kazoo's `cccps` document. */
interface Cccp {
    /** default: false */
    active?: boolean;
    cid?: string;
    comment?: string;
    max_concurent_calls_per_user?: number;
    pin?: string;
    retain_cid?: boolean;
    /** length 32..32 */
    user_id?: string;
    [key: string]: unknown;
}
/** Kazoo's `clicktocall` document. */
interface Clicktocall {
    /** default: true */
    auth_required?: boolean;
    bypass_media?: boolean | ("auto" | "false" | "true");
    caller_id_number?: string;
    /** default: {} */
    custom_application_vars?: {
        [key: string]: unknown;
    };
    custom_sip_headers?: CustomSipHeader | {
        in?: CustomSipHeader;
        out?: CustomSipHeader;
        [key: string]: unknown;
    };
    dial_first?: "extension" | "contact";
    extension: string;
    media?: {
        ignore_early_media?: boolean;
        [key: string]: unknown;
    };
    music_on_hold?: {
        /** length 0..2048 */
        media_id?: string;
        [key: string]: unknown;
    };
    /** length 1..128 */
    name: string;
    outbound_callee_id_name?: string;
    outbound_callee_id_number?: string;
    presence_id?: string;
    ringback?: string;
    throttle?: number;
    timeout?: number;
    whitelist?: string[];
    [key: string]: unknown;
}
/** Kazoo's `comment` document. */
interface CommentDocument {
    account_id?: string;
    /** default: false */
    action_required?: boolean;
    author: string;
    content: string;
    /** default: false */
    is_private?: boolean;
    timestamp: number;
    user_id?: string;
    [key: string]: unknown;
}
/** Kazoo's `comments` document. */
interface Comments {
    comments?: CommentDocument[];
    [key: string]: unknown;
}
/** Kazoo's `conferences` document. */
interface Conference {
    bridge_password?: string;
    bridge_username?: string;
    caller_controls?: string;
    /** default: [] */
    conference_numbers?: string[];
    controls?: {
        [key: string]: unknown;
    };
    domain?: string;
    flags?: string[];
    focus?: string;
    language?: string;
    max_members_media?: string;
    max_participants?: number;
    /** default: {} */
    member?: {
        /** default: false */
        join_deaf?: boolean;
        /** default: true */
        join_muted?: boolean;
        /** default: [] */
        numbers?: string[];
        /** default: [] */
        pins?: string[];
        play_entry_prompt?: boolean;
        [key: string]: unknown;
    };
    /** default: {} */
    moderator?: {
        /** default: false */
        join_deaf?: boolean;
        /** default: false */
        join_muted?: boolean;
        /** default: [] */
        numbers?: string[];
        /** default: [] */
        pins?: string[];
        [key: string]: unknown;
    };
    moderator_controls?: string;
    /** length 1..128 */
    name?: string;
    /** length 32..32 */
    owner_id?: string;
    play_entry_tone?: boolean | string;
    play_exit_tone?: boolean | string;
    /** default: false */
    play_name?: boolean;
    play_welcome?: boolean;
    profile?: ConferencesProfile;
    profile_name?: string;
    require_moderator?: boolean;
    wait_for_moderator?: boolean;
    [key: string]: unknown;
}
/** Kazoo's `conferences.profile` document. */
interface ConferencesProfile {
    "alone-sound"?: string;
    "announce-count"?: number;
    "caller-controls"?: string;
    /** 0..10000 */
    "comfort-noise"?: number;
    /** 0..1800 */
    "energy-level"?: number;
    "enter-sound"?: string;
    "exit-sound"?: string;
    /** 10..120 */
    interval?: number;
    "locked-sound"?: string;
    /** 2.. */
    "max-members"?: number;
    "max-members-sound"?: string;
    "moderator-controls"?: string;
    "moh-sound"?: string;
    "muted-sound"?: string;
    rate?: 8000 | 12000 | 16000 | 24000 | 32000 | 44100 | 48000;
    "unmuted-sound"?: string;
    [key: string]: unknown;
}
/** Kazoo's `connectivity` document. */
interface Connectivity {
    account?: {
        caller_id?: {
            /** length 0..35 */
            cid_name?: string;
            /** length 0..35 */
            cid_number?: string;
            [key: string]: unknown;
        };
        emergency_caller_id?: {
            /** length 0..35 */
            cid_name?: string;
            /** length 0..35 */
            cid_number?: string;
            [key: string]: unknown;
        };
        /** 0.. */
        trunks?: number;
        [key: string]: unknown;
    };
    name?: string;
    /** default: [] */
    servers?: (Array<{
        DIDs?: {
            [key: string]: unknown;
        };
        auth: {
            /** default: "password" */
            auth_method: "password" | "Password" | "IP" | "ip";
            /** length 1.. */
            auth_password?: string;
            /** length 1.. */
            auth_user?: string;
            ip?: string;
            port?: number;
            [key: string]: unknown;
        };
        /** length 1.. */
        name?: string;
        options?: {
            caller_id?: {
                /** length 1..35 */
                cid_name?: string;
                /** length 1..35 */
                cid_number?: string;
                [key: string]: unknown;
            };
            /** default: 0 */
            delay?: number;
            dynamic_flags?: string[];
            emergency_caller_id?: {
                /** length 0..35 */
                cid_name?: string;
                /** length 0..35 */
                cid_number?: string;
                [key: string]: unknown;
            };
            /** default: true */
            enabled?: boolean;
            failover?: {
                e164?: string;
                sip?: string;
                [key: string]: unknown;
            };
            flags?: string[];
            /** default: false */
            force_outbound?: boolean;
            hunt_account_id?: string;
            /** default: false */
            hunt_non_reconcilable?: boolean;
            ignore_early_media?: boolean;
            /** default: "npan" */
            inbound_format?: "e164" | "npan" | "1npan" | "username" | "strip_plus";
            ip?: string;
            /** default: "bypass" */
            media_handling?: "process" | "bypass";
            port?: number;
            /** 1.. */
            progress_timeout?: number;
            sip_headers?: Array<{
                [key: string]: unknown;
            }>;
            timeout?: number;
            [key: string]: unknown;
        };
        [key: string]: unknown;
    }>);
    [key: string]: unknown;
}
/** Kazoo's `custom_sip_headers` document. */
interface CustomSipHeader {
    [key: string]: unknown;
}
/** Kazoo's `devices` document. */
interface Device {
    call_forward?: {
        /** default: false */
        direct_calls_only?: boolean;
        /** default: false */
        enabled?: boolean;
        /** default: false */
        failover?: boolean;
        /** default: true */
        ignore_early_media?: boolean;
        /** default: true */
        keep_caller_id?: boolean;
        /** length 0..35 */
        number?: string;
        /** default: true */
        require_keypress?: boolean;
        /** default: true */
        substitute?: boolean;
        [key: string]: unknown;
    };
    call_recording?: CallRecording;
    /** default: {} */
    call_restriction?: {
        [key: string]: {
            action?: "inherit" | "deny";
            [key: string]: unknown;
        };
    };
    call_waiting?: CallWaiting;
    caller_id?: CallerId;
    caller_id_options?: {
        outbound_privacy?: "full" | "name" | "number" | "none";
        [key: string]: unknown;
    };
    /** default: {} */
    contact_list?: {
        exclude?: boolean;
        [key: string]: unknown;
    };
    device_type?: string;
    dial_plan?: Dialplan;
    do_not_disturb?: {
        enabled?: boolean;
        [key: string]: unknown;
    };
    /** default: true */
    enabled?: boolean;
    /** default: false */
    exclude_from_queues?: boolean;
    flags?: string[];
    formatters?: Formatter;
    hotdesk?: {
        users?: {
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    language?: string;
    mac_address?: string;
    media?: EndpointMedia;
    metaflows?: Metaflows;
    /** default: {} */
    music_on_hold?: {
        /** length 0..2048 */
        media_id?: string;
        [key: string]: unknown;
    };
    /** default: true */
    mwi_unsolicited_updates?: boolean;
    /** length 1..128 */
    name: string;
    outbound_flags?: string[] | {
        dynamic?: string[];
        static?: string[];
        [key: string]: unknown;
    };
    /** length 32..32 */
    owner_id?: string;
    presence_id?: string;
    provision?: {
        combo_keys?: {
            [key: string]: unknown;
        };
        endpoint_brand?: string;
        endpoint_family?: string;
        endpoint_model?: string | string[];
        feature_keys?: {
            [key: string]: unknown;
        };
        id?: string;
        [key: string]: unknown;
    };
    /** default: false */
    register_overwrite_notify?: boolean;
    /** default: {} */
    ringtones?: {
        /** length 0..256 */
        external?: string;
        /** length 0..256 */
        internal?: string;
        [key: string]: unknown;
    };
    /** default: {} */
    sip?: {
        custom_sip_headers?: CustomSipHeader | {
            in?: CustomSipHeader;
            out?: CustomSipHeader;
            [key: string]: unknown;
        };
        custom_sip_interface?: string;
        /** default: 300 */
        expire_seconds?: number;
        forward?: string;
        ignore_completed_elsewhere?: boolean;
        /** default: "contact" */
        invite_format?: "username" | "npan" | "1npan" | "e164" | "route" | "strip_plus" | "contact";
        ip?: string;
        /** default: "password" */
        method?: "password" | "ip";
        number?: string;
        /** length 5..32 */
        password?: string;
        proxy?: string;
        /** length 4..253 */
        realm?: string;
        route?: string;
        static_invite?: string;
        static_route?: string;
        transport?: string;
        /** length 2..32 */
        username?: string;
        [key: string]: unknown;
    };
    /** default: false */
    suppress_unregister_notifications?: boolean;
    timezone?: string;
    [key: string]: unknown;
}
/** Kazoo's `dialplans` document. */
interface Dialplan {
    system?: string[];
    [key: string]: unknown;
}
/** Kazoo's `directories` document. */
interface Directory {
    /** default: true */
    confirm_match?: boolean;
    flags?: string[];
    /** 0..; default: 0 */
    max_dtmf?: number;
    /** 1..; default: 3 */
    min_dtmf?: number;
    /** length 1.. */
    name: string;
    search_fields?: "first_name" | "last_name" | "both";
    /** default: "last_name" */
    sort_by?: "first_name" | "last_name";
    /** default: [] */
    users?: string[];
    [key: string]: unknown;
}
/** Kazoo's `endpoint.media` document. */
interface EndpointMedia {
    /** default: {} */
    audio?: {
        codecs?: (Array<"OPUS" | "CELT@32000h" | "G7221@32000h" | "G7221@16000h" | "G722" | "speex@32000h" | "speex@16000h" | "PCMU" | "PCMA" | "G729" | "GSM" | "CELT@48000h" | "CELT@64000h" | "G722_16" | "G722_32" | "CELT_48" | "CELT_64" | "Speex" | "speex">);
        [key: string]: unknown;
    };
    bypass_media?: boolean | ("auto" | "false" | "true");
    /** default: {} */
    encryption?: {
        /** default: false */
        enforce_security?: boolean;
        /** default: [] */
        methods?: (Array<"zrtp" | "srtp">);
        [key: string]: unknown;
    };
    fax_option?: boolean;
    ignore_early_media?: boolean;
    progress_timeout?: number;
    /** default: {} */
    video?: {
        /** default: [] */
        codecs?: (Array<"H261" | "H263" | "H264" | "VP8">);
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `faxes` document. */
interface Fax {
    /** 0..4; default: 0 */
    attempts?: number;
    document?: {
        /** length 0..256 */
        content?: string;
        content_type?: string;
        host?: string;
        /** default: "get" */
        method?: "get" | "post";
        referer?: string;
        url: string;
        [key: string]: unknown;
    };
    from_name?: string;
    from_number: string;
    notifications?: {
        email?: {
            send_to?: string[] | string;
            [key: string]: unknown;
        };
        sms?: {
            send_to?: string[] | string;
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    /** 0..4; default: 1 */
    retries?: number;
    to_name?: string;
    to_number: string;
    tx_result?: {
        /** default: "" */
        error_message?: string;
        /** default: 0 */
        fax_bad_rows?: number;
        /** default: false */
        fax_error_correction?: boolean;
        /** default: "" */
        fax_receiver_id?: string;
        /** default: 0 */
        fax_speed?: number;
        /** default: 0 */
        pages_sent?: number;
        /** default: false */
        success?: boolean;
        /** default: 0 */
        time_elapsed?: number;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `formatters` document. */
interface Formatter {
    [key: string]: unknown;
}
/** Kazoo's `functions` document. */
interface FunctionDocument {
    /** default: true */
    enabled?: boolean;
    function_js: string;
    /** default: "javascript" */
    language_pack?: string;
    name: string;
    [key: string]: unknown;
}
/** Kazoo's `groups` document. */
interface Group {
    /** default: {} */
    endpoints: {
        [key: string]: unknown;
    };
    flags?: string[];
    /** default: {} */
    music_on_hold?: {
        /** length 0..128 */
        media_id?: string;
        [key: string]: unknown;
    };
    /** length 1..128 */
    name: string;
    [key: string]: unknown;
}
/** Kazoo's `ips` document. */
interface Ips {
    ips?: (Array<string | string>);
    [key: string]: unknown;
}
/** Kazoo's `ledgers` document. */
interface Ledger {
    account?: {
        id?: string;
        name?: string;
        [key: string]: unknown;
    };
    /** 1.. */
    amount?: number;
    description?: string;
    metadata?: {
        [key: string]: unknown;
    };
    period?: {
        end?: number;
        start?: number;
        [key: string]: unknown;
    };
    source: {
        id: string;
        service: string;
        [key: string]: unknown;
    };
    usage: {
        quantity: number;
        type: string;
        unit: string;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `limits` document. */
interface Limits {
    /** default: true */
    allow_prepay?: boolean;
    /** default: [] */
    authz_resource_types?: string[];
    /** 0.. */
    burst_trunks?: number;
    /** 0.. */
    calls?: number;
    /** 0.. */
    inbound_trunks?: number;
    /** 0.. */
    outbound_trunks?: number;
    /** 0.. */
    resource_consuming_calls?: number;
    /** 0.. */
    twoway_trunks?: number;
    [key: string]: unknown;
}
/** Kazoo's `lists` document. */
interface List {
    /** length 1..128 */
    description?: string;
    /** length 1..128 */
    name: string;
    org?: string;
    [key: string]: unknown;
}
/** Kazoo's `media` document. */
interface Media {
    /** 1..11534336 */
    content_length?: number;
    content_type?: "audio/mp3" | "audio/mpeg" | "audio/mpeg3" | "audio/x-wav" | "audio/wav" | "audio/ogg" | "video/x-flv" | "video/h264" | "video/mpeg" | "video/quicktime" | "video/mp4" | "video/webm";
    /** length 1..128 */
    description?: string;
    /** default: "en-us" */
    language?: string;
    /** default: "upload" */
    media_source: "recording" | "upload" | "tts";
    /** length 1..128 */
    name: string;
    prompt_id?: string;
    /** length 32..32 */
    source_id?: string;
    source_type?: string;
    /** default: true */
    streamable?: boolean;
    /** default: {} */
    tts?: {
        /** length 1.. */
        text?: string;
        /** default: "female/en-US" */
        voice?: "female/en-US" | "male/en-US" | "female/en-CA" | "female/en-AU" | "female/en-GB" | "male/en-GB" | "female/es-US" | "male/es-US" | "female/us-US" | "female/zh-CN" | "male/zh-CN" | "female/zh-HK" | "female/zh-TW" | "female/ja-JP" | "male/ja-JP" | "female/ko-KR" | "male/ko-KR" | "female/da-DK" | "female/de-DE" | "male/de-DE" | "female/ca-ES" | "female/es-ES" | "male/es-ES" | "female/fi-FI" | "female/fr-CA" | "male/fr-CA" | "female/fr-FR" | "male/fr-FR" | "female/it-IT" | "male/it-IT" | "female/nb-NO" | "female/nl-NL" | "female/pl-PL" | "female/pt-BR" | "female/pt-PT" | "male/pt-PT" | "female/ru-RU" | "male/ru-RU" | "female/sv-SE" | "female/hu-HU" | "female/cs-CZ" | "female/tr-TR" | "male/tr-TR" | "male/ru-RU/Vladimir" | "female/ru-RU/Julia" | "female/ru-RU/Anna" | "female/ru-RU/Viktoria" | "male/ru-RU/Alexander" | "female/ru-RU/Maria" | "female/ru-RU/Lidia" | "es-ES-Standard-A" | "it-IT-Standard-A" | "ja-JP-Standard-A" | "ko-KR-Standard-A" | "pt-BR-Standard-A" | "tr-TR-Standard-A" | "sv-SE-Standard-A" | "nl-NL-Standard-A" | "en-US-Wavenet-D" | "de-DE-Wavenet-A" | "de-DE-Wavenet-B" | "de-DE-Wavenet-C" | "de-DE-Wavenet-D" | "en-AU-Wavenet-A" | "en-AU-Wavenet-B" | "en-AU-Wavenet-C" | "en-AU-Wavenet-D" | "en-GB-Wavenet-A" | "en-GB-Wavenet-B" | "en-GB-Wavenet-C" | "en-GB-Wavenet-D" | "en-US-Wavenet-A" | "en-US-Wavenet-B" | "en-US-Wavenet-C" | "en-US-Wavenet-E" | "en-US-Wavenet-F" | "fr-FR-Wavenet-A" | "fr-FR-Wavenet-B" | "fr-FR-Wavenet-C" | "fr-FR-Wavenet-D" | "it-IT-Wavenet-A" | "ja-JP-Wavenet-A" | "nl-NL-Wavenet-A" | "en-GB-Standard-A" | "en-GB-Standard-B" | "en-GB-Standard-C" | "en-GB-Standard-D" | "en-US-Standard-B" | "en-US-Standard-C" | "en-US-Standard-D" | "en-US-Standard-E" | "de-DE-Standard-A" | "de-DE-Standard-B" | "en-AU-Standard-A" | "en-AU-Standard-B" | "en-AU-Standard-C" | "en-AU-Standard-D" | "fr-CA-Standard-A" | "fr-CA-Standard-B" | "fr-CA-Standard-C" | "fr-CA-Standard-D" | "fr-FR-Standard-A" | "fr-FR-Standard-B" | "fr-FR-Standard-C" | "fr-FR-Standard-D";
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `menus` document. */
interface Menu {
    /** default: false */
    allow_record_from_offnet?: boolean;
    flags?: string[];
    /** default: true */
    hunt?: boolean;
    /** length 1..256 */
    hunt_allow?: string;
    /** length 1..256 */
    hunt_deny?: string;
    /** 1..10000 */
    interdigit_timeout?: number;
    /** 1..6; default: 4 */
    max_extension_length?: number;
    /** default: {} */
    media?: {
        exit_media?: boolean | string;
        /** length 3..2048 */
        greeting?: string;
        invalid_media?: boolean | string;
        transfer_media?: boolean | string;
        [key: string]: unknown;
    };
    /** length 1..128 */
    name: string;
    /** length 3..6 */
    record_pin?: string;
    /** 1..10; default: 3 */
    retries?: number;
    /** default: false */
    suppress_media?: boolean;
    /** 1..60000 */
    timeout?: number;
    [key: string]: unknown;
}
/** Kazoo's `metaflows` document. */
interface Metaflows {
    /** length 1..1; default: "*" */
    binding_digit?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "0" | "*" | "#";
    /** 0.. */
    digit_timeout?: number;
    listen_on?: "both" | "self" | "peer";
    numbers?: Record<string, never>;
    patterns?: Record<string, never>;
    [key: string]: unknown;
}
/** Kazoo's `mms` document. */
interface Mm {
    /** length 1.. */
    body?: string;
    from?: string;
    to: string;
    [key: string]: unknown;
}
/** Kazoo's `notifications` document. */
interface NotificationDocument {
    bcc?: {
        email_addresses?: string[];
        /** length 2..253 */
        type?: "original" | "specified" | "admins";
        [key: string]: unknown;
    };
    /** length 1.. */
    category?: string;
    cc?: {
        email_addresses?: string[];
        type?: "original" | "specified" | "admins";
        [key: string]: unknown;
    };
    /** default: true */
    enabled?: boolean;
    /** length 1.. */
    friendly_name?: string;
    /** format: email */
    from: string;
    /** default: {} */
    macros?: {
        [key: string]: unknown;
    };
    /** format: email */
    reply_to?: string;
    /** length 1..200 */
    subject: string;
    /** length 1..; default: "utf-8" */
    template_charset?: string;
    to: {
        email_addresses?: string[];
        /** length 2..253 */
        type?: "original" | "specified" | "admins";
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `notify.callback` document. */
interface NotifyCallback {
    attempts?: number;
    disabled?: boolean;
    interval_s?: number;
    number?: string;
    schedule?: number[];
    timeout_s?: number;
    [key: string]: unknown;
}
/** Kazoo's `phone_numbers` document. */
interface PhoneNumber {
    /** length 1..30 */
    carrier_name?: string;
    cnam?: {
        /** length 1..15 */
        display_name?: string;
        inbound_lookup?: boolean;
        [key: string]: unknown;
    };
    create_with_state?: "aging" | "available" | "deleted" | "discovery" | "in_service" | "port_in" | "port_out" | "released" | "reserved";
    e911?: {
        activated_time?: string;
        /** length 3.. */
        caller_name?: string;
        extended_address?: string;
        latitude?: string;
        legacy_data?: {
            house_number?: string;
            predirectional?: string;
            streetname?: string;
            suite?: string;
            [key: string]: unknown;
        };
        locality: string;
        location_id?: string;
        longitude?: string;
        /** default: [] */
        notification_contact_emails?: string[];
        plus_four?: string;
        postal_code: string;
        /** length 2..2 */
        region: string;
        status?: "INVALID" | "GEOCODED" | "PROVISIONED" | "REMOVED" | "ERROR";
        street_address: string;
        [key: string]: unknown;
    };
    porting?: {
        billing_account_id?: string;
        billing_extended_address?: string;
        billing_locality?: string;
        billing_name?: string;
        billing_postal_code?: string;
        billing_region?: string;
        billing_street_address?: string;
        billing_telephone_number?: string;
        comments?: string[];
        customer_contact?: string;
        port_id?: string;
        requested_port_date?: string;
        service_provider?: string;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `port_requests` document. */
interface PortRequest {
    bill?: {
        account_number?: string;
        btn?: string;
        carrier?: string;
        locality?: string;
        name?: string;
        pin?: string;
        postal_code?: string;
        region?: string;
        street_address?: string;
        street_number?: string;
        street_post_dir?: string;
        street_pre_dir?: string;
        street_type?: string;
        [key: string]: unknown;
    };
    comments?: CommentDocument[];
    /** length 1..128 */
    name: string;
    notifications?: {
        email?: {
            send_to?: string | string[];
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    numbers: {
        [key: string]: unknown;
    };
    reference_number?: string;
    signee_name?: string;
    signing_date?: number;
    transfer_date?: number;
    winning_carrier?: string;
    [key: string]: unknown;
}
/** Kazoo's `profile` document. */
interface Profile {
    addresses?: (Array<{
        address?: string;
        types?: (Array<"dom" | "postal" | "intl" | "parcel" | "home" | "work" | "pref">);
        [key: string]: unknown;
    }>);
    assistant?: string;
    birthday?: string;
    nicknames?: string[];
    note?: string;
    role?: string;
    "sort-string"?: string;
    title?: string;
    [key: string]: unknown;
}
/** Kazoo's `queues` document. */
interface Queue {
    /** 1..; default: 15 */
    agent_ring_timeout?: number;
    /** 0..; default: 0 */
    agent_wrapup_time?: number;
    announce?: string;
    announcements?: {
        /** 15..; default: 30 */
        interval?: number;
        media?: {
            in_the_queue: string;
            increase_in_call_volume: string;
            the_estimated_wait_time_is: string;
            you_are_at_position: string;
            [key: string]: unknown;
        };
        position_announcements_enabled?: boolean;
        wait_time_announcements_enabled?: boolean;
        [key: string]: unknown;
    };
    /** default: "#" */
    caller_exit_key?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "0" | "#";
    /** format: uri */
    cdr_url?: string;
    /** 0..; default: 3600 */
    connection_timeout?: number;
    /** default: true */
    enter_when_empty?: boolean;
    /** 0..255 */
    max_priority?: number;
    /** default: 0 */
    max_queue_size?: number;
    moh?: string;
    /** length 1..128 */
    name: string;
    /** default: false */
    record_caller?: boolean;
    /** format: uri */
    recording_url?: string;
    /** 1..; default: 1 */
    ring_simultaneously?: number;
    /** default: "round_robin" */
    strategy?: "round_robin" | "most_idle";
    [key: string]: unknown;
}
/** Kazoo's `rates` document. */
interface Rate {
    account_id?: string;
    caller_id_numbers?: string;
    carrier?: string;
    description?: string;
    direction?: (Array<"inbound" | "outbound">);
    /** 0.. */
    internal_rate_cost?: number;
    iso_country_code?: string;
    options?: string[];
    prefix: number;
    /** 0.. */
    rate_cost: number;
    /** 1.. */
    rate_increment?: number;
    /** 1.. */
    rate_minimum?: number;
    rate_name?: string;
    /** 0.. */
    rate_nocharge_time?: number;
    rate_suffix?: string;
    /** 0.. */
    rate_surcharge?: number;
    rate_version?: string;
    ratedeck_id?: string;
    routes?: string[];
    /** 1..100 */
    weight?: number;
    [key: string]: unknown;
}
/** Kazoo's `resource_selectors` document. */
interface ResourceSelector {
    name: string;
    resource: string;
    selector: string;
    start_time?: number;
    stop_time?: number;
    value?: string;
    [key: string]: unknown;
}
/** Kazoo's `resources` document. */
interface Resource {
    caller_id_options?: {
        type?: "internal" | "external" | "emergency";
        [key: string]: unknown;
    };
    cid_rules?: string[];
    classifiers?: {
        [key: string]: unknown;
    };
    /** default: false */
    emergency?: boolean;
    /** default: true */
    enabled?: boolean;
    /** default: [] */
    flags?: string[];
    flat_rate_blacklist?: string;
    flat_rate_whitelist?: string;
    format_from_uri?: boolean;
    formatters?: Formatter;
    /** default: false */
    from_account_realm?: boolean;
    from_uri_realm?: string;
    gateway_strategy?: "sequential" | "random";
    gateways: (Array<{
        bypass_media?: boolean;
        caller_id_type?: "internal" | "external" | "emergency";
        /** default: "ascending" */
        channel_selection?: "ascending" | "descending";
        codecs?: (Array<"G729" | "PCMU" | "PCMA" | "G722_16" | "G722_32" | "CELT_48" | "CELT_64" | "Speex" | "GSM" | "OPUS" | "H261" | "H263" | "H264" | "VP8">);
        custom_sip_headers?: CustomSipHeader | {
            in?: CustomSipHeader;
            out?: CustomSipHeader;
            [key: string]: unknown;
        };
        custom_sip_interface?: string;
        /** default: true */
        enabled?: boolean;
        /** default: "sip" */
        endpoint_type?: "sip" | "freetdm" | "skype" | "amqp";
        /** default: false */
        force_port?: boolean;
        format_from_uri?: boolean;
        from_uri_realm?: string;
        /** default: "route" */
        invite_format?: "route" | "username" | "e164" | "npan" | "1npan" | "strip_plus";
        invite_parameters?: {
            dynamic?: (Array<string | string | "zone" | {
                key: string | string | "zone";
                separator?: string;
                tag: string;
            }>);
            static?: string[];
        };
        media?: {
            fax_option?: boolean;
            rtcp_mux?: boolean;
            [key: string]: unknown;
        };
        /** length 0..32 */
        password?: string;
        /** default: 5060 */
        port?: number;
        /** length 0..64 */
        prefix?: string;
        progress_timeout?: number;
        /** length 0..64 */
        realm?: string;
        route?: string;
        /** length 1..128 */
        server: string;
        skype_interface?: string;
        /** default: true */
        skype_rr?: boolean;
        span?: string;
        /** length 0..64 */
        suffix?: string;
        /** length 0..32 */
        username?: string;
        [key: string]: unknown;
    }>);
    /** 1..20; default: 5 */
    grace_period?: number;
    ignore_flags?: boolean;
    media?: EndpointMedia;
    /** length 1..128 */
    name: string;
    require_flags?: boolean;
    /** default: [] */
    rules?: string[];
    /** default: [] */
    rules_test?: string[];
    /** 0..100; default: 50 */
    weight_cost?: number;
    [key: string]: unknown;
}
/** Kazoo's `skels` document. */
interface Skel {
    [key: string]: unknown;
}
/** Kazoo's `sms` document. */
interface Sms {
    /** length 1..700 */
    body: string;
    from?: string;
    to: string;
    [key: string]: unknown;
}
/** Kazoo's `storage` document. */
interface StorageDocument {
    attachments?: StorageAttachments;
    connections?: StorageConnections;
    id?: string;
    plan?: StoragePlan;
    [key: string]: unknown;
}
/** Kazoo's `storage.attachments` document. */
interface StorageAttachments {
    [key: string]: unknown;
}
/** Kazoo's `storage.connections` document. */
interface StorageConnections {
    [key: string]: unknown;
}
/** Kazoo's `storage.plan` document. */
interface StoragePlan {
    account?: StoragePlanDatabase;
    aggregate?: StoragePlanDatabase;
    modb?: StoragePlanDatabase;
    system?: StoragePlanDatabase;
    [key: string]: unknown;
}
/** Kazoo's `storage.plan.database` document. */
interface StoragePlanDatabase {
    attachments?: StoragePlanDatabaseAttachment;
    connection?: string;
    database?: {
        create_options?: {
            [key: string]: unknown;
        };
        names?: string[];
        [key: string]: unknown;
    };
    types?: {
        call_recording?: StoragePlanDatabaseDocument;
        fax?: StoragePlanDatabaseDocument;
        function?: StoragePlanDatabaseDocument;
        mailbox_message?: StoragePlanDatabaseDocument;
        media?: StoragePlanDatabaseDocument;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `storage.plan.database.attachment` document. */
interface StoragePlanDatabaseAttachment {
    handler?: string;
    params?: {
        folder_path?: string;
        [key: string]: unknown;
    };
    stub?: boolean;
    [key: string]: unknown;
}
/** Kazoo's `storage.plan.database.document` document. */
interface StoragePlanDatabaseDocument {
    attachments?: StoragePlanDatabaseAttachment;
    connection?: string;
    [key: string]: unknown;
}
/** Kazoo's `system_configs` document. */
interface SystemConfig {
    /** default: {} */
    default: {
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `tasks` document. */
interface Task {
    file_name?: string;
    records?: Array<{
        [key: string]: unknown;
    }>;
    [key: string]: unknown;
}
/** Kazoo's `temporal_rules` document. */
interface TemporalRule {
    cycle: "date" | "daily" | "weekly" | "monthly" | "yearly";
    days?: number[];
    enabled?: boolean;
    flags?: string[];
    /** 1..; default: 1 */
    interval?: number;
    /** 1..12 */
    month?: number;
    /** length 1..128 */
    name: string;
    ordinal?: "every" | "first" | "second" | "third" | "fourth" | "fifth" | "last";
    /** default: 62586115200 */
    start_date?: number;
    /** 0..86400 */
    time_window_start?: number;
    /** 0..86400 */
    time_window_stop?: number;
    wdays?: (Array<"monday" | "tuesday" | "wednesday" | "wensday" | "thursday" | "friday" | "saturday" | "sunday">);
    [key: string]: unknown;
}
/** Kazoo's `temporal_rules_sets` document. */
interface TemporalRulesSet {
    flags?: string[];
    /** length 1..128 */
    name: string;
    temporal_rules?: string[];
    [key: string]: unknown;
}
/** Kazoo's `token_restrictions` document. */
interface TokenRestrictions {
    restrictions?: {
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `user_auth` document. */
interface UserAuth {
    /** length 1..128 */
    account_name?: string;
    /** length 4..253 */
    account_realm?: string;
    /** length 1..64 */
    credentials: string;
    /** default: "md5" */
    method?: "md5" | "sha";
    /** length 1..64 */
    phone_number?: string;
    [key: string]: unknown;
}
/** Kazoo's `users` document. */
interface User {
    call_forward?: {
        /** default: false */
        direct_calls_only?: boolean;
        /** default: false */
        enabled?: boolean;
        /** default: false */
        failover?: boolean;
        /** default: true */
        ignore_early_media?: boolean;
        /** default: true */
        keep_caller_id?: boolean;
        /** length 0..35 */
        number?: string;
        /** default: true */
        require_keypress?: boolean;
        /** default: true */
        substitute?: boolean;
        [key: string]: unknown;
    };
    call_recording?: CallRecording;
    /** default: {} */
    call_restriction?: {
        [key: string]: {
            action?: "inherit" | "deny";
            [key: string]: unknown;
        };
    };
    call_waiting?: CallWaiting;
    caller_id?: CallerId;
    caller_id_options?: {
        outbound_privacy?: "full" | "name" | "number" | "none";
        [key: string]: unknown;
    };
    /** default: {} */
    contact_list?: {
        exclude?: boolean;
        [key: string]: unknown;
    };
    dial_plan?: Dialplan;
    directories?: {
        [key: string]: unknown;
    };
    do_not_disturb?: {
        enabled?: boolean;
        [key: string]: unknown;
    };
    /** length 3..254; format: email */
    email?: string;
    /** default: true */
    enabled?: boolean;
    feature_level?: string;
    /** length 1..128 */
    first_name: string;
    flags?: string[];
    formatters?: Formatter;
    /** default: {} */
    hotdesk?: {
        /** default: false */
        enabled?: boolean;
        /** length 0..15 */
        id?: string;
        /** default: false */
        keep_logged_in_elsewhere?: boolean;
        /** length 4..15 */
        pin?: string;
        /** default: false */
        require_pin?: boolean;
        [key: string]: unknown;
    };
    language?: string;
    /** length 1..128 */
    last_name: string;
    media?: EndpointMedia;
    metaflows?: Metaflows;
    /** default: {} */
    music_on_hold?: {
        /** length 0..128 */
        media_id?: string;
        [key: string]: unknown;
    };
    password?: string;
    presence_id?: string;
    /** default: "user" */
    priv_level?: "user" | "admin";
    profile?: Profile;
    pronounced_name?: {
        /** length 0..128 */
        media_id?: string;
        [key: string]: unknown;
    };
    /** default: false */
    require_password_update?: boolean;
    /** default: {} */
    ringtones?: {
        /** length 0..256 */
        external?: string;
        /** length 0..256 */
        internal?: string;
        [key: string]: unknown;
    };
    timezone?: string;
    /** length 1..256 */
    username?: string;
    /** default: false */
    verified?: boolean;
    /** default: true */
    vm_to_email_enabled?: boolean;
    voicemail?: {
        notify?: {
            callback?: NotifyCallback;
            [key: string]: unknown;
        };
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/** Kazoo's `vmboxes` document. */
interface Vmbox {
    /** default: false */
    announcement_only?: boolean;
    /** default: true */
    check_if_owner?: boolean;
    /** default: false */
    delete_after_notify?: boolean;
    flags?: string[];
    /** default: true */
    include_message_on_notify?: boolean;
    /** default: true */
    include_transcription_on_notify?: boolean;
    /** default: false */
    is_setup?: boolean;
    /** default: false */
    is_voicemail_ff_rw_enabled?: boolean;
    /** length 1..30 */
    mailbox: string;
    /** default: {} */
    media?: {
        /** length 32..32 */
        unavailable?: string;
        [key: string]: unknown;
    };
    /** default: "mp3" */
    media_extension?: "mp3" | "mp4" | "wav";
    /** length 1..128 */
    name: string;
    /** default: false */
    not_configurable?: boolean;
    notify?: {
        callback?: NotifyCallback;
        [key: string]: unknown;
    };
    /** default: [] */
    notify_email_addresses?: string[];
    /** default: false */
    oldest_message_first?: boolean;
    operator_number?: number | string;
    /** length 32..32 */
    owner_id?: string;
    /** length 4..6 */
    pin?: string;
    /** default: false */
    require_pin?: boolean;
    /** default: false */
    save_after_notify?: boolean;
    /** 0..; default: 10000 */
    seek_duration_ms?: number;
    /** default: false */
    skip_envelope?: boolean;
    /** default: false */
    skip_greeting?: boolean;
    /** default: false */
    skip_instructions?: boolean;
    /** length 5..32 */
    timezone?: string;
    /** default: false */
    transcribe?: boolean;
    [key: string]: unknown;
}
/** Kazoo's `webhooks` document. */
interface Webhook {
    custom_data?: {
        [key: string]: string;
    };
    /** default: true */
    enabled?: boolean;
    /** default: "form-data" */
    format?: "form-data" | "json";
    hook: string;
    /** default: "post" */
    http_verb?: "get" | "post" | "put";
    /** default: true */
    include_internal_legs?: boolean;
    include_subaccounts?: boolean;
    name: string;
    /** 0..4; default: 2 */
    retries?: number;
    /** format: uri */
    uri: string;
    [key: string]: unknown;
}
/** Kazoo's `whitelabel` document. */
interface Whitelabel {
    company_name?: string;
    /** format: uri */
    domain?: string;
    /** format: uri */
    fake_api_url?: string;
    /** default: false */
    hide_credits?: boolean;
    /** default: false */
    hide_powered?: boolean;
    /** default: false */
    hide_registration?: boolean;
    inbound_trunks_price?: string;
    nav?: {
        /** format: uri */
        help?: string;
        /** format: uri */
        learn_more?: string;
        [key: string]: unknown;
    };
    outbound_trunks_price?: string;
    port?: {
        authority?: string | string[];
        /** format: uri */
        features?: string;
        /** format: uri */
        loa?: string;
        /** format: uri */
        resporg?: string;
        /** format: email */
        support_email?: string;
        /** format: uri */
        terms?: string;
        [key: string]: unknown;
    };
    twoway_trunks_price?: string;
    [key: string]: unknown;
}

/** The namespaces of an SDK instance, one per resource of the Kazoo API. */
interface KazooSdkNamespaces {
    /** `kazooSdk.account`: 12 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/ */
    readonly account: AccountMethods;
    /** `kazooSdk.auth`: 12 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/user_authentication/ */
    readonly auth: AuthMethods;
    /** `kazooSdk.balance`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/transactions/ */
    readonly balance: BalanceMethods;
    /** `kazooSdk.billing`: 4 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/ */
    readonly billing: BillingMethods;
    /** `kazooSdk.callflow`: 8 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/ */
    readonly callflow: CallflowMethods;
    /** `kazooSdk.cdrs`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdrs/ */
    readonly cdrs: CdrsMethods;
    /** `kazooSdk.channel`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/channels/ */
    readonly channel: ChannelMethods;
    /** `kazooSdk.conference`: 25 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/ */
    readonly conference: ConferenceMethods;
    /** `kazooSdk.connectivity`: 4 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/connectivity/ */
    readonly connectivity: ConnectivityMethods;
    /** `kazooSdk.device`: 10 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/ */
    readonly device: DeviceMethods;
    /** `kazooSdk.directory`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/ */
    readonly directory: DirectoryMethods;
    /** `kazooSdk.globalResources`: 9 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/ */
    readonly globalResources: GlobalResourcesMethods;
    /** `kazooSdk.group`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/ */
    readonly group: GroupMethods;
    /** `kazooSdk.limits`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/limits/ */
    readonly limits: LimitsMethods;
    /** `kazooSdk.localResources`: 9 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/ */
    readonly localResources: LocalResourcesMethods;
    /** `kazooSdk.media`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/ */
    readonly media: MediaMethods;
    /** `kazooSdk.menu`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/ */
    readonly menu: MenuMethods;
    /** `kazooSdk.numbers`: 20 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/ */
    readonly numbers: NumbersMethods;
    /** `kazooSdk.port`: 26 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/ */
    readonly port: PortMethods;
    /** `kazooSdk.resourceTemplates`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/ */
    readonly resourceTemplates: ResourceTemplatesMethods;
    /** `kazooSdk.servicePlan`: 16 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/ */
    readonly servicePlan: ServicePlanMethods;
    /** `kazooSdk.temporalRule`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/ */
    readonly temporalRule: TemporalRuleMethods;
    /** `kazooSdk.user`: 12 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/ */
    readonly user: UserMethods;
    /** `kazooSdk.voicemail`: 9 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/ */
    readonly voicemail: VoicemailMethods;
    /** `kazooSdk.whitelabel`: 28 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/ */
    readonly whitelabel: WhitelabelMethods;
    /** `kazooSdk.accessLists`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/access_lists/ */
    readonly accessLists: AccessListsMethods;
    /** `kazooSdk.alert`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/alerts/ */
    readonly alert: AlertMethods;
    /** `kazooSdk.apiKey`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/ */
    readonly apiKey: ApiKeyMethods;
    /** `kazooSdk.appsStore`: 13 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/ */
    readonly appsStore: AppsStoreMethods;
    /** `kazooSdk.blacklist`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/ */
    readonly blacklist: BlacklistMethods;
    /** `kazooSdk.cdrPushOnebill`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdr_push_onebill/ */
    readonly cdrPushOnebill: CdrPushOnebillMethods;
    /** `kazooSdk.clickToCall`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/ */
    readonly clickToCall: ClickToCallMethods;
    /** `kazooSdk.configs`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/configs/ */
    readonly configs: ConfigsMethods;
    /** `kazooSdk.contactList`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/contact_list/ */
    readonly contactList: ContactListMethods;
    /** `kazooSdk.crm`: 15 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/ */
    readonly crm: CrmMethods;
    /** `kazooSdk.dashboards`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/ */
    readonly dashboards: DashboardsMethods;
    /** `kazooSdk.desktop`: 3 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/desktop/ */
    readonly desktop: DesktopMethods;
    /** `kazooSdk.externalNumbers`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/ */
    readonly externalNumbers: ExternalNumbersMethods;
    /** `kazooSdk.faxbox`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/ */
    readonly faxbox: FaxboxMethods;
    /** `kazooSdk.faxes`: 14 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/ */
    readonly faxes: FaxesMethods;
    /** `kazooSdk.inspector`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/call_inspector/ */
    readonly inspector: InspectorMethods;
    /** `kazooSdk.ips`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/ */
    readonly ips: IpsMethods;
    /** `kazooSdk.ledgers`: 8 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/ */
    readonly ledgers: LedgersMethods;
    /** `kazooSdk.matchList`: 6 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/ */
    readonly matchList: MatchListMethods;
    /** `kazooSdk.metaflow`: 3 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/metaflows/ */
    readonly metaflow: MetaflowMethods;
    /** `kazooSdk.multifactor`: 10 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/ */
    readonly multifactor: MultifactorMethods;
    /** `kazooSdk.parkedCalls`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/parked_calls/ */
    readonly parkedCalls: ParkedCallsMethods;
    /** `kazooSdk.pivot`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/pivot/ */
    readonly pivot: PivotMethods;
    /** `kazooSdk.presence`: 3 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/presence/ */
    readonly presence: PresenceMethods;
    /** `kazooSdk.qubicleQueues`: 15 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/ */
    readonly qubicleQueues: QubicleQueuesMethods;
    /** `kazooSdk.qubicleRecipients`: 11 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/ */
    readonly qubicleRecipients: QubicleRecipientsMethods;
    /** `kazooSdk.qubicleReports`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_reports/ */
    readonly qubicleReports: QubicleReportsMethods;
    /** `kazooSdk.qubicleRoles`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_roles/ */
    readonly qubicleRoles: QubicleRolesMethods;
    /** `kazooSdk.qubicleSkills`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/ */
    readonly qubicleSkills: QubicleSkillsMethods;
    /** `kazooSdk.recordings`: 3 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/recordings/ */
    readonly recordings: RecordingsMethods;
    /** `kazooSdk.registrations`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/registrations/ */
    readonly registrations: RegistrationsMethods;
    /** `kazooSdk.schemas`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/schemas/ */
    readonly schemas: SchemasMethods;
    /** `kazooSdk.security`: 7 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/ */
    readonly security: SecurityMethods;
    /** `kazooSdk.services`: 10 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/ */
    readonly services: ServicesMethods;
    /** `kazooSdk.slackIntegration`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/slack_integration/ */
    readonly slackIntegration: SlackIntegrationMethods;
    /** `kazooSdk.smtpLogs`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/ */
    readonly smtpLogs: SmtpLogsMethods;
    /** `kazooSdk.storage`: 4 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/storage/ */
    readonly storage: StorageMethods;
    /** `kazooSdk.system`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/about/ */
    readonly system: SystemMethods;
    /** `kazooSdk.tasks`: 9 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/ */
    readonly tasks: TasksMethods;
    /** `kazooSdk.telexsmsboxes`: 4 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/telexsmsboxes/ */
    readonly telexsmsboxes: TelexsmsboxesMethods;
    /** `kazooSdk.temporalSet`: 5 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/ */
    readonly temporalSet: TemporalSetMethods;
    /** `kazooSdk.transactions`: 1 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/transactions/ */
    readonly transactions: TransactionsMethods;
    /** `kazooSdk.trunkingio`: 2 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/trunkingio_settings/ */
    readonly trunkingio: TrunkingioMethods;
    /** `kazooSdk.webhooks`: 10 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/ */
    readonly webhooks: WebhooksMethods;
    /** `kazooSdk.websockets`: 3 methods. @see https://docs.2600hz.com/dev/applications/crossbar/doc/websockets/ */
    readonly websockets: WebsocketsMethods;
}
/** `kazooSdk.account`: its methods. */
interface AccountMethods {
    /**
     * Fetches an account.
     *
     * `GET accounts/{accountId}`
     * (document: `Account`, from Kazoo's `accounts` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly get: MethodOf<Endpoints["account"]["get"], Account>;
    /**
     * Creates a sub-account under the given account.
     *
     * `PUT accounts/{accountId}`
     * (document: `Account`, from Kazoo's `accounts` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly create: MethodOf<Endpoints["account"]["create"], Account>;
    /**
     * Replaces an account with the document given.
     *
     * `POST accounts/{accountId}`
     * (document: `Account`, from Kazoo's `accounts` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly update: MethodOf<Endpoints["account"]["update"], Account>;
    /**
     * Deletes an account.
     *
     * `DELETE accounts/{accountId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly delete: MethodOf<Endpoints["account"]["delete"]>;
    /**
     * Lists every account below an account, at any depth.
     *
     * `GET accounts/{accountId}/descendants`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly listDescendants: MethodOf<Endpoints["account"]["listDescendants"]>;
    /**
     * Lists the accounts directly below an account.
     *
     * `GET accounts/{accountId}/children?ascending=true`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly listChildren: MethodOf<Endpoints["account"]["listChildren"]>;
    /**
     * Takes reseller status away from an account.
     *
     * `DELETE accounts/{accountId}/reseller`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly demote: MethodOf<Endpoints["account"]["demote"]>;
    /**
     * Lists the accounts above an account, from the top down.
     *
     * `GET accounts/{accountId}/tree`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly listParents: MethodOf<Endpoints["account"]["listParents"]>;
    /**
     * Changes only the given fields of an account.
     *
     * `PATCH accounts/{accountId}`
     * (document: `Account`, from Kazoo's `accounts` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly patch: MethodOf<Endpoints["account"]["patch"], Account>;
    /**
     * Makes an account a reseller.
     *
     * `PUT accounts/{accountId}/reseller`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly promote: MethodOf<Endpoints["account"]["promote"]>;
    /**
     * Finds accounts whose name, realm or id starts with a value.
     *
     * `GET search/multi?t=account&by_name={searchValue}&by_realm={searchValue}&by_id={searchValue}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/search/
     */
    readonly searchAll: MethodOf<Endpoints["account"]["searchAll"]>;
    /**
     * Finds accounts by name.
     *
     * `GET search?t=account&q=name&v={accountName}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/search/
     */
    readonly searchByName: MethodOf<Endpoints["account"]["searchByName"]>;
}
/** `kazooSdk.auth`: its methods. */
interface AuthMethods {
    /**
     * Logs in with an account name and the md5 of "username:password"; keeps the token it returns.
     *
     * `PUT user_auth`
     * (document: `UserAuth`, from Kazoo's `user_auth` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/user_authentication/
     */
    readonly userAuth: MethodOf<Endpoints["auth"]["userAuth"], UserAuth>;
    /**
     * Logs in with a token from another Kazoo cluster; keeps the token it returns.
     *
     * `PUT shared_auth`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/shared_auth/
     */
    readonly sharedAuth: MethodOf<Endpoints["auth"]["sharedAuth"]>;
    /**
     * Logs in with an account and a PIN; keeps the token it returns.
     *
     * `PUT pin_auth`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/pin_auth/
     */
    readonly pinAuth: MethodOf<Endpoints["auth"]["pinAuth"]>;
    /**
     * Completes a login started with a single sign-on provider.
     *
     * `PUT auth/callback`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly callback: MethodOf<Endpoints["auth"]["callback"]>;
    /**
     * Reads what a token stands for (account, user, expiry).
     *
     * `GET auth/tokeninfo?token={token}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly get: MethodOf<Endpoints["auth"]["get"]>;
    /**
     * Fetches one link between a user and a single sign-on identity.
     *
     * `GET accounts/{accountId}/auth/links/{auth_id}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly getLink: MethodOf<Endpoints["auth"]["getLink"]>;
    /**
     * Gets a token acting as another user of the account.
     *
     * `PUT accounts/{accountId}/users/{userId}/user_auth`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly impersonate: MethodOf<Endpoints["auth"]["impersonate"]>;
    /**
     * Links the current user to a single sign-on identity.
     *
     * `PUT auth/links/{auth_id}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly link: MethodOf<Endpoints["auth"]["link"]>;
    /**
     * Reads what a token given in the body stands for.
     *
     * `POST auth/tokeninfo`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly postTokenInfo: MethodOf<Endpoints["auth"]["postTokenInfo"]>;
    /**
     * Sends a password-reset e-mail to a user.
     *
     * `PUT user_auth/recovery`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/user_authentication/
     */
    readonly recovery: MethodOf<Endpoints["auth"]["recovery"]>;
    /**
     * Sets a new password with the id from a password-reset e-mail.
     *
     * `POST user_auth/recovery`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/user_authentication/
     */
    readonly recoveryResetId: MethodOf<Endpoints["auth"]["recoveryResetId"]>;
    /**
     * Removes a link between a user and a single sign-on identity.
     *
     * `DELETE auth/links/{auth_id}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/auth/
     */
    readonly unlink: MethodOf<Endpoints["auth"]["unlink"]>;
}
/** `kazooSdk.balance`: its methods. */
interface BalanceMethods {
    /**
     * Fetches the account's prepaid credit balance.
     *
     * `GET accounts/{accountId}/transactions/current_balance`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/transactions/
     */
    readonly get: MethodOf<Endpoints["balance"]["get"]>;
    /**
     * Adds credit to the account's balance (through its card on file).
     *
     * `PUT accounts/{accountId}/braintree/credits`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/
     */
    readonly add: MethodOf<Endpoints["balance"]["add"]>;
}
/** `kazooSdk.billing`: its methods. */
interface BillingMethods {
    /**
     * Fetches the account's billing customer (cards, addresses).
     *
     * `GET accounts/{accountId}/braintree/customer`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/
     */
    readonly get: MethodOf<Endpoints["billing"]["get"]>;
    /**
     * Updates the account's billing customer.
     *
     * `POST accounts/{accountId}/braintree/customer`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/
     */
    readonly update: MethodOf<Endpoints["billing"]["update"]>;
    /**
     * Removes a card from the billing customer.
     *
     * `DELETE accounts/{accountId}/braintree/cards/{cardId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/
     */
    readonly deleteCard: MethodOf<Endpoints["billing"]["deleteCard"]>;
    /**
     * Fetches a client token for the payment provider's browser forms.
     *
     * `GET accounts/{accountId}/braintree/client_token`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/braintree/
     */
    readonly getToken: MethodOf<Endpoints["billing"]["getToken"]>;
}
/** `kazooSdk.callflow`: its methods. */
interface CallflowMethods {
    /**
     * Fetches one callflow.
     *
     * `GET accounts/{accountId}/callflows/{callflowId}`
     * (document: `Callflow`, from Kazoo's `callflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly get: MethodOf<Endpoints["callflow"]["get"], Callflow>;
    /**
     * Creates a callflow.
     *
     * `PUT accounts/{accountId}/callflows`
     * (document: `Callflow`, from Kazoo's `callflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly create: MethodOf<Endpoints["callflow"]["create"], Callflow>;
    /**
     * Replaces a callflow with the document given.
     *
     * `POST accounts/{accountId}/callflows/{callflowId}`
     * (document: `Callflow`, from Kazoo's `callflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly update: MethodOf<Endpoints["callflow"]["update"], Callflow>;
    /**
     * Deletes a callflow.
     *
     * `DELETE accounts/{accountId}/callflows/{callflowId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly delete: MethodOf<Endpoints["callflow"]["delete"]>;
    /**
     * Lists the callflows.
     *
     * `GET accounts/{accountId}/callflows`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly list: MethodOf<Endpoints["callflow"]["list"]>;
    /**
     * Changes only the given fields of a callflow.
     *
     * `PATCH accounts/{accountId}/callflows/{callflowId}`
     * (document: `Callflow`, from Kazoo's `callflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/callflows/
     */
    readonly patch: MethodOf<Endpoints["callflow"]["patch"], Callflow>;
    /**
     * Finds callflows whose name or number starts with a value.
     *
     * `GET accounts/{accountId}/search?t=callflow&q=name_and_number&v={value}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/search/
     */
    readonly searchByNameAndNumber: MethodOf<Endpoints["callflow"]["searchByNameAndNumber"]>;
    /**
     * Finds callflows whose number starts with a value.
     *
     * `GET accounts/{accountId}/search?t=callflow&q=number&v={value}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/search/
     */
    readonly searchByNumber: MethodOf<Endpoints["callflow"]["searchByNumber"]>;
}
/** `kazooSdk.cdrs`: its methods. */
interface CdrsMethods {
    /**
     * Fetches one call detail record.
     *
     * `GET accounts/{accountId}/cdrs/{cdrId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdrs/
     */
    readonly get: MethodOf<Endpoints["cdrs"]["get"]>;
    /**
     * Lists the account's call detail records.
     *
     * `GET accounts/{accountId}/cdrs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdrs/
     */
    readonly list: MethodOf<Endpoints["cdrs"]["list"]>;
    /**
     * Lists the account's calls grouped by interaction (all legs of one call together).
     *
     * `GET accounts/{accountId}/cdrs/interaction`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdrs/
     */
    readonly listByInteraction: MethodOf<Endpoints["cdrs"]["listByInteraction"]>;
    /**
     * Lists a user's calls grouped by interaction.
     *
     * `GET accounts/{accountId}/users/{userId}/cdrs/interaction`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly listByInteractionUser: MethodOf<Endpoints["cdrs"]["listByInteractionUser"]>;
    /**
     * Lists a user's call detail records.
     *
     * `GET accounts/{accountId}/users/{userId}/cdrs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly listByUser: MethodOf<Endpoints["cdrs"]["listByUser"]>;
    /**
     * Lists every leg of one call.
     *
     * `GET accounts/{accountId}/cdrs/legs/{callId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdrs/
     */
    readonly listLegs: MethodOf<Endpoints["cdrs"]["listLegs"]>;
}
/** `kazooSdk.channel`: its methods. */
interface ChannelMethods {
    /**
     * Lists the account's calls in progress.
     *
     * `GET accounts/{accountId}/channels`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/channels/
     */
    readonly list: MethodOf<Endpoints["channel"]["list"]>;
    /**
     * Acts on a call in progress (transfer, hangup, eavesdrop, ...).
     *
     * `PUT accounts/{accountId}/channels/{callId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/channels/
     */
    readonly action: MethodOf<Endpoints["channel"]["action"]>;
}
/** `kazooSdk.conference`: its methods. */
interface ConferenceMethods {
    /**
     * Fetches one conference.
     *
     * `GET accounts/{accountId}/conferences/{conferenceId}`
     * (document: `Conference`, from Kazoo's `conferences` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly get: MethodOf<Endpoints["conference"]["get"], Conference>;
    /**
     * Creates a conference.
     *
     * `PUT accounts/{accountId}/conferences`
     * (document: `Conference`, from Kazoo's `conferences` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly create: MethodOf<Endpoints["conference"]["create"], Conference>;
    /**
     * Replaces a conference with the document given.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}`
     * (document: `Conference`, from Kazoo's `conferences` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly update: MethodOf<Endpoints["conference"]["update"], Conference>;
    /**
     * Deletes a conference.
     *
     * `DELETE accounts/{accountId}/conferences/{conferenceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly delete: MethodOf<Endpoints["conference"]["delete"]>;
    /**
     * Lists the conferences.
     *
     * `GET accounts/{accountId}/conferences`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly list: MethodOf<Endpoints["conference"]["list"]>;
    /**
     * Lists the PINs used by the conferences of the account.
     *
     * `GET accounts/{accountId}/conferences/pins`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly getPins: MethodOf<Endpoints["conference"]["getPins"]>;
    /**
     * Shows who is in a conference and its state.
     *
     * `GET accounts/{accountId}/conferences/{conferenceId}/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly view: MethodOf<Endpoints["conference"]["view"]>;
    /**
     * Acts on a conference (lock, unlock, ...).
     *
     * `PUT accounts/{accountId}/conferences/{conferenceId}`
     * (document: `Conference`, from Kazoo's `conferences` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly action: MethodOf<Endpoints["conference"]["action"], Conference>;
    /**
     * Fetches one conference server.
     *
     * `GET accounts/{accountId}/conferences_servers/{serverId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conferences_servers/
     */
    readonly getServer: MethodOf<Endpoints["conference"]["getServer"]>;
    /**
     * Creates a conference server.
     *
     * `PUT accounts/{accountId}/conferences_servers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conferences_servers/
     */
    readonly createServer: MethodOf<Endpoints["conference"]["createServer"]>;
    /**
     * Replaces a conference server with the document given.
     *
     * `POST accounts/{accountId}/conferences_servers/{serverId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conferences_servers/
     */
    readonly updateServer: MethodOf<Endpoints["conference"]["updateServer"]>;
    /**
     * Deletes a conference server.
     *
     * `DELETE accounts/{accountId}/conferences_servers/{serverId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conferences_servers/
     */
    readonly deleteServer: MethodOf<Endpoints["conference"]["deleteServer"]>;
    /**
     * Lists the account's conference servers.
     *
     * `GET accounts/{accountId}/conferences_servers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conferences_servers/
     */
    readonly listServers: MethodOf<Endpoints["conference"]["listServers"]>;
    /**
     * Dials someone into a conference.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/add_participant`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly addParticipant: MethodOf<Endpoints["conference"]["addParticipant"]>;
    /**
     * Mutes a conference participant.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/mute/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly muteParticipant: MethodOf<Endpoints["conference"]["muteParticipant"]>;
    /**
     * Unmutes a conference participant.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/unmute/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly unmuteParticipant: MethodOf<Endpoints["conference"]["unmuteParticipant"]>;
    /**
     * Stops a participant from hearing the conference.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/deaf/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly deafParticipant: MethodOf<Endpoints["conference"]["deafParticipant"]>;
    /**
     * Lets a participant hear the conference again.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/undeaf/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly undeafParticipant: MethodOf<Endpoints["conference"]["undeafParticipant"]>;
    /**
     * Removes a participant from a conference.
     *
     * `POST accounts/{accountId}/conferences/{conferenceId}/kick/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly kickParticipant: MethodOf<Endpoints["conference"]["kickParticipant"]>;
    /**
     * Creates a conference e-mail template (HTML).
     *
     * `PUT accounts/{accountId}/notify/conference_{notificationType}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly createNotification: MethodOf<Endpoints["conference"]["createNotification"]>;
    /**
     * Fetches a conference e-mail template in one content type.
     *
     * `GET accounts/{accountId}/notify/conference_{notificationType}/{contentType}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getNotification: MethodOf<Endpoints["conference"]["getNotification"]>;
    /**
     * Replaces a conference e-mail template (HTML).
     *
     * `POST accounts/{accountId}/notify/conference_{notificationType}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly updateNotification: MethodOf<Endpoints["conference"]["updateNotification"]>;
    /**
     * Acts on one participant (mute, deaf, kick, ...).
     *
     * `PUT accounts/{accountId}/conferences/{conferenceId}/participants/{participantId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly participantsAction: MethodOf<Endpoints["conference"]["participantsAction"]>;
    /**
     * Acts on every participant of a conference at once.
     *
     * `PUT accounts/{accountId}/conferences/{conferenceId}/participants`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly participantsBulkAction: MethodOf<Endpoints["conference"]["participantsBulkAction"]>;
    /**
     * Lists a conference's participants.
     *
     * `GET accounts/{accountId}/conferences/{conferenceId}/participants`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/conference/
     */
    readonly participantsList: MethodOf<Endpoints["conference"]["participantsList"]>;
}
/** `kazooSdk.connectivity`: its methods. */
interface ConnectivityMethods {
    /**
     * Fetches one trunk (connectivity) document.
     *
     * `GET accounts/{accountId}/connectivity/{connectivityId}`
     * (document: `Connectivity`, from Kazoo's `connectivity` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/connectivity/
     */
    readonly get: MethodOf<Endpoints["connectivity"]["get"], Connectivity>;
    /**
     * Creates a trunk (connectivity) document.
     *
     * `PUT accounts/{accountId}/connectivity`
     * (document: `Connectivity`, from Kazoo's `connectivity` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/connectivity/
     */
    readonly create: MethodOf<Endpoints["connectivity"]["create"], Connectivity>;
    /**
     * Replaces a trunk (connectivity) document with the one given.
     *
     * `POST accounts/{accountId}/connectivity/{connectivityId}`
     * (document: `Connectivity`, from Kazoo's `connectivity` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/connectivity/
     */
    readonly update: MethodOf<Endpoints["connectivity"]["update"], Connectivity>;
    /**
     * Lists the account's trunk (connectivity) documents.
     *
     * `GET accounts/{accountId}/connectivity`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/connectivity/
     */
    readonly list: MethodOf<Endpoints["connectivity"]["list"]>;
}
/** `kazooSdk.device`: its methods. */
interface DeviceMethods {
    /**
     * Fetches one device.
     *
     * `GET accounts/{accountId}/devices/{deviceId}`
     * (document: `Device`, from Kazoo's `devices` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly get: MethodOf<Endpoints["device"]["get"], Device>;
    /**
     * Creates a device.
     *
     * `PUT accounts/{accountId}/devices`
     * (document: `Device`, from Kazoo's `devices` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly create: MethodOf<Endpoints["device"]["create"], Device>;
    /**
     * Replaces a device with the document given.
     *
     * `POST accounts/{accountId}/devices/{deviceId}`
     * (document: `Device`, from Kazoo's `devices` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly update: MethodOf<Endpoints["device"]["update"], Device>;
    /**
     * Deletes a device.
     *
     * `DELETE accounts/{accountId}/devices/{deviceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly delete: MethodOf<Endpoints["device"]["delete"]>;
    /**
     * Lists the devices.
     *
     * `GET accounts/{accountId}/devices`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly list: MethodOf<Endpoints["device"]["list"]>;
    /**
     * Lists which of the account's devices are registered.
     *
     * `GET accounts/{accountId}/devices/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly getStatus: MethodOf<Endpoints["device"]["getStatus"]>;
    /**
     * Makes a device call a number.
     *
     * `GET accounts/{accountId}/devices/{deviceId}/quickcall/{number}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly quickcall: MethodOf<Endpoints["device"]["quickcall"]>;
    /**
     * Changes only the given fields of a device.
     *
     * `PATCH accounts/{accountId}/devices/{deviceId}`
     * (document: `Device`, from Kazoo's `devices` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly patch: MethodOf<Endpoints["device"]["patch"], Device>;
    /**
     * Asks a SIP device to re-read its configuration (a check-sync NOTIFY).
     *
     * `POST accounts/{accountId}/devices/{deviceId}/sync`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly restart: MethodOf<Endpoints["device"]["restart"]>;
    /**
     * Sets or resets a device's presence state.
     *
     * `POST accounts/{accountId}/devices/{deviceId}/presence`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/devices/
     */
    readonly updatePresence: MethodOf<Endpoints["device"]["updatePresence"]>;
}
/** `kazooSdk.directory`: its methods. */
interface DirectoryMethods {
    /**
     * Creates a directory.
     *
     * `PUT accounts/{accountId}/directories`
     * (document: `Directory`, from Kazoo's `directories` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/
     */
    readonly create: MethodOf<Endpoints["directory"]["create"], Directory>;
    /**
     * Lists the directories.
     *
     * `GET accounts/{accountId}/directories`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/
     */
    readonly list: MethodOf<Endpoints["directory"]["list"]>;
    /**
     * Deletes a directory.
     *
     * `DELETE accounts/{accountId}/directories/{directoryId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/
     */
    readonly delete: MethodOf<Endpoints["directory"]["delete"]>;
    /**
     * Fetches one directory.
     *
     * `GET accounts/{accountId}/directories/{directoryId}`
     * (document: `Directory`, from Kazoo's `directories` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/
     */
    readonly get: MethodOf<Endpoints["directory"]["get"], Directory>;
    /**
     * Replaces a directory with the document given.
     *
     * `POST accounts/{accountId}/directories/{directoryId}`
     * (document: `Directory`, from Kazoo's `directories` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/directories/
     */
    readonly update: MethodOf<Endpoints["directory"]["update"], Directory>;
}
/** `kazooSdk.globalResources`: its methods. */
interface GlobalResourcesMethods {
    /**
     * Fetches one system-wide carrier resource.
     *
     * `GET resources/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly get: MethodOf<Endpoints["globalResources"]["get"]>;
    /**
     * Creates a system-wide carrier resource.
     *
     * `PUT resources`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly create: MethodOf<Endpoints["globalResources"]["create"]>;
    /**
     * Replaces a system-wide carrier resource with the document given.
     *
     * `POST resources/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly update: MethodOf<Endpoints["globalResources"]["update"]>;
    /**
     * Deletes a system-wide carrier resource.
     *
     * `DELETE resources/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly delete: MethodOf<Endpoints["globalResources"]["delete"]>;
    /**
     * Lists the system-wide carrier resources.
     *
     * `GET resources`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly list: MethodOf<Endpoints["globalResources"]["list"]>;
    /**
     * Updates several system-wide carrier resources at once.
     *
     * `POST resources/collection`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly updateCollection: MethodOf<Endpoints["globalResources"]["updateCollection"]>;
    /**
     * Lists the jobs that add numbers to system-wide carriers.
     *
     * `GET resources/jobs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly listJobs: MethodOf<Endpoints["globalResources"]["listJobs"]>;
    /**
     * Fetches one number-adding job of the system-wide carriers.
     *
     * `GET resources/jobs/{jobId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly getJob: MethodOf<Endpoints["globalResources"]["getJob"]>;
    /**
     * Starts a job that adds numbers to a system-wide carrier.
     *
     * `PUT resources/jobs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly createJob: MethodOf<Endpoints["globalResources"]["createJob"]>;
}
/** `kazooSdk.group`: its methods. */
interface GroupMethods {
    /**
     * Fetches one group.
     *
     * `GET accounts/{accountId}/groups/{groupId}`
     * (document: `Group`, from Kazoo's `groups` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/
     */
    readonly get: MethodOf<Endpoints["group"]["get"], Group>;
    /**
     * Creates a group.
     *
     * `PUT accounts/{accountId}/groups`
     * (document: `Group`, from Kazoo's `groups` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/
     */
    readonly create: MethodOf<Endpoints["group"]["create"], Group>;
    /**
     * Replaces a group with the document given.
     *
     * `POST accounts/{accountId}/groups/{groupId}`
     * (document: `Group`, from Kazoo's `groups` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/
     */
    readonly update: MethodOf<Endpoints["group"]["update"], Group>;
    /**
     * Deletes a group.
     *
     * `DELETE accounts/{accountId}/groups/{groupId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/
     */
    readonly delete: MethodOf<Endpoints["group"]["delete"]>;
    /**
     * Lists the groups.
     *
     * `GET accounts/{accountId}/groups`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/groups/
     */
    readonly list: MethodOf<Endpoints["group"]["list"]>;
}
/** `kazooSdk.limits`: its methods. */
interface LimitsMethods {
    /**
     * Fetches the account's call limits (trunks, allotments).
     *
     * `GET accounts/{accountId}/limits`
     * (document: `Limits`, from Kazoo's `limits` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/limits/
     */
    readonly get: MethodOf<Endpoints["limits"]["get"], Limits>;
    /**
     * Replaces the account's call limits.
     *
     * `POST accounts/{accountId}/limits`
     * (document: `Limits`, from Kazoo's `limits` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/limits/
     */
    readonly update: MethodOf<Endpoints["limits"]["update"], Limits>;
}
/** `kazooSdk.localResources`: its methods. */
interface LocalResourcesMethods {
    /**
     * Fetches one of the account's own carrier resources.
     *
     * `GET accounts/{accountId}/resources/{resourceId}`
     * (document: `Resource`, from Kazoo's `resources` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly get: MethodOf<Endpoints["localResources"]["get"], Resource>;
    /**
     * Creates a carrier resource for the account.
     *
     * `PUT accounts/{accountId}/resources`
     * (document: `Resource`, from Kazoo's `resources` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly create: MethodOf<Endpoints["localResources"]["create"], Resource>;
    /**
     * Replaces one of the account's carrier resources with the document given.
     *
     * `POST accounts/{accountId}/resources/{resourceId}`
     * (document: `Resource`, from Kazoo's `resources` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly update: MethodOf<Endpoints["localResources"]["update"], Resource>;
    /**
     * Deletes one of the account's carrier resources.
     *
     * `DELETE accounts/{accountId}/resources/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly delete: MethodOf<Endpoints["localResources"]["delete"]>;
    /**
     * Lists the account's own carrier resources.
     *
     * `GET accounts/{accountId}/resources`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly list: MethodOf<Endpoints["localResources"]["list"]>;
    /**
     * Updates several of the account's carrier resources at once.
     *
     * `POST accounts/{accountId}/resources/collection`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly updateCollection: MethodOf<Endpoints["localResources"]["updateCollection"]>;
    /**
     * Lists the jobs that add numbers to the account's carriers.
     *
     * `GET accounts/{accountId}/resources/jobs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly listJobs: MethodOf<Endpoints["localResources"]["listJobs"]>;
    /**
     * Fetches one number-adding job of the account's carriers.
     *
     * `GET accounts/{accountId}/resources/jobs/{jobId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly getJob: MethodOf<Endpoints["localResources"]["getJob"]>;
    /**
     * Starts a job that adds numbers to one of the account's carriers.
     *
     * `PUT accounts/{accountId}/resources/jobs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resources/
     */
    readonly createJob: MethodOf<Endpoints["localResources"]["createJob"]>;
}
/** `kazooSdk.media`: its methods. */
interface MediaMethods {
    /**
     * Fetches one media file.
     *
     * `GET accounts/{accountId}/media/{mediaId}`
     * (document: `Media`, from Kazoo's `media` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly get: MethodOf<Endpoints["media"]["get"], Media>;
    /**
     * Creates a media file.
     *
     * `PUT accounts/{accountId}/media`
     * (document: `Media`, from Kazoo's `media` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly create: MethodOf<Endpoints["media"]["create"], Media>;
    /**
     * Replaces a media file with the document given.
     *
     * `POST accounts/{accountId}/media/{mediaId}`
     * (document: `Media`, from Kazoo's `media` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly update: MethodOf<Endpoints["media"]["update"], Media>;
    /**
     * Deletes a media file.
     *
     * `DELETE accounts/{accountId}/media/{mediaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly delete: MethodOf<Endpoints["media"]["delete"]>;
    /**
     * Lists the media files.
     *
     * `GET accounts/{accountId}/media`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly list: MethodOf<Endpoints["media"]["list"]>;
    /**
     * Uploads a media file's audio (the raw bytes).
     *
     * `POST accounts/{accountId}/media/{mediaId}/raw`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/media/
     */
    readonly upload: MethodOf<Endpoints["media"]["upload"]>;
}
/** `kazooSdk.menu`: its methods. */
interface MenuMethods {
    /**
     * Fetches one IVR menu.
     *
     * `GET accounts/{accountId}/menus/{menuId}`
     * (document: `Menu`, from Kazoo's `menus` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/
     */
    readonly get: MethodOf<Endpoints["menu"]["get"], Menu>;
    /**
     * Creates an IVR menu.
     *
     * `PUT accounts/{accountId}/menus`
     * (document: `Menu`, from Kazoo's `menus` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/
     */
    readonly create: MethodOf<Endpoints["menu"]["create"], Menu>;
    /**
     * Replaces an IVR menu with the document given.
     *
     * `POST accounts/{accountId}/menus/{menuId}`
     * (document: `Menu`, from Kazoo's `menus` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/
     */
    readonly update: MethodOf<Endpoints["menu"]["update"], Menu>;
    /**
     * Deletes an IVR menu.
     *
     * `DELETE accounts/{accountId}/menus/{menuId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/
     */
    readonly delete: MethodOf<Endpoints["menu"]["delete"]>;
    /**
     * Lists the IVR menus.
     *
     * `GET accounts/{accountId}/menus`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/menus/
     */
    readonly list: MethodOf<Endpoints["menu"]["list"]>;
}
/** `kazooSdk.numbers`: its methods. */
interface NumbersMethods {
    /**
     * Fetches one of the account's phone numbers.
     *
     * `GET accounts/{accountId}/phone_numbers/{phoneNumber}`
     * (document: `PhoneNumber`, from Kazoo's `phone_numbers` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly get: MethodOf<Endpoints["numbers"]["get"], PhoneNumber>;
    /**
     * Buys (activates) phone numbers for the account.
     *
     * `PUT accounts/{accountId}/phone_numbers/{phoneNumber}/activate`
     * `PUT accounts/{accountId}/phone_numbers/collection/activate`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly activate: MethodOf<Endpoints["numbers"]["activate"]>;
    /**
     * Replaces a phone number's document (features, CNAM, e911, ...).
     *
     * `POST accounts/{accountId}/phone_numbers/{phoneNumber}`
     * (document: `PhoneNumber`, from Kazoo's `phone_numbers` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly update: MethodOf<Endpoints["numbers"]["update"], PhoneNumber>;
    /**
     * Releases phone numbers from the account.
     *
     * `DELETE accounts/{accountId}/phone_numbers/{phoneNumber}`
     * `DELETE accounts/{accountId}/phone_numbers/collection`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly delete: MethodOf<Endpoints["numbers"]["delete"]>;
    /**
     * Tells which account and number document a phone number belongs to.
     *
     * `GET accounts/{accountId}/phone_numbers/{phoneNumber}/identify`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly identify: MethodOf<Endpoints["numbers"]["identify"]>;
    /**
     * Lists the account's phone numbers.
     *
     * `GET accounts/{accountId}/phone_numbers?filter_state=%5B%22in_service%22%2C%22port_in%22%5D`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly list: MethodOf<Endpoints["numbers"]["list"]>;
    /**
     * Lists the number classifiers (tollfree, international, ...).
     *
     * `GET accounts/{accountId}/phone_numbers/classifiers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly listClassifiers: MethodOf<Endpoints["numbers"]["listClassifiers"]>;
    /**
     * Searches the carriers for numbers to buy by prefix.
     *
     * `GET accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={limit}&offset={offset}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly search: MethodOf<Endpoints["numbers"]["search"]>;
    /**
     * Searches the carriers for blocks of consecutive numbers to buy.
     *
     * `GET accounts/{accountId}/phone_numbers?prefix={pattern}&quantity={size}&offset={offset}&blocks={limit}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly searchBlocks: MethodOf<Endpoints["numbers"]["searchBlocks"]>;
    /**
     * Lists the number prefixes available in a city.
     *
     * `GET accounts/{accountId}/phone_numbers/prefix?city={city}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly searchCity: MethodOf<Endpoints["numbers"]["searchCity"]>;
    /**
     * Buys (activates) a block of phone numbers.
     *
     * `PUT accounts/{accountId}/phone_numbers/collection/activate`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly activateBlock: MethodOf<Endpoints["numbers"]["activateBlock"]>;
    /**
     * Adds a phone number to the account.
     *
     * `PUT accounts/{accountId}/phone_numbers/{phoneNumber}`
     * (document: `PhoneNumber`, from Kazoo's `phone_numbers` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly create: MethodOf<Endpoints["numbers"]["create"], PhoneNumber>;
    /**
     * Adds several phone numbers to the account at once.
     *
     * `PUT accounts/{accountId}/phone_numbers/collection`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly createBlock: MethodOf<Endpoints["numbers"]["createBlock"]>;
    /**
     * Releases several phone numbers at once.
     *
     * `DELETE accounts/{accountId}/phone_numbers/collection`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly deleteBlock: MethodOf<Endpoints["numbers"]["deleteBlock"]>;
    /**
     * Fetches what the carriers offer the account (features, maximum quantity).
     *
     * `GET accounts/{accountId}/phone_numbers/carriers_info`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly getCarrierInfo: MethodOf<Endpoints["numbers"]["getCarrierInfo"]>;
    /**
     * Lists every phone number of the account, whatever its state.
     *
     * `GET accounts/{accountId}/phone_numbers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly listAll: MethodOf<Endpoints["numbers"]["listAll"]>;
    /**
     * Tells which classifier a phone number falls under.
     *
     * `GET accounts/{accountId}/phone_numbers/classifiers/{phoneNumber}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly matchClassifier: MethodOf<Endpoints["numbers"]["matchClassifier"]>;
    /**
     * Changes only the given fields of a phone number's document.
     *
     * `PATCH accounts/{accountId}/phone_numbers/{phoneNumber}`
     * (document: `PhoneNumber`, from Kazoo's `phone_numbers` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly patch: MethodOf<Endpoints["numbers"]["patch"], PhoneNumber>;
    /**
     * Repairs the account's phone number documents.
     *
     * `POST accounts/{accountId}/phone_numbers/fix`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly sync: MethodOf<Endpoints["numbers"]["sync"]>;
    /**
     * Repairs one phone number's document.
     *
     * `POST accounts/{accountId}/phone_numbers/fix/{number}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/phone_numbers/
     */
    readonly syncOne: MethodOf<Endpoints["numbers"]["syncOne"]>;
}
/** `kazooSdk.port`: its methods. */
interface PortMethods {
    /**
     * Fetches one port request.
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}`
     * (document: `PortRequest`, from Kazoo's `port_requests` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly get: MethodOf<Endpoints["port"]["get"], PortRequest>;
    /**
     * Creates a port request.
     *
     * `PUT accounts/{accountId}/port_requests`
     * (document: `PortRequest`, from Kazoo's `port_requests` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly create: MethodOf<Endpoints["port"]["create"], PortRequest>;
    /**
     * Replaces a port request with the document given.
     *
     * `POST accounts/{accountId}/port_requests/{portRequestId}`
     * (document: `PortRequest`, from Kazoo's `port_requests` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly update: MethodOf<Endpoints["port"]["update"], PortRequest>;
    /**
     * Deletes a port request.
     *
     * `DELETE accounts/{accountId}/port_requests/{portRequestId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly delete: MethodOf<Endpoints["port"]["delete"]>;
    /**
     * Lists the account's port requests.
     *
     * `GET accounts/{accountId}/port_requests`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly list: MethodOf<Endpoints["port"]["list"]>;
    /**
     * Lists the port requests of every account below an account.
     *
     * `GET accounts/{accountId}/descendants/port_requests`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly listDescendants: MethodOf<Endpoints["port"]["listDescendants"]>;
    /**
     * Lists a port request's attached documents.
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}/attachments`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly listAttachments: MethodOf<Endpoints["port"]["listAttachments"]>;
    /**
     * Downloads one document attached to a port request.
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly getAttachment: MethodOf<Endpoints["port"]["getAttachment"]>;
    /**
     * Attaches a document (a PDF) to a port request.
     *
     * `PUT accounts/{accountId}/port_requests/{portRequestId}/attachments?filename={documentName}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly createAttachment: MethodOf<Endpoints["port"]["createAttachment"]>;
    /**
     * Replaces a document attached to a port request.
     *
     * `POST accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly updateAttachment: MethodOf<Endpoints["port"]["updateAttachment"]>;
    /**
     * Removes a document from a port request.
     *
     * `DELETE accounts/{accountId}/port_requests/{portRequestId}/attachments/{documentName}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly deleteAttachment: MethodOf<Endpoints["port"]["deleteAttachment"]>;
    /**
     * Moves a port request to another state (submitted, pending, ...).
     *
     * `PATCH accounts/{accountId}/port_requests/{portRequestId}/{state}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly changeState: MethodOf<Endpoints["port"]["changeState"]>;
    /**
     * Adds comments to a port request.
     *
     * `PUT accounts/{accountId}/port_requests/{portRequestId}/comments`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly addComment: MethodOf<Endpoints["port"]["addComment"]>;
    /**
     * Deletes all of a port request's comments.
     *
     * `DELETE accounts/{accountId}/port_requests/{portRequestId}/comments`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly deleteAllComments: MethodOf<Endpoints["port"]["deleteAllComments"]>;
    /**
     * Deletes one of a port request's comments.
     *
     * `DELETE accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly deleteComment: MethodOf<Endpoints["port"]["deleteComment"]>;
    /**
     * Fetches one of a port request's comments.
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly getComment: MethodOf<Endpoints["port"]["getComment"]>;
    /**
     * Fetches a port request's history (state changes and comments).
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}/timeline`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly getTimeline: MethodOf<Endpoints["port"]["getTimeline"]>;
    /**
     * Lists the account's port requests in one state.
     *
     * `GET accounts/{accountId}/port_requests/{state}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly listByState: MethodOf<Endpoints["port"]["listByState"]>;
    /**
     * Lists a port request's comments.
     *
     * `GET accounts/{accountId}/port_requests/{portRequestId}/comments`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly listComments: MethodOf<Endpoints["port"]["listComments"]>;
    /**
     * Lists the port requests in one state of every account below an account.
     *
     * `GET accounts/{accountId}/descendants/port_requests/{state}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly listDescendantsByState: MethodOf<Endpoints["port"]["listDescendantsByState"]>;
    /**
     * Lists the port requests submitted most recently.
     *
     * `GET accounts/{accountId}/port_requests/last_submitted`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly listLastSubmitted: MethodOf<Endpoints["port"]["listLastSubmitted"]>;
    /**
     * Lists the port requests a port authority handles.
     *
     * `GET port_requests`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly listPortAuthority: MethodOf<Endpoints["port"]["listPortAuthority"]>;
    /**
     * Checks whether numbers can be ported.
     *
     * `POST accounts/{accountId}/port_requests/lnp_lookup`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly portabilityLookup: MethodOf<Endpoints["port"]["portabilityLookup"]>;
    /**
     * Finds the port requests that contain a number.
     *
     * `GET accounts/{accountId}/port_requests?by_number={number}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly searchNumber: MethodOf<Endpoints["port"]["searchNumber"]>;
    /**
     * Finds the port requests of accounts below an account that contain a number.
     *
     * `GET accounts/{accountId}/descendants/port_requests?by_number={number}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly searchNumberByDescendants: MethodOf<Endpoints["port"]["searchNumberByDescendants"]>;
    /**
     * Replaces one of a port request's comments.
     *
     * `POST accounts/{accountId}/port_requests/{portRequestId}/comments/{commentId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/port_requests/
     */
    readonly updateComment: MethodOf<Endpoints["port"]["updateComment"]>;
}
/** `kazooSdk.resourceTemplates`: its methods. */
interface ResourceTemplatesMethods {
    /**
     * Fetches one carrier resource template.
     *
     * `GET accounts/{accountId}/resource_templates/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/
     */
    readonly get: MethodOf<Endpoints["resourceTemplates"]["get"]>;
    /**
     * Creates a resource template.
     *
     * `PUT accounts/{accountId}/resource_templates`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/
     */
    readonly create: MethodOf<Endpoints["resourceTemplates"]["create"]>;
    /**
     * Replaces a resource template with the document given.
     *
     * `POST accounts/{accountId}/resource_templates/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/
     */
    readonly update: MethodOf<Endpoints["resourceTemplates"]["update"]>;
    /**
     * Deletes a resource template.
     *
     * `DELETE accounts/{accountId}/resource_templates/{resourceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/
     */
    readonly delete: MethodOf<Endpoints["resourceTemplates"]["delete"]>;
    /**
     * Lists the resource templates.
     *
     * `GET accounts/{accountId}/resource_templates`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/resource_templates/
     */
    readonly list: MethodOf<Endpoints["resourceTemplates"]["list"]>;
}
/** `kazooSdk.servicePlan`: its methods. */
interface ServicePlanMethods {
    /**
     * Fetches one service plan.
     *
     * `GET accounts/{accountId}/service_plans/{planId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly get: MethodOf<Endpoints["servicePlan"]["get"]>;
    /**
     * Adds a service plan to the account.
     *
     * `POST accounts/{accountId}/service_plans/{planId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly add: MethodOf<Endpoints["servicePlan"]["add"]>;
    /**
     * Removes a service plan from the account.
     *
     * `DELETE accounts/{accountId}/service_plans/{planId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly remove: MethodOf<Endpoints["servicePlan"]["remove"]>;
    /**
     * Lists the service plans the account can use.
     *
     * `GET accounts/{accountId}/service_plans`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly list: MethodOf<Endpoints["servicePlan"]["list"]>;
    /**
     * Fetches the account's current services and their charges.
     *
     * `GET accounts/{accountId}/service_plans/current`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly listCurrent: MethodOf<Endpoints["servicePlan"]["listCurrent"]>;
    /**
     * Recounts the account's billable services.
     *
     * `POST accounts/{accountId}/service_plans/reconciliation`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly reconciliate: MethodOf<Endpoints["servicePlan"]["reconciliate"]>;
    /**
     * Sends the account's services to the billing provider.
     *
     * `POST accounts/{accountId}/service_plans/synchronization`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly synchronize: MethodOf<Endpoints["servicePlan"]["synchronize"]>;
    /**
     * Adds several service plans to the account at once.
     *
     * `POST accounts/{accountId}/service_plans/`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly addMany: MethodOf<Endpoints["servicePlan"]["addMany"]>;
    /**
     * Overrides items of the account's service plans.
     *
     * `POST accounts/{accountId}/service_plans/override`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly addManyOverrides: MethodOf<Endpoints["servicePlan"]["addManyOverrides"]>;
    /**
     * Creates a service plan.
     *
     * `PUT accounts/{accountId}/service_plans`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly create: MethodOf<Endpoints["servicePlan"]["create"]>;
    /**
     * Fetches one service plan the account may add.
     *
     * `GET accounts/{accountId}/service_plans/available/{planId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly getAvailable: MethodOf<Endpoints["servicePlan"]["getAvailable"]>;
    /**
     * Downloads the account's current services as CSV.
     *
     * `GET accounts/{accountId}/service_plans/current?depth=4&identifier=items&accept=csv`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly getCsv: MethodOf<Endpoints["servicePlan"]["getCsv"]>;
    /**
     * Lists the service plan fields a reseller may edit.
     *
     * `GET service_plans/editable`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly getFields: MethodOf<Endpoints["servicePlan"]["getFields"]>;
    /**
     * Lists the service plans the account may add.
     *
     * `GET accounts/{accountId}/service_plans/available`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly listAvailable: MethodOf<Endpoints["servicePlan"]["listAvailable"]>;
    /**
     * Removes several service plans from the account at once.
     *
     * `DELETE accounts/{accountId}/service_plans/`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly removeMany: MethodOf<Endpoints["servicePlan"]["removeMany"]>;
    /**
     * Replaces a service plan with the document given.
     *
     * `POST accounts/{accountId}/service_plans/{planId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/service_plans/
     */
    readonly update: MethodOf<Endpoints["servicePlan"]["update"]>;
}
/** `kazooSdk.temporalRule`: its methods. */
interface TemporalRuleMethods {
    /**
     * Fetches one time-of-day rule.
     *
     * `GET accounts/{accountId}/temporal_rules/{ruleId}`
     * (document: `TemporalRule`, from Kazoo's `temporal_rules` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly get: MethodOf<Endpoints["temporalRule"]["get"], TemporalRule>;
    /**
     * Creates a time-of-day rule.
     *
     * `PUT accounts/{accountId}/temporal_rules`
     * (document: `TemporalRule`, from Kazoo's `temporal_rules` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly create: MethodOf<Endpoints["temporalRule"]["create"], TemporalRule>;
    /**
     * Replaces a time-of-day rule with the document given.
     *
     * `POST accounts/{accountId}/temporal_rules/{ruleId}`
     * (document: `TemporalRule`, from Kazoo's `temporal_rules` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly update: MethodOf<Endpoints["temporalRule"]["update"], TemporalRule>;
    /**
     * Deletes a time-of-day rule.
     *
     * `DELETE accounts/{accountId}/temporal_rules/{ruleId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly delete: MethodOf<Endpoints["temporalRule"]["delete"]>;
    /**
     * Lists the time-of-day rules.
     *
     * `GET accounts/{accountId}/temporal_rules`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly list: MethodOf<Endpoints["temporalRule"]["list"]>;
    /**
     * Changes only the given fields of a time-of-day rule.
     *
     * `PATCH accounts/{accountId}/temporal_rules/{ruleId}`
     * (document: `TemporalRule`, from Kazoo's `temporal_rules` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules/
     */
    readonly patch: MethodOf<Endpoints["temporalRule"]["patch"], TemporalRule>;
}
/** `kazooSdk.user`: its methods. */
interface UserMethods {
    /**
     * Fetches one user.
     *
     * `GET accounts/{accountId}/users/{userId}`
     * (document: `User`, from Kazoo's `users` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly get: MethodOf<Endpoints["user"]["get"], User>;
    /**
     * Creates a user.
     *
     * `PUT accounts/{accountId}/users`
     * (document: `User`, from Kazoo's `users` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly create: MethodOf<Endpoints["user"]["create"], User>;
    /**
     * Replaces a user with the document given.
     *
     * `POST accounts/{accountId}/users/{userId}`
     * (document: `User`, from Kazoo's `users` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly update: MethodOf<Endpoints["user"]["update"], User>;
    /**
     * Deletes a user.
     *
     * `DELETE accounts/{accountId}/users/{userId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly delete: MethodOf<Endpoints["user"]["delete"]>;
    /**
     * Lists the users.
     *
     * `GET accounts/{accountId}/users`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly list: MethodOf<Endpoints["user"]["list"]>;
    /**
     * Makes a user's devices call a number.
     *
     * `GET accounts/{accountId}/users/{userId}/quickcall/{number}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly quickcall: MethodOf<Endpoints["user"]["quickcall"]>;
    /**
     * Lists the devices a user is hot-desked on.
     *
     * `GET accounts/{accountId}/users/{userId}/hotdesks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly hotdesks: MethodOf<Endpoints["user"]["hotdesks"]>;
    /**
     * Lists the devices a user owns.
     *
     * `GET accounts/{accountId}/users/{userId}/devices`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly listDevices: MethodOf<Endpoints["user"]["listDevices"]>;
    /**
     * Lists the users who have chat enabled.
     *
     * `GET accounts/{accountId}/users/getstream`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly listUsersWithChat: MethodOf<Endpoints["user"]["listUsersWithChat"]>;
    /**
     * Changes only the given fields of a user.
     *
     * `PATCH accounts/{accountId}/users/{userId}`
     * (document: `User`, from Kazoo's `users` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly patch: MethodOf<Endpoints["user"]["patch"], User>;
    /**
     * Changes a user's chat status.
     *
     * `PATCH accounts/{accountId}/users/{userId}/getstream`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly updateChatStatus: MethodOf<Endpoints["user"]["updateChatStatus"]>;
    /**
     * Sets or resets a user's presence state.
     *
     * `POST accounts/{accountId}/users/{userId}/presence`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/users/
     */
    readonly updatePresence: MethodOf<Endpoints["user"]["updatePresence"]>;
}
/** `kazooSdk.voicemail`: its methods. */
interface VoicemailMethods {
    /**
     * Fetches one voicemail box.
     *
     * `GET accounts/{accountId}/vmboxes/{voicemailId}`
     * (document: `Vmbox`, from Kazoo's `vmboxes` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly get: MethodOf<Endpoints["voicemail"]["get"], Vmbox>;
    /**
     * Creates a voicemail box.
     *
     * `PUT accounts/{accountId}/vmboxes`
     * (document: `Vmbox`, from Kazoo's `vmboxes` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly create: MethodOf<Endpoints["voicemail"]["create"], Vmbox>;
    /**
     * Replaces a voicemail box with the document given.
     *
     * `POST accounts/{accountId}/vmboxes/{voicemailId}`
     * (document: `Vmbox`, from Kazoo's `vmboxes` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly update: MethodOf<Endpoints["voicemail"]["update"], Vmbox>;
    /**
     * Deletes a voicemail box.
     *
     * `DELETE accounts/{accountId}/vmboxes/{voicemailId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly delete: MethodOf<Endpoints["voicemail"]["delete"]>;
    /**
     * Lists the voicemail boxes.
     *
     * `GET accounts/{accountId}/vmboxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly list: MethodOf<Endpoints["voicemail"]["list"]>;
    /**
     * Deletes a voicemail box's messages.
     *
     * `DELETE accounts/{accountId}/vmboxes/{voicemailId}/messages`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly deleteMessages: MethodOf<Endpoints["voicemail"]["deleteMessages"]>;
    /**
     * Lists a voicemail box's messages.
     *
     * `GET accounts/{accountId}/vmboxes/{voicemailId}/messages`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly listMessages: MethodOf<Endpoints["voicemail"]["listMessages"]>;
    /**
     * Changes only the given fields of a voicemail box.
     *
     * `PATCH accounts/{accountId}/vmboxes/{voicemailId}`
     * (document: `Vmbox`, from Kazoo's `vmboxes` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly patch: MethodOf<Endpoints["voicemail"]["patch"], Vmbox>;
    /**
     * Changes the folder of a voicemail box's messages (new, saved, deleted).
     *
     * `POST accounts/{accountId}/vmboxes/{voicemailId}/messages`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/voicemail/
     */
    readonly updateMessages: MethodOf<Endpoints["voicemail"]["updateMessages"]>;
}
/** `kazooSdk.whitelabel`: its methods. */
interface WhitelabelMethods {
    /**
     * Fetches white-label settings: a domain's (before login) or an account's.
     *
     * `GET whitelabel/{domain}`
     * `GET accounts/{accountId}/whitelabel`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly get: MethodOf<Endpoints["whitelabel"]["get"]>;
    /**
     * Downloads a white-label logo: a domain's (before login) or an account's.
     *
     * `GET whitelabel/{domain}/logo`
     * `GET accounts/{accountId}/whitelabel/logo`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getLogo: MethodOf<Endpoints["whitelabel"]["getLogo"]>;
    /**
     * Lists the DNS entries a white-label domain needs.
     *
     * `GET accounts/{accountId}/whitelabel/domains`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getDnsEntries: MethodOf<Endpoints["whitelabel"]["getDnsEntries"]>;
    /**
     * Checks a white-label domain's DNS entries.
     *
     * `POST accounts/{accountId}/whitelabel/domains?domain={domain}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly checkDnsEntries: MethodOf<Endpoints["whitelabel"]["checkDnsEntries"]>;
    /**
     * Creates the account's white-label settings.
     *
     * `PUT accounts/{accountId}/whitelabel`
     * (document: `Whitelabel`, from Kazoo's `whitelabel` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly create: MethodOf<Endpoints["whitelabel"]["create"], Whitelabel>;
    /**
     * Deletes the account's white-label settings.
     *
     * `DELETE accounts/{accountId}/whitelabel`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly delete: MethodOf<Endpoints["whitelabel"]["delete"]>;
    /**
     * Deletes the account's own version of an e-mail notification.
     *
     * `DELETE accounts/{accountId}/notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly deleteNotification: MethodOf<Endpoints["whitelabel"]["deleteNotification"]>;
    /**
     * Fetches the white-label settings of a domain (before login).
     *
     * `GET whitelabel/{domain}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getByDomain: MethodOf<Endpoints["whitelabel"]["getByDomain"]>;
    /**
     * Downloads the account's white-label icon.
     *
     * `GET accounts/{accountId}/whitelabel/icon`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getIcon: MethodOf<Endpoints["whitelabel"]["getIcon"]>;
    /**
     * Downloads the icon of a white-label domain (before login).
     *
     * `GET whitelabel/{domain}/icon`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getIconByDomain: MethodOf<Endpoints["whitelabel"]["getIconByDomain"]>;
    /**
     * Downloads the logo of a white-label domain (before login).
     *
     * `GET whitelabel/{domain}/logo`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getLogoByDomain: MethodOf<Endpoints["whitelabel"]["getLogoByDomain"]>;
    /**
     * Fetches the account's settings of an e-mail notification.
     *
     * `GET accounts/{accountId}/notifications/{notificationId}`
     * (document: `NotificationDocument`, from Kazoo's `notifications` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getNotification: MethodOf<Endpoints["whitelabel"]["getNotification"], NotificationDocument>;
    /**
     * Fetches an e-mail notification's HTML template.
     *
     * `GET accounts/{accountId}/notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getNotificationHtml: MethodOf<Endpoints["whitelabel"]["getNotificationHtml"]>;
    /**
     * Fetches an e-mail notification's plain-text template.
     *
     * `GET accounts/{accountId}/notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getNotificationText: MethodOf<Endpoints["whitelabel"]["getNotificationText"]>;
    /**
     * Fetches the system's settings of an e-mail notification.
     *
     * `GET notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getSystemNotification: MethodOf<Endpoints["whitelabel"]["getSystemNotification"]>;
    /**
     * Fetches the system's HTML template of an e-mail notification.
     *
     * `GET notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getSystemNotificationHtml: MethodOf<Endpoints["whitelabel"]["getSystemNotificationHtml"]>;
    /**
     * Fetches the system's plain-text template of an e-mail notification.
     *
     * `GET notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly getSystemNotificationText: MethodOf<Endpoints["whitelabel"]["getSystemNotificationText"]>;
    /**
     * Fetches the account's white-label welcome message (HTML).
     *
     * `GET accounts/{accountId}/whitelabel/welcome`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getWelcome: MethodOf<Endpoints["whitelabel"]["getWelcome"]>;
    /**
     * Fetches the welcome message of a white-label domain (before login).
     *
     * `GET whitelabel/{domain}/welcome`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly getWelcomeByDomain: MethodOf<Endpoints["whitelabel"]["getWelcomeByDomain"]>;
    /**
     * Lists the e-mail notifications and whether the account customised them.
     *
     * `GET accounts/{accountId}/notifications`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly listNotifications: MethodOf<Endpoints["whitelabel"]["listNotifications"]>;
    /**
     * Sends a test e-mail of a notification.
     *
     * `POST accounts/{accountId}/notifications/{notificationId}/preview`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly previewNotification: MethodOf<Endpoints["whitelabel"]["previewNotification"]>;
    /**
     * Replaces the account's white-label settings.
     *
     * `POST accounts/{accountId}/whitelabel`
     * (document: `Whitelabel`, from Kazoo's `whitelabel` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly update: MethodOf<Endpoints["whitelabel"]["update"], Whitelabel>;
    /**
     * Uploads the account's white-label icon.
     *
     * `POST accounts/{accountId}/whitelabel/icon`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly updateIcon: MethodOf<Endpoints["whitelabel"]["updateIcon"]>;
    /**
     * Uploads the account's white-label logo.
     *
     * `POST accounts/{accountId}/whitelabel/logo`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly updateLogo: MethodOf<Endpoints["whitelabel"]["updateLogo"]>;
    /**
     * Replaces the account's settings of an e-mail notification.
     *
     * `POST accounts/{accountId}/notifications/{notificationId}`
     * (document: `NotificationDocument`, from Kazoo's `notifications` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly updateNotification: MethodOf<Endpoints["whitelabel"]["updateNotification"], NotificationDocument>;
    /**
     * Replaces an e-mail notification's HTML template.
     *
     * `POST accounts/{accountId}/notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly updateNotificationHtml: MethodOf<Endpoints["whitelabel"]["updateNotificationHtml"]>;
    /**
     * Replaces an e-mail notification's plain-text template.
     *
     * `POST accounts/{accountId}/notifications/{notificationId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly updateNotificationText: MethodOf<Endpoints["whitelabel"]["updateNotificationText"]>;
    /**
     * Replaces the account's white-label welcome message (HTML).
     *
     * `POST accounts/{accountId}/whitelabel/welcome`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/whitelabeling/
     */
    readonly updateWelcome: MethodOf<Endpoints["whitelabel"]["updateWelcome"]>;
}
/** `kazooSdk.accessLists`: its methods. */
interface AccessListsMethods {
    /**
     * Fetches the account's IP access lists (SBC ACLs).
     *
     * `GET accounts/{accountId}/access_lists`
     * (document: `AccessLists`, from Kazoo's `access_lists` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/access_lists/
     */
    readonly get: MethodOf<Endpoints["accessLists"]["get"], AccessLists>;
    /**
     * Replaces the account's IP access lists.
     *
     * `POST accounts/{accountId}/access_lists`
     * (document: `AccessLists`, from Kazoo's `access_lists` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/access_lists/
     */
    readonly update: MethodOf<Endpoints["accessLists"]["update"], AccessLists>;
}
/** `kazooSdk.alert`: its methods. */
interface AlertMethods {
    /**
     * Lists the alerts for the current user and account.
     *
     * `GET accounts/{accountId}/alerts`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/alerts/
     */
    readonly list: MethodOf<Endpoints["alert"]["list"]>;
}
/** `kazooSdk.apiKey`: its methods. */
interface ApiKeyMethods {
    /**
     * Creates a new API key for the account (the old one stops working).
     *
     * `PUT accounts/{accountId}/api_key`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly create: MethodOf<Endpoints["apiKey"]["create"]>;
    /**
     * Fetches the account's API key.
     *
     * `GET accounts/{accountId}/api_key`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/accounts/
     */
    readonly get: MethodOf<Endpoints["apiKey"]["get"]>;
}
/** `kazooSdk.appsStore`: its methods. */
interface AppsStoreMethods {
    /**
     * Installs an app for the account.
     *
     * `PUT accounts/{accountId}/apps_store/{appId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly add: MethodOf<Endpoints["appsStore"]["add"]>;
    /**
     * Creates the account's own settings for an app.
     *
     * `PUT accounts/{accountId}/apps_store/{appId}/override`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly createOverride: MethodOf<Endpoints["appsStore"]["createOverride"]>;
    /**
     * Uninstalls an app from the account.
     *
     * `DELETE accounts/{accountId}/apps_store/{appId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly delete: MethodOf<Endpoints["appsStore"]["delete"]>;
    /**
     * Deletes the account's own settings for an app.
     *
     * `DELETE accounts/{accountId}/apps_store/{appId}/override`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly deleteOverride: MethodOf<Endpoints["appsStore"]["deleteOverride"]>;
    /**
     * Fetches one app of the app store.
     *
     * `GET accounts/{accountId}/apps_store/{appId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly get: MethodOf<Endpoints["appsStore"]["get"]>;
    /**
     * Fetches the apps the account hides from its sub-accounts.
     *
     * `GET accounts/{accountId}/apps_store/blacklist`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly getBlacklist: MethodOf<Endpoints["appsStore"]["getBlacklist"]>;
    /**
     * Downloads an app's icon.
     *
     * `GET accounts/{accountId}/apps_store/{appId}/icon`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly getIcon: MethodOf<Endpoints["appsStore"]["getIcon"]>;
    /**
     * Fetches the account's own settings for an app.
     *
     * `GET accounts/{accountId}/apps_store/{appId}/override`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly getOverride: MethodOf<Endpoints["appsStore"]["getOverride"]>;
    /**
     * Lists the apps the account can use.
     *
     * `GET accounts/{accountId}/apps_store`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly list: MethodOf<Endpoints["appsStore"]["list"]>;
    /**
     * Replaces an installed app's settings (who may use it).
     *
     * `POST accounts/{accountId}/apps_store/{appId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly update: MethodOf<Endpoints["appsStore"]["update"]>;
    /**
     * Replaces the apps the account hides from its sub-accounts.
     *
     * `POST accounts/{accountId}/apps_store/blacklist`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly updateBlacklist: MethodOf<Endpoints["appsStore"]["updateBlacklist"]>;
    /**
     * Uploads the account's own icon for an app.
     *
     * `POST accounts/{accountId}/apps_store/{appId}/override/icon`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly updateIcon: MethodOf<Endpoints["appsStore"]["updateIcon"]>;
    /**
     * Replaces the account's own settings for an app.
     *
     * `POST accounts/{accountId}/apps_store/{appId}/override`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/apps_store/
     */
    readonly updateOverride: MethodOf<Endpoints["appsStore"]["updateOverride"]>;
}
/** `kazooSdk.blacklist`: its methods. */
interface BlacklistMethods {
    /**
     * Creates a blacklist.
     *
     * `PUT accounts/{accountId}/blacklists`
     * (document: `Blacklist`, from Kazoo's `blacklists` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/
     */
    readonly create: MethodOf<Endpoints["blacklist"]["create"], Blacklist>;
    /**
     * Deletes a blacklist.
     *
     * `DELETE accounts/{accountId}/blacklists/{blacklistId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/
     */
    readonly delete: MethodOf<Endpoints["blacklist"]["delete"]>;
    /**
     * Fetches one blacklist.
     *
     * `GET accounts/{accountId}/blacklists/{blacklistId}`
     * (document: `Blacklist`, from Kazoo's `blacklists` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/
     */
    readonly get: MethodOf<Endpoints["blacklist"]["get"], Blacklist>;
    /**
     * Lists the blacklists.
     *
     * `GET accounts/{accountId}/blacklists`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/
     */
    readonly list: MethodOf<Endpoints["blacklist"]["list"]>;
    /**
     * Replaces a blacklist with the document given.
     *
     * `POST accounts/{accountId}/blacklists/{blacklistId}`
     * (document: `Blacklist`, from Kazoo's `blacklists` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/blacklists/
     */
    readonly update: MethodOf<Endpoints["blacklist"]["update"], Blacklist>;
}
/** `kazooSdk.cdrPushOnebill`: its methods. */
interface CdrPushOnebillMethods {
    /**
     * Fetches the account's OneBill CDR push settings.
     *
     * `GET accounts/{accountId}/cdr_push_onebill`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdr_push_onebill/
     */
    readonly get: MethodOf<Endpoints["cdrPushOnebill"]["get"]>;
    /**
     * Replaces the account's OneBill CDR push settings.
     *
     * `POST accounts/{accountId}/cdr_push_onebill`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/cdr_push_onebill/
     */
    readonly post: MethodOf<Endpoints["cdrPushOnebill"]["post"]>;
}
/** `kazooSdk.clickToCall`: its methods. */
interface ClickToCallMethods {
    /**
     * Starts a click-to-call: calls the contact, then connects the call.
     *
     * `POST accounts/{accountId}/clicktocall/{clickToCallId}/connect`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly connect: MethodOf<Endpoints["clickToCall"]["connect"]>;
    /**
     * Creates a click-to-call.
     *
     * `PUT accounts/{accountId}/clicktocall`
     * (document: `Clicktocall`, from Kazoo's `clicktocall` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly create: MethodOf<Endpoints["clickToCall"]["create"], Clicktocall>;
    /**
     * Deletes a click-to-call.
     *
     * `DELETE accounts/{accountId}/clicktocall/{clickToCallId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly delete: MethodOf<Endpoints["clickToCall"]["delete"]>;
    /**
     * Fetches one click-to-call.
     *
     * `GET accounts/{accountId}/clicktocall/{clickToCallId}`
     * (document: `Clicktocall`, from Kazoo's `clicktocall` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly get: MethodOf<Endpoints["clickToCall"]["get"], Clicktocall>;
    /**
     * Lists the click-to-calls.
     *
     * `GET accounts/{accountId}/clicktocall`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly list: MethodOf<Endpoints["clickToCall"]["list"]>;
    /**
     * Replaces a click-to-call with the document given.
     *
     * `POST accounts/{accountId}/clicktocall/{clickToCallId}`
     * (document: `Clicktocall`, from Kazoo's `clicktocall` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/clicktocall/
     */
    readonly update: MethodOf<Endpoints["clickToCall"]["update"], Clicktocall>;
}
/** `kazooSdk.configs`: its methods. */
interface ConfigsMethods {
    /**
     * Fetches one of the account configuration documents.
     *
     * `GET accounts/{accountId}/configs/{endpoint}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/configs/
     */
    readonly get: MethodOf<Endpoints["configs"]["get"]>;
}
/** `kazooSdk.contactList`: its methods. */
interface ContactListMethods {
    /**
     * Fetches the account's contact list (extensions and names).
     *
     * `GET accounts/{accountId}/contact_list`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/contact_list/
     */
    readonly get: MethodOf<Endpoints["contactList"]["get"]>;
}
/** `kazooSdk.crm`: its methods. */
interface CrmMethods {
    /**
     * Creates the account's CRM integration.
     *
     * `PUT accounts/{accountId}/crm_integration`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly createIntegration: MethodOf<Endpoints["crm"]["createIntegration"]>;
    /**
     * Creates a CRM field mapping.
     *
     * `PUT accounts/{accountId}/crm_integration/mappings`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly createMapping: MethodOf<Endpoints["crm"]["createMapping"]>;
    /**
     * Creates a CRM trigger.
     *
     * `PUT accounts/{accountId}/crm_integration/triggers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly createTrigger: MethodOf<Endpoints["crm"]["createTrigger"]>;
    /**
     * Deletes a CRM field mapping.
     *
     * `DELETE accounts/{accountId}/crm_integration/mappings/{mappingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly deleteMapping: MethodOf<Endpoints["crm"]["deleteMapping"]>;
    /**
     * Deletes a CRM trigger.
     *
     * `DELETE accounts/{accountId}/crm_integration/triggers/{triggerId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly deleteTrigger: MethodOf<Endpoints["crm"]["deleteTrigger"]>;
    /**
     * Fetches the log of calls sent to the CRM.
     *
     * `GET accounts/{accountId}/crm_integration/call_logs`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly getCallLog: MethodOf<Endpoints["crm"]["getCallLog"]>;
    /**
     * Fetches the account's CRM integration.
     *
     * `GET accounts/{accountId}/crm_integration`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly getIntegration: MethodOf<Endpoints["crm"]["getIntegration"]>;
    /**
     * Fetches one CRM field mapping.
     *
     * `GET accounts/{accountId}/crm_integration/mappings/{mappingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly getMapping: MethodOf<Endpoints["crm"]["getMapping"]>;
    /**
     * Fetches one CRM trigger.
     *
     * `GET accounts/{accountId}/crm_integration/triggers/{triggerId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly getTrigger: MethodOf<Endpoints["crm"]["getTrigger"]>;
    /**
     * Lists the CRM field mappings.
     *
     * `GET accounts/{accountId}/crm_integration/mappings`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly listMappings: MethodOf<Endpoints["crm"]["listMappings"]>;
    /**
     * Lists the CRM triggers.
     *
     * `GET accounts/{accountId}/crm_integration/triggers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly listTriggers: MethodOf<Endpoints["crm"]["listTriggers"]>;
    /**
     * Changes only the given fields of a CRM field mapping.
     *
     * `PATCH accounts/{accountId}/crm_integration/mappings/{mappingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly patchMapping: MethodOf<Endpoints["crm"]["patchMapping"]>;
    /**
     * Changes only the given fields of a CRM trigger.
     *
     * `PATCH accounts/{accountId}/crm_integration/triggers/{triggerId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly patchTrigger: MethodOf<Endpoints["crm"]["patchTrigger"]>;
    /**
     * Replaces a CRM field mapping.
     *
     * `POST accounts/{accountId}/crm_integration/mappings/{mappingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly updateMapping: MethodOf<Endpoints["crm"]["updateMapping"]>;
    /**
     * Replaces a CRM trigger.
     *
     * `POST accounts/{accountId}/crm_integration/triggers/{triggerId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/crm_integration/
     */
    readonly updateTrigger: MethodOf<Endpoints["crm"]["updateTrigger"]>;
}
/** `kazooSdk.dashboards`: its methods. */
interface DashboardsMethods {
    /**
     * Fetches the call-center activity log.
     *
     * `POST accounts/{accountId}/dashboards/activity_log`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getActivityLog: MethodOf<Endpoints["dashboards"]["getActivityLog"]>;
    /**
     * Makes sure the call-center dashboards are running.
     *
     * `GET accounts/{accountId}/dashboards/ensure_started`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getEnsureStarted: MethodOf<Endpoints["dashboards"]["getEnsureStarted"]>;
    /**
     * Fetches the figures of one call-center queue.
     *
     * `POST accounts/{accountId}/dashboards/queue_details/{queueId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getQueueDetails: MethodOf<Endpoints["dashboards"]["getQueueDetails"]>;
    /**
     * Fetches an overview of the call-center queues.
     *
     * `POST accounts/{accountId}/dashboards/queue_overview`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getQueueOverview: MethodOf<Endpoints["dashboards"]["getQueueOverview"]>;
    /**
     * Fetches an overview of the call-center agents.
     *
     * `GET accounts/{accountId}/dashboards/recipient_overview`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getRecipientOverview: MethodOf<Endpoints["dashboards"]["getRecipientOverview"]>;
    /**
     * Fetches the call-center agents' performance.
     *
     * `GET accounts/{accountId}/dashboards/recipient_performance`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dashboards/
     */
    readonly getRecipientPerformance: MethodOf<Endpoints["dashboards"]["getRecipientPerformance"]>;
}
/** `kazooSdk.desktop`: its methods. */
interface DesktopMethods {
    /**
     * Fetches the desktop app download for Linux.
     *
     * `GET accounts/{accountId}/desktop/linux`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/desktop/
     */
    readonly getLinux: MethodOf<Endpoints["desktop"]["getLinux"]>;
    /**
     * Fetches the desktop app download for macOS.
     *
     * `GET accounts/{accountId}/desktop/mac`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/desktop/
     */
    readonly getMac: MethodOf<Endpoints["desktop"]["getMac"]>;
    /**
     * Fetches the desktop app download for Windows.
     *
     * `GET accounts/{accountId}/desktop/windows`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/desktop/
     */
    readonly getWindows: MethodOf<Endpoints["desktop"]["getWindows"]>;
}
/** `kazooSdk.externalNumbers`: its methods. */
interface ExternalNumbersMethods {
    /**
     * Registers a number the account owns elsewhere.
     *
     * `PUT accounts/{accountId}/external_numbers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly create: MethodOf<Endpoints["externalNumbers"]["create"]>;
    /**
     * Removes an external number.
     *
     * `DELETE accounts/{accountId}/external_numbers/{numberId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly delete: MethodOf<Endpoints["externalNumbers"]["delete"]>;
    /**
     * Fetches one external number.
     *
     * `GET accounts/{accountId}/external_numbers/{numberId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly get: MethodOf<Endpoints["externalNumbers"]["get"]>;
    /**
     * Lists the account's external numbers.
     *
     * `GET accounts/{accountId}/external_numbers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly list: MethodOf<Endpoints["externalNumbers"]["list"]>;
    /**
     * Sends the PIN that proves an external number is owned.
     *
     * `POST accounts/{accountId}/external_numbers/{numberId}/verify`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly submitPin: MethodOf<Endpoints["externalNumbers"]["submitPin"]>;
    /**
     * Starts the ownership check of an external number (a call or SMS with a PIN).
     *
     * `PUT accounts/{accountId}/external_numbers/{numberId}/verify`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/external_numbers/
     */
    readonly verify: MethodOf<Endpoints["externalNumbers"]["verify"]>;
}
/** `kazooSdk.faxbox`: its methods. */
interface FaxboxMethods {
    /**
     * Creates a faxbox.
     *
     * `PUT accounts/{accountId}/faxboxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/
     */
    readonly create: MethodOf<Endpoints["faxbox"]["create"]>;
    /**
     * Deletes a faxbox.
     *
     * `DELETE accounts/{accountId}/faxboxes/{faxboxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/
     */
    readonly delete: MethodOf<Endpoints["faxbox"]["delete"]>;
    /**
     * Fetches one faxbox.
     *
     * `GET accounts/{accountId}/faxboxes/{faxboxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/
     */
    readonly get: MethodOf<Endpoints["faxbox"]["get"]>;
    /**
     * Lists the faxboxes.
     *
     * `GET accounts/{accountId}/faxboxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/
     */
    readonly list: MethodOf<Endpoints["faxbox"]["list"]>;
    /**
     * Replaces a faxbox with the document given.
     *
     * `POST accounts/{accountId}/faxboxes/{faxboxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxboxes/
     */
    readonly update: MethodOf<Endpoints["faxbox"]["update"]>;
}
/** `kazooSdk.faxes`: its methods. */
interface FaxesMethods {
    /**
     * Deletes a received fax.
     *
     * `DELETE accounts/{accountId}/faxes/inbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly deleteInbound: MethodOf<Endpoints["faxes"]["deleteInbound"]>;
    /**
     * Deletes a sent fax.
     *
     * `DELETE accounts/{accountId}/faxes/outbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly deleteOutbound: MethodOf<Endpoints["faxes"]["deleteOutbound"]>;
    /**
     * Downloads the document of a received fax.
     *
     * `GET accounts/{accountId}/faxes/inbox/{faxId}/attachment`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getAttachmentInbound: MethodOf<Endpoints["faxes"]["getAttachmentInbound"]>;
    /**
     * Downloads the document of a sent fax.
     *
     * `GET accounts/{accountId}/faxes/outbox/{faxId}/attachment`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getAttachmentOutbound: MethodOf<Endpoints["faxes"]["getAttachmentOutbound"]>;
    /**
     * Fetches the details of a received fax.
     *
     * `GET accounts/{accountId}/faxes/inbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getDetailsInbound: MethodOf<Endpoints["faxes"]["getDetailsInbound"]>;
    /**
     * Fetches the details of a sent fax.
     *
     * `GET accounts/{accountId}/faxes/outbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getDetailsOutbound: MethodOf<Endpoints["faxes"]["getDetailsOutbound"]>;
    /**
     * Fetches one log entry of faxes sent by e-mail.
     *
     * `GET accounts/{accountId}/faxes/smtplog/{logId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getLogDetails: MethodOf<Endpoints["faxes"]["getLogDetails"]>;
    /**
     * Lists the log of faxes sent by e-mail.
     *
     * `GET accounts/{accountId}/faxes/smtplog`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly getLogs: MethodOf<Endpoints["faxes"]["getLogs"]>;
    /**
     * Lists the account's received faxes.
     *
     * `GET accounts/{accountId}/faxes/inbox`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly listInbound: MethodOf<Endpoints["faxes"]["listInbound"]>;
    /**
     * Lists the account's sent faxes.
     *
     * `GET accounts/{accountId}/faxes/outbox`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly listOutbound: MethodOf<Endpoints["faxes"]["listOutbound"]>;
    /**
     * Sends a fax of a document found at a URL.
     *
     * `PUT accounts/{accountId}/faxes`
     * (document: `Fax`, from Kazoo's `faxes` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly send: MethodOf<Endpoints["faxes"]["send"], Fax>;
    /**
     * Sends a fax with its document in the request (multipart).
     *
     * `PUT accounts/{accountId}/faxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly sendAsMultipart: MethodOf<Endpoints["faxes"]["sendAsMultipart"]>;
    /**
     * Changes the details of a received fax.
     *
     * `PUT accounts/{accountId}/faxes/inbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly updateInbound: MethodOf<Endpoints["faxes"]["updateInbound"]>;
    /**
     * Changes the details of a sent fax.
     *
     * `PUT accounts/{accountId}/faxes/outbox/{faxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/faxes/
     */
    readonly updateOutbound: MethodOf<Endpoints["faxes"]["updateOutbound"]>;
}
/** `kazooSdk.inspector`: its methods. */
interface InspectorMethods {
    /**
     * Fetches the SIP messages of one call (call inspector).
     *
     * `GET accounts/{accountId}/call_inspector/{callId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/call_inspector/
     */
    readonly get: MethodOf<Endpoints["inspector"]["get"]>;
    /**
     * Lists the calls the call inspector recorded.
     *
     * `GET accounts/{accountId}/call_inspector`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/call_inspector/
     */
    readonly list: MethodOf<Endpoints["inspector"]["list"]>;
}
/** `kazooSdk.ips`: its methods. */
interface IpsMethods {
    /**
     * Assigns a dedicated IP address to the account.
     *
     * `POST accounts/{accountId}/ips/{ip}`
     * (document: `Ips`, from Kazoo's `ips` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/
     */
    readonly add: MethodOf<Endpoints["ips"]["add"], Ips>;
    /**
     * Takes a dedicated IP address back from the account.
     *
     * `DELETE accounts/{accountId}/ips/{ip}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/
     */
    readonly delete: MethodOf<Endpoints["ips"]["delete"]>;
    /**
     * Lists the dedicated IP addresses available in a zone.
     *
     * `GET accounts/{accountId}/ips?zone={zone}&quantity={quantity}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/
     */
    readonly list: MethodOf<Endpoints["ips"]["list"]>;
    /**
     * Lists the account's dedicated IP addresses.
     *
     * `GET accounts/{accountId}/ips/assigned`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/
     */
    readonly listAssigned: MethodOf<Endpoints["ips"]["listAssigned"]>;
    /**
     * Lists the zones of the dedicated IP addresses.
     *
     * `GET accounts/{accountId}/ips/zones`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ips/
     */
    readonly listZones: MethodOf<Endpoints["ips"]["listZones"]>;
}
/** `kazooSdk.ledgers`: its methods. */
interface LedgersMethods {
    /**
     * Adds a credit entry to the account's ledger.
     *
     * `PUT accounts/{accountId}/ledgers/credit`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly credit: MethodOf<Endpoints["ledgers"]["credit"]>;
    /**
     * Adds a debit entry to the account's ledger.
     *
     * `PUT accounts/{accountId}/ledgers/debit`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly debit: MethodOf<Endpoints["ledgers"]["debit"]>;
    /**
     * Fetches the entries of one ledger.
     *
     * `GET accounts/{accountId}/ledgers/{ledgerId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly get: MethodOf<Endpoints["ledgers"]["get"]>;
    /**
     * Fetches one ledger entry.
     *
     * `GET accounts/{accountId}/ledgers/{ledgerId}/{id}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly getDetails: MethodOf<Endpoints["ledgers"]["getDetails"]>;
    /**
     * Lists the account's ledgers and their balances.
     *
     * `GET accounts/{accountId}/ledgers`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly list: MethodOf<Endpoints["ledgers"]["list"]>;
    /**
     * Lists the ledgers the account may use.
     *
     * `GET accounts/{accountId}/ledgers/available`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly listAvailable: MethodOf<Endpoints["ledgers"]["listAvailable"]>;
    /**
     * Sums the ledgers over one month.
     *
     * `GET accounts/{accountId}/ledgers/summary/{modbSuffix}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly summaryPerMonth: MethodOf<Endpoints["ledgers"]["summaryPerMonth"]>;
    /**
     * Fetches the total of the account's ledgers.
     *
     * `GET accounts/{accountId}/ledgers/total`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/ledgers/
     */
    readonly total: MethodOf<Endpoints["ledgers"]["total"]>;
}
/** `kazooSdk.matchList`: its methods. */
interface MatchListMethods {
    /**
     * Creates a match list.
     *
     * `PUT accounts/{accountId}/match_lists`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly create: MethodOf<Endpoints["matchList"]["create"]>;
    /**
     * Deletes a match list.
     *
     * `DELETE accounts/{accountId}/match_lists/{matchListId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly delete: MethodOf<Endpoints["matchList"]["delete"]>;
    /**
     * Fetches one match list.
     *
     * `GET accounts/{accountId}/match_lists/{matchListId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly get: MethodOf<Endpoints["matchList"]["get"]>;
    /**
     * Lists the match lists.
     *
     * `GET accounts/{accountId}/match_lists/`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly list: MethodOf<Endpoints["matchList"]["list"]>;
    /**
     * Changes only the given fields of a match list.
     *
     * `PATCH accounts/{accountId}/match_lists/{matchListId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly patch: MethodOf<Endpoints["matchList"]["patch"]>;
    /**
     * Replaces a match list with the document given.
     *
     * `POST accounts/{accountId}/match_lists/{matchListId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/match_lists/
     */
    readonly update: MethodOf<Endpoints["matchList"]["update"]>;
}
/** `kazooSdk.metaflow`: its methods. */
interface MetaflowMethods {
    /**
     * Deletes the account's in-call feature codes (metaflows).
     *
     * `DELETE accounts/{accountId}/metaflows`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/metaflows/
     */
    readonly delete: MethodOf<Endpoints["metaflow"]["delete"]>;
    /**
     * Fetches the account's in-call feature codes (metaflows).
     *
     * `GET accounts/{accountId}/metaflows`
     * (document: `Metaflows`, from Kazoo's `metaflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/metaflows/
     */
    readonly get: MethodOf<Endpoints["metaflow"]["get"], Metaflows>;
    /**
     * Replaces the account's in-call feature codes (metaflows).
     *
     * `POST accounts/{accountId}/metaflows`
     * (document: `Metaflows`, from Kazoo's `metaflows` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/metaflows/
     */
    readonly update: MethodOf<Endpoints["metaflow"]["update"], Metaflows>;
}
/** `kazooSdk.multifactor`: its methods. */
interface MultifactorMethods {
    /**
     * Creates a multi-factor provider.
     *
     * `PUT accounts/{accountId}/multi_factor`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly create: MethodOf<Endpoints["multifactor"]["create"]>;
    /**
     * Deletes a multi-factor provider.
     *
     * `DELETE accounts/{accountId}/multi_factor/{mfaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly delete: MethodOf<Endpoints["multifactor"]["delete"]>;
    /**
     * Fetches one multi-factor provider.
     *
     * `GET accounts/{accountId}/multi_factor/{mfaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly get: MethodOf<Endpoints["multifactor"]["get"]>;
    /**
     * Fetches one multi-factor login attempt.
     *
     * `GET accounts/{accountId}/multi_factor/attempts/{attemptId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly getAttempt: MethodOf<Endpoints["multifactor"]["getAttempt"]>;
    /**
     * Lists the multi-factor providers.
     *
     * `GET accounts/{accountId}/multi_factor`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly list: MethodOf<Endpoints["multifactor"]["list"]>;
    /**
     * Lists the account's multi-factor login attempts.
     *
     * `GET accounts/{accountId}/multi_factor/attempts`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly listAttempts: MethodOf<Endpoints["multifactor"]["listAttempts"]>;
    /**
     * Changes only the given fields of a multi-factor provider.
     *
     * `PATCH accounts/{accountId}/multi_factor/{mfaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly patch: MethodOf<Endpoints["multifactor"]["patch"]>;
    /**
     * Fetches the QR code that sets up an authenticator app.
     *
     * `PUT multi_factor/qrcode`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly qrcode: MethodOf<Endpoints["multifactor"]["qrcode"]>;
    /**
     * Resets a user's authenticator app QR code.
     *
     * `PUT multi_factor/reset_qrcode`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly resetQrcode: MethodOf<Endpoints["multifactor"]["resetQrcode"]>;
    /**
     * Replaces a multi-factor provider with the document given.
     *
     * `POST accounts/{accountId}/multi_factor/{mfaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/multi_factor/
     */
    readonly update: MethodOf<Endpoints["multifactor"]["update"]>;
}
/** `kazooSdk.parkedCalls`: its methods. */
interface ParkedCallsMethods {
    /**
     * Lists the calls parked in the account.
     *
     * `GET accounts/{accountId}/parked_calls`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/parked_calls/
     */
    readonly list: MethodOf<Endpoints["parkedCalls"]["list"]>;
}
/** `kazooSdk.pivot`: its methods. */
interface PivotMethods {
    /**
     * Fetches the Pivot (call control by HTTP) exchanges of one call.
     *
     * `GET accounts/{accountId}/pivot/debug/{callId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/pivot/
     */
    readonly getDebug: MethodOf<Endpoints["pivot"]["getDebug"]>;
    /**
     * Lists the calls handled by Pivot (call control by HTTP).
     *
     * `GET accounts/{accountId}/pivot/debug`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/pivot/
     */
    readonly listDebug: MethodOf<Endpoints["pivot"]["listDebug"]>;
}
/** `kazooSdk.presence`: its methods. */
interface PresenceMethods {
    /**
     * Fetches one presence state.
     *
     * `GET accounts/{accountId}/presence/{presenceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/presence/
     */
    readonly get: MethodOf<Endpoints["presence"]["get"]>;
    /**
     * Lists the presence state of the account's extensions.
     *
     * `GET accounts/{accountId}/presence`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/presence/
     */
    readonly list: MethodOf<Endpoints["presence"]["list"]>;
    /**
     * Resets the presence state of the account's extensions.
     *
     * `POST accounts/{accountId}/presence/{presenceId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/presence/
     */
    readonly update: MethodOf<Endpoints["presence"]["update"]>;
}
/** `kazooSdk.qubicleQueues`: its methods. */
interface QubicleQueuesMethods {
    /**
     * Creates a Qubicle queue.
     *
     * `PUT accounts/{accountId}/qubicle_queues`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly create: MethodOf<Endpoints["qubicleQueues"]["create"]>;
    /**
     * Deletes a Qubicle queue.
     *
     * `DELETE accounts/{accountId}/qubicle_queues/{queueId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly delete: MethodOf<Endpoints["qubicleQueues"]["delete"]>;
    /**
     * Removes agents from a Qubicle queue.
     *
     * `DELETE accounts/{accountId}/qubicle_queues/{queueId}/recipients`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly deleteRecipients: MethodOf<Endpoints["qubicleQueues"]["deleteRecipients"]>;
    /**
     * Fetches one Qubicle queue.
     *
     * `GET accounts/{accountId}/qubicle_queues/{queueId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly get: MethodOf<Endpoints["qubicleQueues"]["get"]>;
    /**
     * Makes sure the Qubicle queues are running.
     *
     * `GET accounts/{accountId}/qubicle_queues/ensure_started`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly getEnsureStarted: MethodOf<Endpoints["qubicleQueues"]["getEnsureStarted"]>;
    /**
     * Fetches the live state of a Qubicle queue.
     *
     * `GET accounts/{accountId}/qubicle_queues/{queueId}/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly getStatus: MethodOf<Endpoints["qubicleQueues"]["getStatus"]>;
    /**
     * Lists the Qubicle queues.
     *
     * `GET accounts/{accountId}/qubicle_queues`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly list: MethodOf<Endpoints["qubicleQueues"]["list"]>;
    /**
     * Lists the agents of every Qubicle queue.
     *
     * `GET accounts/{accountId}/qubicle_queues/recipients`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly listAllRecipients: MethodOf<Endpoints["qubicleQueues"]["listAllRecipients"]>;
    /**
     * Lists the agents of a Qubicle queue.
     *
     * `GET accounts/{accountId}/qubicle_queues/{queueId}/recipients`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly listRecipients: MethodOf<Endpoints["qubicleQueues"]["listRecipients"]>;
    /**
     * Fetches the live state of every Qubicle queue.
     *
     * `GET accounts/{accountId}/qubicle_queues/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly listStatus: MethodOf<Endpoints["qubicleQueues"]["listStatus"]>;
    /**
     * Changes only the given fields of a Qubicle queue.
     *
     * `PATCH accounts/{accountId}/qubicle_queues/{queueId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly patch: MethodOf<Endpoints["qubicleQueues"]["patch"]>;
    /**
     * Replaces a Qubicle queue with the document given.
     *
     * `POST accounts/{accountId}/qubicle_queues/{queueId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly update: MethodOf<Endpoints["qubicleQueues"]["update"]>;
    /**
     * Replaces the agents of a Qubicle queue.
     *
     * `POST accounts/{accountId}/qubicle_queues/{queueId}/recipients`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly updateRecipients: MethodOf<Endpoints["qubicleQueues"]["updateRecipients"]>;
    /**
     * Replaces the roles of a Qubicle queue.
     *
     * `POST accounts/{accountId}/qubicle_queues/{queueId}/roles`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly updateRoles: MethodOf<Endpoints["qubicleQueues"]["updateRoles"]>;
    /**
     * Acts on a session of a Qubicle queue.
     *
     * `POST accounts/{accountId}/qubicle_queues/{queueId}/sessions/{sessionId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_queues/
     */
    readonly updateSessions: MethodOf<Endpoints["qubicleQueues"]["updateSessions"]>;
}
/** `kazooSdk.qubicleRecipients`: its methods. */
interface QubicleRecipientsMethods {
    /**
     * Fetches one Qubicle recipient.
     *
     * `GET accounts/{accountId}/qubicle_recipients/{userId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly get: MethodOf<Endpoints["qubicleRecipients"]["get"]>;
    /**
     * Lists the Qubicle queues some agents belong to.
     *
     * `POST accounts/{accountId}/qubicle_recipients/queue_membership`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly getQueueMembership: MethodOf<Endpoints["qubicleRecipients"]["getQueueMembership"]>;
    /**
     * Fetches the live state of a Qubicle agent.
     *
     * `GET accounts/{accountId}/qubicle_recipients/{userId}/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly getStatus: MethodOf<Endpoints["qubicleRecipients"]["getStatus"]>;
    /**
     * Lists the Qubicle recipients.
     *
     * `GET accounts/{accountId}/qubicle_recipients`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly list: MethodOf<Endpoints["qubicleRecipients"]["list"]>;
    /**
     * Fetches the live state of several Qubicle agents.
     *
     * `POST accounts/{accountId}/qubicle_recipients/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly listStatus: MethodOf<Endpoints["qubicleRecipients"]["listStatus"]>;
    /**
     * Replaces a Qubicle agent's settings.
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly update: MethodOf<Endpoints["qubicleRecipients"]["update"]>;
    /**
     * Disables a Qubicle agent.
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}/disable`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly updateDisable: MethodOf<Endpoints["qubicleRecipients"]["updateDisable"]>;
    /**
     * Enables a Qubicle agent.
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}/enable`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly updateEnable: MethodOf<Endpoints["qubicleRecipients"]["updateEnable"]>;
    /**
     * Replaces a Qubicle agent's roles.
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}/roles`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly updateRoles: MethodOf<Endpoints["qubicleRecipients"]["updateRoles"]>;
    /**
     * Changes a Qubicle agent's state (ready, away, ...).
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly updateState: MethodOf<Endpoints["qubicleRecipients"]["updateState"]>;
    /**
     * Changes a Qubicle agent's status.
     *
     * `POST accounts/{accountId}/qubicle_recipients/{userId}/status`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_recipients/
     */
    readonly updateStatus: MethodOf<Endpoints["qubicleRecipients"]["updateStatus"]>;
}
/** `kazooSdk.qubicleReports`: its methods. */
interface QubicleReportsMethods {
    /**
     * Fetches a Qubicle report.
     *
     * `POST accounts/{accountId}/qubicle_reports`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_reports/
     */
    readonly get: MethodOf<Endpoints["qubicleReports"]["get"]>;
}
/** `kazooSdk.qubicleRoles`: its methods. */
interface QubicleRolesMethods {
    /**
     * Lists the Qubicle roles.
     *
     * `GET accounts/{accountId}/qubicle_roles`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_roles/
     */
    readonly list: MethodOf<Endpoints["qubicleRoles"]["list"]>;
}
/** `kazooSdk.qubicleSkills`: its methods. */
interface QubicleSkillsMethods {
    /**
     * Creates a Qubicle skill.
     *
     * `PUT accounts/{accountId}/qubicle_skills`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/
     */
    readonly create: MethodOf<Endpoints["qubicleSkills"]["create"]>;
    /**
     * Deletes a Qubicle skill.
     *
     * `DELETE accounts/{accountId}/qubicle_skills/{skillId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/
     */
    readonly delete: MethodOf<Endpoints["qubicleSkills"]["delete"]>;
    /**
     * Lists the Qubicle skills.
     *
     * `GET accounts/{accountId}/qubicle_skills`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/
     */
    readonly list: MethodOf<Endpoints["qubicleSkills"]["list"]>;
    /**
     * Changes only the given fields of a Qubicle skill.
     *
     * `PATCH accounts/{accountId}/qubicle_skills/{skillId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/
     */
    readonly patch: MethodOf<Endpoints["qubicleSkills"]["patch"]>;
    /**
     * Replaces a Qubicle skill with the document given.
     *
     * `POST accounts/{accountId}/qubicle_skills/{skillId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/qubicle_skills/
     */
    readonly update: MethodOf<Endpoints["qubicleSkills"]["update"]>;
}
/** `kazooSdk.recordings`: its methods. */
interface RecordingsMethods {
    /**
     * Deletes a call recording.
     *
     * `DELETE accounts/{accountId}/recordings/{recordingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/recordings/
     */
    readonly delete: MethodOf<Endpoints["recordings"]["delete"]>;
    /**
     * Fetches one call recording (its details, or the audio).
     *
     * `GET accounts/{accountId}/recordings/{recordingId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/recordings/
     */
    readonly get: MethodOf<Endpoints["recordings"]["get"]>;
    /**
     * Lists the account's call recordings.
     *
     * `GET accounts/{accountId}/recordings`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/recordings/
     */
    readonly list: MethodOf<Endpoints["recordings"]["list"]>;
}
/** `kazooSdk.registrations`: its methods. */
interface RegistrationsMethods {
    /**
     * Lists the account's SIP registrations.
     *
     * `GET accounts/{accountId}/registrations`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/registrations/
     */
    readonly list: MethodOf<Endpoints["registrations"]["list"]>;
}
/** `kazooSdk.schemas`: its methods. */
interface SchemasMethods {
    /**
     * Fetches one of Kazoo's JSON schemas.
     *
     * `GET schemas/{schemaId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/schemas/
     */
    readonly get: MethodOf<Endpoints["schemas"]["get"]>;
    /**
     * Lists Kazoo's JSON schemas.
     *
     * `GET schemas`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/schemas/
     */
    readonly list: MethodOf<Endpoints["schemas"]["list"]>;
}
/** `kazooSdk.security`: its methods. */
interface SecurityMethods {
    /**
     * Creates the account's login security settings.
     *
     * `PUT accounts/{accountId}/security`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly create: MethodOf<Endpoints["security"]["create"]>;
    /**
     * Deletes the account's login security settings.
     *
     * `DELETE accounts/{accountId}/security`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly delete: MethodOf<Endpoints["security"]["delete"]>;
    /**
     * Fetches the account's login security settings.
     *
     * `GET accounts/{accountId}/security`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly get: MethodOf<Endpoints["security"]["get"]>;
    /**
     * Fetches one login attempt.
     *
     * `GET accounts/{accountId}/security/attempts/{attemptId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly getAttempt: MethodOf<Endpoints["security"]["getAttempt"]>;
    /**
     * Lists the account's login attempts.
     *
     * `GET accounts/{accountId}/security/attempts`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly listAttempts: MethodOf<Endpoints["security"]["listAttempts"]>;
    /**
     * Lists the login methods the system offers.
     *
     * `GET security`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly listModules: MethodOf<Endpoints["security"]["listModules"]>;
    /**
     * Replaces the account's login security settings.
     *
     * `POST accounts/{accountId}/security`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/security/
     */
    readonly update: MethodOf<Endpoints["security"]["update"]>;
}
/** `kazooSdk.services`: its methods. */
interface ServicesMethods {
    /**
     * Changes the service plans of several accounts at once.
     *
     * `POST accounts/{accountId}/services/`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly bulkChange: MethodOf<Endpoints["services"]["bulkChange"]>;
    /**
     * Sums the audit log of billable changes by source.
     *
     * `GET accounts/{accountId}/services/audit_summary`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly getAuditSummary: MethodOf<Endpoints["services"]["getAuditSummary"]>;
    /**
     * Fetches a summary of the account's services and their charges.
     *
     * `GET accounts/{accountId}/services/summary`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly getSummary: MethodOf<Endpoints["services"]["getSummary"]>;
    /**
     * Lists the account's services.
     *
     * `GET accounts/{accountId}/services`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly listAssigned: MethodOf<Endpoints["services"]["listAssigned"]>;
    /**
     * Lists the service plans the account may use.
     *
     * `GET accounts/{accountId}/services/available`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly listAvailable: MethodOf<Endpoints["services"]["listAvailable"]>;
    /**
     * Lists the service plan fields that can be overridden.
     *
     * `GET accounts/{accountId}/services/editable`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly listEditable: MethodOf<Endpoints["services"]["listEditable"]>;
    /**
     * Lists the account's service plan overrides.
     *
     * `GET accounts/{accountId}/services/overrides`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly listOverrides: MethodOf<Endpoints["services"]["listOverrides"]>;
    /**
     * Quotes the charges of adding service plans.
     *
     * `POST accounts/{accountId}/services/quote`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly quote: MethodOf<Endpoints["services"]["quote"]>;
    /**
     * Tops up the account's credit.
     *
     * `POST accounts/{accountId}/services/topup`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly topup: MethodOf<Endpoints["services"]["topup"]>;
    /**
     * Sets quantities of billable items by hand.
     *
     * `POST accounts/{accountId}/services/manual`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/services/
     */
    readonly updateManualQuantities: MethodOf<Endpoints["services"]["updateManualQuantities"]>;
}
/** `kazooSdk.slackIntegration`: its methods. */
interface SlackIntegrationMethods {
    /**
     * Fetches the account's Slack integration.
     *
     * `GET accounts/{accountId}/slack_integration`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/slack_integration/
     */
    readonly get: MethodOf<Endpoints["slackIntegration"]["get"]>;
    /**
     * Lists the Slack users the integration sees.
     *
     * `GET accounts/{accountId}/slack_integration/user_listing`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/slack_integration/
     */
    readonly listUsers: MethodOf<Endpoints["slackIntegration"]["listUsers"]>;
}
/** `kazooSdk.smtpLogs`: its methods. */
interface SmtpLogsMethods {
    /**
     * Fetches one entry of the log of the notification e-mails sent.
     *
     * `GET accounts/{accountId}/notifications/smtplog/{logId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly get: MethodOf<Endpoints["smtpLogs"]["get"]>;
    /**
     * Lists the log of the notification e-mails sent.
     *
     * `GET accounts/{accountId}/notifications/smtplog`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/notifications/
     */
    readonly list: MethodOf<Endpoints["smtpLogs"]["list"]>;
}
/** `kazooSdk.storage`: its methods. */
interface StorageMethods {
    /**
     * Creates the account's storage settings (where attachments go).
     *
     * `PUT accounts/{accountId}/storage`
     * (document: `StorageDocument`, from Kazoo's `storage` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/storage/
     */
    readonly add: MethodOf<Endpoints["storage"]["add"], StorageDocument>;
    /**
     * Fetches the account's storage settings.
     *
     * `GET accounts/{accountId}/storage`
     * (document: `StorageDocument`, from Kazoo's `storage` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/storage/
     */
    readonly get: MethodOf<Endpoints["storage"]["get"], StorageDocument>;
    /**
     * Changes only the given fields of the account's storage settings.
     *
     * `PATCH accounts/{accountId}/storage`
     * (document: `StorageDocument`, from Kazoo's `storage` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/storage/
     */
    readonly patch: MethodOf<Endpoints["storage"]["patch"], StorageDocument>;
    /**
     * Replaces the account's storage settings.
     *
     * `POST accounts/{accountId}/storage`
     * (document: `StorageDocument`, from Kazoo's `storage` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/storage/
     */
    readonly update: MethodOf<Endpoints["storage"]["update"], StorageDocument>;
}
/** `kazooSdk.system`: its methods. */
interface SystemMethods {
    /**
     * Fetches the version and the node of the Kazoo system.
     *
     * `GET about`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/about/
     */
    readonly about: MethodOf<Endpoints["system"]["about"]>;
    /**
     * Fetches the dial plans the account can use.
     *
     * `GET accounts/{accountId}/dialplans`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/dialplans/
     */
    readonly dialplans: MethodOf<Endpoints["system"]["dialplans"]>;
}
/** `kazooSdk.tasks`: its methods. */
interface TasksMethods {
    /**
     * Creates a background task (a CSV import or export) of a category and action.
     *
     * `PUT accounts/{accountId}/tasks?category={category}&action={action}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly add: MethodOf<Endpoints["tasks"]["add"]>;
    /**
     * Deletes a background task.
     *
     * `DELETE accounts/{accountId}/tasks/{taskId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly delete: MethodOf<Endpoints["tasks"]["delete"]>;
    /**
     * Fetches one background task.
     *
     * `GET accounts/{accountId}/tasks/{taskId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly get: MethodOf<Endpoints["tasks"]["get"]>;
    /**
     * Downloads a task's input CSV.
     *
     * `GET accounts/{accountId}/tasks/{taskId}/input`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly getInput: MethodOf<Endpoints["tasks"]["getInput"]>;
    /**
     * Downloads a task's output CSV.
     *
     * `GET accounts/{accountId}/tasks/{taskId}/output`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly getOutput: MethodOf<Endpoints["tasks"]["getOutput"]>;
    /**
     * Lists the background tasks.
     *
     * `GET accounts/{accountId}/tasks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly list: MethodOf<Endpoints["tasks"]["list"]>;
    /**
     * Starts a background task.
     *
     * `PATCH accounts/{accountId}/tasks/{taskId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly start: MethodOf<Endpoints["tasks"]["start"]>;
    /**
     * Stops a background task.
     *
     * `PATCH accounts/{accountId}/tasks/{taskId}/stop`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly stop: MethodOf<Endpoints["tasks"]["stop"]>;
    /**
     * Lists the kinds of background task the system offers.
     *
     * `GET tasks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/tasks/
     */
    readonly summary: MethodOf<Endpoints["tasks"]["summary"]>;
}
/** `kazooSdk.telexsmsboxes`: its methods. */
interface TelexsmsboxesMethods {
    /**
     * Creates an SMS box.
     *
     * `PUT accounts/{accountId}/telexsmsboxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/telexsmsboxes/
     */
    readonly create: MethodOf<Endpoints["telexsmsboxes"]["create"]>;
    /**
     * Deletes an SMS box.
     *
     * `DELETE accounts/{accountId}/telexsmsboxes/{boxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/telexsmsboxes/
     */
    readonly delete: MethodOf<Endpoints["telexsmsboxes"]["delete"]>;
    /**
     * Lists the account's SMS boxes.
     *
     * `GET accounts/{accountId}/telexsmsboxes`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/telexsmsboxes/
     */
    readonly list: MethodOf<Endpoints["telexsmsboxes"]["list"]>;
    /**
     * Replaces an SMS box.
     *
     * `POST accounts/{accountId}/telexsmsboxes/{boxId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/telexsmsboxes/
     */
    readonly update: MethodOf<Endpoints["telexsmsboxes"]["update"]>;
}
/** `kazooSdk.temporalSet`: its methods. */
interface TemporalSetMethods {
    /**
     * Creates a time-of-day rule set.
     *
     * `PUT accounts/{accountId}/temporal_rules_sets`
     * (document: `TemporalRulesSet`, from Kazoo's `temporal_rules_sets` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/
     */
    readonly create: MethodOf<Endpoints["temporalSet"]["create"], TemporalRulesSet>;
    /**
     * Deletes a time-of-day rule set.
     *
     * `DELETE accounts/{accountId}/temporal_rules_sets/{setId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/
     */
    readonly delete: MethodOf<Endpoints["temporalSet"]["delete"]>;
    /**
     * Fetches one time-of-day rule set.
     *
     * `GET accounts/{accountId}/temporal_rules_sets/{setId}`
     * (document: `TemporalRulesSet`, from Kazoo's `temporal_rules_sets` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/
     */
    readonly get: MethodOf<Endpoints["temporalSet"]["get"], TemporalRulesSet>;
    /**
     * Lists the time-of-day rule sets.
     *
     * `GET accounts/{accountId}/temporal_rules_sets`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/
     */
    readonly list: MethodOf<Endpoints["temporalSet"]["list"]>;
    /**
     * Replaces a time-of-day rule set with the document given.
     *
     * `POST accounts/{accountId}/temporal_rules_sets/{setId}`
     * (document: `TemporalRulesSet`, from Kazoo's `temporal_rules_sets` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/temporal_rules_sets/
     */
    readonly update: MethodOf<Endpoints["temporalSet"]["update"], TemporalRulesSet>;
}
/** `kazooSdk.transactions`: its methods. */
interface TransactionsMethods {
    /**
     * Lists the account's transactions (charges and credits).
     *
     * `GET accounts/{accountId}/transactions`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/transactions/
     */
    readonly list: MethodOf<Endpoints["transactions"]["list"]>;
}
/** `kazooSdk.trunkingio`: its methods. */
interface TrunkingioMethods {
    /**
     * Fetches the account's trunking.io settings.
     *
     * `GET accounts/{accountId}/trunkingio_settings`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/trunkingio_settings/
     */
    readonly get: MethodOf<Endpoints["trunkingio"]["get"]>;
    /**
     * Checks the account's trunking.io settings.
     *
     * `GET accounts/{accountId}/trunkingio_settings/check`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/trunkingio_settings/
     */
    readonly getCheck: MethodOf<Endpoints["trunkingio"]["getCheck"]>;
}
/** `kazooSdk.webhooks`: its methods. */
interface WebhooksMethods {
    /**
     * Creates a webhook.
     *
     * `PUT accounts/{accountId}/webhooks`
     * (document: `Webhook`, from Kazoo's `webhooks` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly create: MethodOf<Endpoints["webhooks"]["create"], Webhook>;
    /**
     * Deletes a webhook.
     *
     * `DELETE accounts/{accountId}/webhooks/{webhookId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly delete: MethodOf<Endpoints["webhooks"]["delete"]>;
    /**
     * Fetches one webhook.
     *
     * `GET accounts/{accountId}/webhooks/{webhookId}`
     * (document: `Webhook`, from Kazoo's `webhooks` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly get: MethodOf<Endpoints["webhooks"]["get"], Webhook>;
    /**
     * Lists the webhooks.
     *
     * `GET accounts/{accountId}/webhooks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly list: MethodOf<Endpoints["webhooks"]["list"]>;
    /**
     * Lists the account's webhook delivery attempts.
     *
     * `GET accounts/{accountId}/webhooks/attempts`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly listAccountAttempts: MethodOf<Endpoints["webhooks"]["listAccountAttempts"]>;
    /**
     * Lists a webhook's delivery attempts.
     *
     * `GET accounts/{accountId}/webhooks/{webhookId}/attempts`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly listAttempts: MethodOf<Endpoints["webhooks"]["listAttempts"]>;
    /**
     * Lists the events a webhook can be set on.
     *
     * `GET webhooks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly listAvailable: MethodOf<Endpoints["webhooks"]["listAvailable"]>;
    /**
     * Changes only the given fields of a webhook.
     *
     * `PATCH accounts/{accountId}/webhooks/{webhookId}`
     * (document: `Webhook`, from Kazoo's `webhooks` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly patch: MethodOf<Endpoints["webhooks"]["patch"], Webhook>;
    /**
     * Changes the given fields of every webhook of the account (e.g. re-enables them).
     *
     * `PATCH accounts/{accountId}/webhooks`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly patchAll: MethodOf<Endpoints["webhooks"]["patchAll"]>;
    /**
     * Replaces a webhook with the document given.
     *
     * `POST accounts/{accountId}/webhooks/{webhookId}`
     * (document: `Webhook`, from Kazoo's `webhooks` schema)
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/webhooks/
     */
    readonly update: MethodOf<Endpoints["webhooks"]["update"], Webhook>;
}
/** `kazooSdk.websockets`: its methods. */
interface WebsocketsMethods {
    /**
     * Lists the account's websocket connections.
     *
     * `GET accounts/{accountId}/websockets`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/websockets/
     */
    readonly list: MethodOf<Endpoints["websockets"]["list"]>;
    /**
     * Lists the event bindings of one websocket connection.
     *
     * `GET accounts/{accountId}/websockets/{websocketId}`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/websockets/
     */
    readonly listBindings: MethodOf<Endpoints["websockets"]["listBindings"]>;
    /**
     * Lists the events a websocket can bind to.
     *
     * `GET websockets`
     * @see https://docs.2600hz.com/dev/applications/crossbar/doc/websockets/
     */
    readonly listEvents: MethodOf<Endpoints["websockets"]["listEvents"]>;
}

/**
 * Public types: the settings, the hooks, the Crossbar envelopes, and the SDK's shape, which is
 * derived from the endpoint table itself: each method's `{placeholders}` are its required settings.
 * The SDK's interface, one method per table entry with its Kazoo document and its documentation, is
 * generated into generated/sdk.ts (scripts/gen-types.mjs); types only, nothing of it is shipped as code.
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
/** A placeholder value: a string or a finite number (not '', '.' or '..': checked when called). */
type Id = string | number;
/** The names of a URL template's `{placeholders}`: `Placeholders<'a/{x}/b/{y}'>` is `'x' | 'y'`. */
type Placeholders<U extends string> = U extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The last placeholder of a URL template (a POST takes it from `data.id` when missing). */
type LastPlaceholder<U extends string> = U extends `${string}{${infer P}}${infer Rest}` ? [Placeholders<Rest>] extends [never] ? P : LastPlaceholder<Rest> : never;
/**
 * What a method's success callback and promise receive, from the entry's `accept` (B: with
 * responseType 'blob'); the envelope of its Kazoo document `D` where it has one.
 */
type ResponseOf<E, B = false, D = never> = E extends {
    accept: `text/${string}`;
} ? string : E extends {
    accept: '*/*';
} ? (B extends true ? Blob : string) | KazooResponse : E extends {
    accept: string;
} ? B extends true ? Blob : string : [D] extends [never] ? KazooResponse : KazooResponse<D>;
/** A binary download: its response type depends on responseType. */
type Binary<E> = E extends {
    accept: `text/${string}`;
} ? false : E extends {
    accept: string;
} ? true : false;
/**
 * What a method's `data` is: the parts of a multipart body; its Kazoo document `D` where it has one
 * (every field optional on a PATCH); or anything else.
 */
type DataOf<E, D = never> = E extends {
    contentType: 'multipart/mixed';
} ? MultipartPart[] : [D] extends [never] ? unknown : E extends {
    verb: 'PATCH';
} ? Partial<D> : D;
/** The `data` of a POST whose last placeholder is missing: it carries the id instead. */
type WithId<E, D> = ([D] extends [never] ? {
    [key: string]: unknown;
} : DataOf<E, D>) & {
    id: Id;
};
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
type Mandatory<E extends Endpoint, D = never> = E extends {
    inData: string;
} ? (Ids<Placeholders<E['url']>> & {
    data: DataOf<E, D>;
}) | (Ids<Placeholders<E['url']>> & {
    [P in E['inData']]: unknown;
} & {
    data?: DataOf<E, D>;
}) : DataRequired<E> extends true ? E extends {
    verb: 'POST';
} ? (Ids<Placeholders<E['url']>> & {
    data: DataOf<E, D>;
}) | (Ids<Exclude<Placeholders<E['url']>, LastPlaceholder<E['url']>>> & {
    data: WithId<E, D>;
}) : Ids<Placeholders<E['url']>> & {
    data: DataOf<E, D>;
} : Ids<Placeholders<E['url']>> & {
    data?: DataOf<E, D>;
};
/**
 * The settings of one method call: its mandatory settings plus any General API setting. `B`: with
 * responseType 'blob'; `D`: the method's Kazoo document (generated from Kazoo's schemas), if any.
 */
type SettingsOf<E extends Endpoint, B = false, D = never> = Mandatory<E, D> & InData<E> & GeneralSettings<ResponseOf<E, B, D>>;
/** One form of a method: the settings argument may be left out only when nothing is mandatory. */
type FormOf<E extends Endpoint, D = never> = {} extends Mandatory<E, D> ? (settings?: SettingsOf<E, false, D>) => KazooPromise<ResponseOf<E, false, D>> : (settings: SettingsOf<E, false, D>) => KazooPromise<ResponseOf<E, false, D>>;
/** A binary download also takes `responseType: 'blob'`, and then delivers a Blob. */
type BlobFormOf<E extends Endpoint> = Binary<E> extends true ? (settings: SettingsOf<E, true> & {
    responseType: 'blob';
}) => KazooPromise<ResponseOf<E, true>> : unknown;
/** The settings of any form of a method with several: a call gives all the placeholders of one. */
type SettingsOfForms<F extends readonly Endpoint[], D = never> = {
    [I in keyof F]: F[I] extends Endpoint ? SettingsOf<F[I], false, D> : never;
}[number];
/**
 * One method, from its entry (one form, or several). `D` is the method's Kazoo document, when it
 * has one: its `data` and its answer's `data`.
 */
type MethodOf<E extends Entry, D = never> = E extends readonly Endpoint[] ? (settings: SettingsOfForms<E, D>) => KazooPromise<ResponseOf<E[number], false, D>> : E extends Endpoint ? BlobFormOf<E> & FormOf<E, D> : never;
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
/** An SDK instance: one namespace per table namespace (see KazooSdkNamespaces), plus `request`. */
interface KazooSdk extends KazooSdkNamespaces {
    /** Sends a request described by options (as hooks receive them); works detached too. */
    request(options: RequestSettings): KazooPromise<any>;
}
/** The methods a table of custom endpoints makes (typed from their entries, without documents). */
type CustomMethods<T> = {
    readonly [M in keyof T]: T[M] extends Entry ? MethodOf<T[M]> : never;
};
/** An SDK instance with custom endpoints added or put in place (`KazooSdk` when there are none). */
type KazooSdkWith<E extends CustomEndpoints> = {} extends E ? KazooSdk : Omit<KazooSdk, keyof E> & {
    readonly [NS in keyof E]: (NS extends keyof KazooSdkNamespaces ? Omit<KazooSdkNamespaces[NS], keyof E[NS]> : unknown) & CustomMethods<E[NS]>;
};
/** `$.getKazooSdk`: creates an instance; its `endpoints` is a frozen copy of the built-in table. */
interface GetKazooSdk {
    <const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdkWith<E>;
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
declare function getKazooSdk<const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdkWith<E>;

export { KazooSdkError, publicEndpoints as endpoints, getKazooSdk, install };
export type { AccessLists, AccessListsMethods, Account, AccountMethods, AlertMethods, Allotments, ApiAuth, ApiKeyMethods, AppsStoreMethods, AuthMethods, BalanceMethods, BillingMethods, Blacklist, BlacklistMethods, CallRecording, CallRecordingParameters, CallRecordingSource, CallWaiting, CallerId, Callflow, CallflowMethods, CallflowsAction, Cccp, CdrPushOnebillMethods, CdrsMethods, ChannelMethods, ClickToCallMethods, Clicktocall, CommentDocument, Comments, Conference, ConferenceMethods, ConferencesProfile, ConfigsMethods, Connectivity, ConnectivityMethods, ContactListMethods, CrmMethods, CustomEndpoints, CustomSipHeader, DashboardsMethods, DataOf, DesktopMethods, Device, DeviceMethods, Dialplan, Directory, DirectoryMethods, Endpoint, EndpointMedia, Endpoints, Entry, ExternalNumbersMethods, Fax, FaxboxMethods, FaxesMethods, Formatter, FunctionDocument, GeneralSettings, GetKazooSdk, GlobalResourcesMethods, Group, GroupMethods, Hooks, Id, InspectorMethods, Ips, IpsMethods, KazooError, KazooPromise, KazooResponse, KazooSdk, KazooSdkNamespaces, KazooSdkWith, Ledger, LedgersMethods, Limits, LimitsMethods, List, LocalResourcesMethods, MatchListMethods, Media, MediaMethods, Menu, MenuMethods, MetaflowMethods, Metaflows, MethodOf, Mm, MultifactorMethods, MultipartPart, NoEndpoints, NotificationDocument, NotifyCallback, NumbersMethods, ParkedCallsMethods, PhoneNumber, PivotMethods, Placeholders, PortMethods, PortRequest, PresenceMethods, Profile, QubicleQueuesMethods, QubicleRecipientsMethods, QubicleReportsMethods, QubicleRolesMethods, QubicleSkillsMethods, Queue, Rate, RecordingsMethods, RegistrationsMethods, RequestOptions, RequestSettings, Resource, ResourceSelector, ResourceTemplatesMethods, ResponseOf, SchemasMethods, SdkSettings, SecurityMethods, ServicePlanMethods, ServicesMethods, SettingsOf, Skel, SlackIntegrationMethods, Sms, SmtpLogsMethods, StorageAttachments, StorageConnections, StorageDocument, StorageMethods, StoragePlan, StoragePlanDatabase, StoragePlanDatabaseAttachment, StoragePlanDatabaseDocument, SystemConfig, SystemMethods, Task, TasksMethods, TelexsmsboxesMethods, TemporalRule, TemporalRuleMethods, TemporalRulesSet, TemporalSetMethods, TokenRestrictions, TransactionsMethods, TrunkingioMethods, User, UserAuth, UserMethods, Verb, Vmbox, VoicemailMethods, Webhook, WebhooksMethods, WebsocketsMethods, Whitelabel, WhitelabelMethods };
