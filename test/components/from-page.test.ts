// <article-quiz for="story">: a quiz generated from an article on the page, in a worker or on the main
// thread, and "Show in the article" scrolling to the evidence and highlighting it without touching the
// article's DOM.
import { expect, oneEvent } from '@open-wc/testing';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import { readArticle } from '../../src/components/article-quiz/from-page.js';
import type { Question, QuestionSet } from '../../src/model/types.js';
import { harbourStory } from '../fixtures/harbour-story.js';
import { button, inputs, questions, settle, textOf } from './helpers.js';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

let story: HTMLElement;

function addStory(html = harbourStory, id = 'story'): HTMLElement {
  const el = document.createElement('article');
  el.id = id;
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

function addQuiz(attrs: Record<string, string>, parent: Node = document.body): ArticleQuiz {
  const el = document.createElement('article-quiz');
  for (const [k, v] of Object.entries({ storage: 'none', ...attrs })) el.setAttribute(k, v);
  parent.appendChild(el);
  return el;
}

async function ready(el: ArticleQuiz): Promise<QuestionSet> {
  const { detail } = await oneEvent(el, 'quiz-ready');
  await settle(el);
  return detail.questionSet;
}

/** Answers question i (anything) and checks it, so that its feedback shows the evidence. */
async function answerAndCheck(el: ArticleQuiz, i: number): Promise<void> {
  const q = questions(el)[i]!;
  const input = inputs(q)[0]!;
  if (input.type === 'text') {
    input.value = 'x';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else input.click();
  await settle(el);
  button(q, 'Check')!.click();
  await settle(el);
}

const highlighted = (): string | undefined => {
  const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('article-quiz');
  return h ? [...h].map(r => r.toString()).join('') : undefined;
};

describe('<article-quiz for>', () => {
  beforeEach(() => (story = addStory()));
  afterEach(() => {
    document.querySelectorAll('article, article-quiz').forEach(e => e.remove());
    (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.clear();
    getSelection()?.removeAllRanges();
  });

  it('reads the article as paragraphs, without the headline, caption, buttons or scripts', () => {
    story.insertAdjacentHTML('beforeend', '<script>var x = "not text";</script><p hidden>Hidden words.</p>');
    const page = readArticle(story);
    expect(page.title).to.equal('Harbour town opens flood barrier after six years of work');
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs[0]).to.equal(
      'The town of Port Elmswick opened its new flood barrier on Tuesday, six years after a storm surge flooded more than 400 homes along the river Tamar.',
    );
    expect(paragraphs.at(-1)).to.equal('Read more: Coastal towns prepare for winter storms');
    expect(paragraphs).to.have.length(6);
    for (const gone of ['Photo: Town council', 'Share this story', 'not text', 'Hidden words', 'Harbour town opens']) {
      expect(page.text).not.to.contain(gone);
    }
    // Every character of the text maps back to the same character in the DOM.
    const i = page.text.indexOf('9,000');
    expect(page.nodes[i]!.data[page.offsets[i]!]).to.equal('9');
  });

  it('shows a loading state, then a quiz generated in a worker from the article', async () => {
    const started: unknown[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(url);
      }
    };
    try {
      const before = story.innerHTML;
      const el = addQuiz({ for: 'story' });
      const set = ready(el);
      await el.updateComplete;
      expect(textOf(el.shadowRoot!)).to.equal('Loading the quiz…');
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
      const generated = await set;
      expect(started).to.have.length(1);
      expect(generated.source?.title).to.equal('Harbour town opens flood barrier after six years of work');
      expect(questions(el).length).to.be.within(4, 8);
      const text = collapse(story.textContent!);
      for (const q of generated.questions) expect(text).to.contain(q.evidence!.text);
      expect(story.innerHTML).to.equal(before);
    } finally {
      window.Worker = Original;
    }
  });

  it('generates on the main thread where there is no Worker', async () => {
    const Original = window.Worker;
    (window as { Worker?: unknown }).Worker = undefined;
    try {
      const el = addQuiz({ for: '#story', count: '3' });
      const set = await ready(el);
      expect(set.questions).to.have.length(3);
    } finally {
      window.Worker = Original;
    }
  });

  it('gives the same quiz for the same article and seed, and keys the saved progress to it', async () => {
    const a = await ready(addQuiz({ for: 'story', seed: '7' }));
    const b = await ready(addQuiz({ for: 'story', seed: '7' }));
    expect(b).to.deep.equal(a);
  });

  it('scrolls to the evidence and highlights it, leaving the article DOM as it was', async () => {
    story.style.marginTop = '3000px';
    const el = addQuiz({ for: 'story' });
    const set = await ready(el);
    const before = story.innerHTML;
    await answerAndCheck(el, 1);
    const q = set.questions.find(x => x.id === el.state!.order[1])!;
    const show = button(questions(el)[1]!, 'Show in the article')!;
    expect(show).to.exist;
    // The quiz is on screen and the article far above it.
    el.scrollIntoView();
    const sentence = () => [...story.querySelectorAll('p')].find(p => collapse(p.textContent!).includes(q.evidence!.text))!;
    const onScreen = () => {
      const r = sentence().getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    };
    expect(onScreen()).to.equal(false);
    show.click();
    for (let i = 0; i < 100 && !onScreen(); i++) await new Promise(r => setTimeout(r, 20));
    expect(onScreen()).to.equal(true);
    const shown = highlighted() ?? getSelection()!.toString();
    expect(collapse(shown)).to.equal(q.evidence!.text);
    expect(story.innerHTML).to.equal(before);
    window.scrollTo(0, 0);
  });

  it('selects the sentence where the Custom Highlight API is missing', async () => {
    const el = addQuiz({ for: 'story' });
    const set = await ready(el);
    await answerAndCheck(el, 0);
    const Highlight = (window as { Highlight?: unknown }).Highlight;
    (window as { Highlight?: unknown }).Highlight = undefined;
    try {
      button(questions(el)[0]!, 'Show in the article')!.click();
      const q = set.questions.find(x => x.id === el.state!.order[0])!;
      for (let i = 0; i < 50 && !getSelection()!.toString(); i++) await new Promise(r => setTimeout(r, 20));
      expect(collapse(getSelection()!.toString())).to.equal(q.evidence!.text);
    } finally {
      (window as { Highlight?: unknown }).Highlight = Highlight;
    }
  });

  it('with a prepared set, links each answer to its sentence in the article by its words', async () => {
    const set: QuestionSet = {
      version: 1,
      id: 'harbour',
      title: 'The barrier',
      questions: [
        {
          id: 'w',
          type: 'fill-in',
          prompt: 'Each gate weighs ___ tonnes.',
          answers: ['1,200'],
          // Not the offsets of the page's text, and the whitespace differs: found by its words.
          evidence: { text: 'Each gate weighs 1,200 tonnes and can   be closed in 30 minutes.', start: 5, end: 69 },
        } as Question,
      ],
    };
    const el = addQuiz({ for: 'story' });
    el.questionSet = set;
    await ready(el);
    await answerAndCheck(el, 0);
    button(questions(el)[0]!, 'Show in the article')!.click();
    for (let i = 0; i < 50 && !(highlighted() ?? getSelection()!.toString()); i++) await new Promise(r => setTimeout(r, 20));
    expect(collapse(highlighted() ?? getSelection()!.toString())).to.equal('Each gate weighs 1,200 tonnes and can be closed in 30 minutes.');
  });

  it('has no "Show in the article" without for', async () => {
    const el = addQuiz({ for: 'story' });
    const set = await ready(el);
    el.remove();
    const plain = addQuiz({});
    plain.questionSet = set;
    await ready(plain);
    await answerAndCheck(plain, 0);
    expect(textOf(questions(plain)[0]!.shadowRoot!)).to.contain('From the article:');
    expect(button(questions(plain)[0]!, 'Show in the article')).to.equal(undefined);
  });

  for (const [name, attrs, setup, message] of [
    ['an element that is not on the page', { for: 'nowhere' }, () => {}, 'no element on the page matches for="nowhere"'],
    ['a selector that is not valid', { for: '#[' }, () => {}, 'no element on the page matches for="#["'],
    ['an empty article', { for: 'empty' }, () => addStory('<p>  </p>', 'empty'), 'the article on the page has no text'],
    ['an article of page furniture only', { for: 'junk' }, () => addStory('<p>Follow us on Twitter @news</p><p>See the most-read stories >></p>', 'junk'), 'the article has no sentences to ask about'],
  ] as const) {
    it(`says why there is no quiz for ${name}, without breaking the page`, async () => {
      setup();
      const el = addQuiz(attrs);
      const { detail } = await oneEvent(el, 'quiz-error');
      await el.updateComplete;
      const shown = textOf(el.shadowRoot!);
      expect(shown).to.match(/^No quiz could be made from the article \(.+\)\.$/);
      expect(shown).to.contain(message);
      expect(detail.message).to.equal(shown);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });
  }
});
