/**
 * Every event the components fire, declared once and typed. All bubble and are composed, so a page
 * can listen on the element, on a wrapper, or on document.
 */
import type { Problem, QuestionSet } from '../model/index.js';

export interface QuizReadyDetail {
  /** The validated question set now shown. */
  questionSet: QuestionSet;
}

export interface QuizErrorDetail {
  /** A short sentence for people: what went wrong. */
  message: string;
  /** When the set failed validation: every problem, with its path. */
  problems: Problem[];
}

export type QuizReadyEvent = CustomEvent<QuizReadyDetail>;
export type QuizErrorEvent = CustomEvent<QuizErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-ready': QuizReadyEvent;
    'quiz-error': QuizErrorEvent;
  }
}

/** Fires a typed, bubbling, composed event from `target`. */
export function emit<K extends 'quiz-ready' | 'quiz-error'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
