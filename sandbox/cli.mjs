#!/usr/bin/env node
// The package's bin, `jquery-kazoosdk-sandbox`: a Kazoo-compatible API on 127.0.0.1 for an
// application's own tests and local work.
//   jquery-kazoosdk-sandbox [--port 8000] [--data FILE] [--token-ttl SECONDS] [--quiet]
import { integerFlag, readFlags, runIfMain } from './args.mjs';
import { SEED, createSandbox } from './server.mjs';

export const USAGE = `usage: jquery-kazoosdk-sandbox [--port N] [--data FILE] [--token-ttl SECONDS] [--quiet]
  --port N             port on 127.0.0.1 (default 8000; 0 picks a free one)
  --data FILE          JSON file seeding the store, rewritten after every change (created with the
                       demo data when missing)
  --token-ttl SECONDS  lifetime of the tokens it issues (default 3600)
  --quiet              no line per request`;

async function main() {
  const flags = readFlags(USAGE, {
    port: { type: 'string' },
    data: { type: 'string' },
    'token-ttl': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  const port = integerFlag(USAGE, flags, 'port', 8000, { max: 65535 });
  const tokenTtl = integerFlag(USAGE, flags, 'token-ttl', 3600, { min: 1 });
  let sandbox;
  try {
    sandbox = await createSandbox({
      port,
      dataFile: flags.data,
      tokenTtl,
      log: flags.quiet ? null : (line) => console.log(line),
    });
  } catch (error) {
    const hint = error.code === 'EADDRINUSE' ? ` (port ${port} is in use: --port 0 picks a free one)` : '';
    console.error(`cannot start the sandbox: ${error.message}${hint}`);
    process.exit(1);
  }
  const demo = SEED.credentials.demo;
  console.log(`Kazoo sandbox API on ${sandbox.apiRoot}`);
  console.log(`  login: account_name "${demo.account_name}", user "${demo.username}", password "${demo.password}" (credentials ${demo.credentials})`);
  if (flags.data) console.log(`  data file: ${sandbox.store.dataFile}`);
  const stop = () => sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

runIfMain(import.meta.url, main);
