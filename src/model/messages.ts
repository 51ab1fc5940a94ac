/**
 * The words for every issue checkQuestionSet() can find. Kept apart so that a page showing a valid
 * set never downloads them: <article-quiz> imports this module only when a set fails.
 */
import { QUESTION_SET_VERSION } from './schema.js';
import { editDistance, type Issue } from './shape.js';
import type { Problem } from './types.js';

/** A value as a person would name it in a message: `"e"`, `5`, `null`, `a list`. */
export function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 57)}...` : x);
  return String(x);
}

const TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  list: 'a list',
  object: 'an object',
};

const FEW: Record<string, string> = {
  choices: 'a choice question needs at least 2 choices',
  correct: 'a choice question needs at least one correct choice',
  answers: 'a fill-in question needs at least one accepted answer',
  questions: 'a question set needs at least one question',
};

/** The message for one issue, without its path. */
export function issueMessage(issue: Issue): string {
  const { code, found, args = [] } = issue;
  const [a, b] = args as [unknown, unknown];
  const list = () => (args as unknown[]).map(describe).join(', ');
  switch (code) {
    case 'root':
      return `a question set must be a JSON object, found ${describe(found)}`;
    case 'version':
      return `unsupported version ${describe(found)}; this library reads version ${QUESTION_SET_VERSION}`;
    case 'type':
      return `expected ${TYPES[a as string]}, found ${describe(found)}`;
    case 'empty':
      return 'must not be empty';
    case 'long':
      return `is longer than ${a} characters`;
    case 'int':
      return `must be a whole number, found ${describe(found)}`;
    case 'range':
      return b === undefined ? `must be at least ${a}, found ${describe(found)}` : `must be from ${a ?? 0} to ${b}, found ${describe(found)}`;
    case 'const':
      return `expected ${describe(a)}, found ${describe(found)}`;
    case 'enum':
      return `expected one of ${list()}, found ${describe(found)}`;
    case 'tag':
      return found === undefined ? `this required field is missing (${list()})` : `expected one of ${list()}, found ${describe(found)}`;
    case 'missing':
      return 'this required field is missing';
    case 'unknown':
      return `unknown field${suggest(String(issue.path.at(-1)), args as string[])}`;
    case 'dupId':
      return `${describe(found)} is already the id of questions[${a}]`;
    case 'dupChoice':
      return `${describe(found)} is already the id of choices[${a}]`;
    case 'dupText':
      return `${describe(found)} is the same as choices[${a}].text`;
    case 'twice':
      return `${describe(found)} is listed twice`;
    case 'notChoice':
      return `${describe(found)} is not one of the choice ids ${(a as string[]).join(', ')}`;
    case 'single':
      return `${found} choices are correct but the question takes one answer; add "multiple": true`;
    case 'allCorrect':
      return 'every choice is correct, so the question tests nothing';
    case 'blanks':
      return `a fill-in prompt needs exactly one blank (___), found ${found}`;
    case 'offsets':
      return 'give both start and end, or neither';
    case 'order':
      return `end (${found}) must be greater than start (${a})`;
    case 'span':
      return `start and end span ${found} characters but the text has ${a}`;
    default:
      return FEW[code] ?? `needs at least ${a} items`;
  }
}

/** `questions[3].correct[0]`: a path as a person writes it. */
export function formatPath(keys: (string | number)[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

/** `questions[3].correct[0]: "e" is not one of ...`, or the message alone for the whole set. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** An issue as a problem: its path and message in words. */
export const toProblem = (issue: Issue): Problem => ({ path: formatPath(issue.path), message: issueMessage(issue) });

/** `; did you mean "correct"?` when a known name is at most two edits from `key`. */
function suggest(key: string, known: string[]): string {
  let best = '';
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best ? `; did you mean "${best}"?` : '';
}
