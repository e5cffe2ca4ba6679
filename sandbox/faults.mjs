// Fault-injection and test-control routes under /v2/__sandbox/ (no token needed). End-to-end tests
// use them to see how the SDK copes with what a broken proxy or server can send.
//
//   ANY  html500 | html502 | html503   HTML error page with that status
//   ANY  badjson                       200, application/json, invalid JSON
//   ANY  empty200                      200, application/json, empty body
//   ANY  empty204                      204, no body
//   ANY  truncated                     200 declaring a longer Content-Length, then the socket is destroyed
//   ANY  reset                         socket destroyed without any answer
//   ANY  slow?ms=N                     success envelope after N ms (capped at 30000)
//   ANY  error?status=NNN              Kazoo error envelope with that status (400-599), e.g. 409, 429, 503
//   GET  info                          seeded ids and credentials (SEED)
//   POST reset-store                   reseed the demo data (tokens stay valid)
//   POST expire-tokens                 every issued token becomes invalid (401)

import { CrossbarError, HANDLED, errors, ok, raw } from './crossbar.mjs';
import { defineRoute } from './kit.mjs';
import { SEED } from './seed.mjs';

const ANY = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
export const SLOW_CAP_MS = 30000;

const STATUS_TEXT = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

function htmlPage(status) {
  const title = `${status} ${STATUS_TEXT[status]}`;
  const page = `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><hr><p>nginx</p></body></html>\n`;
  return () => raw(Buffer.from(page), 'text/html; charset=utf-8', { status });
}

const FAULTS = {
  html500: { methods: ANY, handler: htmlPage(500) },
  html502: { methods: ANY, handler: htmlPage(502) },
  html503: { methods: ANY, handler: htmlPage(503) },
  badjson: { methods: ANY, handler: () => raw(Buffer.from('{"status":"success","data":{"id":'), 'application/json') },
  empty200: { methods: ANY, handler: () => raw(Buffer.alloc(0), 'application/json') },
  empty204: { methods: ANY, handler: () => raw(Buffer.alloc(0), null, { status: 204 }) },
  truncated: {
    methods: ANY,
    handler: (ctx) => {
      const partial = '{"auth_token":"","status":"success","data":{"truncated":';
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 4096 });
      // Destroy once the partial body has been handed to the socket.
      ctx.res.write(partial, () => ctx.res.socket && ctx.res.socket.destroy());
      return HANDLED;
    },
  },
  reset: {
    methods: ANY,
    handler: (ctx) => {
      ctx.req.socket.destroy();
      return HANDLED;
    },
  },
  slow: {
    methods: ANY,
    handler: (ctx) => {
      const asked = Number(ctx.query.get('ms') || 1000);
      const ms = Number.isFinite(asked) ? Math.min(Math.max(0, Math.floor(asked)), SLOW_CAP_MS) : 1000;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(ok({ slept: ms })), ms);
        // The client gave up (or the sandbox is closing): stop waiting.
        ctx.res.once('close', () => {
          clearTimeout(timer);
          resolve(HANDLED);
        });
      });
    },
  },
  error: {
    methods: ANY,
    handler: (ctx) => {
      const status = Number(ctx.query.get('status'));
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw errors.validation({ status: { type: { message: 'status must be an HTTP error status (400-599)', value: ctx.query.get('status') } } });
      }
      const codes = { 400: 'bad_request', 409: 'datastore_conflict', 429: 'too_many_requests', 500: 'internal_server_error', 503: 'datastore_fault' };
      throw new CrossbarError(status, codes[status] || `error_${status}`);
    },
  },
  info: { methods: ['GET'], handler: () => ok(JSON.parse(JSON.stringify(SEED))) },
  'reset-store': {
    methods: ['POST'],
    handler: (ctx) => {
      ctx.store.reset();
      return ok({ reset: true });
    },
  },
  'expire-tokens': {
    methods: ['POST'],
    handler: (ctx) => {
      ctx.store.expireTokens();
      return ok({ expired: true });
    },
  },
};

/** The fault routes, `__sandbox/<name>`, as values: `createSandbox({ routes: [...faultRoutes, ...] })`. */
export const faultRoutes = Object.entries(FAULTS).map(([name, { methods, handler }]) => defineRoute(
  `__sandbox/${name}`,
  Object.fromEntries(methods.map((verb) => [verb, handler])),
  { auth: 'none' },
));
