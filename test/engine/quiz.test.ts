import { expect } from '@open-wc/testing';
import {
  allSettled,
  answer,
  canAnswer,
  check,
  createState,
  hashSet,
  isStateFor,
  keyVisible,
  mark,
  reset,
  retryMissed,
  reveal,
  score,
  submit,
  type QuizState,
} from '../../src/engine/index.js';
import { assertQuestionSet, type QuestionSet } from '../../src/model/index.js';
import { choice, set } from '../model/cases.js';

const quiz = (over: Record<string, unknown> = {}, questions?: Record<string, unknown>[]): QuestionSet =>
  assertQuestionSet(set(over, questions));

const multi = (over: Record<string, unknown> = {}) =>
  choice({
    id: 'm',
    multiple: true,
    correct: ['a', 'b', 'c'],
    choices: ['a', 'b', 'c', 'd', 'e'].map(id => ({ id, text: id.toUpperCase() })),
    ...over,
  });

describe('engine: createState', () => {
  it('starts with nothing answered, in the set order, in the set mode', () => {
    const qs = quiz({ settings: { mode: 'exam' } });
    const s = createState(qs);
    expect(s.order).to.deep.equal(['q1', 'q2']);
    expect(s.mode).to.equal('exam');
    expect(s.done).to.equal(false);
    expect(s.questions['q1']).to.deep.equal({ checked: false, attempts: 0 });
    expect(s.set).to.equal(hashSet(qs));
  });

  it('is plain JSON: it survives a round trip through JSON unchanged', () => {
    const qs = quiz();
    let s = createState(qs);
    s = answer(s, qs, 'q1', ['a']);
    s = check(s, qs, 'q1');
    expect(JSON.parse(JSON.stringify(s))).to.deep.equal(s);
  });

  it('shuffles questions and choices the same way for the same seed, and differently for another', () => {
    const questions = Array.from({ length: 12 }, (_, i) => choice({ id: `q${i}` }));
    const qs = quiz({}, questions);
    const a = createState(qs, { shuffle: true, seed: 'one' });
    const b = createState(qs, { shuffle: true, seed: 'one' });
    const c = createState(qs, { shuffle: true, seed: 'two' });
    expect(a.order).to.deep.equal(b.order);
    expect(a.choices).to.deep.equal(b.choices);
    expect(a.order).to.not.deep.equal(c.order);
    expect([...a.order].sort()).to.deep.equal([...qs.questions.map(q => q.id)].sort());
    expect(createState(qs).order).to.deep.equal(qs.questions.map(q => q.id));
  });

  it('keeps a true/false pair in its order when shuffling', () => {
    const tf = choice({ id: 'tf', choices: [{ id: 't', text: 'True' }, { id: 'f', text: 'False' }], correct: ['t'] });
    const s = createState(quiz({}, [tf]), { shuffle: true, seed: 'x' });
    expect(s.choices['tf']).to.deep.equal(['t', 'f']);
  });
});

describe('engine: instant mode', () => {
  const qs = quiz();
  it('marks a right answer, locks it, and scores it', () => {
    let s = createState(qs);
    s = answer(s, qs, 'q1', ['a']);
    expect(score(s, qs).checked).to.equal(0);
    s = check(s, qs, 'q1');
    expect(s.questions['q1']).to.deep.include({ checked: true, correct: true, points: 1, attempts: 1 });
    expect(canAnswer(s, 'q1')).to.equal(false);
    expect(answer(s, qs, 'q1', ['b'])).to.equal(s);
  });

  it('marks a wrong answer and locks it too', () => {
    let s = answer(createState(qs), qs, 'q1', ['b']);
    s = check(s, qs, 'q1');
    expect(s.questions['q1']).to.deep.include({ correct: false, points: 0 });
    expect(canAnswer(s, 'q1')).to.equal(false);
  });

  it('does not check a question with no answer', () => {
    const s = createState(qs);
    expect(check(s, qs, 'q1')).to.equal(s);
    const blank = answer(s, qs, 'q2', '   ');
    expect(check(blank, qs, 'q2')).to.equal(blank);
  });

  it('keeps one pick for a single-answer question and drops unknown ids', () => {
    let s = answer(createState(qs), qs, 'q1', ['a', 'b', 'zzz']);
    expect(s.questions['q1']!.response).to.deep.equal(['b']);
    s = answer(s, qs, 'q1', ['zzz']);
    expect(s.questions['q1']!.response).to.deep.equal([]);
  });

  it('rejects a response of the wrong kind and an unknown question', () => {
    const s = createState(qs);
    expect(() => answer(s, qs, 'q1', 'a')).to.throw(TypeError);
    expect(() => answer(s, qs, 'q2', ['a'])).to.throw(TypeError);
    expect(() => answer(s, qs, 'nope', ['a'])).to.throw(RangeError);
  });

  it('marks fill-ins with the forgiving matcher', () => {
    let s = answer(createState(qs), qs, 'q2', '  tunisia. ');
    s = check(s, qs, 'q2');
    expect(s.questions['q2']).to.deep.include({ correct: true, points: 1 });
  });

  it('is settled once every question is marked', () => {
    let s = createState(qs);
    s = check(answer(s, qs, 'q1', ['b']), qs, 'q1');
    expect(allSettled(s)).to.equal(false);
    s = check(answer(s, qs, 'q2', 'Libya'), qs, 'q2');
    expect(allSettled(s)).to.equal(true);
  });
});

