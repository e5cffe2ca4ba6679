#!/usr/bin/env node
// `npm run load`: drives the sandbox with the SDK and checks it holds up.
//
// The sandbox runs in a child process (sandbox/load-server.mjs, started with --expose-gc) on
// 127.0.0.1, port 0, so its memory is measured apart from the load generator. Each client is its own
// jsdom window with jQuery 4.0.0 and dist/jquery.kazoosdk.js, its own SDK instance, logged in once as
// the demo admin (auth.userAuth, md5('admin:admin')); every request is a real HTTP exchange made by
// jsdom's XMLHttpRequest. By default the page has the sandbox's origin (no CORS preflights);
// --cross-origin gives it another origin, so requests carrying X-Auth-Token are preflighted.
//
//   node sandbox/load.mjs [--clients 50] [--requests 10000] [--warmup 1000] [--cross-origin]
// Progress goes to stderr as the run goes (a line per slice of requests).
//
// The mix (seeded, so every run sends the same sequence): user.list with filters, user.list paged
// (page 1 then page 2 by next_start_key), user.get, device.list, callflow.get, user.get + user.update
// (POST), user.create + user.delete. Every answer is also checked (ids, filter results, page keys).
//
// The sandbox's memory (heapUsed, rss, after a forced GC) is sampled at the start (seeded, before any
// request), after the warm-up, every further 1,000 requests and at the end; the load pauses while a
// sample is taken (pauses are not counted in the elapsed time). Output: a table, then PASS/FAIL for
// "zero errors" and "memory flat", then one JSON line with every figure. Exit status 1 when either fails.
// "Memory flat": the sandbox's heapUsed at the end is at most max(10 MB, 25%) above its post-warm-up value.
// An error is an error callback, a rejected promise, an exception, or an answer that fails its check.
// The run stops by itself after the requests, or after a 5-minute cap.

import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { JSDOM, VirtualConsole } from 'jsdom';

import { integerFlag, readFlags } from './args.mjs';
import { SEED } from './seed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const JQUERY_FILE = 'node_modules/jquery-4.0.0/dist/jquery.js';
const SDK_FILE = 'dist/jquery.kazoosdk.js';
const CAP_MS = 5 * 60 * 1000;
const SAMPLE_EVERY = 1000;
const MB = 1024 * 1024;
const FLAT_LIMIT_BYTES = 10 * MB;
const FLAT_LIMIT_RATIO = 0.25;

// ----- options --------------------------------------------------------------------------------------

const USAGE = `usage: npm run load [-- --clients N] [-- --requests N] [-- --warmup N] [-- --cross-origin]
  --clients N      jsdom windows, each with its own SDK instance and login (default 50)
  --requests N     requests in all, warm-up included (default 10000)
  --warmup N       requests before the memory baseline (default 1000; less than --requests)
  --cross-origin   the page on another origin than the API (preflighted requests)`;

function readOptions() {
  const flags = readFlags(USAGE, {
    clients: { type: 'string' },
    requests: { type: 'string' },
    warmup: { type: 'string' },
    'cross-origin': { type: 'boolean' },
  });
  const clients = integerFlag(USAGE, flags, 'clients', 50, { min: 1 });
  const requests = integerFlag(USAGE, flags, 'requests', 10000, { min: 1 });
  const warmup = integerFlag(USAGE, flags, 'warmup', Math.min(1000, requests - 1), { max: requests - 1 });
  return { clients, requests, warmup, crossOrigin: Boolean(flags['cross-origin']) };
}

/** A progress line on stderr (stdout keeps the table and the JSON line). */
const progress = (line) => process.stderr.write(`load: ${line}\n`);

// ----- the sandbox child -------------------------------------------------------------------------------

