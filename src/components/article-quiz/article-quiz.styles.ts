import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--aq-color-text, inherit);
    --_accent: var(--aq-color-accent, #1d4ed8);
    --_border: var(--aq-color-border, #8a8f98);
    --_radius: var(--aq-radius, 0.5rem);
    --_space: var(--aq-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--aq-color-surface, transparent);
  }
  h2 {
    overflow-wrap: anywhere;
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-top: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .prompt {
    padding: 0;
    font-weight: 600;
    margin-bottom: 0.5em;
    overflow-wrap: anywhere;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.25em 0;
    overflow-wrap: anywhere;
  }
  label > span {
    min-width: 0;
  }
  input[type='text'] {
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    max-width: 100%;
    box-sizing: border-box;
  }
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='message'] {
    margin: 0;
  }
  details {
    margin-top: 0.5em;
  }
`;
