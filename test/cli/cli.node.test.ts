// The `article-quiz` command, run as a user runs it: the built bin in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

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

/** The command was used wrongly: exit 2, the message and a pointer to --help on stderr, nothing on stdout. */
function expectUsageError(args: string[], message: string): void {
  const r = run(args);
  assert.equal(r.err, `article-quiz: ${message}\nRun article-quiz --help for usage.\n`);
  assert.equal(r.out, '');
  assert.equal(r.code, 2);
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
    it(`exits 2 with a clear message: ${message}`, () => expectUsageError([...args], message));
  }
});

describe('article-quiz convert and --format', () => {
  const zipFiles = (path: string) => Object.keys(unzipSync(readFileSync(path)));

  it('generate --format gift prints GIFT that converts back to the same set', () => {
    const p = file('story-gift.txt', ARTICLE);
    const json = run(['generate', p, '--count', '4']);
    const gift = run(['generate', p, '--count', '4', '--format', 'gift']);
    assert.equal(gift.code, 0, gift.err);
    assert.match(gift.out, /^\/\/ Quiz: Harbour town opens new lighthouse museum \(article-quiz question set, \d questions\)\n/);
    assert.match(gift.out, /\n::q1::/);
    const back = run(['convert', '-', '--to', 'json'], gift.out);
    assert.equal(back.err, '');
    assert.equal(back.code, 0);
    assert.deepEqual(JSON.parse(back.out), JSON.parse(json.out));
  });

  it('generate --format qti writes a zip with --out, and refuses standard output', () => {
    const p = file('story-qti.txt', ARTICLE);
    const refused = run(['generate', p, '--format', 'qti']);
    assert.equal(refused.err, 'article-quiz: --format qti writes a zip file: give --out FILE.zip (or a folder, for several articles)\nRun article-quiz --help for usage.\n');
    assert.equal(refused.out, '');
    assert.equal(refused.code, 2);
    const zip = join(dir, 'story.zip');
    const r = run(['generate', p, '--format', 'qti', '--out', zip]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const names = zipFiles(zip);
    assert.deepEqual(names.slice(0, 2), ['imsmanifest.xml', 'assessment-test.xml']);
    assert.ok(names.includes('items/q1.xml'));
  });

  it('generate writes one file per article in the format asked for', () => {
    const a = file('fa.txt', ARTICLE);
    const b = file('fb.txt', ARTICLE.replace('Port Ellis', 'Kelby'));
    const out = mkdtempSync(join(tmpdir(), 'aq-fmt-'));
    assert.equal(run(['generate', a, b, '--format', 'gift', '--out', out]).code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['fa.gift', 'fb.gift']);
    assert.equal(run(['generate', a, b, '--format', 'qti', '--out', out]).code, 0);
    assert.ok(zipFiles(join(out, 'fb.zip')).includes('imsmanifest.xml'));
  });

  it('converts a question set to GIFT and back, through files', () => {
    const gift = join(dir, 'libya.gift');
    const r = run(['convert', 'questions/libya-arms.json', '--to', 'gift', '--out', gift]);
    assert.deepEqual([r.code, r.out, r.err], [0, '', '']);
    assert.match(readFileSync(gift, 'utf8'), /::q2::The new government reached Tripoli by boat from \{=Tunisia\} on March 31\./);
    const back = run(['convert', gift, '--to', 'json']);
    assert.equal(back.code, 0, back.err);
    assert.deepEqual(JSON.parse(back.out), JSON.parse(readFileSync(join(root, 'questions/libya-arms.json'), 'utf8')));
  });

  it('converts to a QTI zip', () => {
    const zip = join(dir, 'libya.zip');
    const r = run(['convert', 'questions/libya-arms.json', '--to', 'qti', '--out', zip]);
    assert.deepEqual([r.code, r.err], [0, '']);
    assert.equal(zipFiles(zip).length, 2 + 8);
  });

  it('reads GIFT written by hand: the file name is the id, and notes go to stderr', () => {
    const p = file('grant.txt', "$CATEGORY: history\n\n::tomb::Who's buried in Grant's tomb?{=no one =nobody}\n");
    const r = run(['convert', p, '--to', 'json']);
    assert.equal(r.code, 0);
    assert.equal(r.err, `article-quiz: ${p}: note: line 1: the $CATEGORY line is ignored (a question set has no categories)\n`);
    const set = JSON.parse(r.out);
    assert.equal(set.id, 'grant');
    assert.deepEqual(set.questions, [{ id: 'tomb', type: 'fill-in', prompt: "Who's buried in Grant's tomb? ___", answers: ['no one', 'nobody'] }]);
  });

  it('lists every problem of a GIFT file with its line, and exits 1', () => {
    const p = file('bad.gift', '::q1::Fine{=a ~b}\n\n::q2::Broken{=a ~b\n\n::q3::When?{#1822}\n');
    const r = run(['convert', p, '--to', 'json']);
    assert.equal(r.out, '');
    assert.equal(r.err, `article-quiz: ${p}: invalid GIFT, 2 problems\n  line 3: the answer block is never closed (a } is missing)\n  line 5: numerical questions ({#...}) are not supported\n`);
    assert.equal(r.code, 1);
  });

  it('lists every problem of an invalid question set with its path, and exits 1', () => {
    const r = run(['convert', '-', '--to', 'gift'], JSON.stringify({ version: 1, id: 'x', title: '', questions: [] }));
    assert.equal(r.out, '');
    assert.equal(r.err, 'article-quiz: (stdin): invalid question set, 2 problems\n  title: must not be empty\n  questions: a question set needs at least one question\n');
    assert.equal(r.code, 1);
  });

  for (const [args, message] of [
    [['convert', 'questions/libya-arms.json'], 'convert needs --to json, gift or qti'],
    [['convert', '--to', 'json'], 'convert needs one input file (or - for standard input)'],
    [['convert', 'a.json', 'b.json', '--to', 'json'], 'convert needs one input file (or - for standard input)'],
    [['convert', 'questions/libya-arms.json', '--to', 'xml'], '--to must be json, gift or qti'],
    [['convert', 'questions/libya-arms.json', '--to', 'qti'], '--to qti writes a zip file: give --out FILE.zip'],
    [['generate', '-', '--format', 'pdf'], '--format must be json, gift or qti'],
    [['validate', 'questions/libya-arms.json', '--format', 'gift'], '--format is for generate (convert takes --to)'],
    [['generate', '-', '--to', 'gift'], '--to is for convert (generate takes --format)'],
  ] as const) {
    it(`exits 2 with a clear message: ${message}`, () => expectUsageError([...args], message));
  }

  it('describes convert and the formats in --help', () => {
    const r = run(['--help']);
    assert.match(r.out, /\n {2}convert <file\.json \| file\.gift \| file\.txt \| ->\n/);
    assert.match(r.out, /--format F {10}json \(default\), gift \(Moodle\) or qti/);
    assert.match(r.out, /--to F {14}json, gift or qti/);
  });
});
