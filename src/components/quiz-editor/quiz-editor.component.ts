import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { embedSnippet, fromGift, toGift, toQtiZip } from '../../formats/index.js';
import { formatProblem, parseQuestionSet, validateQuestionSet } from '../../model/validate.js';
import type { ChoiceQuestion, FillInQuestion, Problem, Question, QuestionSet } from '../../model/types.js';
import { readArticle, runGenerator } from '../article-quiz/from-page.js';
import { sharedStyles } from '../shared.styles.js';
import {
  hasOneBlank,
  insertQuestion,
  moveQuestion,
  newChoiceId,
  newQuestionId,
  problemsByField,
  questionKey,
  readLines,
  removeQuestion,
  sentenceAt,
  setCorrect,
  toChoice,
  toFillIn,
  updateQuestion,
} from './edit.js';
import { say, type EditorMessage } from './messages.js';
import { styles } from './quiz-editor.styles.js';
import { findEvidence } from '../../model/evidence.js';

/** What is kept in localStorage between visits. */
interface Saved {
  article: string;
  history: QuestionSet[];
  index: number;
}

/** The most versions of the set that undo can go back through. */
const HISTORY_LIMIT = 100;

/** `detail` of `quiz-export`. */
export interface QuizExportDetail {
  format: 'json' | 'gift' | 'qti';
  filename: string;
  content: string | Uint8Array;
}

/** `detail` of `quiz-editor-change`. */
export interface QuizEditorChangeDetail {
  questionSet: QuestionSet | undefined;
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-export': CustomEvent<QuizExportDetail>;
    'quiz-editor-change': CustomEvent<QuizEditorChangeDetail>;
  }
}

const letter = (j: number) => (j < 26 ? String.fromCharCode(65 + j) : String(j + 1));
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'quiz';

/**
 * An editor for question sets: paste an article (or open an HTML file), generate questions from it
 * in a Web Worker, fix, drop, reorder and add questions with each one's sentence marked in the
 * article, see the real `<article-quiz>` as a preview, and export JSON, Moodle GIFT, a QTI 3.0 zip,
 * an embed snippet or a printed worksheet. Every change can be undone; work in progress is kept in
 * localStorage. Not part of the quiz runtime: a page that shows quizzes never loads it.
 *
 * @summary Make, fix and export a quiz from an article.
 *
 * @fires quiz-editor-change - The question set changed (an edit, undo, redo, generate, open). `detail`: questionSet, problems.
 * @fires quiz-export - A file is about to be downloaded. `detail`: format (json, gift, qti), filename, content. Cancel it (preventDefault) to handle the file yourself.
 *
 * @csspart base - The editor.
 * @csspart article - The article text field.
 * @csspart reading - The article with the questions' sentences marked.
 * @csspart questions - The list of questions.
 * @csspart question - One question's fields.
 * @csspart preview - The preview `<article-quiz>`.
 * @csspart export - The export panel.
 * @csspart status - The status line (a polite live region).
 *
 * @cssprop --aq-color-accent - Buttons, focus ring, the selected question.
 * @cssprop --aq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --aq-color-border - Borders of fields and questions.
 * @cssprop --aq-color-incorrect - Problems next to fields.
 * @cssprop --aq-color-muted - Help text.
 * @cssprop --aq-color-surface - Background of fields.
 * @cssprop --aq-color-highlight - Background of the marked sentences (default: Mark).
 * @cssprop --aq-color-highlight-text - Text of the selected question's sentence (default: MarkText).
 * @cssprop --aq-radius - Corner radius.
 * @cssprop --aq-space - Base spacing.
 */
