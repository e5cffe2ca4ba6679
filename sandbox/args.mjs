// Command lines of the sandbox's programs (the bin, npm start, npm run load) and of npm run bench:
// parsed with node:util parseArgs, so an unknown flag, a missing value or a bad number prints the
// error and the usage on stderr and exits 2; --help prints the usage and exits 0. `runIfMain` runs
// a module's main() only when node was started with that module, and turns a failure into a
// message and exit code 1.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Print `message` and the usage on stderr, exit 2. */
export function usageError(usage, message) {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

/**
 * The flags of a command line, as node:util parseArgs reads them (strict, no positionals).
 * @param {string} usage printed with every error and for --help
 * @param {object} options parseArgs option descriptors; `--help`/`-h` is added
 * @param {string[]} [argv] default process.argv.slice(2)
 */
export function readFlags(usage, options, argv = process.argv.slice(2)) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    usageError(usage, error.message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}

/** An integer flag (or its fallback) within [min, max]; a usage error otherwise. */
export function integerFlag(usage, values, name, fallback, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  const raw = values[name] ?? fallback;
  const value = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    usageError(usage, `--${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})`);
  }
  return value;
}

export function runIfMain(moduleUrl, main) {
  if (!isMain(moduleUrl)) return;
  main().catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}

function isMain(moduleUrl) {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
