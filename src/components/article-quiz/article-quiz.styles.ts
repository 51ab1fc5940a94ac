import { css } from 'lit';

/** Styles of <article-quiz> itself; the result view and answer key bring their own (summary.ts). */
export const styles = css`
  [part='base'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    /* Unset custom properties leave these unset: transparent, and the inherited colour. */
    background: var(--aq-color-surface);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.25em 0 var(--_space);
    color: var(--_muted);
  }
  progress {
    flex: 1;
    min-width: 6em;
    max-width: 12em;
    accent-color: var(--_accent);
  }
  [part='questions'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='questions'] > li {
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
  }
  .remaining {
    flex-basis: 100%;
    margin: 0;
  }
  @media print {
    [part='base'] {
      border: 0;
      padding: 0;
    }
    .progress,
    .sr {
      display: none;
    }
    [part='questions'] > li {
      break-inside: avoid;
    }
  }
`;
