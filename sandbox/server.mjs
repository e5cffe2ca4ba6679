#!/usr/bin/env node
// Kazoo-compatible sandbox API server (Crossbar wire format): createSandbox() composes route values
// into a server on 127.0.0.1. Node built-ins only. The command line is cli.mjs; the public entry
// (what `jquery-kazoosdk/sandbox` exports) is index.mjs.
//
// Request pipeline (handleRequest): CORS headers -> OPTIONS preflight -> a verb implemented nowhere
// (501) -> non-/v2/ paths go to opts.staticHandler -> read the body (8 MB cap) -> route (404) -> verb
// (405) -> token (401) -> account tree (403/404) -> handler -> envelope. Any exception becomes a
// Kazoo-shaped error without internal causes; the store is persisted after every request that
// changed it. Malformed HTTP (a 100 KB header, an unknown verb) is answered by the 'clientError' hook.

import http from 'node:http';

import {
  CrossbarError, errorEnvelope, errors, isPlainObject, newRequestId, own, parseJson, successEnvelope,
} from './crossbar.mjs';
import { faultRoutes } from './faults.mjs';
import { createRouter } from './kit.mjs';
import { API_ROUTES } from './domains/index.mjs';
import { SEED } from './seed.mjs';
import { Store } from './store.mjs';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const ALLOWED_METHODS = 'GET, PUT, POST, PATCH, DELETE, OPTIONS, HEAD';
const IMPLEMENTED = new Set(ALLOWED_METHODS.split(', '));
const ALLOWED_HEADERS = ['Content-Type', 'X-Auth-Token', 'X-Request-ID'];
const EXPOSED_HEADERS = 'X-Auth-Token, X-Request-ID, Location, ETag';

export { SEED };

/** Every route of the sandbox: the API's domains and the fault routes. */
export const DEFAULT_ROUTES = Object.freeze([...API_ROUTES, ...faultRoutes]);

/**
 * Start a sandbox on 127.0.0.1 (loopback only).
 * @param {object} [opts]
 * @param {number} [opts.port] default 0: a free port
 * @param {string} [opts.host] '127.0.0.1' (default), 'localhost' or '::1'
 * @param {object[]} [opts.routes] route values (default DEFAULT_ROUTES); for a path listed twice, the
 *   later route's verbs replace the earlier one's
 * @param {string} [opts.dataFile] JSON file seeding the store (written with the demo data when
 *   missing) and rewritten after every change
 * @param {number} [opts.tokenTtl] token lifetime in seconds (default env SANDBOX_TOKEN_TTL or 3600)
 * @param {(line: string) => void} [opts.log] one line per request (default: silent)
 * @param {(req, res) => boolean|Promise<boolean>} [opts.staticHandler] serves non-/v2/ paths; return
 *   true when it answered, false to get the sandbox's 404
 * @returns {Promise<{url: string, apiRoot: string, port: number, store: Store, server: http.Server,
 *   close: () => Promise<void>}>}
 */
