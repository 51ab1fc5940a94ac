import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../controllers/events.js';
import { QuizController } from '../../controllers/quiz-controller.js';
import type { Mode, QuizState, Score } from '../../engine/index.js';
import { checkQuestionSet } from '../../model/check.js';
import type { Issue } from '../../model/shape.js';
import type { Problem, Question, QuestionSet } from '../../model/types.js';
import { format, formatPercent, languageReady, tableFor, type MessageTable, type Params } from '../i18n.js';
import { report } from '../report.js';
import type { QuestionBase } from '../question/question-base.js';
import type { SummaryContext } from './summary.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './article-quiz.styles.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** "false" turns a default-on boolean attribute off; presence alone turns it on. */
const flag = { fromAttribute: (v: string | null) => (v === null ? undefined : v !== 'false') };

/**
 * A comprehension quiz about an article, read from a question set.
 *
 * The set comes from the `questionSet` property, else from the `src` URL, else from a child
 * `<script type="application/json">`, else it is generated from the article that `for` names (the
 * generator is loaded only then, and runs in a Web Worker). It is validated before anything is shown; a set that cannot be
 * loaded or is invalid is replaced by a short message, and `quiz-error` says why. Progress is kept in
 * localStorage (per set and content) unless `storage="none"`.
 *
 * @summary A quiz about an article.
 *
 * @fires quiz-ready - The set was loaded, validated and rendered. `detail`: questionSet, restored.
 * @fires quiz-answer - A question was marked. `detail`: questionId, response, correct, points, max, close, attempt.
 * @fires quiz-complete - The quiz ended. `detail`: score, max, percent, passed, results.
 * @fires quiz-reset - The reader started again. `detail.missedOnly` is true for "retry the ones I missed".
 * @fires quiz-error - The set could not be loaded or is invalid. `detail`: message, problems.
 *
 * @slot - An inline question set: `<script type="application/json">`. Nothing else is shown.
 *
 * @csspart base - The box around the quiz.
 * @csspart title - The quiz title.
 * @csspart progress - "3 of 8 answered".
 * @csspart questions - The list of questions.
 * @csspart submit-button - Submit answers.
 * @csspart summary - The result: score, pass or fail, review and the buttons after the quiz.
 * @csspart review - The per-question review in the summary.
 * @csspart answer-key - The answer key, printed when `print-key` is set.
 * @csspart message - The loading or error message.
 *
 * @cssprop --aq-color-text - Text colour (default: inherited).
 * @cssprop --aq-color-accent - Buttons, focus ring and selected inputs.
 * @cssprop --aq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --aq-color-correct - Marks and text of right answers.
 * @cssprop --aq-color-incorrect - Marks and text of wrong answers.
 * @cssprop --aq-color-border - Borders.
 * @cssprop --aq-color-muted - Secondary text.
 * @cssprop --aq-color-surface - Background of the quiz box.
 * @cssprop --aq-radius - Corner radius.
 * @cssprop --aq-space - Base spacing.
 */
