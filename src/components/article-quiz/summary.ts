import { css, html, nothing, type TemplateResult } from 'lit';
import { canReveal, isAnswered, type QuizState, type Score } from '../../engine/quiz.js';
import type { QuestionSet } from '../../model/types.js';
import { format, formatPercent, tableFor, type MessageTable, type Params } from '../i18n.js';

/**
 * The result view and the printed answer key of <article-quiz>. A chunk of its own in the runtime
 * bundle: nobody needs it before the quiz ends (or is printed with its key), so it loads after the
 * quiz is first shown and costs the first render nothing.
 */
/** Styles of the result view and the answer key; <article-quiz> adopts them when this chunk loads. */
export const styles = css`
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .summary {
    border-top: 2px solid var(--_border);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  .summary h3:focus:not(:focus-visible) {
    outline: none;
  }
  .score {
    font-size: 1.1em;
  }
  [part='review'] {
    padding-inline-start: 0;
    list-style: none;
  }
  [part='review'] li {
    padding: 0.15em 0;
  }
  /* The key is printed only, on a page of its own. */
  .key {
    display: none;
  }
  @media print {
    .summary {
      display: none;
    }
    .key {
      display: block;
      break-before: page;
    }
  }
`;

export interface SummaryContext {
  set: QuestionSet;
  state: QuizState;
  score: Score;
  passMark: number | undefined;
  lang: string;
  messages: Partial<MessageTable> | undefined;
  /** The quiz, for its buttons. */
  quiz: { retryMissed(): void; reset(): void; reveal(): void };
}

const words = ({ lang, messages }: Pick<SummaryContext, 'lang' | 'messages'>) => {
  const table = tableFor(lang, messages);
  return (key: keyof Omit<MessageTable, 'dir'>, params?: Params) => format(lang, table, key, params);
};

export function renderSummary(context: SummaryContext): TemplateResult {
  const { set, state, score, passMark, lang, quiz } = context;
  const t = words(context);
  const percent = (share: number) => formatPercent(lang, share);
  const missed = score.results.some(r => !r.correct);
  const revealable = canReveal(set) && state.order.some(id => !state.questions[id]!.revealed);
  const byId = new Map(set.questions.map(q => [q.id, q]));
  return html`<section part="summary" class="summary" aria-labelledby="summary-title">
    <h3 id="summary-title" tabindex="-1">${t('result')}</h3>
    <p class="score">${t('scored', { score: score.score, max: score.max, percent: percent(score.percent) })}</p>
    ${score.passed === undefined
      ? nothing
      : html`<p class=${score.passed ? 'right' : 'wrong'}>
          <strong>${score.passed ? '✓' : '✗'} ${t(score.passed ? 'passed' : 'failed', { mark: percent(passMark!) })}</strong>
        </p>`}
    <ol part="review">
      ${score.results.map((r, i) => {
        const s = state.questions[r.id]!;
        const verdict = !isAnswered(s.response) ? t('unanswered') : t(r.correct ? 'correct' : r.points > 0 ? 'partly' : 'incorrect');
        return html`<li>
          <span class=${r.correct ? 'right' : 'wrong'}>${r.correct ? '✓' : '✗'}</span>
          ${t('question', { n: i + 1, total: score.total })}: ${verdict}
          ${t('points', { n: r.points })}<span class="sr">, ${byId.get(r.id)!.prompt}</span>
        </li>`;
      })}
    </ol>
    <div class="actions">
      ${missed ? html`<button @click=${() => quiz.retryMissed()}>${t('retryMissed')}</button>` : nothing}
      <button class="secondary" @click=${() => quiz.reset()}>${t('retryAll')}</button>
      ${revealable && missed ? html`<button class="secondary" @click=${() => quiz.reveal()}>${t('reveal')}</button>` : nothing}
      <button class="secondary" @click=${() => window.print()}>${t('print')}</button>
    </div>
  </section>`;
}

export function renderKey(context: SummaryContext): TemplateResult {
  const { set, state } = context;
  const t = words(context);
  const byId = new Map(set.questions.map(q => [q.id, q]));
  return html`<section part="answer-key" class="key" aria-labelledby="key-title">
    <h3 id="key-title">${t('answerKey')}</h3>
    <ol>
      ${state.order.map(id => {
        const q = byId.get(id)!;
        return html`<li>${q.type === 'choice' ? q.choices.filter(c => q.correct.includes(c.id)).map(c => c.text).join(', ') : q.answers[0]}</li>`;
      })}
    </ol>
  </section>`;
}
