#!/usr/bin/env node
// `npm run build`: clean dist/, bundle with rollup, write custom-elements.json, mark the CLI executable.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
run('node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--outdir', '.', '--quiet']);
if (existsSync('dist/cli/main.js')) chmodSync('dist/cli/main.js', 0o755);
console.log('build: dist/ and custom-elements.json written');

function run(script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${script} failed`);
    process.exit(r.status ?? 1);
  }
}
