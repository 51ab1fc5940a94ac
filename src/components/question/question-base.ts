import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { QuizController } from '../../controllers/quiz-controller.js';
import { canReveal, isAnswered, type QuestionState, type Response } from '../../engine/quiz.js';
import { checkQuestionSet } from '../../model/check.js';
import type { Question, QuestionSet } from '../../model/types.js';
import { report } from '../report.js';
import { format, languageReady, tableFor, type MessageTable, type Params } from '../i18n.js';
import { sharedStyles } from '../shared.styles.js';

let uid = 0;

/**
 * What <quiz-choice> and <quiz-fill-in> share. A question element runs on its own (it then owns a
 * one-question quiz), or inside <article-quiz>, which hands it the quiz's `controller`. Either way it
 * only renders state and passes the reader's actions to the controller: it never scores.
 */
export abstract class QuestionBase<Q extends Question> extends LitElement {
  static override styles = sharedStyles;
  // <article-quiz> and pages can focus the question as a whole: focus goes to its first control.
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    question: { attribute: false },
    controller: { attribute: false },
    qstate: { attribute: false },
    index: { type: Number },
    total: { type: Number },
    mode: { reflect: true },
    lang: { reflect: true },
    messages: { attribute: false },
    showEvidence: { type: Boolean, attribute: 'show-evidence' },
    _error: { state: true },
  };

  /** The question to show. */
  question: Q | undefined;
  /** The quiz this question belongs to; set by <article-quiz>. Standalone elements make their own. */
  controller: QuizController | undefined;
  /** The question's state, passed by <article-quiz> so that the element re-renders when it changes. */
  qstate: QuestionState | undefined;
  /** Position in the quiz, from 0, and the number of questions; shown as "Question 2 of 8". */
  index = -1;
  total = 0;
  /** instant (default), exam or practice; standalone only, <article-quiz> sets it for its questions. */
  mode: 'instant' | 'exam' | 'practice' = 'instant';
  /** Extra or replacement strings; see MessageTable. */
  messages: Partial<MessageTable> | undefined;
  /** Show the sentence from the article that answers the question, once it is marked. */
  showEvidence = true;
  /** Shows the evidence in the article on the page; set by <article-quiz for>, which adds "Show in the article". */
  locate: ((q: Q) => void) | undefined;

  private _error = '';
  private _own: QuizController | undefined;
  private _focusFeedback = false;
  protected readonly _uid = `aq${++uid}`;

  protected get _quiz(): QuizController | undefined {
    return this.controller ?? this._own;
  }

  protected get _state(): QuestionState | undefined {
    return this.question && this._quiz?.question(this.question.id);
  }

  protected get _locked(): boolean {
    return !this.question || !this._quiz?.canAnswer(this.question.id);
  }

  protected get _language(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  protected _t(key: keyof Omit<MessageTable, 'dir'>, params?: Params): string {
    return format(this._language, tableFor(this._language, this.messages), key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Standalone: wrap the question in a one-question set and run it with a controller of our own.
    if (!this.controller && this.question && (changed.has('question') || changed.has('mode') || !this._own)) {
      const set = { version: 1, id: this.question.id, title: this.question.prompt, questions: [this.question] };
      const issues = checkQuestionSet(set);
      if (issues.length) {
        this._error = this._t('invalid');
        this._own = undefined;
        report(this, this._error, issues, 'its question');
        return;
      }
      this._error = '';
      this._own ??= new QuizController(this);
      this._own.load(set as QuestionSet, { mode: this.mode, storage: false });
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (this._error) return html`<p role="alert" part="message">${this._error}</p>`;
    if (!this.question || !this._quiz || !languageReady(this._language, () => this.requestUpdate())) return nothing;
    return this._renderQuestion(this.question, this._state ?? { checked: false, attempts: 0 });
  }

  protected abstract _renderQuestion(q: Q, s: QuestionState): TemplateResult;

  /** "Question 2 of 8", when inside a quiz. */
  protected _renderNumber(): TemplateResult | typeof nothing {
    return this.index >= 0 ? html`<span class="n">${this._t('question', { n: this.index + 1, total: this.total })}</span>` : nothing;
  }

  /** Whether the key may be shown: on an instant check, when revealed, or after the quiz if allowed. */
  protected _showKey(): boolean {
    return this._quiz!.keyVisible(this.question!.id);
  }

  /** The polite live region: right or wrong in words, the key when allowed, and the evidence. */
  protected _renderFeedback(q: Q, s: QuestionState, key: string, extra: unknown = nothing, keys = 1): TemplateResult {
    const mode = this._quiz?.state?.mode;
    const marked = s.checked;
    const partly = marked && !s.correct && (s.points ?? 0) > 0;
    const verdict = !marked
      ? ''
      : s.correct
        ? `✓ ${this._t('correct')}`
        : !isAnswered(s.response)
          ? `✗ ${this._t('unanswered')}.`
          : `✗ ${this._t(partly ? 'partly' : 'incorrect')}${mode === 'practice' && !this._locked ? ` ${this._t('tryAgain')}` : ''}`;
    // Live while the reader answers; once the quiz is over the result is announced once, by the quiz,
    // rather than every question at the same moment.
    return html`<div id=${`${this._uid}-fb`} part="feedback" aria-live=${this._quiz?.state?.done ? 'off' : 'polite'} tabindex="-1">${marked
      ? html`<p class=${s.correct ? 'right' : 'wrong'}><strong>${verdict}</strong> ${(q.points ?? 1) !== 1 || partly
            ? this._t('points', { n: s.points ?? 0 })
            : nothing}</p>
          ${s.close ? html`<p>${this._t('close', { answer: key })}</p>` : nothing}
          ${this._showKey() ? html`<p>${this._t('answer', { n: keys, answer: key })}</p>` : nothing}
          ${q.explanation && (s.correct || this._showKey()) ? html`<p>${q.explanation}</p>` : nothing}
          ${this.showEvidence && q.evidence && (s.correct || this._showKey())
            ? html`<p>${this._t('evidence')}</p><blockquote part="evidence">${q.evidence.text}</blockquote>${this.locate
                  ? html`<p><button part="evidence-link" class="secondary" @click=${() => this.locate!(q)}>${this._t('showInArticle')}</button></p>`
                  : nothing}`
            : nothing}${extra}`
      : nothing}</div>`;
  }

  /** Check / try again / show the answer, for instant and practice modes. */
  protected _renderActions(q: Q, s: QuestionState, answered: boolean): TemplateResult | typeof nothing {
    const state = this._quiz?.state;
    if (!state || state.mode === 'exam' || state.done) return nothing;
    const canCheck = !this._locked && !s.checked;
    const revealable = state.mode === 'practice' && s.checked && !s.correct && !s.revealed && canReveal(this._quiz!.set!);
    if (!canCheck && !revealable) return nothing;
    return html`<div class="actions">
      ${canCheck
        ? html`<button part="check-button" aria-disabled=${answered ? 'false' : 'true'} @click=${this._onCheck}>${this._t('check')}</button>`
        : nothing}
      ${revealable
        ? html`<button part="reveal-button" class="secondary" @click=${() => this._act(() => this._quiz!.reveal(q.id))}>${this._t('reveal')}</button>`
        : nothing}
    </div>`;
  }

  protected _respond(response: Response): void {
    if (this.question) this._quiz?.answer(this.question.id, response);
  }

  protected _onCheck = (): void => {
    if (this.question) this._act(() => this._quiz?.check(this.question!.id));
  };

  /** Runs an action whose button goes away with it (Check, Show the answer); focus follows to the feedback. */
  private _act(action: () => void): void {
    this._focusFeedback = true;
    action();
  }

  protected override updated(): void {
    // The Check button goes away once a question is marked: keep the keyboard user's place by
    // moving focus to the feedback, from where Tab goes on to the next question.
    if (this._focusFeedback && this._state?.checked) {
      this._focusFeedback = false;
      // When that check ended the quiz, <article-quiz> moves focus to the result instead.
      if (this._quiz?.state?.done) return;
      if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>('[part~="feedback"]')?.focus();
    }
  }
}
