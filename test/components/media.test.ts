// Reduced motion, forced colours, dark mode and print: the rules exist and apply where they should.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { checkQuestion, demoSet, pick, question, quizFor } from './helpers.js';

/** The media rules in a shadow root's adopted style sheets, by condition. */
function mediaRules(root: ShadowRoot): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule) out.set(rule.conditionText.replace(/\s+/g, ''), (out.get(rule.conditionText) ?? '') + rule.cssText);
    }
  }
  return out;
}

describe('<article-quiz> media', () => {
  it('moves nothing unless motion is welcome, and has forced-colours and print rules', async () => {
    const el = await quizFor(demoSet());
    for (const root of [el.shadowRoot!, question(el, 0).shadowRoot!]) {
      const rules = mediaRules(root);
      // Animations and transitions only inside (prefers-reduced-motion: no-preference), if any.
      const sheets = root.adoptedStyleSheets.flatMap(s => [...s.cssRules]);
      const unguarded = sheets.filter(r => !(r instanceof CSSMediaRule && r.conditionText.includes('reduced-motion')));
      expect(unguarded.map(r => r.cssText).join()).to.not.match(/transition|animation/);
      expect(rules.get('print')).to.contain('display: none');
    }
    expect(mediaRules(question(el, 0).shadowRoot!).get('(forced-colors:active)')).to.contain('border-color');
  });

  it('uses dark colours when the page allows a dark scheme and the reader prefers it (where the browser can emulate it)', async function () {
    // Only Chromium's driver (CDP) can emulate media features here: Firefox over WebDriver BiDi and
    // WebKit over classic WebDriver cannot. The rules themselves are checked above in every browser.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const root = document.documentElement;
    try {
      const el = await quizFor(demoSet());
      await pick(el, 0, 'Tripoli');
      await checkQuestion(el, 0);
      const wrong = question(el, 0).shadowRoot!.querySelector('p.wrong')!;
      // A page that does not declare a dark scheme keeps the light colours, even for a dark preference.
      expect(getComputedStyle(wrong).color).to.equal('rgb(179, 38, 30)');
      root.style.colorScheme = 'light dark';
      expect(getComputedStyle(wrong).color).to.equal('rgb(255, 180, 171)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(wrong).color).to.equal('rgb(179, 38, 30)');
    } finally {
      root.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
