import { expect } from '@open-wc/testing';
import { assertQuestionSet, formatProblem, parseQuestionSet, QuestionSetError, validateQuestionSet } from '../../src/model/index.js';
import { INVALID, VALID, set } from './cases.js';

describe('validateQuestionSet', () => {
  for (const c of VALID) {
    it(`accepts ${c.name}`, () => {
      const r = validateQuestionSet(c.input);
      expect(r.problems.map(formatProblem)).to.deep.equal([]);
      expect(r.valid).to.equal(true);
      expect(r.value).to.equal(c.input);
    });
  }

  for (const c of INVALID) {
    it(`rejects ${c.name}`, () => {
      const r = validateQuestionSet(c.input);
      expect(r.valid).to.equal(false);
      expect(r.problems.map(formatProblem)).to.deep.equal(c.problems);
    });
  }

  it('accepts the demo question set in questions/', async () => {
    const res = await fetch('/questions/libya-arms.json');
    const r = parseQuestionSet(await res.text());
    expect(r.problems.map(formatProblem)).to.deep.equal([]);
  });

  it('reports malformed JSON as a problem, not an exception', () => {
    const r = parseQuestionSet('{"version": 1,');
    expect(r.valid).to.equal(false);
    expect(r.problems).to.have.length(1);
    expect(formatProblem(r.problems[0]!)).to.match(/^not valid JSON: /);
  });

  it('assertQuestionSet returns a valid set and throws every problem of an invalid one', () => {
    const good = set();
    expect(assertQuestionSet(good)).to.equal(good);
    let error: unknown;
    try {
      assertQuestionSet(set({ title: '', id: 3 }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(QuestionSetError);
    expect((error as QuestionSetError).problems).to.have.length(2);
    expect((error as Error).message).to.equal(
      'Invalid question set (2 problems):\n  id: expected a string, found 3\n  title: must not be empty',
    );
  });

  it('does not touch the DOM', () => {
    // The model must run in workers and Node: validating must not read or write the document.
    const before = document.body.innerHTML;
    for (const c of INVALID) validateQuestionSet(c.input);
    expect(document.body.innerHTML).to.equal(before);
  });
});
