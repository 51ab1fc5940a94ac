#!/usr/bin/env node
// `npm run size`: gzip and brotli sizes of the runtime bundle a page loads (dist/article-quiz.min.js and
// every chunk it imports statically) and of the generator chunk; fails when the runtime is over budget
// or contains generator, format (src/formats) or editor (src/components/quiz-editor) code. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Budget for the runtime, Lit included, gzipped: 16.5 KB (KiB, 16,896 bytes). It was 16 KB until the
 * quiz could be made from the page (`for`): that feature's code in the runtime is its attribute, the
 * "Show in the article" button and their words (about 190 bytes); reading the article, the worker and
 * the highlight are a chunk loaded only with `for`, and the generator a file of its own.
 */
export const RUNTIME_BUDGET = 16.5 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const RUNTIME = join(dist, 'article-quiz.min.js');
const GENERATOR = join(dist, 'article-quiz-generate.min.js');

if (!existsSync(RUNTIME) || !existsSync(GENERATOR)) {
  console.error('size: dist/ is missing the bundles; run `npm run build` first');
  process.exit(1);
}

/** A file and everything it imports statically (what the browser fetches before running it). */
function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  // Minified static imports: import{a}from"./x.js" / import"./x.js" / export{a}from"./x.js"
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}$,\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticGraph(join(dirname(entry), m[1]), seen);
  }
  return seen;
}

function sizes(files) {
  const code = Buffer.concat([...files].map(f => readFileSync(f)));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const runtimeFiles = staticGraph(RUNTIME);
const generatorFiles = [...staticGraph(GENERATOR)].filter(f => !runtimeFiles.has(f));
const runtime = sizes(runtimeFiles);
const generator = sizes(generatorFiles);
const kb = n => `${(n / 1024).toFixed(2)} KB`;

console.log('bundle                      files   minified       gzip     brotli');
for (const [name, s, files] of [
  ['runtime (Lit included)', runtime, runtimeFiles],
  ['generator chunk', generator, generatorFiles],
]) {
  console.log(`${name.padEnd(26)} ${String(files.size ?? files.length).padStart(6)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
}
console.log(`runtime files: ${[...runtimeFiles].map(f => relative(root, f)).join(', ')} (${runtime.gzip} bytes gzipped)`);
// For the record: what a page fetches later, on demand (languages, result view, problem words).
const lazy = readdirSync(join(dist, 'chunks')).filter(f => !runtimeFiles.has(join(dist, 'chunks', f)));
for (const f of lazy) console.log(`  loaded on demand: chunks/${f} ${kb(sizes([join(dist, 'chunks', f)]).gzip)} gzipped`);

const problems = [];
if (runtime.gzip > RUNTIME_BUDGET) {
  problems.push(`the runtime is ${kb(runtime.gzip)} gzipped, over its budget of ${kb(RUNTIME_BUDGET)}`);
}
// The generator's own code, and the NLP package it uses, must not be in the runtime: the build lists
// the source modules of every runtime file (dist/runtime-modules.json).
const modules = JSON.parse(readFileSync(join(dist, 'runtime-modules.json'), 'utf8'));
const staticModules = [...runtimeFiles].flatMap(f => modules[relative(dist, f)] ?? []);
if (!staticModules.length) problems.push('dist/runtime-modules.json does not list the runtime files; rebuild');
const leaked = Object.values(modules).flat().filter(id => /(^|\/)src\/generate\/|node_modules\/(compromise|linkedom|@mozilla)/.test(id));
if (leaked.length) problems.push(`the runtime contains generator code, for example ${leaked[0]}`);
// Nor the export/import formats (GIFT, QTI) and the zip library they use.
const formats = Object.values(modules).flat().filter(id => /(^|\/)src\/formats\/|node_modules\/fflate/.test(id));
if (formats.length) problems.push(`the runtime contains export/import format code, for example ${formats[0]}`);
// Nor the editor (<quiz-editor>, a bundle of its own: dist/quiz-editor.min.js).
const editor = Object.values(modules).flat().filter(id => /(^|\/)src\/(components\/quiz-editor|define\/quiz-editor)/.test(id));
if (editor.length) problems.push(`the runtime contains the editor, for example ${editor[0]}`);
for (const f of runtimeFiles) {
  if (/quiz-editor/.test(readFileSync(f, 'utf8'))) problems.push(`${relative(root, f)} mentions quiz-editor`);
}
if (!generatorFiles.length) problems.push('the generator chunk was not found');

if (problems.length) {
  console.error(`\nsize: FAIL\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nsize: ok, runtime ${kb(runtime.gzip)} of ${kb(RUNTIME_BUDGET)} gzipped (${Math.round((100 * runtime.gzip) / RUNTIME_BUDGET)}% of budget); generator not in the runtime`);
