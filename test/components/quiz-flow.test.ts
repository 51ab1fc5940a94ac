import { expect, oneEvent } from '@open-wc/testing';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizResetEvent } from '../../src/index.js';
import { button, checkQuestion, demoSet, feedback, inputs, pick, question, quizFor, settle, textOf, type } from './helpers.js';

describe('<article-quiz> instant mode', () => {
  it('marks a right choice, says so in words, shows the evidence, locks the question and fires quiz-answer', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Vienna');
    const answered = oneEvent(el, 'quiz-answer');
    await checkQuestion(el, 0);
    const { detail } = (await answered) as QuizAnswerEvent;
    expect(detail).to.deep.equal({ questionId: 'city', response: ['a'], correct: true, points: 1, max: 1, close: false, attempt: 1 });
    expect(feedback(question(el, 0))).to.equal(
      '✓ Correct. He spoke at a meeting in Vienna. From the article:At a meeting in Vienna, Kerry said the powers would help.',
    );
    const region = question(el, 0).shadowRoot!.querySelector('[part~="feedback"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const [vienna, tripoli] = inputs(question(el, 0));
    expect(vienna!.checked).to.equal(true);
    expect(tripoli!.disabled).to.equal(true);
    expect(button(question(el, 0), 'Check')).to.equal(undefined);
    expect(textOf(el.shadowRoot!.querySelector('[part="progress"]')!)).to.equal('1 of 3 answered');
  });

  it('marks a wrong choice with the right answer shown, by mark and words, not colour alone', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    expect(feedback(question(el, 0))).to.contain('✗ Not quite. The answer is: Vienna.');
    const parts = [...question(el, 0).shadowRoot!.querySelectorAll('[part~="choice"]')].map(l => l.getAttribute('part'));
    expect(parts).to.deep.equal(['choice correct', 'choice picked incorrect', 'choice']);
    expect(textOf(question(el, 0).shadowRoot!.querySelector('[part~="incorrect"]')!)).to.equal('Tripoli ✗ Not quite.');
  });

  it('forgives case and punctuation in a fill-in, checks on Enter, and marks a wrong one aria-invalid', async () => {
    const el = await quizFor(demoSet());
    await type(el, 1, '  tunisia. ');
    inputs(question(el, 1))[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(feedback(question(el, 1))).to.match(/^✓ Correct\./);
    expect(inputs(question(el, 1))[0]!.getAttribute('aria-invalid')).to.equal('false');
    expect(inputs(question(el, 1))[0]!.readOnly).to.equal(true);

    const again = await quizFor(demoSet());
    await type(again, 1, 'Libya');
    await checkQuestion(again, 1);
    expect(inputs(question(again, 1))[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(feedback(question(again, 1))).to.contain('The answer is: Tunisia.');
  });

  it('says when a close spelling was accepted', async () => {
    const el = await quizFor(demoSet());
    await type(el, 1, 'Tunsia');
    await checkQuestion(el, 1);
    expect(feedback(question(el, 1))).to.contain('Accepted as a close spelling of “Tunisia”.');
  });

  it('gives partial credit on a multiple-answer question and says so', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 2, 'Training');
    await checkQuestion(el, 2);
    expect(feedback(question(el, 2))).to.contain('✗ Partly right. 0.5 points');
    expect(feedback(question(el, 2))).to.contain('The right answers are: Training, Slowing migration.');
  });

  it('does nothing on Check with no answer', async () => {
    const el = await quizFor(demoSet());
    await checkQuestion(el, 0);
    expect(feedback(question(el, 0))).to.equal('');
    expect(el.state!.questions['city']!.checked).to.equal(false);
  });

  it('completes when every question is marked: fires quiz-complete, shows and focuses the summary, announces the score', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Vienna');
    await checkQuestion(el, 0);
    await type(el, 1, 'Tunisia');
    await checkQuestion(el, 1);
    await pick(el, 2, 'Invasion');
    const completed = oneEvent(el, 'quiz-complete');
    await checkQuestion(el, 2);
    const { detail } = (await completed) as QuizCompleteEvent;
    await settle(el);
    expect(detail).to.deep.include({ score: 2, max: 3, passed: true });
    expect(detail.percent).to.be.closeTo(2 / 3, 1e-9);
    expect(detail.results.map((r: { id: string; correct: boolean; points: number }) => [r.id, r.correct, r.points])).to.deep.equal([
      ['city', true, 1],
      ['from', true, 1],
      ['aims', false, 0],
    ]);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    expect(textOf(summary)).to.contain('You scored 2 out of 3 (67%).');
    expect(textOf(summary)).to.contain('✓ Passed: the pass mark is 60%.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('summary-title');
    expect(textOf(el.shadowRoot!.querySelector('.sr[role="status"]')!)).to.equal('You scored 2 out of 3 (67%).');
    expect(el.score).to.deep.include({ score: 2, max: 3 });
  });
});

