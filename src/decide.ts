/**
 * What a call does after one of its exchanges has been answered and its hooks have run. Pure: the
 * driver (call.ts) hands over the facts and carries out the decision.
 */

/** What the decision reads of the call: whether it has ended, whether abort() was called. */
export interface CallState {
  settled: unknown;
  aborted: boolean;
}

/** What it reads of the exchange's options, as the hooks left them. */
export interface OptionsState {
  /** Set by onRequestError: the application takes the call over. */
  preventCallbackError?: boolean;
  /** Given (true or false): a 402 is not asked about. */
  acceptCharges?: boolean;
}

/**
 * The decisions (numbers: names would be shipped as strings):
 * - ENDED: nothing more (the call has ended already: abort() from a hook);
 * - NEXT: fetch the next page; DONE: end the call with success;
 * - TAKEN: the application has the call (it may hand the options back to kazooSdk.request);
 * - CHARGES: ask about the charges of a 402; RELOGIN: re-login, then send again;
 * - FAIL: end the call with its error.
 */
export var ENDED = 0, NEXT = 1, DONE = 2, TAKEN = 3, CHARGES = 4, RELOGIN = 5, FAIL = 6;
export type Decision = number;

/**
 * @param ok the exchange succeeded (2xx or 304, with a readable body)
 * @param status the HTTP status of a failed exchange (0 when no answer arrived)
 * @param next paginate: 'all' and there is a next page to fetch
 * @param mayRelogin a 401 may lead to a re-login (see followups.ts)
 */
export function decide(call: CallState, opts: OptionsState, ok: boolean, status: number, next: boolean, mayRelogin: boolean): Decision {
  if (call.settled) return ENDED;
  if (ok) return next ? NEXT : DONE;
  if (call.aborted) return FAIL;
  if (opts.preventCallbackError) return TAKEN;
  if (status === 402 && opts.acceptCharges === undefined) return CHARGES;
  if (status === 401 && mayRelogin) return RELOGIN;
  return FAIL;
}
