// Types of the sandbox library (`import { createSandbox } from 'jquery-kazoosdk/sandbox'`, see
// index.mjs): an ES module for Node 20+. Written by hand; test/packaging/pack.test.mjs compiles a
// consumer against them. Node's own objects (the request, the response, the server) are left
// untyped here, so that these types need nothing else (a project with @types/node can cast them).

/** What a route handler answers: a JSON envelope, raw bytes, or HANDLED (it wrote the response). */
export type RouteResult =
  | { kind: 'json'; status: number; data: unknown; headers?: { [name: string]: string }; [key: string]: unknown }
  | { kind: 'raw'; status: number; body: string | Uint8Array; contentType: string; [key: string]: unknown }
  | { readonly kind: 'handled' };

/** A request as a handler sees it. */
export interface RouteContext {
  /** Node's http.IncomingMessage. */
  req: any;
  /** Node's http.ServerResponse. */
  res: any;
  /** The sandbox's store of accounts and documents. */
  store: unknown;
  /** The path's `{placeholders}`, decoded. */
  params: { [name: string]: string };
  /** The raw request body. */
  body: Uint8Array;
  query: URLSearchParams;
  method: string;
  requestId: string;
  /** The parsed JSON request envelope (`{}` for an empty body); throws a 400 CrossbarError otherwise. */
  envelope(): { data?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

/** A route as a value: a path in the SDK table's grammar (`accounts/{accountId}/users/{id}`). */
export interface Route {
  path: string;
  methods: { [verb: string]: RouteHandler };
  auth: 'token' | 'superduper' | 'none';
}

export interface SandboxOptions {
  /** Default 0: a free port. */
  port?: number;
  /** '127.0.0.1' (default), 'localhost' or '::1': loopback only. */
  host?: '127.0.0.1' | 'localhost' | '::1';
  /** Route values (default `routes`); for a path listed twice, the later route's verbs win. */
  routes?: readonly Route[];
  /** JSON file seeding the store (written with the demo data when missing), rewritten after every change. */
  dataFile?: string;
  /** Token lifetime in seconds (default env SANDBOX_TOKEN_TTL, else 3600). */
  tokenTtl?: number;
  /** One line per request (default: silent). */
  log?: ((line: string) => void) | null;
  /** Serves paths outside /v2/: true when it answered, false for the sandbox's 404. */
  staticHandler?: (req: any, res: any) => boolean | Promise<boolean>;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/v2/` */
  apiRoot: string;
  port: number;
  /** Node's http.Server. */
  server: any;
  store: unknown;
  /** Stops listening, drops open connections and persists the store. */
  close(): Promise<void>;
}

/** Starts a sandbox on the loopback interface, with the demo data. */
export function createSandbox(options?: SandboxOptions): Promise<Sandbox>;

/** Defines a route: `defineRoute('accounts/{accountId}/users', { GET: () => ok([]) })`. */
export function defineRoute(path: string, methods: { [verb: string]: RouteHandler }, options?: { auth?: Route['auth'] }): Route;

/** Every route of the sandbox, the fault routes included. */
export const routes: readonly Route[];

/** The `__sandbox/*` routes: HTML 502, invalid JSON, a reset connection, a slow answer, ... */
export const faultRoutes: readonly Route[];

/** The ids and logins of the demo data. */
export const SEED: {
  readonly accounts: { readonly demo: string; readonly child: string; readonly other: string };
  readonly credentials: {
    readonly [name: string]: { readonly account_name: string; readonly username: string; readonly password: string; readonly credentials: string };
  };
  readonly [key: string]: unknown;
};

/** A 200 JSON envelope holding `data`. */
export function ok(data: unknown, options?: { headers?: { [name: string]: string }; [key: string]: unknown }): RouteResult;
/** A 201 JSON envelope holding `data`, with a Location header when given. */
export function created(data: unknown, location?: string, options?: { headers?: { [name: string]: string }; [key: string]: unknown }): RouteResult;
/** A non-JSON body (PDF, audio, HTML, PNG). */
export function raw(body: string | Uint8Array, contentType: string, options?: { [key: string]: unknown }): RouteResult;

/** An error the server answers as a Crossbar error envelope (`status`: HTTP status, `code`: Kazoo's message). */
export class CrossbarError extends Error {
  constructor(status: number, message: string, data?: unknown, headers?: { [name: string]: string });
  status: number;
  code: string;
  data: unknown;
  headers: { [name: string]: string };
}

/** Kazoo's error answers. */
export const errors: {
  validation(fields: { [field: string]: { [code: string]: { message: string; value?: unknown } } }): CrossbarError;
  required(field: string): CrossbarError;
  unauthorized(): CrossbarError;
  charges(invoices: unknown): CrossbarError;
  forbidden(): CrossbarError;
  notFound(path?: string): CrossbarError;
  conflict(message?: string, data?: unknown): CrossbarError;
  [name: string]: (...args: any[]) => CrossbarError;
};
