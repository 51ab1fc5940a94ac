// `npm run eval`: the generator's evaluation over a folder of articles, run as a person or CI would
// run it, on two small articles written for this test; and its checks on questions made by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateQuestionSet } from '../../src/generate/index.js';
import type { Question } from '../../src/model/index.js';
import {
  distractorForm,
  evidenceNotBoilerplate,
  keyInArticle,
  keyNotInPrompt,
  mendedFrom,
  optionsDistinct,
  standsAlone,
  type ArticleResult,
} from '../../scripts/eval.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runEval(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Written for this test: a short local news story with people, places, numbers and years.
const FERRY = `Ferry returns to Lake Orrin after six years

The ferry between Portwick and Ellsby Island sailed again on Saturday for the first time since 2019, carrying 214 passengers across Lake Orrin.

Harbour master Wendy Okafor said the restored boat, the Marigold, had cost the Orrin Valley Council 3,400,000 dollars to repair.

Councillor Tomas Reyes told the crowd at Portwick that the crossing had been missed by farmers, pupils and shopkeepers alike.

The Marigold was built in Glasgow in 1958 and served the island for 61 years before its engine failed.

Ellsby Island has about 900 residents, and the only other way to reach it is a 40-minute drive around the northern shore.

The council plans to run 12 crossings a day in summer and 6 a day in winter, starting next month.
`;

// Written for this test: nothing but page furniture, which gives the generator nothing to ask about.
const FURNITURE = `Read more >>

Follow us on Twitter @lakeorrinnews
`;

