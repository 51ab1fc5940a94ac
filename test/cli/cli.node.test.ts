// The `article-quiz` command, run as a user runs it: the built bin in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'aq-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('article-quiz validate', () => {
  it('says a valid set is valid and exits 0', () => {
    const r = run(['validate', 'questions/libya-arms.json']);
    assert.equal(r.err, '');
    assert.equal(r.out, 'questions/libya-arms.json: valid, 8 questions\n');
    assert.equal(r.code, 0);
  });

  it('lists every problem of an invalid set with its path and exits 1', () => {
    const p = file('bad.json', JSON.stringify({ version: 1, id: 'x', title: '', questions: [{ id: 'q1', type: 'choice', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: ['e'] }] }));
    const r = run(['validate', p]);
    assert.equal(r.out, `${p}: invalid, 2 problems\n  title: must not be empty\n  questions[0].correct[0]: "e" is not one of the choice ids a, b\n`);
    assert.equal(r.code, 1);
  });

  it('reads standard input for -', () => {
    const r = run(['validate', '-'], '{"version": 1,');
    assert.match(r.out, /^\(stdin\): invalid, 1 problem\n {2}not valid JSON: /);
    assert.equal(r.code, 1);
  });

  it('checks several files and fails if any fails; a missing file is named on stderr', () => {
    const r = run(['validate', 'questions/libya-arms.json', join(dir, 'missing.json')]);
    assert.equal(r.out, 'questions/libya-arms.json: valid, 8 questions\n');
    assert.equal(r.err, `article-quiz: cannot read ${join(dir, 'missing.json')}: no such file\n`);
    assert.equal(r.code, 1);
  });

  it('prints JSON with --json', () => {
    const r = run(['validate', '--json', 'questions/libya-arms.json']);
    assert.deepEqual(JSON.parse(r.out), [{ file: 'questions/libya-arms.json', valid: true, problems: [] }]);
  });
});

const ARTICLE = `Harbour town opens new lighthouse museum

The harbour town of Port Ellis opened a museum in its old lighthouse on Saturday, after a restoration that took more than 12 years.

Mayor Clara Dunmore said the building would welcome 40,000 visitors a year to the coast of the county.

The lighthouse was built in 1874 by the engineer Thomas Greave and guided ships into the harbour for a century.

Visitors can climb 160 steps to the lamp room, where a guide from the Maritime Heritage Trust explains how the lens works.

Follow us on Twitter @portellisnews
`;

describe('article-quiz generate', () => {
  it('prints a valid question set for a text article, with evidence in the article', () => {
    const p = file('story.txt', ARTICLE);
    const r = run(['generate', p, '--count', '3', '--seed', '2']);
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const set = JSON.parse(r.out);
    assert.equal(set.title, 'Quiz: Harbour town opens new lighthouse museum');
    assert.ok(set.questions.length >= 2 && set.questions.length <= 3);
    for (const q of set.questions) assert.equal(ARTICLE.slice(q.evidence.start, q.evidence.end), q.evidence.text);
    const check = run(['validate', '-'], r.out);
    assert.equal(check.out, `(stdin): valid, ${set.questions.length} questions\n`);
    // The same input and seed give the same set.
    assert.equal(run(['generate', p, '--count', '3', '--seed', '2']).out, r.out);
  });

  it('reads the article out of a web page, leaving the page furniture behind', () => {
    const html = `<!doctype html><html><head><title>Port Ellis news</title></head><body><nav>Home | Sport | Weather</nav>
      <article><h1>Harbour town opens new lighthouse museum</h1>${ARTICLE.split('\n\n').slice(1, 5).map(p => `<p>${p}</p>`).join('')}</article>
      <footer>Copyright Port Ellis News. Follow us on Twitter.</footer></body></html>`;
    const r = run(['generate', file('story.html', html), '--count', '4']);
    assert.equal(r.code, 0, r.err);
    const set = JSON.parse(r.out);
    assert.ok(set.questions.length >= 2);
    assert.ok(!r.out.includes('Copyright') && !r.out.includes('Weather'));
  });

  it('writes several articles into a folder with --out, with a progress line for each on stderr', () => {
    const a = file('a.txt', ARTICLE);
    const b = file('b.txt', ARTICLE.replace('Port Ellis', 'Kelby'));
    const out = mkdtempSync(join(tmpdir(), 'aq-out-'));
    const r = run(['generate', a, b, '--out', out]);
    assert.equal(r.code, 0);
    assert.equal(r.err, `article-quiz: [1/2] ${a}\narticle-quiz: [2/2] ${b}\n`);
    assert.equal(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')).version, 1);
  });

  for (const [name, args, input, message, code] of [
    ['a missing file', ['generate', '/nonexistent/story.txt'], undefined, 'article-quiz: cannot read /nonexistent/story.txt: no such file\n', 1],
    ['empty text', ['generate', '-'], '  \n', 'article-quiz: -: the article is empty\n', 1],
    ['binary input', ['generate', '-'], 'ab\u0000cd', 'article-quiz: - is not text (it looks like a binary file)\n', 1],
    ['only page furniture', ['generate', '-'], 'Read more >>\n\nFollow us on Twitter @x\n', 'article-quiz: -: the article has no sentences to ask about\n', 1],
    ['a bad count', ['generate', '-', '--count', '0'], 'x', 'article-quiz: --count must be a whole number from 1 to 50\nRun article-quiz --help for usage.\n', 2],
    ['a count with no value', ['generate', '-', '--count'], 'x', 'article-quiz: option --count needs a value\nRun article-quiz --help for usage.\n', 2],
    ['an unknown option', ['generate', '-', '--fast'], 'x', 'article-quiz: unknown option --fast\nRun article-quiz --help for usage.\n', 2],
  ] as const) {
    it(`fails clearly on ${name}`, () => {
      const r = run([...args], input);
      assert.equal(r.err, message);
      assert.equal(r.out, '');
      assert.equal(r.code, code);
    });
  }
});

describe('article-quiz usage', () => {
  it('prints help with --help and exits 0', () => {
    const r = run(['--help']);
    assert.match(r.out, /^Usage: article-quiz <command>/);
    assert.equal(r.code, 0);
  });

  it('prints the package version', () => {
    const r = run(['--version']);
    assert.match(r.out, /^\d+\.\d+\.\d+\n$/);
  });

  for (const [args, message] of [
    [[], 'no command given'],
    [['frob'], 'unknown command "frob"'],
    [['validate'], 'validate needs at least one file (or - for standard input)'],
    [['generate'], 'generate needs at least one article file (or - for standard input)'],
    [['validate', '--strict', 'x.json'], 'unknown option --strict'],
  ] as const) {
    it(`exits 2 with a clear message: ${message}`, () => {
      const r = run([...args]);
      assert.equal(r.err, `article-quiz: ${message}\nRun article-quiz --help for usage.\n`);
      assert.equal(r.out, '');
      assert.equal(r.code, 2);
    });
  }
});
