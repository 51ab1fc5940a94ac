#!/usr/bin/env node
// `npm test`: builds, type-checks, runs the Node tests, then the browser tests in each browser.
//   BROWSERS=chromium npm test          one browser (comma-separated list for several)
//   BROWSERS=none npm test              Node tests only
//   AQ_FILES=test/model/validate.test.ts npm test   only these browser test files
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map(s => s.trim().toLowerCase())
  .filter(Boolean);
for (const b of wanted) {
  if (b !== 'none' && !BROWSERS[b]) {
    fail(`BROWSERS: unknown browser "${b}"; use any of ${Object.keys(BROWSERS).join(', ')} (or none)`);
  }
}
const browsers = wanted.filter(b => b !== 'none');

// Say what is missing before any work, with the Debian package that brings it.
const missing = [];
for (const b of browsers) {
  const info = BROWSERS[b];
  for (const need of [{ bin: info.executable, packages: info.packages }, ...info.needs]) {
    if (!existsSync(need.bin)) missing.push(`${info.label}: ${need.bin} not found; install it with: apt-get install ${need.packages}`);
  }
}
if (missing.length) {
  fail(
    `Cannot run the browser tests, a browser is missing:\n  ${missing.join('\n  ')}\n` +
      `(or choose other browsers, for example BROWSERS=chromium npm test)`,
  );
}

const results = [];
await step('build', 'npm', ['run', '--silent', 'build']);
await step('type-check', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
const nodeTests = listFiles('test').filter(f => f.endsWith('.node.test.ts'));
if (!nodeTests.length) fail('no Node test files (test/**/*.node.test.ts) were found');
await step('node tests', process.execPath, ['--import', 'tsx', '--test', ...nodeTests]);

for (const b of browsers) {
  const env = { ...process.env, AQ_BROWSER: b };
  const cleanup = [];
  try {
    if (b === 'webkit') await startWebKit(env, cleanup);
    await step(`${BROWSERS[b].label} tests`, process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], env);
  } finally {
    for (const stop of cleanup.reverse()) stop();
  }
}

console.log('\nSummary:');
for (const r of results) {
  const counts = r.passed === undefined ? '' : `: ${r.passed} passed, ${r.failed} failed`;
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${counts} (${r.seconds.toFixed(1)} s)`);
}
const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
const failed = results.reduce((n, r) => n + (r.failed ?? 0), 0) + results.filter(r => !r.ok && !r.failed).length;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(results.every(r => r.ok) && passed > 0 ? 0 : 1);

/** Runs one step, passing its output through, and reads its test counts from that output. */
async function step(name, cmd, args, env = process.env) {
  console.log(`\n== ${name}`);
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  child.stdout.on('data', d => {
    out += d;
    process.stdout.write(d);
  });
  child.stderr.on('data', d => process.stderr.write(d));
  const code = await new Promise(resolve => child.on('close', resolve));
  const result = { name, ok: code === 0, seconds: (performance.now() - t0) / 1000 };
  const tap = /^# pass (\d+)\n# fail (\d+)/m.exec(out);
  // web-test-runner redraws its progress line; the last one has the totals.
  const wtr = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const counts = tap ?? wtr;
  if (counts) Object.assign(result, { passed: Number(counts[1]), failed: Number(counts[2]) });
  results.push(result);
  if (!result.ok && name === 'build') {
    console.log(`\nThe build failed; no tests were run.`);
    process.exit(1);
  }
}

function fail(message) {
  console.error(`npm test: ${message}`);
  process.exit(1);
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(relative(root, p));
  }
  return out.sort();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// WebKitGTK has no headless mode of its own: run MiniBrowser on a virtual X display,
// driven by WebKitWebDriver.
async function startWebKit(env, cleanup) {
  const [driver, xvfb] = BROWSERS.webkit.needs.map(n => n.bin);
  // -displayfd: Xvfb picks a free display and writes its number once it accepts connections.
  const x = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  cleanup.push(() => x.kill());
  let xlog = '';
  x.stderr?.on('data', d => (xlog += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 60 s:\n${xlog}`)), 60000);
    x.stdio[3].on('data', d => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    x.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with code ${code}:\n${xlog}`));
    });
  });
  env.DISPLAY = `:${display}`;
  const port = await freePort();
  const d = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env });
  cleanup.push(() => d.kill());
  env.AQ_WEBDRIVER_PORT = String(port);
  await waitFor(async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      return res.ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver to start');
}
