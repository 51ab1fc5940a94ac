// axe in every state a reader meets, in every browser.
import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import { checkQuestion, demoSet, pick, question, quizFor, settle, type } from './helpers.js';

/** The quiz and every question element in it pass axe. */
async function accessible(el: ArticleQuiz) {
  await settle(el);
  await expect(el).to.be.accessible();
  for (const q of el.shadowRoot!.querySelectorAll('quiz-choice, quiz-fill-in')) await expect(q).to.be.accessible();
}

describe('<article-quiz> accessibility (axe)', () => {
  it('unanswered', async () => accessible(await quizFor(demoSet())));

  it('answered right', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Vienna');
    await checkQuestion(el, 0);
    await type(el, 1, 'Tunisia');
    await checkQuestion(el, 1);
    await accessible(el);
  });

  it('answered wrong, with the key and evidence shown', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    await type(el, 1, 'Libya');
    await checkQuestion(el, 1);
    await pick(el, 2, 'Invasion');
    await checkQuestion(el, 2);
    await accessible(el);
  });

  it('practice mode after a wrong answer', async () => {
    const el = await quizFor(demoSet(), { mode: 'practice' });
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    await accessible(el);
  });

  it('exam submitted, with the summary', async () => {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    await pick(el, 0, 'Vienna');
    el.submit();
    await accessible(el);
  });

  it('in Arabic, right to left', async () => {
    const el = await quizFor(demoSet(), { lang: 'ar' });
    for (let i = 0; i < 50 && !question(el, 0); i++) await new Promise(r => setTimeout(r, 20));
    await accessible(el);
  });

  it('error', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${{ version: 1 }}></article-quiz>`);
    await accessible(el);
  });

  it('with the answer key for printing', async () => {
    const el = await quizFor(demoSet());
    el.printKey = true;
    await accessible(el);
  });
});
