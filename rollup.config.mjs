// Two builds:
//  1. dist/**/*.js + .d.ts: one ES module per source file, for bundlers and Node (lit, valibot external).
//  2. dist/article-quiz.min.js: the single-file runtime for a <script type="module"> tag, Lit included,
//     minified; the generator is a separate entry (dist/article-quiz-generate.min.js) that the runtime
//     never imports statically. Chunks that both share go in dist/chunks/.
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function sources(dir) {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Writes dist/runtime-modules.json: the source modules in each runtime file, for the size check. */
const moduleList = () => ({
  name: 'module-list',
  generateBundle(_, bundle) {
    const files = Object.fromEntries(
      Object.values(bundle)
        .filter(c => c.type === 'chunk')
        .map(c => [c.fileName, Object.keys(c.modules).map(id => relative(process.cwd(), id))]),
    );
    this.emitFile({ type: 'asset', fileName: 'runtime-modules.json', source: `${JSON.stringify(files, null, 1)}\n` });
  },
});

/**
 * from-page.ts names the generator by its source file, which the dev server serves; in a build it must
 * name the built file: dist/generate/worker.js beside the modules, or the generator bundle beside the
 * runtime (whose chunks are in dist/chunks/).
 */
const generatorUrl = target => ({
  name: 'generator-url',
  transform(code, id) {
    if (!id.endsWith('from-page.ts')) return null;
    const out = code.replace(/(["'])\.\.\/\.\.\/generate\/worker\.ts\1/, JSON.stringify(target));
    if (out === code) throw new Error('generator-url: the generator URL in from-page.ts was not found');
    return { code: out, map: null };
  },
});

const onwarn = (warning, warn) => {
  // Type errors must fail the build, not scroll past.
  if (warning.plugin === 'typescript') throw new Error(warning.message);
  warn(warning);
};

export default [
  {
    input: sources('src'),
    // Dependencies stay imports: whoever installs the package installs them.
    external: id => /^(lit|@lit|compromise|linkedom|@mozilla\/readability|fflate|node:)/.test(id),
    onwarn,
    plugins: [
      typescript({
        tsconfig: 'tsconfig.build.json',
        compilerOptions: { declaration: true, declarationMap: true, sourceMap: true },
      }),
      generatorUrl('../../generate/worker.js'),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: { 'article-quiz.min': 'src/all.ts' },
    onwarn,
    // Lazily loaded chunks (languages, validation messages) may import from the entry itself, so
    // the runtime stays one file instead of an entry facade plus a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: 'tsconfig.build.json',
        compilerOptions: { declaration: false, sourceMap: !!process.env.AQ_SOURCEMAP },
      }),
      generatorUrl('../article-quiz-generate.min.js'),
      // Whitespace and comments out of html`` and css`` templates.
      minifyLiterals(),
      moduleList(),
      terser({
        ecma: 2020,
        module: true,
        compress: { passes: 2 },
        // Our private members are named _likeThis (Lit's own internals are _$ and already short).
        // Each chunk is minified on its own, so a _name must never be read from another chunk:
        // what the lazy chunks (summary, messages, languages) take from the runtime is public.
        mangle: { properties: { regex: /^_[a-z]/ } },
        format: { comments: false },
      }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
      sourcemap: !!process.env.AQ_SOURCEMAP,
    },
  },
  // The generator on its own, with what it needs of the model and engine copied in: it shares no chunk
  // with the runtime, so a page showing a prepared set never downloads any of it. Started as a module
  // worker, it answers generation requests (src/generate/worker.ts).
  {
    input: { 'article-quiz-generate.min': 'src/generate/worker.ts' },
    onwarn,
    plugins: [
      nodeResolve({ exportConditions: ['production'], browser: true }),
      typescript({ tsconfig: 'tsconfig.build.json', compilerOptions: { declaration: false, sourceMap: false } }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
  },
  // <quiz-editor> for a page (demo/studio.html's element as one script tag): the editor, the preview's
  // <article-quiz>, the formats and Lit in one file. Never imported by the runtime; it starts the
  // generator bundle beside it (dist/article-quiz-generate.min.js) as a worker.
  {
    input: { 'quiz-editor.min': 'src/define/quiz-editor.ts' },
    onwarn,
    plugins: [
      nodeResolve({ exportConditions: ['production'], browser: true }),
      typescript({ tsconfig: 'tsconfig.build.json', compilerOptions: { declaration: false, sourceMap: false } }),
      generatorUrl('./article-quiz-generate.min.js'),
      minifyLiterals(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, mangle: { properties: { regex: /^_[a-z]/ } }, format: { comments: false } }),
    ],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
  },
];
