import { css } from 'lit';

/**
 * Styles every quiz element shares: the custom properties, buttons, focus, feedback, print.
 * Colours are never the only signal: feedback always has words and a mark (✓ ✗). Nothing moves, so
 * there is nothing for prefers-reduced-motion to stop; any animation added later belongs inside a
 * (prefers-reduced-motion: no-preference) block (test/components/media.test.ts checks).
 */
export const sharedStyles = css`
  :host {
    display: block;
    font: inherit;
    /* Long words and URLs in a set never widen the quiz past its column. */
    overflow-wrap: anywhere;
    color: var(--aq-color-text);
    /*
     * Light and dark defaults follow the page's colour scheme (light-dark() reads the color-scheme the
     * host inherits): dark when the page allows it and the reader prefers it, so a light-only page
     * never gets light text. The --aq-* properties override both.
     */
    --_accent: var(--aq-color-accent, light-dark(#1d4ed8, #8ab4f8));
    --_on-accent: var(--aq-color-on-accent, light-dark(#fff, #0b1b3a));
    --_border: var(--aq-color-border, light-dark(#767676, #9aa0a6));
    --_right: var(--aq-color-correct, light-dark(#146c2e, #7ee2a0));
    --_wrong: var(--aq-color-incorrect, light-dark(#b3261e, #ffb4ab));
    --_muted: var(--aq-color-muted, light-dark(#555, #c4c7c5));
    --_radius: var(--aq-radius, 0.5rem);
    --_space: var(--aq-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
  }
  .n,
  .hint {
    display: block;
    font-weight: 400;
  }
  .n {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .hint {
    font-style: italic;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: 0.3em 0.25em;
    border-radius: calc(var(--_radius) / 2);
  }
  label > span {
    min-width: 0;
    flex: 1;
  }
  input[type='radio'],
  input[type='checkbox'] {
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: transparent;
    padding: 0.2em 0.4em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    width: 12em;
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_wrong);
    border-width: 2px;
  }
  button {
    font: inherit;
    min-height: 2.5em;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .right {
    color: var(--_right);
  }
  .wrong {
    color: var(--_wrong);
  }
  [part~='feedback'] {
    margin: 0.5em 0 0;
  }
  [part~='feedback']:empty {
    display: none;
  }
  [part~='feedback'] p {
    margin: 0.25em 0;
  }
  blockquote {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
  @media print {
    button,
    .actions,
    [part~='feedback'] {
      display: none !important;
    }
    input[type='text'] {
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
      width: 10em;
    }
    label {
      break-inside: avoid;
    }
  }
`;