describe('npm run eval', () => {
  let dir = '';
  let onlyFerry = '';
  let noQuiz = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aq-eval-'));
    writeFileSync(join(dir, 'ferry-returns.txt'), FERRY);
    writeFileSync(join(dir, 'page-furniture.txt'), FURNITURE);
    writeFileSync(join(dir, 'SOURCES.tsv'), 'file\tlicence\nferry-returns.txt\tCC0\n');
    writeFileSync(join(dir, 'notes.md'), 'Not an article.\n');
    onlyFerry = mkdtempSync(join(tmpdir(), 'aq-eval-one-'));
    writeFileSync(join(onlyFerry, 'ferry-returns.txt'), FERRY);
    noQuiz = (() => {
      try {
        generateQuestionSet(FURNITURE, { count: 10, seed: '1' });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(onlyFerry, { recursive: true, force: true });
  });

  it('prints a fixed-width row per .txt article, a TOTAL row and the article that gave no quiz, and exits 1', () => {
    assert.ok(noQuiz, 'the furniture-only article should give the generator nothing');
    const r = runEval(dir);
    assert.equal(r.err, '');
    assert.equal(r.code, 1, 'an article without a quiz fails the evaluation');
    const lines = r.out.split('\n');
    assert.equal(lines[0], `eval: 2 articles in ${dir} (count 10 or 8 per 500 words, seed "1")`);
    // How many questions per 500 words, against the goal, naming the articles below it.
    const rate = lines.find(l => /questions per 500 words \(goal 8\)/.test(l));
    assert.ok(rate, 'a line with the questions per 500 words');
    const perFerry = (Number(lines.find(l => l.startsWith('ferry-returns '))!.trim().split(/ +/)[1]) / FERRY.split(/\s+/).filter(Boolean).length) * 500;
    assert.equal(rate.includes(`ferry-returns ${perFerry.toFixed(1)}`), perFerry < 8, rate);
    const header = lines.find(l => l.startsWith('article '));
    assert.ok(header);
    assert.match(header, /^article +Q +fill +chc +tf +who +words +ms +key +prmt +dist +form +evid +alone$/);
    const ferry = lines.find(l => l.startsWith('ferry-returns '));
    const total = lines.find(l => l.startsWith('TOTAL '));
    assert.ok(ferry && total);
    // Fixed width: the article's row and the TOTAL row line up with the header.
    assert.equal(ferry.length, header.length);
    assert.equal(total.length, header.length);
    const cells = ferry.trim().split(/ +/);
    assert.equal(cells.length, 14);
    const [q, fill, choice] = cells.slice(1, 4).map(Number);
    assert.ok(q! >= 1 && q! <= 10, `between 1 and 10 questions, got ${q}`);
    assert.equal(fill! + choice!, q);
    assert.equal(Number(cells[6]), FERRY.split(/\s+/).filter(Boolean).length, 'words in the article');
    for (const pct of cells.slice(8)) assert.match(pct, /^(100|\d{1,2}|-)$/);
    // The article the generator gives nothing for: its message, in its row and in the list.
    assert.ok(lines.some(l => l.startsWith('page-furniture ') && l.includes(`error: ${noQuiz}`)));
    assert.ok(r.out.includes(`No quiz (1):\n  page-furniture: ${noQuiz}\n`));
    assert.ok(!r.out.includes('SOURCES') && !r.out.includes('notes'), 'only .txt files are articles');
    assert.match(r.out, /\nFAIL: /);
  });

  it('prints the same results as JSON with --json, and lists every failing question in the table output', () => {
    const json = runEval(dir, '--json');
    assert.equal(json.code, 1);
    const results = JSON.parse(json.out) as ArticleResult[];
    assert.deepEqual(results.map(a => a.file), ['ferry-returns.txt', 'page-furniture.txt']);
    const [ferry, furniture] = results as [ArticleResult, ArticleResult];
    assert.equal(furniture.error, noQuiz);
    assert.equal(furniture.questions, 0);
    assert.equal(ferry.error, undefined);
    assert.equal(ferry.kinds.fillIn + ferry.kinds.choice, ferry.questions);
    assert.deepEqual(Object.keys(ferry.checks), ['key', 'prmt', 'dist', 'form', 'evid', 'alone']);
    for (const [name, t] of Object.entries(ferry.checks)) {
      assert.ok(t.passed <= t.of && t.of <= ferry.questions, name);
      assert.equal(t.of - t.passed, ferry.failures.filter(f => f.check === name).length, name);
    }
    // Each failure of the JSON is in the table's list, under its article and question.
    const text = runEval(dir).out;
    for (const f of ferry.failures) {
      assert.ok(text.includes(`  ferry-returns ${f.id}: `), `${f.id} listed`);
      assert.ok(text.includes(`      ${f.check}: ${f.why}\n`), `${f.id} ${f.check} listed`);
    }
  });

  it('exits 0 exactly when every check passes on every question', () => {
    const r = runEval(onlyFerry, '--json');
    const [ferry] = JSON.parse(r.out) as ArticleResult[];
    assert.ok(ferry && ferry.error === undefined);
    assert.equal(r.code, ferry.failures.length ? 1 : 0);
    const text = runEval(onlyFerry);
    assert.equal(text.code, r.code);
    assert.match(text.out, r.code ? /\nFAIL: / : /\nOK: every automatic check passes on every question\.\n$/);
  });

  it('exits 2 on an unknown option, a missing folder or a folder without articles', () => {
    const unknown = runEval(dir, '--fast');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^eval: Unknown option '--fast'/);
    assert.match(unknown.err, /usage: npm run eval/);
    assert.equal(unknown.out, '');

    const missing = runEval(join(dir, 'nowhere'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^eval: .*nowhere: no such folder\n/);

    const file = runEval(join(dir, 'ferry-returns.txt'));
    assert.equal(file.code, 2);
    assert.match(file.err, /is not a folder/);

    const empty = mkdtempSync(join(tmpdir(), 'aq-eval-empty-'));
    try {
      const r = runEval(empty);
      assert.equal(r.code, 2);
      assert.match(r.err, /holds no \.txt article/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// The checks themselves, on questions made by hand, so that each is seen to pass and to fail.
describe('eval checks', () => {
  const article = 'Mayor Ana Ruiz opened the bridge in Tallow in 1987.\n\nIt cost 4,500 pounds.\n\nRelated stories\n';
  const sentence = 'Mayor Ana Ruiz opened the bridge in Tallow in 1987.';
  const evidence = { text: sentence, start: 0, end: sentence.length };
  const fill = (answer: string, prompt = 'Mayor ___ opened the bridge in Tallow in 1987.', e = evidence): Question =>
    ({ id: 'q1', type: 'fill-in', prompt, answers: [answer], evidence: e });
  const choice = (texts: string[], prompt = 'Mayor Ana Ruiz opened the bridge in ___ in 1987.', e = evidence): Question => ({
    id: 'q1',
    type: 'choice',
    prompt,
    choices: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text })),
    correct: ['a'],
    evidence: e,
  });
  const trueFalse = (statement: string, isTrue: boolean): Question => ({
    id: 'q1',
    type: 'choice',
    prompt: `True or false: ${statement}`,
    choices: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }],
    correct: [isTrue ? 'true' : 'false'],
    evidence,
  });
  const fails = (v: ReturnType<typeof keyInArticle>) => typeof v === 'object';

  it('1 key found in the article', () => {
    assert.equal(keyInArticle(fill('Ana Ruiz'), article), 'pass');
    assert.ok(fails(keyInArticle(fill('Ana Ruis'), article)));
    assert.ok(fails(keyInArticle(fill('Ana Ruiz', undefined, { ...evidence, start: 1, end: sentence.length + 1 }), article)));
    assert.equal(keyInArticle(trueFalse(sentence, true), article), 'pass');
    assert.equal(keyInArticle(trueFalse('Mayor Ana Ruiz opened the bridge in Tallow in 1978.', false), article), 'pass');
    assert.ok(fails(keyInArticle(trueFalse(sentence, false), article)));
    // (A true statement may be mended as the prompts are: a comma put in, a time of the story's day left
    // out. It may not change a word.)
    assert.equal(keyInArticle(trueFalse('Mayor Ana Ruiz opened the bridge in Tallow, in 1987.', true), article), 'pass');
    assert.ok(fails(keyInArticle(trueFalse('Mayor Ana Ruiz opened the bridge in Tallow in 1978.', true), article)));
    assert.ok(fails(keyInArticle(trueFalse('Mayor Ana Ruiz opened the bridge in 1987.', false), article)));
    assert.ok(fails(keyInArticle(trueFalse('Mayor Ana Ruiz opened a bridge in Tallow in 1987.', true), article)));
    // (A first name put in before a surname is a mend; a name or a number swapped for another is not.)
    assert.ok(mendedFrom('Ruiz opened the bridge in Tallow.', 'Ana Ruiz opened the bridge in Tallow.'));
    assert.ok(!mendedFrom('Ruiz opened the bridge in Tallow.', 'Ruiz opened the bridge in Brenton.'));
    assert.ok(!mendedFrom('The star KELT-9 is hot.', 'The star KELT-9b is hot.'));
    assert.ok(!mendedFrom('Ruiz opened the bridge in Tallow.', 'Ruiz opened the bridge in Tallow Bay.'));
    // (Nor is a clause of its own after a comma, left out; but not half of one.)
    const long = 'Ruiz opened the bridge in Tallow, and the town council is to pay for a second bridge over the river by 2030.';
    assert.ok(mendedFrom(long, 'Ruiz opened the bridge in Tallow.'));
    assert.ok(!mendedFrom(long, 'Ruiz opened the bridge in Tallow, and the town council is to pay.'));
    // (Nor is "The game" named by the game the lead names; but no other word swapped with it.)
    assert.ok(mendedFrom('The game, played at Ridge Park, was the third final.', 'Prairie Bowl 12, played at Ridge Park, was the third final.'));
    assert.ok(!mendedFrom('The game, played at Ridge Park, was the third final.', 'Prairie Bowl 12, played at Ridge Park, was the fourth final.'));
    assert.ok(mendedFrom('Entering the game, the Hawks had won nine games.', 'Entering Prairie Bowl 12, the Hawks had won nine games.'));
    assert.ok(mendedFrom("Due to tidal locking, the planet's surface is hot.", "Due to tidal locking, Vela-7b's surface is hot."));
    // (And a pronoun named, with a clause of its own cut: "One of her songs" of the singer.)
    const song = 'One of her best songs, Harbour, won her the Nordic prize in 1968, and she won it every year from then through 1975.';
    assert.ok(mendedFrom(song, 'One of Mara Lind’s best songs, Harbour, won her the Nordic prize in 1968.'));
    assert.ok(!mendedFrom(song, 'One of Mara Lind’s best songs, Harbour, won her the Nordic prize in 1966.'));
    // (And initials spelled out, with the country named and a clause cut, all at once.)
    assert.ok(mendedFrom("UV is to have 55 seats in the country's assembly, and the senate is to shrink by 2030.", "Upper Valley is to have 55 seats in Nepal's assembly."));
    assert.ok(!mendedFrom("UV is to have 55 seats in the country's assembly, and the senate is to shrink by 2030.", "Upper Valley is to have 65 seats in Nepal's assembly."));
    assert.ok(!mendedFrom('Entering the game, the Hawks had won nine games.', 'Entering Prairie Bowl 12, the Hawks had won ten games.'));
    // (And an aside between commas left out, a comparison tacked on left out, and a clause before one
    // that takes its subject up again; but no word swapped, and no fact of the aside kept with a swap.)
    const final = 'Prairie Bowl 12, played at Ridge Park in Dayton, Ohio, in front of 40,112 fans, marked the third title of the Hawks in ten years.';
    assert.ok(mendedFrom(final, 'Prairie Bowl 12 marked the third title of the Hawks in ten years.'));
    assert.ok(!mendedFrom(final, 'Prairie Bowl 12 marked the fourth title of the Hawks in ten years.'));
    assert.ok(!mendedFrom(final, 'Prairie Bowl 12, played in front of 50,000 fans, marked the third title of the Hawks in ten years.'));
    assert.ok(mendedFrom("Due to tidal locking, the planet's surface is roughly 4300°C, more than most red dwarf stars in the galaxy.", "Due to tidal locking, Vela-7b's surface is roughly 4300°C."));
    const far = 'Vela-7 is about 650 light years from the Earth, but it is about 300 million years old.';
    assert.ok(mendedFrom(far, 'Vela-7 is about 300 million years old.'));
    assert.ok(!mendedFrom(far, 'Vela-7 is about 650 million years old.'));
    assert.ok(mendedFrom('The star is about 650 light years from the Earth, but it is about 300 million years old.', 'The star Vela-7 is about 300 million years old.'));
    assert.ok(!mendedFrom('The star is about 650 light years from the Earth, but it is about 300 million years old.', 'The star Vela-7 is about 400 million years old.'));
    // "Who said": each quotation of the prompt is in the evidence, two where the prompt gives two.
    const quoted = 'Ana Ruiz said the bridge was "long overdue" and called it "a gift to both towns".';
    const e2 = { text: quoted, start: 0, end: quoted.length };
    const whoSaid = (prompt: string) => choice(['Ana Ruiz', 'Ben Ode', 'Cy Park', 'Dee Lam'], prompt, e2);
    assert.equal(keyInArticle(whoSaid('Who said the bridge was “long overdue” and called it “a gift to both towns”?'), quoted), 'pass');
    assert.ok(fails(keyInArticle(whoSaid('Who said the bridge was “long overdue” and called it “a gift to the town”?'), quoted)));
    assert.ok(fails(keyInArticle(whoSaid('Who said: “a gift to the town”?'), quoted)));
    // ("Who called …?" is one too, with the speaker named by surname in the sentence.)
    const called = 'Ruiz called the bridge "a gift to both towns" at the opening.';
    const story = `Mayor Ana Ruiz spoke. ${called}`;
    const e3 = { text: called, start: story.indexOf(called), end: story.length };
    const whoCalled = (prompt: string) => choice(['Ana Ruiz', 'Ben Ode', 'Cy Park', 'Dee Lam'], prompt, e3);
    assert.equal(keyInArticle(whoCalled('Who called the bridge “a gift to both towns”?'), story), 'pass');
    assert.ok(fails(keyInArticle(whoCalled('Who called the bridge “a gift to the town”?'), story)));
  });

  it('2 key not in the prompt', () => {
    assert.equal(keyNotInPrompt(fill('Ana Ruiz'), article), 'pass');
    assert.ok(fails(keyNotInPrompt(fill('Tallow', 'Mayor Ana Ruiz opened the bridge in ___ (tallow) in 1987.'), article)));
    assert.equal(keyNotInPrompt(fill('198', 'Mayor Ana Ruiz opened the bridge in Tallow in 1987 (___).'), article), 'pass');
    assert.equal(keyNotInPrompt(trueFalse(sentence, true), article), 'n/a');
  });

  it('3 options distinct', () => {
    assert.equal(optionsDistinct(choice(['Tallow', 'Brenton', 'Carrick', 'Dunmore']), article), 'pass');
    assert.ok(fails(optionsDistinct(choice(['Tallow', 'tallow', 'Carrick', 'Dunmore']), article)));
    assert.ok(fails(optionsDistinct(choice(['Tallow', 'Carrick.', 'Carrick', 'Dunmore']), article)));
    assert.equal(optionsDistinct(fill('Ana Ruiz'), article), 'n/a');
  });

  it("4 distractors of the key's type and form", () => {
    const year = 'Mayor Ana Ruiz opened the bridge in Tallow in ___.';
    assert.equal(distractorForm(choice(['Tallow', 'Brenton', 'Carrick Bay', 'Dunmore']), article), 'pass');
    assert.ok(fails(distractorForm(choice(['Tallow', 'brenton', 'Carrick', 'Dunmore']), article)));
    assert.ok(fails(distractorForm(choice(['Tallow', 'Brenton', 'North Carrick Bay', 'Dunmore']), article)));
    assert.equal(distractorForm(choice(['1987', '1979', '1992', '2003'], year), article), 'pass');
    assert.ok(fails(distractorForm(choice(['1987', '1979', 'Brenton', '2003'], year), article)));
    assert.ok(fails(distractorForm(choice(['4,500', '3,900', '5100', '6,000'], year), article)));
    assert.equal(distractorForm(choice(['4,500', '3,900', '450', '6,000'], year), article), 'pass');
    assert.ok(fails(distractorForm(choice(['4,500', '3,900', '45', '6,000'], year), article)));
    assert.equal(distractorForm(trueFalse(sentence, true), article), 'n/a');
    // Speakers named by their role are descriptions: "One of the children" beside "The father".
    const said = 'Who said: “the bridge will bring the two towns together”?';
    assert.equal(distractorForm(choice(['The father', 'One of the children', 'The mother', 'Ana Ruiz'], said), article), 'pass');
    assert.ok(fails(distractorForm(choice(['The father', 'One of the children', 'The mother', 'Ana Ruiz'], 'The ___ opened the bridge.'), article)));
    // A generational suffix is not a word of the name: "Martin Luther King Jr." beside "Barack Obama".
    const met = 'Ana Ruiz met ___ in 1987.';
    assert.equal(distractorForm(choice(['Martin Luther King Jr.', 'Barack Obama', 'Elton John', 'Stevie Wonder'], met), article), 'pass');
    assert.ok(fails(distractorForm(choice(['Martin Luther King Jr.', 'Barack Obama', 'Elton John', 'Cher'], met), article)));
    const who = 'In the article, who is Ana Ruiz?';
    assert.equal(distractorForm(choice(['state governor', 'chairman of the National Transportation Safety Board', 'county spokesman', 'mayor'], who), article), 'pass');
  });

  it('5 evidence found and not boilerplate', () => {
    assert.equal(evidenceNotBoilerplate(fill('Ana Ruiz'), article), 'pass');
    const related = { text: 'Related stories', start: article.indexOf('Related'), end: article.indexOf('Related') + 15 };
    assert.ok(fails(evidenceNotBoilerplate(fill('stories', 'Related ___', related), article)));
    const { evidence: _, ...noEvidence } = fill('Ana Ruiz') as Question & { evidence: unknown };
    assert.ok(fails(evidenceNotBoilerplate(noEvidence as Question, article)));
  });

  it('6 sentence stands alone', () => {
    const it2 = { text: 'It cost 4,500 pounds.', start: article.indexOf('It cost'), end: article.indexOf('It cost') + 21 };
    assert.equal(standsAlone(fill('Ana Ruiz'), article), 'pass');
    assert.ok(fails(standsAlone(fill('4,500', 'It cost ___ pounds.', it2), article)));
    assert.ok(fails(standsAlone(fill('Ana', '“They said so,” ___ said.', { text: '“They said so,” Ana said.', start: 0, end: 0 }), article)));
    // The question names who "She" is: it stands alone although its evidence does not.
    assert.equal(standsAlone(fill('4,500', 'Ana Ruiz paid ___ pounds.', { text: 'She paid 4,500 pounds.', start: 0, end: 0 }), article), 'pass');
  });
});
