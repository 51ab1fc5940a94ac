#!/usr/bin/env node
// `npm run bench` (or `node bench/generate.mjs`): speed of the question generator, generateQuestionSet
// from the built ES modules (dist/generate/index.js; built with `npm run build` when missing), in Node.
//   - synthetic article-like texts of 500, 5,000 and 50,000 words: headline, paragraphs of sentences
//     with names, places, organisations, numbers, years and quotations, and a little page furniture;
//     made by a seeded generator, so every run times the same texts;
//   - the real corpus article /work/shared/corpus/00-seed-libya-arms.txt, when it is there.
// Warm-up runs first, then measured runs (7, or 3 for 50,000 words); printed: the median in ms, ms per
// 1,000 words, and how ms per word grows from 500 to 50,000 words (1x is linear). When the generator
// reads only the start of a long text (a MAX_WORDS cap in dist/generate/generate.js), that is said,
// and growth is also given between the sizes under the cap. Figures are information, not tests: the
// exit code is 0 whatever they are, 1 only when the benchmark could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const GENERATOR = join(root, 'dist', 'generate', 'index.js');
const CORPUS = '/work/shared/corpus/00-seed-libya-arms.txt';
const SIZES = [
  { words: 500, warmup: 3, runs: 7 },
  { words: 5_000, warmup: 3, runs: 7 },
  { words: 50_000, warmup: 1, runs: 3 },
];
const CORPUS_RUNS = { warmup: 3, runs: 7 };
const SEED = 0x5eed;

if (!existsSync(GENERATOR)) {
  console.log('generate: dist/generate/index.js is missing; running `npm run build`');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(GENERATOR)) {
    console.error('generate: the build failed; the benchmark cannot run');
    process.exit(1);
  }
}

// Figures from an old build mislead: say so when a generator source is newer than the build.
const SOURCES = join(root, 'src', 'generate');
const newer = existsSync(SOURCES)
  ? readdirSync(SOURCES).filter(f => statSync(join(SOURCES, f)).mtimeMs > statSync(GENERATOR).mtimeMs)
  : [];
if (newer.length) console.log(`generate: warning: src/generate/${newer.join(', ')} newer than dist/; run \`npm run build\` for figures of the current code\n`);

// --- synthetic articles ---------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so that the texts are the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'John', 'Ahmed', 'Li', 'Olga', 'Fatima', 'Kwame', 'Sofia', 'James', 'Aisha', 'Pierre', 'Yuki', 'Fayez', 'Martin'];
const LAST = ['Lopez', 'Kerry', 'Ali', 'Wei', 'Petrova', 'Haddad', 'Mensah', 'Rossi', 'Smith', 'Khan', 'Dubois', 'Tanaka', 'Seraj', 'Kobler'];
const PLACES = ['Libya', 'Tripoli', 'Vienna', 'New York', 'Buenos Aires', 'Cairo', 'Tunisia', 'Benghazi', 'South Carolina', 'London', 'Texas', 'Nairobi'];
const ORGS = ['the United Nations', 'the European Union', 'the World Health Organization', 'NATO', 'the Red Cross', 'the Pentagon', 'the World Bank'];
const ROLES = ['minister', 'spokesman', 'senior official', 'researcher', 'commander', 'envoy'];
const NOUNS = ['troops', 'people', 'weapons', 'refugees', 'passengers', 'workers', 'students', 'families'];
const VERBS = ['arrived', 'were moved', 'were counted', 'left', 'were sent', 'were trained'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const FURNITURE = ['Read more >>', 'Advertisement', 'Share this article'];

/** An article-like text of `words` words (counted as runs of non-space), from the seed. */
function syntheticArticle(words, seed = SEED) {
  const r = prng(seed + words);
  const any = xs => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const person = () => `${any(FIRST)} ${any(LAST)}`;
  const count = () => (r() < 0.5 ? int(2, 99) : int(100, 99_999)).toLocaleString('en-US');
  const year = () => String(int(1950, 2024));
  const sentences = [
    () => `${person()} said on ${any(DAYS)} that ${count()} ${any(NOUNS)} had ${any(VERBS)} in ${any(PLACES)}.`,
    () => `The meeting in ${any(PLACES)} in ${year()} was called by ${any(ORGS)} after weeks of talks.`,
    () => `“We will not leave ${any(PLACES)} until the last of the ${any(NOUNS)} are safe,” said ${person()}, a ${any(ROLES)} at ${any(ORGS)}.`,
    () => `In ${any(MONTHS)} ${year()}, ${any(ORGS)} sent ${count()} ${any(NOUNS)} to ${any(PLACES)}, according to ${person()}.`,
    () => `Officials in ${any(PLACES)} said the new plan would help about ${count()} ${any(NOUNS)} this year.`,
    () => `${person()}, who has worked in ${any(PLACES)} since ${year()}, told reporters the talks would continue.`,
  ];
  const parts = [`${any(PLACES)} talks continue as ${any(ORGS).replace(/^the /, '')} meets`];
  let n = parts[0].split(/\s+/).length;
  while (n < words) {
    if (r() < 0.05) {
      parts.push(any(FURNITURE));
    } else {
      const paragraph = [];
      for (let i = int(1, 4); i > 0; i--) paragraph.push(any(sentences)());
      parts.push(paragraph.join(' '));
    }
    n += parts.at(-1).split(/\s+/).length;
  }
  // Trim the last paragraph to the exact size, still ending with a full stop.
  let text = parts.join('\n\n');
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length > words) text = `${text.slice(0, tokens[words - 1].index + tokens[words - 1][0].length).replace(/[.,;:!?”"]*$/, '')}.`;
  return text;
}

