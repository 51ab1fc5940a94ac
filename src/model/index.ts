/** The question-set model: types, schema and validation. No DOM; runs in Node, workers and pages. */
export * from './types.js';
export {
  validateQuestionSet,
  parseQuestionSet,
  assertQuestionSet,
  formatProblem,
  QuestionSetError,
} from './validate.js';
export { checkQuestionSet } from './check.js';
export { toProblem, issueMessage } from './messages.js';
export type { Issue } from './shape.js';
export { QUESTION_SET_VERSION, BLANK_PATTERN } from './schema.js';
export { editDistance } from './shape.js';
export { findEvidence } from './evidence.js';