export async function createSandbox(opts = {}) {
  const { port = 0, host = '127.0.0.1' } = opts;
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`sandbox: refusing to listen on ${host}; loopback only`);
  const envTtl = Number(process.env.SANDBOX_TOKEN_TTL);
  const tokenTtl = opts.tokenTtl ?? (Number.isFinite(envTtl) && envTtl > 0 ? envTtl : 3600);
  const log = opts.log || (() => {});
  const routes = opts.routes || DEFAULT_ROUTES;
  const router = createRouter(routes);
  // name -> required fields, of every collection among the routes (and the accounts).
  const schemas = new Map([['accounts', ['name']]]);
  for (const { schema } of routes) if (schema && !schemas.has(schema.name)) schemas.set(schema.name, schema.required);
  const store = new Store({ dataFile: opts.dataFile, tokenTtl });
  const settings = { store, log, router, schemas, staticHandler: opts.staticHandler || null };

  const server = http.createServer((req, res) => {
    handleRequest(req, res, settings).catch((error) => {
      // Last resort: handleRequest already answers its own errors.
      safeLog(log, `sandbox: unexpected failure ${error && error.stack ? error.stack : error}`);
      if (!res.headersSent) writeError(res, error, newRequestId());
      else res.destroy();
    });
  });
  // Malformed HTTP never reaches the handler: answer in Kazoo's shape and drop the connection.
  server.on('clientError', (error, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET') {
      socket.end(rawError(CLIENT_ERRORS[error.code] || CLIENT_ERRORS.default));
    } else {
      socket.destroy();
    }
  });
  // CONNECT never reaches 'request' either: no tunnels here.
  server.on('connect', (req, socket) => {
    socket.end(rawError(errors.notImplemented('CONNECT')));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const hostPart = address.family === 'IPv6' || address.family === 6 ? `[${address.address}]` : address.address;
  const url = `http://${hostPart}:${address.port}`;
  return {
    url,
    apiRoot: `${url}/v2/`,
    port: address.port,
    server,
    store,
    /** Stop listening, drop open connections (keep-alive, slow requests) and persist. */
    close() {
      return new Promise((resolve) => {
        if (!server.listening) {
          store.flush();
          resolve();
          return;
        }
        server.close(() => {
          store.flush();
          resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}

/** What the HTTP parser's refusals answer (by llhttp's error code); anything else is a 400. */
const CLIENT_ERRORS = {
  HPE_HEADER_OVERFLOW: new CrossbarError(431, 'request_header_fields_too_large', { message: `request headers exceed ${http.maxHeaderSize} bytes` }),
  HPE_INVALID_METHOD: errors.notImplemented('requested'),
  default: new CrossbarError(400, 'bad_request', { message: 'malformed HTTP request' }),
};

/** A whole HTTP/1.1 answer for a socket the HTTP server will not write to itself (then closed). */
function rawError(error) {
  const body = JSON.stringify(errorEnvelope({ status: error.status, message: error.code, data: error.data, requestId: newRequestId() }));
  const reason = http.STATUS_CODES[error.status] || 'Error';
  return `HTTP/1.1 ${error.status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
    `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`;
}

function safeLog(log, line) {
  try {
    log(line);
  } catch {
    // a broken logger must not break requests
  }
}

/** X-Request-ID from the client when it is printable ASCII, else a new UUID. */
function pickRequestId(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && /^[\x21-\x7e][\x20-\x7e]{0,254}$/.test(value) ? value : newRequestId();
}

function setCommonHeaders(res, requestId) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  res.setHeader('X-Request-ID', requestId);
}

function preflight(req, res) {
  const requested = String(req.headers['access-control-request-headers'] || '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name));
  const names = [...ALLOWED_HEADERS];
  for (const name of requested) {
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  res.writeHead(204, {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': names.join(', '),
    'Content-Length': 0,
  });
  res.end();
}

class BodyTooLarge extends Error {}
class ClientGone extends Error {}

/** Read the whole body, keeping at most MAX_BODY_BYTES; larger bodies are drained, then rejected. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', () => reject(new ClientGone()));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGone());
    });
  });
}

/** `/v2/a/b%2Fc/` -> ['a', 'b/c']; null when the path cannot name a route. */
function pathSegments(pathname) {
  const rest = pathname === '/v2' ? '' : pathname.slice('/v2/'.length);
  const parts = rest.split('/');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // tolerate one trailing slash
  if (parts.some((part) => part === '')) return null;
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

function bearerToken(header) {
  const match = /^Bearer\s+(\S+)$/i.exec(String(header || ''));
  return match ? match[1] : '';
}

/** The per-request context handed to route handlers. */
function createContext({ req, res, store, schemas, params, body, query, requestId }) {
  const contentType = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  let envelope;
  const ctx = {
    req,
    res,
    store,
    schemas,
    params,
    body,
    query,
    requestId,
    contentType,
    method: req.method,
    session: null,
    account: null,
    authToken: '',
    /** The parsed JSON request envelope (`{}` for an empty body); 400 parse_error otherwise. */
    envelope() {
      if (envelope === undefined) {
        const text = body.toString('utf8').replace(/^\uFEFF/, '').trim();
        if (text === '') envelope = {};
        else {
          const parsed = parseJson(text);
          if (!isPlainObject(parsed)) throw errors.envelope();
          envelope = parsed;
        }
      }
      return envelope;
    },
    /** The envelope's `data` (`{}` when absent). */
    data() {
      const { data } = ctx.envelope();
      return data === undefined || data === null ? {} : data;
    },
    /** The envelope's `data`, which must be an object (a document). */
    docData() {
      const data = ctx.data();
      if (!isPlainObject(data)) {
        throw errors.validation({ data: { type: { message: 'Value is not of type object', value: data } } });
      }
      return data;
    },
    /** accept_charges at the envelope root, inside data, or in the query string. */
    acceptCharges() {
      const yes = (value) => value === true || value === 'true';
      if (yes(query.get('accept_charges'))) return true;
      let parsed;
      try {
        parsed = ctx.envelope();
      } catch {
        return false; // non-JSON bodies (uploads) carry no flag
      }
      return yes(parsed.accept_charges) || (isPlainObject(parsed.data) && yes(parsed.data.accept_charges));
    },
  };
  return ctx;
}

/** 401 / 403 / 404 checks for a matched route; fills ctx.session and ctx.account. */
function authorize(ctx, route) {
  if (route.auth === 'none') return;
  const { req, store } = ctx;
  const token = String(req.headers['x-auth-token'] || '') || bearerToken(req.headers.authorization);
  const session = store.session(token);
  if (!session) throw errors.unauthorized();
  ctx.session = session;
  ctx.authToken = token;
  if (route.auth === 'superduper') {
    const account = store.getAccount(session.accountId);
    if (!account || !account.pvt_superduper_admin) throw errors.forbidden();
  }
  if (ctx.params.accountId !== undefined) {
    const account = store.getAccount(ctx.params.accountId);
    if (!account) throw errors.badIdentifier(ctx.params.accountId);
    if (!store.isInTree(session.accountId, account.id)) throw errors.forbidden();
    ctx.account = account;
  }
}

function writeJson(res, status, payload, headers = {}) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function writeError(res, error, requestId) {
  const known = error instanceof CrossbarError;
  const status = known ? error.status : 500;
  const message = known ? error.code : 'internal_server_error';
  // An unexpected failure is logged (handleRequest's note), never described to the client.
  const data = known ? error.data : { message: 'internal server error' };
  writeJson(res, status, errorEnvelope({ status, message, data, requestId }), known ? error.headers : {});
}

function writeResult(ctx, result) {
  const { res } = ctx;
  if (!result || result.kind === 'handled') return;
  if (result.kind === 'raw') {
    const headers = { 'Content-Length': result.body.length, ...(result.headers || {}) };
    if (result.contentType) headers['Content-Type'] = result.contentType;
    res.writeHead(result.status, headers);
    res.end(result.body);
    return;
  }
  const authToken = result.authToken !== undefined ? result.authToken : ctx.authToken;
  const envelope = successEnvelope({
    authToken, requestId: ctx.requestId, revision: result.revision, data: result.data, extra: result.extra,
  });
  const headers = { ETag: `"${envelope.revision}"`, ...(result.headers || {}) };
  if (authToken) headers['X-Auth-Token'] = authToken;
  writeJson(res, result.status, envelope, headers);
}

async function handleRequest(req, res, { store, log, router, schemas, staticHandler }) {
  const started = process.hrtime.bigint();
  const requestId = pickRequestId(req.headers['x-request-id']);
  const url = String(req.url || '/');
  const queryIndex = url.indexOf('?');
  const pathname = queryIndex === -1 ? url : url.slice(0, queryIndex);
  const search = queryIndex === -1 ? '' : url.slice(queryIndex + 1);
  let note = '';

  res.once('close', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const status = res.headersSent ? res.statusCode : '-';
    safeLog(log, `${req.method} ${pathname} ${status} ${ms.toFixed(1)}ms${note ? ` ${note}` : ''}`);
  });
  setCommonHeaders(res, requestId);

  try {
    if (req.method === 'OPTIONS') {
      req.resume();
      preflight(req, res);
      return;
    }
    if (!IMPLEMENTED.has(req.method)) {
      req.resume();
      throw errors.notImplemented(req.method);
    }
    const isApi = pathname === '/v2' || pathname.startsWith('/v2/');
    if (!isApi && staticHandler) {
      if (await staticHandler(req, res)) return;
    }
    let body;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw errors.tooLarge(MAX_BODY_BYTES);
      note = 'client gone';
      res.destroy();
      return;
    }
    if (!isApi) throw errors.notFound(pathname);

    const segments = pathSegments(pathname);
    const match = segments && router.match(segments);
    if (!match) throw errors.notFound(pathname);
    const verb = req.method === 'HEAD' ? 'GET' : req.method;
    const handler = own(match.route.methods, verb);
    if (!handler) {
      const allowed = Object.keys(match.route.methods);
      if (allowed.includes('GET')) allowed.push('HEAD');
      throw errors.invalidMethod([...allowed, 'OPTIONS']);
    }

    const ctx = createContext({ req, res, store, schemas, params: match.params, body, query: new URLSearchParams(search), requestId });
    authorize(ctx, match.route);
    const result = await handler(ctx);
    if (res.destroyed) return;
    writeResult(ctx, result);
  } catch (error) {
    if (!(error instanceof CrossbarError)) note = `error: ${error && error.stack ? error.stack.split('\n').slice(0, 2).join(' | ') : error}`;
    if (res.headersSent || res.destroyed) res.destroy();
    else writeError(res, error, requestId);
  } finally {
    try {
      store.flush();
    } catch (error) {
      safeLog(log, `sandbox: cannot write ${store.dataFile}: ${error.message}`);
    }
  }
}
