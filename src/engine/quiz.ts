/**
 * The quiz engine: a scoring state machine over a validated question set. The state is plain JSON
 * (it is saved and restored as is), and every transition is a pure function returning a new state.
 * No DOM, no Lit: a server or another framework can run a quiz with it.
 */
import type { ChoiceQuestion, MatchingOptions, Question, QuestionSet } from '../model/index.js';
import { matchAnswer } from './match.js';

export type Mode = 'instant' | 'exam' | 'practice';

/** Choice ids picked, or the text typed into a fill-in. */
export type Response = string[] | string;

export interface QuestionState {
  /** What the reader has picked or typed, checked or not. */
  response?: Response;
  /** Marked: feedback is shown for `response`. */
  checked: boolean;
  /** How many times the question was checked. */
  attempts: number;
  /** When checked: fully right. */
  correct?: boolean;
  /** When checked: points earned. */
  points?: number;
  /** When checked: a fill-in accepted with a close spelling. */
  close?: boolean;
  /** The answer was revealed for this question. */
  revealed?: boolean;
}

export interface QuizState {
  /** Version of this state's shape. */
  v: 1;
  /** Hash of the question set the state belongs to. */
  set: string;
  mode: Mode;
  /** Question ids in the order shown. */
  order: string[];
  /** Choice ids per question, in the order shown. */
  choices: Record<string, string[]>;
  questions: Record<string, QuestionState>;
  /** The quiz is over: submitted (exam) or finished; everything is marked. */
  done: boolean;
}

export interface QuestionResult {
  id: string;
  response: Response | undefined;
  correct: boolean;
  points: number;
  max: number;
}

export interface Score {
  score: number;
  max: number;
  /** score / max, from 0 to 1 (0 when max is 0). */
  percent: number;
  /** Whether percent reaches the pass mark; undefined when there is none. */
  passed: boolean | undefined;
  /** Questions with a response. */
  answered: number;
  /** Questions marked. */
  checked: number;
  total: number;
  results: QuestionResult[];
}

export interface EngineOptions {
  mode?: Mode;
  shuffle?: boolean;
  /** Seed for shuffling; the same seed gives the same order (default: the set's id). */
  seed?: string;
}

/** FNV-1a: a short, stable hash of a string, in base 36. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Hash of a question set's content: a saved state is only restored onto the same content. */
export const hashSet = (set: QuestionSet): string => hash(JSON.stringify(set));

