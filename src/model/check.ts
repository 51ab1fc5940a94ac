/**
 * Every check a question set must pass, as coded issues (no words: messages.ts has those). The
 * runtime uses this directly and loads the words only for a set that fails; validateQuestionSet()
 * in validate.ts gives the same problems in words. No DOM.
 */
import { BLANK_PATTERN, QUESTION_SET_VERSION, QuestionSetShape } from './schema.js';
import { check, isObject, type Issue } from './shape.js';

/** Every problem with `input`; an empty list means it is a question set this library can run. */
export function checkQuestionSet(input: unknown): Issue[] {
  if (!isObject(input)) return [{ path: [], code: 'root', found: input }];
  // Anything else about a set of another version may be fine in its own version: say only this.
  const version = input['version'];
  if (version !== undefined && version !== QUESTION_SET_VERSION) return [{ path: ['version'], code: 'version', found: version }];
  const issues: Issue[] = [];
  check(QuestionSetShape, input, [], issues);
  const seen = new Map<unknown, number>();
  (Array.isArray(input['questions']) ? input['questions'] : []).forEach((q: unknown, i) => {
    if (!isObject(q)) return;
    const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
    const add = (path: (string | number)[], code: string, found?: unknown, ...args: unknown[]) => issues.push({ path, code, found, args });
    if (typeof q['id'] === 'string') {
      if (seen.has(q['id'])) add(at('id'), 'dupId', q['id'], seen.get(q['id']));
      else seen.set(q['id'], i);
    }
    if (q['type'] === 'choice') {
      const ids: unknown[] = [];
      const texts: unknown[] = [];
      const choices = Array.isArray(q['choices']) ? q['choices'] : [];
      choices.forEach((c: unknown, j) => {
        if (!isObject(c)) return;
        if (typeof c['id'] === 'string') {
          if (ids.includes(c['id'])) add(at('choices', j, 'id'), 'dupChoice', c['id'], ids.indexOf(c['id']));
          ids.push(c['id']);
        }
        const key = typeof c['text'] === 'string' ? c['text'].trim().toLowerCase() : undefined;
        if (key && texts.includes(key)) add(at('choices', j, 'text'), 'dupText', c['text'], texts.indexOf(key));
        texts.push(key);
      });
      const picked: unknown[] = [];
      (Array.isArray(q['correct']) ? q['correct'] : []).forEach((c: unknown, j) => {
        if (typeof c !== 'string' || !choices.length) return;
        if (picked.includes(c)) add(at('correct', j), 'twice', c);
        else if (!ids.includes(c)) add(at('correct', j), 'notChoice', c, ids);
        picked.push(c);
      });
      const n = new Set(picked).size;
      if (n > 1 && q['multiple'] !== true) add(at('correct'), 'single', n);
      if (q['multiple'] === true && choices.length && n === choices.length) add(at('correct'), 'allCorrect');
    }
    if (q['type'] === 'fill-in' && typeof q['prompt'] === 'string' && q['prompt'].trim()) {
      const blanks = q['prompt'].match(BLANK_PATTERN)?.length ?? 0;
      if (blanks !== 1) add(at('prompt'), 'blanks', blanks);
    }
    const e = q['evidence'];
    if (isObject(e)) {
      const { start, end, text } = e;
      if ((typeof start === 'number') !== (typeof end === 'number')) add(at('evidence'), 'offsets');
      else if (typeof start === 'number' && typeof end === 'number') {
        if (end <= start) add(at('evidence', 'end'), 'order', end, start);
        else if (typeof text === 'string' && text.length !== end - start) add(at('evidence'), 'span', end - start, text.length);
      }
    }
  });
  return issues;
}
