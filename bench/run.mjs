// npm run bench: the SDK's size and its own cost over raw $.ajax, in Chromium and in jsdom.
// Prints a readable table and, last, one JSON line with every figure. Not a test: nothing fails.
//   node bench/run.mjs [--jquery 4.0.0] [--rounds 60] [--size 200] [--pages 5]   (progress on stderr)
// Each Chromium figure is the median over --pages fresh pages: within one page the rounds agree,
// but how the engine compiles the code differs from page to page, by up to ±10% of the ratio.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { JSDOM } from 'jsdom';
import { findChromium } from '../test/runners/chromium.mjs';
import { startStatic } from '../test/runners/static.mjs';
import { chromium } from 'playwright-core';
import { integerFlag, readFlags, usageError } from '../sandbox/args.mjs';
import { JQUERY as JQUERY_VERSIONS } from '../test/runners/jquery.mjs';

const USAGE = `usage: npm run bench [-- --jquery VERSION] [-- --rounds N] [-- --size N] [-- --pages N]
  --jquery VERSION  ${JQUERY_VERSIONS.join(', ')} (default 4.0.0)
  --rounds N        alternating rounds of SDK and raw $.ajax calls (default 60)
  --size N          calls per round (default 200)
  --pages N         fresh Chromium pages, each figure the median over them (default 5)`;
const flags = readFlags(USAGE, { jquery: { type: 'string' }, rounds: { type: 'string' }, size: { type: 'string' }, pages: { type: 'string' } });
const jquery = flags.jquery ?? '4.0.0';
if (!JQUERY_VERSIONS.includes(jquery)) usageError(USAGE, `--jquery must be one of ${JQUERY_VERSIONS.join(', ')} (got ${JSON.stringify(jquery)})`);
const options = { rounds: integerFlag(USAGE, flags, 'rounds', 60, { min: 1 }), size: integerFlag(USAGE, flags, 'size', 200, { min: 1 }) };
const pages = integerFlag(USAGE, flags, 'pages', 5, { min: 1 });
/** A progress line on stderr (stdout keeps the table and the JSON line). */
const progress = (line) => process.stderr.write(`bench: ${line}\n`);

function sizes() {
  const raw = readFileSync('dist/jquery.kazoosdk.js');
  const min = readFileSync('dist/jquery.kazoosdk.min.js');
  return {
    raw: raw.length,
    min: min.length,
    minGzip: zlib.gzipSync(min, { level: 9 }).length,
    minBrotli: zlib.brotliCompressSync(min, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function inChromium() {
  const files = await startStatic();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const results = [];
    for (let i = 0; i < pages; i++) {
      const page = await browser.newPage();
      await page.goto(`${files.url}/bench/index.html?jquery=${jquery}`);
      await page.waitForFunction(() => typeof window.runBench === 'function');
      results.push(await page.evaluate((o) => window.runBench(o), options));
      await page.close();
      progress(`Chromium page ${i + 1}/${pages} done`);
    }
    return combined(results);
  } finally {
    await browser.close();
    await files.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Several pages' results -> one: each figure the median over the pages; the ratios of every page kept. */
function combined(results) {
  const calls = {};
  for (const name of Object.keys(results[0].calls)) {
    const of = (key) => results.map((r) => r.calls[name][key]);
    calls[name] = {
      sdkMicros: median(of('sdkMicros')), rawMicros: median(of('rawMicros')), ratio: median(of('ratio')), pageRatios: of('ratio'),
      ownMicros: median(of('ownMicros')),
    };
  }
  return {
    jquery: results[0].jquery, pages: results.length, calls,
    startupMicros: median(results.map((r) => r.startupMicros)),
    bytesPerInstance: median(results.map((r) => r.bytesPerInstance)),
    pagingMillis: { 50: median(results.map((r) => r.pagingMillis[50])), 100: median(results.map((r) => r.pagingMillis[100])) },
  };
}

async function inJsdom() {
  const file = fileURLToPath(new URL('./index.html', import.meta.url));
  const dom = new JSDOM(readFileSync(file, 'utf8'), {
    url: pathToFileURL(file).href + `?jquery=${jquery}`, runScripts: 'dangerously', resources: 'usable',
  });
  await new Promise((resolve, reject) => {
    const started = Date.now();
    (function wait() {
      if (typeof dom.window.runBench === 'function') resolve();
      else if (Date.now() - started > 30000) reject(new Error('bench page did not load in jsdom'));
      else setTimeout(wait, 20);
    })();
  });
  const result = dom.window.runBench(options);
  dom.window.close();
  return result;
}

const size = sizes();
progress(`Chromium: ${pages} pages of ${options.rounds} rounds of ${options.size} calls (jQuery ${jquery})`);
const chromiumResult = await inChromium();
progress('jsdom: one window');
const jsdomResult = await inJsdom();
progress('done');

const f = (n, d = 2) => (n === null || n === undefined ? 'n/a' : n.toFixed(d));
console.log(`jquery.kazoosdk benchmark (jQuery ${jquery}, ${options.rounds} alternating rounds of ${options.size} calls; Chromium: median of ${pages} pages)`);
console.log('');
console.log('size (dist/)                 bytes');
console.log(`  jquery.kazoosdk.js         ${size.raw}`);
console.log(`  jquery.kazoosdk.min.js     ${size.min}`);
console.log(`  min + gzip -9              ${size.minGzip}`);
console.log(`  min + brotli -11           ${size.minBrotli}`);
console.log('');
console.log('per call (median µs)         engine     SDK      raw $.ajax   ratio');
for (const [engine, r] of [['chromium', chromiumResult], ['jsdom', jsdomResult]]) {
  for (const [name, c] of Object.entries(r.calls)) {
    const spread = c.pageRatios ? `   (pages: ${f(Math.min(...c.pageRatios), 3)}–${f(Math.max(...c.pageRatios), 3)})` : '';
    console.log(`  ${name.padEnd(27)}${engine.padEnd(11)}${f(c.sdkMicros).padStart(6)}   ${f(c.rawMicros).padStart(10)}   ${f(c.ratio, 3)}${spread}`);
  }
}
console.log('');
console.log("the SDK's own work (median µs per call, $.ajax stubbed; includes parsing the answer)");
for (const [engine, r] of [['chromium', chromiumResult], ['jsdom', jsdomResult]]) {
  for (const [name, c] of Object.entries(r.calls)) console.log(`  ${name.padEnd(27)}${engine.padEnd(11)}${f(c.ownMicros).padStart(6)}`);
}
console.log('');
console.log('start-up                     engine     $.getKazooSdk() µs   bytes per instance');
for (const [engine, r] of [['chromium', chromiumResult], ['jsdom', jsdomResult]]) {
  console.log(`  ${''.padEnd(27)}${engine.padEnd(11)}${f(r.startupMicros).padStart(8)}             ${r.bytesPerInstance === null ? 'n/a' : Math.round(r.bytesPerInstance)}`);
}
console.log('');
console.log("paginate: 'all' (ms for the whole call, $.ajax stubbed)   50 pages of 1,000   100 pages of 1,000   ratio (linear: 2)");
for (const [engine, r] of [['chromium', chromiumResult], ['jsdom', jsdomResult]]) {
  console.log(`  ${''.padEnd(27)}${engine.padEnd(11)}${f(r.pagingMillis[50]).padStart(17)}   ${f(r.pagingMillis[100]).padStart(18)}   ${f(r.pagingMillis[100] / r.pagingMillis[50], 2).padStart(10)}`);
}
console.log(JSON.stringify({ jquery, options: { ...options, pages }, size, chromium: chromiumResult, jsdom: jsdomResult }));
