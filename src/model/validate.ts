/**
 * Validation of question sets: every problem is collected, not only the first, each with its path
 * and a readable message. Runs anywhere (no DOM).
 */
import { checkQuestionSet } from './check.js';
import { formatProblem, toProblem } from './messages.js';
import type { Problem, QuestionSet, ValidationResult } from './types.js';

export { formatProblem };

/** Checks that `input` is a question set this library can run, and lists every problem if not. */
export function validateQuestionSet(input: unknown): ValidationResult {
  const problems = checkQuestionSet(input).map(toProblem);
  return problems.length ? { valid: false, problems } : { valid: true, value: input as QuestionSet, problems: [] };
}

/** Parses JSON text and validates it; a syntax error becomes a problem like any other. */
export function parseQuestionSet(json: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { valid: false, problems: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateQuestionSet(data);
}

/** Thrown by {@link assertQuestionSet}; carries every problem. */
export class QuestionSetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const n = problems.length;
    super(`Invalid question set (${n} problem${n === 1 ? '' : 's'}):\n  ${problems.map(formatProblem).join('\n  ')}`);
    this.name = 'QuestionSetError';
    this.problems = problems;
  }
}

/** Returns the set when it is valid; throws a {@link QuestionSetError} listing every problem otherwise. */
export function assertQuestionSet(input: unknown): QuestionSet {
  const r = validateQuestionSet(input);
  if (!r.valid) throw new QuestionSetError(r.problems);
  return r.value;
}
