// <quiz-editor>: an editor or teacher pastes an article, generates, fixes, adds, reorders and exports,
// with real clicks, input events and key presses, in every browser.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/quiz-editor.js';
import type { QuizEditor } from '../../src/define/quiz-editor.js';
import type { ArticleQuiz } from '../../src/define/article-quiz.js';
import type { QuestionSet } from '../../src/model/types.js';
import { harbourStory } from '../fixtures/harbour-story.js';
import { storySet, storyText } from '../fixtures/editor-story.js';
import { questions, settle, textOf } from './helpers.js';

const KEY = 'quiz-editor-test';
const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

const $ = <T extends Element = HTMLElement>(ed: QuizEditor, sel: string): T => {
  const el = ed.shadowRoot!.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel} in the editor`);
  return el;
};
const buttonNamed = (ed: QuizEditor, name: string): HTMLButtonElement => {
  const b = [...ed.shadowRoot!.querySelectorAll('button')].find(b => textOf(b) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};
const status = (ed: QuizEditor) => textOf($(ed, '[role="status"]'));
const prompts = (ed: QuizEditor) => ed.questionSet?.questions.map(q => q.prompt) ?? [];

async function editor(): Promise<QuizEditor> {
  const ed = await fixture<QuizEditor>(html`<quiz-editor storage-key=${KEY}></quiz-editor>`);
  await ed.updateComplete;
  return ed;
}

/** Types into a field the way the browser reports typing: the value, then an input event. */
async function typeInto(ed: QuizEditor, sel: string, value: string): Promise<void> {
  const el = $<HTMLInputElement | HTMLTextAreaElement>(ed, sel);
  el.focus();
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await ed.updateComplete;
}

async function click(ed: QuizEditor, target: string | HTMLElement): Promise<void> {
  (typeof target === 'string' ? $(ed, target) : target).click();
  await ed.updateComplete;
}

/** Opens a set through the paste box, as a user does. */
async function open(ed: QuizEditor, text: string): Promise<void> {
  $<HTMLDetailsElement>(ed, 'details').open = true;
  $<HTMLTextAreaElement>(ed, '#paste').value = text;
  await click(ed, '#open');
}

async function withStory(set: unknown = storySet()): Promise<QuizEditor> {
  const ed = await editor();
  await typeInto(ed, '#article', storyText);
  await open(ed, JSON.stringify(set));
  return ed;
}

async function generate(ed: QuizEditor): Promise<void> {
  const changed = oneEvent(ed, 'quiz-editor-change');
  await click(ed, '#generate');
  expect($(ed, 'section[aria-labelledby="questions-h"]').getAttribute('aria-busy')).to.equal('true');
  await changed;
  await ed.updateComplete;
}

/** Ctrl (+ Shift) + a key, as real key presses. */
async function chord(key: string, shift = false): Promise<void> {
  if (webkit) {
    // WebDriver: modifier code points stay down until the sequence ends.
    await sendKeys({ press: `\uE009${shift ? '\uE008' : ''}${key}` });
    return;
  }
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: shift ? key.toUpperCase() : key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

const preview = (ed: QuizEditor) => ed.shadowRoot!.querySelector<ArticleQuiz>('.preview article-quiz');

describe('<quiz-editor>', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('paste → generate → edit → delete → add from a sentence → GIFT out and in again gives the same questions', async function () {
    this.timeout(40000);
    const ed = await editor();
    await expect(ed).to.be.accessible();
    await typeInto(ed, '#article', storyText);
    await generate(ed);
    const made = ed.questionSet!;
    expect(made.questions.length).to.be.greaterThan(1);
    expect(status(ed)).to.match(/^Made \d+ questions? from the article\.$/);
    expect($(ed, 'section[aria-labelledby="questions-h"]').getAttribute('aria-busy')).to.equal('false');
    // Every question's sentence is marked in the article.
    expect(ed.shadowRoot!.querySelectorAll('mark').length).to.be.greaterThan(0);
    await expect(ed).to.be.accessible();

    // Edit the first prompt: the set and the preview follow.
    const prompt = made.questions[0]!.type === 'fill-in' ? 'Edited: the river was the ___ one.' : 'Edited: which one is right?';
    await typeInto(ed, '#f-q0-prompt', prompt);
    expect(ed.questionSet!.questions[0]!.prompt).to.equal(prompt);
    await settle(preview(ed)!);
    expect(textOf(questions(preview(ed)!)[0]!.shadowRoot!)).to.contain(prompt.replace('___ ', ''));

    // Delete the second question.
    const second = ed.questionSet!.questions[1]!;
    await click(ed, '#q1-delete');
    expect(ed.questionSet!.questions.length).to.equal(made.questions.length - 1);
    expect(ed.questionSet!.questions).not.to.include(second);
    expect(status(ed)).to.equal('Deleted question 2. Undo brings it back.');

    // Add one from a sentence: select a word in it, and it becomes the blank.
    const area = $<HTMLTextAreaElement>(ed, '#article');
    area.focus();
    const at = storyText.indexOf('Hollandia');
    area.setSelectionRange(at, at + 'Hollandia'.length);
    await click(ed, buttonNamed(ed, 'Add a question from the selected sentence'));
    const added = ed.questionSet!.questions.at(-1)!;
    expect(added).to.deep.include({
      type: 'fill-in',
      prompt: 'Engineers from the Dutch firm ___ and the U.S. company Arcway built its two steel gates.',
      answers: ['Hollandia'],
    });
    expect(added.evidence!.text).to.equal('Engineers from the Dutch firm Hollandia and the U.S. company Arcway built its two steel gates.');
    expect(ed.shadowRoot!.activeElement?.id).to.equal(`f-q${ed.questionSet!.questions.length - 1}-prompt`);
    expect(ed.problems).to.deep.equal([]);

    // Export GIFT, start over, open the GIFT: the same questions.
    const before = ed.questionSet!;
    const exported = oneEvent(ed, 'quiz-export');
    ed.addEventListener('quiz-export', e => e.preventDefault(), { once: true });
    await click(ed, '#export-gift');
    const { detail } = await exported;
    expect(detail.format).to.equal('gift');
    expect(detail.filename).to.match(/\.gift\.txt$/);
    await click(ed, '#start-over');
    expect(ed.shadowRoot!.activeElement?.id).to.equal('keep-working');
    await click(ed, buttonNamed(ed, 'Yes, start over'));
    expect(ed.questionSet).to.equal(undefined);
    await open(ed, detail.content as string);
    expect(ed.questionSet!.questions).to.deep.equal(before.questions);
    expect(ed.questionSet!.title).to.equal(before.title);
    await expect(ed).to.be.accessible();
  });

  it('undoes and redoes with the buttons and with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; typing in one field is one step', async () => {
    const ed = await withStory();
    const original = ed.questionSet!;
    await typeInto(ed, '#f-q0-prompt', 'The river is the ___');
    await typeInto(ed, '#f-q0-prompt', 'The river is the ___.');
    await typeInto(ed, '#f-q1-prompt', 'How many residents?');
    expect(prompts(ed).slice(0, 2)).to.deep.equal(['The river is the ___.', 'How many residents?']);
    $(ed, '#f-q1-prompt').focus();
    await chord('z');
    await ed.updateComplete;
    expect(prompts(ed).slice(0, 2)).to.deep.equal(['The river is the ___.', original.questions[1]!.prompt]);
    expect($<HTMLTextAreaElement>(ed, '#f-q1-prompt').value).to.equal(original.questions[1]!.prompt);
    await chord('z');
    await ed.updateComplete;
    expect(ed.questionSet).to.equal(original);
    await chord('z', true);
    await ed.updateComplete;
    expect(prompts(ed)[0]).to.equal('The river is the ___.');
    await chord('y');
    await ed.updateComplete;
    expect(prompts(ed)[1]).to.equal('How many residents?');
    await click(ed, buttonNamed(ed, 'Undo'));
    await click(ed, buttonNamed(ed, 'Undo'));
    expect(ed.questionSet).to.equal(original);
    await click(ed, buttonNamed(ed, 'Redo'));
    expect(prompts(ed)[0]).to.equal('The river is the ___.');
  });

  it('reorders with the keyboard: Move down and Move up keep focus on the moved question', async () => {
    const ed = await withStory();
    $(ed, '#q0-down').focus();
    await sendKeys({ press: 'Enter' });
    await ed.updateComplete;
    expect(ed.questionSet!.questions.map(q => q.id)).to.deep.equal(['q2', 'q1', 'q3']);
    expect(ed.shadowRoot!.activeElement?.id).to.equal('q1-down');
    expect(status(ed)).to.equal('Question 1 is now question 2.');
    await sendKeys({ press: 'Enter' });
    await ed.updateComplete;
    expect(ed.questionSet!.questions.map(q => q.id)).to.deep.equal(['q2', 'q3', 'q1']);
    // At the end Move down is disabled, so focus went to Move up.
    expect(ed.shadowRoot!.activeElement?.id).to.equal('q2-up');
    await sendKeys({ press: 'Enter' });
    await ed.updateComplete;
    expect(ed.questionSet!.questions.map(q => q.id)).to.deep.equal(['q2', 'q1', 'q3']);
  });

  it('shows each problem next to its field, with aria-invalid and aria-describedby', async () => {
    const ed = await withStory();
    await typeInto(ed, '#f-q0-prompt', '');
    const field = $(ed, '#f-q0-prompt');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field.getAttribute('aria-describedby')!;
    expect(described).to.equal('e-q0-prompt');
    expect(textOf($(ed, `#${described}`))).to.equal('must not be empty');
    expect(preview(ed)).to.equal(null);
    expect(textOf($(ed, '#problem-count'))).to.contain('1 problem');
    // A choice's text, and the blank a fill-in needs.
    await typeInto(ed, '#f-q1-choice1', '4,500');
    expect($(ed, '#f-q1-choice1').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(ed, '#e-q1-choice1'))).to.not.equal('');
    await typeInto(ed, '#f-q0-prompt', 'No blank here.');
    expect(textOf($(ed, '#e-q0-prompt'))).to.match(/blank/i);
    // Exports wait until the problems are fixed.
    let exported = false;
    ed.addEventListener('quiz-export', () => (exported = true));
    await click(ed, '#export-json');
    expect(exported).to.equal(false);
    expect(status(ed)).to.equal('Fix the 2 problems first.');
    await expect(ed).to.be.accessible();
    // Fixed: the marks go.
    await typeInto(ed, '#f-q1-choice1', '9,000');
    await typeInto(ed, '#f-q0-prompt', 'Along the river ___.');
    expect(ed.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).to.equal(0);
    expect(ed.problems).to.deep.equal([]);
  });

  it('turns a one-answer choice into a fill-in and says when its prompt has no blank', async () => {
    const ed = await withStory();
    await click(ed, '#q2-type');
    const q = ed.questionSet!.questions[2]!;
    expect(q).to.deep.include({ type: 'fill-in', prompt: 'Which firm built the gates?', answers: ['Hollandia'] });
    expect(textOf($(ed, '#e-q2-prompt'))).to.match(/blank/i);
    await typeInto(ed, '#f-q2-prompt', 'The gates were built by ___.');
    expect(ed.problems).to.deep.equal([]);
    await click(ed, '#q2-type');
    expect(ed.questionSet!.questions[2]!.type).to.equal('choice');
  });

  it('keeps the work in localStorage and restores it in a new editor, undo included', async () => {
    const first = await withStory();
    await typeInto(first, '#f-q0-prompt', 'Saved prompt ___.');
    const set = first.questionSet;
    first.remove();
    const again = await editor();
    expect(again.questionSet).to.deep.equal(set);
    expect($<HTMLTextAreaElement>(again, '#article').value).to.equal(storyText);
    expect(status(again)).to.equal('Your work from last time is back.');
    await click(again, buttonNamed(again, 'Undo'));
    expect(prompts(again)[0]).to.equal(storySet().questions[0]!.prompt);
    await expect(again).to.be.accessible();
  });

  it('renders hostile strings as text: nothing runs, from JSON, an article or an HTML file', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const set = storySet();
    set.title = evil;
    set.questions[0]!.prompt = `${evil} ___`;
    set.questions[0]!.answers = [evil];
    set.questions[1]!.choices![0]!.text = evil;
    set.questions[2]!.explanation = evil;
    const ed = await editor();
    await typeInto(ed, '#article', `${evil}\n\n${storyText}`);
    await open(ed, JSON.stringify(set));
    expect(ed.problems).to.deep.equal([]);
    await settle(preview(ed)!);
    await new Promise(r => setTimeout(r, 100));
    expect(w.__pwned).to.equal(undefined);
    expect(ed.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(preview(ed)!.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(textOf($(ed, '.reading'))).to.contain(evil);
    expect($<HTMLInputElement>(ed, '#f-title').value).to.equal(evil);
    expect($<HTMLTextAreaElement>(ed, '#embed').value).to.not.contain('<script>window');

    // An HTML file: read as text, its scripts never run.
    const file = new File([`<html><body><main><script>window.__pwned=3</script>${harbourStory}<img src=x onerror="window.__pwned=4"></main></body></html>`], 'story.html', { type: 'text/html' });
    const input = $<HTMLInputElement>(ed, '#html-file');
    const data = new DataTransfer();
    data.items.add(file);
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 50 && !status(ed).startsWith('Read'); i++) await new Promise(r => setTimeout(r, 20));
    await ed.updateComplete;
    expect(status(ed)).to.equal('Read the article from story.html.');
    const article = $<HTMLTextAreaElement>(ed, '#article').value;
    expect(article.startsWith('Harbour town opens flood barrier after six years of work\n\nThe town of Port Elmswick')).to.equal(true);
    expect(article).to.contain('\n\nMayor Helen Achterberg');
    expect(article).not.to.contain('Share this story');
    expect(article).not.to.contain('__pwned');
    await new Promise(r => setTimeout(r, 100));
    expect(w.__pwned).to.equal(undefined);
  });

  it('a bad import (GIFT, JSON, an invalid set) says where, and leaves the questions as they were', async () => {
    const ed = await withStory();
    const set = ed.questionSet;
    await typeInto(ed, '#f-q0-prompt', 'Edited before the import ___.');
    const edited = ed.questionSet;
    expect(edited).to.not.equal(set);
    await open(ed, '::q1:: What is it? {=right ~wrong\n\n::q2:: Broken {');
    expect(ed.questionSet).to.equal(edited);
    expect(status(ed)).to.equal('Not opened: the pasted text is not a question set this editor can read. Your questions are unchanged.');
    const paste = $(ed, '#paste');
    expect(paste.getAttribute('aria-invalid')).to.equal('true');
    expect(paste.getAttribute('aria-describedby')).to.equal('open-problems');
    expect(textOf($(ed, '#open-problems'))).to.match(/line \d/);
    expect(ed.shadowRoot!.activeElement).to.equal(paste);
    await expect(ed).to.be.accessible();

    await open(ed, '{"version": 1, "questions": [');
    expect(ed.questionSet).to.equal(edited);
    expect(textOf($(ed, '#open-problems'))).to.contain('not valid JSON');

    await open(ed, JSON.stringify({ ...storySet(), questions: [{ ...storySet().questions[1], correct: ['z'] }] }));
    expect(ed.questionSet).to.equal(edited);
    expect(textOf($(ed, '#open-problems'))).to.contain('questions[0].correct[0]');

    // An empty article cannot be generated from: said at the article.
    await typeInto(ed, '#article', '   ');
    await click(ed, '#generate');
    expect($(ed, '#article').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(ed, '#article-error'))).to.equal('The article is empty: paste or type its text first.');
    expect(ed.questionSet).to.equal(edited);
  });

  it('takes a 1 MB article: generates from it without losing the questions already there', async function () {
    this.timeout(60000);
    const ed = await editor();
    let big = '';
    for (let i = 0; big.length < 1024 * 1024; i++) big += `${storyText.replace(/Port Elmswick/g, `Port Elmswick ${i % 7}`)}\n\n`;
    await typeInto(ed, '#article', big);
    await generate(ed);
    expect(ed.questionSet!.questions.length).to.be.greaterThan(0);
    expect($<HTMLTextAreaElement>(ed, '#article').value.length).to.equal(big.length);
  });

  it('makes another question from a sentence, and undo brings the first back', async function () {
    this.timeout(40000);
    const ed = await withStory();
    const before = ed.questionSet!.questions[1]!;
    const changed = oneEvent(ed, 'quiz-editor-change');
    await click(ed, '#q1-another');
    await changed;
    await ed.updateComplete;
    const after = ed.questionSet!.questions[1]!;
    expect(JSON.stringify(after)).to.not.equal(JSON.stringify(before));
    expect(after.id).to.equal('q2');
    expect(after.evidence!.text).to.equal(before.evidence!.text);
    expect(status(ed)).to.equal('Question 2 was replaced by another question from its sentence.');
    await click(ed, buttonNamed(ed, 'Undo'));
    expect(ed.questionSet!.questions[1]).to.equal(before);
  });

  it('shows a question’s sentence in the article; prints the worksheet and the answer key', async () => {
    const ed = await withStory();
    await click(ed, ed.shadowRoot!.querySelectorAll('li[part="question"]')[2]!.querySelector<HTMLButtonElement>('button:nth-of-type(4)')!);
    const current = $(ed, 'mark.current');
    expect(textOf(current)).to.equal('Engineers from the Dutch firm Hollandia and the U.S. company Arcway built its two steel gates.');

    const original = window.print;
    const seen: { printing: boolean; key: boolean; answerKey: boolean }[] = [];
    window.print = () => {
      const quiz = ed.shadowRoot!.querySelector<ArticleQuiz>('.print-area article-quiz');
      seen.push({
        printing: ed.hasAttribute('printing'),
        key: !!quiz?.printKey,
        answerKey: !!quiz?.shadowRoot?.querySelector('[part="answer-key"]'),
      });
      dispatchEvent(new Event('afterprint'));
    };
    try {
      await click(ed, buttonNamed(ed, 'Print worksheet'));
      for (let i = 0; i < 50 && !seen.length; i++) await new Promise(r => setTimeout(r, 20));
      await click(ed, buttonNamed(ed, 'Print with answer key'));
      for (let i = 0; i < 200 && seen.length < 2; i++) await new Promise(r => setTimeout(r, 20));
    } finally {
      window.print = original;
    }
    expect(seen).to.deep.equal([
      { printing: true, key: false, answerKey: false },
      { printing: true, key: true, answerKey: true },
    ]);
    await ed.updateComplete;
    expect(ed.hasAttribute('printing')).to.equal(false);
  });

  it('exports JSON and a QTI zip, and shows the embed snippet', async () => {
    const ed = await withStory();
    const got: { format: string; filename: string; content: string | Uint8Array }[] = [];
    ed.addEventListener('quiz-export', e => {
      e.preventDefault();
      got.push(e.detail);
    });
    await click(ed, '#export-json');
    await click(ed, '#export-qti');
    expect(got.map(g => [g.format, g.filename])).to.deep.equal([
      ['json', 'quiz-the-harbour-barrier.json'],
      ['qti', 'quiz-the-harbour-barrier-qti.zip'],
    ]);
    expect(JSON.parse(got[0]!.content as string)).to.deep.equal(ed.questionSet as QuestionSet);
    expect([...(got[1]!.content as Uint8Array).slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
    const embed = $<HTMLTextAreaElement>(ed, '#embed');
    expect(embed.readOnly).to.equal(true);
    expect(embed.value).to.contain('<article-quiz>');
    expect(embed.value).to.contain('Quiz: the harbour barrier');
  });
});
