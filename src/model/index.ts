/** The question-set model: types, schema and validation. No DOM; runs in Node, workers and pages. */
export * from './types.js';
export {
  validateQuestionSet,
  parseQuestionSet,
  assertQuestionSet,
  formatProblem,
  QuestionSetError,
} from './validate.js';
export { QUESTION_SET_VERSION, BLANK_PATTERN } from './schema.js';
export { editDistance } from './shape.js';