describe('<article-quiz> exam mode', () => {
  it('shows no marks until submit, then marks everything and shows the result', async () => {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    expect(button(question(el, 0), 'Check')).to.equal(undefined);
    await pick(el, 0, 'Tripoli');
    await pick(el, 0, 'Vienna');
    expect(feedback(question(el, 0))).to.equal('');
    expect(textOf(el.shadowRoot!)).to.contain('2 questions are not answered yet.');
    const completed = oneEvent(el, 'quiz-complete');
    button(el, 'Submit answers')!.click();
    const { detail } = (await completed) as QuizCompleteEvent;
    await settle(el);
    expect(detail).to.deep.include({ score: 1, max: 3, passed: false });
    expect(feedback(question(el, 0))).to.match(/^✓ Correct\./);
    expect(feedback(question(el, 1))).to.contain('✗ Not answered. The answer is: Tunisia.');
    const summary = textOf(el.shadowRoot!.querySelector('[part="summary"]')!);
    expect(summary).to.contain('✗ Not passed yet: the pass mark is 60%.');
    expect(summary).to.contain('Question 2 of 3: Not answered 0 points');
  });

  it('ignores a pass-mark that is not a share from 0 to 1', async () => {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    el.passMark = 75;
    await settle(el);
    el.submit();
    await settle(el);
    expect(textOf(el.shadowRoot!.querySelector('[part="summary"]')!)).to.contain('the pass mark is 60%');
  });

  it('takes the pass mark from the pass-mark attribute over the set', async () => {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    el.passMark = 0.3;
    await settle(el);
    await pick(el, 0, 'Vienna');
    el.submit();
    await settle(el);
    expect(el.score!.passed).to.equal(true);
    expect(textOf(el.shadowRoot!.querySelector('[part="summary"]')!)).to.contain('the pass mark is 30%');
  });
});

describe('<article-quiz> practice mode', () => {
  it('lets a wrong answer be tried again without showing the key, and reveals it only when asked', async () => {
    const el = await quizFor(demoSet(), { mode: 'practice' });
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    expect(feedback(question(el, 0))).to.equal('✗ Not quite. Try again.');
    expect(feedback(question(el, 0))).to.not.contain('Vienna');
    await pick(el, 0, 'Geneva');
    expect(feedback(question(el, 0))).to.equal('');
    await checkQuestion(el, 0);
    button(question(el, 0), 'Show the answer')!.click();
    await settle(el);
    expect(feedback(question(el, 0))).to.contain('The answer is: Vienna.');
    expect(el.state!.questions['city']).to.deep.include({ revealed: true, attempts: 2 });
  });
});

describe('<article-quiz> practice mode, to the end', () => {
  it('locks every question once the quiz is submitted, with no "Try again" left behind', async () => {
    const el = await quizFor(demoSet(), { mode: 'practice' });
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    expect(feedback(question(el, 0))).to.contain('Try again.');
    el.submit();
    await settle(el);
    expect(feedback(question(el, 0))).to.not.contain('Try again.');
    expect(button(question(el, 0), 'Show the answer')).to.equal(undefined);
    expect(inputs(question(el, 0)).filter(i => !i.disabled).map(i => i.value)).to.deep.equal(['b']);
    await pick(el, 0, 'Vienna');
    expect(el.state!.questions['city']!.response).to.deep.equal(['b']);
  });

  it('completes when revealing the last open question', async () => {
    const el = await quizFor(demoSet(), { mode: 'practice' });
    await pick(el, 0, 'Vienna');
    await checkQuestion(el, 0);
    await type(el, 1, 'Tunisia');
    await checkQuestion(el, 1);
    await pick(el, 2, 'Invasion');
    await checkQuestion(el, 2);
    expect(el.state!.done).to.equal(false);
    const completed = oneEvent(el, 'quiz-complete');
    button(question(el, 2), 'Show the answer')!.click();
    expect(((await completed) as QuizCompleteEvent).detail).to.deep.include({ score: 2, max: 3 });
  });

  it('moves focus to the feedback when Show the answer goes away', async () => {
    const el = await quizFor(demoSet(), { mode: 'practice' });
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    button(question(el, 0), 'Show the answer')!.focus();
    button(question(el, 0), 'Show the answer')!.click();
    await settle(el);
    expect(question(el, 0).shadowRoot!.activeElement?.getAttribute('part')).to.equal('feedback');
  });
});

