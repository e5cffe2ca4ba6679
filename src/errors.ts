/**
 * The SDK's own error type and the normalisation of failed responses. Pure: no jQuery, no I/O.
 */
import { own } from './own';

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

/**
 * A KazooSdkError thrown while a call is prepared, as the caller sees it: its message prefixed with
 * the name of the method (`user.get: ...`, `request: ...`). Other errors are returned as they are.
 * (By name, not instanceof: where Object.setPrototypeOf is missing it is a plain Error.)
 */
export function named(label: string, e: unknown): unknown {
  return e && (e as Error).name === 'KazooSdkError' ? new KazooSdkError(label + ': ' + (e as Error).message) : e;
}

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
export interface FailedExchange {
  /** HTTP status, 0 when no response arrived. */
  status: number;
  /** jQuery's textStatus: 'error', 'timeout', 'abort', 'parsererror', ... */
  textStatus: string;
  /** The HTTP reason phrase, when there was one. */
  statusText: string;
  /** The body when it was JSON and parsed to an object; undefined otherwise. */
  json?: unknown;
  /** True when the body was declared JSON but could not be parsed. */
  invalidJson?: boolean;
}

/**
 * Turns a failed exchange into the object handed to `error(responseData, jqXHR)`: the server's own
 * JSON error envelope when it sent one, otherwise a Crossbar-shaped object saying what happened.
 */
export function toKazooError(x: FailedExchange): KazooError {
  var json = x.json as { [key: string]: unknown };
  var result: KazooError;
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    result = {} as KazooError;
    for (var key in json) {
      // JSON.parse makes "__proto__" an own key: define it as one instead of setting the prototype
      if (Object.prototype.hasOwnProperty.call(json, key)) {
        own(result, key, json[key]);
      }
    }
  } else {
    var reason =
      x.textStatus === 'timeout' || x.textStatus === 'abort' ? x.textStatus
      : !x.status ? 'network error'
      : x.invalidJson ? 'invalid JSON'
      : x.statusText && x.statusText !== 'error' ? x.statusText
      : 'HTTP ' + x.status;
    result = { status: 'error', error: String(x.status), message: reason, data: { message: reason } } as KazooError;
  }
  result.httpErrorStatus = x.status;
  return result;
}