function startSandbox() {
  const child = fork(fileURLToPath(new URL('./load-server.mjs', import.meta.url)), [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map();
  let nextId = 1;
  let exited = false;
  const ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'memory' && pending.has(message.id)) {
        pending.get(message.id).resolve(message);
        pending.delete(message.id);
      }
    });
    child.once('exit', (code, signal) => {
      exited = true;
      const error = new Error(`sandbox child exited (code ${code}, signal ${signal})`);
      reject(error);
      for (const { reject: fail } of pending.values()) fail(error);
      pending.clear();
    });
  });
  return {
    child,
    ready,
    /** Memory of the child after a forced GC, with the store's sizes. */
    sample() {
      if (exited) return Promise.reject(new Error('sandbox child is gone'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ type: 'memory', id });
      });
    },
    stop() {
      if (exited) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'close' });
      });
    },
  };
}

// ----- clients -------------------------------------------------------------------------------------------

/** Small seeded PRNG (mulberry32): the same mix on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createClient(index, { pageUrl, apiRoot, sources, onPageError }) {
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => onPageError(`client ${index}: ${error.message}`));
  const dom = new JSDOM('', { url: pageUrl, runScripts: 'outside-only', virtualConsole });
  const { window } = dom;
  window.eval(sources.jquery);
  window.eval(sources.sdk);
  if (typeof window.jQuery.getKazooSdk !== 'function') throw new Error('the SDK did not register $.getKazooSdk');
  const sdk = window.jQuery.getKazooSdk({ apiRoot });
  return { index, dom, window, sdk, random: prng(0x5eed + index), seq: 0, accountId: null };
}

/** Plain data copied into the page's realm, as a page's own objects would be. */
function inPage(client, value) {
  return value === undefined ? undefined : client.window.JSON.parse(JSON.stringify(value));
}

function describeError(error) {
  if (!error || typeof error !== 'object') return String(error);
  if (error.name === 'KazooSdkError' || error instanceof Error) return `${error.name}: ${error.message}`;
  const data = error.data === undefined ? '' : ` ${JSON.stringify(error.data).slice(0, 160)}`;
  return `HTTP ${error.httpErrorStatus} ${error.message}${data}`;
}

// ----- the run -------------------------------------------------------------------------------------------

class Stats {
  constructor() {
    this.requests = 0;
    this.errors = 0;
    this.errorSamples = [];
    this.latencies = [];
    this.byKind = {};
    this.pageErrors = [];
  }

  record(kind, ms, problem) {
    this.requests += 1;
    this.latencies.push(ms);
    const entry = (this.byKind[kind] ||= { requests: 0, errors: 0, latencies: [] });
    entry.requests += 1;
    entry.latencies.push(ms);
    if (problem) {
      this.errors += 1;
      entry.errors += 1;
      if (this.errorSamples.length < 10) this.errorSamples.push(`${kind}: ${problem}`);
    }
  }
}

/**
 * One SDK call. Resolves with the response (null on failure) after recording its latency; a failure is
 * an error callback, a rejected promise, a thrown exception, or a failed `check(response)` (a string).
 */
function send(stats, client, kind, method, settings, check) {
  const started = performance.now();
  return new Promise((resolve) => {
    let callbackError;
    const finish = (response, problem) => {
      stats.record(kind, performance.now() - started, problem);
      resolve(problem ? null : response);
    };
    let promise;
    try {
      const { data, filters, ...rest } = settings;
      promise = method({
        ...rest,
        data: inPage(client, data),
        filters: inPage(client, filters),
        error: (error) => {
          callbackError = error;
        },
      });
    } catch (error) {
      finish(null, `threw ${describeError(error)}`);
      return;
    }
    promise.then(
      (response) => {
        if (callbackError) {
          finish(null, `error callback on a resolved call: ${describeError(callbackError)}`);
          return;
        }
        let problem;
        try {
          problem = check ? check(response) : undefined;
        } catch (error) {
          problem = `check threw ${error.message}`;
        }
        finish(response, problem ? `bad answer: ${problem}` : undefined);
      },
      (error) => finish(null, describeError(callbackError || error)),
    );
  });
}

