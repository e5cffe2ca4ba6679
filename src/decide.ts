/**
 * What a call does after one of its exchanges has been answered and its hooks have run. Pure: the
 * driver (call.ts) gathers the facts and carries out the decision.
 */

/** The facts about an answered exchange that decide what follows. */
export interface Facts {
  /** The call has ended already (abort() from a hook). */
  ended: boolean;
  /** abort() was called for the call. */
  aborted: boolean;
  /** The exchange succeeded (2xx or 304, with a readable body). */
  ok: boolean;
  /** paginate: 'all' and there is a next page to fetch. */
  next: boolean;
  /** onRequestError set options.preventCallbackError: the application took the call over. */
  taken: boolean;
  /** The HTTP status of a failed exchange (0 when no answer arrived). */
  status: number;
  /** A 402 may ask for the charges to be confirmed (the call gave no acceptCharges). */
  mayAskCharges: boolean;
  /** A 401 may re-login (see followups.ts: mayRelogin). */
  mayRelogin: boolean;
}

/**
 * - `ended`: nothing more (the call has ended);
 * - `next`: fetch the next page; `done`: end the call with success;
 * - `taken`: the application has the call (it may hand the options back to kazooSdk.request);
 * - `charges`: ask about the charges of a 402; `relogin`: re-login, then send again;
 * - `fail`: end the call with its error.
 */
export type Decision = 'ended' | 'next' | 'done' | 'taken' | 'charges' | 'relogin' | 'fail';

export function decide(facts: Facts): Decision {
  if (facts.ended) return 'ended';
  if (facts.ok) return facts.next ? 'next' : 'done';
  if (facts.aborted) return 'fail';
  if (facts.taken) return 'taken';
  if (facts.status === 402 && facts.mayAskCharges) return 'charges';
  if (facts.status === 401 && facts.mayRelogin) return 'relogin';
  return 'fail';
}
