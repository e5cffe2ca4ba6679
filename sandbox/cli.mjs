// Running a sandbox module as a program: `runIfMain(import.meta.url, main)` calls main() only when
// the module is the one node was started with, and turns a failure into a message and exit code 1.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