// --- timing -------------------------------------------------------------------------------------

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const wordCount = text => text.match(/\S+/g)?.length ?? 0;
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

let failed = false;
const started = performance.now();
try {
  const { generateQuestionSet, GenerateError } = await import(GENERATOR);

  /** Times generateQuestionSet on `text`: warm-up runs, then measured runs; a set is required. */
  const time = (text, { warmup, runs }) => {
    const ms = [];
    let questions = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = performance.now();
      let set;
      try {
        set = generateQuestionSet(text, { seed: '1' });
      } catch (e) {
        if (e instanceof GenerateError) throw new Error(`the generator gave no questions (${e.message})`);
        throw e;
      }
      const t1 = performance.now();
      if (i >= warmup) ms.push(t1 - t0);
      questions = set.questions.length;
    }
    return { median: median(ms), runs, warmup, questions };
  };

  const rows = [];
  for (const size of SIZES) {
    const text = syntheticArticle(size.words);
    rows.push({ name: `synthetic, ${size.words.toLocaleString('en-US')} words`, words: wordCount(text), chars: text.length, ...time(text, size) });
  }
  if (existsSync(CORPUS)) {
    const text = readFileSync(CORPUS, 'utf8');
    rows.push({ name: `corpus ${basename(CORPUS)}`, words: wordCount(text), chars: text.length, ...time(text, CORPUS_RUNS) });
  }

  console.log(`generate: generateQuestionSet from dist/generate/index.js in Node ${process.version}; median of the measured runs after warm-up, in ms`);
  console.log('figures from a shared machine; compare ratios, not absolutes\n');
  console.log(`${'text'.padEnd(38)} ${'words'.padStart(7)} ${'chars'.padStart(9)} ${'runs'.padStart(6)} ${'median ms'.padStart(10)} ${'ms/1k words'.padStart(12)} ${'questions'.padStart(10)}`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(38)} ${r.words.toLocaleString('en-US').padStart(7)} ${r.chars.toLocaleString('en-US').padStart(9)} ${`${r.warmup}+${r.runs}`.padStart(6)} ${fmt(r.median).padStart(10)} ${fmt((1000 * r.median) / r.words, 2).padStart(12)} ${String(r.questions).padStart(10)}`,
    );
  }

  // Growth: ms per word at the largest size over ms per word at the smallest; 1x is linear.
  const [small, middle, large] = rows;
  const perWord = r => r.median / r.words;
  const verdict = ratio =>
    ratio < 0.67 ? 'better than linear' : ratio <= 1.5 ? 'looks linear' : ratio <= 3 ? 'somewhat worse than linear' : 'worse than linear: ms per word grows with the size of the text';
  const growth = (a, b) => {
    const ratio = perWord(b) / perWord(a);
    const exponent = Math.log(b.median / a.median) / Math.log(b.words / a.words);
    return `ms per word at ${b.words.toLocaleString('en-US')} words is ${fmt(ratio, 2)}x that at ${a.words.toLocaleString('en-US')} words; time grows as words^${fmt(exponent, 2)}; ${verdict(ratio)}`;
  };
  console.log(`\ngrowth: ${growth(small, large)}`);
  console.log(`        ${growth(small, middle)}`);
  // A reading cap makes the largest size cheaper per word by design: say so.
  const cap = Number(/\bMAX_WORDS\s*=\s*(\d+)/.exec(readFileSync(join(root, 'dist', 'generate', 'generate.js'), 'utf8'))?.[1]);
  if (cap && cap < large.words) {
    console.log(`note: the generator reads only about the first ${cap.toLocaleString('en-US')} words of a text (MAX_WORDS); at ${large.words.toLocaleString('en-US')} words the rest is only cleaned, not analysed`);
  }
  if (rows.length < 4) console.log(`(no corpus article at ${CORPUS})`);
  console.log(`\ngenerate: done in ${fmt((performance.now() - started) / 1000, 0)} s`);
} catch (e) {
  failed = true;
  console.error(`generate: the benchmark failed to run: ${e?.stack ?? e}`);
}
process.exit(failed ? 1 : 0);
