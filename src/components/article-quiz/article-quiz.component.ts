import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  BLANK_PATTERN,
  formatProblem,
  validateQuestionSet,
  type ChoiceQuestion,
  type FillInQuestion,
  type Problem,
  type Question,
  type QuestionSet,
} from '../../model/index.js';
import { emit } from '../events.js';
import { styles } from './article-quiz.styles.js';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/** How long a `src` fetch may take before the element gives up, in milliseconds. */
const FETCH_TIMEOUT_MS = 15000;

/**
 * A comprehension quiz about an article, read from a question set.
 *
 * The set comes from the `questionSet` property, else from the `src` URL, else from a child
 * `<script type="application/json">`. It is validated before anything is shown; a set that cannot be
 * loaded or is invalid is replaced by a short message, and `quiz-error` says why.
 *
 * @summary A quiz about an article.
 *
 * @fires quiz-ready - The question set was loaded, validated and rendered. `detail.questionSet`.
 * @fires quiz-error - The set could not be loaded or is invalid. `detail.message`, `detail.problems`.
 *
 * @csspart base - The box around the quiz.
 * @csspart title - The quiz title.
 * @csspart question - One question.
 * @csspart message - The loading or error message.
 *
 * @cssprop --aq-color-text - Text colour (default: inherited).
 * @cssprop --aq-color-accent - Focus ring and accent colour.
 * @cssprop --aq-color-border - Border colour.
 * @cssprop --aq-color-surface - Background of the quiz box.
 * @cssprop --aq-radius - Corner radius.
 * @cssprop --aq-space - Base spacing.
 */
export class ArticleQuiz extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    questionSet: { attribute: false },
    _status: { state: true },
    _set: { state: true },
    _error: { state: true },
  };

  /** URL of a question set (JSON) to fetch. */
  src = '';

  /** A question set given directly; it takes precedence over `src` and inline JSON. */
  questionSet: unknown = undefined;

  private _status: Status = 'empty';
  private _set: QuestionSet | undefined = undefined;
  private _error = '';
  private _abort: AbortController | undefined;
  private _loadId = 0;

  /** The validated question set on show, or undefined while loading or after an error. */
  get validQuestionSet(): QuestionSet | undefined {
    return this._set;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.questionSet === undefined && !this.src) this._loadInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionSet') && this.questionSet !== undefined) {
      this._accept(this.questionSet, 'the questionSet property');
    } else if (changed.has('src') && this.src && this.questionSet === undefined) {
      void this._fetch(this.src);
    }
  }

  override render(): TemplateResult {
    if (this._status === 'ready' && this._set) {
      const set = this._set;
      return html`<section part="base" aria-labelledby="title">
        <h2 id="title" part="title">${set.title}</h2>
        <ol>
          ${set.questions.map((q, i) => html`<li part="question">${this._renderQuestion(q, i)}</li>`)}
        </ol>
      </section>`;
    }
    const message =
      this._status === 'loading' ? 'Loading the quiz…' : this._status === 'error' ? this._error : 'No quiz to show.';
    return html`<div part="base" role=${this._status === 'error' ? 'alert' : 'status'}>
      <p part="message">${message}</p>
    </div>`;
  }

  private _renderQuestion(q: Question, i: number): TemplateResult {
    return q.type === 'choice' ? this._renderChoice(q, i) : this._renderFillIn(q, i);
  }

  private _renderChoice(q: ChoiceQuestion, i: number): TemplateResult {
    const kind = q.multiple ? 'checkbox' : 'radio';
    return html`<fieldset>
      <legend><span class="n">${i + 1}.</span> ${q.prompt}</legend>
      ${q.choices.map(
        c => html`<label><input type=${kind} name=${`q${i}`} value=${c.id} /><span>${c.text}</span></label>`,
      )}
    </fieldset>`;
  }

  private _renderFillIn(q: FillInQuestion, i: number): TemplateResult {
    const [before = '', after = ''] = q.prompt.split(BLANK_PATTERN);
    const id = `fill-${i}`;
    const name = q.prompt.replace(BLANK_PATTERN, '…');
    return html`<p class="prompt">
      <span class="n">${i + 1}.</span> ${before}<input type="text" id=${id} aria-label=${name} autocomplete="off" spellcheck="false" />${after}
    </p>`;
  }

  // --- loading -----------------------------------------------------------------------------------

  private _loadInline(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch (e) {
      this._fail('The quiz could not be read: its JSON is malformed.', [
        { path: '', message: `not valid JSON: ${(e as Error).message}` },
      ]);
      return;
    }
    this._accept(data, 'the inline JSON');
  }

  private async _fetch(url: string): Promise<void> {
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    const id = ++this._loadId;
    this._status = 'loading';
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), FETCH_TIMEOUT_MS);
    try {
      const res = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      if (id !== this._loadId) return;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        this._fail('The quiz could not be read: its JSON is malformed.', [
          { path: '', message: `not valid JSON: ${(e as Error).message}` },
        ]);
        return;
      }
      this._accept(data, url);
    } catch (e) {
      if (id !== this._loadId) return;
      const reason = abort.signal.aborted ? 'the server took too long to answer' : (e as Error).message;
      this._fail(`The quiz could not be loaded (${reason}).`, []);
    } finally {
      clearTimeout(timer);
    }
  }

  private _accept(data: unknown, from: string): void {
    this._loadId++;
    const result = validateQuestionSet(data);
    if (!result.valid) {
      this._fail('This quiz cannot be shown: its question set is invalid.', result.problems, from);
      return;
    }
    this._set = result.value;
    this._status = 'ready';
    this._error = '';
    this.updateComplete.then(() => emit(this, 'quiz-ready', { questionSet: result.value }));
  }

  private _fail(message: string, problems: Problem[], from = this.src || 'the question set'): void {
    this._set = undefined;
    this._status = 'error';
    this._error = message;
    if (problems.length) {
      console.warn(`<article-quiz>: ${from} has ${problems.length} problem(s):\n  ${problems.map(formatProblem).join('\n  ')}`);
    }
    this.updateComplete.then(() => emit(this, 'quiz-error', { message, problems }));
  }
}
