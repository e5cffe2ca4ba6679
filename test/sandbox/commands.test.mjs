// The command lines of the sandbox's programs and of the benchmark: node:util parseArgs, so an
// unknown flag, a missing value or a bad number prints the reason and the usage on stderr and exits 2
// before doing anything; --help prints the usage on stdout; load and bench report progress on stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const PROGRAMS = {
  'the bin (sandbox/cli.mjs)': { file: 'sandbox/cli.mjs', usage: /usage: jquery-kazoosdk-sandbox/, valued: '--port' },
  'npm start (sandbox/start.mjs)': { file: 'sandbox/start.mjs', usage: /usage: npm start/, valued: '--data' },
  'npm run load (sandbox/load.mjs)': { file: 'sandbox/load.mjs', usage: /usage: npm run load/, valued: '--clients' },
  'npm run bench (bench/run.mjs)': { file: 'bench/run.mjs', usage: /usage: npm run bench/, valued: '--rounds' },
};

const run = (file, args) => spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout: 60000 });

for (const [name, { file, usage, valued }] of Object.entries(PROGRAMS)) {
  test(`${name}: an unknown flag prints the reason and the usage on stderr, exit 2`, () => {
    const out = run(file, ['--no-such-flag']);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, /Unknown option '--no-such-flag'/);
    assert.match(out.stderr, usage);
    assert.equal(out.stdout, '');
  });
  test(`${name}: ${valued} without its value prints the usage, exit 2`, () => {
    const out = run(file, [valued]);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, new RegExp(`Option '${valued} <value>' argument missing`));
    assert.match(out.stderr, usage);
  });
  test(`${name}: a positional argument is refused too`, () => {
    const out = run(file, ['8000']);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, usage);
  });
  test(`${name}: --help prints the usage on stdout, exit 0`, () => {
    const out = run(file, ['--help']);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, usage);
  });
}

for (const [file, args, message] of [
  ['sandbox/cli.mjs', ['--port', '70000'], /--port must be an integer from 0 to 65535/],
  ['sandbox/start.mjs', ['--port', '1.5'], /--port must be an integer from 0 to 65535 \(got "1.5"\)/],
  ['sandbox/start.mjs', ['--port', '-1'], /Option '--port' argument is ambiguous/],
  ['sandbox/load.mjs', ['--requests', 'many'], /--requests must be an integer/],
  ['sandbox/load.mjs', ['--requests', '10', '--warmup', '10'], /--warmup must be an integer from 0 to 9/],
  ['bench/run.mjs', ['--pages', '0'], /--pages must be an integer from 1/],
  ['bench/run.mjs', ['--jquery', '5.0.0'], /--jquery must be one of/],
]) {
  test(`${file} ${args.join(' ')}: refused with exit 2`, () => {
    const out = run(file, args);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, message);
  });
}

test('npm run load reports its progress on stderr, slice by slice, and keeps stdout for the results', () => {
  const out = run('sandbox/load.mjs', ['--clients', '1', '--requests', '20', '--warmup', '10']);
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stderr.trim().split('\n');
  assert.match(lines[0], /^load: 1 clients, 20 requests \(10 warm-up\)$/);
  assert.ok(lines.some((line) => /^load: 10\/20 requests, 0 errors, .* \(after warm-up\)$/.test(line)), out.stderr);
  assert.match(lines[lines.length - 1], /^load: 20\/20 requests, 0 errors, .* \(end\)$/);
  assert.doesNotMatch(out.stdout, /^load: /m);
  assert.equal(JSON.parse(out.stdout.trim().split('\n').pop()).requests, 20);
});

test('npm run bench reports its progress on stderr, page by page, and keeps stdout for the results', () => {
  const out = run('bench/run.mjs', ['--rounds', '1', '--size', '2', '--pages', '2']);
  assert.equal(out.status, 0, out.stderr);
  assert.deepEqual(out.stderr.trim().split('\n').filter((line) => line.startsWith('bench: ')), [
    'bench: Chromium: 2 pages of 1 rounds of 2 calls (jQuery 4.0.0)',
    'bench: Chromium page 1/2 done',
    'bench: Chromium page 2/2 done',
    'bench: jsdom: one window',
    'bench: done',
  ]);
  assert.doesNotMatch(out.stdout, /^bench: /m);
  assert.equal(JSON.parse(out.stdout.trim().split('\n').pop()).options.pages, 2);
});
