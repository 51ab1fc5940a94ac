// Moodle GIFT export and import: the text Moodle reads, round trips for every kind of question
// (hostile strings included), GIFT written by hand or by Moodle, and located errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromGift, toGift } from '../../src/formats/index.js';
import { formatProblem, validateQuestionSet, type Question, type QuestionSet } from '../../src/model/index.js';
import { HOSTILE_SET } from './sets.js';

const set = (...questions: Question[]): QuestionSet => ({ version: 1, id: 's', title: 'T', questions });
const demo = JSON.parse(readFileSync(new URL('../../questions/libya-arms.json', import.meta.url), 'utf8')) as QuestionSet;

/** The question lines of an export, without comments (what Moodle reads). */
const body = (gift: string) =>
  gift
    .split('\n')
    .filter(l => !l.startsWith('//'))
    .join('\n')
    .trim();

function imported(text: string, options = {}): QuestionSet {
  const r = fromGift(text, options);
  assert.ok(r.valid, `expected a valid import, got:\n${r.problems.map(formatProblem).join('\n')}`);
  return r.value;
}

const problems = (text: string) => {
  const r = fromGift(text);
  assert.equal(r.valid, false);
  return r.problems.map(formatProblem);
};

describe('toGift', () => {
  it('writes one right answer with = and the wrong ones with ~, names and general feedback', () => {
    const q: Question = {
      id: 'q1',
      type: 'choice',
      prompt: 'Where did Kerry speak?',
      choices: [
        { id: 'a', text: 'Vienna', feedback: 'Yes.' },
        { id: 'b', text: 'Tripoli' },
      ],
      correct: ['a'],
      explanation: 'He spoke in Vienna.',
    };
    assert.equal(body(toGift(set(q))), '::q1::Where did Kerry speak?{\n\t=Vienna#Yes.\n\t~Tripoli\n\t####He spoke in Vienna.\n}');
  });

  it('gives several right answers 100/k % each and the wrong ones -100/w %, so ticking everything scores 0', () => {
    const q: Question = {
      id: 'q1',
      type: 'choice',
      prompt: 'Which?',
      choices: ['A', 'B', 'C', 'D', 'E'].map((t, i) => ({ id: String.fromCharCode(97 + i), text: t })),
      correct: ['a', 'b', 'c'],
      multiple: true,
    };
    const text = body(toGift(set(q)));
    assert.equal(text, '::q1::Which?{\n\t~%33.33333%A\n\t~%33.33333%B\n\t~%33.33333%C\n\t~%-50%D\n\t~%-50%E\n}');
    const weights = [...text.matchAll(/%(-?[\d.]+)%/g)].map(m => Number(m[1]));
    assert.ok(Math.abs(weights.reduce((a, b) => a + b, 0)) < 1e-3, 'all boxes ticked: 100% - 100% = 0');
  });

  it('writes True/False questions as {T} and {F}, wrong feedback first', () => {
    const tf = (correct: string): Question => ({
      id: 'q',
      type: 'choice',
      prompt: 'The sea is wet.',
      choices: [
        { id: 'true', text: 'True', feedback: 'about True' },
        { id: 'false', text: 'False' },
      ],
      correct: [correct],
    });
    assert.equal(body(toGift(set(tf('true')))), '::q::The sea is wet.{T##about True}');
    assert.equal(body(toGift(set(tf('false')))), '::q::The sea is wet.{F#about True}');
  });

  it('puts a fill-in answer block where the blank is, alternatives as =a =b', () => {
    const q: Question = { id: 'q2', type: 'fill-in', prompt: 'The capital is ___ and no other.', answers: ['Paris', 'paris'] };
    assert.equal(body(toGift(set(q))), '::q2::The capital is {=Paris =paris} and no other.');
  });

  it('escapes ~ = # { } : and backslashes, and writes line breaks as \\n', () => {
    const q: Question = { id: 'a:b', type: 'fill-in', prompt: 'x {y} ~z =w #v\\u\nnext ___', answers: ['a=b'] };
    assert.equal(body(toGift(set(q))), '::a\\:b::x \\{y\\} \\~z \\=w \\#v\\\\u\\nnext {=a\\=b}');
  });

  it('says [plain] when a text holds HTML characters, so Moodle shows them as written', () => {
    const q: Question = { id: 'q', type: 'fill-in', prompt: 'Is 1 < 2 ___', answers: ['yes'] };
    assert.match(body(toGift(set(q))), /^::q::\[plain\]Is 1 < 2 \{=yes\}$/);
  });

  it('keeps what GIFT cannot say in @article-quiz comments', () => {
    const text = toGift(HOSTILE_SET);
    assert.match(text, /^\/\/ @article-quiz-set \{"id":"hostile \{set\}: <x>"/m);
    assert.match(text, /^\/\/ @article-quiz \{"points":3\}$/m);
    // Every line is a comment, a question line, or blank: no line of text can start a comment.
    for (const line of text.split('\n')) assert.ok(!/^\s*\/\//.test(line) || line.startsWith('// '), line);
  });
});

describe('GIFT round trip: toGift then fromGift gives the same set', () => {
  it('for the demo question set', () => {
    assert.deepEqual(imported(toGift(demo)), demo);
  });

  it('for every kind of question, with hostile strings everywhere', () => {
    const r = fromGift(toGift(HOSTILE_SET));
    assert.deepEqual(r.notes, []);
    assert.ok(r.valid, r.problems.map(formatProblem).join('\n'));
    assert.deepEqual(r.value, HOSTILE_SET);
  });

  it('for each question on its own', () => {
    for (const q of HOSTILE_SET.questions) assert.deepEqual(imported(toGift(set(q))).questions, [q], q.id);
  });

  it('for random text (property)', () => {
    // Texts as an author writes them: no spaces at either end, no carriage returns.
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(s => s.replace(/\r/g, '').trim()).filter(s => s.length > 0);
    const noBlank = text.filter(s => !/_{3,}/.test(s) && !s.startsWith('_') && !s.endsWith('_'));
    const question = fc.oneof(
      fc.record({
        id: text,
        prompt: text,
        choices: fc.uniqueArray(text, { minLength: 2, maxLength: 6, selector: s => s.toLowerCase() }),
        right: fc.nat(),
        multiple: fc.boolean(),
        explanation: fc.option(text, { nil: undefined }),
      }).map(({ id, prompt, choices, right, multiple, explanation }): Question => {
        const ids = choices.map((_, i) => `c${i}`);
        const correct = multiple ? ids.slice(0, Math.max(1, right % choices.length)) : [ids[right % ids.length]!];
        return { id, type: 'choice', prompt, choices: choices.map((t, i) => ({ id: ids[i]!, text: t })), correct, ...(multiple ? { multiple } : {}), ...(explanation ? { explanation } : {}) };
      }),
      fc.record({ id: text, before: noBlank, after: noBlank, answers: fc.array(text.filter(s => !s.includes('->')), { minLength: 1, maxLength: 3 }) }).map(
        ({ id, before, after, answers }): Question => ({ id, type: 'fill-in', prompt: `${before} ___ ${after}`, answers }),
      ),
    );
    fc.assert(
      fc.property(fc.uniqueArray(question, { minLength: 1, maxLength: 4, selector: q => q.id }), fc.tuple(text, text), (questions, [id, title]) => {
        const s: QuestionSet = { version: 1, id, title, questions };
        if (!validateQuestionSet(s).valid) return; // e.g. a choice text that trims to another
        const r = fromGift(toGift(s));
        assert.ok(r.valid, r.problems.map(formatProblem).join('\n'));
        assert.deepEqual(r.value, s);
      }),
      { seed: 20240612, numRuns: 200 },
    );
  });
});

describe('fromGift: GIFT written by hand or by Moodle', () => {
  it('reads Moodle’s own examples', () => {
    const s = imported(
      `// From Moodle's docs
$CATEGORY: tom/dick/harry

::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

Grant is {~buried =entombed ~living} in Grant's tomb.

Grant is buried in Grant's tomb.{FALSE}

Who's buried in Grant's tomb?{=no one =nobody}

What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
}
`,
      { id: 'grant', title: 'Grant' },
    );
    assert.equal(s.id, 'grant');
    assert.equal(s.title, 'Grant');
    const [q1, q2, q3, q4, q5] = s.questions as [Question, Question, Question, Question, Question];
    assert.deepEqual(q1, {
      id: 'Grant',
      type: 'choice',
      prompt: "Who's buried in Grant's tomb?",
      choices: [
        { id: 'a', text: 'Grant' },
        { id: 'b', text: 'Jefferson' },
        { id: 'c', text: 'no one' },
      ],
      correct: ['c'],
    });
    assert.equal(q2.id, 'q2');
    assert.equal(q2.prompt, "Grant is ___ in Grant's tomb.");
    assert.deepEqual(q3.type === 'choice' && [q3.choices.map(c => `${c.id}:${c.text}`), q3.correct], [['true:True', 'false:False'], ['false']]);
    assert.deepEqual(q4, { id: 'q4', type: 'fill-in', prompt: "Who's buried in Grant's tomb? ___", answers: ['no one', 'nobody'] });
    assert.ok(q5.type === 'choice' && q5.multiple);
    assert.deepEqual(q5.type === 'choice' && q5.correct, ['b', 'c']);
  });

  it('notes the $CATEGORY line it ignores, and answers it leaves out', () => {
    const r = fromGift('$CATEGORY: x\n\nQ {=a =%50%b =c#fine} end\n\nPick{=a ~%50%b ~c}');
    assert.ok(r.valid);
    assert.deepEqual(r.notes.map(formatProblem), [
      'line 1: the $CATEGORY line is ignored (a question set has no categories)',
      'line 3: the answer "b" is worth 50%; a fill-in accepts only fully right answers, so it is left out',
      'line 3: the feedback for the answer "c" is left out (a fill-in answer has no feedback)',
      'line 5: the answer "b" is worth 50%; it is imported as wrong (a single-answer question has one right answer and no penalties)',
    ]);
    assert.deepEqual(r.value.questions[0], { id: 'q1', type: 'fill-in', prompt: 'Q ___ end', answers: ['a', 'c'] });
  });

  it('unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n, reads comments, Windows line ends and a BOM', () => {
    const s = imported('\uFEFF// a comment\r\n::q\\:1::A \\{b\\} \\~ \\= \\# \\\\ c\\nd{\r\n// inside\r\n=x\\=y\r\n~z}\r\n');
    assert.deepEqual(s.questions[0], {
      id: 'q:1',
      type: 'choice',
      prompt: 'A {b} ~ = # \\ c\nd',
      choices: [
        { id: 'a', text: 'x=y' },
        { id: 'b', text: 'z' },
      ],
      correct: ['a'],
    });
  });

  it('reads a short answer without = as Moodle does', () => {
    assert.deepEqual(imported('Capital of France?{Paris =paris}').questions[0], { id: 'q1', type: 'fill-in', prompt: 'Capital of France? ___', answers: ['Paris', 'paris'] });
  });

  it('makes names unique', () => {
    const r = fromGift('::a::X{=1 ~2}\n\n::a::Y{=1 ~2}');
    assert.ok(r.valid);
    assert.deepEqual(r.value.questions.map(q => q.id), ['a', 'a-2']);
    assert.deepEqual(r.notes.map(formatProblem), ['line 3: the name "a" is used twice; this question is "a-2"']);
  });
});

describe('fromGift: errors, located, all of them, never thrown', () => {
  it('says where an answer block is never closed, and goes on to the next question', () => {
    assert.deepEqual(problems('// header\n\n::q1::Fine{=a ~b}\n\n::q2::Broken\n{=a\n~b\n\n::q3::Also}{=x}'), [
      'line 6: the answer block is never closed (a } is missing)',
      'line 9: a } with no { before it (write \\} for a brace in the text)',
    ]);
  });

  for (const [name, text, message] of [
    ['a nested brace', 'A{=a {b}', 'line 1: a { inside the answer block opened on line 1 (write \\{ for a brace)'],
    ['two answer blocks', 'A{=a ~b} and {=c}', 'line 1: a second answer block; a question has one (write \\{ and \\} for braces in the text)'],
    ['an unclosed name', '::name without end{=a}', 'line 1: the question name is never closed (a name is written ::name::; write \\: for a colon)'],
    ['a description', 'Just some text.', 'line 1: the question has no answer block ({...}); descriptions are not supported'],
    ['an essay', 'Write about it.{}', 'line 1: an empty answer block {} is an essay question, which is not supported'],
    ['a numerical question', 'When?{#1822:5}', 'line 1: numerical questions ({#...}) are not supported'],
    ['a matching question', 'Match{=a -> 1 =b -> 2}', 'line 1: matching questions (=a -> b) are not supported'],
    ['two = in multiple choice', 'Which?{=a =b ~c}', 'line 1: more than one answer is marked right with = ; for several right answers give weights instead: ~%50%a ~%50%b ~%-100%c'],
    ['no right answer', 'Which?{~%-50%a ~b}', 'line 1: no answer is right: mark it with =, or give the right answers a positive weight such as ~%50%'],
    ['a weight out of range', 'Which?{~%150%a ~b}', 'line 1: the weight 150% is not between -100% and 100%'],
    ['an empty answer', 'Which?{=a ~ }', 'line 1: an empty answer (~ with nothing after it)'],
    ['one choice only', 'Which?{~%100%a}', 'line 1: a multiple-choice question needs at least 2 answers'],
    ['text before the answers', 'Which?{oops ~a =b}', 'line 1: text before the first ~ or = in the answer block: "oops"'],
    ['an empty file', '// only a comment\n', 'the file has no questions'],
  ] as const) {
    it(`reports ${name}`, () => assert.deepEqual(problems(text), [message]));
  }

  it('locates problems the validator finds at the question’s line', () => {
    assert.deepEqual(problems('::ok::Fine{=a ~b}\n\n\n::q2::Two ___ blanks ___{=x}\n\n::q3::Same{=Yes ~yes}'), [
      'line 4, questions[1].prompt: a fill-in prompt needs exactly one blank (___), found 3',
      'line 6, questions[2].choices[1].text: "yes" is the same as choices[0].text',
    ]);
  });

  it('never throws, whatever the text (property)', () => {
    const gifty = fc.stringMatching(/^[a-z{}~=#:\\%\-> \n/_$\[\]0-9TF]{0,60}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), gifty), text => {
        const r = fromGift(text);
        if (r.valid) assert.ok(validateQuestionSet(r.value).valid);
        else {
          assert.ok(r.problems.length > 0);
          for (const p of r.problems) assert.match(formatProblem(p), /^(line \d+(, questions\[\d+\][^:]*)?: |the file has no questions$)/);
        }
      }),
      { seed: 20240613, numRuns: 500 },
    );
  });
});
