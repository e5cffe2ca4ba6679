/**
 * Public types: the settings, the hooks, the Crossbar envelopes and the SDK's shape.
 */
import type { KazooError } from './errors';

export type Verb = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD';

/** One entry of the endpoint table (see endpoints.ts for the meaning of each field). */
export interface Endpoint {
  readonly verb: Verb;
  readonly url: string;
  readonly contentType?: string;
  readonly accept?: string;
  readonly auth?: boolean;
  readonly dataOptional?: boolean;
}

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

/** A jQuery promise for a call's final outcome (after any 402 retry), which can be aborted. */
export interface KazooPromise<T = any> extends JQuery.Promise<T, KazooError, never> {
  abort(): KazooPromise<T>;
}

/**
 * Hooks shared by every call of an instance. `options` is the complete description of the request:
 * hand it (possibly changed) to `kazooSdk.request(options)` to send it again.
 */
export interface Hooks {
  /** Right before the request is sent. */
  onRequestStart?: (jqXHR: JQuery.jqXHR, options: RequestOptions) => void;
  /** As soon as the answer arrives: the envelope on success, the jqXHR on error. */
  onRequestEnd?: (responseOrJqXHR: any, options: RequestOptions) => void;
  /** After onRequestEnd, for a successful exchange. */
  onRequestSuccess?: (response: any, options: RequestOptions) => void;
  /**
   * After onRequestEnd, for a failed exchange. Setting `options.preventCallbackError = true` here
   * takes the call over: no 402 flow and no error callback follow.
   */
  onRequestError?: (jqXHR: JQuery.jqXHR, options: RequestOptions) => void;
}

/** The General API settings: given to getKazooSdk as defaults, or to any method to override them. */
export interface GeneralSettings {
  apiRoot?: string;
  authToken?: string | null;
  uiMetadata?: { [key: string]: unknown };
  acceptCharges?: boolean;
  success?: (response: any, textStatus: string, jqXHR: JQuery.jqXHR) => void;
  error?: (responseData: KazooError, jqXHR: JQuery.jqXHR) => void;
  /** Called instead of the error callback when the charges of a 402 are refused. */
  onChargesCancelled?: () => void;
  /**
   * Decides a 402: receives the invoices (the 402 body's `data`) and returns true to re-send the
   * request once with `accept_charges: true`, or false to refuse; a promise of either is fine.
   * Default: `window.confirm` with a summary of the charges.
   */
  confirmCharges?: (charges: any, options: RequestOptions) => boolean | PromiseLike<boolean>;
  filters?: { [key: string]: unknown };
  /** Extra headers; a call's headers merge key by key over the instance's, `null` removes one. */
  headers?: { [name: string]: string | null };
  cache?: boolean;
  /** Any other key is kept and handed to the hooks in `options`. */
  [custom: string]: unknown;
}

/** What getKazooSdk takes: the apiRoot alone, or the settings. */
export type SdkSettings = string | (GeneralSettings & Hooks & { apiRoot: string });

/** The settings of one method call: its mandatory settings plus any General API setting. */
export interface MethodSettings extends GeneralSettings {
  data?: unknown;
}

/** The description of a request that hooks receive and `kazooSdk.request` sends. */
export interface RequestOptions extends GeneralSettings, Hooks {
  verb: Verb;
  /** Path relative to the apiRoot, placeholders filled, possibly with a query part. */
  url: string;
  apiRoot: string;
  data?: unknown;
  contentType?: string;
  accept?: string;
  auth?: boolean;
  preventCallbackError?: boolean;
}

export type Method = (settings?: MethodSettings) => KazooPromise;
