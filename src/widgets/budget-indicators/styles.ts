import { css } from 'lit';

/**
 * A plain, readable table on wide boxes; below 560 px each indicator becomes a card whose cells are
 * labelled (the labels are interface text from `data-label`, never data).
 */
export const indicatorsStyles = css`
  .base {
    container-type: inline-size;
  }
  .toolbar {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: 0.5em 0.75em;
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.875em;
    /* A container, so that its select can take a definite width (100cqi, below). */
    container-type: inline-size;
  }
  .field span {
    color: var(--_muted);
  }
  .field.search {
    grid-column: span 2;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.25em;
  }
  input,
  select {
    box-sizing: border-box;
    width: 100%;
    /* A select whose width is not a length measures every option's text to size itself: for a
       document of 2,500 projects that is most of the first screen's time. The field's width, as a
       length, spares it; browsers without container units keep 100%. */
    width: 100cqi;
    padding: 0.25em 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .toolbar button,
  .pager button {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .scroller {
    max-height: var(--budget-indicators-max-height, none);
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  /* Column heads and the 一级/二级 terms are words: they never break inside (no "一级指/标", "满意/度指/标"). */
  thead th,
  td.term {
    white-space: nowrap;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }
  td.repeat {
    color: var(--_muted);
  }
  tbody th[scope='row'] {
    font-weight: 500;
  }
  .project-row th {
    background: var(--_surface);
    font-weight: 400;
  }
  .project-name {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .project-name:focus-visible {
    outline: var(--_focus);
  }
  .project-meta {
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-start: 0.5em;
  }
  .target-figure {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .qualitative-tag {
    display: inline-block;
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: 3px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .badge {
    display: inline-block;
    margin: 0 0.25em 0.15em 0;
    padding: 0 0.4em;
    border: 1px solid var(--_warning);
    border-radius: 999px;
    background: var(--_warning-bg);
    color: var(--_fg);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .toggle button {
    min-width: 2.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .detail dl {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .detail dl div {
    display: flex;
    gap: 0.75em;
  }
  .detail dt {
    flex: 0 0 9em;
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
  }
  .pager {
    display: flex;
    gap: 0.75em;
    align-items: center;
  }
  @container (max-width: 559.98px) {
    .field.search {
      grid-column: 1 / -1;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tr.indicator {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0.5em 0 0;
      padding: 0.25em 0;
    }
    tr.indicator > * {
      border: 0;
      display: flex;
      gap: 0.75em;
    }
    tr.indicator > [data-label]::before {
      content: attr(data-label);
      flex: 0 0 6.5em;
      color: var(--_muted);
      font-weight: 400;
    }
    tr.detail[hidden] {
      display: none;
    }
    .detail dl div {
      flex-direction: column;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .qualitative-tag {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
  .target-change {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .target-change.changed::before {
    content: '≠ ';
  }
  .fold {
    font: inherit;
    min-inline-size: 2em;
    min-block-size: 2em;
    margin-inline-end: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  .fold:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
`;
