#!/usr/bin/env node
// `npm start`: builds the bundle when needed, then serves the Kazoo sandbox API (/v2/) and the API
// console page (/) from one port on 127.0.0.1.
//   node sandbox/start.mjs [--port N] [--data FILE]        (env PORT, SANDBOX_DATA, SANDBOX_TOKEN_TTL)
// Embedded (tests): `const { url, apiRoot, close } = await startConsole({ port: 0, log: null })`.
//
// Besides /v2/, the server answers only a fixed list of files (FILES below): the console page, the
// dist/ bundle, each jQuery version and md5. Anything else gets the sandbox's 404.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { recordedHash, sourcesHash } from '../scripts/build-info.mjs';
import { integerFlag, readFlags, runIfMain } from './args.mjs';
import { SEED, createSandbox } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 8000;
export const JQUERY_VERSIONS = ['1.9.1', '1.12.4', '2.2.4', '3.7.1', '4.0.0'];
const DEFAULT_JQUERY = '4.0.0';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** URL path -> file under the repository. The only files served besides the API. */
export const FILES = {
  '/': 'sandbox/console/index.html',
  '/index.html': 'sandbox/console/index.html',
  '/console/index.html': 'sandbox/console/index.html',
  '/console/console.js': 'sandbox/console/console.js',
  '/console/console.css': 'sandbox/console/console.css',
  '/dist/jquery.kazoosdk.js': 'dist/jquery.kazoosdk.js',
  '/dist/jquery.kazoosdk.min.js': 'dist/jquery.kazoosdk.min.js',
  '/dist/jquery.kazoosdk.mjs': 'dist/jquery.kazoosdk.mjs',
  '/dist/jquery.kazoosdk.d.ts': 'dist/jquery.kazoosdk.d.ts',
  '/docs': 'docs/api.html', // the searchable API reference
  '/vendor/md5.min.js': 'node_modules/js-md5/build/md5.min.js',
  '/vendor/jquery.js': `node_modules/jquery-${DEFAULT_JQUERY}/dist/jquery.js`,
};
// (1.9.1's package has jquery.js at its root, later ones under dist/)
for (const version of JQUERY_VERSIONS) FILES[`/vendor/jquery-${version}.js`] = `node_modules/jquery-${version}/${version === '1.9.1' ? '' : 'dist/'}jquery.js`;

/** Serves FILES (GET and HEAD only); false for anything else, which the sandbox answers with 404. */
export function staticHandler(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = String(req.url || '/');
  const pathname = url.split('?')[0];
  const relative = Object.prototype.hasOwnProperty.call(FILES, pathname) ? FILES[pathname] : null;
  if (!relative) return false;
  let body;
  try {
    body = readFileSync(join(ROOT, relative));
  } catch {
    return false;
  }
  const extension = relative.slice(relative.lastIndexOf('.'));
  res.writeHead(200, {
    'Content-Type': TYPES[extension] || 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Why dist/ must be rebuilt ('missing', 'built from other sources'), or null when it is up to date:
 * the hash of the sources recorded by the build (dist/build-info.json) is compared with the sources
 * now. File times play no part (a fresh clone writes dist/ before src/).
 */
export function bundleStaleness(root = ROOT) {
  if (!existsSync(join(root, 'dist/jquery.kazoosdk.js'))) return 'missing';
  return recordedHash(join(root, 'dist')) === sourcesHash(root) ? null : 'built from other sources';
}

/**
 * Runs rollup when dist/jquery.kazoosdk.js is missing or was built from other sources. Asynchronous,
 * so that Ctrl-C stays responsive during the build; `onChild` receives the rollup process.
 */
export async function ensureBundle({ log = console.log, onChild } = {}) {
  const reason = bundleStaleness();
  if (!reason) return;
  log(`dist/jquery.kazoosdk.js is ${reason}: building (rollup -c)...`);
  const detail = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (onChild) onChild(child);
    child.once('error', (error) => resolve(error.message));
    child.once('exit', (code, signal) => resolve(code === 0 ? null : `rollup exited with ${signal || code}`));
  });
  if (onChild) onChild(null);
  if (detail) {
    if (reason === 'missing') throw new Error(`cannot build dist/jquery.kazoosdk.js: ${detail}`);
    log(`warning: the build failed (${detail}); serving the existing dist/jquery.kazoosdk.js`);
  }
}

/**
 * Starts the sandbox API and the console on 127.0.0.1. Does not build (see ensureBundle).
 * @param {object} [opts]
 * @param {number} [opts.port] default 8000; 0 picks a free port
 * @param {string} [opts.dataFile] JSON file persisting the sandbox store
 * @param {(line: string) => void | null} [opts.log] one line per request (null: silent)
 * @returns {Promise<{url: string, apiRoot: string, port: number, sandbox: object, close: () => Promise<void>}>}
 */
export async function startConsole({ port = DEFAULT_PORT, dataFile, log } = {}) {
  const sandbox = await createSandbox({ port, dataFile: dataFile || undefined, log, staticHandler });
  return {
    url: `${sandbox.url}/`,
    apiRoot: sandbox.apiRoot,
    port: sandbox.port,
    sandbox,
    close: () => sandbox.close(),
  };
}

const USAGE = `usage: npm start [-- --port N] [-- --data FILE]
  --port N      port on 127.0.0.1 (default env PORT, else 8000; 0 picks a free one)
  --data FILE   JSON file seeding the sandbox's store, rewritten after every change
env: PORT, SANDBOX_DATA (as --data), SANDBOX_TOKEN_TTL (seconds)`;

async function main() {
  const flags = readFlags(USAGE, { port: { type: 'string' }, data: { type: 'string' } });
  const port = integerFlag(USAGE, flags, 'port', process.env.PORT ?? DEFAULT_PORT, { max: 65535 });
  // Ctrl-C works at every stage: during the build (stops rollup), then closes the server.
  let app = null;
  let build = null;
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    console.log('Stopping...');
    setTimeout(() => process.exit(1), 3000).unref(); // never hang on the way out
    if (build) build.kill('SIGTERM');
    if (!app) process.exit(130);
    app.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error.message || error);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await ensureBundle({ onChild: (child) => (build = child) });
  const dataFile = flags.data || process.env.SANDBOX_DATA || undefined;
  try {
    app = await startConsole({ port, dataFile, log: (line) => console.log(line) });
  } catch (error) {
    const hint = error.code === 'EADDRINUSE' ? ` (port ${port} is in use; set PORT to another one)` : '';
    console.error(`cannot start: ${error.message}${hint}`);
    process.exit(1);
  }
  const demo = SEED.credentials.demo;
  console.log('');
  console.log(`  Kazoo API console  ${app.url}`);
  console.log(`  API root           ${app.apiRoot}`);
  console.log(`  Demo login         account "${demo.account_name}", user "${demo.username}", password "${demo.password}"`);
  console.log(`                     (credentials = md5("${demo.username}:${demo.password}") = ${demo.credentials})`);
  if (app.sandbox.store.dataFile) console.log(`  Data file          ${app.sandbox.store.dataFile}`);
  console.log('');
  console.log('  Ctrl-C to stop.');
  console.log('');
}

runIfMain(import.meta.url, main);