/** Fisher–Yates with a seeded generator (mulberry32), so an order is stable across reloads. */
function shuffled<T>(items: readonly T[], seed: string): T[] {
  let s = parseInt(hash(seed), 36);
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const fresh = (): QuestionState => ({ checked: false, attempts: 0 });

/** A new quiz over `set`: nothing answered. */
export function createState(set: QuestionSet, options: EngineOptions = {}): QuizState {
  const mode = options.mode ?? set.settings?.mode ?? 'instant';
  const shuffle = options.shuffle ?? set.settings?.shuffle ?? false;
  const seed = options.seed ?? set.id;
  const ids = set.questions.map(q => q.id);
  const choices: Record<string, string[]> = {};
  const questions: Record<string, QuestionState> = {};
  for (const q of set.questions) {
    questions[q.id] = fresh();
    // True/false keeps its order: "False, True" reads oddly.
    if (q.type === 'choice') {
      const cids = q.choices.map(c => c.id);
      choices[q.id] = shuffle && cids.length > 2 ? shuffled(cids, `${seed}/${q.id}`) : cids;
    }
  }
  return { v: 1, set: hashSet(set), mode, order: shuffle ? shuffled(ids, seed) : ids, choices, questions, done: false };
}

function question(set: QuestionSet, id: string): Question {
  const q = set.questions.find(x => x.id === id);
  if (!q) throw new RangeError(`no question with id "${id}"`);
  return q;
}

function update(state: QuizState, id: string, change: Partial<QuestionState>): QuizState {
  return { ...state, questions: { ...state.questions, [id]: { ...state.questions[id]!, ...change } } };
}

/** Whether the reader may still change the response to question `id`. */
export function canAnswer(state: QuizState, id: string): boolean {
  const q = state.questions[id];
  if (!q || state.done || q.revealed) return false;
  // instant: a checked answer locks; practice: only a right one does.
  return !q.checked || (state.mode === 'practice' && !q.correct);
}

/** Records a response (not yet checked). Ignored when the question is locked. */
export function answer(state: QuizState, set: QuestionSet, id: string, response: Response): QuizState {
  const q = question(set, id);
  if (!canAnswer(state, id)) return state;
  if (q.type === 'choice') {
    if (!Array.isArray(response)) throw new TypeError(`"${id}" takes choice ids`);
    const known = new Set(q.choices.map(c => c.id));
    response = [...new Set(response.filter(r => known.has(r)))];
    if (!q.multiple) response = response.slice(-1);
  } else if (typeof response !== 'string') throw new TypeError(`"${id}" takes text`);
  // A new response clears the marking; only the attempt count carries over. No undefined values:
  // the state must read back from JSON exactly as it was.
  return { ...state, questions: { ...state.questions, [id]: { checked: false, attempts: state.questions[id]!.attempts, response } } };
}

/** Whether a response counts as given: at least one pick, or some non-blank text. */
export const isAnswered = (r: Response | undefined): boolean =>
  Array.isArray(r) ? r.length > 0 : typeof r === 'string' && r.trim() !== '';

/** Marks question `id` (instant and practice modes; in exam mode marking waits for submit). */
export function check(state: QuizState, set: QuestionSet, id: string): QuizState {
  const q = question(set, id);
  const s = state.questions[id]!;
  if (state.mode === 'exam' || !canAnswer(state, id) || !isAnswered(s.response)) return state;
  return update(state, id, { ...mark(q, s.response, set), checked: true, attempts: s.attempts + 1 });
}

/** Ends the quiz: marks every question (unanswered ones score nothing). */
export function submit(state: QuizState, set: QuestionSet): QuizState {
  if (state.done) return state;
  // Every question gets a new state object, marked or not: views that compare states see the change.
  const questions: Record<string, QuestionState> = {};
  for (const q of set.questions) {
    const s = state.questions[q.id]!;
    questions[q.id] = s.checked ? { ...s } : { ...s, ...mark(q, s.response, set), checked: true, attempts: s.attempts + 1 };
  }
  return { ...state, questions, done: true };
}

/** Whether every question is marked right, or cannot be changed any more. */
export function allSettled(state: QuizState): boolean {
  return state.order.every(id => {
    const s = state.questions[id]!;
    return s.checked && (s.correct || state.mode !== 'practice' || s.revealed);
  });
}

/** Starts again with every question cleared. */
export function reset(state: QuizState): QuizState {
  const questions: Record<string, QuestionState> = {};
  for (const id of state.order) questions[id] = fresh();
  return { ...state, questions, done: false };
}

/** Starts again with only the questions not fully right cleared; right answers are kept. */
export function retryMissed(state: QuizState): QuizState {
  const questions: Record<string, QuestionState> = {};
  for (const id of state.order) {
    const s = state.questions[id]!;
    questions[id] = s.checked && s.correct && !s.revealed ? s : fresh();
  }
  return { ...state, questions, done: false };
}

/** Whether the set lets readers see the answers. */
export const canReveal = (set: QuestionSet): boolean => set.settings?.allowReveal !== false;

/**
 * Shows the answer of question `id`, or of every question. A revealed question is locked and keeps
 * the points it had: none, unless it was already marked right (an answer not yet checked is marked
 * wrong). In exam mode answers are revealed only once the quiz is submitted.
 */
export function reveal(state: QuizState, set: QuestionSet, id?: string): QuizState {
  if (!canReveal(set) || (state.mode === 'exam' && !state.done)) return state;
  let next = state;
  for (const qid of id ? [question(set, id).id] : state.order) {
    const s = next.questions[qid]!;
    const marked = s.checked ? {} : { checked: true, correct: false, points: 0, attempts: s.attempts + 1 };
    next = update(next, qid, { ...marked, revealed: true });
  }
  return next;
}

/** Whether the right answer to question `id` may be shown now: revealed, or marked wrong outside practice. */
export function keyVisible(state: QuizState, set: QuestionSet, id: string): boolean {
  const s = state.questions[id];
  return !!s && (!!s.revealed || (s.checked && !s.correct && state.mode !== 'practice' && canReveal(set)));
}

function matching(q: Question, set: QuestionSet): MatchingOptions {
  return { ...set.settings?.matching, ...(q.type === 'fill-in' ? q.matching : {}) };
}

/** Marks one response: right or wrong, and the points it earns. */
export function mark(
  q: Question,
  response: Response | undefined,
  set: QuestionSet,
): Pick<QuestionState, 'correct' | 'points' | 'close'> {
  const max = q.points ?? 1;
  if (q.type === 'fill-in') {
    const m = matchAnswer(typeof response === 'string' ? response : '', q.answers, matching(q, set));
    return m.close ? { correct: true, points: max, close: true } : { correct: m.correct, points: m.correct ? max : 0 };
  }
  const picked = Array.isArray(response) ? response : [];
  const right = picked.filter(p => q.correct.includes(p)).length;
  const correct = right === q.correct.length && picked.length === right;
  if (correct || !q.multiple || scoring(q, set) === 'all-or-nothing') return { correct, points: correct ? max : 0 };
  // Partial credit: right picks minus wrong picks, over the number of right choices, never below 0.
  const share = Math.max(0, (right - (picked.length - right)) / q.correct.length);
  return { correct, points: Math.round(share * max * 1000) / 1000 };
}

const scoring = (q: ChoiceQuestion, set: QuestionSet) => q.scoring ?? set.settings?.scoring ?? 'partial';

/** The score so far: marked questions count; the maximum is over every question. */
export function score(state: QuizState, set: QuestionSet, passMark = set.settings?.passMark): Score {
  const results: QuestionResult[] = state.order.map(id => {
    const q = question(set, id);
    const s = state.questions[id]!;
    return { id, response: s.response, correct: !!(s.checked && s.correct), points: s.checked ? (s.points ?? 0) : 0, max: q.points ?? 1 };
  });
  const total = results.reduce((n, r) => n + r.points, 0);
  const max = results.reduce((n, r) => n + r.max, 0);
  const percent = max ? total / max : 0;
  return {
    score: Math.round(total * 1000) / 1000,
    max,
    percent,
    passed: passMark === undefined ? undefined : percent >= passMark - 1e-9,
    answered: state.order.filter(id => isAnswered(state.questions[id]!.response)).length,
    checked: state.order.filter(id => state.questions[id]!.checked).length,
    total: state.order.length,
    results,
  };
}

/**
 * Whether `saved` (read back from storage, say) is a state of the same quiz as `expected`: the same
 * version, set content, mode, question order and choice order, with a well-formed entry for every
 * question. Anything else, from corrupt data to progress on an older version of the set, is refused.
 */
export function isStateFor(saved: unknown, expected: QuizState): saved is QuizState {
  const s = saved as QuizState | null;
  const key = (x: QuizState) => JSON.stringify([x.v, x.set, x.mode, x.order, x.choices, typeof x.done]);
  try {
    return (
      key(s!) === key(expected) &&
      expected.order.every(id => {
        const q = s!.questions[id];
        return typeof q?.checked === 'boolean' && typeof q.attempts === 'number';
      })
    );
  } catch {
    return false; // not an object, or no questions
  }
}
