// npx rollup -c examples/bundler/rollup.config.mjs: bundles src/main.js, jQuery and the SDK into
// dist/app.js (one script for index.html). In an application of your own, this is all it takes.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  input: here('src/main.js'),
  plugins: [nodeResolve({ browser: true })],
  output: { file: here('dist/app.js'), format: 'iife' },
};
