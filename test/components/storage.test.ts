// Progress kept in localStorage and restored after a reload; bad or unwritable storage is ignored.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import { hashSet } from '../../src/engine/index.js';
import { assertQuestionSet } from '../../src/model/index.js';
import type { QuizReadyEvent } from '../../src/index.js';
import { checkQuestion, demoSet, feedback, inputs, pick, question, settle, type } from './helpers.js';

const key = (set = demoSet()) => `article-quiz:${set.id}:${hashSet(assertQuestionSet(set))}`;

/** A quiz as on a fresh page load: a new element, the same set, storage on. */
async function load(set: unknown = demoSet(), attrs = '') {
  const el = document.createElement('article-quiz');
  if (attrs) el.setAttribute('mode', attrs);
  const ready = oneEvent(el, 'quiz-ready');
  el.questionSet = set;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  const event = (await ready) as QuizReadyEvent;
  await settle(el);
  return { el: el as ArticleQuiz, restored: event.detail.restored };
}

describe('<article-quiz> progress across reloads', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('saves under the set id and content hash, and restores answers and marks after a reload', async () => {
    const first = await load();
    await pick(first.el, 0, 'Vienna');
    await checkQuestion(first.el, 0);
    await type(first.el, 1, 'Tuni');
    expect(localStorage.getItem(key())).to.be.a('string');
    first.el.remove();

    const second = await load();
    expect(second.restored).to.equal(true);
    expect(second.el.state!.questions['city']).to.deep.include({ checked: true, correct: true });
    expect(inputs(question(second.el, 0))[0]!.checked).to.equal(true);
    expect(feedback(question(second.el, 0))).to.match(/^✓ Correct\./);
    expect(inputs(question(second.el, 1))[0]!.value).to.equal('Tuni');
  });

  it('ignores corrupt saved data, with no error on the page', async () => {
    localStorage.setItem(key(), '{not json');
    const { el, restored } = await load();
    expect(restored).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    localStorage.setItem(key(), JSON.stringify({ v: 1, set: 'x', questions: 5 }));
    expect((await load()).restored).to.equal(false);
  });

  it('does not restore progress onto a changed set', async () => {
    const first = await load();
    await pick(first.el, 0, 'Vienna');
    const changed = demoSet({ title: 'Demo quiz, corrected' });
    const second = await load(changed);
    expect(second.restored).to.equal(false);
    expect(second.el.score!.answered).to.equal(0);
  });

  it('does not restore progress made in another mode', async () => {
    const first = await load();
    await pick(first.el, 0, 'Vienna');
    const second = await load(demoSet(), 'exam');
    expect(second.restored).to.equal(false);
  });

  it('keeps nothing with storage="none"', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${demoSet()} storage="none"></article-quiz>`);
    await settle(el);
    await pick(el, 0, 'Vienna');
    expect(localStorage.length).to.equal(0);
  });

  it('goes on without saving when storage throws (private mode, quota)', async () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { el } = await load();
      await pick(el, 0, 'Vienna');
      await checkQuestion(el, 0);
      expect(el.state!.questions['city']!.correct).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  it('keeps a shuffled order stable across reloads', async () => {
    const many = demoSet({
      settings: { shuffle: true },
      questions: Array.from({ length: 8 }, (_, i) => ({
        id: `q${i}`,
        type: 'choice',
        prompt: `Question ${i}?`,
        choices: ['a', 'b', 'c', 'd'].map(id => ({ id, text: `${id}${i}` })),
        correct: ['a'],
      })),
    });
    const first = await load(many);
    const order = first.el.state!.order;
    expect(order).to.not.deep.equal(many.questions.map(q => q.id));
    first.el.remove();
    localStorage.clear();
    const second = await load(many);
    expect(second.el.state!.order).to.deep.equal(order);
    expect(second.el.state!.choices).to.deep.equal(first.el.state!.choices);
  });
});
