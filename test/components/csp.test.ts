// The built runtime on a page with a strict Content Security Policy (no 'unsafe-inline' styles):
// every style must still apply, above all the rule that keeps the answer key off the screen.
import { expect, oneEvent } from '@open-wc/testing';

describe('<article-quiz> under a strict CSP', () => {
  it('keeps the answer key hidden on screen and styles the result view', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '400px';
    frame.src = '/test/fixtures/csp.html';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('article-quiz');
    const quiz = doc.querySelector('article-quiz') as HTMLElement & { submit(): void; updateComplete: Promise<boolean> };
    const find = async (selector: string) => {
      for (let i = 0; i < 150 && !quiz.shadowRoot?.querySelector(selector); i++) await new Promise(r => setTimeout(r, 20));
      return quiz.shadowRoot!.querySelector(selector) as HTMLElement;
    };
    const key = await find('[part="answer-key"]');
    expect(key, 'the answer key is rendered').to.exist;
    expect(win.getComputedStyle(key).display).to.equal('none');
    quiz.submit();
    const summary = await find('[part="summary"]');
    expect(win.getComputedStyle(summary).borderTopWidth).to.equal('2px');
    // Lit's own styles apply too: the quiz box has its border.
    expect(win.getComputedStyle(quiz.shadowRoot!.querySelector('[part="base"]')!).borderTopStyle).to.equal('solid');
    frame.remove();
  });
});
