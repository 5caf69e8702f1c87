import { css } from 'lit';

export const findingsStyles = css`
  h2 {
    font-size: 1.15em;
    margin: 0;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.25em;
  }
  h3[data-severity='certain'] {
    color: var(--_danger);
  }
  h3[data-severity='likely'] {
    color: var(--_warning);
  }
  h4 {
    font-size: 0.95em;
    font-weight: 600;
    color: var(--_muted);
    margin: 0.5em 0 0.25em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin: 0.75em 0;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_muted);
    gap: 0.15em;
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.2em 0.4em;
    max-width: 16em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li {
    margin: 0 0 0.75em;
    /* A finding is one thought: it never splits over two printed pages. */
    break-inside: avoid;
  }
  .sentence {
    margin: 0;
    line-break: strict;
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0.15em 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .evidence {
    margin: 0.25em 0;
    padding: 0.25em 0.5em;
    background: var(--_surface);
    border-inline-start: 3px solid var(--_border);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .evidence .label {
    color: var(--_muted);
    margin-inline-end: 0.5em;
  }
  .cell + .cell::before {
    content: ' | ';
    color: var(--_muted);
  }
  mark {
    background: var(--_warning-bg);
    color: var(--_fg);
    font-weight: 600;
    outline: 1px solid var(--_warning);
    padding: 0 0.15em;
  }
  .none {
    color: var(--_ok);
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .controls,
    .locate {
      display: none;
    }
    .evidence {
      border-inline-start-color: #000;
    }
  }
`;
