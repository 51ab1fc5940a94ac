// The engine without any browser: a quiz run on a server, as the README shows, from the built package.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, assertQuestionSet, check, createState, isStateFor, score, submit } from 'article-quiz';

const set = assertQuestionSet({
  version: 1,
  id: 'node',
  title: 'Node quiz',
  settings: { passMark: 0.5 },
  questions: [
    { id: 'q1', type: 'choice', prompt: 'Where?', choices: [{ id: 'a', text: 'Vienna' }, { id: 'b', text: 'Tripoli' }], correct: ['a'] },
    { id: 'q2', type: 'fill-in', prompt: 'From ___.', answers: ['6,000'] },
  ],
});

describe('engine in Node', () => {
  it('runs a quiz: answer, check, submit, score; the state survives JSON', () => {
    let state = createState(set);
    state = answer(state, set, 'q2', 'six thousand');
    state = check(state, set, 'q2');
    assert.deepEqual(state.questions['q2'], { checked: true, attempts: 1, response: 'six thousand', correct: true, points: 1 });
    state = JSON.parse(JSON.stringify(state));
    assert.ok(isStateFor(state, createState(set)));
    state = submit(state, set);
    assert.deepEqual(
      { ...score(state, set), results: undefined },
      { score: 1, max: 2, percent: 0.5, passed: true, answered: 1, checked: 2, total: 2, results: undefined },
    );
  });
});