const USERS = [SEED.users.admin, SEED.users.alice, SEED.users.bob, SEED.users.carol];
const CALLFLOWS = [SEED.callflows.admin, SEED.callflows.alice, SEED.callflows.main, SEED.callflows.voicemail];
const ids = (response) => (Array.isArray(response && response.data) ? response.data.map((doc) => doc.id) : null);
const pick = (client, list) => list[Math.floor(client.random() * list.length)];

/** The filtered user lists, each with what the answer must satisfy. */
const USER_FILTERS = [
  {
    filters: { filter_priv_level: 'admin' },
    check: (r) => (ids(r) && ids(r).includes(SEED.users.admin) && r.data.every((u) => u.priv_level === 'admin') ? '' : 'filter_priv_level=admin'),
  },
  {
    filters: { filter_enabled: true, has_key: 'presence_id' },
    check: (r) => (ids(r) && ids(r).includes(SEED.users.alice) && !ids(r).includes(SEED.users.carol) ? '' : 'filter_enabled + has_key'),
  },
  {
    filters: { filter_any_presence_id: ['1000', '1001'] },
    check: (r) => (ids(r) && ids(r).length === 2 && ids(r).includes(SEED.users.alice) ? '' : 'filter_any_presence_id'),
  },
  {
    filters: { fields: ['first_name', 'email'], paginate: false },
    check: (r) => (ids(r) && r.data.length >= 4 && r.data.every((u) => !('last_name' in u)) ? '' : 'fields + paginate=false'),
  },
];

/** The operations of the mix: weight (per 100 operations), requests each takes, and the calls. */
const OPERATIONS = [
  {
    name: 'user.list (filters)', weight: 22, cost: 1,
    run: (ctx, c) => {
      const { filters, check } = pick(c, USER_FILTERS);
      return ctx.send(c, 'user.list filtered', c.sdk.user.list, { accountId: c.accountId, filters }, check);
    },
  },
  {
    name: 'user.get', weight: 20, cost: 1,
    run: (ctx, c) => {
      const userId = pick(c, USERS);
      return ctx.send(c, 'user.get', c.sdk.user.get, { accountId: c.accountId, userId }, (r) => (r.data && r.data.id === userId ? '' : 'wrong id'));
    },
  },
  {
    name: 'device.list', weight: 15, cost: 1,
    run: (ctx, c) => {
      const softphones = c.random() < 0.5;
      const filters = softphones ? { filter_device_type: 'softphone' } : undefined;
      const want = softphones ? 1 : 3;
      return ctx.send(c, 'device.list', c.sdk.device.list, { accountId: c.accountId, filters }, (r) => (ids(r) && ids(r).length === want ? '' : `expected ${want} devices`));
    },
  },
  {
    name: 'callflow.get', weight: 13, cost: 1,
    run: (ctx, c) => {
      const callflowId = pick(c, CALLFLOWS);
      return ctx.send(c, 'callflow.get', c.sdk.callflow.get, { accountId: c.accountId, callflowId }, (r) => (r.data && r.data.id === callflowId ? '' : 'wrong id'));
    },
  },
  {
    // Page 1, then page 2 by next_start_key: the seeded users, plus any transient load users.
    name: 'user.list (paged)', weight: 10, cost: 2,
    run: async (ctx, c) => {
      const first = await ctx.send(c, 'user.list paged', c.sdk.user.list, { accountId: c.accountId, filters: { page_size: 2 } },
        (r) => (ids(r) && ids(r).length === 2 && r.page_size === 2 && r.next_start_key ? '' : 'page 1'));
      if (!first) return ctx.skip(1);
      const seen = ids(first);
      return ctx.send(c, 'user.list paged', c.sdk.user.list, { accountId: c.accountId, filters: { page_size: 2, start_key: first.next_start_key } },
        (r) => (ids(r) && ids(r).length >= 1 && !ids(r).some((id) => seen.includes(id)) ? '' : 'page 2 repeats page 1'));
    },
  },
  {
    // Read, change one field, write back (POST replaces the document).
    name: 'user.get + user.update', weight: 10, cost: 2,
    run: async (ctx, c) => {
      const userId = pick(c, [SEED.users.alice, SEED.users.bob]);
      const got = await ctx.send(c, 'user.get', c.sdk.user.get, { accountId: c.accountId, userId }, (r) => (r.data && r.data.id === userId ? '' : 'wrong id'));
      if (!got) return ctx.skip(1);
      const title = `load client ${c.index} #${c.seq}`;
      return ctx.send(c, 'user.update', c.sdk.user.update, { accountId: c.accountId, userId, data: { ...got.data, title } },
        (r) => (r.data && r.data.id === userId && r.data.title === title && r.data.username === got.data.username ? '' : 'update not applied'));
    },
  },
  {
    name: 'user.create + user.delete', weight: 10, cost: 2,
    run: async (ctx, c) => {
      const username = `load-${c.index}-${c.seq}`;
      const made = await ctx.send(c, 'user.create', c.sdk.user.create, {
        accountId: c.accountId,
        data: { first_name: 'Load', last_name: `Client ${c.index}`, username, password: 'load', email: `${username}@demo.sandbox.local` },
      }, (r) => (r.data && typeof r.data.id === 'string' && r.data.username === username && !('password' in r.data) ? '' : 'user not created'));
      if (!made) return ctx.skip(1);
      const userId = made.data.id;
      return ctx.send(c, 'user.delete', c.sdk.user.delete, { accountId: c.accountId, userId },
        (r) => (r.data && r.data.id === userId && r.data._read_only && r.data._read_only.deleted === true ? '' : 'user not deleted'));
    },
  },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);

