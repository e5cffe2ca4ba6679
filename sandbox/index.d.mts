// Types of the sandbox library (`import { createSandbox } from 'jquery-kazoosdk/sandbox'`), written
// by hand beside sandbox/index.mjs. Node 20 or later, ES modules only.

/** What a route handler answers: a Crossbar envelope (ok, created), raw bytes (raw), or a thrown CrossbarError. */
export interface RouteResult {
  kind: string;
  status: number;
  [key: string]: unknown;
}

/** The request as a route handler sees it: its path parameters, query, body, token and the store. */
export interface RouteContext {
  params: { [name: string]: string };
  query: URLSearchParams;
  body: unknown;
  store: Store;
  [key: string]: unknown;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

/** A route as a value: a path in the SDK table's grammar (`accounts/{accountId}/users/{userId}`) and its verbs. */
export interface Route {
  path: string;
  methods: { [verb: string]: RouteHandler };
  auth: 'token' | 'superduper' | 'none';
}

/**
 * The sandbox's data: accounts, and each account's documents by kind (`users`, `devices`, ...,
 * as in the API's paths). Changes made here are what the API answers next.
 */
export interface Store {
  getAccount(id: string): any | undefined;
  listAccounts(): any[];
  /** The documents of one kind in an account (`db`: the account's id). */
  listDocs(db: string, kind: string): any[];
  getDoc(db: string, kind: string, id: string): any | undefined;
  /** Inserts or replaces a document (its `id` made when it has none); returns it as stored. */
  putDoc(db: string, kind: string, doc: { id?: string; [key: string]: any }): any;
  /** Removes a document; returns it, or undefined when there was none. */
  deleteDoc(db: string, kind: string, id: string): any | undefined;
  /** Back to the demo data. */
  reset(): void;
  [key: string]: any;
}

export interface SandboxOptions {
  /** Default 0: a free port. */
  port?: number;
  /** '127.0.0.1' (default), 'localhost' or '::1': loopback only. */
  host?: '127.0.0.1' | 'localhost' | '::1';
  /** Route values (default `routes`); for a path listed twice, the later route's verbs win. */
  routes?: readonly Route[];
  /** A JSON file seeding the store (written with the demo data when missing), rewritten after each change. */
  dataFile?: string;
  /** Token lifetime in seconds (default 3600). */
  tokenTtl?: number;
  /** One line per request (default: silent). */
  log?: (line: string) => void;
  /** Serves paths outside /v2/; returns true when it answered. */
  staticHandler?: (req: any, res: any) => boolean | Promise<boolean>;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/v2/`: the SDK's apiRoot. */
  apiRoot: string;
  port: number;
  store: Store;
  /** The node:http server. */
  server: { close(callback?: () => void): unknown; address(): unknown };
  close(): Promise<void>;
}

/** Starts a sandbox, listening, on the loopback interface. */
export function createSandbox(options?: SandboxOptions): Promise<Sandbox>;

/** Every route of the sandbox: the API's domains and the fault routes. */
export const routes: readonly Route[];
/** The `__sandbox/*` routes: an HTML 502, invalid JSON, a reset connection, a slow answer, ... */
export const faultRoutes: readonly Route[];
/** The ids and logins of the demo data. */
export const SEED: { readonly [kind: string]: any };

export function defineRoute(path: string, methods: { [verb: string]: RouteHandler }, options?: { auth?: Route['auth'] }): Route;

/** A Crossbar error answer, thrown by a handler. */
export class CrossbarError extends Error {
  constructor(status: number, message?: string, data?: unknown, headers?: { [name: string]: string });
  status: number;
  code: string | undefined;
  data: unknown;
  headers: { [name: string]: string };
}

/** Constructors of Crossbar's error answers (validation, required, parse, notFound, ...). */
export const errors: { [name: string]: (...args: any[]) => CrossbarError };

export function ok(data: unknown, options?: { [key: string]: unknown }): RouteResult;
export function created(data: unknown, location?: string, options?: { [key: string]: unknown }): RouteResult;
export function raw(body: string | Uint8Array, contentType: string, options?: { [key: string]: unknown }): RouteResult;
