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
  const users: any[] = sandbox.store.listDocs(SEED.accounts.demo, 'users');
  const saved = sandbox.store.putDoc(SEED.accounts.demo, 'devices', { name: 'desk' });
  void sandbox.store.getDoc(SEED.accounts.demo, 'devices', saved.id);
  void users;
  // @ts-expect-error a document is found by its account, kind and id
  sandbox.store.getDoc(SEED.accounts.demo, 'devices');
  // @ts-expect-error the sandbox only listens on loopback addresses
  await createSandbox({ host: '0.0.0.0' });
  // @ts-expect-error a handler answers a result
  defineRoute('x', { GET: () => 5 });
  await sandbox.close();
}
void run;
