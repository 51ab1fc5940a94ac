#!/usr/bin/env node
// `npm run build`: clean dist/, bundle with rollup, write custom-elements.json, mark the CLI executable.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
const cem = spawnSync('npm', ['run', '--silent', 'analyze', '--', '--quiet'], { stdio: 'inherit' });
if (cem.status !== 0) {
  console.error('build: npm run analyze failed');
  process.exit(cem.status ?? 1);
}
if (existsSync('dist/cli/main.js')) chmodSync('dist/cli/main.js', 0o755);
console.log('build: dist/ and custom-elements.json written');

function run(script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${script} failed`);
    process.exit(r.status ?? 1);
  }
}
