// Running a sandbox module as a program: its arguments (parseArgs), and `runIfMain(import.meta.url, main)` calls main() only when
// the module is the one node was started with, and turns a failure into a message and exit code 1.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `--port N`, `--data FILE` (also as `--port=N`), `--help`. */
export function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--port') options.port = value();
    else if (flag === '--data') options.data = value();
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
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
