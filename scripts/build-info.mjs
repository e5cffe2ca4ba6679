// What dist/ is built from, as one hash: every file the build reads (src/, the table codec, the
// rollup and TypeScript configurations) and the package version (the banner). The build records it
// in dist/build-info.json; `npm start` rebuilds only when the sources hash to something else, so file
// times (a fresh clone writes dist/ before src/) do not matter.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_INFO = 'build-info.json';
const INPUTS = ['src', 'scripts/table-codec.mjs', 'rollup.config.mjs', 'tsconfig.json'];

function filesUnder(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOTDIR') return [path];
    throw error;
  }
  return entries.flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** 'sha256:<hex>' of the build's inputs under `root` (paths and contents, in a fixed order). */
export function sourcesHash(root = ROOT) {
  const hash = createHash('sha256');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  hash.update(`version ${version}\n`);
  const files = INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
  for (const file of files) {
    const content = readFileSync(join(root, file));
    hash.update(`${file}\n${content.length}\n`).update(content);
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The dist/build-info.json the build writes. */
export function buildInfo(root = ROOT) {
  return `${JSON.stringify({ sources: sourcesHash(root) }, null, 2)}\n`;
}

/** The hash dist/build-info.json records, or null when it is missing or unreadable. */
export function recordedHash(distDir) {
  try {
    return JSON.parse(readFileSync(join(distDir, BUILD_INFO), 'utf8')).sources || null;
  } catch {
    return null;
  }
}
