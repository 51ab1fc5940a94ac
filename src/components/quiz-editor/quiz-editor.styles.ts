import { css } from 'lit';

export const styles = css`
  :host {
    --_mark: var(--aq-color-highlight, Mark);
    --_mark-text: var(--aq-color-highlight-text, MarkText);
    --_surface: var(--aq-color-surface, Canvas);
    font-family: system-ui, sans-serif;
    line-height: 1.45;
  }
  h2 {
    font-size: 1.35em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.1em;
    margin: 1.25em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  /* The article stays in view beside the questions as they scroll. */
  .layout > .article {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    padding: 0 0.25em 0.5em;
  }
  @container (max-width: 50rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .layout > .article {
      position: static;
      max-height: none;
    }
  }
  .wrap {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-bottom: var(--_space);
  }
  .field {
    display: block;
    margin: 0.6em 0 0;
    padding: 0;
  }
  select {
    width: auto;
  }
  .field > span,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.2em;
  }
  textarea,
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.35em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    width: 100%;
  }
  input[type='number'] {
    width: 6em;
  }
  textarea {
    resize: vertical;
  }
  textarea[aria-invalid='true'],
  input[aria-invalid='true'] {
    border-color: var(--_wrong);
    border-width: 2px;
  }
  .help {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0.25em 0;
  }
  .problem {
    color: var(--_wrong);
    font-size: 0.9em;
    margin: 0.25em 0;
  }
  .problem::before {
    content: '⚠ ';
  }
  button {
    min-height: 2.25em;
    padding: 0.25em 0.75em;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .reading {
    position: relative;
    max-height: 24rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space);
    font-family: Georgia, 'Times New Roman', serif;
  }
  mark {
    background: color-mix(in srgb, var(--_mark) 45%, transparent);
    color: inherit;
    cursor: pointer;
  }
  mark.current {
    background: var(--_mark);
    color: var(--_mark-text);
    outline: 2px solid var(--_accent);
  }
  ol.questions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.questions > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin-bottom: var(--_space);
  }
  ol.questions > li.current {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .qhead {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    align-items: baseline;
  }
  .kind {
    font-weight: 400;
    color: var(--_muted);
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0.3em 0;
  }
  .choice input[type='text'] {
    flex: 1;
  }
  .choice label {
    padding: 0;
    white-space: nowrap;
  }
  .evidence {
    margin: 0.5em 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .actions {
    margin-top: 0.5em;
  }
  .actions button {
    font-size: 0.9em;
  }
  .confirm {
    border-inline-start: 4px solid var(--_wrong);
    padding: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  .status {
    min-height: 1.5em;
    margin: 0.5em 0;
    font-weight: 600;
  }
  section.panel {
    margin-top: calc(var(--_space) * 1.5);
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    margin: 0.5em 0;
  }
  .preview {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .embed {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  @media print {
    :host([printing]) .wrap > :not(.print-area),
    :host([printing]) .print-area > :not(article-quiz) {
      display: none !important;
    }
    :host([printing]) .print-area {
      display: block !important;
    }
  }
`;
