// The built single-file runtime, as a page without a build step uses it.
import { expect, oneEvent } from '@open-wc/testing';

describe('dist/article-quiz.min.js', () => {
  it('registers <article-quiz> from one module script and renders a quiz', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/article-quiz.min.js';
    const loaded = oneEvent(script, 'load');
    document.head.append(script);
    await loaded;
    await customElements.whenDefined('article-quiz');
    const el = document.createElement('article-quiz') as HTMLElement & { src: string };
    const ready = oneEvent(el, 'quiz-ready');
    el.setAttribute('src', '/questions/libya-arms.json');
    document.body.append(el);
    await ready;
    expect(el.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(8);
    el.remove();
  });
});
