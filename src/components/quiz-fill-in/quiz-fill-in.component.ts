import { html, type TemplateResult } from 'lit';
import type { QuestionState } from '../../engine/index.js';
import { BLANK_PATTERN, type FillInQuestion } from '../../model/index.js';
import { QuestionBase } from '../question/question-base.js';

/**
 * One fill-in question: a sentence with a blank to type into. The blank is named by the whole
 * sentence ("They came by boat from blank on March 31."), linked to its feedback by
 * aria-describedby, and marked aria-invalid when the answer is wrong. Enter checks the answer.
 *
 * @summary A sentence with one blank to fill in.
 *
 * @fires quiz-answer - When the question is marked (standalone). `detail`: questionId, response, correct, points, max, close.
 * @fires quiz-complete - When a standalone question is answered right or settled.
 *
 * @csspart question - The sentence with its blank.
 * @csspart prompt - Same element as question (the prompt is the sentence).
 * @csspart input - The text box.
 * @csspart check-button - The Check button.
 * @csspart reveal-button - The Show the answer button (practice mode).
 * @csspart feedback - Right or wrong, the answer, and the evidence.
 * @csspart evidence - The sentence from the article.
 * @csspart evidence-link - "Show in the article", inside `<article-quiz for>`.
 *
 * @cssprop --aq-color-accent - Buttons and focus ring.
 * @cssprop --aq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --aq-color-correct - Text of right answers.
 * @cssprop --aq-color-incorrect - Text and border of wrong answers.
 * @cssprop --aq-color-border - Borders.
 * @cssprop --aq-color-muted - Secondary text.
 * @cssprop --aq-radius - Corner radius.
 * @cssprop --aq-space - Base spacing.
 */
export class QuizFillIn extends QuestionBase<FillInQuestion> {
  protected _renderQuestion(q: FillInQuestion, s: QuestionState): TemplateResult {
    const [before = '', after = ''] = q.prompt.split(BLANK_PATTERN);
    const value = typeof s.response === 'string' ? s.response : '';
    const name = `${before}${this._t('blank')}${after}`.replace(/\s+/g, ' ').trim();
    const wrong = s.checked && !s.correct;
    return html`<p part="question prompt" class="prompt">
        ${this._renderNumber()}${before}<input
          part="input"
          type="text"
          aria-label=${name}
          aria-describedby=${`${this._uid}-fb`}
          aria-invalid=${wrong ? 'true' : 'false'}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          .value=${value}
          ?readonly=${this._locked}
          @input=${this._onInput}
          @keydown=${this._onKeyDown}
        />${after}
      </p>
      ${this._renderFeedback(q, s, q.answers[0]!)} ${this._renderActions(q, s, value.trim() !== '')}`;
  }

  private _onInput = (e: Event): void => {
    this._respond((e.target as HTMLInputElement).value);
  };

  private _onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this._onCheck();
    }
  };
}
