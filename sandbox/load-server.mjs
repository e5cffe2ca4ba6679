#!/usr/bin/env node
// Child process of the load script (sandbox/load.mjs): runs one sandbox on 127.0.0.1 (port 0, no data
// file, silent), so its memory is measured apart from the load generator. Talks to the parent over IPC:
//   child -> parent  { type: 'ready', url, apiRoot, port, gc }
//   parent -> child  { type: 'memory', id }   answered with { type: 'memory', id, memory, store, requests }
//                    { type: 'close' }        closes the sandbox and exits
// Memory is read after forcing a full GC when the process runs with --expose-gc. The child exits on
// its own when the parent goes away (IPC disconnect).

import { createSandbox } from './server.mjs';

if (typeof process.send !== 'function') {
  console.error('sandbox/load-server.mjs is started by sandbox/load.mjs (it needs an IPC channel)');
  process.exit(2);
}

const sandbox = await createSandbox();
const requests = { total: 0, byMethod: {}, connections: 0 };
sandbox.server.on('connection', () => {
  requests.connections += 1;
});
sandbox.server.on('request', (req) => {
  requests.total += 1;
  requests.byMethod[req.method] = (requests.byMethod[req.method] || 0) + 1;
});

/** Full GC, twice with a macrotask in between so weak callbacks and finalizers have run. */
async function collect() {
  if (typeof globalThis.gc !== 'function') return;
  globalThis.gc();
  await new Promise((resolve) => setImmediate(resolve));
  globalThis.gc();
}

/** Sizes of what the store keeps, to spot unbounded growth by name. */
function storeStats() {
  const { store } = sandbox;
  let docs = 0;
  const collections = {};
  for (const [db, byName] of Object.entries(store.state.dbs)) {
    for (const [name, map] of Object.entries(byName)) {
      const count = Object.keys(map).length;
      docs += count;
      collections[`${db.slice(0, 6)}/${name}`] = count;
    }
  }
  return {
    tokens: store.tokens.size,
    accounts: Object.keys(store.state.accounts).length,
    docs,
    blobs: Object.keys(store.state.blobs).length,
    participants: Object.keys(store.state.participants).length,
    stateJsonBytes: Buffer.byteLength(JSON.stringify(store.state)),
    collections,
  };
}

let closing = false;
async function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  try {
    await sandbox.close();
  } finally {
    process.exit(code);
  }
}

process.on('message', async (message) => {
  if (!message || typeof message !== 'object') return;
  if (message.type === 'memory') {
    await collect();
    const memory = process.memoryUsage();
    process.send({
      type: 'memory',
      id: message.id,
      memory,
      cpu: process.cpuUsage(),
      store: storeStats(),
      requests: { total: requests.total, byMethod: { ...requests.byMethod }, connections: requests.connections },
      connections: await new Promise((resolve) => sandbox.server.getConnections((error, count) => resolve(error ? -1 : count))),
    });
  } else if (message.type === 'close') {
    await shutdown(0);
  }
});
process.on('disconnect', () => shutdown(0));

const { url, apiRoot, port } = sandbox;
process.send({ type: 'ready', url, apiRoot, port, gc: typeof globalThis.gc === 'function' });
