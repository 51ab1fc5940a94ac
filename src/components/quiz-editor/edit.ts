/**
 * The editor's operations on a question set: each returns a new set and never changes the one it is
 * given, so that the undo history can keep every version. No DOM.
 */
import { BLANK_PATTERN } from '../../model/schema.js';
import type { Choice, ChoiceQuestion, FillInQuestion, Problem, Question, QuestionSet } from '../../model/types.js';
import { splitSentences } from '../../generate/segment.js';

/** A copy of the set with question `i` replaced by what `change` makes of it. */
export function updateQuestion(set: QuestionSet, i: number, change: (q: Question) => Question): QuestionSet {
  return { ...set, questions: set.questions.map((q, j) => (j === i ? change(q) : q)) };
}

export function removeQuestion(set: QuestionSet, i: number): QuestionSet {
  return { ...set, questions: set.questions.filter((_, j) => j !== i) };
}

export function moveQuestion(set: QuestionSet, from: number, to: number): QuestionSet {
  if (to < 0 || to >= set.questions.length || from === to) return set;
  const questions = [...set.questions];
  const [q] = questions.splice(from, 1);
  questions.splice(to, 0, q!);
  return { ...set, questions };
}

export function insertQuestion(set: QuestionSet, q: Question, at = set.questions.length): QuestionSet {
  const questions = [...set.questions];
  questions.splice(at, 0, q);
  return { ...set, questions };
}

/** An id no question of the set has: q1, q2, … */
export function newQuestionId(set: QuestionSet | undefined): string {
  const ids = new Set(set?.questions.map(q => q.id));
  let n = (set?.questions.length ?? 0) + 1;
  while (ids.has(`q${n}`)) n++;
  return `q${n}`;
}

/** An id no choice of the question has: a, b, c, … then c27, c28, … */
export function newChoiceId(choices: readonly Choice[]): string {
  const ids = new Set(choices.map(c => c.id));
  for (let i = 0; i < 26; i++) {
    const id = String.fromCharCode(97 + i);
    if (!ids.has(id)) return id;
  }
  let n = 27;
  while (ids.has(`c${n}`)) n++;
  return `c${n}`;
}

/** Which choices are right; more than one makes the question `multiple`. */
export function setCorrect(q: ChoiceQuestion, id: string, on: boolean): ChoiceQuestion {
  const correct = q.choices.map(c => c.id).filter(c => (c === id ? on : q.correct.includes(c)));
  const next: ChoiceQuestion = { ...q, correct };
  if (correct.length > 1) next.multiple = true;
  else delete next.multiple;
  return next;
}

/** Whether a fill-in prompt has exactly one blank. */
export const hasOneBlank = (prompt: string): boolean => (prompt.match(BLANK_PATTERN)?.length ?? 0) === 1;

/**
 * A choice question with one right answer as a fill-in: the right choice's text is the answer. The
 * prompt is kept (it needs a blank; a cloze prompt has one already). Undefined when it cannot be.
 */
export function toFillIn(q: ChoiceQuestion): FillInQuestion | undefined {
  if (q.correct.length !== 1) return undefined;
  const right = q.choices.find(c => c.id === q.correct[0]);
  if (!right) return undefined;
  const { choices: _c, correct: _r, multiple: _m, scoring: _s, type: _t, ...rest } = q;
  return { ...rest, type: 'fill-in', answers: [right.text] };
}

/** A fill-in as a choice question: its first answer is the right choice, and two choices to write. */
export function toChoice(q: FillInQuestion): ChoiceQuestion {
  const { answers, matching: _m, type: _t, ...rest } = q;
  return {
    ...rest,
    type: 'choice',
    choices: [
      { id: 'a', text: answers[0] ?? '' },
      { id: 'b', text: '' },
      { id: 'c', text: '' },
    ],
    correct: ['a'],
  };
}

/** The answers as typed, one per line: blank lines left out. */
export const readLines = (text: string): string[] =>
  text
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean);

// --- the article's sentences ------------------------------------------------------------------------

/**
 * The sentence of `text` that the position `start` is in (a selection counts from its start), split
 * as the generator splits sentences (abbreviations such as "U.S." and "Dr." do not end one).
 */
export function sentenceAt(text: string, start: number): { start: number; end: number; text: string } | undefined {
  const sentences = splitSentences(text);
  const s = sentences.find(x => start < x.end) ?? sentences.at(-1);
  return s && { start: s.start, end: s.end, text: s.text };
}

// --- problems at their fields -----------------------------------------------------------------------

/**
 * The field a problem is about, as the editor names its fields: `title`, `q2.prompt`, `q2.choice1`,
 * `q2.choices` (the choices and which are right), `q2.answers`, `q2.points`, `q2.explanation`, `q2`
 * (the question as a whole), or `set`.
 */
export function fieldOf(p: Problem): string {
  const m = /^questions\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?)?/.exec(p.path);
  if (!m) return p.path === 'title' ? 'title' : 'set';
  const [, i, key, j, sub] = m;
  const at = `q${i}`;
  if (key === 'choices' && j !== undefined && sub === 'text') return `${at}.choice${j}`;
  if (key === 'choices' || key === 'correct' || key === 'multiple' || key === 'scoring') return `${at}.choices`;
  if (key === 'prompt' || key === 'answers' || key === 'points' || key === 'explanation') return `${at}.${key}`;
  return at;
}

/** Problems grouped by field. */
export function problemsByField(problems: readonly Problem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const f = fieldOf(p);
    out.set(f, [...(out.get(f) ?? []), p.message]);
  }
  return out;
}

/** A short, stable text for comparing two questions ("does the new one differ?"). */
export function questionKey(q: Question): string {
  return JSON.stringify([q.type, q.prompt, q.type === 'choice' ? q.choices.map(c => c.text) : q.answers]);
}
