import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionState } from '../../engine/index.js';
import type { ChoiceQuestion } from '../../model/index.js';
import { QuestionBase } from '../question/question-base.js';

/**
 * One multiple-choice question: radio buttons for one answer, checkboxes when several are right
 * (`"multiple": true`). The choices are native inputs in a fieldset named by the prompt, so they
 * behave as every radio group does: one tab stop, arrow keys move and select, wrapping at the ends.
 *
 * @summary A multiple-choice or true/false question.
 *
 * @fires quiz-answer - When the question is marked (standalone). `detail`: questionId, response, correct, points, max.
 * @fires quiz-complete - When a standalone question is answered right or settled.
 *
 * @csspart question - The fieldset around the question.
 * @csspart prompt - The question text.
 * @csspart choices - The list of choices.
 * @csspart choice - One choice (also `choice picked`, `choice correct`, `choice incorrect`).
 * @csspart check-button - The Check button.
 * @csspart reveal-button - The Show the answer button (practice mode).
 * @csspart feedback - Right or wrong, the answer, and the evidence.
 * @csspart evidence - The sentence from the article.
 * @csspart evidence-link - "Show in the article", inside `<article-quiz for>`.
 *
 * @cssprop --aq-color-accent - Buttons, focus ring and selected inputs.
 * @cssprop --aq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --aq-color-correct - Marks and text of right answers.
 * @cssprop --aq-color-incorrect - Marks and text of wrong answers.
 * @cssprop --aq-color-border - Borders.
 * @cssprop --aq-color-muted - Secondary text.
 * @cssprop --aq-radius - Corner radius.
 * @cssprop --aq-space - Base spacing.
 */
export class QuizChoice extends QuestionBase<ChoiceQuestion> {
  protected _renderQuestion(q: ChoiceQuestion, s: QuestionState): TemplateResult {
    const picked = Array.isArray(s.response) ? s.response : [];
    const order = this._quiz?.state?.choices[q.id] ?? q.choices.map(c => c.id);
    const byId = new Map(q.choices.map(c => [c.id, c]));
    const key = q.correct.map(id => byId.get(id)?.text ?? id).join(', ');
    const showKey = this._showKey();
    const type = q.multiple ? 'checkbox' : 'radio';
    return html`<fieldset part="question" aria-describedby=${`${this._uid}-fb`}>
        <legend part="prompt">
          ${this._renderNumber()}${q.prompt}${q.multiple ? html`<span class="hint">${this._t('multipleHint')}</span>` : nothing}
        </legend>
        <div part="choices">
          ${order.map(id => {
            const c = byId.get(id)!;
            const on = picked.includes(id);
            const right = q.correct.includes(id);
            // After marking: the reader's wrong picks, and the right ones when the key may be shown.
            const mark = s.checked && on ? (right ? 'correct' : 'incorrect') : showKey && right ? 'correct' : '';
            return html`<label part=${`choice${on ? ' picked' : ''}${mark ? ` ${mark}` : ''}`}>
              <input
                type=${type}
                name=${this._uid}
                value=${id}
                .checked=${on}
                ?disabled=${this._locked && !on}
                aria-disabled=${this._locked ? 'true' : 'false'}
                @click=${this._locked ? this._onLockedClick : nothing}
                @change=${this._onChange}
                @keydown=${q.multiple ? nothing : this._onKeyDown}
              /><span>${c.text} ${mark
                ? html`<span class=${`mark ${mark === 'correct' ? 'right' : 'wrong'}`}
                    >${mark === 'correct' ? '✓' : '✗'}<span class="sr"> ${this._t(mark === 'correct' ? 'correct' : 'incorrect')}</span></span
                  >`
                : nothing}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      ${this._renderFeedback(q, s, key, this._renderChoiceFeedback(q, picked), q.correct.length)}
      ${this._renderActions(q, s, picked.length > 0)}`;
  }

  private _renderChoiceFeedback(q: ChoiceQuestion, picked: string[]): TemplateResult | typeof nothing {
    const notes = q.choices.filter(c => picked.includes(c.id) && c.feedback);
    return notes.length ? html`${notes.map(c => html`<p part="choice-feedback">${c.text}: ${c.feedback}</p>`)}` : nothing;
  }

  // A locked radio group keeps its picked input focusable and its value: undo a click's change.
  private _onLockedClick = (e: Event): void => {
    e.preventDefault();
  };

  // Arrow keys move and select with wrap-around at both ends in every browser (WebKit stops at the
  // ends natively), skipping disabled choices; left and right follow the writing direction.
  private _onKeyDown = (e: KeyboardEvent): void => {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1 }[e.key];
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:enabled')];
    const at = radios.indexOf(e.target as HTMLInputElement);
    if (!step || at < 0 || radios.length < 2 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = radios[(at + step + radios.length) % radios.length]!;
    next.focus();
    if (!this._locked) next.click();
  };

  private _onChange = (): void => {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${this._uid}"]`)];
    this._respond(boxes.filter(b => b.checked).map(b => b.value));
    // Forms and frameworks listening for native events see them leave the element too.
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}
