// `npm run questions`: regenerates the question sets in questions/generated/ from the demo's news
// stories (every demo/*.html with an <article id="story">). `--check` writes nothing and fails when a
// committed set differs from what the generator makes now (a test runs it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleFromHtml } from '../src/cli/html.js';
import { generateQuestionSet } from '../src/generate/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The generated set for each demo story, as the file text to commit, by file name. */
export function generatedSets(): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of readdirSync(`${root}demo`).filter(f => f.endsWith('.html')).sort()) {
    const html = readFileSync(`${root}demo/${page}`, 'utf8');
    const story = /<article id="story">[\s\S]*?<\/article>/.exec(html)?.[0];
    if (!story) continue;
    const article = articleFromHtml(`<!doctype html><html><body>${story}</body></html>`);
    const set = generateQuestionSet(article, { count: 8, seed: '1' });
    out.set(page.replace(/\.html$/, '.json'), `${JSON.stringify(set, null, 2)}\n`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of generatedSets()) {
    const path = `${root}questions/generated/${name}`;
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // not written yet
    }
    if (old === text) continue;
    if (check) {
      console.error(`questions: questions/generated/${name} is out of date; run npm run questions`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`questions: wrote questions/generated/${name}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
