// Helpers for reaching into <article-quiz> the way a reader sees it.
import { fixture, html } from '@open-wc/testing';
import '../../src/define/article-quiz.js';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import type { QuizChoice } from '../../src/define/quiz-choice.js';
import type { QuizFillIn } from '../../src/define/quiz-fill-in.js';

export type QuestionEl = QuizChoice | QuizFillIn;

/** Question elements in the order shown. */
export const questions = (el: ArticleQuiz): QuestionEl[] => [...el.shadowRoot!.querySelectorAll<QuestionEl>('quiz-choice, quiz-fill-in')];

export const question = (el: ArticleQuiz, i: number): QuestionEl => questions(el)[i]!;

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export const textOf = (root: Element | ShadowRoot): string => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

export const feedback = (q: QuestionEl): string => textOf(q.shadowRoot!.querySelector('[part~="feedback"]')!);

export const inputs = (q: QuestionEl): HTMLInputElement[] => [...q.shadowRoot!.querySelectorAll('input')];

export const button = (root: Element | ShadowRoot, text: string): HTMLButtonElement | undefined =>
  [...(root instanceof Element ? root.shadowRoot! : root).querySelectorAll('button')].find(b => textOf(b) === text);

/** Waits for the quiz and every question element in it to render, and for the result view (a chunk
 * loaded after the first render) when the quiz is over or printed with its key. */
export async function settle(el: ArticleQuiz): Promise<void> {
  await el.updateComplete;
  await Promise.all(questions(el).map(q => q.updateComplete));
  await el.updateComplete;
  const wanted = [el.state?.done && '[part="summary"]', el.printKey && el.state && '[part="answer-key"]'].filter(Boolean) as string[];
  for (let i = 0; i < 100 && wanted.some(w => !el.shadowRoot!.querySelector(w)); i++) {
    await new Promise(r => setTimeout(r, 20));
    await el.updateComplete;
  }
}

/** Picks choices by their text (click, as a reader does). */
export async function pick(el: ArticleQuiz, i: number, ...texts: string[]): Promise<void> {
  const q = question(el, i);
  for (const text of texts) {
    const label = [...q.shadowRoot!.querySelectorAll('label')].find(l => textOf(l).startsWith(text));
    if (!label) throw new Error(`no choice "${text}" in question ${i}`);
    label.querySelector('input')!.click();
  }
  await settle(el);
}

/** Types into a fill-in (as input events, as a reader does). */
export async function type(el: ArticleQuiz, i: number, text: string): Promise<void> {
  const input = inputs(question(el, i))[0]!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Presses the question's Check button. */
export async function checkQuestion(el: ArticleQuiz, i: number): Promise<void> {
  const b = button(question(el, i), 'Check');
  if (!b) throw new Error(`question ${i} has no Check button`);
  b.click();
  await settle(el);
}

export async function quizFor(set: unknown, attrs: { mode?: string; storage?: string; lang?: string } = {}): Promise<ArticleQuiz> {
  const el = await fixture<ArticleQuiz>(
    html`<article-quiz .questionSet=${set} mode=${attrs.mode ?? 'instant'} storage=${attrs.storage ?? 'none'} lang=${attrs.lang ?? 'en'}></article-quiz>`,
  );
  await settle(el);
  return el;
}

/** Three questions: single choice (right: Vienna), fill-in (Tunisia), multiple (a, b right of four). */
export const demoSet = (over: Record<string, unknown> = {}) => ({
  version: 1,
  id: 'demo',
  title: 'Demo quiz',
  settings: { passMark: 0.6 },
  questions: [
    {
      id: 'city',
      type: 'choice',
      prompt: 'Where did Kerry speak?',
      choices: [
        { id: 'a', text: 'Vienna' },
        { id: 'b', text: 'Tripoli' },
        { id: 'c', text: 'Geneva' },
      ],
      correct: ['a'],
      explanation: 'He spoke at a meeting in Vienna.',
      evidence: { text: 'At a meeting in Vienna, Kerry said the powers would help.' },
    },
    {
      id: 'from',
      type: 'fill-in',
      prompt: 'The government came by boat from ___ on March 31.',
      answers: ['Tunisia'],
      evidence: { text: 'Its leaders reached Tripoli by boat from Tunisia on March 31.' },
    },
    {
      id: 'aims',
      type: 'choice',
      multiple: true,
      prompt: 'What is the package for?',
      choices: [
        { id: 'a', text: 'Training' },
        { id: 'b', text: 'Slowing migration' },
        { id: 'c', text: 'Invasion' },
        { id: 'd', text: 'Oil sanctions' },
      ],
      correct: ['a', 'b'],
    },
  ],
  ...over,
});
