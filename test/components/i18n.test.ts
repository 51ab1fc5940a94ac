// Strings from the message table: English, Spanish, Arabic (right to left), plurals, a site's own.
import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import { button, checkQuestion, demoSet, feedback, pick, question, settle, textOf } from './helpers.js';

async function quizIn(lang: string, messages?: object) {
  const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${demoSet()} .messages=${messages} lang=${lang} storage="none" mode="exam"></article-quiz>`);
  // A language other than English arrives in its own chunk.
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('quiz-choice'); i++) await new Promise(r => setTimeout(r, 20));
  await settle(el);
  return el;
}

const progress = (el: ArticleQuiz) => textOf(el.shadowRoot!.querySelector('[part="progress"]')!);

describe('<article-quiz> languages', () => {
  it('speaks Spanish for lang="es", and for a regional tag like es-MX', async () => {
    for (const lang of ['es', 'es-MX']) {
      const el = await quizIn(lang);
      expect(progress(el)).to.equal('0 de 3 respondidas');
      expect(button(el, 'Enviar respuestas')).to.exist;
      expect(textOf(el.shadowRoot!)).to.contain('Faltan 3 preguntas por responder.');
      expect(textOf(question(el, 0).shadowRoot!)).to.contain('Pregunta 1 de 3');
    }
  });

  it('lays Arabic out right to left, with Arabic plural forms', async () => {
    const el = await quizIn('ar');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(question(el, 0)).direction).to.equal('rtl');
    // "few" form for 3; the digits are the browser's choice for "ar" (Arabic-Indic or Latin).
    expect(textOf(el.shadowRoot!)).to.match(/بقيت [3٣] أسئلة دون إجابة\./);
    await pick(el, 0, 'Vienna');
    expect(textOf(el.shadowRoot!)).to.contain('بقي سؤالان دون إجابة.');
  });

  it('uses English plurals: 1 point, 0.5 points', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .questionSet=${demoSet()} storage="none"></article-quiz>`);
    await settle(el);
    await pick(el, 2, 'Training');
    await checkQuestion(el, 2);
    expect(feedback(question(el, 2))).to.contain('0.5 points');
    el.submit();
    await settle(el);
    expect(textOf(el.shadowRoot!.querySelector('[part="review"]')!)).to.contain('0 points');
    expect(textOf(el.shadowRoot!.querySelector('[part="review"]')!)).to.contain('0.5 points');
  });

  it('takes a site\'s own strings through the messages property, for another language', async () => {
    const french = {
      progress: '{answered} sur {total} répondues',
      submit: 'Envoyer',
      remaining: { one: '{n} question sans réponse.', other: '{n} questions sans réponse.' },
    };
    const el = await quizIn('fr', french);
    expect(progress(el)).to.equal('0 sur 3 répondues');
    expect(button(el, 'Envoyer')).to.exist;
    expect(textOf(el.shadowRoot!)).to.contain('3 questions sans réponse.');
    // Anything not given falls back to English.
    expect(textOf(question(el, 0).shadowRoot!)).to.contain('Question 1 of 3');
  });
});
