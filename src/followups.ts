/**
 * Step 4 of a request, when its answer asks for more: the next page (paginate: 'all'), the 402
 * charges question, the re-login on 401. Each asks or keeps what it needs and hands its result to
 * the driver (call.ts), which sends the follow-up exchange or ends the call.
 */
import { describeCharges } from './charges';
import type { Context, Request } from './options';
import { report } from './transport';
import type { RequestOptions } from './types';

/** paginate: 'all': the most pages a call fetches, unless maxPages (a positive number) says otherwise. */
export function pageLimit(opts: RequestOptions): number {
  return typeof opts.maxPages === 'number' && opts.maxPages > 0 ? opts.maxPages : 100;
}

/** Adds a page's items to those kept so far (in place: linear in the number of items). */
export function keep(items: unknown[], data: unknown[]): unknown[] {
  for (var i = 0; i < data.length; i++) items.push(data[i]);
  return items;
}

/**
 * The 402 question: confirmCharges (default: window.confirm with a summary of the charges)
 * receives the invoices; `decide` receives its answer (true accepts) once.
 */
export function askCharges(opts: RequestOptions, charges: unknown, decide: (answer: unknown) => void): void {
  ask(typeof opts.confirmCharges === 'function' ? opts.confirmCharges : confirmWithWindow, opts, [charges, opts], decide);
}

function confirmWithWindow(charges: unknown): boolean {
  return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(describeCharges(charges));
}

/**
 * When a request is sent, as the re-login of its apiRoot sees it: how many reauth() have ended,
 * or -1 while one is running.
 */
export function sentAt(ctx: Context, req: Request): number {
  var state = ctx.relogins[req.root];
  return !state ? 0 : state.waiting ? -1 : state.ended;
}

/** Re-login state of an apiRoot: the calls waiting for a reauth() in progress, and the last result. */
export interface Relogin {
  waiting?: ((token: unknown) => void)[] | null;
  /** How many reauth() have ended, and the token the last one gave (none: no token). */
  ended: number;
  token?: string | null;
}

/**
 * Whether a 401 may lead to a re-login: a reauth function is given, the request belongs to the
 * instance's own apiRoot (a token is never fetched for another), it is not a login, not sent
 * without a token on purpose, not already re-sent after a re-login, and not sent while a
 * re-login was running (the re-login's own requests end with their 401: no deadlock).
 */
export function mayRelogin(ctx: Context, opts: RequestOptions, req: Request, sent: number, retried: boolean): boolean {
  return typeof opts.reauth === 'function' && req.root === ctx.home && !opts.auth && opts.authToken !== null && !retried && sent >= 0;
}

/**
 * Re-login on 401: one reauth() per apiRoot at a time. The calls that get a 401 while it runs
 * wait for it, and so do those sent before it ended (they carried the old token): `decide`
 * receives the token it gives (a string, an envelope's auth_token, or a promise of either; stored
 * for the apiRoot), or null.
 */
export function relogin(ctx: Context, opts: RequestOptions, req: Request, sent: number, decide: (token: unknown) => void): void {
  var state: Relogin = ctx.relogins[req.root] || (ctx.relogins[req.root] = { ended: 0 });
  if (state.waiting) return void state.waiting.push(decide);
  if (sent !== state.ended) return decide(state.token); // a re-login ended since it was sent
  state.waiting = [decide];
  ask(opts.reauth!, opts, [], function (answer: any) {
    var token = typeof answer === 'string' ? answer : answer && typeof answer.auth_token === 'string' ? answer.auth_token : null;
    var waiting = state.waiting!;
    state.waiting = null;
    state.ended++;
    state.token = token || null;
    if (token) ctx.tokens[req.root] = token;
    for (var i = 0; i < waiting.length; i++) waiting[i](state.token);
  });
}

/**
 * Asks an application function; its answer, or the value of the promise it returns, goes to
 * `answer`, once (null when it throws or the promise fails; a second fulfilment is ignored).
 */
export function ask(fn: (...args: any[]) => any, self: unknown, args: unknown[], answer: (value: unknown) => void): void {
  var answered = false;
  function once(value: unknown) {
    if (answered) return;
    answered = true;
    answer(value);
  }
  try {
    var value = fn.apply(self, args);
    if (value && typeof value.then === 'function') {
      value.then(once, function () {
        once(null);
      });
    } else {
      once(value);
    }
  } catch (e) {
    report(e);
    once(null);
  }
}
