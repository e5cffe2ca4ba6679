#!/usr/bin/env node
// Regenerates the README's picture of the API console: starts the sandbox and the console on a free
// port, logs in, creates a device (the sandbox asks to accept charges: 402, accepted, then 201) and
// takes a screenshot with Chromium (playwright-core).
//   node scripts/screenshot.mjs [--width 1280] [--height 1000] [--full] [--out docs/console.png]
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { startConsole } from '../sandbox/start.mjs';
import { launch } from '../test/runners/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: node scripts/screenshot.mjs [--width N] [--height N] [--full] [--out FILE]';
const TIMEOUT = 15000;

let args;
try {
  args = parseArgs({
    options: {
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '1000' },
      full: { type: 'boolean', default: false },
      out: { type: 'string', default: 'docs/console.png' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const width = Number(args.width);
const height = Number(args.height);
if (!Number.isInteger(width) || width < 320 || !Number.isInteger(height) || height < 320) {
  console.error(`--width and --height are whole numbers of pixels (at least 320)\n${USAGE}`);
  process.exit(2);
}
const out = resolve(ROOT, args.out);

const app = await startConsole({ port: 0, log: null });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.setDefaultTimeout(TIMEOUT);
  page.on('dialog', (dialog) => dialog.accept().catch(() => {}));
  await page.goto(`${app.url}#device.create`);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  await page.click('#login-submit');
  await page.waitForSelector('#login-status.ok');
  await page.waitForSelector('#sandbox-data [data-open="user.get"]');
  await page.fill('#data', JSON.stringify({ name: 'Reception desk phone', device_type: 'sip_device' }, null, 2));
  await page.click('#send');
  await page.waitForSelector('#response[data-state="done"]', { state: 'attached' });
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: args.full });
  console.log(`wrote ${out} (${width}x${args.full ? 'full page' : height})`);
} finally {
  await browser.close();
  await app.close();
}
