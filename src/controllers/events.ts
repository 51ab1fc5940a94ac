/**
 * Every event the quiz fires, declared once and typed. All bubble and are composed, so a page can
 * listen on the element, on a wrapper, or on document.
 */
import type { QuestionResult, Response } from '../engine/index.js';
import type { Problem, QuestionSet } from '../model/index.js';

export interface QuizReadyDetail {
  /** The validated question set now shown. */
  questionSet: QuestionSet;
  /** True when saved progress was restored. */
  restored: boolean;
}

export interface QuizAnswerDetail {
  /** The question's id. */
  questionId: string;
  /** Choice ids picked, or the text typed. */
  response: Response | undefined;
  correct: boolean;
  /** Points earned, and the most the question can give. */
  points: number;
  max: number;
  /** A fill-in accepted with a close spelling. */
  close: boolean;
  /** How many times this question has been checked. */
  attempt: number;
}

export interface QuizCompleteDetail {
  score: number;
  max: number;
  /** score / max, 0 to 1. */
  percent: number;
  /** Undefined when the set has no pass mark. */
  passed: boolean | undefined;
  results: QuestionResult[];
}

export interface QuizErrorDetail {
  /** A short sentence for people: what went wrong. */
  message: string;
  /** When the set failed validation: every problem, with its path. */
  problems: Problem[];
}

export type QuizReadyEvent = CustomEvent<QuizReadyDetail>;
export type QuizAnswerEvent = CustomEvent<QuizAnswerDetail>;
export type QuizCompleteEvent = CustomEvent<QuizCompleteDetail>;
export type QuizResetEvent = CustomEvent<{ missedOnly: boolean }>;
export type QuizErrorEvent = CustomEvent<QuizErrorDetail>;

export interface QuizEventMap {
  'quiz-ready': QuizReadyEvent;
  'quiz-answer': QuizAnswerEvent;
  'quiz-complete': QuizCompleteEvent;
  'quiz-reset': QuizResetEvent;
  'quiz-error': QuizErrorEvent;
}

declare global {
  interface GlobalEventHandlersEventMap extends QuizEventMap {}
}

/** Fires a typed, bubbling, composed event from `target`. */
export function emit<K extends keyof QuizEventMap>(
  target: EventTarget,
  type: K,
  detail: QuizEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