export class ArticleQuiz extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties = {
    src: { reflect: true },
    for: {},
    questionSet: { attribute: false },
    mode: {},
    passMark: { type: Number, attribute: 'pass-mark' },
    shuffle: { converter: flag },
    storage: {},
    lang: { reflect: true },
    seed: {},
    timeout: { type: Number },
    showEvidence: { attribute: 'show-evidence', converter: flag },
    printKey: { type: Boolean, attribute: 'print-key' },
    messages: { attribute: false },
    _status: { state: true },
    _set: { state: true },
    _error: { state: true },
  };

  /** URL of a question set (JSON) to fetch. */
  src = '';
  /**
   * The article on the page (an element id, or a CSS selector). Without a set from `questionSet`,
   * `src` or inline JSON, the quiz is generated from that article's text (in a Web Worker); with one,
   * each answer's "Show in the article" scrolls to its sentence there and highlights it.
   */
  for = '';
  /** A question set given directly; it takes precedence over `src` and inline JSON. */
  questionSet: unknown;
  /** instant, exam or practice; overrides the set's settings.mode. */
  mode: Mode | undefined;
  /** Share of the maximum score needed to pass, 0 to 1; overrides the set's settings.passMark. */
  passMark: number | undefined;
  /** Shuffle questions and choices, seeded so that the order is stable across reloads. */
  shuffle: boolean | undefined;
  /** "none" keeps no progress in localStorage. */
  storage = 'local';
  /** How long fetching `src` may take, in milliseconds, before the quiz shows an error. */
  timeout = 15000;
  /** Seed for shuffling (default: the set's id). */
  seed: string | undefined;
  /** Show the sentence from the article after each answer (default true; "false" hides it). */
  showEvidence: boolean | undefined;
  /** Print an answer key after the worksheet. */
  printKey = false;
  /** Extra or replacement strings, for another language or other wording. */
  messages: Partial<MessageTable> | undefined;

  private _status: Status = 'empty';
  private _set: QuestionSet | undefined;
  private _error = '';
  private _abort: AbortController | undefined;
  private _loadId = 0;
  private _focusSummary = false;
  private _elements = new WeakMap<Question, QuestionBase<Question>>();
  /** The result view, once loaded (null while loading, false if it could not be loaded). */
  private _views: typeof import('./summary.js') | null | false | undefined;
  private readonly _quiz = new QuizController(this);

  constructor() {
    super();
    // When the quiz ends, focus goes to the result. (The question elements it renders are registered
    // by src/define/article-quiz.ts.)
    this.addEventListener('quiz-complete', () => (this._focusSummary = true));
  }

  /** The score so far (undefined until a set is shown). */
  get score(): Score | undefined {
    return this._quiz.score;
  }

  /** The quiz's state: plain JSON, as saved. */
  get state(): QuizState | undefined {
    return this._quiz.state;
  }

  /** Marks every answered question not yet marked (instant and practice modes). */
  check(): void {
    for (const id of this._quiz.state?.order ?? []) {
      if (!this._quiz.question(id)?.checked) this._quiz.check(id);
    }
  }

  /** Ends the quiz and shows the result. */
  submit(): void {
    this._quiz.submit();
  }

  /** Clears every answer. */
  reset(): void {
    this._quiz.reset();
    this._afterRetry();
  }

  /** Clears only the answers that were not fully right. */
  retryMissed(): void {
    this._quiz.retryMissed();
    this._afterRetry();
  }

  /** Shows every answer, when the set allows it (in exam mode, once submitted). */
  reveal(): void {
    this._quiz.reveal();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.questionSet !== undefined || this._set) return;
    // Moved in the page while its src was loading: the fetch was stopped, so start it again.
    if (this.src) {
      if (this._status === 'loading') void this._fetchSet(this.src);
    } else this._loadInline();
  }

  /** A quiz made from the `for` article, when no set is given (loaded with the generator on demand). */
  private _generate(): void {
    const id = ++this._loadId;
    this._status = 'loading';
    import('./from-page.js')
      .then(page => page.generate(this))
      .then(
        set => id === this._loadId && this._accept(set),
        (e: Error) => id === this._loadId && this._fail(this._t('generateFailed', { reason: e.message }), []),
      );
  }

  /** "Show in the article": scrolls to the question's sentence in the `for` article and highlights it. */
  private _locate = (q: Question): void => {
    void import('./from-page.js').then(page => page.locate(this, q));
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionSet') && this.questionSet !== undefined) {
      this._accept(this.questionSet);
    } else if (changed.has('src') && this.src && this.questionSet === undefined) {
      void this._fetchSet(this.src);
    } else if (changed.has('for') && this.for && !this.src && this.questionSet === undefined && !this._inline()) {
      this._generate();
    } else if (this._set && (['mode', 'shuffle', 'seed', 'storage', 'passMark'] as const).some(k => changed.has(k))) {
      this._start(this._set, false);
    }
  }

  protected override updated(): void {
    // The result view loads once the quiz is on screen, well before anyone finishes it.
    if (this._status === 'ready' && this._views === undefined) {
      this._views = null;
      import('./summary.js').then(
        views => {
          // Its styles join the shadow root's adopted sheets, which a strict CSP allows.
          this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, views.styles.styleSheet!];
          this._views = views;
          this.requestUpdate();
        },
        () => (this._views = false),
      );
    }
    const title = this.renderRoot.querySelector<HTMLElement>('#summary-title');
    if (this._focusSummary && title) {
      this._focusSummary = false;
      title.focus();
    }
  }

  override render(): TemplateResult {
    const set = this._set;
    const state = this._quiz.state;
    // Strings in another language than English arrive in a chunk of their own; wait for them.
    const ready = languageReady(this._language, () => this.requestUpdate());
    if (!ready || this._status !== 'ready' || !set || !state) {
      const message = !ready || this._status === 'loading' ? this._t('loading') : this._status === 'error' ? this._error : this._t('empty');
      return html`<div part="base" dir=${this._direction()} role=${this._status === 'error' ? 'alert' : 'status'}>
        <p part="message">${message}</p>
      </div>`;
    }
    const score = this._quiz.score!;
    const byId = new Map(set.questions.map(q => [q.id, q]));
    return html`<section part="base" dir=${this._direction()} lang=${this._language} aria-labelledby="title">
      <header>
        <h2 id="title" part="title">${set.title}</h2>
        <p part="progress" class="progress">
          ${this._t('progress', { answered: score.answered, total: score.total })}
          <progress aria-hidden="true" max=${score.total} .value=${score.answered}></progress>
        </p>
      </header>
      <ol part="questions">
        ${state.order.map((id, i) => html`<li>${this._renderQuestion(byId.get(id)!, i, state)}</li>`)}
      </ol>
      ${!state.done
        ? this._renderSubmit(score, state)
        : this._views
          ? this._views.renderSummary(this._context(set, state, score))
          : this._views === false
            ? html`<p>${this._scored(score)}</p><button @click=${() => this.reset()}>${this._t('retryAll')}</button>`
            : nothing}
      ${this.printKey && this._views ? this._views.renderKey(this._context(set, state, score)) : nothing}
      <div class="sr" role="status" aria-live="polite">${state.done ? this._scored(score) : ''}</div>
    </section>`;
  }

  /** The element for one question, kept across renders; its properties follow the quiz state. */
  private _renderQuestion(q: Question, i: number, state: QuizState): QuestionBase<Question> {
    let el = this._elements.get(q);
    if (!el) this._elements.set(q, (el = document.createElement(q.type === 'choice' ? 'quiz-choice' : 'quiz-fill-in') as QuestionBase<Question>));
    el.lang = this._language;
    return Object.assign(el, {
      question: q,
      controller: this._quiz,
      qstate: state.questions[q.id],
      index: i,
      total: state.order.length,
      messages: this.messages,
      showEvidence: this.showEvidence ?? true,
      locate: this.for ? this._locate : undefined,
    });
  }

  private _context(set: QuestionSet, state: QuizState, score: Score): SummaryContext {
    return { set, state, score, passMark: this._passMark ?? set.settings?.passMark, lang: this._language, messages: this.messages, quiz: this };
  }

  private _renderSubmit(score: Score, state: QuizState): TemplateResult {
    const left = score.total - score.answered;
    return html`<div class="actions submit">
      ${state.mode === 'exam' && left > 0 ? html`<p class="remaining">${this._t('remaining', { n: left })}</p>` : nothing}
      <button part="submit-button" @click=${() => this.submit()}>${this._t('submit')}</button>
    </div>`;
  }

  // --- loading -----------------------------------------------------------------------------------

  private _inline(): Element | null {
    return this.querySelector('script[type="application/json"]');
  }

  private _loadInline(): void {
    const script = this._inline();
    if (script) this._parse(script.textContent ?? '');
  }

  private _parse(text: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      this._fail(this._t('malformed'), [{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
      return;
    }
    this._accept(data);
  }

  private async _fetchSet(url: string): Promise<void> {
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    const id = ++this._loadId;
    this._status = 'loading';
    const timer = setTimeout(() => abort.abort(), this.timeout);
    try {
      const res = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      if (id === this._loadId) this._parse(text);
    } catch (e) {
      // A newer load took over, or the element left the page (it loads again when it comes back).
      if (id !== this._loadId || !this.isConnected) return;
      const reason = abort.signal.aborted ? 'time-out' : (e as Error).message;
      this._fail(this._t('loadFailed', { reason }), []);
    } finally {
      clearTimeout(timer);
    }
  }

  private _accept(data: unknown): void {
    this._loadId++;
    const issues = checkQuestionSet(data);
    if (issues.length) this._fail(this._t('invalid'), issues);
    else this._start(data as QuestionSet, true);
  }

  private _start(set: QuestionSet, announce: boolean): void {
    this._set = set;
    this._status = 'ready';
    this._error = '';
    const mode = this.mode ?? set.settings?.mode;
    this._quiz.load(set, {
      mode: mode === 'exam' || mode === 'practice' ? mode : 'instant',
      shuffle: this.shuffle,
      seed: this.seed,
      passMark: this._passMark,
      storage: this.storage !== 'none',
    });
    if (announce) void this.updateComplete.then(() => emit(this, 'quiz-ready', { questionSet: set, restored: this._quiz.restored }));
  }

  private _fail(message: string, found: Problem[] | Issue[]): void {
    this._set = undefined;
    this._status = 'error';
    this._error = message;
    report(this, message, found, this.src || 'its question set');
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** "You scored 2 out of 3 (67%).": said in the live region when the quiz ends. */
  private _scored({ score, max, percent }: Score): string {
    return this._t('scored', { score, max, percent: this._percent(percent) });
  }

  /** The pass-mark attribute when it is a share from 0 to 1; anything else is ignored. */
  private get _passMark(): number | undefined {
    const m = this.passMark!;
    return m >= 0 && m <= 1 ? m : undefined;
  }

  /** After a retry, focus goes to the first question to answer again (right answers are kept). */
  private _afterRetry(): void {
    const id = this._quiz.state?.order.find(q => !this._quiz.question(q)?.checked);
    void this.updateComplete.then(() => this._elements.get(this._set!.questions.find(q => q.id === id)!)?.focus());
  }

  private get _language(): string {
    return this.lang || this._set?.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  private _direction(): string {
    return tableFor(this._language, this.messages).dir ?? 'ltr';
  }

  private _t(key: keyof Omit<MessageTable, 'dir'>, params?: Params): string {
    return format(this._language, tableFor(this._language, this.messages), key, params);
  }

  private _percent(share: number): string {
    return formatPercent(this._language, share);
  }

}
