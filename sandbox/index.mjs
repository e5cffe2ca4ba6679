// The sandbox as a library: `import { createSandbox } from 'jquery-kazoosdk/sandbox'`.
//
//   const sandbox = await createSandbox();          // 127.0.0.1, a free port, the demo data
//   sandbox.url / sandbox.apiRoot / sandbox.store   // 'http://127.0.0.1:PORT', '.../v2/', the store
//   await sandbox.close();
//
// Options: port, dataFile (JSON file seeding the store), routes (route values; default `routes`),
// tokenTtl (seconds), log (one line per request). A test adds or replaces routes for itself:
//   createSandbox({ routes: [...routes, defineRoute('accounts/{accountId}/users', { GET: () => ok([]) })] })
// (for a path listed twice, the later route's verbs win). `faultRoutes` are the `__sandbox/*`
// routes (HTML 502, invalid JSON, a reset connection, a slow answer...), part of `routes` too;
// `SEED` holds the ids and logins of the demo data.

export { CrossbarError, created, errors, ok, raw } from './crossbar.mjs';
export { faultRoutes } from './faults.mjs';
export { defineRoute } from './kit.mjs';
export { SEED } from './seed.mjs';
export { DEFAULT_ROUTES as routes, createSandbox } from './server.mjs';
