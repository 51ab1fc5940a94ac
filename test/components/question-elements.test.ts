// <quiz-choice> and <quiz-fill-in> on their own, without <article-quiz>.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/quiz-choice.js';
import '../../src/define/quiz-fill-in.js';
import type { QuizChoice } from '../../src/define/quiz-choice.js';
import type { QuizFillIn } from '../../src/define/quiz-fill-in.js';
import type { QuizAnswerEvent, QuizErrorEvent } from '../../src/index.js';
import { demoSet, textOf } from './helpers.js';

const [city, from] = demoSet().questions;

describe('<quiz-choice> on its own', () => {
  it('renders, marks and reports a question with its own quiz', async () => {
    const el = await fixture<QuizChoice>(html`<quiz-choice .question=${city}></quiz-choice>`);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('legend')!)).to.equal('Where did Kerry speak?');
    const change = oneEvent(el, 'change');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    await change;
    await el.updateComplete;
    const answered = oneEvent(el, 'quiz-answer');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
    const { detail } = (await answered) as QuizAnswerEvent;
    expect(detail).to.deep.include({ questionId: 'city', correct: false, points: 0 });
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="feedback"]')!)).to.contain('The answer is: Vienna.');
    await expect(el).to.be.accessible();
  });

  it('shows a message and fires quiz-error for an invalid question', async () => {
    const el = document.createElement('quiz-choice');
    const failed = oneEvent(el, 'quiz-error');
    el.question = { ...city, correct: ['z'] } as never;
    document.body.append(el);
    const { detail } = (await failed) as QuizErrorEvent;
    expect(detail.problems.map(p => `${p.path}: ${p.message}`)).to.deep.equal(['questions[0].correct[0]: "z" is not one of the choice ids a, b, c']);
    expect(textOf(el.shadowRoot!.querySelector('[role="alert"]')!)).to.equal('This quiz cannot be shown: its question set is invalid.');
    el.remove();
  });
});

describe('<quiz-fill-in> on its own', () => {
  it('marks a typed answer in practice mode and lets it be tried again', async () => {
    const el = await fixture<QuizFillIn>(html`<quiz-fill-in .question=${from} mode="practice"></quiz-fill-in>`);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'Libya';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="feedback"]')!)).to.equal('✗ Not quite. Try again.');
    expect(input.readOnly).to.equal(false);
    input.value = 'Tunisia';
    input.dispatchEvent(new Event('input'));
    const answered = oneEvent(el, 'quiz-answer');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(((await answered) as QuizAnswerEvent).detail).to.deep.include({ correct: true, attempt: 2 });
  });
});