describe('<article-quiz> live regions', () => {
  it('announces a checked question, but not every question at once when an exam is submitted', async () => {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    const live = (i: number) => question(el, i).shadowRoot!.querySelector('[part~="feedback"]')!.getAttribute('aria-live');
    expect(live(0)).to.equal('polite');
    el.submit();
    await settle(el);
    expect([live(0), live(1), live(2)]).to.deep.equal(['off', 'off', 'off']);
    expect(el.shadowRoot!.querySelector('.sr[role="status"]')!.textContent).to.equal('You scored 0 out of 3 (0%).');
  });

  it('reads the feedback of a picked choice inside the live region', async () => {
    const set = demoSet();
    (set.questions[0] as { choices: { id: string; text: string; feedback?: string }[] }).choices[1]!.feedback = 'Tripoli is where the government sits.';
    const el = await quizFor(set);
    await pick(el, 0, 'Tripoli');
    await checkQuestion(el, 0);
    expect(feedback(question(el, 0))).to.contain('Tripoli: Tripoli is where the government sits.');
  });
});

describe('<article-quiz> after the quiz', () => {
  async function finished() {
    const el = await quizFor(demoSet(), { mode: 'exam' });
    await pick(el, 0, 'Vienna');
    await type(el, 1, 'Libya');
    el.submit();
    await settle(el);
    return el;
  }

  it('retries only the missed questions, keeping the right ones, and fires quiz-reset', async () => {
    const el = await finished();
    const reset = oneEvent(el, 'quiz-reset');
    button(el, 'Retry the ones I missed')!.click();
    expect(((await reset) as QuizResetEvent).detail).to.deep.equal({ missedOnly: true });
    await settle(el);
    expect(el.state!.done).to.equal(false);
    expect(el.state!.questions['city']).to.deep.include({ checked: true, correct: true });
    expect(el.state!.questions['from']).to.deep.equal({ checked: false, attempts: 0 });
    expect(inputs(question(el, 1))[0]!.value).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);
    // Focus goes to the first question to answer again, not to the kept one.
    expect(el.shadowRoot!.activeElement).to.equal(question(el, 1));
  });

  it('starts again with everything cleared', async () => {
    const el = await finished();
    const reset = oneEvent(el, 'quiz-reset');
    button(el, 'Start again')!.click();
    expect(((await reset) as QuizResetEvent).detail).to.deep.equal({ missedOnly: false });
    await settle(el);
    expect(el.score).to.deep.include({ score: 0, answered: 0, checked: 0 });
  });

  it('reveals every answer on request, and not when the set forbids it', async () => {
    const el = await finished();
    button(el, 'Show the answer')!.click();
    await settle(el);
    expect(feedback(question(el, 2))).to.contain('The right answers are: Training, Slowing migration.');

    const closed = await quizFor(demoSet({ settings: { allowReveal: false } }), { mode: 'exam' });
    closed.submit();
    await settle(closed);
    expect(button(closed, 'Show the answer')).to.equal(undefined);
    expect(feedback(question(closed, 0))).to.not.contain('The answer is');
    closed.reveal();
    await settle(closed);
    expect(closed.state!.questions['city']!.revealed).to.equal(undefined);
  });

  it('check() marks every answered question at once', async () => {
    const el = await quizFor(demoSet());
    await pick(el, 0, 'Vienna');
    await type(el, 1, 'Tunisia');
    el.check();
    await settle(el);
    expect(el.score).to.deep.include({ checked: 2, score: 2 });
  });

  it('prints an answer key only when print-key is set, hidden on screen', async () => {
    const el = await quizFor(demoSet());
    expect(el.shadowRoot!.querySelector('[part="answer-key"]')).to.equal(null);
    el.printKey = true;
    await settle(el);
    const key = el.shadowRoot!.querySelector('[part="answer-key"]') as HTMLElement;
    expect(textOf(key)).to.equal('Answer key ViennaTunisiaTraining, Slowing migration');
    expect(getComputedStyle(key).display).to.equal('none');
  });
});
