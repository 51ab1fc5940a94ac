// The built single-file runtime, as a page without a build step uses it: one module script tag,
// with languages and validation messages loaded from its chunks only when needed.
import { expect, oneEvent } from '@open-wc/testing';
import type { QuizErrorEvent } from '../../src/index.js';
import { harbourStory } from '../fixtures/harbour-story.js';

type Quiz = HTMLElement & { src: string; questionSet: unknown; updateComplete: Promise<boolean>; score?: { score: number } };

async function loadBundle() {
  if (customElements.get('article-quiz')) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/article-quiz.min.js';
  const loaded = oneEvent(script, 'load');
  document.head.append(script);
  await loaded;
  await customElements.whenDefined('article-quiz');
}

const questionEls = (el: Quiz) => [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('quiz-choice, quiz-fill-in')];

describe('dist/article-quiz.min.js', () => {
  before(loadBundle);

  it('registers the three elements and renders a quiz from src that a reader can answer', async () => {
    expect(customElements.get('quiz-choice')).to.be.a('function');
    expect(customElements.get('quiz-fill-in')).to.be.a('function');
    const el = document.createElement('article-quiz') as Quiz;
    const ready = oneEvent(el, 'quiz-ready');
    el.setAttribute('src', '/questions/libya-arms.json');
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await ready;
    await el.updateComplete;
    const qs = questionEls(el);
    expect(qs).to.have.length(8);
    await qs[0]!.updateComplete;
    (qs[0]!.shadowRoot!.querySelector('input[value="a"]') as HTMLInputElement).click();
    const answered = oneEvent(el, 'quiz-answer');
    (qs[0]!.shadowRoot!.querySelector('[part="check-button"]') as HTMLButtonElement).click();
    expect((await answered).detail).to.deep.include({ questionId: 'q1', correct: true });

    // The result view and the answer key come from their own chunk, loaded after the first render.
    const quiz = el as Quiz & { submit(): void; printKey: boolean };
    quiz.printKey = true;
    quiz.submit();
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="summary"]'); i++) await new Promise(r => setTimeout(r, 20));
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent!.replace(/\s+/g, ' ')).to.contain('You scored 1 out of 8 (13%).');
    expect(el.shadowRoot!.querySelector('[part="answer-key"] li')!.textContent).to.equal('Vienna');
    [...summary.querySelectorAll('button')].find(b => b.textContent!.trim() === 'Start again')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    el.remove();
  });

  it('loads the words for validation problems from their chunk when a set is invalid', async () => {
    const el = document.createElement('article-quiz') as Quiz;
    el.questionSet = { version: 1, id: 'x', title: 'T', questions: [] };
    const failed = oneEvent(el, 'quiz-error');
    document.body.append(el);
    const { detail } = (await failed) as QuizErrorEvent;
    expect(detail.problems).to.deep.equal([{ path: 'questions', message: 'a question set needs at least one question' }]);
    el.remove();
  });

  it('loads Spanish strings from their chunk for lang="es"', async () => {
    const el = document.createElement('article-quiz') as Quiz;
    el.setAttribute('lang', 'es');
    el.setAttribute('storage', 'none');
    const ready = oneEvent(el, 'quiz-ready');
    el.setAttribute('src', '/questions/libya-arms.json');
    document.body.append(el);
    await ready;
    for (let i = 0; i < 20 && !el.shadowRoot!.textContent!.includes('respondidas'); i++) await new Promise(r => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('[part="progress"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('0 de 8 respondidas');
    el.remove();
  });

  it('generates a quiz from the page with for, running dist/article-quiz-generate.min.js in a worker', async () => {
    const story = document.createElement('article');
    story.id = 'bundle-story';
    story.innerHTML = harbourStory;
    document.body.append(story);
    const urls: string[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        urls.push(String(url));
      }
    };
    try {
      const el = document.createElement('article-quiz') as Quiz;
      el.setAttribute('storage', 'none');
      el.setAttribute('for', 'bundle-story');
      const ready = oneEvent(el, 'quiz-ready');
      document.body.append(el);
      const { detail } = await ready;
      expect(urls).to.deep.equal([new URL('/dist/article-quiz-generate.min.js', location.href).href]);
      expect(detail.questionSet.questions.length).to.be.above(3);
      el.remove();
    } finally {
      window.Worker = Original;
      story.remove();
    }
  });
});