describe('engine: exam mode', () => {
  const qs = quiz({ settings: { mode: 'exam', passMark: 0.5 } });
  it('marks nothing until submit, then everything; unanswered scores nothing', () => {
    let s = createState(qs);
    s = answer(s, qs, 'q1', ['a']);
    expect(check(s, qs, 'q1')).to.equal(s);
    expect(score(s, qs).score).to.equal(0);
    s = submit(s, qs);
    expect(s.done).to.equal(true);
    expect(s.questions['q1']).to.deep.include({ checked: true, correct: true });
    expect(s.questions['q2']).to.deep.include({ checked: true, correct: false, points: 0 });
    const r = score(s, qs);
    expect(r).to.deep.include({ score: 1, max: 2, percent: 0.5, passed: true, answered: 1, checked: 2, total: 2 });
    expect(canAnswer(s, 'q1')).to.equal(false);
    expect(submit(s, qs)).to.equal(s);
  });

  it('answers can change freely before submit', () => {
    let s = answer(createState(qs), qs, 'q1', ['b']);
    s = answer(s, qs, 'q1', ['a']);
    expect(s.questions['q1']!.response).to.deep.equal(['a']);
  });

  it('reveals answers only after submit', () => {
    const s = createState(qs);
    expect(reveal(s, qs)).to.equal(s);
    const done = reveal(submit(s, qs), qs);
    expect(done.questions['q1']!.revealed).to.equal(true);
  });
});

describe('engine: practice mode', () => {
  const qs = quiz({ settings: { mode: 'practice' } });
  it('lets a wrong answer be tried again, counting attempts, and locks a right one', () => {
    let s = createState(qs);
    s = check(answer(s, qs, 'q1', ['b']), qs, 'q1');
    expect(s.questions['q1']).to.deep.include({ checked: true, correct: false, attempts: 1 });
    expect(canAnswer(s, 'q1')).to.equal(true);
    s = answer(s, qs, 'q1', ['a']);
    expect(s.questions['q1']!.checked).to.equal(false);
    s = check(s, qs, 'q1');
    expect(s.questions['q1']).to.deep.include({ correct: true, attempts: 2 });
    expect(canAnswer(s, 'q1')).to.equal(false);
  });

  it('is not settled while a wrong answer can still be retried', () => {
    let s = createState(qs);
    s = check(answer(s, qs, 'q1', ['a']), qs, 'q1');
    s = check(answer(s, qs, 'q2', 'Libya'), qs, 'q2');
    expect(allSettled(s)).to.equal(false);
    s = reveal(s, qs, 'q2');
    expect(allSettled(s)).to.equal(true);
  });

  it('reveals one question when asked, which locks it and earns nothing', () => {
    let s = check(answer(createState(qs), qs, 'q2', 'Libya'), qs, 'q2');
    s = reveal(s, qs, 'q2');
    expect(s.questions['q2']).to.deep.include({ revealed: true, points: 0 });
    expect(canAnswer(s, 'q2')).to.equal(false);
    expect(s.questions['q1']!.revealed).to.equal(undefined);
  });

  it('reveals an answered but unchecked question as wrong, with no points', () => {
    let s = answer(createState(qs), qs, 'q1', ['a']);
    s = reveal(s, qs, 'q1');
    expect(s.questions['q1']).to.deep.include({ checked: true, correct: false, points: 0, revealed: true, attempts: 1 });
    expect(score(s, qs).score).to.equal(0);
    expect(() => reveal(s, qs, 'nope')).to.throw(RangeError);
  });

  it('shows the key only when revealed, or marked wrong outside practice', () => {
    let s = check(answer(createState(qs), qs, 'q1', ['b']), qs, 'q1');
    expect(keyVisible(s, qs, 'q1')).to.equal(false);
    s = reveal(s, qs, 'q1');
    expect(keyVisible(s, qs, 'q1')).to.equal(true);
    const inst = quiz();
    const t = check(answer(createState(inst), inst, 'q1', ['b']), inst, 'q1');
    expect(keyVisible(t, inst, 'q1')).to.equal(true);
    expect(keyVisible(t, inst, 'q2')).to.equal(false);
    const closed = quiz({ settings: { allowReveal: false } });
    const u = check(answer(createState(closed), closed, 'q1', ['b']), closed, 'q1');
    expect(keyVisible(u, closed, 'q1')).to.equal(false);
  });

  it('never reveals when the set forbids it', () => {
    const closed = quiz({ settings: { mode: 'practice', allowReveal: false } });
    const s = createState(closed);
    expect(reveal(s, closed)).to.equal(s);
  });
});

