/**
 * The SDK's own error type and the normalisation of failed responses. Pure: no jQuery, no I/O.
 */

/**
 * Thrown synchronously, before anything is sent, when a method is called wrongly: a missing or
 * invalid mandatory setting, or getKazooSdk without an apiRoot. It is a programmer error, never a
 * server answer. An Error (`instanceof Error` holds) named 'KazooSdkError'.
 */
export interface KazooSdkError extends Error {
  name: 'KazooSdkError';
}

/** The constructor of KazooSdkError. */
export interface KazooSdkErrorConstructor {
  new (message: string): KazooSdkError;
  readonly prototype: KazooSdkError;
}

// A native Error re-parented onto KazooSdkError.prototype (so it is `[object Error]`, with the
// engine's stack), without `class extends Error`, whose ES5 output needs helper code in every build.
// Where Object.setPrototypeOf is missing (before IE 11) it stays a plain Error named 'KazooSdkError'.
function SdkError(message: string): KazooSdkError {
  var error = new Error(message) as KazooSdkError;
  error.name = 'KazooSdkError';
  // eslint-disable-next-line no-restricted-properties -- guarded: absent before IE 11
  if (Object.setPrototypeOf) Object.setPrototypeOf(error, SdkError.prototype);
  return error;
}
SdkError.prototype = Object.create(Error.prototype, {
  constructor: { value: SdkError, writable: true, configurable: true },
  name: { value: 'KazooSdkError', writable: true, configurable: true },
});
export var KazooSdkError = SdkError as unknown as KazooSdkErrorConstructor;

/** What every error callback receives: a Crossbar error envelope plus the HTTP status (0 when none). */
export interface KazooError {
  status?: string;
  error?: string;
  message?: string;
  data?: unknown;
  httpErrorStatus: number;
  [key: string]: unknown;
}

/** The parts of a finished exchange that decide what the caller is told. */
export interface Exchange {
  /** HTTP status, 0 when no response arrived. */
  status: number;
  /** jQuery's textStatus: 'error', 'timeout', 'abort', 'parsererror', ... */
  textStatus: string;
  /** The HTTP reason phrase, when there was one. */
  statusText: string;
  /** The body when it was JSON and parsed to an object; undefined otherwise. */
  json: unknown;
  /** True when the body was declared JSON but could not be parsed. */
  invalidJson: boolean;
}

/**
 * Turns a failed exchange into the object handed to `error(responseData, jqXHR)`: the server's own
 * JSON error envelope when it sent one, otherwise a Crossbar-shaped object saying what happened.
 */
export function toKazooError(x: Exchange): KazooError {
  var result: KazooError;
  if (x.json !== null && typeof x.json === 'object' && !isArray(x.json)) {
    result = copy(x.json as { [key: string]: unknown }) as KazooError;
  } else {
    var reason = describeFailure(x);
    result = {
      status: 'error',
      error: String(x.status),
      message: reason,
      data: { message: reason },
      httpErrorStatus: 0,
    };
  }
  result.httpErrorStatus = x.status;
  return result;
}

function describeFailure(x: Exchange): string {
  if (x.textStatus === 'timeout' || x.textStatus === 'abort') return x.textStatus;
  if (x.status === 0) return 'network error';
  if (x.invalidJson) return 'invalid JSON';
  return x.statusText && x.statusText !== 'error' ? x.statusText : 'HTTP ' + x.status;
}

function isArray(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Array]';
}

function copy(source: { [key: string]: unknown }): { [key: string]: unknown } {
  var target: { [key: string]: unknown } = {};
  for (var key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    // JSON.parse makes "__proto__" an own key; keep it one instead of setting the prototype
    Object.defineProperty(target, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  }
  return target;
}
