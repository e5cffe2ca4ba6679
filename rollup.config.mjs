// Builds dist/: the script-tag UMD (plain and minified), the ESM and CommonJS modules, the types, and
// build-info.json (the hash of the sources, which `npm start` compares to decide whether to rebuild).
// OUT_DIR (default dist) lets the test command rebuild elsewhere and compare with the committed dist/.
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dts from 'rollup-plugin-dts';
import { BUILD_INFO, buildInfo } from './scripts/build-info.mjs';
import { compactTable } from './scripts/table-codec.mjs';

const out = process.env.OUT_DIR || 'dist';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! jquery.kazoosdk ${version} | MIT License */`;
const ts = () => typescript({ tsconfig: './tsconfig.json', outputToFilesystem: false, sourceMap: true, inlineSources: true });
const external = ['jquery'];
// Source maps (with the sources' text) for every JavaScript build. Their paths are written as seen
// from dist/, whatever OUT_DIR is, so that a rebuild elsewhere gives the same maps.
const root = dirname(fileURLToPath(import.meta.url));
const maps = {
  sourcemap: true,
  sourcemapPathTransform: (path, mapFile) => relative(resolve(root, 'dist'), resolve(dirname(mapFile), path)).replace(/\\/g, '/'),
};

/**
 * The fields of the SDK's own state objects (a call, an instance's context, a re-login, a request,
 * an answer), which min.js shortens: the names of no application's or jQuery's object, which keep
 * theirs (test/size.test.mjs checks that none is part of the public types).
 */
export const INTERNAL = /^(settled|outcome|aborted|taken|reauthed|waiting|deferred|pages|defaults|home|tokens|relogins|ended|envelope|binary|invalidJson|jqXHR|opts)$/;

export default [
  {
    input: 'src/umd.ts',
    external,
    plugins: [ts(), compactTable()],
    output: [
      { file: `${out}/jquery.kazoosdk.js`, format: 'umd', name: 'KazooSdk', globals: { jquery: 'jQuery' }, banner, ...maps },
      {
        file: `${out}/jquery.kazoosdk.min.js`,
        format: 'umd',
        name: 'KazooSdk',
        globals: { jquery: 'jQuery' },
        banner,
        ...maps,
        plugins: [terser({ ecma: 5, compress: { passes: 3, hoist_funs: true }, mangle: { properties: { regex: INTERNAL, builtins: true } }, format: { comments: /^!/ } })],
      },
    ],
  },
  {
    input: 'src/index.ts',
    external,
    plugins: [ts(), compactTable()],
    output: [
      { file: `${out}/jquery.kazoosdk.mjs`, format: 'es', banner, ...maps },
      { file: `${out}/jquery.kazoosdk.cjs`, format: 'cjs', exports: 'named', interop: 'default', banner, ...maps },
    ],
  },
  {
    input: 'src/index.ts',
    external,
    plugins: [dts(), esmTypes(), recordSources()],
    output: { file: `${out}/jquery.kazoosdk.d.ts`, format: 'es', banner: '/// <reference types="jquery" />' },
  },
];

// The import condition's types (.d.mts, read as an ES module) re-export the .d.ts rather than repeat
// it: two copies of the `declare global` block for $.getKazooSdk would clash in a project that
// both imports and requires the package.
function esmTypes() {
  return {
    name: 'esm-types',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'jquery.kazoosdk.d.mts', source: "export * from './jquery.kazoosdk.js';\n" });
    },
  };
}

function recordSources() {
  return {
    name: 'record-sources',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BUILD_INFO, source: buildInfo() });
    },
  };
}
