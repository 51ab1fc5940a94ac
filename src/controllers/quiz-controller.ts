import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as engine from '../engine/index.js';
import type { Mode, QuestionState, QuizState, Response, Score } from '../engine/index.js';
import type { QuestionSet } from '../model/index.js';
import { emit } from './events.js';

export interface QuizOptions {
  mode?: Mode;
  shuffle?: boolean;
  seed?: string;
  /** Overrides the set's pass mark. */
  passMark?: number;
  /** Keep progress in localStorage (default true). */
  storage?: boolean;
}

const PREFIX = 'article-quiz:';

/**
 * Owns one engine state for its host element: every reader action goes through it, it saves
 * progress, fires the quiz events on the host, and asks the host to render. It never touches the
 * host's DOM; views read `state` and `score` from it and never score anything themselves.
 */
export class QuizController implements ReactiveController {
  set: QuestionSet | undefined;
  state: QuizState | undefined;
  /** The last load restored saved progress. */
  restored = false;
  private _options: QuizOptions = {};

  constructor(private readonly _host: ReactiveControllerHost & EventTarget) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Starts a quiz over a validated set, restoring saved progress for the same set and options. */
  load(set: QuestionSet, options: QuizOptions = {}): void {
    this.set = set;
    this._options = options;
    const fresh = engine.createState(set, options);
    const saved = this._read(fresh);
    this.restored = !!saved;
    this.state = saved ?? fresh;
    this._host.requestUpdate();
  }

  get score(): Score | undefined {
    return this.set && this.state && engine.score(this.state, this.set, this._options.passMark ?? this.set.settings?.passMark);
  }

  question(id: string): QuestionState | undefined {
    return this.state?.questions[id];
  }

  canAnswer(id: string): boolean {
    return !!this.state && engine.canAnswer(this.state, id);
  }

  answer(id: string, response: Response): void {
    this._apply(s => engine.answer(s, this.set!, id, response));
  }

  /** Marks one question; in exam mode there is nothing to mark until submit. */
  check(id: string): void {
    this._settle(s => engine.check(s, this.set!, id));
  }

  /** Ends the quiz: marks everything not yet marked, then fires quiz-complete. */
  submit(): void {
    const before = this.state;
    if (!this._apply(s => engine.submit(s, this.set!))) return;
    this._announce(before!);
    const { score, max, percent, passed, results } = this.score!;
    emit(this._host, 'quiz-complete', { score, max, percent, passed, results });
  }

  reset(): void {
    if (this._apply(engine.reset)) emit(this._host, 'quiz-reset', { missedOnly: false });
  }

  retryMissed(): void {
    if (this._apply(engine.retryMissed)) emit(this._host, 'quiz-reset', { missedOnly: true });
  }

  /** Shows the answer of one question, or of all; revealing the last open question ends the quiz. */
  reveal(id?: string): void {
    this._settle(s => engine.reveal(s, this.set!, id));
  }

  /** Whether the right answer to a question may be shown now. */
  keyVisible(id: string): boolean {
    return !!this.state && engine.keyVisible(this.state, this.set!, id);
  }

  /** Runs a marking transition, announces what it marked, and completes the quiz once all is settled. */
  private _settle(transition: (s: QuizState) => QuizState): void {
    const before = this.state;
    if (!this._apply(transition)) return;
    this._announce(before!);
    // instant and practice: once every question is settled, the quiz is complete.
    if (!this.state!.done && engine.allSettled(this.state!)) this.submit();
  }

  /** Runs a transition; saves and re-renders when it changed anything. */
  private _apply(transition: (s: QuizState) => QuizState): boolean {
    if (!this.state || !this.set) return false;
    const next = transition(this.state);
    if (next === this.state) return false;
    this.state = next;
    this._write();
    this._host.requestUpdate();
    return true;
  }

  /** Fires quiz-answer for each question marked since `before`. */
  private _announce(before: QuizState): void {
    for (const id of this.state!.order) {
      const s = this.state!.questions[id]!;
      if (!s.checked || before.questions[id]!.checked) continue;
      const q = this.set!.questions.find(x => x.id === id)!;
      emit(this._host, 'quiz-answer', {
        questionId: id,
        response: s.response,
        correct: !!s.correct,
        points: s.points ?? 0,
        max: q.points ?? 1,
        close: !!s.close,
        attempt: s.attempts,
      });
    }
  }

  // --- storage: never an error on the page -------------------------------------------------------

  private _key(state: QuizState): string {
    return `${PREFIX}${this.set!.id}:${state.set}`;
  }

  private _read(fresh: QuizState): QuizState | undefined {
    if (this._options.storage === false) return undefined;
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(this._key(fresh)) ?? 'null');
      // Restored only onto the same content, mode and order: anything else is ignored.
      if (engine.isStateFor(saved, fresh)) return saved;
    } catch {
      // Corrupt JSON, or storage that cannot be read (blocked, private mode).
    }
    return undefined;
  }

  private _write(): void {
    if (this._options.storage === false || !this.state) return;
    try {
      localStorage.setItem(this._key(this.state), JSON.stringify(this.state));
    } catch {
      // Quota exceeded or storage blocked: the quiz goes on without saving.
    }
  }
}
