// The npm package as users get it: `npm pack`, installed into a throwaway project, then used the
// ways the README says it can be: Node import and require, a rollup bundle run in jsdom with a real
// jQuery against a local HTTP server, TypeScript (node16 and bundler resolution, and the global
// `$.getKazooSdk` of script-tag users), publint and are-the-types-wrong on the tarball.
// A node:test file (run in order); temp files are removed.
import assert from 'node:assert/strict';
import { execFile as execFileCb, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const EXPORTS = ['KazooSdkError', 'endpoints', 'getKazooSdk', 'install'];

function sameList(actual, expected, what) {
  assert.deepEqual([...actual].sort(), [...expected].sort(), what);
}
function npm(args, cwd) {
  const run = spawnSync(NPM, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${run.status}\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// A tiny Crossbar: answers GET /v2/accounts/{id} and records the token each request carried.
const seen = [];
const server = createServer((req, res) => {
  seen.push({ method: req.method, url: req.url, token: req.headers['x-auth-token'] });
  const m = /^\/v2\/accounts\/([^/?]+)/.exec(req.url);
  if (req.method === 'GET' && m) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ status: 'success', data: { id: decodeURIComponent(m[1]) }, auth_token: '' }));
  } else if (req.url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>app</title>');
  } else {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ status: 'error', error: '404', message: 'not_found', data: {} }));
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const tmp = mkdtempSync(join(tmpdir(), 'kazoosdk-pack-'));
const app = join(tmp, 'app');
const installed = join(app, 'node_modules', pkg.name);
after(() => {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('npm pack contents: dist/ files with their source maps, docs/, the sandbox library and bin (not its dev programs or console), README.md, CHANGELOG.md, LICENSE, package.json, nothing else', () => {
  const [report] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  const dist = readdirSync(join(root, 'dist'));
  for (const file of dist.filter((f) => /\.(c|m)?js$/.test(f))) assert.ok(dist.includes(`${file}.map`), `dist/${file} has a source map`);
  const devOnly = ['start.mjs', 'load.mjs', 'load-server.mjs'];
  const sandbox = readdirSync(join(root, 'sandbox'), { recursive: true })
    .filter((f) => f.endsWith('.mjs') && !f.startsWith('console') && !devOnly.includes(f))
    .map((f) => `sandbox/${f.split('\\').join('/')}`);
  const expected = dist.map((f) => `dist/${f}`)
    .concat(readdirSync(join(root, 'docs')).map((f) => `docs/${f}`))
    .concat(sandbox, ['sandbox/index.d.mts', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']);
  sameList(report.files.map((f) => f.path), expected, 'packed files');
});

test('source maps: every JavaScript build points to its map, which holds the text of the sources in src/', () => {
  for (const file of readdirSync(join(root, 'dist')).filter((f) => /\.(c|m)?js$/.test(f))) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    assert.match(code, new RegExp(`\\n//# sourceMappingURL=${file.replace(/\./g, '\\.')}\\.map\\n?$`), `${file} names its map`);
    const map = JSON.parse(readFileSync(join(root, 'dist', `${file}.map`), 'utf8'));
    assert.ok(map.sources.length > 5, `${file}.map: sources`);
    map.sources.forEach((source, i) => {
      assert.match(source, /^\.\.\/src\/\w+\.ts$/, `${file}.map: a source in src/`);
      assert.equal(map.sourcesContent[i], readFileSync(join(root, 'dist', source), 'utf8'), `${file}.map: the text of ${source}`);
    });
  }
});

let tarball;
function packed() {
  assert.ok(tarball, 'no package to test (npm pack failed)');
  return tarball;
}
{
  test('npm pack, then npm install of the tarball (and jquery) into a fresh project', () => {
    const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root));
    tarball = join(tmp, report.filename);
    write(join(app, 'package.json'), JSON.stringify({ name: 'kazoo-consumer', version: '0.0.0', private: true }, null, 2));
    // Same versions as this repo's; offline from npm's cache (filled by npm ci), else from this repo's copies.
    const peers = ['jquery', '@types/jquery'].map((name) => ({
      name,
      version: JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version,
    }));
    const flags = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
    try {
      npm([...flags, '--offline', tarball, ...peers.map((p) => `${p.name}@${p.version}`)], app);
    } catch (e) {
      console.log(`     (offline install failed, using this repo's copies: ${e.message.split('\n')[0]})`);
      npm([...flags, tarball, ...peers.map((p) => join(root, 'node_modules', p.name))], app);
    }
    sameList(readdirSync(join(installed, 'dist')), readdirSync(join(root, 'dist')), 'installed dist/');
  });

  test('publint: no error or warning on the tarball', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const buffer = readFileSync(packed());
    const tarballData = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages } = await publint({ pack: { tarball: tarballData }, strict: true });
    const problems = messages.filter((m) => m.type !== 'suggestion');
    for (const m of messages) console.log(`     publint ${m.type}: ${formatMessage(m, pkg)}`);
    assert.ok(!problems.length, `${problems.length} publint problem(s)`);
  });

  // The SDK's entry points for every resolution; the sandbox (a Node 20 tool, ES modules only) for
  // ES module resolution: node10 has no subpath exports, and CommonJS reaches it by import() only.
  const attw = async (args, expected = [/No problems found/]) => {
    const manifest = require.resolve('@arethetypeswrong/cli/package.json');
    const cli = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.attw);
    let out;
    try {
      out = (await execFile(process.execPath, [cli, packed(), '--format', 'ascii', ...args], { cwd: tmp })).stdout;
    } catch (e) {
      throw new Error(`attw found problems:\n${e.stdout}${e.stderr}`);
    }
    for (const pattern of expected) assert.match(out, pattern, out);
  };

  test('are-the-types-wrong: no problem with the types of the SDK\'s entry points, for node10, node16 (CJS and ESM) and bundlers', () =>
    attw(['--exclude-entrypoints', './sandbox']));

  test('are-the-types-wrong: the sandbox library (jquery-kazoosdk/sandbox) is typed for ES module resolution (node16, bundlers)', () =>
    attw(['--entrypoints', './sandbox', '--profile', 'esm-only'], [/node16 \(from ESM\): 🟢 \(ESM\)/, /bundler: 🟢/]));

  // Node: the package loads without a DOM; the call then needs a jQuery, hence a window (jsdom),
  // since jQuery 4 throws when it loads without one. The SDK gets it through install($).
  const jsdomPath = JSON.stringify(require.resolve('jsdom'));
  const nodeCall = `
    const loadedWithoutDom = typeof globalThis.window === 'undefined';
    const { window } = new JSDOM('', { url: ${JSON.stringify(origin + '/')} });
    globalThis.window = window;
    m.install(loadJQuery());
    const sdk = m.getKazooSdk({ apiRoot: ${JSON.stringify(origin + '/v2/')}, authToken: 'tok-node' });
    const res = await sdk.account.get({ accountId: 'from-node' });
    let threw = null;
    try { sdk.device.get({ accountId: 'a1' }); } catch (e) { threw = e instanceof m.KazooSdkError && e.message; }
    window.close();
    const keys = Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort();
    console.log(JSON.stringify({ keys, resolved, loadedWithoutDom, id: res.data.id, threw }));`;
  write(
    join(app, 'node-esm.mjs'),
    `import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const { JSDOM } = require(${jsdomPath});
    const loadJQuery = () => require('jquery');
    const m = await import('${pkg.name}');
    const resolved = import.meta.resolve('${pkg.name}');
    ${nodeCall}`,
  );
  write(
    join(app, 'node-cjs.cjs'),
    `const { JSDOM } = require(${jsdomPath});
    const loadJQuery = () => require('jquery');
    const m = require('${pkg.name}');
    const resolved = require.resolve('${pkg.name}');
    (async () => {
      ${nodeCall}
    })();`,
  );
  for (const [kind, file, entry] of [
    ['import', 'node-esm.mjs', 'jquery.kazoosdk.mjs'],
    ['require', 'node-cjs.cjs', 'jquery.kazoosdk.cjs'],
  ]) {
    test(`Node ${kind}('${pkg.name}') resolves to dist/${entry}, loads without a DOM, exposes the API, makes a call`, async () => {
      const { stdout } = await execFile(process.execPath, [file], { cwd: app, timeout: 20000 });
      const out = JSON.parse(stdout.trim().split('\n').pop());
      assert.ok(out.resolved.endsWith(`/dist/${entry}`), `resolved to ${out.resolved}`);
      assert.ok(out.loadedWithoutDom, 'the package was loaded with a window already there');
      sameList(out.keys, EXPORTS, 'exports');
      assert.ok(out.id === 'from-node', `response data.id: ${out.id}`);
      assert.ok(seen.some((r) => r.url.startsWith('/v2/accounts/from-node') && r.token === 'tok-node'), 'the server saw the call with its token');
      assert.ok(/deviceId/.test(out.threw), `device.get without deviceId: ${out.threw}`);
    });
  }

  test(`Node resolves ${pkg.name}/package.json and ${pkg.name}/dist/* (the script-tag files)`, () => {
    const local = createRequire(join(app, 'index.cjs'));
    assert.ok(local(`${pkg.name}/package.json`).version === pkg.version, 'package.json');
    for (const file of ['jquery.kazoosdk.js', 'jquery.kazoosdk.min.js']) {
      assert.ok(local.resolve(`${pkg.name}/dist/${file}`) === join(installed, 'dist', file), file);
    }
  });

  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  async function bundle(input, options = {}) {
    const warnings = [];
    const build = await rollup({
      input,
      plugins: [nodeResolve({ browser: true })],
      onwarn: (w) => warnings.push(w),
      ...options,
    });
    const { output } = await build.generate({ format: 'iife', name: 'app', globals: { jquery: 'jQuery' } });
    await build.close();
    return { code: output[0].code, warnings };
  }

  test('rollup bundles an app importing the package (and jQuery); it runs in jsdom and calls the server', async () => {
    write(
      join(app, 'src', 'app.js'),
      `import $ from 'jquery';
      import { install, KazooSdkError, endpoints } from '${pkg.name}';
      install($);
      window.runApp = function (apiRoot) {
        var sdk = $.getKazooSdk({ apiRoot: apiRoot, authToken: 'tok-bundle' });
        var threw = false;
        try { sdk.device.get({ accountId: 'a1' }); } catch (e) { threw = e instanceof KazooSdkError; }
        return sdk.account.get({ accountId: 'from-bundle' }).then(function (res) {
          return { id: res.data.id, threw: threw, verb: endpoints.account.get.verb, jquery: $.fn.jquery };
        });
      };`,
    );
    const { code, warnings } = await bundle(join(app, 'src', 'app.js'));
    assert.ok(!warnings.length, `rollup warnings: ${warnings.map((w) => w.message).join('; ')}`);
    assert.ok(!/\brequire\(/.test(code), 'the bundle still requires something');
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const errors = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (e) => errors.push(e.message));
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: origin + '/', runScripts: 'outside-only', virtualConsole });
    try {
      dom.window.eval(code);
      const out = await dom.window.runApp(origin + '/v2/');
      const jqueryVersion = JSON.parse(readFileSync(join(app, 'node_modules', 'jquery', 'package.json'), 'utf8')).version;
      assert.ok(out.jquery === jqueryVersion, `bundled jQuery ${out.jquery}`);
      assert.ok(out.id === 'from-bundle' && out.threw === true && out.verb === 'GET', JSON.stringify(out));
      assert.ok(seen.some((r) => r.url.startsWith('/v2/accounts/from-bundle') && r.token === 'tok-bundle'), 'the server saw the call with its token');
      assert.ok(!errors.length, `page errors: ${errors.join('; ')}`);
    } finally {
      dom.window.close();
    }
  });

  test('sideEffects: a bare import of the package bundles to nothing; the script-tag file is kept', async () => {
    write(join(app, 'src', 'bare.js'), `import '${pkg.name}';\n`);
    write(join(app, 'src', 'script-tag.js'), `import '${pkg.name}/dist/jquery.kazoosdk.min.js';\n`);
    const bare = await bundle(join(app, 'src', 'bare.js'), { external: ['jquery'] });
    assert.ok(!/getKazooSdk|accounts\//.test(bare.code), `a bare import kept code:\n${bare.code}`);
    const kept = await bundle(join(app, 'src', 'script-tag.js'), { external: ['jquery'] });
    assert.ok(/getKazooSdk/.test(kept.code), 'the script-tag build was dropped');
  });

  // TypeScript consumers, compiled against the installed package's types.
  const tsBody = `
const sdk: KazooSdk = getKazooSdk({ apiRoot: 'http://127.0.0.1/v2/' });
const verb: 'GET' = endpoints.account.get.verb;
const call = sdk.device.get({ accountId: 'a', deviceId: 'd', success: (r) => r.data });
call.abort();
// @ts-expect-error deviceId is mandatory
sdk.device.get({ accountId: 'a' });
// @ts-expect-error no such method
sdk.device.nope();
const error: Error = new KazooSdkError('x');
const installed: JQueryStatic = install($);
const viaJQuery: KazooSdk = $.getKazooSdk('http://127.0.0.1/v2/');
export const used = [verb, error, installed, viaJQuery];
`;
  const tsImports = `import $ from 'jquery';
import { endpoints, getKazooSdk, install, KazooSdkError } from '${pkg.name}';
import type { KazooSdk } from '${pkg.name}';
`;
  // The ESM build has no default export: an ES module's types must say so (types read as CommonJS
  // would let this compile through the CommonJS interop, then Node's import fails).
  const noDefault = `// @ts-expect-error no default export
import notThere from '${pkg.name}';
export const alsoUsed = notThere;
`;
  write(join(app, 'ts', 'esm.mts'), tsImports + noDefault + tsBody);
  write(join(app, 'ts', 'cjs.cts'), tsImports + tsBody);
  write(join(app, 'ts', 'bundler.ts'), tsImports + tsBody);
  // A script-tag page's script: no import, the global $ of @types/jquery, the package's augmentation.
  write(
    join(app, 'ts', 'script.ts'),
    `/// <reference types="${pkg.name}" />
const kazooSdk = $.getKazooSdk({ apiRoot: 'http://127.0.0.1/v2/' });
kazooSdk.user.list({ accountId: 'a', success: (r) => r.data });
// @ts-expect-error userId is mandatory
kazooSdk.user.get({ accountId: 'a' });
`,
  );
  const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2017', 'DOM'] };
  const tsconfigs = {
    'node16 (.mts import, .cts require)': { module: 'node16', moduleResolution: 'node16', files: ['ts/esm.mts', 'ts/cjs.cts'] },
    bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['ts/bundler.ts'] },
    'script tag (global $.getKazooSdk)': { module: 'esnext', moduleResolution: 'bundler', files: ['ts/script.ts'] },
  };
  const tsc = require.resolve('typescript/bin/tsc');
  for (const [name, { files, ...options }] of Object.entries(tsconfigs)) {
    test(`TypeScript consumer, ${name}: compiles against the packed types`, async () => {
      const file = join(app, `tsconfig.${name.split(' ')[0]}.json`);
      write(file, JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2));
      let out;
      try {
        out = (await execFile(process.execPath, [tsc, '-p', file, '--listFiles', '--pretty', 'false'], { cwd: app })).stdout;
      } catch (e) {
        // Without the --listFiles lines: only the diagnostics.
        const diagnostics = `${e.stdout}${e.stderr}`.split('\n').filter((line) => line && !existsSync(line));
        throw new Error(`tsc failed:\n${diagnostics.join('\n')}`);
      }
      const used = out.split('\n').filter((line) => line.startsWith(join(installed, 'dist') + '/'));
      assert.ok(used.length && used.every((f) => /\.d\.[cm]?ts$/.test(f)), `the package's types were not used:\n${out}`);
    });
  }
}