describe('engine: scoring', () => {
  it('gives partial credit: right picks minus wrong picks over the right choices, never below 0', () => {
    const qs = quiz({}, [multi({ points: 3 })]);
    const q = qs.questions[0]!;
    expect(mark(q, ['a', 'b', 'c'], qs)).to.deep.equal({ correct: true, points: 3 });
    expect(mark(q, ['a', 'b'], qs)).to.deep.equal({ correct: false, points: 2 });
    expect(mark(q, ['a', 'b', 'd'], qs)).to.deep.equal({ correct: false, points: 1 });
    expect(mark(q, ['a', 'd', 'e'], qs)).to.deep.equal({ correct: false, points: 0 });
    expect(mark(q, [], qs)).to.deep.equal({ correct: false, points: 0 });
  });

  it('gives all or nothing when the set or the question says so', () => {
    const bySet = quiz({ settings: { scoring: 'all-or-nothing' } }, [multi()]);
    expect(mark(bySet.questions[0]!, ['a', 'b'], bySet)).to.deep.equal({ correct: false, points: 0 });
    const byQuestion = quiz({}, [multi({ scoring: 'all-or-nothing' })]);
    expect(mark(byQuestion.questions[0]!, ['a', 'b'], byQuestion)).to.deep.equal({ correct: false, points: 0 });
    const override = quiz({ settings: { scoring: 'all-or-nothing' } }, [multi({ scoring: 'partial' })]);
    expect(mark(override.questions[0]!, ['a', 'b'], override).points).to.be.closeTo(2 / 3, 0.001);
  });

  it('uses points per question, a pass mark, and a pass mark given by the page', () => {
    const qs = quiz({ settings: { passMark: 0.75 } }, [choice({ points: 3 }), choice({ id: 'q2' })]);
    const s = submit(answer(createState(qs), qs, 'q1', ['a']), qs);
    expect(score(s, qs)).to.deep.include({ score: 3, max: 4, percent: 0.75, passed: true });
    expect(score(s, qs, 0.9).passed).to.equal(false);
    const none = quiz({}, [choice()]);
    expect(score(createState(none), none).passed).to.equal(undefined);
  });

  it('lets fill-in matching rules be switched off by the set and by the question', () => {
    const fill = { id: 'q2', type: 'fill-in', prompt: 'From ___.', answers: ['Tunisia'] };
    const strict = quiz({ settings: { matching: { caseSensitive: true } } }, [choice(), fill]);
    expect(mark(strict.questions[1]!, 'tunisia', strict).correct).to.equal(false);
    const perQuestion = quiz({}, [{ ...fill, matching: { caseSensitive: true } }]);
    expect(mark(perQuestion.questions[0]!, 'tunisia', perQuestion).correct).to.equal(false);
    expect(mark(perQuestion.questions[0]!, 'Tunisia', perQuestion).correct).to.equal(true);
  });
});

describe('engine: retry and reset', () => {
  const qs = quiz();
  const finished = (): QuizState => {
    let s = createState(qs);
    s = check(answer(s, qs, 'q1', ['a']), qs, 'q1');
    s = check(answer(s, qs, 'q2', 'Libya'), qs, 'q2');
    return submit(s, qs);
  };

  it('retryMissed keeps right answers and clears the rest', () => {
    const s = retryMissed(finished());
    expect(s.done).to.equal(false);
    expect(s.questions['q1']).to.deep.include({ checked: true, correct: true });
    expect(s.questions['q2']).to.deep.equal({ checked: false, attempts: 0 });
    expect(score(s, qs).score).to.equal(1);
  });

  it('reset clears everything but keeps the order and mode', () => {
    const before = finished();
    const s = reset(before);
    expect(s.done).to.equal(false);
    expect(s.order).to.deep.equal(before.order);
    expect(Object.values(s.questions).every(q => !q.checked && q.response === undefined)).to.equal(true);
  });
});

describe('engine: isStateFor', () => {
  const qs = quiz();
  it('accepts a state of the same quiz, also after a JSON round trip', () => {
    const s = check(answer(createState(qs), qs, 'q1', ['a']), qs, 'q1');
    expect(isStateFor(JSON.parse(JSON.stringify(s)), createState(qs))).to.equal(true);
  });

  it('refuses corrupt data, and states of another set, mode, order or version', () => {
    const good = createState(qs);
    const bad: unknown[] = [
      null,
      42,
      'x',
      [],
      {},
      { ...good, v: 2 },
      { ...good, order: ['q1'] },
      { ...good, order: ['q2', 'q1'] },
      { ...good, questions: {} },
      { ...good, questions: { q1: { checked: 'yes', attempts: 0 }, q2: { checked: false, attempts: 0 } } },
      { ...good, mode: 'exam' },
      { ...good, done: 'no' },
      { ...good, choices: { q1: ['b', 'a', 'c', 'd'] } },
    ];
    for (const b of bad) expect(isStateFor(b, good), JSON.stringify(b)).to.equal(false);
    expect(isStateFor(good, createState(quiz({ title: 'Changed' })))).to.equal(false);
    expect(isStateFor(good, createState(qs, { mode: 'practice' }))).to.equal(false);
  });
});
