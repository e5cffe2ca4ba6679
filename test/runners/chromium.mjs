// Finds (or, where the machine allows it, installs) Debian's Chromium and launches it headless with
// playwright-core. CHROME_BIN points to another Chromium binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function findChromium() {
  const candidates = [process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  let found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const root = process.getuid && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)...');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null'], {
      stdio: 'inherit',
    });
    found = candidates.find((path) => existsSync(path)) || (existsSync('/usr/bin/chromium') && '/usr/bin/chromium');
    if (found) return found;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install Debian\'s "chromium" package (apt-get install chromium), ' +
      'or set CHROME_BIN to a Chromium or Chrome binary.'
  );
}

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), args: FLAGS });
}

// Runs a QUnit page (test/index.html or another page using test/loader.js's reporting) in a new
// Chromium page and resolves with its result, like runners/jsdom.mjs does. `setup(page)` runs
// before the page loads (to answer dialogs, expose functions).
export async function runQUnitPage(browser, url, { timeoutMs = 180000, setup } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    if (setup) await setup(page);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__testResult, null, { timeout: timeoutMs, polling: 100 });
    const result = await handle.jsonValue();
    if (errors.length) {
      result.failed += 1;
      result.failures.push({ name: 'uncaught errors in the page', errors: errors.map((message) => ({ message })) });
    }
    return result;
  } catch (e) {
    return { passed: 0, failed: 1, failures: [{ name: url, errors: [{ message: e.message }] }] };
  } finally {
    await page.close();
  }
}
