// The model in plain Node, through the built package as a user imports it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formatProblem, parseQuestionSet, validateQuestionSet } from 'article-quiz';
import { schemaText } from '../../scripts/schema.js';
import { INVALID, VALID } from './cases.js';

const schemaFile = new URL('../../questions/question-set.schema.json', import.meta.url);
const questionFiles = readdirSync(new URL('../../questions/', import.meta.url)).filter(
  f => f.endsWith('.json') && f !== 'question-set.schema.json',
);

describe("validateQuestionSet from 'article-quiz' in Node", () => {
  for (const c of INVALID) {
    it(`rejects ${c.name}`, () => {
      assert.deepEqual(validateQuestionSet(c.input).problems.map(formatProblem), c.problems);
    });
  }
  for (const c of VALID) {
    it(`accepts ${c.name}`, () => assert.equal(validateQuestionSet(c.input).valid, true));
  }
  it('finds question sets in questions/', () => assert.ok(questionFiles.length > 0));
  for (const f of questionFiles) {
    it(`accepts questions/${f}`, () => {
      const r = parseQuestionSet(readFileSync(new URL(`../../questions/${f}`, import.meta.url), 'utf8'));
      assert.deepEqual(r.problems.map(formatProblem), []);
    });
  }
});

describe('questions/question-set.schema.json', () => {
  it('is up to date with src/model/schema.ts (run `npm run schema` if not)', () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), schemaText());
  });

  // The JSON Schema and validateQuestionSet() come from one description; a standard validator
  // must agree with ours on every case that JSON Schema can express.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  for (const c of VALID) {
    it(`accepts ${c.name}`, () => assert.ok(validate(c.input), ajv.errorsText(validate.errors)));
  }
  for (const f of questionFiles) {
    it(`accepts questions/${f}`, () => {
      assert.ok(validate(JSON.parse(readFileSync(new URL(`../../questions/${f}`, import.meta.url), 'utf8'))), ajv.errorsText(validate.errors));
    });
  }
  const crossFieldOnly = /already the id|is not one of the choice ids|is the same as|listed twice|correct but the question|every choice is correct|blank|end \(|span|both start and end/;
  for (const c of INVALID.filter(c => !c.problems.every(p => crossFieldOnly.test(p)))) {
    it(`rejects ${c.name}`, () => assert.equal(validate(c.input), false));
  }
});
