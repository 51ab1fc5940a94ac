import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/article-quiz.js';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import type { QuizErrorEvent, QuizReadyEvent } from '../../src/index.js';
import { choice, set } from '../model/cases.js';
import { inputs, questions, settle } from './helpers.js';

const shadow = (el: ArticleQuiz) => el.shadowRoot!;
const text = (el: ArticleQuiz) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();

describe('<article-quiz> loading a question set', () => {
  it('fetches src, renders every question, and fires quiz-ready', async () => {
    const el = document.createElement('article-quiz');
    const ready = oneEvent(el, 'quiz-ready');
    el.src = '/questions/libya-arms.json';
    document.body.append(el);
    const event = (await ready) as QuizReadyEvent;
    await settle(el);
    expect(event.detail.questionSet.id).to.equal('libya-unity-government-arms');
    expect(event.detail.restored).to.equal(false);
    expect(questions(el)).to.have.length(8);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal("World powers back arms for Libya's unity government");
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('loads again when moved in the page while its src was loading', async () => {
    const el = document.createElement('article-quiz');
    el.storage = 'none';
    el.src = '/questions/libya-arms.json';
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    first.append(el);
    await el.updateComplete;
    const ready = oneEvent(el, 'quiz-ready');
    second.append(el);
    await ready;
    await settle(el);
    expect(questions(el)).to.have.length(8);
    first.remove();
    second.remove();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz>
      <script type="application/json">
        ${JSON.stringify(set())}
      </script>
    </article-quiz>`);
    expect(el.state!.order).to.deep.equal(['q1', 'q2']);
    expect(questions(el)).to.have.length(2);
  });

  it('takes a questionSet property over src', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${set({ title: 'Given' })} src="/nope.json" storage="none"></article-quiz>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Given');
  });

  it('renders choices as a labelled radio group and checkboxes for multiple answers', async () => {
    const qs = set({}, [choice(), choice({ id: 'm', multiple: true, correct: ['a', 'b'] })]);
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${qs} storage="none"></article-quiz>`);
    await settle(el);
    const [single, multi] = questions(el).map(q => q.shadowRoot!.querySelector('fieldset'));
    expect(single!.querySelector('legend')!.textContent).to.contain('Where did Kerry speak?');
    expect(single!.querySelectorAll('input[type="radio"]')).to.have.length(4);
    expect(multi!.querySelectorAll('input[type="checkbox"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('gives the fill-in blank an accessible name with the sentence around it', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${set()} storage="none"></article-quiz>`);
    await settle(el);
    const input = inputs(questions(el)[1]!)[0]!;
    expect(input.getAttribute('aria-label')).to.equal('The government came by boat from blank.');
    expect(input.getAttribute('aria-describedby')).to.be.a('string');
    expect(questions(el)[1]!.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)).to.exist;
  });
});

describe('<article-quiz> with bad input', () => {
  async function expectError(el: ArticleQuiz, message: string) {
    const event = (await oneEvent(el, 'quiz-error')) as QuizErrorEvent;
    await el.updateComplete;
    expect(event.detail.message).to.equal(message);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent!.trim()).to.equal(message);
    await expect(el).to.be.accessible();
    return event;
  }

  it('shows a message and fires quiz-error when src is 404', async () => {
    const el = document.createElement('article-quiz');
    el.src = '/questions/does-not-exist.json';
    const done = expectError(el, 'The quiz could not be loaded (HTTP 404).');
    document.body.append(el);
    await done;
    el.remove();
  });

  it('shows a message and fires quiz-error when src takes longer than its timeout', async () => {
    const el = document.createElement('article-quiz');
    el.timeout = 200;
    el.src = '/__test/slow';
    const done = expectError(el, 'The quiz could not be loaded (time-out).');
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).textContent!.trim()).to.equal('Loading the quiz…');
    await done;
    el.remove();
  });

  it('shows a message for malformed JSON, with the problem in the event', async () => {
    const el = document.createElement('article-quiz');
    el.innerHTML = '<script type="application/json">{"version": 1,</script>';
    const done = expectError(el, 'The quiz could not be read: its JSON is malformed.');
    document.body.append(el);
    const event = await done;
    expect(event.detail.problems[0]!.message).to.match(/^not valid JSON/);
    el.remove();
  });

  it('shows a message for an invalid set, lists its problems in the event and logs them once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = document.createElement('article-quiz');
      const done = expectError(el, 'This quiz cannot be shown: its question set is invalid.');
      el.questionSet = set({ title: '' }, []);
      document.body.append(el);
      const event = await done;
      expect(event.detail.problems.map(p => `${p.path}: ${p.message}`)).to.deep.equal([
        'title: must not be empty',
        'questions: a question set needs at least one question',
      ]);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.equal(
        '<article-quiz>: its question set has 2 problem(s):\n  title: must not be empty\n  questions: a question set needs at least one question',
      );
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('recovers when a valid set replaces an invalid one', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${{ version: 1 }}></article-quiz>`);
    expect(shadow(el).querySelector('[role="alert"]')).to.exist;
    el.questionSet = set();
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')).to.not.exist;
    expect(questions(el)).to.have.length(2);
  });

  it('renders hostile text as text: no script runs, no element is injected', async () => {
    const w = window as unknown as { __pwned?: number };
    w.__pwned = 0;
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const qs = set({ title: evil }, [
      {
        id: 'q1',
        type: 'choice',
        prompt: `${evil} javascript:alert(1) ${'مرحبا 👋🏽 '.repeat(20)}`,
        choices: [
          { id: 'a', text: evil, feedback: evil },
          { id: 'b', text: 'x'.repeat(2000) },
        ],
        correct: ['a'],
        explanation: evil,
        evidence: { text: evil },
      },
      { id: 'q2', type: 'fill-in', prompt: `${evil} ___ <b>bold</b>`, answers: [evil] },
    ]);
    const el = await fixture<ArticleQuiz>(html`<div style="width: 320px"><article-quiz .questionSet=${qs} storage="none"></article-quiz></div>`);
    const quiz = el.querySelector('article-quiz') as ArticleQuiz;
    await settle(quiz);
    // Marked, so that the explanation, the evidence and the choice feedback are shown too.
    const first = questions(quiz)[0]!;
    first.shadowRoot!.querySelector<HTMLInputElement>('input[value="a"]')!.click();
    await settle(quiz);
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
    await settle(quiz);
    expect(first.shadowRoot!.querySelector('[part~="feedback"]')!.textContent).to.contain('<img src=x');
    await aTimeout(50);
    expect(w.__pwned).to.equal(0);
    const roots = [shadow(quiz), ...questions(quiz).map(q => q.shadowRoot!)];
    for (const root of roots) expect(root.querySelector('img, script:not([type]), b')).to.equal(null);
    expect(text(quiz)).to.contain('<img src=x');
    expect(roots.map(r => r.textContent).join()).to.contain('<script>window.__pwned=2</script>');
    // The layout holds: nothing wider than the 320 px column.
    expect(quiz.getBoundingClientRect().width).to.be.at.most(320);
    for (const root of roots) {
      for (const box of root.querySelectorAll('[part="base"], h2, legend, label, p')) {
        expect(box.scrollWidth, `${box.tagName} overflows`).to.be.at.most(box.clientWidth + 1);
      }
    }
  });

  it('shows an empty state, not an error, when it has nothing to load', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz></article-quiz>`);
    expect(text(el)).to.equal('No quiz to show.');
    await expect(el).to.be.accessible();
  });
});
