/**
 * Public types: the settings, the hooks, the Crossbar envelopes, and the SDK's shape, which is
 * derived from the endpoint table itself: each method's `{placeholders}` are its required settings.
 * The SDK's interface, one method per table entry with its Kazoo document and its documentation, is
 * generated into generated/sdk.ts (scripts/gen-types.mjs); types only, nothing of it is shipped as code.
 */
import type { endpoints } from './endpoints';
import type { KazooError } from './errors';
import type { KazooSdkNamespaces } from './generated/sdk';

export type Verb = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD';

/** One entry of the endpoint table (see endpoints.ts for the meaning of each field). */
export interface Endpoint {
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
export type Entry = Endpoint | readonly Endpoint[];

/** One part of a `multipart/mixed` body (faxes.sendAsMultipart): its headers and its text. */
export interface MultipartPart {
  headers?: { [name: string]: string | number };
  body: string;
}

/** The built-in table: namespace -> method -> entry. */
export type Endpoints = typeof endpoints;

/** A successful Crossbar answer: the whole envelope. */
export interface KazooResponse<T = any> {
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
export interface KazooPromise<T = KazooResponse> extends JQuery.Promise<T, KazooError, never> {
  abort(): KazooPromise<T>;
}

/**
 * Hooks, given to getKazooSdk (for every call) or to one call. Their return values are ignored;
 * what one throws is rethrown on a timer and stops nothing. `options` is the complete description
 * of the request: hand it, possibly changed, to `kazooSdk.request(options)` to send it again.
 */
export interface Hooks {
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
export interface GeneralSettings<R = any> extends Hooks {
  /** URL of the API, with or without a trailing slash. */
  apiRoot?: string;
  /** On getKazooSdk: the initial stored token. On a call: this call's token (`null`: none). */
  authToken?: string | null;
  /** Put as `ui_metadata` inside `data` of JSON bodies. */
  uiMetadata?: { [key: string]: unknown };
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
  filters?: { [key: string]: unknown };
  /** Extra headers; a call's merge over the instance's key by key, `null` removes one. */
  headers?: { [name: string]: string | null };
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
  envelopeKeys?: { [key: string]: unknown };
  /** Any other key is kept and handed to the hooks in `options`. */
  [custom: string]: unknown;
}

/** Endpoints an instance adds or replaces, in the table's format: namespace -> method -> entry. */
export type CustomEndpoints = { [ns: string]: { [method: string]: Entry } };

/** No custom endpoints. */
export type NoEndpoints = Record<never, never>;

/** What getKazooSdk takes: the apiRoot alone, or the settings (with custom endpoints, if any). */
export type SdkSettings<E extends CustomEndpoints = NoEndpoints> = string | (GeneralSettings & { apiRoot: string; endpoints?: E });

/** A placeholder value: a string or a finite number (not '', '.' or '..': checked when called). */
export type Id = string | number;

/** The names of a URL template's `{placeholders}`: `Placeholders<'a/{x}/b/{y}'>` is `'x' | 'y'`. */
export type Placeholders<U extends string> = U extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The last placeholder of a URL template (a POST takes it from `data.id` when missing). */
type LastPlaceholder<U extends string> = U extends `${string}{${infer P}}${infer Rest}`
  ? [Placeholders<Rest>] extends [never] ? P : LastPlaceholder<Rest>
  : never;

/**
 * What a method's success callback and promise receive, from the entry's `accept` (B: with
 * responseType 'blob'); the envelope of its Kazoo document `D` where it has one.
 */
export type ResponseOf<E, B = false, D = never> = E extends { accept: `text/${string}` } ? string
  : E extends { accept: '*/*' } ? (B extends true ? Blob : string) | KazooResponse
  : E extends { accept: string } ? B extends true ? Blob : string
  : [D] extends [never] ? KazooResponse : KazooResponse<D>;

/** A binary download: its response type depends on responseType. */
type Binary<E> = E extends { accept: `text/${string}` } ? false : E extends { accept: string } ? true : false;

/**
 * What a method's `data` is: the parts of a multipart body; its Kazoo document `D` where it has one
 * (every field optional on a PATCH); or anything else.
 */
export type DataOf<E, D = never> = E extends { contentType: 'multipart/mixed' } ? MultipartPart[]
  : [D] extends [never] ? unknown
  : E extends { verb: 'PATCH' } ? Partial<D> : D;

/** The `data` of a POST whose last placeholder is missing: it carries the id instead. */
type WithId<E, D> = ([D] extends [never] ? { [key: string]: unknown } : DataOf<E, D>) & { id: Id };

type DataRequired<E> = E extends { dataOptional: true } ? false : E extends { verb: 'PUT' | 'POST' } ? true : false;

type Ids<K extends string> = { [P in K]: Id };

/** A setting sent inside `data` (conference.action's `action`): with it, `data` is not needed. */
type InData<E> = E extends { inData: infer K extends string } ? { [P in K]?: unknown } : unknown;

/** The mandatory part of a method's settings: its placeholders, and `data` where required. */
type Mandatory<E extends Endpoint, D = never> = E extends { inData: string }
  ? (Ids<Placeholders<E['url']>> & { data: DataOf<E, D> }) | (Ids<Placeholders<E['url']>> & { [P in E['inData']]: unknown } & { data?: DataOf<E, D> })
  : DataRequired<E> extends true
  ? E extends { verb: 'POST' }
    ? // the POST quirk: the last placeholder may come from data.id instead
      | (Ids<Placeholders<E['url']>> & { data: DataOf<E, D> })
      | (Ids<Exclude<Placeholders<E['url']>, LastPlaceholder<E['url']>>> & { data: WithId<E, D> })
    : Ids<Placeholders<E['url']>> & { data: DataOf<E, D> }
  : Ids<Placeholders<E['url']>> & { data?: DataOf<E, D> };

/**
 * The settings of one method call: its mandatory settings plus any General API setting. `B`: with
 * responseType 'blob'; `D`: the method's Kazoo document (generated from Kazoo's schemas), if any.
 */
export type SettingsOf<E extends Endpoint, B = false, D = never> = Mandatory<E, D> & InData<E> & GeneralSettings<ResponseOf<E, B, D>>;

/** One form of a method: the settings argument may be left out only when nothing is mandatory. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: every key of T is optional
type FormOf<E extends Endpoint, D = never> = {} extends Mandatory<E, D>
  ? (settings?: SettingsOf<E, false, D>) => KazooPromise<ResponseOf<E, false, D>>
  : (settings: SettingsOf<E, false, D>) => KazooPromise<ResponseOf<E, false, D>>;

/** A binary download also takes `responseType: 'blob'`, and then delivers a Blob. */
type BlobFormOf<E extends Endpoint> = Binary<E> extends true
  ? (settings: SettingsOf<E, true> & { responseType: 'blob' }) => KazooPromise<ResponseOf<E, true>>
  : unknown;

/** The settings of any form of a method with several: a call gives all the placeholders of one. */
type SettingsOfForms<F extends readonly Endpoint[], D = never> = { [I in keyof F]: F[I] extends Endpoint ? SettingsOf<F[I], false, D> : never }[number];

/**
 * One method, from its entry (one form, or several). `D` is the method's Kazoo document, when it
 * has one: its `data` and its answer's `data`.
 */
export type MethodOf<E extends Entry, D = never> = E extends readonly Endpoint[]
  ? (settings: SettingsOfForms<E, D>) => KazooPromise<ResponseOf<E[number], false, D>>
  : E extends Endpoint ? BlobFormOf<E> & FormOf<E, D> : never;

/** The description of a request that hooks receive and `kazooSdk.request` sends. */
export interface RequestOptions extends GeneralSettings {
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
export type RequestSettings = Partial<RequestOptions> & { url: string };

/** An SDK instance: one namespace per table namespace (see KazooSdkNamespaces), plus `request`. */
export interface KazooSdk extends KazooSdkNamespaces {
  /** Sends a request described by options (as hooks receive them); works detached too. */
  request(options: RequestSettings): KazooPromise<any>;
}

/** The methods a table of custom endpoints makes (typed from their entries, without documents). */
type CustomMethods<T> = { readonly [M in keyof T]: T[M] extends Entry ? MethodOf<T[M]> : never };

/** An SDK instance with custom endpoints added or put in place (`KazooSdk` when there are none). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends E`: no custom endpoint
export type KazooSdkWith<E extends CustomEndpoints> = {} extends E
  ? KazooSdk
  : Omit<KazooSdk, keyof E> & {
      readonly [NS in keyof E]: (NS extends keyof KazooSdkNamespaces ? Omit<KazooSdkNamespaces[NS], keyof E[NS]> : unknown) & CustomMethods<E[NS]>;
    };

/** `$.getKazooSdk`: creates an instance; its `endpoints` is a frozen copy of the built-in table. */
export interface GetKazooSdk {
  <const E extends CustomEndpoints = NoEndpoints>(settings: SdkSettings<E>): KazooSdkWith<E>;
  readonly endpoints: Endpoints;
}