function chooseOperation(client, remaining) {
  let roll = client.random() * TOTAL_WEIGHT;
  let chosen = OPERATIONS[OPERATIONS.length - 1];
  for (const op of OPERATIONS) {
    roll -= op.weight;
    if (roll < 0) {
      chosen = op;
      break;
    }
  }
  // Near the end of a phase, only operations that fit what is left.
  if (chosen.cost > remaining) chosen = OPERATIONS.find((op) => op.cost <= remaining);
  return chosen;
}

/** Runs every client until `quota` requests have been sent (or the deadline passed). */
async function runPhase(clients, quota, ctx) {
  let remaining = quota;
  let skipped = 0;
  const phaseCtx = {
    ...ctx,
    skip: (n) => {
      skipped += n; // a follow-up request not sent because its first step failed
    },
  };
  const started = performance.now();
  await Promise.all(clients.map(async (client) => {
    while (remaining > 0 && Date.now() < ctx.deadline) {
      const op = chooseOperation(client, remaining);
      remaining -= op.cost;
      client.seq += 1;
      ctx.opCounts[op.name] = (ctx.opCounts[op.name] || 0) + 1;
      await op.run(phaseCtx, client);
    }
  }));
  return { ms: performance.now() - started, skipped, unsent: Math.max(remaining, 0) };
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

const round = (value, digits = 1) => Number(value.toFixed(digits));
const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;

async function main() {
  const options = readOptions();
  progress(`${options.clients} clients, ${options.requests} requests (${options.warmup} warm-up)${options.crossOrigin ? ', cross-origin' : ''}`);
  const runStarted = performance.now();
  const deadline = Date.now() + CAP_MS;
  const sources = {
    jquery: readFileSync(new URL(JQUERY_FILE, `file://${ROOT}`), 'utf8'),
    sdk: readFileSync(new URL(SDK_FILE, `file://${ROOT}`), 'utf8'),
  };

  const sandbox = startSandbox();
  // Hard stop: whatever happens, nothing outlives the cap by more than a few seconds.
  const hardStop = setTimeout(() => {
    console.error(`load: hard stop after ${CAP_MS / 1000 + 15} s`);
    sandbox.child.kill('SIGKILL');
    process.exit(1);
  }, CAP_MS + 15000);
  hardStop.unref();

  let exitCode = 1;
  try {
    const { url, apiRoot, port, gc } = await sandbox.ready;
    progress(`sandbox on ${apiRoot}`);
    if (!gc) throw new Error('the sandbox child has no gc(): it must run with --expose-gc');
    const pageUrl = options.crossOrigin ? `http://localhost:${port}/` : `${url}/`;
    const stats = new Stats();
    const samples = [];
    // Load generator figures per slice too: event-loop utilisation near 1 means the generator is the bottleneck.
    let lastElu = performance.eventLoopUtilization();
    const sample = async (label, requests, phase) => {
      const elu = performance.eventLoopUtilization(lastElu);
      lastElu = performance.eventLoopUtilization();
      const cpu = process.cpuUsage();
      const s = await sandbox.sample();
      samples.push({
        label, requests, heapUsed: s.memory.heapUsed, rss: s.memory.rss, store: s.store, serverRequests: s.requests,
        sandboxCpuMs: round((s.cpu.user + s.cpu.system) / 1000, 0),
        sliceRps: phase ? round(phase.requests / (phase.ms / 1000)) : null,
        clientElu: round(elu.utilization, 3),
        clientCpuMs: round((cpu.user + cpu.system) / 1000, 0),
        clientHeapUsed: process.memoryUsage().heapUsed,
        wallMs: round(performance.now() - runStarted, 0),
      });
    };

    await sample('start (seeded)', 0);

    // Clients: one window, one SDK instance, one login each.
    const onPageError = (message) => {
      if (stats.pageErrors.length < 10) stats.pageErrors.push(message);
      stats.pageErrorCount = (stats.pageErrorCount || 0) + 1;
    };
    const setupStarted = performance.now();
    const clients = [];
    for (let i = 0; i < options.clients; i += 1) clients.push(createClient(i, { pageUrl, apiRoot, sources, onPageError }));
    const credentials = createHash('md5').update(`${SEED.credentials.demo.username}:${SEED.credentials.demo.password}`).digest('hex');
    const logins = new Stats();
    await Promise.all(clients.map(async (client) => {
      const response = await send(logins, client, 'auth.userAuth', client.sdk.auth.userAuth,
        { data: { account_name: SEED.credentials.demo.account_name, credentials } },
        (r) => (r.auth_token && r.data && r.data.account_id === SEED.accounts.demo ? '' : 'no token'));
      if (response) client.accountId = response.data.account_id;
    }));
    const setupMs = performance.now() - setupStarted;
    progress(`${clients.length} clients logged in (${Math.round(setupMs)} ms)`);
    if (logins.errors) throw new Error(`${logins.errors} of ${clients.length} logins failed: ${logins.errorSamples.join('; ')}`);

    // The load, in slices of SAMPLE_EVERY requests after the warm-up, sampling memory in between.
    const ctx = { deadline, opCounts: {}, send: (client, kind, method, settings, check) => send(stats, client, kind, method, settings, check) };
    const boundaries = [];
    if (options.warmup > 0) boundaries.push(options.warmup);
    for (let n = options.warmup + SAMPLE_EVERY; n < options.requests; n += SAMPLE_EVERY) boundaries.push(n);
    boundaries.push(options.requests);
    const loadElu = performance.eventLoopUtilization();
    let loadMs = 0;
    let skipped = 0;
    let unsent = 0;
    let sent = 0;
    for (const boundary of boundaries) {
      const before = stats.requests;
      const phase = await runPhase(clients, boundary - sent, ctx);
      phase.requests = stats.requests - before;
      loadMs += phase.ms;
      skipped += phase.skipped;
      unsent += phase.unsent;
      sent = boundary;
      const label = boundary === options.requests ? 'end' : boundary === options.warmup ? 'after warm-up' : `at ${boundary}`;
      await sample(label, stats.requests, phase);
      const last = samples[samples.length - 1];
      progress(`${stats.requests}/${options.requests} requests, ${stats.errors} errors, ${last.sliceRps} req/s, sandbox heap ${mb(last.heapUsed)} (${label})`);
      if (Date.now() >= deadline) break;
    }
    const cappedOut = stats.requests + skipped < options.requests;
    const generatorBusy = performance.eventLoopUtilization(loadElu).utilization;

    for (const client of clients) client.window.close();

    // ----- figures ------------------------------------------------------------------------------------
    const sorted = Float64Array.from(stats.latencies).sort();
    const latency = {
      p50: round(percentile(sorted, 50), 2),
      p95: round(percentile(sorted, 95), 2),
      p99: round(percentile(sorted, 99), 2),
      max: round(sorted.length ? sorted[sorted.length - 1] : 0, 2),
      mean: round(sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0, 2),
    };
    const start = samples[0];
    const warm = samples.find((s) => s.label === 'after warm-up') || start;
    const end = samples[samples.length - 1];
    const growth = end.heapUsed - warm.heapUsed;
    const limit = Math.max(FLAT_LIMIT_BYTES, FLAT_LIMIT_RATIO * warm.heapUsed);
    const afterWarm = samples.slice(samples.indexOf(warm));
    const failedCount = stats.errors + skipped + (stats.pageErrorCount || 0);
    const zeroErrors = failedCount === 0 && !cappedOut && stats.requests === options.requests;
    const memoryFlat = growth <= limit;
    const storeBounded = end.store.tokens === start.store.tokens + options.clients && end.store.docs === start.store.docs;
    const throughput = loadMs ? stats.requests / (loadMs / 1000) : 0;
    const runMs = performance.now() - runStarted;

    const mode = options.crossOrigin
      ? `cross-origin page (${pageUrl}): CORS preflights included`
      : 'same-origin page: no CORS preflights';
    const lines = [];
    lines.push(`Sandbox under load: ${options.clients} clients, each its own SDK instance (jquery.kazoosdk on jQuery 4.0.0 in jsdom), logged in once`);
    lines.push(`sandbox ${apiRoot} in a child process; ${mode}`);
    lines.push('');
    lines.push(`  requests     ${stats.requests} (+ ${clients.length} logins in ${round(setupMs / 1000, 2)} s, not counted)`);
    lines.push(`  errors       ${stats.errors}${skipped ? ` (+ ${skipped} follow-ups not sent)` : ''}${stats.pageErrorCount ? ` (+ ${stats.pageErrorCount} page errors)` : ''}`);
    lines.push(`  elapsed      ${round(loadMs / 1000, 2)} s (load only; whole run ${round(runMs / 1000, 1)} s)`);
    lines.push(`  throughput   ${round(throughput)} req/s`);
    lines.push(`  latency      p50 ${latency.p50} ms   p95 ${latency.p95} ms   p99 ${latency.p99} ms   max ${latency.max} ms`);
    lines.push(`  CPU          sandbox ${round((end.sandboxCpuMs - start.sandboxCpuMs) / 1000, 1)} s; load generator's event loop busy ${Math.round(generatorBusy * 100)}% ` +
      `(${generatorBusy > 0.9 ? 'the jsdom clients, not the sandbox, set the pace' : 'the generator had headroom'})`);
    lines.push(`  HTTP seen    ${Object.entries(end.serverRequests.byMethod).map(([m, n]) => `${m} ${n}`).join(', ')} (total ${end.serverRequests.total} over ${end.serverRequests.connections} TCP connections, server side)`);
    lines.push('');
    const byKind = {};
    lines.push('  request kind            requests  errors   p50 ms   p95 ms   p99 ms');
    for (const [kind, entry] of Object.entries(stats.byKind).sort((a, b) => b[1].requests - a[1].requests)) {
      const kindSorted = Float64Array.from(entry.latencies).sort();
      const figures = { requests: entry.requests, errors: entry.errors, p50: round(percentile(kindSorted, 50), 2), p95: round(percentile(kindSorted, 95), 2), p99: round(percentile(kindSorted, 99), 2) };
      byKind[kind] = figures;
      lines.push(`  ${kind.padEnd(22)}  ${String(entry.requests).padStart(8)}  ${String(entry.errors).padStart(6)}  ${String(figures.p50).padStart(7)}  ${String(figures.p95).padStart(7)}  ${String(figures.p99).padStart(7)}`);
    }
    lines.push('');
    lines.push('  sandbox memory (after GC)  requests   heapUsed        rss  tokens  docs  state JSON  slice req/s  sandbox CPU');
    for (const s of samples) {
      lines.push(`  ${s.label.padEnd(25)}  ${String(s.requests).padStart(8)}  ${mb(s.heapUsed).padStart(9)}  ${mb(s.rss).padStart(9)}  ${String(s.store.tokens).padStart(6)}  ${String(s.store.docs).padStart(4)}  ${(s.store.stateJsonBytes / 1024).toFixed(1).padStart(7)} KB  ${String(s.sliceRps ?? '').padStart(11)}  ${(s.sandboxCpuMs / 1000).toFixed(1).padStart(9)} s`);
    }
    lines.push('');
    if (stats.errorSamples.length || stats.pageErrors.length) {
      lines.push('  first errors:');
      for (const message of [...stats.errorSamples, ...stats.pageErrors].slice(0, 10)) lines.push(`    ${message}`);
      lines.push('');
    }
    const sign = (bytes) => `${bytes >= 0 ? '+' : '-'}${mb(Math.abs(bytes))}`;
    lines.push(`${zeroErrors ? 'PASS' : 'FAIL'} zero errors: ${failedCount} failed of ${stats.requests} requests${cappedOut ? ` (stopped by the ${CAP_MS / 60000}-minute cap)` : ''}`);
    lines.push(`${memoryFlat ? 'PASS' : 'FAIL'} memory flat: heapUsed ${mb(warm.heapUsed)} after warm-up -> ${mb(end.heapUsed)} at the end (${sign(growth)}; limit ${sign(limit)} = max(10 MB, 25%)); ` +
      `min..max after warm-up ${mb(Math.min(...afterWarm.map((s) => s.heapUsed)))}..${mb(Math.max(...afterWarm.map((s) => s.heapUsed)))}`);
    lines.push(`${storeBounded ? 'ok  ' : 'NOTE'} store: tokens ${start.store.tokens} -> ${end.store.tokens} (one per login), docs ${start.store.docs} -> ${end.store.docs}`);
    console.log(lines.join('\n'));

    const summary = {
      clients: options.clients,
      origin: options.crossOrigin ? 'cross-origin' : 'same-origin',
      requests: stats.requests,
      logins: clients.length,
      errors: stats.errors,
      followUpsNotSent: skipped,
      pageErrors: stats.pageErrorCount || 0,
      unsent,
      elapsedMs: round(loadMs, 1),
      runMs: round(runMs, 1),
      throughputRps: round(throughput),
      latencyMs: latency,
      byKind,
      operations: ctx.opCounts,
      serverRequests: end.serverRequests,
      sandboxCpuMs: end.sandboxCpuMs - start.sandboxCpuMs,
      generatorEventLoopBusy: round(generatorBusy, 3),
      memory: samples.map((s) => ({
        label: s.label, requests: s.requests, heapUsed: s.heapUsed, rss: s.rss, tokens: s.store.tokens, docs: s.store.docs,
        stateJsonBytes: s.store.stateJsonBytes, sliceRps: s.sliceRps, sandboxCpuMs: s.sandboxCpuMs, clientCpuMs: s.clientCpuMs, clientHeapUsed: s.clientHeapUsed, clientElu: s.clientElu, wallMs: s.wallMs,
      })),
      heapGrowthAfterWarmup: growth,
      heapGrowthLimit: Math.round(limit),
      zeroErrors,
      memoryFlat,
      pass: zeroErrors && memoryFlat,
      firstErrors: [...stats.errorSamples, ...stats.pageErrors].slice(0, 10),
    };
    console.log(JSON.stringify(summary));
    exitCode = summary.pass ? 0 : 1;
  } catch (error) {
    console.error(`load: ${error && error.stack ? error.stack : error}`);
    exitCode = 1;
  } finally {
    await sandbox.stop();
    clearTimeout(hardStop);
  }
  process.exit(exitCode);
}

main();
