// The sandbox library's types (sandbox/index.d.mts), as a Node test uses them.
import { createSandbox, created, CrossbarError, defineRoute, ok, routes, SEED, type Sandbox } from '../../sandbox/index.mjs';

async function run(): Promise<void> {
  const sandbox: Sandbox = await createSandbox({
    port: 0,
    routes: [...routes, defineRoute('accounts/{accountId}/widgets', { GET: () => ok([]), PUT: (ctx) => created(ctx.body, 'x') })],
    log: (line) => void line,
  });
  const apiRoot: string = sandbox.apiRoot;
  void apiRoot;
  void SEED.accounts;
  void new CrossbarError(404, 'bad_identifier');
  // @ts-expect-error the sandbox only listens on loopback addresses
  await createSandbox({ host: '0.0.0.0' });
  // @ts-expect-error a handler answers a result
  defineRoute('x', { GET: () => 5 });
  await sandbox.close();
}
void run;
