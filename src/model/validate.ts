/**
 * Validation of question sets: every problem is collected, not only the first, each with its path
 * and a readable message. Runs anywhere (no DOM).
 */
import { BLANK_PATTERN, QUESTION_SET_VERSION, QuestionSetShape } from './schema.js';
import { check, describe, isObject, type Issue } from './shape.js';
import type { Problem, QuestionSet, ValidationResult } from './types.js';

/** Checks that `input` is a question set this library can run, and lists every problem if not. */
export function validateQuestionSet(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (!isObject(input)) {
    problems.push({ path: '', message: `a question set must be a JSON object, found ${describe(input)}` });
    return { valid: false, problems };
  }
  if (input['version'] !== undefined && input['version'] !== QUESTION_SET_VERSION) {
    // Anything else about a set of another version may be fine in its own version: say only this.
    problems.push({
      path: 'version',
      message: `unsupported version ${describe(input['version'])}; this library reads version ${QUESTION_SET_VERSION}`,
    });
    return { valid: false, problems };
  }
  const issues: Issue[] = [];
  check(QuestionSetShape, input, [], issues);
  for (const issue of issues) problems.push({ path: formatPath(issue.path), message: issue.message });
  problems.push(...crossChecks(input));
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

/** `questions[3].correct[0]: "e" is not one of ...`, or the message alone for the whole set. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
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

// --- rules between fields -------------------------------------------------------------------------

function crossChecks(set: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const questions = Array.isArray(set['questions']) ? set['questions'] : [];
  const seen = new Map<string, number>();
  questions.forEach((q: unknown, i) => {
    if (!isObject(q)) return;
    const at = `questions[${i}]`;
    if (typeof q['id'] === 'string') {
      const first = seen.get(q['id']);
      if (first !== undefined) {
        problems.push({ path: `${at}.id`, message: `"${q['id']}" is already the id of questions[${first}]` });
      } else seen.set(q['id'], i);
    }
    if (q['type'] === 'choice') problems.push(...choiceChecks(q, at));
    if (q['type'] === 'fill-in') problems.push(...fillInChecks(q, at));
    problems.push(...evidenceChecks(q['evidence'], `${at}.evidence`));
  });
  return problems;
}

function choiceChecks(q: Record<string, unknown>, at: string): Problem[] {
  const problems: Problem[] = [];
  const choices = Array.isArray(q['choices']) ? q['choices'].filter(isObject) : [];
  const ids: string[] = [];
  const texts = new Map<string, number>();
  (Array.isArray(q['choices']) ? q['choices'] : []).forEach((c: unknown, j) => {
    if (!isObject(c)) return;
    if (typeof c['id'] === 'string') {
      const k = ids.indexOf(c['id']);
      if (k >= 0) problems.push({ path: `${at}.choices[${j}].id`, message: `"${c['id']}" is already the id of choices[${k}]` });
      ids.push(c['id']);
    }
    if (typeof c['text'] === 'string' && c['text'].trim()) {
      const key = c['text'].trim().toLowerCase();
      const k = texts.get(key);
      if (k !== undefined) {
        problems.push({ path: `${at}.choices[${j}].text`, message: `"${c['text']}" is the same as choices[${k}].text` });
      } else texts.set(key, j);
    }
  });
  const correct = Array.isArray(q['correct']) ? q['correct'] : [];
  const picked = new Set<unknown>();
  correct.forEach((c: unknown, j) => {
    if (typeof c !== 'string' || !choices.length) return;
    if (picked.has(c)) problems.push({ path: `${at}.correct[${j}]`, message: `"${c}" is listed twice` });
    else if (!ids.includes(c)) {
      problems.push({ path: `${at}.correct[${j}]`, message: `"${c}" is not one of the choice ids ${ids.join(', ')}` });
    }
    picked.add(c);
  });
  if (picked.size > 1 && q['multiple'] !== true) {
    problems.push({
      path: `${at}.correct`,
      message: `${picked.size} choices are correct but the question takes one answer; add "multiple": true`,
    });
  }
  if (q['multiple'] === true && choices.length && picked.size === choices.length) {
    problems.push({ path: `${at}.correct`, message: 'every choice is correct, so the question tests nothing' });
  }
  return problems;
}

function fillInChecks(q: Record<string, unknown>, at: string): Problem[] {
  if (typeof q['prompt'] !== 'string' || !q['prompt'].trim()) return [];
  const blanks = q['prompt'].match(BLANK_PATTERN)?.length ?? 0;
  if (blanks === 1) return [];
  return [
    {
      path: `${at}.prompt`,
      message: `a fill-in prompt needs exactly one blank (___), found ${blanks}`,
    },
  ];
}

function evidenceChecks(e: unknown, at: string): Problem[] {
  if (!isObject(e)) return [];
  const { start, end, text } = e;
  const hasStart = typeof start === 'number';
  const hasEnd = typeof end === 'number';
  if (hasStart !== hasEnd) {
    return [{ path: at, message: 'give both start and end, or neither' }];
  }
  if (!hasStart || !hasEnd) return [];
  if (end <= start) return [{ path: `${at}.end`, message: `end (${end}) must be greater than start (${start})` }];
  if (typeof text === 'string' && text.length !== end - start) {
    return [
      {
        path: at,
        message: `start and end span ${end - start} characters but the text has ${text.length}`,
      },
    ];
  }
  return [];
}

// --- helpers --------------------------------------------------------------------------------------

function formatPath(keys: unknown[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out;
}