export class QuizEditor extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties = {
    storage: {},
    storageKey: { attribute: 'storage-key' },
    count: { type: Number },
    scriptUrl: { attribute: 'script-url' },
    _article: { state: true },
    _history: { state: true },
    _index: { state: true },
    _status: { state: true },
    _busy: { state: true },
    _selected: { state: true },
    _articleError: { state: true },
    _openProblems: { state: true },
    _mode: { state: true },
    _confirming: { state: true },
    _printing: { state: true },
    _working: { state: true },
  };

  /** "none" keeps nothing in localStorage. */
  storage = 'local';
  /** The localStorage key of the work in progress. */
  storageKey = 'article-quiz-editor';
  /** How many questions to generate at most. */
  count = 8;
  /** The runtime's URL in the embed snippet (default: unpkg). */
  scriptUrl: string | undefined;

  private _article = '';
  private _history: QuestionSet[] = [];
  private _index = -1;
  private _status = '';
  private _busy = false;
  private _selected = -1;
  private _articleError = '';
  private _openProblems: string[] = [];
  private _mode: 'instant' | 'exam' = 'instant';
  private _confirming = false;
  private _printing: '' | 'sheet' | 'key' = '';
  /** Question index being regenerated. */
  private _working = -1;
  /** The field whose typing the last history entry holds, so that typing there adds to it. */
  private _typing = '';
  private _restored = false;
  private _focusNext = '';
  private _scrollNext = -1;
  private _checked: { set: QuestionSet | undefined; problems: Problem[] } = { set: undefined, problems: [] };

  constructor() {
    super();
    this.addEventListener('keydown', this._onKey);
  }

  /** The question set as it is now (undefined before there is one). */
  get questionSet(): QuestionSet | undefined {
    return this._history[this._index];
  }

  /** Replaces the set (a step that undo can take back). */
  set questionSet(set: QuestionSet | undefined) {
    if (set) this._commit(set);
  }

  /** The article text. */
  get article(): string {
    return this._article;
  }

  set article(text: string) {
    this._article = String(text ?? '');
    this._save();
  }

  /** Every problem of the current set, as validateQuestionSet() words them. */
  get problems(): Problem[] {
    const set = this.questionSet;
    if (this._checked.set !== set) this._checked = { set, problems: set ? validateQuestionSet(set).problems : [] };
    return this._checked.problems;
  }

  undo(): void {
    if (this._index <= 0) return this._say('nothingToUndo');
    this._index--;
    this._typing = '';
    this._changed();
    this._say('undone');
  }

  redo(): void {
    if (this._index >= this._history.length - 1) return this._say('nothingToRedo');
    this._index++;
    this._typing = '';
    this._changed();
    this._say('redone');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._restored) {
      this._restored = true;
      this._restore();
    }
  }

  protected override updated(): void {
    if (this._focusNext) {
      const el = this.renderRoot.querySelector<HTMLElement>(`#${this._focusNext}`);
      this._focusNext = '';
      // After this update: focusing selects the question it is in, which is another update.
      if (el) void Promise.resolve().then(() => el.focus());
    }
    if (this._scrollNext >= 0) {
      const i = this._scrollNext;
      this._scrollNext = -1;
      const mark = this.renderRoot.querySelector<HTMLElement>(`mark[data-q~="${i}"]`);
      const pane = this.renderRoot.querySelector<HTMLElement>('.reading');
      if (mark && pane) pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);
    }
  }

  // --- render ---------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const set = this.questionSet;
    const problems = problemsByField(this.problems);
    return html`<div class="wrap" part="base">
      <div class="toolbar">
        <h2>${say('heading')}</h2>
        <button type="button" class="secondary" @click=${() => this.undo()} ?disabled=${this._index <= 0} aria-keyshortcuts="Control+Z">
          ${say('undo')}
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => this.redo()}
          ?disabled=${this._index >= this._history.length - 1}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          ${say('redo')}
        </button>
        <button type="button" class="secondary" id="start-over" @click=${this._askStartOver}>${say('startOver')}</button>
      </div>
      ${this._confirming
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${say('startOverAsk')}</p>
            <div class="actions">
              <button type="button" @click=${this._startOver}>${say('startOverYes')}</button>
              <button type="button" class="secondary" id="keep-working" @click=${this._keepWorking}>${say('startOverNo')}</button>
            </div>
          </div>`
        : nothing}
      <p class="status" part="status" role="status">${this._status}</p>
      <div class="layout">
        <section class="article" aria-labelledby="article-h">${this._renderArticle(set)}</section>
        <section aria-labelledby="questions-h" aria-busy=${this._busy ? 'true' : 'false'}>
          ${this._renderQuestions(set, problems)} ${this._renderPreview(set)} ${this._renderExport(set)}
        </section>
      </div>
      ${this._printing && set
        ? html`<div class="print-area">
            <article-quiz .questionSet=${set} storage="none" mode="exam" ?print-key=${this._printing === 'key'}></article-quiz>
          </div>`
        : nothing}
    </div>`;
  }

  private _renderArticle(set: QuestionSet | undefined): TemplateResult {
    return html`<h3 id="article-h">${say('articleHeading')}</h3>
      <label class="field" for="article">
        <span>${say('articleLabel')}</span>
      </label>
      <textarea
        id="article"
        part="article"
        rows="10"
        spellcheck="false"
        .value=${this._article}
        aria-invalid=${this._articleError ? 'true' : 'false'}
        aria-describedby="article-help${this._articleError ? ' article-error' : ''}"
        @input=${this._onArticle}
      ></textarea>
      <p class="help" id="article-help">${say('articleHelp')}</p>
      ${this._articleError ? html`<p class="problem" id="article-error">${this._articleError}</p>` : nothing}
      <label class="field">
        <span>${say('htmlFileLabel')}</span>
        <input type="file" id="html-file" accept=".html,.htm,text/html" @change=${this._onHtmlFile} />
      </label>
      <div class="toolbar">
        <label class="field" for="count"><span>${say('countLabel')}</span></label>
        <input id="count" type="number" min="1" max="50" .value=${String(this.count)} @change=${this._onCount} />
        <button type="button" id="generate" @click=${() => void this._generate()} ?disabled=${this._busy}>${say('generate')}</button>
      </div>
      <button type="button" class="secondary" id="add-from-sentence" aria-describedby="add-help" @click=${this._addFromSentence}>
        ${say('addFromSentence')}
      </button>
      <p class="help" id="add-help">${say('addHelp')}</p>
      ${set && this._article.trim()
        ? html`<h3 id="reading-h">${say('evidenceHeading')}</h3>
            <p class="help">${say('evidenceHelp')}</p>
            <div class="reading" part="reading" role="region" aria-labelledby="reading-h" tabindex="0">${this._renderReading(set)}</div>`
        : nothing}
      ${this._renderOpen()}`;
  }

  /** The article with each question's sentence in a mark (questions on one sentence share it). */
  private _renderReading(set: QuestionSet): TemplateResult {
    const text = this._article;
    const spans: { start: number; end: number; qs: number[] }[] = [];
    set.questions.forEach((q, i) => {
      const at = findEvidence(text, q);
      if (!at) return;
      const same = spans.find(s => s.start === at.start && s.end === at.end);
      if (same) same.qs.push(i);
      else spans.push({ ...at, qs: [i] });
    });
    spans.sort((a, b) => a.start - b.start);
    const parts: (string | TemplateResult)[] = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos) continue; // overlaps the one before: left unmarked
      parts.push(text.slice(pos, s.start));
      const current = s.qs.includes(this._selected);
      parts.push(
        html`<mark
          class=${current ? 'current' : ''}
          data-q=${s.qs.join(' ')}
          title=${s.qs.map(i => say('questionHeading', { n: i + 1 })).join(', ')}
          @click=${() => this._select(s.qs[0]!, true)}
          >${text.slice(s.start, s.end)}</mark
        >`,
      );
      pos = s.end;
    }
    parts.push(text.slice(pos));
    return html`<p style="white-space: pre-wrap">${parts}</p>`;
  }

  private _renderOpen(): TemplateResult {
    const bad = this._openProblems.length > 0;
    return html`<details class="panel" ?open=${bad}>
      <summary><h3 id="open-h" style="display:inline">${say('openHeading')}</h3></summary>
      <label class="field">
        <span>${say('openFileLabel')}</span>
        <input type="file" id="set-file" accept=".json,.gift,.txt,application/json,text/plain" @change=${this._onSetFile} />
      </label>
      <label class="field" for="paste"><span>${say('pasteLabel')}</span></label>
      <textarea
        id="paste"
        rows="5"
        spellcheck="false"
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? 'open-problems' : nothing}
      ></textarea>
      <div class="actions">
        <button type="button" id="open" class="secondary" @click=${this._openPasted}>${say('open')}</button>
      </div>
      ${bad
        ? html`<ul id="open-problems" class="problems">
            ${this._openProblems.map(p => html`<li class="problem">${p}</li>`)}
          </ul>`
        : nothing}
    </details>`;
  }

  private _renderQuestions(set: QuestionSet | undefined, problems: Map<string, string[]>): TemplateResult {
    const count = this.problems.length;
    return html`<h3 id="questions-h">${say('questionsHeading')}</h3>
      ${this._busy && this._working < 0 ? html`<p class="help">${say('generating')}</p>` : nothing}
      ${!set
        ? html`<p class="help">${say('noQuestions')}</p>`
        : html`${this._field('title', problems, say('setTitle'), set.title, v => ({ ...set, title: v }))}
            ${count ? html`<p class="problem" id="problem-count">${say('problems', { n: count })}</p>` : nothing}
            ${this._problemList('set', problems)} ${this._problemList('questions', problems)}
            <ol class="questions" part="questions">
              ${set.questions.map((q, i) => this._renderQuestion(set, q, i, problems))}
            </ol>
            <button type="button" class="secondary" id="add-question" @click=${this._addBlank}>${say('addQuestion')}</button>`}`;
  }

  private _renderQuestion(set: QuestionSet, q: Question, i: number, problems: Map<string, string[]>): TemplateResult {
    const at = `q${i}`;
    const n = i + 1;
    const last = set.questions.length - 1;
    const up = (q: Question) => this._commit(updateQuestion(set, i, () => q));
    return html`<li
      part="question"
      class=${this._selected === i ? 'current' : ''}
      aria-labelledby="${at}-h"
      @focusin=${() => this._select(i, false)}
    >
      <div class="qhead">
        <h4 id="${at}-h">${say('questionHeading', { n })} <span class="kind">(${say(q.type === 'choice' ? 'choiceKind' : 'fillInKind')})</span></h4>
      </div>
      ${this._problemList(at, problems)}
      ${this._field(`${at}.prompt`, problems, say('prompt'), q.prompt, v => updateQuestion(set, i, q => ({ ...q, prompt: v })), true)}
      ${q.type === 'fill-in' && !hasOneBlank(q.prompt) && !problems.has(`${at}.prompt`)
        ? html`<p class="problem">${say('noBlank')}</p>`
        : nothing}
      ${q.type === 'choice' ? this._renderChoices(set, q, i, problems) : this._renderAnswers(set, q, i, problems)}
      ${this._field(`${at}.explanation`, problems, say('explanation'), q.explanation ?? '', v =>
        updateQuestion(set, i, q => {
          const { explanation: _old, ...rest } = q;
          return v ? { ...rest, explanation: v } : rest;
        }),
      true)}
      <label class="field">
        <span>${say('points')}</span>
        <input
          type="number"
          id="f-${at}-points"
          min="0"
          step="any"
          placeholder="1"
          .value=${q.points === undefined ? '' : String(q.points)}
          aria-invalid=${problems.has(`${at}.points`) ? 'true' : 'false'}
          aria-describedby=${problems.has(`${at}.points`) ? `e-${at}-points` : nothing}
          @input=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            this._commit(
              updateQuestion(set, i, q => {
                const { points: _old, ...rest } = q;
                return raw === '' || !Number.isFinite(Number(raw)) ? rest : { ...rest, points: Number(raw) };
              }),
              `${at}.points`,
            );
          }}
        />
      </label>
      ${this._problemText(`${at}.points`, problems)}
      ${q.evidence
        ? html`<p class="evidence"><span>${say('evidence')}</span> “${q.evidence.text}”</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="secondary" id="${at}-up" ?disabled=${i === 0} @click=${() => this._move(i, i - 1)}>
          ${say('moveUp')}<span class="sr"> ${say('questionHeading', { n })}</span>
        </button>
        <button type="button" class="secondary" id="${at}-down" ?disabled=${i === last} @click=${() => this._move(i, i + 1)}>
          ${say('moveDown')}<span class="sr"> ${say('questionHeading', { n })}</span>
        </button>
        ${q.type === 'choice'
          ? html`<button type="button" class="secondary" id="${at}-type" @click=${() => this._toFillIn(i)}>${say('toFillIn')}</button>`
          : html`<button type="button" class="secondary" id="${at}-type" @click=${() => up(toChoice(q))}>${say('toChoice')}</button>`}
        ${q.evidence
          ? html`<button type="button" class="secondary" @click=${() => this._showInArticle(i)}>${say('showInArticle')}</button>
              <button type="button" class="secondary" id="${at}-another" ?disabled=${this._busy} @click=${() => void this._another(i)}>
                ${say('another')}
              </button>`
          : nothing}
        <button type="button" class="secondary" id="${at}-delete" @click=${() => this._remove(i)}>
          ${say('remove')}<span class="sr"> ${say('questionHeading', { n })}</span>
        </button>
      </div>
    </li>`;
  }

  private _renderChoices(set: QuestionSet, q: ChoiceQuestion, i: number, problems: Map<string, string[]>): TemplateResult {
    const at = `q${i}`;
    const bad = problems.has(`${at}.choices`);
    const up = (change: (q: ChoiceQuestion) => ChoiceQuestion, typing = '') =>
      this._commit(updateQuestion(set, i, q => change(q as ChoiceQuestion)), typing);
    return html`<fieldset
      id="f-${at}-choices"
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `e-${at}-choices` : nothing}
    >
      <legend>${say('choices')}</legend>
      ${q.choices.map((c, j) => {
        const key = `${at}.choice${j}`;
        const cBad = problems.has(key);
        return html`<div class="choice">
            <input
              type="text"
              id="f-${at}-choice${j}"
              aria-label=${say('choiceText', { letter: letter(j) })}
              .value=${c.text}
              aria-invalid=${cBad ? 'true' : 'false'}
              aria-describedby=${cBad ? `e-${key.replace('.', '-')}` : nothing}
              @input=${(e: Event) => {
                const text = (e.target as HTMLInputElement).value;
                up(q => ({ ...q, choices: q.choices.map((x, k) => (k === j ? { ...x, text } : x)) }), key);
              }}
            />
            <label>
              <input
                type="checkbox"
                id="f-${at}-correct${j}"
                .checked=${q.correct.includes(c.id)}
                @change=${(e: Event) => up(q => setCorrect(q, c.id, (e.target as HTMLInputElement).checked))}
              />
              <span>${say('correct')}<span class="sr"> (${say('choiceText', { letter: letter(j) })})</span></span>
            </label>
            <button
              type="button"
              class="secondary"
              aria-label=${say('removeChoice', { letter: letter(j) })}
              @click=${() => up(q => ({ ...q, choices: q.choices.filter(x => x !== c), correct: q.correct.filter(id => id !== c.id) }))}
            >
              ✕
            </button>
          </div>
          ${this._problemText(key, problems)}`;
      })}
      <button
        type="button"
        class="secondary"
        @click=${() => {
          up(q => ({ ...q, choices: [...q.choices, { id: newChoiceId(q.choices), text: '' }] }));
          this._focusNext = `f-${at}-choice${q.choices.length}`;
        }}
      >
        ${say('addChoice')}
      </button>
    </fieldset>
    ${this._problemText(`${at}.choices`, problems)}`;
  }

  private _renderAnswers(set: QuestionSet, q: FillInQuestion, i: number, problems: Map<string, string[]>): TemplateResult {
    const key = `q${i}.answers`;
    return this._field(key, problems, say('answers'), q.answers.join('\n'), v => updateQuestion(set, i, q => ({ ...q, answers: readLines(v) })), true);
  }

  /** A labelled text field bound to the set, with its problems beside it. */
  private _field(
    key: string,
    problems: Map<string, string[]>,
    label: string,
    value: string,
    change: (v: string) => QuestionSet,
    multiline = false,
  ): TemplateResult {
    const id = `f-${key.replace('.', '-')}`;
    const bad = problems.has(key);
    const onInput = (e: Event) => this._commit(change((e.target as HTMLInputElement).value), key);
    const described = bad ? `e-${key.replace('.', '-')}` : nothing;
    return html`<label class="field" for=${id}><span>${label}</span></label>
      ${multiline
        ? html`<textarea id=${id} rows=${key.endsWith('prompt') ? 3 : 2} .value=${value} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described} @input=${onInput}></textarea>`
        : html`<input type="text" id=${id} .value=${value} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} />`}
      ${this._problemText(key, problems)}`;
  }

  private _problemText(key: string, problems: Map<string, string[]>): TemplateResult | typeof nothing {
    const list = problems.get(key);
    return list ? html`<p class="problem" id="e-${key.replace('.', '-')}">${list.join(' ')}</p>` : nothing;
  }

  /** Problems that belong to no one field (a question's id or evidence, the set as a whole). */
  private _problemList(key: string, problems: Map<string, string[]>): TemplateResult | typeof nothing {
    const list = problems.get(key);
    return list ? html`<ul class="problems">${list.map(p => html`<li class="problem">${p}</li>`)}</ul>` : nothing;
  }

  private _renderPreview(set: QuestionSet | undefined): TemplateResult {
    const ready = set && !this.problems.length;
    return html`<section class="panel" aria-labelledby="preview-h">
      <h3 id="preview-h">${say('previewHeading')}</h3>
      <label class="field" for="mode"><span>${say('previewMode')}</span></label>
      <select id="mode" @change=${(e: Event) => (this._mode = (e.target as HTMLSelectElement).value as 'instant' | 'exam')}>
        <option value="instant" ?selected=${this._mode === 'instant'}>${say('instant')}</option>
        <option value="exam" ?selected=${this._mode === 'exam'}>${say('exam')}</option>
      </select>
      <div class="preview">
        ${ready
          ? html`<article-quiz part="preview" .questionSet=${set} storage="none" mode=${this._mode} lang="en"></article-quiz>`
          : html`<p class="help">${say('previewWaiting')}</p>`}
      </div>
    </section>`;
  }

  private _renderExport(set: QuestionSet | undefined): TemplateResult | typeof nothing {
    if (!set) return nothing;
    const ready = !this.problems.length;
    return html`<section class="panel" part="export" aria-labelledby="export-h">
      <h3 id="export-h">${say('exportHeading')}</h3>
      ${ready ? nothing : html`<p class="help">${say('exportBlocked', { n: this.problems.length })}</p>`}
      <div class="actions">
        <button type="button" id="export-json" @click=${() => this._export('json')}>${say('downloadJson')}</button>
        <button type="button" id="export-gift" @click=${() => this._export('gift')}>${say('downloadGift')}</button>
        <button type="button" id="export-qti" @click=${() => this._export('qti')}>${say('downloadQti')}</button>
      </div>
      <label class="field" for="embed"><span>${say('embedLabel')}</span></label>
      <textarea id="embed" class="embed" rows="6" readonly .value=${ready ? embedSnippet(set, this.scriptUrl ? { scriptUrl: this.scriptUrl } : {}) : ''}></textarea>
      <div class="actions">
        <button type="button" id="copy-embed" class="secondary" @click=${() => void this._copyEmbed()}>${say('copyEmbed')}</button>
        <button type="button" id="print" class="secondary" @click=${() => void this._print('sheet')}>${say('printWorksheet')}</button>
        <button type="button" id="print-key" class="secondary" @click=${() => void this._print('key')}>${say('printKey')}</button>
      </div>
    </section>`;
  }

  // --- history and storage ------------------------------------------------------------------------

  /** Makes `next` the current set. Typing into one field (`typing`) extends the last step instead of adding one. */
  private _commit(next: QuestionSet, typing = ''): void {
    if (next === this.questionSet) return;
    const top = this._index === this._history.length - 1;
    if (typing && typing === this._typing && top && this._index > 0) {
      this._history = [...this._history.slice(0, this._index), next];
    } else {
      this._history = [...this._history.slice(0, this._index + 1), next].slice(-HISTORY_LIMIT);
      this._index = this._history.length - 1;
    }
    this._typing = typing;
    this._changed();
  }

  private _changed(): void {
    this._save();
    this.dispatchEvent(
      new CustomEvent<QuizEditorChangeDetail>('quiz-editor-change', {
        detail: { questionSet: this.questionSet, problems: this.problems },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _save(): void {
    if (this.storage === 'none') return;
    const saved: Saved = { article: this._article, history: this._history, index: this._index };
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(saved));
    } catch (e) {
      this._status = say('saveFailed', { reason: (e as Error).name });
    }
  }

  private _restore(): void {
    if (this.storage === 'none') return;
    let saved: Partial<Saved> | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(this.storageKey) ?? 'null') ?? undefined;
    } catch {
      return;
    }
    if (!saved || typeof saved !== 'object') return;
    const history = Array.isArray(saved.history) ? saved.history.filter(s => s && typeof s === 'object' && Array.isArray(s.questions)) : [];
    const index = Number.isInteger(saved.index) ? Math.min(Math.max(saved.index!, -1), history.length - 1) : history.length - 1;
    this._article = typeof saved.article === 'string' ? saved.article : '';
    this._history = history;
    this._index = index;
    if (this._article || history.length) this._status = say('restored');
  }

  private _askStartOver = (): void => {
    this._confirming = true;
    this._focusNext = 'keep-working';
  };

  private _keepWorking = (): void => {
    this._confirming = false;
    this._focusNext = 'start-over';
  };

  private _startOver = (): void => {
    this._confirming = false;
    this._article = '';
    this._history = [];
    this._index = -1;
    this._selected = -1;
    this._articleError = '';
    this._openProblems = [];
    this._typing = '';
    if (this.storage !== 'none') localStorage.removeItem(this.storageKey);
    this._say('startedOver');
    this._focusNext = 'article';
    this._changed();
  };

  private _onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && e.shiftKey);
    if (key !== 'z' && key !== 'y') return;
    // The article and the paste box keep their own undo (they are not part of the set).
    const target = e.composedPath()[0] as Element | undefined;
    if (target && (target.id === 'article' || target.id === 'paste')) return;
    e.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };

  // --- article, generating ------------------------------------------------------------------------

  private _say(key: EditorMessage, params: Record<string, string | number> = {}): void {
    this._status = say(key, params);
  }

  private _onArticle = (e: Event): void => {
    this._article = (e.target as HTMLTextAreaElement).value;
    if (this._article.trim()) this._articleError = '';
    this._save();
  };

  private _onCount = (e: Event): void => {
    const n = Number((e.target as HTMLInputElement).value);
    if (Number.isInteger(n) && n > 0) this.count = Math.min(n, 50);
  };

  private _onHtmlFile = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const doc = new DOMParser().parseFromString(await file.text(), 'text/html');
      const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
      const page = root ? readArticle(root) : undefined;
      if (!page?.text.trim()) {
        this._articleError = say('htmlEmpty', { file: file.name });
        return;
      }
      const title = page.title ?? doc.title.trim();
      this._article = title ? `${title}\n\n${page.text}` : page.text;
      this._articleError = '';
      this._save();
      this._say('htmlRead', { file: file.name });
    } catch {
      this._articleError = say('fileFailed', { file: file.name });
    } finally {
      input.value = '';
    }
  };

  /** The article as the generator takes it: a first line without a full stop is the title. */
  private _request(text: string, options: object) {
    const m = /^([^\n]{1,200})\n\s*\n/.exec(text);
    const title = m && !/[.!?]["'”’]?$/.test(m[1]!.trim()) ? m[1]!.trim() : undefined;
    return { article: title ? { title, text } : { text }, options };
  }

  private async _generate(): Promise<void> {
    const text = this._article;
    if (!text.trim()) {
      this._articleError = say('emptyArticle');
      this._focusNext = 'article';
      return;
    }
    this._busy = true;
    this._say('generating');
    try {
      const reply = await runGenerator(this._request(text, { count: this.count, lang: 'en' }));
      if ('error' in reply) {
        this._articleError = say('generateFailed', { reason: reply.error });
        this._status = this._articleError;
        return;
      }
      this._articleError = '';
      this._typing = '';
      this._commit(reply.set);
      this._selected = -1;
      this._say('generated', { n: reply.set.questions.length });
    } finally {
      this._busy = false;
    }
  }

  /** Another question from question i's sentence: the generator on that sentence, other kinds and seeds. */
  private async _another(i: number): Promise<void> {
    const set = this.questionSet;
    const q = set?.questions[i];
    if (!set || !q?.evidence) return this._say('noEvidence', { n: i + 1 });
    const sentence = q.evidence.text;
    const taken = new Set(set.questions.map(questionKey));
    const kinds = [q.type === 'choice' ? ['fill-in'] : ['choice'], undefined, ['true-false'], ['who-said'], ['who-is'], ['what-is'], ['how-many'], [q.type]];
    this._busy = true;
    this._working = i;
    this._say('anotherBusy', { n: i + 1 });
    let found: Question | undefined;
    try {
      for (const [k, only] of kinds.entries()) {
        const reply = await runGenerator(this._request(sentence, { count: 8, seed: String(k + 2), lang: 'en', ...(only ? { kinds: only } : {}) }));
        if ('error' in reply) continue;
        found = reply.set.questions.find(x => !taken.has(questionKey(x)));
        if (found) break;
      }
    } finally {
      this._busy = false;
      this._working = -1;
    }
    // The set may have changed while the generator ran: replace the question only if it is still there.
    const now = this.questionSet;
    const at = now?.questions.indexOf(q) ?? -1;
    if (!found || !now || at < 0) return this._say('anotherNone', { n: i + 1 });
    const where = findEvidence(this._article, q);
    const evidence = where ? { text: this._article.slice(where.start, where.end), start: where.start, end: where.end } : { text: sentence };
    this._commit(updateQuestion(now, at, () => ({ ...found, id: q.id, evidence }) as Question));
    this._say('anotherDone', { n: at + 1 });
  }

  /** A question from the sentence the article field's cursor is in; a selected word becomes the blank. */
  private _addFromSentence = (): void => {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#article')!;
    const text = this._article;
    const s = sentenceAt(text, area.selectionStart);
    if (!s) {
      this._articleError = say('noSentence');
      this._focusNext = 'article';
      return;
    }
    const picked = text.slice(area.selectionStart, area.selectionEnd).trim();
    const set: QuestionSet = this.questionSet ?? { version: 1, id: 'quiz', title: 'Quiz', questions: [] };
    const id = newQuestionId(set);
    const base = { id, evidence: { text: s.text, start: s.start, end: s.end } };
    const inside = picked && picked.length < s.text.length && s.text.includes(picked);
    const q: FillInQuestion = inside
      ? { ...base, type: 'fill-in', prompt: s.text.replace(picked, '___'), answers: [picked] }
      : { ...base, type: 'fill-in', prompt: s.text, answers: [] };
    this._typing = '';
    this._commit(insertQuestion(set, q));
    const n = set.questions.length + 1;
    this._articleError = '';
    this._selected = n - 1;
    this._focusNext = `f-q${n - 1}-prompt`;
    if (inside) this._say('addedBlank', { n, answer: picked });
    else this._say('addedSentence', { n });
  };

  private _addBlank = (): void => {
    const set = this.questionSet!;
    const q: ChoiceQuestion = {
      id: newQuestionId(set),
      type: 'choice',
      prompt: '',
      choices: [
        { id: 'a', text: '' },
        { id: 'b', text: '' },
      ],
      correct: ['a'],
    };
    this._typing = '';
    this._commit(insertQuestion(set, q));
    this._focusNext = `f-q${set.questions.length}-prompt`;
  };

  // --- questions --------------------------------------------------------------------------------------

  private _select(i: number, scrollQuestion: boolean): void {
    if (this._selected !== i) {
      this._selected = i;
      this._scrollNext = i;
    }
    if (scrollQuestion) {
      this._focusNext = `f-q${i}-prompt`;
      this._scrollNext = i;
    }
  }

  private _showInArticle(i: number): void {
    const q = this.questionSet?.questions[i];
    if (!q || !findEvidence(this._article, q)) return this._say('notInArticle', { n: i + 1 });
    this._selected = i;
    this._scrollNext = i;
    this.requestUpdate();
  }

  private _move(from: number, to: number): void {
    const set = this.questionSet!;
    this._typing = '';
    this._commit(moveQuestion(set, from, to));
    const last = set.questions.length - 1;
    // Focus stays on the button pressed, in the question's new place (or the other one at an end).
    const dir = to < from ? 'up' : 'down';
    this._focusNext = `q${to}-${(dir === 'up' && to === 0) || (dir === 'down' && to === last) ? (dir === 'up' ? 'down' : 'up') : dir}`;
    this._selected = to;
    this._say('moved', { from: from + 1, to: to + 1 });
  }

  private _remove(i: number): void {
    const set = this.questionSet!;
    this._typing = '';
    this._commit(removeQuestion(set, i));
    const left = set.questions.length - 1;
    this._selected = -1;
    this._focusNext = left ? `q${Math.min(i, left - 1)}-delete` : 'article';
    this._say('removed', { n: i + 1 });
  }

  private _toFillIn(i: number): void {
    const set = this.questionSet!;
    const q = set.questions[i] as ChoiceQuestion;
    const next = toFillIn(q);
    if (!next) return (this._status = say('toFillInNeedsOne'), undefined);
    this._typing = '';
    this._commit(updateQuestion(set, i, () => next));
    this._focusNext = `f-q${i}-prompt`;
    this._say('madeFillIn', { n: i + 1 });
  }

  // --- opening a set ----------------------------------------------------------------------------------

  private _onSetFile = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      this._open(await file.text(), file.name);
    } catch {
      this._openProblems = [say('fileFailed', { file: file.name })];
    } finally {
      input.value = '';
    }
  };

  private _openPasted = (): void => {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!.value;
    if (!text.trim()) {
      this._openProblems = [say('nothingToOpen')];
      this._focusNext = 'paste';
      return;
    }
    this._open(text, say('pastedText'));
  };

  /** Opens JSON or GIFT text as the set; on any problem the current set stays as it is. */
  private _open(text: string, source: string): void {
    const json = /^\s*[[{]/.test(text);
    const result = json ? parseQuestionSet(text) : fromGift(text);
    if (!result.valid) {
      this._openProblems = result.problems.map(formatProblem);
      this._say('openFailed', { source });
      this._focusNext = 'paste';
      return;
    }
    this._openProblems = [];
    this._typing = '';
    this._commit(result.value);
    this._selected = -1;
    this._say('opened', { n: result.value.questions.length, source });
  }

  // --- export -----------------------------------------------------------------------------------------

  /** The set when it can be exported; otherwise says why and returns undefined. */
  private _ready(): QuestionSet | undefined {
    const set = this.questionSet;
    const n = this.problems.length;
    if (!set || n) {
      this._say('exportBlocked', { n });
      return undefined;
    }
    return set;
  }

  private _export(format: QuizExportDetail['format']): void {
    const set = this._ready();
    if (!set) return;
    const name = slug(set.title);
    const [filename, content, type] =
      format === 'json'
        ? [`${name}.json`, `${JSON.stringify(set, null, 2)}\n`, 'application/json']
        : format === 'gift'
          ? [`${name}.gift.txt`, toGift(set), 'text/plain;charset=utf-8']
          : [`${name}-qti.zip`, toQtiZip(set), 'application/zip'];
    const event = new CustomEvent<QuizExportDetail>('quiz-export', {
      detail: { format, filename, content },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) {
      const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.hidden = true;
      this.renderRoot.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
    this._say('downloaded', { file: filename });
  }

  private async _copyEmbed(): Promise<void> {
    if (!this._ready()) return;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#embed')!;
    try {
      await navigator.clipboard.writeText(area.value);
      this._say('copied');
    } catch {
      area.focus();
      area.select();
      this._say(document.execCommand?.('copy') ? 'copied' : 'copyFailed');
    }
  }

  private async _print(kind: 'sheet' | 'key'): Promise<void> {
    if (!this._ready()) return;
    this._printing = kind;
    this.setAttribute('printing', '');
    await this.updateComplete;
    const quiz = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('.print-area article-quiz');
    await quiz?.updateComplete;
    // The answer key is in a chunk that loads after the quiz is shown.
    for (let t = 0; kind === 'key' && t < 100 && !quiz?.shadowRoot?.querySelector('[part="answer-key"]'); t++) {
      await new Promise(r => setTimeout(r, 20));
    }
    const done = () => {
      this._printing = '';
      this.removeAttribute('printing');
    };
    addEventListener('afterprint', done, { once: true });
    window.print();
  }
}
