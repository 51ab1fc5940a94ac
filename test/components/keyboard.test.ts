// A whole quiz with the keyboard alone: real key presses (sendKeys), in every browser.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import { demoSet, settle } from './helpers.js';

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const describeEl = (e: Element | null) =>
  !e ? 'nothing' : `${e.tagName.toLowerCase()}${(e as HTMLInputElement).type ? `[${(e as HTMLInputElement).type}]` : ''} "${(e.closest('label')?.textContent ?? e.textContent ?? (e as HTMLInputElement).value ?? '').trim().slice(0, 30)}"`;

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(match: (e: Element) => boolean, what: string, max = 12): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && match(a)) return a;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describeEl(deepActive())}`);
}

const label = (e: Element) => e.closest('label')?.textContent?.trim() ?? '';

describe('<article-quiz> with the keyboard alone', () => {
  it('completes a quiz: radio group with arrows, fill-in with Enter, checkboxes with Space, buttons with Enter', async () => {
    const el = await fixture<ArticleQuiz>(html`<div>
      <button id="before">before</button>
      <article-quiz .questionSet=${demoSet()} storage="none" lang="en"></article-quiz>
    </div>`);
    const quiz = el.querySelector('article-quiz')!;
    await settle(quiz);
    (el.querySelector('#before') as HTMLElement).focus();

    // Question 1: one tab stop into the group; arrows move and select, and wrap at the ends.
    const first = await tabTo(e => e.matches('input[type="radio"]'), 'the first radio button');
    expect(label(first)).to.equal('Vienna');
    await sendKeys({ press: 'ArrowDown' });
    expect(label(deepActive()!)).to.equal('Tripoli');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(quiz);
    expect(label(deepActive()!)).to.equal('Geneva');
    await sendKeys({ press: 'ArrowDown' });
    await settle(quiz);
    expect(label(deepActive()!)).to.equal('Vienna');
    expect(quiz.state!.questions['city']!.response).to.deep.equal(['a']);
    // The next Tab leaves the group for the Check button.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent!.trim()).to.equal('Check');
    await sendKeys({ press: 'Enter' });
    await settle(quiz);
    expect(quiz.state!.questions['city']).to.deep.include({ checked: true, correct: true });
    expect(deepActive()!.getAttribute('part')).to.equal('feedback');

    // Question 2: type, then Enter checks.
    await tabTo(e => e.matches('input[type="text"]'), 'the fill-in');
    await sendKeys({ type: 'tunisia' });
    await sendKeys({ press: 'Enter' });
    await settle(quiz);
    expect(quiz.state!.questions['from']).to.deep.include({ checked: true, correct: true });

    // Question 3: checkboxes are each a tab stop; Space toggles.
    const training = await tabTo(e => e.matches('input[type="checkbox"]'), 'the first checkbox');
    expect(label(training)).to.equal('Training');
    await sendKeys({ press: ' ' });
    await tabTo(e => label(e) === 'Slowing migration', 'the second checkbox');
    await sendKeys({ press: ' ' });
    await settle(quiz);
    expect(quiz.state!.questions['aims']!.response).to.deep.equal(['a', 'b']);
    await tabTo(e => e.textContent?.trim() === 'Check', 'the Check button');
    await sendKeys({ press: 'Enter' });
    await settle(quiz);

    // The quiz is complete and focus is on the result.
    expect(quiz.state!.done).to.equal(true);
    expect(quiz.score).to.deep.include({ score: 3, max: 3, passed: true });
    expect(deepActive()!.id).to.equal('summary-title');

    // Start again from the summary, with the keyboard.
    await tabTo(e => e.textContent?.trim() === 'Start again', 'Start again');
    await sendKeys({ press: 'Enter' });
    await settle(quiz);
    expect(quiz.score).to.deep.include({ score: 0, answered: 0 });
    expect(label(deepActive()!)).to.equal('Vienna');
  });

  it('follows the writing direction: in Arabic, ArrowLeft goes to the next choice', async () => {
    const quiz = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${demoSet()} lang="ar" storage="none"></article-quiz>`);
    for (let i = 0; i < 50 && !quiz.shadowRoot!.querySelector('quiz-choice'); i++) await new Promise(r => setTimeout(r, 20));
    await settle(quiz);
    quiz.focus();
    const first = await tabTo(e => e.matches('input[type="radio"]'), 'the first radio button');
    expect(label(first)).to.equal('Vienna');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(quiz);
    expect(label(deepActive()!)).to.equal('Tripoli');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(quiz);
    expect(label(deepActive()!)).to.equal('Geneva');
    expect(quiz.state!.questions['city']!.response).to.deep.equal(['c']);
  });

  it('in exam mode reaches Submit with Tab and submits with Space', async () => {
    const quiz = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${demoSet()} mode="exam" storage="none"></article-quiz>`);
    await settle(quiz);
    quiz.focus();
    await tabTo(e => e.matches('input[type="radio"]'), 'the first radio button');
    await sendKeys({ press: ' ' });
    await tabTo(e => e.textContent?.trim() === 'Submit answers', 'Submit answers', 20);
    await sendKeys({ press: ' ' });
    await settle(quiz);
    expect(quiz.state!.done).to.equal(true);
    expect(quiz.score!.score).to.equal(1);
  });
});
