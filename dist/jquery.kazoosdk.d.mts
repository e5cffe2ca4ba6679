/// <reference types="jquery" />
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
            readonly url: "accounts/{accountId}/children";
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
    };
    readonly channel: {
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/channels";
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
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/conferences/{conferenceId}/{action}";
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
        readonly activate: {
            readonly verb: "PUT";
            readonly url: "accounts/{accountId}/phone_numbers/collection/activate";
        };
        readonly update: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}";
        };
        readonly delete: {
            readonly verb: "DELETE";
            readonly url: "accounts/{accountId}/phone_numbers/collection";
        };
        readonly identify: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers/{phoneNumber}/identify";
        };
        readonly list: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/phone_numbers";
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
            readonly url: "accounts/{accountId}/port_requests/descendants";
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
    };
    readonly whitelabel: {
        readonly get: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}";
        };
        readonly getLogo: {
            readonly verb: "GET";
            readonly url: "whitelabel/{domain}/logo";
        };
        readonly getDnsEntries: {
            readonly verb: "GET";
            readonly url: "accounts/{accountId}/whitelabel/domains";
        };
        readonly checkDnsEntries: {
            readonly verb: "POST";
            readonly url: "accounts/{accountId}/whitelabel/domains?domain={domain}";
            readonly dataOptional: true;
        };
    };
};

/** The constructor of KazooSdkError. */
interface KazooSdkErrorConstructor {
    new (message: string): KazooSdkError;
    readonly prototype: KazooSdkError;
}
/**
 * The SDK's own error type and the normalisation of failed responses. Pure: no jQuery, no I/O.
 */
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
    readonly dataOptional?: boolean;
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
    /** The call succeeded: `response` is the envelope (a string for HTML, a Blob for PDF downloads). */
    success?: (response: R, textStatus: string, jqXHR: JQuery.jqXHR) => void;
    /** The call failed: `responseData` is always an object with `httpErrorStatus`. */
    error?: (responseData: KazooError, jqXHR: JQuery.jqXHR) => void;
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
    /** Any other key is kept and handed to the hooks in `options`. */
    [custom: string]: unknown;
}
/** Endpoints an instance adds or replaces, in the table's format: namespace -> method -> entry. */
type CustomEndpoints = {
    [ns: string]: {
        [method: string]: Endpoint;
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
/** What a method's success callback and promise receive, from the entry's `accept`. */
type ResponseOf<E> = E extends {
    accept: `text/${string}`;
} ? string : E extends {
    accept: string;
} ? Blob : KazooResponse;
type DataRequired<E> = E extends {
    dataOptional: true;
} ? false : E extends {
    verb: 'PUT' | 'POST';
} ? true : false;
type Ids<K extends string> = {
    [P in K]: Id;
};
/** The mandatory part of a method's settings: its placeholders, and `data` where required. */
type Mandatory<E extends Endpoint> = DataRequired<E> extends true ? E extends {
    verb: 'POST';
} ? (Ids<Placeholders<E['url']>> & {
    data: unknown;
}) | (Ids<Exclude<Placeholders<E['url']>, LastPlaceholder<E['url']>>> & {
    data: {
        id: Id;
        [key: string]: unknown;
    };
}) : Ids<Placeholders<E['url']>> & {
    data: unknown;
} : Ids<Placeholders<E['url']>> & {
    data?: unknown;
};
/** The settings of one method call: its mandatory settings plus any General API setting. */
type SettingsOf<E extends Endpoint> = Mandatory<E> & GeneralSettings<ResponseOf<E>>;
/** One method: the settings argument may be left out only when nothing is mandatory. */
type MethodOf<E extends Endpoint> = {} extends Mandatory<E> ? (settings?: SettingsOf<E>) => KazooPromise<ResponseOf<E>> : (settings: SettingsOf<E>) => KazooPromise<ResponseOf<E>>;
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
        readonly [M in keyof T[NS]]: T[NS][M] extends Endpoint ? MethodOf<T[NS][M]> : never;
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

/** The built-in table as applications see it: a deep-frozen copy, so it cannot change the SDK. */
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
export type { CustomEndpoints, Endpoint, Endpoints, GeneralSettings, GetKazooSdk, Hooks, Id, KazooError, KazooPromise, KazooResponse, KazooSdk, MethodOf, NoEndpoints, Placeholders, RequestOptions, RequestSettings, ResponseOf, SdkSettings, SettingsOf, Verb, WithCustom };
