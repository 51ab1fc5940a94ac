#!/usr/bin/env node
// `npm run bench`: builds if needed, then runs every other bench/*.mjs in turn and prints its figures.
// Benchmarks are never part of `npm test`: shared machines are noisy, so figures are medians, read by people.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
if (!existsSync('dist/article-quiz.min.js')) spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
let failed = 0;
for (const file of readdirSync('bench').filter(f => f.endsWith('.mjs') && f !== 'run.mjs').sort()) {
  console.log(`\n== bench/${file}`);
  const r = spawnSync(process.execPath, [`bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
